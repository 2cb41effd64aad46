import type { TSESLint } from '@typescript-eslint/utils';

import type { MisplacedStatusSite } from '../analysis/index.js';

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
