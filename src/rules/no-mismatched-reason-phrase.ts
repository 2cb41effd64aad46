import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  alwaysRunsBefore,
  getFileAnalysis,
  relatedResponses,
  type FileAnalysis,
  resolveString,
  type ResponseEvent,
  type StatusSite,
  type TrackedResponse,
} from '../analysis/index.js';
import { describeStatus, findCodesByPhrase, getStatusCodeInfo, isRegisteredPhraseOf } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [];
export type MessageIds = 'mismatchedPhrase' | 'usePhrase' | 'useStatus';

type StatusEvent = Extract<ResponseEvent, { type: 'status' }>;

export default createRule<Options, MessageIds>({
  name: 'no-mismatched-reason-phrase',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a reason phrase that is the registered phrase of a different status code',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      mismatchedPhrase:
        "'{{phrase}}' is the reason phrase of {{phraseStatus}}, but the status sent is {{status}}: the status line contradicts itself (RFC 9110 §15.1).",
      usePhrase: "Use the phrase '{{expected}}'.",
      useStatus: 'Send {{phraseStatus}} instead.',
    },
  },
  // A phrase, and a number sent for it to contradict (phrases go with response, redirect and error sites only).
  appliesTo: ({ found }) => found.phrases && found.sentCodes.size > 0,
  create(context) {
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) {
          if (site.phrase && site.value.kind === 'number') check(context, site.value.value, site.node, site.phrase);
        }
        for (const response of analysis.responses) checkPhraseEvents(context, analysis, response);
      },
    };
  },
});

/** `res.statusMessage = 'Not Found'` beside `res.statusCode = 200`: only when the status is certain. */
function checkPhraseEvents(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  analysis: FileAnalysis,
  response: TrackedResponse,
): void {
  // Only a phrase event is checked here: responses without one need no related responses.
  if (!response.events.some((event) => event.type === 'phrase')) return;
  // Koa `ctx.status` and `ctx.response.message` act on one response.
  const related = relatedResponses(analysis, response, context.sourceCode);
  if (related.some((r) => r.escaped)) return;
  const statuses = related.flatMap((r) => r.events).filter((event): event is StatusEvent => event.type === 'status');
  const codes = new Set(statuses.map((event) => (event.site.value.kind === 'number' ? event.site.value.value : Number.NaN)));
  if (codes.size !== 1) return;
  const [code] = codes;
  if (code === undefined || Number.isNaN(code)) return;
  for (const event of response.events) {
    if (event.type !== 'phrase') continue;
    // A phrase given in a status call is checked with its site.
    if (statuses.some((status) => status.node === event.node)) continue;
    const related = statuses.find(
      (status) => alwaysRunsBefore(status.node, event.node) || alwaysRunsBefore(event.node, status.node),
    );
    if (related) check(context, code, related.site.node, event.value);
  }
}

function check(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  code: number,
  statusNode: StatusSite['node'],
  phraseNode: TSESTree.Node,
): void {
  const phrase = readPhrase(context, phraseNode);
  if (phrase === undefined || phrase.trim() === '') return;
  // Current and former registered names are both correct (302 "Moved Temporarily", 413 "Payload Too Large").
  if (isRegisteredPhraseOf(code, phrase)) return;
  const owners = findCodesByPhrase(phrase).filter((info) => info.code !== code);
  const other = owners[0];
  if (!other) return; // custom wording is allowed (RFC 9110 §15.1)
  const expected = getStatusCodeInfo(code)?.phrase;
  const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
  if (expected && !expected.startsWith('(') && isPlainString(phraseNode)) {
    suggest.push({
      messageId: 'usePhrase',
      data: { expected },
      fix: (fixer) => fixer.replaceText(phraseNode, quoteLike(context, phraseNode, expected)),
    });
  }
  if (statusNode.type === 'Literal' && typeof statusNode.value === 'number') {
    suggest.push({
      messageId: 'useStatus',
      data: { phraseStatus: describeStatus(other.code) },
      fix: (fixer) => fixer.replaceText(statusNode, String(other.code)),
    });
  }
  context.report({
    node: phraseNode,
    messageId: 'mismatchedPhrase',
    data: { phrase, phraseStatus: describeStatus(other.code), status: describeStatus(code) },
    suggest,
  });
}

function readPhrase(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, node: TSESTree.Node): string | undefined {
  return resolveString(node, context.sourceCode.getScope(node));
}

function isPlainString(node: TSESTree.Node): boolean {
  return (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

function quoteLike(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, node: TSESTree.Node, text: string): string {
  const raw = context.sourceCode.getText(node);
  const quote = raw[0] === '"' || raw[0] === '`' ? raw[0] : "'";
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}
