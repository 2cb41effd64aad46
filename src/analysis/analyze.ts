import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { FRAMEWORKS } from '../frameworks/index.js';
import type {
  ExportShape,
  FrameworkDefinition,
  HeaderArgument,
  MethodShape,
  PropertyShape,
  ResponseEffect,
  StatusArgument,
} from '../frameworks/types.js';
import { ModuleUsageCollector, requiredSource, type ModuleUsage } from './imports.js';
import { collectStatusComparisons } from './status-reads.js';
import type { FileAnalysis, ResponseEvent, StatusSite, StatusValue, TrackedResponse } from './types.js';
import { isNullish, resolveStatusValue, resolveString, unwrapExpression } from './values.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

export interface AnalyzeOptions {
  readonly versionOf: (framework: FrameworkDefinition) => number | undefined;
}

/** Nodes the single walk keeps for the passes that follow. */
interface Candidates {
  readonly calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  readonly assignments: TSESTree.AssignmentExpression[];
  readonly comparisons: TSESTree.BinaryExpression[];
  readonly switches: TSESTree.SwitchStatement[];
}

const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=']);

/**
 * Walks the file once and returns every status site and tracked response.
 * Callers go through `getFileAnalysis`, which caches the result per file.
 */
export function analyzeFile(
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: AnalyzeOptions,
  collected?: CandidateCollector,
): FileAnalysis {
  let collector = collected;
  if (!collector?.complete) {
    collector = new CandidateCollector();
    walk(sourceCode, collector);
  }
  const { modules } = collector;
  const candidates = collector.finish();
  const frameworks = new Set(FRAMEWORKS.filter((framework) => framework.modules.some((m) => modules.sources.has(m))));
  const analyzer = new Analyzer(sourceCode, modules, frameworks, options);
  analyzer.run(candidates);
  const { sites: comparisonSites, rangeChecks } = collectStatusComparisons(
    sourceCode,
    candidates.comparisons,
    candidates.switches,
    candidates.calls,
    modules,
  );
  const sites = [...analyzer.sites, ...comparisonSites].sort((a, b) => a.node.range[0] - b.node.range[0]);
  return {
    frameworks,
    sites,
    responses: analyzer.responses,
    rangeChecks,
    versionOf: options.versionOf,
  };
}

/**
 * Collects the candidate nodes. Fed by ESLint's own traversal when a rule registered `analysisListeners` (every rule
 * made with `createRule` does), otherwise by `walk`.
 */
export class CandidateCollector {
  readonly modules = new ModuleUsageCollector();
  readonly candidates: Candidates = { calls: [], assignments: [], comparisons: [], switches: [] };
  /** True once the traversal reached `Program:exit`, so the candidates are complete. */
  complete = false;

  visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        this.modules.addImport(node);
        break;
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        this.modules.addImportEquals(node);
        break;
      case AST_NODE_TYPES.CallExpression: {
        const source = requiredSource(node);
        if (source !== undefined) this.modules.addRequire(node, source);
        else this.candidates.calls.push(node);
        break;
      }
      case AST_NODE_TYPES.NewExpression:
        this.candidates.calls.push(node);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.left.type === AST_NODE_TYPES.MemberExpression) this.candidates.assignments.push(node);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (COMPARISON_OPERATORS.has(node.operator)) this.candidates.comparisons.push(node);
        break;
      case AST_NODE_TYPES.SwitchStatement:
        this.candidates.switches.push(node);
        break;
      default:
        break;
    }
  }

  /** Rule listeners that feed the collector from ESLint's traversal (no second walk of the AST). */
  listeners(): TSESLint.RuleListener {
    const visit = (node: TSESTree.Node): void => this.visit(node);
    return {
      ImportDeclaration: visit,
      TSImportEqualsDeclaration: visit,
      CallExpression: visit,
      NewExpression: visit,
      AssignmentExpression: visit,
      BinaryExpression: visit,
      SwitchStatement: visit,
      'Program:exit': () => {
        this.complete = true;
      },
    };
  }

  /** Source order, which the event logic relies on. */
  finish(): Candidates {
    this.candidates.calls.sort((a, b) => a.range[0] - b.range[0]);
    this.candidates.assignments.sort((a, b) => a.range[0] - b.range[0]);
    return this.candidates;
  }
}

