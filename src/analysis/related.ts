import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';

import { findVariable } from './ast-utils.js';
import type { FileAnalysis, TrackedResponse } from './types.js';

const cache = new WeakMap<FileAnalysis, Map<TrackedResponse, readonly TrackedResponse[]>>();

/**
 * Responses that are the same object on the wire as `response`: Koa `ctx`, `ctx.response` and the raw
 * `ctx.res` are tracked apart (each path is its own receiver) but share one parameter. Returns
 * `response` itself and every response rooted in the same variable.
 */
export function relatedResponses(
  analysis: FileAnalysis,
  response: TrackedResponse,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly TrackedResponse[] {
  let groups = cache.get(analysis);
  if (!groups) {
    groups = new Map();
    const byVariable = new Map<unknown, TrackedResponse[]>();
    for (const candidate of analysis.responses) {
      const anchor = candidate.anchor;
      const variable =
        anchor.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(anchor), anchor) : null;
      const key = variable ?? candidate;
      const list = byVariable.get(key) ?? [];
      list.push(candidate);
      byVariable.set(key, list);
    }
    for (const list of byVariable.values()) for (const member of list) groups.set(member, list);
    cache.set(analysis, groups);
  }
  return groups.get(response) ?? [response];
}
