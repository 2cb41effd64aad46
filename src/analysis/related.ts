import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { FRAMEWORKS } from '../frameworks/index.js';
import { findVariable } from './ast-utils.js';
import { exitsBefore, isFunction } from './flow.js';
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
 * The responses whose headers go out with `response`: its related responses (`relatedResponses`) and, for a Fetch
 * `Response` a handler returns, the receivers among the handler's parameters whose framework sends a returned Response
 * with the headers set on them (`returnedResponsesTakeHeaders`: h3's `event`). Only for headers: the returned Response's
 * own status and body replace the receiver's.
 */
export function headerSources(
  analysis: FileAnalysis,
  response: TrackedResponse,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly TrackedResponse[] {
  const related = relatedResponses(analysis, response, sourceCode);
  const handler = response.anchor.type === AST_NODE_TYPES.Identifier ? undefined : returningFunction(response.anchor);
  if (!handler) return related;
  const receivers: TrackedResponse[] = [];
  for (const parameter of handler.params) {
    if (parameter.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = findVariable(sourceCode.getScope(parameter), parameter);
    if (!variable) continue;
    for (const candidate of analysis.responses) {
      if (!candidate.framework.returnedResponsesTakeHeaders || candidate.anchor.type !== AST_NODE_TYPES.Identifier) continue;
      if (findVariable(sourceCode.getScope(candidate.anchor), candidate.anchor) === variable) receivers.push(candidate);
    }
  }
  return receivers.length > 0 ? [...related, ...receivers] : related;
}

/** The function that returns `node` (`return new Response(…)`, `(event) => new Response(…)`), if it is returned. */
function returningFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  let current = node;
  let parent = current.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = parent;
    parent = current.parent;
  }
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current) return parent;
  if (parent?.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
  for (let ancestor: TSESTree.Node | undefined = parent.parent; ancestor; ancestor = ancestor.parent) {
    if (isFunction(ancestor)) return ancestor;
  }
  return undefined;
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

/**
 * Whether `later`, a call or write on `response`, cannot run in a call of its function that reaches `node` (a status
 * site): it comes after a `return` or `throw` that ends `node`'s path (`res.statusCode = 405; res.end(); return;` above
 * a loop that copies a proxied response's headers).
 */
export function cannotFollow(
  response: TrackedResponse,
  node: TSESTree.Node,
  later: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const binding = bindingOf(response, sourceCode);
  return binding !== undefined && exitsBefore(node, later, binding);
}

/** Where `response` is bound: the declaration of its variable (a handler's `res` parameter), or the node that made it. */
function bindingOf(response: TrackedResponse, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const anchor = response.anchor;
  if (anchor.type !== AST_NODE_TYPES.Identifier) return anchor;
  return findVariable(sourceCode.getScope(anchor), anchor)?.defs[0]?.name;
}

/** The names the frameworks give the object a handler answers through (`res`, `reply`, `ctx`, `c`, `event`…). */
let responseParameterNames: ReadonlySet<string> | undefined;

/**
 * Whether a function around `node` (an error helper's call, whose response the analysis does not follow) hands one of
 * its response parameters, named as the frameworks name them, to code that may run before `node`: as an argument, a
 * stored or returned value, anything but the object of a member access. `challenge(res); return next(createError(401))`
 * may have set WWW-Authenticate on `res`, which Express's error page keeps. A hand-off only after the branch holding
 * `node` has returned does not count (`exitsBefore`), nor does a parameter the analysis tracks as a response (its
 * hand-offs are its `escape` events).
 */
export function responseParameterHandedOn(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  responseParameterNames ??= new Set(
    FRAMEWORKS.flatMap((framework) => (framework.receivers ?? []).filter((receiver) => !receiver.path).flatMap((receiver) => receiver.names)),
  );
  // A tracked response's hand-offs are its `escape` events (its framework's own helpers are not hand-offs).
  let tracked: Set<unknown> | undefined;
  for (let fn = node.parent; fn; fn = fn.parent) {
    if (!isFunction(fn)) continue;
    for (const variable of sourceCode.getDeclaredVariables(fn)) {
      if (variable.defs[0]?.type !== 'Parameter' || !responseParameterNames.has(variable.name)) continue;
      tracked ??= new Set(
        analysis.responses.map((response) =>
          response.anchor.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(response.anchor), response.anchor) : undefined,
        ),
      );
      if (tracked.has(variable)) continue;
      for (const reference of variable.references) {
        const identifier = reference.identifier;
        const parent = identifier.parent;
        if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) continue;
        if (!exitsBefore(node, identifier, fn)) return true;
      }
    }
  }
  return false;
}
