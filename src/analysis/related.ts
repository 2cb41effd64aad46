import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { findVariable } from './ast-utils.js';
import { exitsBefore } from './flow.js';
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

/**
 * Whether unknown code may change `response` in a call of its function that reaches `node` (a status site): it escaped,
 * and not only after a `return` or `throw` that ends `node`'s path (`res.statusCode = 405; res.end(); return;` above a
 * `stream.pipe(res)` in another branch leaves the 405 as written).
 */
export function mayEscapeAround(response: TrackedResponse, node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!response.escaped) return false;
  if (response.opaque) return true;
  const binding = bindingOf(response, sourceCode);
  if (!binding) return true;
  return response.events.some((event) => event.type === 'escape' && !exitsBefore(node, event.node, binding));
}

/** Where `response` is bound: the declaration of its variable (a handler's `res` parameter), or the node that made it. */
function bindingOf(response: TrackedResponse, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const anchor = response.anchor;
  if (anchor.type !== AST_NODE_TYPES.Identifier) return anchor;
  return findVariable(sourceCode.getScope(anchor), anchor)?.defs[0]?.name;
}
