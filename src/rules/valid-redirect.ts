import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { alwaysRunsBefore, getFileAnalysis, statusValueMembers } from '../analysis/index.js';
import type { ResponseEvent, StatusSite } from '../analysis/types.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';
import { misplacedReports } from '../util/swap-arguments.js';

export type Options = [];
export type MessageIds = 'notAccepted' | 'notRedirect' | 'swapped' | 'notStatusParameter' | 'swapArguments';

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default createRule<Options, MessageIds>({
  name: 'valid-redirect',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require redirect helpers to get a redirect status, in the argument order their framework expects',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      notAccepted: '{{api}} accepts only {{codes}}, not {{status}}: {{outcome}}.',
      notRedirect: '{{status}} is not a redirect status (RFC 9110 {{section}}): {{outcome}}.',
      swapped: 'Swapped arguments: {{api}} is {{expected}}; in this order {{outcome}}.',
      notStatusParameter: '{{api}} takes no status here: {{outcome}}.',
      swapArguments: 'Swap the arguments: {{expected}}.',
    },
  },
  // Redirect sites of a number, and numbers set on a response a redirect helper created (`reportStatusOnRedirect`).
  appliesTo: ({ misplacedStatuses, found }) =>
    misplacedStatuses.length > 0 || found.numberRoles.has('redirect') || (found.redirectResponses && found.numberRoles.has('response')),
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) {
          // A union (`permanent ? 301 : 200`) is checked member by member, each where it is written.
          const values = statusValueMembers(site.value).filter((value) => value.kind === 'number');
          if (values.length === 0) continue;
          if (site.role !== 'redirect') {
            for (const value of values) reportStatusOnRedirect(context, site, value.value, value.node ?? site.node);
            continue;
          }
          const api = site.effect.label ?? 'this redirect helper';
          // The API takes no status there (next/navigation `redirect(url, 301)`: a RedirectType).
          if (site.effect.unusedStatus !== undefined) {
            if (!site.effect.facts?.numericInit) {
              context.report({ node: site.node, messageId: 'notStatusParameter', data: { api, outcome: site.effect.unusedStatus } });
            }
            continue;
          }
          for (const value of values) checkRedirectCode(context, site, api, value.value, value.node ?? site.node);
        }
        for (const report of misplacedReports(analysis.misplacedStatuses, 'redirect', 'this redirect helper', context.sourceCode)) {
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

/** A code given to a redirect helper: one it accepts, and a redirect (3xx but 304). */
function checkRedirectCode(context: Context, site: StatusSite, api: string, code: number, node: TSESTree.Node): void {
  // Values that are not status codes at all belong to no-unknown-status.
  if (!Number.isInteger(code) || code < 100 || code > 599) return;
  const only = site.effect.acceptsOnly;
  if (only) {
    if (!only.codes.includes(code)) {
      context.report({
        node,
        messageId: 'notAccepted',
        data: { api, codes: listCodes(only.codes), status: describeStatus(code), outcome: only.outcome },
      });
    }
    return;
  }
  const range = site.effect.accepts;
  // An API that enforces its own range (SvelteKit redirect(): 300–308) is reported by no-unknown-status.
  if (range && (code < range.min || code > range.max)) return;
  if (isRedirect(code)) return;
  const stated = site.effect.facts?.nonRedirectOutcome;
  reportNotRedirect(context, node, code, typeof stated === 'string' ? stated : `${api} sends it with a Location header that clients do not follow`);
}

/**
 * A status set on a response that a redirect helper created (hapi `h.redirect('/x').code(200)`): the response
 * carries the helper's Location, so a status outside 3xx sends a Location that clients do not follow.
 */
function reportStatusOnRedirect(context: Context, site: StatusSite, code: number, node: TSESTree.Node): void {
  if (site.role !== 'response' || !site.response) return;
  if (!Number.isInteger(code) || code < 100 || code > 599 || isRedirect(code)) return;
  const range = site.effect.accepts;
  if (range && (code < range.min || code > range.max)) return;
  const creator = site.response.events.find((event) => event.type === 'call');
  if (creator?.type === 'call' && creator.node === site.response.anchor && creator.effect.role === 'redirect' && creator.effect.location) {
    const outcome = `${site.effect.label ?? 'this call'} sends it with the Location header of ${creator.effect.label ?? 'the redirect'}, which clients do not follow`;
    reportNotRedirect(context, node, code, outcome);
    return;
  }
  const redirect = redirectKeeping(site);
  if (redirect) {
    const outcome = `${redirect.effect.label ?? 'the redirect'} sends the status set before it, with a Location header that clients do not follow`;
    reportNotRedirect(context, node, code, outcome);
  }
}

type CallEvent = Extract<ResponseEvent, { type: 'call' }>;

/**
 * The redirect that sends `site`'s status (Fastify `reply.code(404).redirect(url)`, `facts.keepsEarlierStatus`): one
 * given no status of its own, that `site` always runs before, with no other status set between them.
 */
function redirectKeeping(site: StatusSite): CallEvent | undefined {
  const events = site.response!.events;
  const owner = site.owner;
  return events.find(
    (event): event is CallEvent =>
      event.type === 'call' &&
      event.effect.role === 'redirect' &&
      event.effect.facts?.keepsEarlierStatus === true &&
      event.node !== owner &&
      alwaysRunsBefore(owner, event.node) &&
      !events.some(
        (other) =>
          other.type === 'status' &&
          other.node !== owner &&
          (other.node === event.node || (other.node.range[0] > owner.range[0] && alwaysRunsBefore(other.node, event.node))),
      ),
  );
}

/** 3xx, but 304 Not Modified (RFC 9110 §15.4.5), which is no redirect. */
function isRedirect(code: number): boolean {
  return code >= 300 && code <= 399 && code !== 304;
}

function reportNotRedirect(context: Context, node: TSESTree.Node, code: number, outcome: string): void {
  context.report({
    node,
    messageId: 'notRedirect',
    data: { status: describeStatus(code), section: code === 304 ? '§15.4.5' : '§15.4', outcome },
  });
}

function listCodes(codes: readonly number[]): string {
  const text = codes.map(String);
  return text.length <= 1 ? text.join('') : `${text.slice(0, -1).join(', ')} and ${text.at(-1)!}`;
}
