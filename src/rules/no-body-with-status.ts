import type { TSESLint } from '@typescript-eslint/utils';

import {
  alwaysRunsBefore,
  containsNode,
  getFileAnalysis,
  relatedResponses,
  statusValueMembers,
  type FileAnalysis,
  type ResponseEvent,
  type StatusValue,
  type TrackedResponse,
} from '../analysis/index.js';
import { contentRestrictionOf, describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds = 'bodyWithStatus';

type StatusEvent = Extract<ResponseEvent, { type: 'status' }>;
type BodyEvent = Extract<ResponseEvent, { type: 'body' }>;

export default createRule<Options, MessageIds>({
  name: 'no-body-with-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending content with 1xx, 204 No Content, 205 Reset Content and 304 Not Modified',
      recommended: true,
    },
    schema: [],
    messages: {
      bodyWithStatus: '{{status}} cannot carry content ({{reference}}), but {{api}} sends a body here{{outcome}}.',
    },
  },
  // Only a status that forbids content can be reported: most files send none, and then no response needs relating.
  // (Every status event is a response, redirect or error site, whose numbers `found.sentCodes` holds.)
  appliesTo: ({ found }) => {
    if (!found.eventTypes.has('body')) return false;
    for (const code of found.sentCodes) if (contentRestrictionOf(code) !== undefined) return true;
    return false;
  },
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const response of analysis.responses) checkResponse(context, analysis, response);
      },
    };
  },
});

function checkResponse(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  analysis: FileAnalysis,
  response: TrackedResponse,
): void {
  // Only a body can be reported: responses without one need no related responses.
  if (!response.events.some((event) => event.type === 'body')) return;
  // Koa `ctx.status` and `ctx.response.body` act on one response.
  const related = relatedResponses(analysis, response, context.sourceCode);
  // A helper that received the response may have changed its status or sent the body itself: then only
  // a status given in the same call as the body is certain (`const r = new Response('x', { status: 204 })`).
  const escaped = related.some((r) => r.escaped);
  const events = related.flatMap((r) => r.events);
  const statuses = events.filter((event): event is StatusEvent => event.type === 'status');
  if (statuses.length === 0) return;
  for (const body of response.events) {
    if (body.type !== 'body') continue;
    // Redirect helpers set their own status along with their body.
    if (body.effect.role === 'redirect' || body.effect.overridesStatus) continue;
    const status = statusInEffect(statuses, body, events, escaped);
    const codes = status && bodilessCodes(status.site.value);
    if (!codes) continue;
    const outcome = body.effect.facts?.bodilessStatusOutcome;
    context.report({
      node: body.node,
      messageId: 'bodyWithStatus',
      data: {
        status: codes.map(describeStatus).join(' or '),
        reference: [...new Set(codes.map((code) => contentRestrictionOf(code)!.reference))].join(', '),
        api: body.effect.label ?? 'this call',
        outcome: typeof outcome === 'string' ? `: ${outcome}` : '',
      },
    });
  }
}

/**
 * The codes of a status that cannot carry content, or undefined when it may be one that can. A status written as
 * alternatives counts only when every branch forbids content (`fresh ? 304 : 204`): otherwise the body may go with the
 * branch that allows it (`res.status(data ? 200 : 204).json(data)`, where the condition decides both).
 */
function bodilessCodes(value: StatusValue): number[] | undefined {
  if (value.kind === 'union' && value.partial) return undefined;
  const codes: number[] = [];
  for (const member of statusValueMembers(value)) {
    if (member.kind !== 'number' || !contentRestrictionOf(member.value)) return undefined;
    if (!codes.includes(member.value)) codes.push(member.value);
  }
  return codes.length > 0 ? codes : undefined;
}

/**
 * The status the body is sent with, when certain: the status given in the same call
 * (`new Response(x, { status: 204 })`, `c.json(x, 204)`), or the last status that always runs
 * before it with no other status write in between (`res.status(204).json(x)`, `ctx.status = 204; ctx.body = x`).
 */
function statusInEffect(
  statuses: readonly StatusEvent[],
  body: BodyEvent,
  events: readonly ResponseEvent[],
  escaped: boolean,
): StatusEvent | undefined {
  const own = statuses.filter((status) => containsNode(status.site.owner, body.node));
  if (own.length > 0) return own[own.length - 1];
  if (escaped) return undefined;
  const before = statuses.filter((status) => alwaysRunsBefore(status.node, body.node));
  const last = before[before.length - 1];
  if (!last) return undefined;
  // Any other status write or status-replacing call between them makes the outcome uncertain.
  const between = events.some(
    (event) =>
      event !== last &&
      event.node.range[0] > last.node.range[0] &&
      event.node.range[0] < body.node.range[0] &&
      !containsNode(event.node, body.node) &&
      ((event.type === 'status' && !sameCode(event, last)) || (event.type === 'call' && Boolean(event.effect.overridesStatus || event.effect.defaultStatus))),
  );
  return between ? undefined : last;
}

function sameCode(a: StatusEvent, b: StatusEvent): boolean {
  return a.site.value.kind === 'number' && b.site.value.kind === 'number' && a.site.value.value === b.site.value.value;
}
