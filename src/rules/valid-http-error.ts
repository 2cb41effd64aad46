import { getFileAnalysis, statusValueMembers } from '../analysis/index.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';
import { misplacedReports } from '../util/swap-arguments.js';

export type Options = [];
export type MessageIds = 'notError' | 'swapped' | 'notStatusParameter' | 'swapArguments';

export default createRule<Options, MessageIds>({
  name: 'valid-http-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require error helpers and HTTP exceptions to get a 4xx or 5xx status, in the argument order they expect',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      notError:
        '{{status}} is not an error status: {{api}} takes a 4xx or 5xx code (RFC 9110 §15.5, §15.6), and with {{code}} {{outcome}}.',
      swapped: 'Swapped arguments: {{api}} is {{expected}}; in this order {{outcome}}.',
      notStatusParameter: '{{api}} takes no status here: {{outcome}}.',
      swapArguments: 'Swap the arguments: {{expected}}.',
    },
  },
  appliesTo: ({ misplacedStatuses, found }) => misplacedStatuses.length > 0 || found.numberRoles.has('error'),
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) {
          if (site.role !== 'error') continue;
          // A union (`found ? 404 : 200`) is checked member by member, each where it is written.
          const values = statusValueMembers(site.value).filter((value) => value.kind === 'number');
          if (values.length === 0) continue;
          const api = site.effect.label ?? 'this error helper';
          if (site.effect.unusedStatus !== undefined) {
            if (!site.effect.facts?.numericInit) {
              context.report({ node: site.node, messageId: 'notStatusParameter', data: { api, outcome: site.effect.unusedStatus } });
            }
            continue;
          }
          for (const value of values) {
            const code = value.value;
            // Values that are not status codes at all belong to no-unknown-status.
            if (!Number.isInteger(code) || code < 100 || code >= 400) continue;
            const range = site.effect.accepts;
            // An API that enforces its own range (SvelteKit error(): 400–599, Boom: 400+) is reported by no-unknown-status.
            if (range && (code < range.min || code > range.max)) continue;
            const stated = site.effect.facts?.nonErrorOutcome;
            // A redirect thrown as an error, with the Location its call gives it (Hono's `throw new HTTPException(302,
            // { res: c.redirect(url) })` sends the status with the headers of `res`, Koa's `ctx.throw(302, msg, { headers })`
            // too): the redirect goes out as written, unless the API is known to send something else (http-errors: 500).
            const sentAsGiven = stated === undefined || site.effect.facts?.sendsStatusWithGivenHeaders === true;
            if (code >= 300 && sentAsGiven && site.headers && (site.headers.unknown || site.headers.names.includes('location'))) continue;
            context.report({
              node: value.node ?? site.node,
              messageId: 'notError',
              data: {
                status: describeStatus(code),
                api,
                code,
                outcome: typeof stated === 'string' ? stated : 'a failure goes out with a status that does not say so',
              },
            });
          }
        }
        for (const report of misplacedReports(analysis.misplacedStatuses, 'error', 'this error helper', context.sourceCode)) {
          if (report.kind === 'swapped') {
            context.report({
              node: report.node,
              messageId: 'swapped',
              data: report.data,
              suggest: [{ messageId: 'swapArguments', data: { expected: report.data.expected }, fix: report.fix }],
            });
          } else {
            context.report({ node: report.node, messageId: 'notStatusParameter', data: report.data });
          }
        }
      },
    };
  },
});
