import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, statusValueMembers, unwrapExpression, type StatusSite } from '../analysis/index.js';
import { describeStatus, getStatusCodeInfo, VALID_STATUS_RANGE } from '../codes/index.js';
import { constantAccessPlanner, detectModuleSystem, findBoundLibraries, type ConstantAccess } from '../constants/fix-import.js';
import { findProjectConstantsModule, projectModuleProvider } from '../constants/project-module.js';
import {
  chooseConstantSource,
  CONSTANT_SOURCE_IDS,
  isModuleResolvable,
  isNodeServerCode,
  parseConstantSource,
  type ConstantProvider,
  type ConstantSourceSetting,
} from '../constants/providers.js';
import type { ConstantLibraryId } from '../constants/libraries.js';
import { getSettings } from '../settings.js';
import { createRule } from '../util/create-rule.js';

export type Options = [{ constants?: ConstantSourceSetting; checkComparisons?: boolean; checkTests?: boolean }];
export type MessageIds = 'useConstant' | 'useNamedConstant' | 'noConstant' | 'replaceWithConstant';

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const IDENTIFIER_PATTERN = '^[A-Za-z_$][\\w$]*$';

export default createRule<Options, MessageIds>({
  name: 'prefer-status-constant',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce named constants instead of numeric HTTP status literals',
      strict: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          constants: {
            description:
              'Where constants come from: "auto" (default; the library the file or package.json already uses), a library, or a custom module. Overrides settings["http-status"].constants.',
            anyOf: [
              { type: 'string', enum: ['auto', ...CONSTANT_SOURCE_IDS] },
              {
                type: 'object',
                additionalProperties: false,
                required: ['module', 'export'],
                properties: {
                  module: { type: 'string', minLength: 1, description: 'Custom source: the module specifier to import from.' },
                  export: {
                    type: 'string',
                    pattern: IDENTIFIER_PATTERN,
                    description: 'Custom source: the export holding the status object ("default" for a default export).',
                  },
                  naming: {
                    type: 'string',
                    enum: ['SCREAMING_SNAKE', 'PascalCase', 'camelCase'],
                    description:
                      'Custom source: member names built from the IANA phrase (404 → NOT_FOUND, NotFound, notFound). Default SCREAMING_SNAKE.',
                  },
                  map: {
                    type: 'object',
                    description: 'Custom source: the member name per status code, e.g. { "404": "NotFound" } (wins over naming).',
                    patternProperties: { '^[1-5]\\d\\d$': { type: 'string', pattern: IDENTIFIER_PATTERN } },
                    additionalProperties: false,
                  },
                },
              },
            ],
          },
          checkComparisons: {
            type: 'boolean',
            description: 'Report literals compared with a status read (`res.status === 404`, `case 404:`).',
          },
          checkTests: {
            type: 'boolean',
            description: 'Report literals in test assertions (`expect(res.status).toBe(404)`, supertest `.expect(404)`).',
          },
        },
      },
    ],
    defaultOptions: [{ checkComparisons: true, checkTests: true }],
    messages: {
      useConstant: 'Use {{constant}} ({{status}}) instead of {{value}}.',
      useNamedConstant: 'Use a named constant for {{status}} instead of {{value}}.',
      noConstant: 'Use a named constant for {{status}} instead of {{value}} ({{source}} has none: define one).',
      replaceWithConstant: "Replace with {{constant}} from '{{module}}'.",
    },
  },
  appliesTo: (analysis) => analysis.found.writtenNumbers,
  create(context, [{ constants, checkComparisons = true, checkTests = true }]) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        // The source first: in most files without one (no constants library declared, not Node server code) the
        // sites are then never read.
        const setting =
          parseConstantSource(constants) ?? parseConstantSource(getSettings(context).constants) ?? 'auto';
        // The facts are worked out only when the choice reaches them: most files import no constants library, and
        // a package.json that declares one decides before `nodeServer` is read.
        let boundLibraries: ReadonlySet<ConstantLibraryId> | undefined;
        const choice = chooseConstantSource(setting, {
          filename: context.filename,
          importedModules: analysis.moduleSources,
          get boundLibraries() {
            return (boundLibraries ??= findBoundLibraries(context.sourceCode, analysis.moduleSources));
          },
          get projectModule() {
            const use = findProjectConstantsModule(context.sourceCode, statusExpressions(analysis.sites), analysis.moduleSources, context.filename);
            return use && projectModuleProvider(use, context.filename);
          },
          get nodeServer() {
            return isNodeServerCode(analysis.frameworks, analysis.moduleSources);
          },
        });
        if (choice.providers.length === 0) return;
        const literals = collectLiterals(analysis.sites, checkComparisons, checkTests);
        if (literals.length === 0) return;
        const plan = planFile(context, analysis.moduleSources);
        for (const literal of literals) {
          if (choice.single) reportSingle(plan, literal, choice.providers[0]!);
          else reportSeveral(plan, literal, choice.providers);
        }
      },
    };
  },
});

