import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { FRAMEWORKS } from '../frameworks/index.js';
import { RESPONSE_NAME_PATTERN } from '../frameworks/testing.js';
import type { FrameworkDefinition, ReceiverShape } from '../frameworks/types.js';

/**
 * Optional type information for the shared analysis.
 *
 * When the file is linted with typed linting (`parserOptions.projectService` or `project`), the parser
 * hands over a TypeScript program. The analysis then asks the checker two questions, and only about
 * nodes that syntax already made candidates (a status argument, the object of a known response method):
 *
 * - `responseTypeOf`: is this expression a framework response (Express `Response`, Koa `Context`,
 *   Fastify `FastifyReply`, Node `ServerResponse`, Fetch `Response`…)? The answer comes from the
 *   frameworks' `ReceiverShape.typeNames` and `typeModules`, never from a list here.
 * - `literalValuesOf`: is this expression's type a number/string literal or a small union of them?
 *
 * Without a program every answer is `undefined` and the analysis behaves exactly as without types;
 * no rule `requiresTypeChecking`.
 */
export interface TypeInfo {
  /**
   * The response type of `node`: a match when its type (or a base, constraint, or every member of a union)
   * is a framework response type; `null` when the type is clearly not a response (a primitive, or a type
   * declared in the project's own source files that extends no response type); `undefined` when types
   * cannot tell (`any`, unresolved imports, library types the frameworks do not declare).
   */
  responseTypeOf(node: TSESTree.Node): ResponseTypeMatch | null | undefined;
  /** The values of a number/string literal type or of a union of at most `MAX_UNION_MEMBERS` of them. */
  literalValuesOf(node: TSESTree.Node): readonly (number | string)[] | undefined;
  /** The primitive kind of the expression's type (ignoring `null`/`undefined`): undefined for `any`, unions of kinds, type parameters. */
  primitiveKindOf(node: TSESTree.Node): 'number' | 'string' | 'boolean' | 'object' | undefined;
}

export interface ResponseTypeMatch {
  readonly framework: FrameworkDefinition;
  readonly receiver: ReceiverShape;
}

/**
 * Larger unions are declared parameter types (`code: HttpStatus` spans a whole enum), not a value the
 * code chooses between; they stay unknown.
 */
export const MAX_UNION_MEMBERS = 16;

// ts.TypeFlags values (the layout of TypeScript 5.0 and later); the plugin does not load `typescript` at run time.
const ANY_OR_UNKNOWN = 1 | 2;
const STRING_LIKE = 32 | 1024 | 4194304 | 8388608;
const NUMBER_LIKE = 64 | 2048 | 32768 | 65536;
const BOOLEAN_LIKE = 256 | 8192;
const OBJECT_LIKE = 1048576 | 131072;
const NULLISH = 4 | 8 | 16;
const TYPE_PARAMETER = 524288;
/** Type parameters, substitutions, indexed accesses and conditional types: read through their constraint. */
const INSTANTIABLE = TYPE_PARAMETER | 16777216 | 33554432 | 67108864;

const typeInfoByAst = new WeakMap<object, TypeInfo>();

/** The type information of a file, or undefined when it is linted without types. Cached per AST. */
export function getTypeInfo(sourceCode: Readonly<TSESLint.SourceCode>): TypeInfo | undefined {
  // Asked for every status read of a file: the last file's answer is kept at hand.
  if (sourceCode.ast === lastAst) return lastInfo;
  const info = lookUpTypeInfo(sourceCode);
  lastAst = sourceCode.ast;
  lastInfo = info;
  return info;
}
let lastAst: object | undefined;
let lastInfo: TypeInfo | undefined;

function lookUpTypeInfo(sourceCode: Readonly<TSESLint.SourceCode>): TypeInfo | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  // Untyped files (most lint runs) have nothing to register.
  if (!program || !map) return undefined;
  let info = typeInfoByAst.get(sourceCode.ast);
  if (!info) {
    info = createTypeInfo(program, (node) => map.get(node as never));
    typeInfoByAst.set(sourceCode.ast, info);
    anyTypedFile = true;
  }
  return info;
}

/** Whether any file was linted with type information (until then `typeInfoOfScope` has nothing to find). */
let anyTypedFile = false;

