import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { FRAMEWORKS } from '../frameworks/index.js';
import { findVariable } from './ast-utils.js';
import { exitsBefore, isFunction } from './flow.js';
import type { FileAnalysis, TrackedResponse } from './types.js';

type Variable = NonNullable<ReturnType<typeof findVariable>>;

/** Per analysis: each tracked response's related responses, and the responses rooted in each variable. */
interface ResponseGroups {
  readonly byResponse: Map<TrackedResponse, readonly TrackedResponse[]>;
  readonly byVariable: Map<Variable, readonly TrackedResponse[]>;
}

const cache = new WeakMap<FileAnalysis, ResponseGroups>();

function responseGroups(analysis: FileAnalysis, sourceCode: Readonly<TSESLint.SourceCode>): ResponseGroups {
  let groups = cache.get(analysis);
  if (!groups) {
    const byResponse = new Map<TrackedResponse, readonly TrackedResponse[]>();
    const byKey = new Map<Variable | TrackedResponse, TrackedResponse[]>();
    for (const candidate of analysis.responses) {
      const anchor = candidate.anchor;
      const variable =
        anchor.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(anchor), anchor) : null;
      const key = variable ?? candidate;
      const list = byKey.get(key) ?? [];
      list.push(candidate);
      byKey.set(key, list);
    }
    const byVariable = new Map<Variable, readonly TrackedResponse[]>();
    for (const [key, list] of byKey) {
      for (const member of list) byResponse.set(member, list);
      if (!isTrackedResponse(key)) byVariable.set(key, list);
    }
    groups = { byResponse, byVariable };
    cache.set(analysis, groups);
  }
  return groups;
}

function isTrackedResponse(key: Variable | TrackedResponse): key is TrackedResponse {
  return 'events' in key;
}

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
  return responseGroups(analysis, sourceCode).byResponse.get(response) ?? [response];
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

function getResponseParameterNames(): ReadonlySet<string> {
  return (responseParameterNames ??= new Set(
    FRAMEWORKS.flatMap((framework) => (framework.receivers ?? []).filter((receiver) => !receiver.path).flatMap((receiver) => receiver.names)),
  ));
}

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
  const responseParameterNames = getResponseParameterNames();
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

/**
 * Whether a caller in this file may have given the header `name` to a response parameter (named as the frameworks name
 * them) of a function around `node`, an error helper's call whose response the analysis does not follow:
 * `fail(req, res, next)` returning `next(createError(401))`, called after `res.set('WWW-Authenticate', …)`. See
 * `callerMayHaveHeader`.
 */
export function responseParameterFromCallers(
  analysis: FileAnalysis,
  node: TSESTree.Node,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const names = getResponseParameterNames();
  for (let fn = node.parent; fn; fn = fn.parent) {
    if (!isFunction(fn)) continue;
    for (const variable of sourceCode.getDeclaredVariables(fn)) {
      if (variable.defs[0]?.type === 'Parameter' && names.has(variable.name) && fromCallers(analysis, variable, name, sourceCode, 0)) return true;
    }
  }
  return false;
}

/** How many callers up `callerMayHaveHeader` looks (`handler` → `setHeaders(res)` → `redirectIfNeeded(res)`). */
const CALLER_DEPTH = 3;

/**
 * Whether `response`, a response parameter of a function this file calls, may have the header `name` (lower-cased)
 * from a caller: `setResponseHeaders(state, res)` copies unknown headers onto `res` and then calls
 * `redirectIfNeeded(state, res)`, whose `res.status(307).end()` goes out with them. What the caller passes counts when it
 * gets a header of that name or one whose name cannot be read, or is handed to other code than the function itself,
 * unless only after the call's branch has returned; so does anything but a plain variable (`deny(this.res)`), and what
 * the callers of a caller pass when the caller's variable is a parameter too. A function the file never calls itself
 * (exported, or passed as a callback) has no caller here: false.
 */
export function callerMayHaveHeader(
  analysis: FileAnalysis,
  response: TrackedResponse,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const anchor = response.anchor;
  const variable = anchor.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(anchor), anchor) : null;
  return variable !== null && fromCallers(analysis, variable, name, sourceCode, 0);
}

function fromCallers(
  analysis: FileAnalysis,
  variable: Variable,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  const parameter = depth < CALLER_DEPTH ? parameterOf(variable, sourceCode) : undefined;
  if (!parameter) return false;
  for (const reference of parameter.callee.references) {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
    const argument = passedFor(call, parameter);
    if (argument === null) continue;
    if (argument?.type !== AST_NODE_TYPES.Identifier) return true;
    const passed = findVariable(sourceCode.getScope(argument), argument);
    if (!passed) return true;
    if (givenBefore(analysis, passed, call, parameter.callee, name, sourceCode)) return true;
    if (fromCallers(analysis, passed, name, sourceCode, depth + 1)) return true;
  }
  return false;
}

