import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, type StatusRangeCheck } from '../analysis/index.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds = 'splitsClass' | 'splitsSuccess' | 'useAlignedBound' | 'useOk';

/** Where a check cuts the number line: `>= 400` and `> 399` both cut at 400 (the first status they take in). */
interface Cut {
  /** The first status on the upper side of the cut. */
  readonly at: number;
  /** The check keeps the statuses above the cut (`>=`, `>`) or below it (`<`, `<=`). */
  readonly keeps: 'above' | 'below';
}

function cutOf(check: Pick<StatusRangeCheck, 'operator' | 'bound'>): Cut {
  switch (check.operator) {
    case '>=':
      return { at: check.bound, keeps: 'above' };
    case '>':
      return { at: check.bound + 1, keeps: 'above' };
    case '<':
      return { at: check.bound, keeps: 'below' };
    case '<=':
      return { at: check.bound + 1, keeps: 'below' };
  }
}

/** One status off a class boundary (`> 400`, `<= 300`, `< 299`): the classic slip. Deliberate sub-ranges cut elsewhere. */
function isOffByOne(cut: Cut): boolean {
  if (!Number.isInteger(cut.at) || cut.at < 100 || cut.at > 600) return false;
  const rest = cut.at % 100;
  return rest === 1 || rest === 99;
}

function isAligned(cut: Cut): boolean {
  return Number.isInteger(cut.at) && cut.at % 100 === 0;
}

const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;

export default createRule<Options, MessageIds>({
  name: 'valid-status-range',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require status range checks to follow class boundaries',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      splitsClass:
        '`{{check}}` splits the {{class}} class: it {{verb}} {{edge}}. Status classes are whole hundreds (RFC 9110 §15); compare with `{{aligned}}`.',
      splitsSuccess:
        '`{{check}}` tells 200 OK apart from the rest of the 2xx class (201 Created and up), though every 2xx status is a success (RFC 9110 §15.3); compare with `{{aligned}}`.',
      useAlignedBound: 'Compare with `{{aligned}}`.',
      useOk: 'Use `{{ok}}` (true for 200–299, the Fetch "ok status").',
    },
  },
  // A check whose bound splits a class (the checks are few, and were just made).
  appliesTo: ({ rangeChecks }) => rangeChecks.some((check) => isOffByOne(cutOf(check))),
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      'Program:exit'() {
        const { rangeChecks } = getFileAnalysis(context);
        const byNode = new Map<TSESTree.Node, StatusRangeCheck>(rangeChecks.map((check) => [check.node, check]));
        for (const check of rangeChecks) {
          const cut = cutOf(check);
          if (!isOffByOne(cut)) continue;
          const sibling = siblingOf(check, byNode, sourceCode);
          // `>= 401 && <= 403` is a deliberate sub-range: its other end is mid-class too.
          if (sibling && !isAligned(cutOf(sibling)) && !isOffByOne(cutOf(sibling))) continue;
          // `status > 300 && status < 400`: the redirects that clients follow; 300 Multiple Choices is not one of them
          // (RFC 9110 §15.4.1, and the Fetch "redirect status" set), so leaving it out is deliberate.
          if (sibling && cut.at === 301 && cut.keeps === 'above' && cutOf(sibling).at === 400 && cutOf(sibling).keeps === 'below') {
            continue;
          }
          // `status > 200` (or `<= 200`) takes 200 for the only success: the boundary meant is the end of the 2xx class,
          // not its start (`>= 200` would take in every final status). With another end (`> 200 && < 300`, the
          // successes that have no 200 body) the sub-range is deliberate.
          const successOnly200 = cut.at === 201;
          if (successOnly200 && sibling) continue;
          // `res.statusCode > 200` in a server that answers through `res`: 200 is where Node's status starts, so the
          // check asks whether a status was set (`if (res.statusCode > 200) return res.end(); return res.sendStatus(204)`).
          if (check.initialStatus !== undefined && cut.at === check.initialStatus + 1) continue;
          const alignedAt = successOnly200 ? 300 : Math.round(cut.at / 100) * 100;
          const aligned: StatusRangeCheck = { ...check, operator: cut.keeps === 'above' ? '>=' : '<', bound: alignedAt };
          const alignedText = writeCheck(aligned, sourceCode);
          // The status on the wrong side of the cut, and whether the check takes it in or leaves it out.
          const edge = cut.at > alignedAt ? alignedAt : cut.at;
          const included = (cut.keeps === 'above') === edge >= cut.at;
          const edgeClass = Math.floor(edge / 100);
          const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [
            {
              messageId: 'useAlignedBound',
              data: { aligned: alignedText },
              fix: (fixer) => fixer.replaceText(check.node, alignedText),
            },
          ];
          const ok = okSuggestion(check, aligned, sibling, sourceCode);
          if (ok) suggestions.push(ok);
          if (successOnly200) {
            context.report({
              node: check.node,
              messageId: 'splitsSuccess',
              data: { check: `${check.operator} ${check.bound}`, aligned: `${aligned.operator} ${aligned.bound}` },
              suggest: suggestions,
            });
            continue;
          }
          context.report({
            node: check.node,
            messageId: 'splitsClass',
            data: {
              check: `${check.operator} ${check.bound}`,
              class: `${edgeClass}xx`,
              verb: included ? 'takes in' : 'leaves out',
              edge: `${describeStatus(edge)}, the ${edge % 100 === 0 ? 'first' : 'last'} code of the ${edgeClass}xx class`,
              aligned: `${aligned.operator} ${aligned.bound}`,
            },
            suggest: suggestions,
          });
        }
      },
    };
  },
});