/**
 * The type information registered for the file a scope belongs to (helpers that only receive a scope,
 * such as `resolveStatusValue`). Registered by `getTypeInfo`, which the analysis calls first.
 */
export function typeInfoOfScope(scope: TSESLint.Scope.Scope): TypeInfo | undefined {
  if (!anyTypedFile) return undefined;
  let current: TSESLint.Scope.Scope = scope;
  while (current.upper) current = current.upper;
  return typeInfoByAst.get(current.block);
}

interface TypeEntry {
  readonly framework: FrameworkDefinition;
  readonly receiver: ReceiverShape;
  readonly modules: readonly string[];
}

let typeIndex: Map<string, TypeEntry[]> | undefined;

/** Type name → the frameworks that declare it, most specific framework first (the order of FRAMEWORKS). */
function frameworkTypeIndex(): Map<string, TypeEntry[]> {
  if (typeIndex) return typeIndex;
  typeIndex = new Map();
  for (const framework of FRAMEWORKS) {
    for (const receiver of framework.receivers ?? []) {
      const modules = receiver.typeModules ?? framework.modules;
      for (const name of receiver.typeNames ?? []) {
        const list = typeIndex.get(name) ?? [];
        list.push({ framework, receiver, modules });
        typeIndex.set(name, list);
      }
    }
  }
  return typeIndex;
}