/** Walks the AST itself when no collector ran with ESLint's traversal. */
function walk(sourceCode: Readonly<TSESLint.SourceCode>, collector: CandidateCollector): void {
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    collector.visit(node);
    if (node.type === AST_NODE_TYPES.ImportDeclaration) continue;
    const childKeys = keys[node.type];
    if (!childKeys) continue;
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item) stack.push(item);
        }
      } else if (child && typeof child === 'object' && 'type' in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** A receiver resolved to a tracked response. */
interface Receiver {
  readonly response: TrackedResponse;
}

class Analyzer {
  readonly sites: StatusSite[] = [];
  readonly responses: TrackedResponse[] = [];
  private readonly responseByKey = new Map<unknown, TrackedResponse>();
  private readonly receiverCache = new Map<TSESTree.Node, Receiver | null>();
  private readonly variableOfResponse = new Map<TrackedResponse, Variable>();
  private readonly exportShapes = new Map<TSESTree.Node, { shape: ExportShape; framework: FrameworkDefinition }[]>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly modules: ModuleUsage,
    private readonly frameworks: ReadonlySet<FrameworkDefinition>,
    private readonly options: AnalyzeOptions,
  ) {
    for (const framework of frameworks) {
      for (const receiver of framework.receivers ?? []) {
        for (const name of receiver.names) this.receiverNames.add(name);
        if (receiver.typeNames?.length && [...modules.bindings.values()].some((b) => framework.modules.includes(b.source))) {
          this.typedReceivers = true;
        }
      }
    }
    this.hasReceivers = this.receiverNames.size > 0 || this.typedReceivers;
  }

  /** Names of receivers (`res`, `ctx`) of the frameworks the file imports. */
  private readonly receiverNames = new Set<string>();
  /** The file imports a framework whose receivers can be recognised by a type annotation. */
  private typedReceivers = false;
  private hasReceivers = false;

  run(candidates: Candidates): void {
    this.trackExports();
    for (const call of candidates.calls) this.visitCall(call);
    for (const assignment of candidates.assignments) this.visitAssignment(assignment);
    this.findEscapes();
    for (const response of this.responses) response.events.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  // ---- imported functions and globals (createError, new Response, Response.redirect…) ----

  private trackExports(): void {
    const moduleMap: Record<string, Record<PropertyKey, unknown>> = {};
    for (const framework of FRAMEWORKS) {
      for (const shape of framework.exports ?? []) {
        if (!framework.modules.some((m) => this.modules.sources.has(m))) break;
        for (const source of framework.modules) addTrace(moduleMap, source, shape, framework);
      }
    }
    const globalMap = globalTraceMap();
    const globalScope = this.sourceCode.scopeManager!.globalScope!;
    const hasModules = Object.keys(moduleMap).length > 0;
    // Nothing to track: no framework module imported and none of the globals (`Response`) used.
    if (!hasModules && !usesGlobals(globalScope, globalMap)) return;
    const tracker = new ASTUtils.ReferenceTracker(withImplicitGlobals(globalScope, ['require', ...Object.keys(globalMap)]));
    type Info = { shape: ExportShape; framework: FrameworkDefinition };
    type TraceMap = Parameters<typeof tracker.iterateEsmReferences>[0];
    const found = [
      ...(hasModules ? tracker.iterateEsmReferences(moduleMap as TraceMap) : []),
      ...(hasModules ? tracker.iterateCjsReferences(moduleMap as TraceMap) : []),
      ...tracker.iterateGlobalReferences(globalMap as TraceMap),
    ];
    for (const reference of found) {
      const info = reference.info as Info;
      const list = this.exportShapes.get(reference.node) ?? [];
      if (!list.some((entry) => entry.shape === info.shape)) list.push(info);
      this.exportShapes.set(reference.node, list);
    }
  }

  // ---- calls ----

  private visitCall(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const exported = this.exportShapes.get(call);
    if (exported) {
      for (const { shape, framework } of exported) {
        if (Boolean(shape.construct) !== (call.type === AST_NODE_TYPES.NewExpression)) continue;
        if (!this.appliesToVersion(shape, framework)) continue;
        this.applyExportShape(call, shape, framework);
      }
      return;
    }
    if (call.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    if (!this.hasReceivers) return;
    const method = propertyName(callee, () => this.scopeOf(call));
    if (method === null) return;
    const receiver = this.resolveReceiver(callee.object);
    if (!receiver) return;
    const shape = this.findMethod(receiver.response.framework, method);
    if (!shape) return;
    this.applyEffect(receiver.response, call, call.arguments, shape, method);
  }

  private applyExportShape(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    shape: ExportShape,
    framework: FrameworkDefinition,
  ): void {
    let response: TrackedResponse | undefined;
    if (shape.createsResponse) response = this.responseFor(call, framework, call);
    if (response) {
      this.applyEffect(response, call, call.arguments, shape, shape.label ?? shape.path.join('.'));
    } else {
      this.addSites(undefined, call, call.arguments, shape, framework);
    }
  }

  private applyEffect(
    response: TrackedResponse,
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    args: readonly TSESTree.CallExpressionArgument[],
    effect: ResponseEffect,
    method: string,
  ): void {
    const events = response.events;
    if (call.type === AST_NODE_TYPES.CallExpression) events.push({ type: 'call', node: call, effect, method });
    const site = this.addSites(response, call, args, effect, response.framework);
    if (site) events.push({ type: 'status', node: call, site });
    if (effect.phrase) {
      const phrase = argumentAt(args, effect.phrase, this.scopeOf(call));
      if (phrase && !(isStringish(phrase) === false)) events.push({ type: 'phrase', node: call, value: phrase });
    }
    for (const header of effect.headers ?? []) {
      const event = this.readHeaders(call, args, header, effect);
      if (event) events.push(event);
    }
    if (effect.body === true) events.push({ type: 'body', node: call, effect });
    else if (effect.body && !isNullish(args[effect.body.index])) {
      const body = args[effect.body.index];
      if (body && body.type !== AST_NODE_TYPES.SpreadElement) events.push({ type: 'body', node: body, effect });
    }
  }

  /** Records the status site(s) of a call; returns the site of its own status argument. */
  private addSites(
    response: TrackedResponse | undefined,
    owner: TSESTree.Node,
    args: readonly TSESTree.CallExpressionArgument[],
    effect: ResponseEffect,
    framework: FrameworkDefinition,
  ): StatusSite | undefined {
    if (!effect.status) return undefined;
    const scope = this.scopeOf(owner);
    const node = argumentAt(args, effect.status, scope);
    if (!node) return undefined;
    const value = resolveStatusValue(node, scope);
    if ('numericOnly' in effect.status && effect.status.numericOnly && !looksNumeric(value)) return undefined;
    const phraseNode = effect.phrase ? argumentAt(args, effect.phrase, scope) : undefined;
    const site: StatusSite = {
      node,
      value,
      role: effect.role ?? 'response',
      framework,
      effect: rangeLifted(effect, args, scope) ? withoutRange(effect) : effect,
      owner,
      response,
      ...(phraseNode && isStringish(phraseNode) !== false ? { phrase: phraseNode } : {}),
    };
    this.sites.push(site);
    return site;
  }

  private readHeaders(
    call: TSESTree.Node,
    args: readonly TSESTree.CallExpressionArgument[],
    header: HeaderArgument,
    effect: ResponseEffect,
  ): ResponseEvent | undefined {
    const scope = this.scopeOf(call);
    if (header.kind === 'fixed') return { type: 'headers', node: call, names: header.names, unknown: false, effect };
    if (header.kind === 'pair') {
      const nameNode = args[header.nameIndex];
      if (!nameNode) return undefined;
      if (nameNode.type === AST_NODE_TYPES.SpreadElement) return { type: 'headers', node: call, names: [], unknown: true, effect };
      const name = resolveString(nameNode, scope);
      if (name !== undefined) return { type: 'headers', node: call, names: [name.toLowerCase()], unknown: false, effect };
      if (header.objectForm) return headersFromValue(call, nameNode, scope, effect);
      return { type: 'headers', node: call, names: [], unknown: true, effect };
    }
    const index = header.index === 'last' ? args.length - 1 : header.index;
    if (index < 0) return undefined;
    let value: TSESTree.Node | undefined = args[index];
    if (!value) return undefined;
    if (value.type === AST_NODE_TYPES.SpreadElement) return { type: 'headers', node: call, names: [], unknown: true, effect };
    if (header.key) {
      const expression = unwrapExpression(value);
      if (expression.type !== AST_NODE_TYPES.ObjectExpression) {
        // `writeHead(404, 'Not Found')`: the last argument is the phrase, not headers.
        if (isStringish(expression) === true || expression.type === AST_NODE_TYPES.Literal) return undefined;
        return { type: 'headers', node: call, names: [], unknown: true, effect };
      }
      value = findProperty(expression, header.key, scope);
      if (!value) {
        return hasUnknownKeys(expression) ? { type: 'headers', node: call, names: [], unknown: true, effect } : undefined;
      }
    }
    const expression = unwrapExpression(value);
    if (header.index === 'last' && !header.key && (expression.type === AST_NODE_TYPES.Literal || index === 0)) {
      // writeHead(status[, phrase][, headers]): only a later object argument is headers.
      if (expression.type !== AST_NODE_TYPES.ObjectExpression && expression.type !== AST_NODE_TYPES.ArrayExpression) {
        return undefined;
      }
    }
    return headersFromValue(call, value, scope, effect);
  }

  // ---- assignments (res.statusCode = 404, ctx.body = x) ----

  private visitAssignment(assignment: TSESTree.AssignmentExpression): void {
    if (assignment.operator !== '=' || !this.hasReceivers) return;
    const target = assignment.left as TSESTree.MemberExpression;
    const scope = this.scopeOf(assignment);
    const property = ASTUtils.getPropertyName(target, scope);
    if (property === null) return;
    const receiver = this.resolveReceiver(target.object);
    if (!receiver) return;
    const response = receiver.response;
    const shape = this.findProperty(response.framework, property);
    if (!shape) return;
    if (shape.value === 'status') {
      const value = resolveStatusValue(assignment.right, scope);
      const site: StatusSite = {
        node: assignment.right,
        value,
        role: shape.role ?? 'response',
        framework: response.framework,
        effect: shape,
        owner: assignment,
        response,
      };
      this.sites.push(site);
      response.events.push({ type: 'status', node: assignment, site });
    } else if (shape.value === 'phrase') {
      response.events.push({ type: 'phrase', node: assignment, value: assignment.right });
    } else if (!isNullish(assignment.right)) {
      response.events.push({ type: 'body', node: assignment.right, effect: shape });
    }
  }

  // ---- receivers ----

  /**
   * Decides whether an expression is a response object of an imported framework:
   * a parameter with a conventional name (`res`, `ctx`, `reply`) or a framework type annotation,
   * a path from one (`ctx.response`), or a chain of chainable calls on one (`res.status(404)`).
   */
  private resolveReceiver(node: TSESTree.Node): Receiver | undefined {
    const cached = this.receiverCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.computeReceiver(unwrapExpression(node)) ?? null;
    this.receiverCache.set(node, result);
    return result ?? undefined;
  }

  private computeReceiver(node: TSESTree.Node): Receiver | undefined {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const inner = this.resolveReceiver(callee.object);
      if (!inner) return undefined;
      const method = ASTUtils.getPropertyName(callee);
      const shape = method === null ? undefined : this.findMethod(inner.response.framework, method);
      return shape?.chainable ? inner : undefined;
    }
    const path: string[] = [];
    let root: TSESTree.Node = node;
    while (root.type === AST_NODE_TYPES.MemberExpression) {
      const name = ASTUtils.getPropertyName(root);
      if (name === null) return undefined;
      path.unshift(name);
      root = unwrapExpression(root.object);
    }
    if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
    // Cheap before the scope lookup: a receiver has a conventional name, or a type annotation from an imported framework.
    if (!this.receiverNames.has(root.name) && !this.typedReceivers) return undefined;
    const variable = ASTUtils.findVariable(this.scopeOf(root), root);
    if (!variable) return undefined;
    for (const framework of this.frameworks) {
      for (const receiver of framework.receivers ?? []) {
        if (!samePath(receiver.path ?? [], path)) continue;
        if (this.matchesReceiver(variable, receiver.names, receiver.typeNames ?? [], framework)) {
          const response = this.responseFor(`${framework.id}:${path.join('.')}`, framework, root, variable);
          return { response };
        }
      }
    }
    return undefined;
  }

  private matchesReceiver(
    variable: Variable,
    names: readonly string[],
    typeNames: readonly string[],
    framework: FrameworkDefinition,
  ): boolean {
    const definition = variable.defs[0];
    if (definition?.type !== 'Parameter') return false;
    const annotation = parameterTypeName(definition.name);
    if (annotation !== undefined) {
      const binding = this.modules.bindings.get(annotation.root);
      if (binding && framework.modules.includes(binding.source)) {
        const exported = annotation.member ?? (binding.imported === 'default' || binding.imported === '*' ? undefined : binding.imported);
        if (exported !== undefined && typeNames.includes(exported)) return true;
      }
    }
    return names.includes(variable.name);
  }

  private responseFor(
    key: unknown,
    framework: FrameworkDefinition,
    anchor: TSESTree.Node,
    variable?: Variable,
  ): TrackedResponse {
    const fullKey = variable ? `${key as string}` : key;
    const scopedKey = variable ? variableKey(variable, fullKey as string) : fullKey;
    let response = this.responseByKey.get(scopedKey);
    if (!response) {
      response = { id: this.responses.length, framework, anchor, events: [], escaped: false };
      this.responseByKey.set(scopedKey, response);
      this.responses.push(response);
      if (variable) this.variableOfResponse.set(response, variable);
    }
    return response;
  }

  /** A response passed to unknown code (`helper(res)`, `{ res }`, `other = res`) may get any header. */
  private findEscapes(): void {
    for (const [response, variable] of this.variableOfResponse) {
      for (const reference of variable.references) {
        const parent = reference.identifier.parent;
        if (!parent) continue;
        const escapes =
          (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(reference.identifier as TSESTree.Identifier)) ||
          (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments.includes(reference.identifier as TSESTree.Identifier)) ||
          (parent.type === AST_NODE_TYPES.Property && parent.value === reference.identifier) ||
          (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === reference.identifier) ||
          (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === reference.identifier) ||
          parent.type === AST_NODE_TYPES.SpreadElement ||
          parent.type === AST_NODE_TYPES.ArrayExpression;
        if (escapes) {
          response.escaped = true;
          response.events.push({ type: 'escape', node: reference.identifier });
        }
      }
    }
  }

  // ---- lookups ----

  private findMethod(framework: FrameworkDefinition, name: string): MethodShape | undefined {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      for (const shape of current.methods ?? []) {
        if (shape.method === name && this.appliesToVersion(shape, framework)) return shape;
      }
    }
    return undefined;
  }

  private findProperty(framework: FrameworkDefinition, name: string): PropertyShape | undefined {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      const shape = current.properties?.find((p) => p.property === name && this.appliesToVersion(p, framework));
      if (shape) return shape;
    }
    return undefined;
  }

  private appliesToVersion(effect: ResponseEffect, framework: FrameworkDefinition): boolean {
    if (!effect.versions) return true;
    const version = this.options.versionOf(framework);
    return version === undefined || effect.versions.includes(version);
  }

  private scopeOf(node: TSESTree.Node): Scope {
    return this.sourceCode.getScope(node);
  }
}