/** What every fix of one file shares, worked out once per file (and provider) rather than per literal. */
interface FilePlan {
  readonly context: Context;
  /** How to write the provider's constant `member` at a literal (planned once per provider). */
  readonly accessAt: (provider: ConstantProvider, node: TSESTree.Node, member: string) => ConstantAccess | undefined;
  /** Whether the provider's module resolves from the file (cached per provider). */
  readonly resolvable: (provider: ConstantProvider) => boolean;
}

function planFile(context: Context, importedModules: ReadonlySet<string>): FilePlan {
  const moduleSystem = detectModuleSystem(
    context.sourceCode,
    context.filename,
    // ESLint hands `commonjs` to parsers as `script`; otherwise the parsed program says how it was read.
    context.languageOptions.sourceType === 'commonjs' ? 'commonjs' : context.sourceCode.ast.sourceType,
  );
  const planners = new Map<ConstantProvider, (node: TSESTree.Node, member: string) => ConstantAccess | undefined>();
  const resolvable = new Map<ConstantProvider, boolean>();
  return {
    context,
    accessAt(provider, node, member) {
      let planner = planners.get(provider);
      if (!planner) planners.set(provider, (planner = constantAccessPlanner(context.sourceCode, provider, { moduleSystem, filename: context.filename, importedModules })));
      return planner(node, member);
    },
    resolvable(provider) {
      let known = resolvable.get(provider);
      if (known === undefined) resolvable.set(provider, (known = isModuleResolvable(provider.module, context.filename)));
      return known;
    },
  };
}

interface StatusLiteral {
  readonly node: TSESTree.Literal;
  readonly code: number;
}

/** The expressions in status position, where a file may take a status from its own constants module. */
function* statusExpressions(sites: readonly StatusSite[]): Generator<TSESTree.Node> {
  for (const site of sites) if (!site.implicit) yield unwrapExpression(site.node);
}

/** Integer literals in status position, or written as a branch of it (`err.status || 500`), that are not constants. */
function collectLiterals(sites: readonly StatusSite[], checkComparisons: boolean, checkTests: boolean): StatusLiteral[] {
  const seen = new Set<TSESTree.Node>();
  const literals: StatusLiteral[] = [];
  for (const site of sites) {
    if (site.role === 'comparison' && !checkComparisons) continue;
    if (site.role === 'assertion' && !checkTests) continue;
    for (const value of statusValueMembers(site.value)) {
      if (value.kind !== 'number' || value.constant || value.bigint || value.fromType) continue;
      const node = unwrapExpression(value.node ?? site.node);
      if (node.type !== 'Literal' || typeof node.value !== 'number' || seen.has(node)) continue;
      const code = node.value;
      if (!Number.isInteger(code) || code < VALID_STATUS_RANGE.min || code > VALID_STATUS_RANGE.max) continue;
      seen.add(node);
      literals.push({ node, code });
    }
  }
  return literals;
}