function createTypeInfo(program: ts.Program, toTsNode: (node: TSESTree.Node) => ts.Node | undefined): TypeInfo {
  const checker = program.getTypeChecker();
  const modulesOfSymbol = new Map<ts.Symbol, ReadonlySet<string>>();
  /**
   * Asks `question` about the type of an expression. Below an unannotated parameter of a callback passed to a call
   * (`reply` in `app.post(url, opts, (request, reply) => …)`, `reply.raw`, `({ response }) => response.status`), the
   * parameter types the called function's overloads declare are asked instead of the inferred type: inferring such a
   * parameter's type makes TypeScript resolve the call's overloads, which can cost seconds in a cold checker
   * (Fastify's route methods). When the declared types cannot tell, neither can we: the checker is not asked further.
   */
  function ask<T>(node: TSESTree.Node, question: (types: readonly ts.Type[]) => T | undefined): T | undefined {
    const declared = guarded(() => declaredCallbackParameterTypes(node));
    if (declared) return declared.length > 0 ? guarded(() => question(declared)) : undefined;
    const tsNode = toTsNode(node);
    const type = tsNode ? guarded(() => checker.getTypeAtLocation(tsNode)) : undefined;
    return type && guarded(() => question([type]));
  }

  /**
   * The types `node` (an unannotated callback parameter, a property path into one, or a name destructured from one)
   * has in the overloads of the function the callback is passed to: empty when they cannot be read, undefined when
   * `node` is no such parameter (its type is then cheap to infer).
   */
  function declaredCallbackParameterTypes(node: TSESTree.Node): ts.Type[] | undefined {
    const path: string[] = [];
    let root: TSESTree.Node = node;
    while (root.type === 'MemberExpression' && !root.computed && root.property.type === 'Identifier') {
      path.unshift(root.property.name);
      root = root.object;
    }
    if (root.type !== 'Identifier') return undefined;
    const tsIdentifier = toTsNode(root);
    return tsIdentifier && declaredTypesBelow(tsIdentifier, path, 0);
  }

  /** `declaredCallbackParameterTypes` for a TypeScript identifier; `depth` counts the callbacks it is nested in. */
  function declaredTypesBelow(identifier: ts.Node, path: string[], depth: number): ts.Type[] | undefined {
    let declaration: TsDeclaration | undefined = checker.getSymbolAtLocation(identifier)?.valueDeclaration;
    // `{ response }` / `{ res: { raw } }` destructured in the parameter list: a path into the parameter.
    while (declaration && (declaration.parent as { elements?: readonly ts.Node[] }).elements?.includes(declaration)) {
      const pattern = declaration.parent;
      // Only object patterns name their keys (`[first] = …` is positional).
      if (pattern.getSourceFile().text[pattern.getStart()] !== '{') return undefined;
      const key = declaration.dotDotDotToken ? undefined : propertyNameText(declaration, true);
      if (key === undefined) return undefined;
      path.unshift(key);
      declaration = declaration.parent.parent;
    }
    const parameter = declaration;
    if (!parameter || parameter.type || parameter.dotDotDotToken) return undefined;
    const callback = parameter.parent as ts.Node & { parameters?: readonly ts.Node[] };
    let parameterIndex = callback.parameters?.indexOf(parameter) ?? -1;
    const site = parameterIndex < 0 ? undefined : callbackSite(callback);
    if (!site) return undefined;
    if (parameter.initializer || depth > MAX_CALLBACK_NESTING) return [];
    // A `this` parameter is no parameter of the signature.
    if (callback.parameters![0] !== parameter && (callback.parameters![0] as { name?: ts.Node }).name?.getText() === 'this') parameterIndex--;
    const { call, argumentIndex, properties } = site;
    const typeOfSymbol = (symbol: ts.Symbol) => checker.getTypeOfSymbolAtLocation(symbol, call);
    const types: ts.Type[] = [];
    const signatures = calleeTypes(call.expression, depth).flatMap((type) => [...type.getCallSignatures(), ...type.getConstructSignatures()]);
    for (const signature of signatures) {
      const argument = signature.getParameters()[argumentIndex];
      if (!argument) continue;
      let candidates = unionMembers(typeOfSymbol(argument));
      for (const name of properties) candidates = candidates.flatMap((candidate) => propertyTypes(candidate, name, typeOfSymbol));
      for (const candidate of candidates) {
        for (const callbackSignature of candidate.getCallSignatures()) {
          const declared = callbackSignature.getParameters()[parameterIndex];
          if (!declared) continue;
          let type: ts.Type | undefined = typeOfSymbol(declared);
          for (const name of path) {
            const property: ts.Symbol | undefined = type && checker.getApparentType(checker.getNonNullableType(type)).getProperty(name);
            type = property && typeOfSymbol(property);
          }
          if (type) types.push(type);
        }
      }
    }
    return types;
  }

  /**
   * The callee's type, read the same way when the callee hangs off a callback parameter itself
   * (`instance.get(…)` inside `app.register((instance) => …)`).
   */
  function calleeTypes(callee: ts.Node, depth: number): readonly ts.Type[] {
    const path: string[] = [];
    let root = callee as TsPropertyAccess;
    while (root.name?.text !== undefined && root.name.escapedText !== undefined && root.expression !== undefined && root.arguments === undefined) {
      path.unshift(root.name.text);
      root = root.expression;
    }
    if (root.escapedText !== undefined) {
      const declared = declaredTypesBelow(root, path, depth + 1);
      if (declared) return declared;
    }
    return [checker.getTypeAtLocation(callee)];
  }

  function propertyTypes(type: ts.Type, name: string, typeOfSymbol: (symbol: ts.Symbol) => ts.Type): readonly ts.Type[] {
    const property = checker.getApparentType(type).getProperty(name);
    return property ? unionMembers(typeOfSymbol(property)) : [];
  }

  function unionMembers(type: ts.Type): readonly ts.Type[] {
    return type.isUnion() ? type.types.filter((member) => !(member.flags & NULLISH)) : [type];
  }

  /** Modules a symbol is declared in: `declare module 'x'` names, packages under node_modules, 'lib'. */
  function declaringModules(symbol: ts.Symbol): ReadonlySet<string> {
    const cached = modulesOfSymbol.get(symbol);
    if (cached) return cached;
    const modules = new Set<string>();
    for (const declaration of symbol.getDeclarations() ?? []) {
      const ambient = ambientModuleOf(declaration);
      if (ambient !== undefined) {
        modules.add(ambient);
        continue;
      }
      const file = declaration.getSourceFile();
      if (program.isSourceFileDefaultLibrary(file)) modules.add('lib');
      const pkg = packageOfPath(file.fileName);
      if (pkg !== undefined) modules.add(pkg);
    }
    modulesOfSymbol.set(symbol, modules);
    return modules;
  }

  /** The name of the `declare module 'x' { … }` around a declaration (the module symbol's name is quoted). */
  function ambientModuleOf(declaration: ts.Node): string | undefined {
    for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
      const name = (node as { name?: ts.Node }).name;
      if (!name) continue;
      const quoted = /^"(.+)"$/u.exec(checker.getSymbolAtLocation(name)?.getName() ?? '');
      if (quoted?.[1] !== undefined) return /^(?:[./]|[A-Za-z]:)/u.test(quoted[1]) ? packageOfPath(quoted[1]) : quoted[1];
    }
    return undefined;
  }

  function matchSymbol(symbol: ts.Symbol | undefined): ResponseTypeMatch | undefined {
    if (!symbol) return undefined;
    const entries = frameworkTypeIndex().get(symbol.getName());
    if (!entries) return undefined;
    const modules = declaringModules(symbol);
    const entry = entries.find((candidate) => candidate.modules.some((m) => modules.has(m)));
    return entry && { framework: entry.framework, receiver: entry.receiver };
  }

  function classify(type: ts.Type, depth: number): ResponseTypeMatch | null | undefined {
    if (depth > 6 || type.flags & ANY_OR_UNKNOWN) return undefined;
    if (type.flags & INSTANTIABLE) {
      const constraint = checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? classify(constraint, depth + 1) : undefined;
    }
    if (type.isUnion()) {
      const members = type.types.filter((member) => !(member.flags & NULLISH));
      if (members.length === 0) return null;
      const results = members.map((member) => classify(member, depth + 1));
      const first = results[0];
      if (first && results.every((r) => r?.framework === first.framework)) return first;
      if (results.every((r) => r === null)) return null;
      return undefined;
    }
    const direct = matchSymbol(type.aliasSymbol) ?? matchSymbol(type.getSymbol());
    if (direct) return direct;
    if (type.isIntersection()) {
      let verdict: ResponseTypeMatch | null | undefined = null;
      for (const member of type.types) {
        const result = classify(member, depth + 1);
        if (result) return result;
        if (result === undefined) verdict = undefined;
      }
      return verdict;
    }
    if (type.flags & (STRING_LIKE | NUMBER_LIKE | BOOLEAN_LIKE | NULLISH)) return null;
    // `interface AppResponse extends express.Response`, `class MyReply extends …`, generic instantiations.
    const target = (type as { target?: ts.Type }).target ?? type;
    if (target.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(target)) {
        const result = classify(base, depth + 1);
        if (result) return result;
      }
    }
    return isProjectType(type) ? null : undefined;
  }

  /**
   * Declared in the project's own source (not a .d.ts, not a library): a domain type. A project type named
   * like a response (`ApiResponse`, `HttpReply`) may wrap one, so it stays undecided.
   */
  function isProjectType(type: ts.Type): boolean {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declarations = symbol?.getDeclarations();
    if (!symbol || !declarations || declarations.length === 0) return false;
    if (RESPONSE_NAME_PATTERN.test(symbol.getName())) return false;
    return declarations.every((declaration) => {
      const file = declaration.getSourceFile();
      return !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file);
    });
  }

  function primitiveKind(type: ts.Type): 'number' | 'string' | 'boolean' | 'object' | undefined {
    const nonNullable = checker.getNonNullableType(type);
    const members = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
    let kind: 'number' | 'string' | 'boolean' | 'object' | undefined;
    for (const member of members) {
      const flags = member.flags;
      const memberKind =
        flags & NUMBER_LIKE
          ? 'number'
          : flags & STRING_LIKE
            ? 'string'
            : flags & BOOLEAN_LIKE
              ? 'boolean'
              : flags & OBJECT_LIKE
                ? 'object'
                : undefined;
      if (memberKind === undefined || (kind !== undefined && kind !== memberKind)) return undefined;
      kind = memberKind;
    }
    return kind;
  }

  function literalValues(type: ts.Type): (number | string)[] | undefined {
    const members = type.isUnion() ? type.types : [type];
    if (members.length > MAX_UNION_MEMBERS) return undefined;
    const values: (number | string)[] = [];
    for (const member of members) {
      if (member.isNumberLiteral() || member.isStringLiteral()) values.push(member.value);
      else return undefined;
    }
    return values;
  }

  return {
    responseTypeOf(node) {
      return ask(node, (types) => agree(types.map((type) => classify(type, 0)), (a, b) => a?.framework === b?.framework));
    },
    literalValuesOf(node) {
      return ask(node, (types) => {
        const values = new Set<number | string>();
        for (const type of types) {
          const own = literalValues(type);
          if (!own) return undefined;
          for (const value of own) values.add(value);
        }
        return values.size <= MAX_UNION_MEMBERS ? [...values] : undefined;
      });
    },
    primitiveKindOf(node) {
      return ask(node, (types) => agree(types.map(primitiveKind), (a, b) => a === b));
    },
  };
}

