import type { TSESLint } from '@typescript-eslint/utils';

import type { MisplacedStatusSite } from '../analysis/index.js';
import type { StatusRole } from '../frameworks/types.js';

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

/** What a rule reports for one misplaced status: a swapped call (with its swap) or a number the API does not read. */
export type MisplacedReport =
  | { readonly kind: 'swapped'; readonly node: MisplacedStatusSite['node']; readonly data: { api: string; expected: string; outcome: string }; readonly fix: TSESLint.ReportFixFunction }
  | { readonly kind: 'notStatusParameter'; readonly node: MisplacedStatusSite['node']; readonly data: { api: string; outcome: string } };

/**
 * The misplaced statuses of helpers with one role, ready to report: a swapped call gets a swap (a suggestion, never an
 * autofix: the arguments may have side effects in their order); a number where the API reads no status is reported
 * only when the API rejects it (an ignored one is no-ignored-status's).
 */
export function misplacedReports(
  sites: readonly MisplacedStatusSite[],
  role: StatusRole,
  fallbackApi: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): MisplacedReport[] {
  const reports: MisplacedReport[] = [];
  for (const site of sites) {
    if (site.effect.role !== role) continue;
    const swapped = swappedCall(site, sourceCode);
    if (swapped) {
      const { fix, ...data } = swapped;
      reports.push({ kind: 'swapped', node: site.node, data, fix });
    } else if (site.misplaced.kind === 'rejected') {
      reports.push({
        kind: 'notStatusParameter',
        node: site.node,
        data: { api: site.effect.label ?? fallbackApi, outcome: site.misplaced.outcome },
      });
    }
  }
  return reports;
}
