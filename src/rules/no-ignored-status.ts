import { getFileAnalysis, statusReplacement, statusValueMembers, type TrackedResponse } from '../analysis/index.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds =
  | 'ignoredArgument'
  | 'ignoredPosition'
  | 'numericInit'
  | 'overridden'
  | 'overriddenUnlessKept'
  | 'replaced'
  | 'stringIgnored'
  | 'wrapInInit';

export default createRule<Options, MessageIds>({
  name: 'no-ignored-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow statuses that the API silently ignores or overrides',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ignoredArgument: '{{api}} does not read {{status}} as the status: {{outcome}}. Write {{expected}}.',
      ignoredPosition: '{{api}} does not read {{status}} as the status: {{outcome}}.',
      numericInit: '{{api}} expects an init object, not the number {{status}}: {{outcome}}.',
      overridden: '{{status}} is ignored: {{api}} replaces it and sends {{sent}}. Pass the status to {{api}} instead.',
      overriddenUnlessKept: '{{status}} is ignored: {{api}} keeps only {{kept}} set before it and sends {{sent}} instead.',
      replaced: '{{status}} is ignored: {{api}} sets {{sent}} before the response is sent. Set the status once.',
      stringIgnored: "{{api}} ignores the string '{{value}}': {{outcome}}. Pass the number {{value}}.",
      wrapInInit: 'Pass an init object: { status: {{code}} }.',
    },
  },
  appliesTo: ({ misplacedStatuses, found }) => misplacedStatuses.length > 0 || found.valueKinds.has('string') || found.statusOverrides,
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.misplacedStatuses) {
          if (site.misplaced.swapWith !== undefined) continue; // valid-redirect / valid-http-error
          const role = site.effect.role;
          if (site.misplaced.kind === 'rejected' && (role === 'redirect' || role === 'error')) continue;
          const api = site.effect.label ?? 'this API';
          const code = site.value.value;
          // `res.send(42)` in Express 5 is a number body, not a status slip.
          if (!Number.isInteger(code) || code < 100 || code > 599) continue;
          if (site.misplaced.expected !== undefined) {
            context.report({
              node: site.node,
              messageId: 'ignoredArgument',
              data: { api, status: describeStatus(code), outcome: site.misplaced.outcome, expected: site.misplaced.expected },
            });
            continue;
          }
          if (!site.misplaced.initObject) {
            context.report({
              node: site.node,
              messageId: 'ignoredPosition',
              data: { api, status: describeStatus(code), outcome: site.misplaced.outcome },
            });
            continue;
          }
          // A number where a ResponseInit is expected: `Response.json(data, 201)`.
          context.report({
            node: site.node,
            messageId: 'numericInit',
            data: { api, status: String(code), outcome: site.misplaced.outcome },
            suggest: [
              {
                messageId: 'wrapInInit',
                data: { code: sourceCode.getText(site.node) },
                fix: (fixer) => fixer.replaceText(site.node, `{ status: ${sourceCode.getText(site.node)} }`),
              },
            ],
          });
        }
        for (const site of analysis.sites) {
          // `facts.stringStatusIgnored`: true, or the outcome text (`NextResponse.redirect(url, '301')` sends 307).
          const fact = site.effect.facts?.stringStatusIgnored;
          if (fact !== true && typeof fact !== 'string') continue;
          // A branch of `ok ? 200 : '404'` is reported where it is written.
          for (const value of statusValueMembers(site.value)) {
            if (value.kind !== 'string' || !/^\s*\d{3}\s*$/u.test(value.value)) continue;
            const api = site.effect.label ?? 'this API';
            const sent = site.effect.defaultStatus;
            const outcome =
              typeof fact === 'string' ? fact : `${api} sends ${sent === undefined ? 'its default status' : describeStatus(sent)}`;
            context.report({ node: value.node ?? site.node, messageId: 'stringIgnored', data: { api, value: value.value.trim(), outcome } });
          }
        }
        for (const response of analysis.responses) checkOverrides(response);
      },
    };

    /**
     * `res.status(301).redirect(url)`, `ctx.status = 401; ctx.redirect(url)`: the redirect sends its own default and the
     * earlier status is lost; `reply.code(404).redirect(url, 301)`, `c.status(201); return c.json(x, 200)`: a later
     * status replaces it before anything is sent.
     */
    function checkOverrides(response: TrackedResponse): void {
      for (const event of response.events) {
        if (event.type !== 'status') continue;
        const site = event.site;
        if (site.implicit || site.value.kind !== 'number') continue;
        const code = site.value.value;
        const replacement = statusReplacement(site, code);
        // Code that runs between them (`next()`) may send the response with this status first.
        if (!replacement?.direct) continue;
        const status = describeStatus(code);
        if (replacement.kind === 'status') {
          const later = replacement.event.site;
          // Only a number that differs: an unknown value may well be the same status.
          if (later.value.kind !== 'number' || later.value.value === code) continue;
          const api = later.effect.label ?? 'a later status write';
          context.report({ node: site.node, messageId: 'replaced', data: { status, api, sent: describeStatus(later.value.value) } });
          continue;
        }
        const call = replacement.event;
        const sent = call.effect.defaultStatus;
        if (sent === undefined || sent === code) continue;
        const api = call.effect.label ?? call.method;
        const kept = call.effect.keepsStatuses;
        if (kept) {
          context.report({ node: site.node, messageId: 'overriddenUnlessKept', data: { status, api, kept: listCodes(kept), sent: describeStatus(sent) } });
        } else {
          context.report({ node: site.node, messageId: 'overridden', data: { status, api, sent: describeStatus(sent) } });
        }
      }
    }
  },
});

/** `300, 301 or 302`. */
function listCodes(codes: readonly number[]): string {
  return codes.length === 1 ? String(codes[0]) : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}