type TsCall = ts.Node & { arguments: readonly ts.Node[]; expression: ts.Expression };

/** An identifier (`escapedText`) or a property access (`expression.name`), told apart by their fields. */
type TsPropertyAccess = ts.Node & { escapedText?: string; name?: { escapedText?: string; text?: string }; expression?: ts.Node; arguments?: unknown };

/** Callbacks nested deeper than this (a route inside a plugin inside a plugin…) are not read through. */
const MAX_CALLBACK_NESTING = 3;

/** The parts of a parameter or binding element declaration read here (duck-typed: no `typescript` import at run time). */
type TsDeclaration = ts.Node & {
  type?: ts.Node;
  initializer?: ts.Node;
  dotDotDotToken?: ts.Node;
  propertyName?: TsName;
  name?: TsName;
};

/** A declaration's name: an identifier or string literal (`text`), or a computed name (`expression`). */
type TsName = ts.Node & { text?: string; expression?: ts.Node };

/**
 * Where a callback is passed: the call, the argument index and the property path inside that argument
 * (`route({ handler(request, reply) {…} })` → route(…), 0, ['handler']). Undefined for any other place.
 */
function callbackSite(callback: ts.Node): { call: TsCall; argumentIndex: number; properties: string[] } | undefined {
  const properties: string[] = [];
  let inner: ts.Node = callback;
  // A method of an object literal (`handler(request, reply) {…}`) is its own property.
  if ((inner.parent as { properties?: readonly ts.Node[] }).properties?.includes(inner)) {
    const name = propertyNameText(inner);
    if (name === undefined) return undefined;
    properties.unshift(name);
    inner = inner.parent;
  }
  for (let depth = 0; depth < 4; depth++) {
    const parent = inner.parent as ts.Node & { arguments?: readonly ts.Node[]; expression?: ts.Expression; initializer?: ts.Node };
    const argumentIndex = parent.arguments?.indexOf(inner) ?? -1;
    if (argumentIndex >= 0 && parent.expression) return { call: parent as TsCall, argumentIndex, properties };
    // `{ handler: (request, reply) => … }`: a property assignment inside an object literal.
    if (parent.initializer !== inner || !(parent.parent as { properties?: readonly ts.Node[] }).properties?.includes(parent)) return undefined;
    const name = propertyNameText(parent);
    if (name === undefined) return undefined;
    properties.unshift(name);
    inner = parent.parent;
  }
  return undefined;
}