function usesGlobals(globalScope: Scope, globalMap: Record<string, unknown>): boolean {
  for (const name in globalMap) {
    if ((globalScope.set.get(name)?.references.length ?? 0) > 0) return true;
  }
  return globalScope.through.some((reference) => Object.hasOwn(globalMap, reference.identifier.name));
}

let globalTraces: Record<string, Record<PropertyKey, unknown>> | undefined;

/** The trace map of every framework's globals (the same for every file, so built once). */
function globalTraceMap(): Record<string, Record<PropertyKey, unknown>> {
  if (!globalTraces) {
    globalTraces = {};
    for (const framework of FRAMEWORKS) {
      for (const shape of framework.globals ?? []) addTrace(globalTraces, undefined, shape, framework);
    }
  }
  return globalTraces;
}

function addTrace(
  map: Record<string, Record<PropertyKey, unknown>>,
  source: string | undefined,
  shape: ExportShape,
  framework: FrameworkDefinition,
): void {
  const kind = shape.construct ? ASTUtils.ReferenceTracker.CONSTRUCT : ASTUtils.ReferenceTracker.CALL;
  // 'default' of a CommonJS-style module is the module itself (`require('x')(...)`, `import x from 'x'`).
  const path = shape.path[0] === 'default' ? shape.path.slice(1) : shape.path;
  const keys = source === undefined ? path : [source, ...path];
  let node: Record<PropertyKey, unknown> = map;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Record<PropertyKey, unknown>;
  }
  node[kind] = { shape, framework };
}