/**
 * Whether `passed`, the variable a caller hands to `callee` at `call`, may have the header by then: a tracked response
 * through its events, any other variable through a reference other than a call of `callee` (a hand-off, say).
 */
function givenBefore(
  analysis: FileAnalysis,
  passed: Variable,
  call: TSESTree.CallExpression,
  callee: Variable,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const tracked = responseGroups(analysis, sourceCode).byVariable.get(passed);
  if (tracked) {
    return tracked.some(
      (response) =>
        response.opaque ||
        response.events.some(
          (event) =>
            (event.type === 'headers'
              ? event.unknown || event.names.includes(name)
              : event.type === 'escape' && !isCallArgumentOf(event.node, callee, sourceCode)) &&
            !cannotFollow(response, call, event.node, sourceCode),
        ),
    );
  }
  const binding = passed.defs[0]?.name;
  return passed.references.some(
    (reference) =>
      !isCallArgumentOf(reference.identifier, callee, sourceCode) &&
      !(binding !== undefined && exitsBefore(call, reference.identifier, binding)),
  );
}

/**
 * The function whose parameter `variable` is, as the variable it is called through (`function f(res)`,
 * `const f = (state, res) => …`), the parameter's position and, for a parameter taken from an object
 * (`function f({ req, res })`), its key; undefined for other variables.
 */
function parameterOf(variable: Variable, sourceCode: Readonly<TSESLint.SourceCode>): CalledParameter | undefined {
  const definition = variable.defs[0];
  if (definition?.type !== 'Parameter' || !isFunction(definition.node)) return undefined;
  const fn = definition.node;
  let param: TSESTree.Node = withDefault(definition.name);
  let key: string | undefined;
  const property = param.parent;
  if (property?.type === AST_NODE_TYPES.Property && property.value === param && property.parent.type === AST_NODE_TYPES.ObjectPattern) {
    key = staticKey(property);
    if (key === undefined) return undefined;
    param = withDefault(property.parent);
  }
  const index = fn.params.indexOf(param as TSESTree.Parameter);
  if (index === -1) return undefined;
  let id: TSESTree.Node | null | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) id = fn.id;
  else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) id = fn.parent.id;
  if (id?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const callee = findVariable(sourceCode.getScope(fn), id);
  return callee ? { callee, index, key } : undefined;
}

interface CalledParameter {
  readonly callee: Variable;
  readonly index: number;
  /** The key the parameter is taken from, when the argument is an object (`f({ req, res })`). */
  readonly key: string | undefined;
}

/** `node`, or the pattern that gives it a default (`res = fallback`). */
function withDefault(node: TSESTree.Node): TSESTree.Node {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node ? parent : node;
}

function staticKey(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : undefined;
}

/**
 * Whether the function that declares the parameter `variable` is called in this file, and only ever with a plain object
 * in its place (an object literal, or a variable that holds one and nothing else): azurite's
 * `updateResponsePrefer(response, context)` sets `response.statusCode = 201` on the `{ statusCode: 201, … }` its callers
 * build, a service's own response model, not a framework's response (asked where the file imports no framework and
 * its package declares one: 348 parameters over the corpus rather than 2,307). A function declaration or a function held by a
 * variable is called through its variable (a reference that is no call, an export or a callback, leaves its callers
 * unknown: false); a class method through any call of a member of its name (`methodCalls`).
 */
export function givenOnlyPlainObjects(
  variable: Variable,
  sourceCode: Readonly<TSESLint.SourceCode>,
  methodCalls: (name: string) => readonly TSESTree.CallExpression[],
): boolean {
  const definition = variable.defs[0];
  if (definition?.type !== 'Parameter' || !isFunction(definition.node)) return false;
  const fn = definition.node;
  const index = fn.params.indexOf(withDefault(definition.name) as TSESTree.Parameter);
  if (index === -1) return false;
  const method = fn.parent;
  let calls: readonly TSESTree.CallExpression[];
  if (method?.type === AST_NODE_TYPES.MethodDefinition && method.value === fn) {
    if (method.computed || method.kind !== 'method' || method.key.type !== AST_NODE_TYPES.Identifier) return false;
    calls = methodCalls(method.key.name);
  } else {
    const parameter = parameterOf(variable, sourceCode);
    if (!parameter || parameter.key !== undefined) return false;
    const found: TSESTree.CallExpression[] = [];
    for (const reference of parameter.callee.references) {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return false;
      found.push(call);
    }
    calls = found;
  }
  return calls.length > 0 && calls.every((call) => isPlainObject(call.arguments[index], sourceCode));
}

