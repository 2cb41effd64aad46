import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { CLIENTS, type ClientDefinition } from '../frameworks/clients.js';
import { findVariable, getPropertyName } from './ast-utils.js';
import type { ModuleUsage } from './imports.js';
import type { ClientRequest, StatusInterval } from './types.js';
import { unwrapExpression } from './values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** What a variable holds: the client module itself, or an instance made by one of its factories. */
interface ClientHandle {
  readonly client: ClientDefinition;
  /** The factory call's options, for instances. */
  readonly config: TSESTree.Node | undefined;
  /** For instances: the variable of the client it was made from (its defaults apply too). */
  readonly parent: Variable | undefined;
}

/**
 * Links status reads (`res.status`, `res.statusCode`, `status` destructured from a response) to the client
 * request that produced them: `const res = await axios.get(u)`, `api.post(u, body)` on `api = axios.create(…)`,
 * `got(u, options)`, and `.then((res) => …)` on such a call.
 */
export class RequestLinker {
  private readonly handles = new Map<Variable, ClientHandle | null>();
  /** Variables (clients or instances) whose defaults are changed, or that can turn rejections into responses. */
  private readonly changed = new Set<Variable>();
  private readonly cache = new Map<TSESTree.Node, ClientRequest | null>();
  private readonly clients: readonly ClientDefinition[];

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly modules: ModuleUsage,
    calls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
    /** Assignments to a member, asked for only when the file uses a client. */
    memberAssignments: () => readonly TSESTree.AssignmentExpression[],
  ) {
    this.clients = CLIENTS.filter((client) => client.modules.some((m) => modules.sources.has(m)));
    if (this.clients.length === 0) return;
    for (const assignment of memberAssignments()) {
      const target = this.memberRoot(assignment.left);
      if (target && target.handle.client.defaults.some((path) => startsWith(target.path, path))) {
        this.changed.add(target.variable);
      }
    }
    for (const call of calls) {
      if (call.type !== AST_NODE_TYPES.CallExpression) continue;
      const target = this.memberRoot(call.callee);
      if (target && target.handle.client.escapes.some((path) => startsWith(target.path, path))) this.changed.add(target.variable);
    }
  }

  /** Whether the file uses a client library at all: otherwise no status read comes from a request. */
  get usesClient(): boolean {
    return this.clients.length > 0;
  }

  requestOf(read: TSESTree.Node): ClientRequest | undefined {
    if (this.clients.length === 0) return undefined;
    // Every operand of every comparison is asked about: the syntax rules most out before the cache is consulted.
    const expression = unwrapExpression(read);
    let holder: TSESTree.Identifier | undefined;
    let destructured = false;
    if (expression.type === AST_NODE_TYPES.MemberExpression) {
      const property = getPropertyName(expression);
      const object = unwrapExpression(expression.object);
      if ((property === 'status' || property === 'statusCode') && object.type === AST_NODE_TYPES.Identifier) holder = object;
    } else if (expression.type === AST_NODE_TYPES.Identifier && (expression.name === 'status' || expression.name === 'statusCode')) {
      holder = expression;
      destructured = true;
    }
    if (!holder) return undefined;
    const cached = this.cache.get(read);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.compute(holder, destructured) ?? null;
    this.cache.set(read, result);
    return result ?? undefined;
  }

  /** The request whose response `holder` (`res` of `res.status`, or a destructured `status`) holds. */
  private compute(holder: TSESTree.Identifier, destructured: boolean): ClientRequest | undefined {
    const variable = findVariable(this.sourceCode.getScope(holder), holder);
    if (!variable || variable.defs.length !== 1) return undefined;
    // Reassigned variables may hold something else by the time they are read.
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
    const definition = variable.defs[0]!;
    let call: TSESTree.Node | undefined;
    if (definition.type === 'Variable') {
      const declarator = definition.node;
      if (destructured !== (declarator.id.type === AST_NODE_TYPES.ObjectPattern)) return undefined;
      if (!declarator.init) return undefined;
      const init = unwrapExpression(declarator.init);
      if (init.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
      call = unwrapExpression(init.argument);
    } else if (definition.type === 'Parameter' && !destructured) {
      // `request.then((res) => res.status === 404)`
      const fn = definition.node;
      const parent = fn.parent;
      if (
        fn.params[0] === definition.name &&
        parent?.type === AST_NODE_TYPES.CallExpression &&
        parent.arguments[0] === fn &&
        parent.callee.type === AST_NODE_TYPES.MemberExpression &&
        getPropertyName(parent.callee) === 'then'
      ) {
        call = unwrapExpression(parent.callee.object);
      }
    }
    if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
    return this.classify(call);
  }

  /** Is this call a request of a known client (directly or on an instance), and does it throw on error statuses? */
  private classify(call: TSESTree.CallExpression): ClientRequest | undefined {
    const target = this.memberRoot(call.callee, true);
    if (!target) return undefined;
    const { handle, path, variable } = target;
    const client = handle.client;
    const shape = client.requests.find((request) => samePath(request.path, path));
    if (!shape) return undefined;
    const resolves: StatusInterval[] = [...client.resolves];
    // An instance inherits the defaults of the client it was made from.
    let throwsOnError: boolean | undefined = !this.changed.has(variable) && !(handle.parent && this.changed.has(handle.parent));
    for (const config of [handle.config, configArgument(call, shape.config)]) {
      if (!config || throwsOnError === undefined) continue;
      const verdict = this.readConfig(config, client, resolves);
      if (verdict !== true) throwsOnError = verdict;
    }
    return { node: call, client, throwsOnError, resolves };
  }

  /** true: still throws; false: the option turns throwing off; undefined: cannot tell. */
  private readConfig(config: TSESTree.Node, client: ClientDefinition, resolves: StatusInterval[]): boolean | undefined {
    const object = unwrapExpression(config);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    let result: boolean | undefined = true;
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const name = getPropertyName(property, this.sourceCode.getScope(property));
      if (name === null) return undefined;
      const value = unwrapExpression(property.value);
      const literal = value.type === AST_NODE_TYPES.Literal ? value.value : undefined;
      if (name === client.throwOption.key) {
        if (value.type !== AST_NODE_TYPES.Literal || !client.throwOption.keepsThrowing.includes(literal as never)) result = false;
      } else if (client.redirectOption && name === client.redirectOption.key && literal !== true) {
        resolves.push(client.redirectOption.resolves);
      } else if (client.escapes.some((path) => path.length === 1 && path[0] === name)) {
        result = undefined;
      }
    }
    return result;
  }

  /**
   * `axios.get` → { axios handle, path ['get'] }; `api.defaults.validateStatus` → { api handle, ['defaults', 'validateStatus'] }.
   * `bare` allows a call of the root itself (`axios(config)`).
   */
  private memberRoot(
    node: TSESTree.Node,
    bare = false,
  ): { handle: ClientHandle; path: string[]; variable: Variable } | undefined {
    const path: string[] = [];
    let current = unwrapExpression(node);
    while (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(current);
      if (name === null) return undefined;
      path.unshift(name);
      current = unwrapExpression(current.object);
    }
    if (current.type !== AST_NODE_TYPES.Identifier || (!bare && path.length === 0)) return undefined;
    const variable = findVariable(this.sourceCode.getScope(current), current);
    if (!variable) return undefined;
    const handle = this.handleOf(variable);
    return handle ? { handle, path, variable } : undefined;
  }

  private handleOf(variable: Variable): ClientHandle | undefined {
    const cached = this.handles.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    this.handles.set(variable, null);
    let handle: ClientHandle | undefined;
    const binding = this.modules.bindings.get(variable.name);
    const definition = variable.defs[0];
    const client = binding && this.clients.find((c) => c.modules.includes(binding.source));
    if (client && binding && (binding.imported === 'default' || binding.imported === '*') && definition?.type !== 'Parameter') {
      handle = { client, config: undefined, parent: undefined };
    } else if (definition?.type === 'Variable' && definition.node.id.type === AST_NODE_TYPES.Identifier && definition.node.init) {
      // const api = axios.create({ baseURL }) / const client = got.extend({ prefixUrl })
      const init = unwrapExpression(definition.node.init);
      if (init.type === AST_NODE_TYPES.CallExpression && variable.references.every((r) => !r.isWrite() || r.init)) {
        const target = this.memberRoot(init.callee);
        const factory = target?.handle.client.factories.find((f) => samePath(f.path, target.path));
        if (target && factory) {
          const own = init.arguments[factory.config];
          const config = own?.type === AST_NODE_TYPES.SpreadElement ? init : own;
          handle = { client: target.handle.client, config, parent: target.variable };
        }
      }
    }
    this.handles.set(variable, handle ?? null);
    return handle;
  }
}

function configArgument(call: TSESTree.CallExpression, index: number | 'last'): TSESTree.Node | undefined {
  const args = call.arguments;
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return call;
  if (index !== 'last') return args[index];
  const last = args.at(-1);
  if (!last) return undefined;
  const expression = unwrapExpression(last);
  // `axios(url)` / `got(url)`: a lone URL is not options.
  if (args.length === 1 && (expression.type === AST_NODE_TYPES.Literal || expression.type === AST_NODE_TYPES.TemplateLiteral)) {
    return undefined;
  }
  if (args.length === 1 && expression.type !== AST_NODE_TYPES.ObjectExpression) return call;
  return last;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}