/**
 * ReferenceTracker only follows globals the config declares. Files linted without `globals`
 * (TypeScript projects rarely set them) still call `require()` and `new Response()`, so unresolved
 * references to those names are presented to the tracker as implicit globals.
 */
function withImplicitGlobals(globalScope: Scope, names: readonly string[]): Scope {
  const wanted = new Set(names.filter((name) => !globalScope.set.has(name)));
  const found = new Map<string, TSESLint.Scope.Reference[]>();
  for (const reference of globalScope.through) {
    const name = reference.identifier.name;
    if (!wanted.has(name)) continue;
    const list = found.get(name);
    if (list) list.push(reference);
    else found.set(name, [reference]);
  }
  if (found.size === 0) return globalScope;
  const set = new Map<string, unknown>(globalScope.set);
  for (const [name, references] of found) set.set(name, { name, defs: [], references, identifiers: [] });
  return Object.assign(Object.create(globalScope) as Scope, { set });
}

/** The name of a member's property; the scope is only computed for computed members (`res['status']`). */
function propertyName(member: TSESTree.MemberExpression, scope: () => Scope): string | null {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  return ASTUtils.getPropertyName(member, scope());
}

function variableKey(variable: Variable, key: string): string {
  const id = variable.identifiers[0];
  return `${id ? id.range[0] : -1}:${variable.name}:${key}`;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** `res: Response` → { root: 'Response' }; `ctx: Koa.Context` → { root: 'Koa', member: 'Context' }. */
function parameterTypeName(id: TSESTree.Node): { root: string; member?: string } | undefined {
  const annotation = 'typeAnnotation' in id ? (id.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : undefined;
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return { root: name.name };
  if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier) {
    return { root: name.left.name, member: name.right.name };
  }
  return undefined;
}

function argumentAt(
  args: readonly TSESTree.CallExpressionArgument[],
  spec: StatusArgument,
  scope: Scope,
): TSESTree.Node | undefined {
  // Arguments after a spread have unknown positions.
  for (let i = 0; i <= spec.index && i < args.length; i++) {
    if (args[i]?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  }
  const argument = args[spec.index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!('key' in spec)) return argument;
  const object = unwrapExpression(argument);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  return findProperty(object, spec.key, scope);
}

/** The status sits in an object argument that also has a key of `accepts.unlessKeys` (`{ status: 101, webSocket }`). */
function rangeLifted(effect: ResponseEffect, args: readonly TSESTree.CallExpressionArgument[], scope: Scope): boolean {
  const unlessKeys = effect.accepts?.unlessKeys;
  if (!unlessKeys || !effect.status || !('key' in effect.status)) return false;
  const argument = args[effect.status.index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return false;
  const object = unwrapExpression(argument);
  return object.type === AST_NODE_TYPES.ObjectExpression && findProperty(object, unlessKeys, scope) !== undefined;
}

function withoutRange(effect: ResponseEffect): ResponseEffect {
  const rest: { -readonly [K in keyof ResponseEffect]: ResponseEffect[K] } = { ...effect };
  delete rest.accepts;
  return rest;
}

/** The value of the first property named one of `keys` (`{ status: 404 }`, `{ ':status': 404 }`, `{ [HTTP2_HEADER_STATUS]: … }`). */
function findProperty(object: TSESTree.ObjectExpression, keys: readonly string[], scope: Scope): TSESTree.Node | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i]!;
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = ASTUtils.getPropertyName(property, scope);
    if (name !== null && keys.includes(name)) return property.value;
  }
  return undefined;
}

