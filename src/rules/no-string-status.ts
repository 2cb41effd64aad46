import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  getFileAnalysis,
  getTypeInfo,
  projectUsesPackage,
  staticPropertyName,
  statusValueMembers,
  unwrapExpression,
  type FileAnalysis,
  type StatusSite,
} from '../analysis/index.js';
import { STRING_STATUS_SOURCES } from '../frameworks/string-statuses.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds =
  | 'stringStatus'
  | 'stringNeverEqual'
  | 'stringAlwaysUnequal'
  | 'stringLooseComparison'
  | 'stringAssertion'
  | 'useNumber';

const NUMERIC_STRING = /^\s*\d+\s*$/u;

export default createRule<Options, MessageIds>({
  name: 'no-string-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow strings where a numeric HTTP status is set, compared or asserted',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      stringStatus: "'{{value}}' is a string, but {{api}} takes a numeric status{{outcome}}.",
      stringNeverEqual: "A status is a number, so {{how}} never matches the string '{{value}}'.",
      stringAlwaysUnequal: "A status is a number, so `{{operator}} '{{value}}'` is always true.",
      stringLooseComparison: "'{{value}}' is a string: `{{operator}}` only matches the numeric status through type coercion.",
      stringAssertion: "'{{value}}' is a string, but a status is a number{{outcome}}.",
      useNumber: 'Replace with the number {{number}}.',
    },
  },
  appliesTo: (analysis) => analysis.found.valueKinds.has('string'),
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) checkSite(context, analysis, site);
      },
    };
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

function checkSite(context: Context, analysis: FileAnalysis, site: StatusSite): void {
  // A branch of `ok ? '200' : 500` is reported (and replaced) where it is written.
  for (const value of statusValueMembers(site.value)) {
    if (value.kind === 'string' && NUMERIC_STRING.test(value.value)) checkString(context, analysis, site, value.value, value.node ?? site.node);
  }
}

function checkString(context: Context, analysis: FileAnalysis, site: StatusSite, value: string, node: TSESTree.Node): void {
  // An API that silently drops a string status (`NextResponse.redirect(url, '301')`) is no-ignored-status's report.
  if (site.effect.facts?.stringStatusIgnored !== undefined) return;
  // An API that reads '405' as 405 (@fastify/sensible `getHttpError()` looks the code up as `code + ''`).
  if (site.effect.facts?.numericStringAccepted) return;
  // A variable recognised by its name (`httpStatus`, `statusCode`) may hold a string on purpose (Fastify passes
  // schema keys such as '200' to serializer compilers). Reads from a response object, and `status` destructured
  // from one, are certainly numbers; so is a variable whose type is `number` (typed linting).
  const subject = site.subject && unwrapExpression(site.subject);
  if (subject?.type === 'Identifier' && subject.name !== 'status' && !isTypedNumber(context, subject)) return;
  // A property a library the project uses keeps as a string (Supabase Storage's `error.statusCode === '409'`).
  if (subject?.type === 'MemberExpression' && !isTypedNumber(context, subject) && readsStringStatusOfLibrary(context, analysis, subject)) return;
  const number = String(Number(value.trim()));
  const literal = isStringLiteral(node);
  const suggest = literal
    ? [
        {
          messageId: 'useNumber' as const,
          data: { number },
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, number),
        },
      ]
    : [];
  const facts = site.effect.facts;
  const outcome = typeof facts?.stringStatusOutcome === 'string' ? `: ${facts.stringStatusOutcome}` : '';
  if (site.role === 'assertion') {
    context.report({
      node,
      messageId: 'stringAssertion',
      data: { value, outcome: outcome || ': the assertion compares a number with a string' },
      suggest,
    });
    return;
  }
  if (site.role === 'comparison') {
    const owner = site.owner;
    if (owner.type === 'BinaryExpression') {
      const operator = owner.operator;
      const messageId =
        operator === '===' ? 'stringNeverEqual' : operator === '!==' ? 'stringAlwaysUnequal' : 'stringLooseComparison';
      context.report({ node, messageId, data: { value, operator, how: '`===`' }, suggest });
      return;
    }
    const how = owner.type === 'SwitchCase' ? '`switch` (it compares with `===`)' : '`includes()` (it compares without coercion)';
    context.report({ node, messageId: 'stringNeverEqual', data: { value, how }, suggest });
    return;
  }
  context.report({
    node,
    messageId: 'stringStatus',
    data: { value, api: site.effect.label ?? 'this API', outcome },
    suggest,
  });
}

/**
 * The read is of a property a library the project uses keeps as a string (`error.statusCode` of a Supabase Storage
 * error): the file imports the library, or its project depends on it. With types, the type decides instead.
 */
function readsStringStatusOfLibrary(context: Context, analysis: FileAnalysis, read: TSESTree.MemberExpression): boolean {
  const property = staticPropertyName(read);
  if (property === null) return false;
  return STRING_STATUS_SOURCES.some(
    (source) =>
      source.property === property &&
      (source.packages.some((name) => analysis.moduleSources.has(name)) || projectUsesPackage(context.filename, source.packages)),
  );
}

/** Typed linting: the checker says the expression is a `number` (without types: never). */
function isTypedNumber(context: Context, node: TSESTree.Node): boolean {
  return getTypeInfo(context.sourceCode)?.primitiveKindOf(node) === 'number';
}

function isStringLiteral(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  if (expression !== node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  return node.type === 'TemplateLiteral' && node.expressions.length === 0;
}