/**
 * `handler` in `handler: …` / `handler() {}` / `'handler': …`, or the key of a binding element (`{ res }`,
 * `{ res: out }`); undefined for computed names and nested patterns without a key.
 */
function propertyNameText(node: ts.Node, bindingElement = false): string | undefined {
  const declaration = node as TsDeclaration;
  const name = bindingElement && declaration.propertyName ? declaration.propertyName : declaration.name;
  return name && name.expression === undefined ? name.text : undefined;
}

/** The answer all overloads give (undefined when they differ). */
function agree<T>(answers: readonly T[], same: (a: T, b: T) => boolean): T | undefined {
  const [first] = answers;
  return answers.every((answer) => answer !== undefined && same(answer, first!)) ? first : undefined;
}

/** A checker crash on odd code must never break linting: the answer is then "types cannot tell". */
function guarded<T>(ask: () => T): T | undefined {
  try {
    return ask();
  } catch {
    return undefined;
  }
}

/**
 * The package a file belongs to: `…/node_modules/@types/express-serve-static-core/index.d.ts` →
 * `express-serve-static-core`, `…/node_modules/@types/scope__pkg/…` → `@scope/pkg`, `…/node_modules/hono/dist/…` → `hono`.
 */
export function packageOfPath(fileName: string): string | undefined {
  const normalized = fileName.replaceAll('\\', '/');
  const marker = '/node_modules/';
  const index = normalized.lastIndexOf(marker);
  if (index < 0) return undefined;
  const parts = normalized.slice(index + marker.length).split('/');
  const first = parts[0];
  if (!first) return undefined;
  let name = first.startsWith('@') && parts[1] ? `${first}/${parts[1]}` : first;
  if (name.startsWith('@types/')) {
    const typed = name.slice('@types/'.length);
    name = typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
  }
  return name;
}