function hasUnknownKeys(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) => property.type === AST_NODE_TYPES.SpreadElement || (property.computed && property.key.type !== AST_NODE_TYPES.Literal),
  );
}

/** Header names from `{ Location: u }`, `new Headers({…})`, `[['Location', u]]`, `['Location', u]` (flat). */
function headersFromValue(call: TSESTree.Node, value: TSESTree.Node, scope: Scope, effect: ResponseEffect): ResponseEvent {
  let expression = unwrapExpression(value);
  if (
    expression.type === AST_NODE_TYPES.NewExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'Headers'
  ) {
    const init = expression.arguments[0];
    if (!init) return { type: 'headers', node: call, names: [], unknown: false, effect };
    expression = unwrapExpression(init);
  }
  const names: string[] = [];
  let unknown = false;
  if (expression.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of expression.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        unknown = true;
        continue;
      }
      const name = ASTUtils.getPropertyName(property, scope);
      if (name === null) unknown = true;
      else names.push(name.toLowerCase());
    }
  } else if (expression.type === AST_NODE_TYPES.ArrayExpression) {
    for (const [i, element] of expression.elements.entries()) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) {
        unknown = true;
        continue;
      }
      const entry = unwrapExpression(element);
      if (entry.type === AST_NODE_TYPES.ArrayExpression) {
        const first = entry.elements[0];
        const name = first && first.type !== AST_NODE_TYPES.SpreadElement ? resolveString(first, scope) : undefined;
        if (name === undefined) unknown = true;
        else names.push(name.toLowerCase());
      } else if (i % 2 === 0) {
        // Flat [name, value, name, value] form of writeHead.
        const name = resolveString(entry, scope);
        if (name === undefined) unknown = true;
        else names.push(name.toLowerCase());
      }
    }
  } else {
    unknown = true;
  }
  return { type: 'headers', node: call, names, unknown, effect };
}

function looksNumeric(value: StatusValue): boolean {
  return value.kind === 'number' || (value.kind === 'string' && /^\s*\d+\s*$/u.test(value.value));
}

/** true: certainly a string; false: certainly not; undefined: cannot tell. */
function isStringish(node: TSESTree.Node): boolean | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return typeof expression.value === 'string';
  if (expression.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (
    expression.type === AST_NODE_TYPES.ObjectExpression ||
    expression.type === AST_NODE_TYPES.ArrayExpression ||
    expression.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    expression.type === AST_NODE_TYPES.FunctionExpression
  ) {
    return false;
  }
  return undefined;
}
