import type { TSESLint } from '@typescript-eslint/utils';

import type { MisplacedStatusSite } from '../analysis/index.js';
import type { StatusRole } from '../frameworks/types.js';

/**
 * Message ids a rule declares to report misplaced statuses, worded alike in every rule:
 * swapped: 'Swapped arguments: {{api}} is {{expected}}; in this order {{outcome}}.',
 * notStatusParameter: '{{api}} takes no status here: {{outcome}}.', swapArguments: 'Swap the arguments: {{expected}}.'
 */
export type MisplacedMessageIds = 'swapped' | 'notStatusParameter' | 'swapArguments';

/** Message data and the suggestion fix for a swapped call (`res.redirect('/x', 301)` in Express 5, `ctx.throw('msg', 400)` in Koa 3). */
export function swappedCall(
  site: MisplacedStatusSite,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { api: string; expected: string; outcome: string; fix: TSESLint.ReportFixFunction } | undefined {
  const swapNode = site.swapNode;
  if (!swapNode) return undefined;
  return {
    api: site.effect.label ?? 'this API',
    expected: site.misplaced.expected ?? 'the other argument order',
    outcome: site.misplaced.outcome,
    fix: (fixer) => [
      fixer.replaceText(site.node, sourceCode.getText(swapNode)),
      fixer.replaceText(swapNode, sourceCode.getText(site.node)),
    ],
  };
}

/**
 * Reports the misplaced statuses of helpers with one role: a swapped call (with a swap suggestion, never an autofix:
 * the arguments may have side effects in their order) or a number where the API takes no status.
 */
export function reportMisplacedStatuses<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds | MisplacedMessageIds, readonly unknown[]>>,
  sites: readonly MisplacedStatusSite[],
  role: StatusRole,
  fallbackApi: string,
): void {
  for (const site of sites) {
    if (site.effect.role !== role) continue;
    const swapped = swappedCall(site, context.sourceCode);
    if (swapped) {
      const { fix, ...data } = swapped;
      context.report({
        node: site.node,
        messageId: 'swapped',
        data,
        suggest: [{ messageId: 'swapArguments', data: { expected: data.expected }, fix }],
      });
    } else if (site.misplaced.kind === 'rejected') {
      context.report({
        node: site.node,
        messageId: 'notStatusParameter',
        data: { api: site.effect.label ?? fallbackApi, outcome: site.misplaced.outcome },
      });
    }
  }
}