/** A fix (or suggestion) replacing the literal with `provider`'s constant, adding the import when needed. */
function buildReplacement(
  plan: FilePlan,
  literal: StatusLiteral,
  provider: ConstantProvider,
): { constant: string; certain: boolean; fix: TSESLint.ReportFixFunction } | undefined {
  const member = provider.nameFor(literal.code);
  if (member === undefined) return undefined;
  const access = plan.accessAt(provider, literal.node, member);
  if (!access) return undefined;
  const constant = access.text;
  const importFix = access.importFix;
  // `404 as const` / `<const>404`: a const assertion only applies to literals and enum members, so the assertion goes
  // with the literal; that keeps the type only when the constant's own type is the literal code.
  const parent = literal.node.parent;
  const constAssertion =
    (parent?.type === 'TSAsExpression' || parent?.type === 'TSTypeAssertion') &&
    parent.expression === literal.node &&
    parent.typeAnnotation.type === 'TSTypeReference' &&
    parent.typeAnnotation.typeName.type === 'Identifier' &&
    parent.typeAnnotation.typeName.name === 'const'
      ? parent
      : undefined;
  const target = constAssertion ?? literal.node;
  // `{ 200: schema }` (a route's response schemas): the key becomes a computed one, `[StatusCodes.OK]: schema`, which
  // names the same property; the object's type keeps the key `200` only when the constant's own type is the literal code.
  const objectKey = parent?.type === 'Property' && parent.key === literal.node && !parent.computed;
  const replacement = objectKey ? `[${constant}]` : constant;
  // Certain: the binding is already there, or the module resolves from this file (a project module the file imports
  // does, and its text says whether it defines the constant as this code); and no type is widened.
  const certain =
    (provider.confirms ? provider.confirms(literal.code) : importFix === undefined || plan.resolvable(provider)) &&
    ((constAssertion === undefined && !objectKey) || provider.literalTypes);
  return {
    constant,
    certain,
    fix: (fixer) => {
      const replace = fixer.replaceText(target, replacement);
      return importFix ? [importFix(fixer), replace] : replace;
    },
  };
}

/** Plain text for a constant when no edit can be planned: `StatusCodes.NOT_FOUND`. */
function displayConstant(provider: ConstantProvider, code: number): string | undefined {
  const member = provider.nameFor(code);
  if (member === undefined) return undefined;
  return provider.namedExports ? member : `${provider.preferredLocalName}.${member}`;
}

function sourceLabel(provider: ConstantProvider): string {
  return provider.exportName === 'default' || provider.namedExports ? `'${provider.module}'` : `${provider.exportName} ('${provider.module}')`;
}

function isReportable(code: number, providers: readonly ConstantProvider[]): boolean {
  // Unregistered codes are no-unknown-status's business, unless a source names them.
  const info = getStatusCodeInfo(code);
  return (info !== undefined && info.registration !== 'unused') || providers.some((p) => p.nameFor(code) !== undefined);
}

function reportSingle(plan: FilePlan, literal: StatusLiteral, provider: ConstantProvider): void {
  const { context } = plan;
  const { node, code } = literal;
  if (!isReportable(code, [provider])) return;
  const status = describeStatus(code);
  const value = String(code);
  const replacement = buildReplacement(plan, literal, provider);
  if (!replacement) {
    const constant = displayConstant(provider, code);
    if (constant === undefined) {
      context.report({ node, messageId: 'noConstant', data: { status, value, source: sourceLabel(provider) } });
    } else {
      context.report({ node, messageId: 'useConstant', data: { constant, status, value } });
    }
    return;
  }
  const data = { constant: replacement.constant, status, value };
  if (replacement.certain) {
    context.report({ node, messageId: 'useConstant', data, fix: replacement.fix });
    return;
  }
  context.report({
    node,
    messageId: 'useConstant',
    data,
    suggest: [
      { messageId: 'replaceWithConstant', data: { constant: replacement.constant, module: provider.module }, fix: replacement.fix },
    ],
  });
}

function reportSeveral(plan: FilePlan, literal: StatusLiteral, providers: readonly ConstantProvider[]): void {
  const { context } = plan;
  const { node, code } = literal;
  if (!isReportable(code, providers)) return;
  const status = describeStatus(code);
  const value = String(code);
  const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  for (const provider of providers) {
    const replacement = buildReplacement(plan, literal, provider);
    if (!replacement) continue;
    suggest.push({
      messageId: 'replaceWithConstant',
      data: { constant: replacement.constant, module: provider.module },
      fix: replacement.fix,
    });
  }
  if (providers.every((provider) => provider.nameFor(code) === undefined)) {
    context.report({ node, messageId: 'noConstant', data: { status, value, source: providers.map(sourceLabel).join(', ') } });
    return;
  }
  context.report({ node, messageId: 'useNamedConstant', data: { status, value }, suggest });
}
