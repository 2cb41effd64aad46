import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, statusValueMembers, type ResponseEvent, type StatusSite, type TrackedResponse } from '../analysis/index.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds =
  | 'ignoredArgument'
  | 'ignoredPosition'
  | 'numericInit'
  | 'overridden'
  | 'overriddenUnlessKept'
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
     * earlier status is lost.
     */
    function checkOverrides(response: TrackedResponse): void {
      const events = response.events;
      for (const [index, event] of events.entries()) {
        if (event.type !== 'call' || !event.effect.overridesStatus) continue;
        const sent = event.effect.defaultStatus;
        // A status passed to the call itself wins; only the default replaces the earlier one.
        if (sent === undefined || events.some((other) => other.type === 'status' && other.node === event.node)) continue;
        for (let i = index - 1; i >= 0; i--) {
          const earlier = events[i]!;
          if (isTerminal(earlier)) break;
          if (earlier.type !== 'status' || earlier.node === event.node) continue;
          const site: StatusSite = earlier.site;
          // Koa's `ctx.redirect()` keeps a redirect status set before it (`keepsStatuses`).
          if (site.value.kind !== 'number' || site.value.value === sent || event.effect.keepsStatuses?.includes(site.value.value)) break;
          if (!reaches(earlier.node, event.node)) break;
          const status = describeStatus(site.value.value);
          const api = event.effect.label ?? event.method;
          const kept = event.effect.keepsStatuses;
          if (kept) {
            context.report({
              node: site.node,
              messageId: 'overriddenUnlessKept',
              data: { status, api, kept: listCodes(kept), sent: describeStatus(sent) },
            });
          } else {
            context.report({ node: site.node, messageId: 'overridden', data: { status, api, sent: describeStatus(sent) } });
          }
          break;
        }
      }
    }
  },
});

function isTerminal(event: ResponseEvent): boolean {
  return event.type === 'call' && event.effect.terminal === true;
}

/** The earlier status write sits in a block that also holds the later call (not in a branch that ends elsewhere). */
function reaches(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  let block: TSESTree.Node | undefined = earlier.parent;
  while (
    block &&
    block.type !== AST_NODE_TYPES.BlockStatement &&
    block.type !== AST_NODE_TYPES.Program &&
    block.type !== AST_NODE_TYPES.SwitchCase &&
    block.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    block = block.parent;
  }
  return block !== undefined && block.range[0] <= later.range[0] && later.range[1] <= block.range[1];
}

/** `300, 301 or 302`. */
function listCodes(codes: readonly number[]): string {
  return codes.length === 1 ? String(codes[0]) : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}