function isPlainObject(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node?.type === AST_NODE_TYPES.ObjectExpression) return isLiteralObject(node);
  if (node?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name) return false;
  const init = definition.node.init;
  return init?.type === AST_NODE_TYPES.ObjectExpression && isLiteralObject(init) && variable!.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** An object literal that copies no other object in (`{ ...res }` may be a framework's response, extended). */
function isLiteralObject(node: TSESTree.ObjectExpression): boolean {
  return node.properties.every((property) => property.type === AST_NODE_TYPES.Property);
}

/**
 * What a call passes for `parameter`: the argument, or the value of the parameter's key in an object written there;
 * null when the call passes nothing for it, undefined when that cannot be read (`f(options)`, `f({ ...options })`).
 */
function passedFor(call: TSESTree.CallExpression, parameter: CalledParameter): TSESTree.Node | null | undefined {
  const argument = call.arguments[parameter.index];
  if (!argument) return null;
  if (parameter.key === undefined) return argument;
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  let spread = false;
  for (let index = argument.properties.length - 1; index >= 0; index--) {
    const property = argument.properties[index]!;
    if (property.type === AST_NODE_TYPES.SpreadElement) spread = true;
    else if (!spread && staticKey(property) === parameter.key) return property.value;
  }
  return spread ? undefined : null;
}

/**
 * Whether `node` is an argument of a call of `callee`, or a value in an object written as one (`f({ req, res })`): a
 * hand-off to the function being looked at is no other code.
 */
function isCallArgumentOf(node: TSESTree.Node, callee: Variable, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let argument = node;
  if (argument.parent?.type === AST_NODE_TYPES.Property && argument.parent.value === argument && argument.parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    argument = argument.parent.parent;
  }
  const call = argument.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.arguments.includes(argument as TSESTree.CallExpressionArgument) &&
    findVariable(sourceCode.getScope(call.callee), call.callee) === callee
  );
}

/** What an error handler's first parameter is called: `(err, req, res, next)`, `(error, request, reply)`, `(err, c)`. */
const ERROR_PARAMETER = /^(?:e|err|error|ex|exception)$|Err(?:or)?$/u;

/**
 * Whether `node`, where a status `code` is sent, is in an error handler on a branch taken only when the error it was
 * given has that status: `if (err.statusCode === 401) reply.code(401)`, `case 401:` of `switch (error.status)`, `&&`
 * and `?:` alike. Whatever raised the error may have set the status's header on the response before handing the error
 * on, and the handler's answer carries it: @fastify/basic-auth sets WWW-Authenticate and @fastify/rate-limit
 * Retry-After that way. Fastify's error handling keeps a reply's headers but for Content-Type and Content-Length, and
 * Express's and Hono's keep them all (observed on Fastify 5.12, Express 4 and Hono 4).
 */
export function restatesHandledErrorStatus(node: TSESTree.Node, code: number): boolean {
  let handler: TSESTree.Node | undefined = node.parent;
  while (handler && !isFunction(handler)) handler = handler.parent;
  if (!handler || !isFunction(handler) || handler.params.length < 2) return false;
  const error = handler.params[0]!;
  if (error.type !== AST_NODE_TYPES.Identifier || !ERROR_PARAMETER.test(error.name)) return false;
  const isErrorStatus = (expression: TSESTree.Node): boolean => {
    let read = expression;
    if (read.type === AST_NODE_TYPES.ChainExpression) read = read.expression;
    return (
      read.type === AST_NODE_TYPES.MemberExpression &&
      read.object.type === AST_NODE_TYPES.Identifier &&
      read.object.name === error.name &&
      !read.computed &&
      read.property.type === AST_NODE_TYPES.Identifier &&
      (read.property.name === 'status' || read.property.name === 'statusCode')
    );
  };
  const isCode = (expression: TSESTree.Node) => expression.type === AST_NODE_TYPES.Literal && expression.value === code;
  // The test holds only when the error's status is `code`: that comparison, alone or as an operand of `&&`.
  const requiresCode = (test: TSESTree.Node): boolean => {
    if (test.type === AST_NODE_TYPES.LogicalExpression) return test.operator === '&&' && (requiresCode(test.left) || requiresCode(test.right));
    return (
      test.type === AST_NODE_TYPES.BinaryExpression &&
      (test.operator === '===' || test.operator === '==') &&
      ((isErrorStatus(test.left) && isCode(test.right)) || (isCode(test.left) && isErrorStatus(test.right)))
    );
  };
  for (let child: TSESTree.Node = node, current = node.parent; current && current !== handler; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (current.consequent === child && requiresCode(current.test)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (current.operator === '&&' && current.right === child && requiresCode(current.left)) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (current.test && isCode(current.test) && current.consequent.includes(child as TSESTree.Statement) && isErrorStatus(current.parent.discriminant)) {
          return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}