/**
 * The other end of the range `check` is one end of: a check of the same status read from the other side, in the same
 * chain of `&&` (or of `||`) operands: `status >= 200 && status <= 300`, also within a longer condition
 * (`location && res.statusCode >= 301 && res.statusCode <= 308`). The nearest, when there are several.
 */
function siblingOf(
  check: StatusRangeCheck,
  byNode: ReadonlyMap<TSESTree.Node, StatusRangeCheck>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatusRangeCheck | undefined {
  const parent = check.node.parent;
  if (parent?.type !== AST_NODE_TYPES.LogicalExpression || (parent.operator !== '&&' && parent.operator !== '||')) return undefined;
  const { operator } = parent;
  let chain: TSESTree.LogicalExpression = parent;
  while (chain.parent?.type === AST_NODE_TYPES.LogicalExpression && chain.parent.operator === operator) chain = chain.parent;
  const keeps = cutOf(check).keeps;
  const subject = sourceCode.getText(check.subject);
  let nearest: StatusRangeCheck | undefined;
  let distance = Infinity;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === operator) {
      visit(node.left);
      visit(node.right);
      return;
    }
    const other = byNode.get(node);
    if (!other || other === check || cutOf(other).keeps === keeps || sourceCode.getText(other.subject) !== subject) return;
    const apart = Math.abs(other.node.range[0] - check.node.range[0]);
    if (apart < distance) {
      nearest = other;
      distance = apart;
    }
  };
  visit(chain);
  return nearest;
}

/** Writes a check the way the source had it: status on the left, or the bound first (`400 <= status`). */
function writeCheck(check: StatusRangeCheck, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const subject = sourceCode.getText(check.subject);
  const statusFirst = check.node.left === check.subject;
  return statusFirst ? `${subject} ${check.operator} ${check.bound}` : `${check.bound} ${FLIPPED[check.operator]} ${subject}`;
}

/** For a Fetch Response, `status >= 200 && status <= 300` is `res.ok`, and `status < 200 || status > 300` is `!res.ok`. */
function okSuggestion(
  check: StatusRangeCheck,
  aligned: StatusRangeCheck,
  sibling: StatusRangeCheck | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
  if (!check.subjectObject || !sibling || !sibling.subjectObject) return undefined;
  // Only where the two checks are the whole condition: `res.ok` replaces both.
  const logical = check.node.parent;
  if (logical?.type !== AST_NODE_TYPES.LogicalExpression || (logical.left !== sibling.node && logical.right !== sibling.node)) return undefined;
  const siblingCut = isOffByOne(cutOf(sibling))
    ? { at: Math.round(cutOf(sibling).at / 100) * 100, keeps: cutOf(sibling).keeps }
    : cutOf(sibling);
  const cuts = [cutOf(aligned), siblingCut];
  const has = (at: number, keeps: Cut['keeps']) => cuts.some((cut) => cut.at === at && cut.keeps === keeps);
  const object = sourceCode.getText(check.subjectObject);
  let ok: string | undefined;
  if (logical.operator === '&&' && has(200, 'above') && has(300, 'below')) ok = `${object}.ok`;
  else if (logical.operator === '||' && has(200, 'below') && has(300, 'above')) ok = `!${object}.ok`;
  if (ok === undefined) return undefined;
  const text = ok;
  return { messageId: 'useOk', data: { ok: text }, fix: (fixer) => fixer.replaceText(logical, text) };
}
