import { getFileAnalysis, type ClientRequest, type StatusInterval } from '../analysis/index.js';
import { describeStatus } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds = 'unreachable' | 'unreachableRange';

export default createRule<Options, MessageIds>({
  name: 'no-unreachable-status-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow status checks that the HTTP client makes unreachable by rejecting first',
      recommended: true,
    },
    schema: [],
    messages: {
      unreachable:
        '{{status}} never gets here: {{outcome}} (the request resolves only for {{resolves}}). Set {{option}} on the request, or handle {{code}} where the error is caught.',
      unreachableRange:
        '`{{check}}` is never true here: {{outcome}} (the request resolves only for {{resolves}}). Set {{option}} on the request, or check the status where the error is caught.',
    },
  },
  // Only a status read from a client library's request can be unreachable.
  appliesTo: ({ rangeChecks, found }) =>
    found.usesClient && (rangeChecks.length > 0 || found.numberRoles.has('comparison') || found.numberRoles.has('assertion')),
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) {
          if ((site.role !== 'comparison' && site.role !== 'assertion') || !site.subject || site.value.kind !== 'number') continue;
          const request = analysis.requestOf(site.subject);
          const code = site.value.value;
          if (!request || request.throwsOnError !== true || !Number.isInteger(code) || code < 100 || code > 599) continue;
          if (request.resolves.some((interval) => code >= interval.min && code <= interval.max)) continue;
          const about = describe(request);
          context.report({
            node: site.node,
            messageId: 'unreachable',
            data: { status: describeStatus(code), code, outcome: about.outcome, resolves: about.resolves, option: about.option },
          });
        }
        for (const check of analysis.rangeChecks) {
          const request = analysis.requestOf(check.subject);
          if (!request || request.throwsOnError !== true) continue;
          const selected = selectedBy(check.operator, check.bound);
          if (request.resolves.some((interval) => interval.min <= selected.max && selected.min <= interval.max)) continue;
          const about = describe(request);
          context.report({
            node: check.node,
            messageId: 'unreachableRange',
            data: { check: context.sourceCode.getText(check.node), outcome: about.outcome, resolves: about.resolves, option: about.option },
          });
        }
      },
    };
  },
});

function selectedBy(operator: '<' | '<=' | '>' | '>=', bound: number): StatusInterval {
  switch (operator) {
    case '>=':
      return { min: bound, max: Infinity };
    case '>':
      return { min: Math.floor(bound) + 1, max: Infinity };
    case '<':
      return { min: -Infinity, max: Math.ceil(bound) - 1 };
    case '<=':
      return { min: -Infinity, max: bound };
  }
}

function describe(request: ClientRequest): { outcome: string; resolves: string; option: string } {
  const resolves = request.resolves
    .map((interval) => (interval.min === interval.max ? String(interval.min) : `${interval.min}–${interval.max}`))
    .join(', ');
  const option = request.client.throwOption.key === 'validateStatus' ? '`validateStatus`' : `\`${request.client.throwOption.key}: false\``;
  return { outcome: request.client.outcome, resolves, option };
}
