/**
 * Resolving a constant expression such as `StatusCodes.NOT_FOUND` to its
 * status code, through the scope manager: the root identifier must be bound to
 * an import or `require` of one of the libraries in ./libraries.ts. Names alone
 * never resolve (a local object called `StatusCodes` is not the library).
 */
import { findVariable as eslintFindVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findLibraryByModule, type ConstantLibrary } from './libraries.js';

export interface ResolvedConstant {
  readonly library: ConstantLibrary;
  readonly name: string;
  readonly code: number;
}

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/**
 * What an expression evaluates to, as far as the libraries are concerned.
 * - `object`: the library's status object (`StatusCodes`, `HttpStatus`, http2 `constants`, http-status default).
 * - `module`: the module itself (`import * as m`, a default import of a CJS module, `require(m)`).
 *   `cjs` marks a `require()` result (or `import x = require()`).
 * - `member`: one numeric member of the status object.
 */
type Value =
  | { readonly kind: 'object'; readonly library: ConstantLibrary }
  | { readonly kind: 'module'; readonly library: ConstantLibrary; readonly cjs: boolean }
  | { readonly kind: 'member'; readonly library: ConstantLibrary; readonly name: string; readonly code: number };

/** Guards against alias cycles (`const a = b, b = a`) and pathological chains. */
const MAX_DEPTH = 16;

function findVariable(scope: Scope, node: TSESTree.Identifier): Variable | null {
  // eslint-utils is typed against ESLint's own scope types; the TS scope manager is compatible.
  return eslintFindVariable(
    scope as unknown as Parameters<typeof eslintFindVariable>[0],
    node,
  ) as unknown as Variable | null;
}

/** Strips `as`, `satisfies`, `<T>x`, `x!` and optional-chain wrappers. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSNonNullExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static key of `a.b`, `a['b']`, `` a[`b`] ``; undefined for dynamic keys. */
function memberKey(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === 'Identifier' ? node.property.name : undefined;
  }
  return staticString(node.property);
}

function staticString(node: TSESTree.Node): string | undefined {
  const inner = unwrap(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0 && inner.quasis.length === 1) {
    return inner.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Key of an object-pattern property: `{ a }`, `{ a: x }`, `{ 'a': x }`, `{ ['a']: x }`. */
function propertyKey(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  return staticString(property.key);
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
}

function isExportOfObject(library: ConstantLibrary, name: string): boolean {
  return name === library.exportName || library.alternativeExportNames.includes(name);
}

/** `value[name]`. */
function access(value: Value | undefined, name: string | undefined): Value | undefined {
  if (!value || name === undefined) return undefined;
  const { library } = value;
  switch (value.kind) {
    case 'object': {
      const code = library.nameToCode.get(name);
      return code === undefined ? undefined : { kind: 'member', library, name, code };
    }
    case 'module': {
      if (isExportOfObject(library, name)) return { kind: 'object', library };
      // ESM view of a CJS package: `ns.default` is module.exports again.
      if (name === 'default' && library.exportName !== 'default') return value;
      // `const httpStatus = require('http-status')`: in http-status 1.x module.exports was the
      // status object itself, so its members are read straight off the require() result.
      if (value.cjs && library.exportName === 'default') return access({ kind: 'object', library }, name);
      return undefined;
    }
    case 'member':
      return undefined;
  }
}

/** Whether `require` at this point is the CommonJS require (a global, or `createRequire(...)`). */
function isRequireFunction(callee: TSESTree.Identifier, scope: Scope, depth: number): boolean {
  if (callee.name !== 'require') return false;
  const variable = findVariable(scope, callee);
  if (!variable || variable.defs.length === 0) return true; // implicit/declared global
  if (variable.defs.length !== 1 || !isNeverReassigned(variable)) return false;
  const def = variable.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== 'Identifier') return false;
  // const require = createRequire(import.meta.url)
  const init = def.node.init ? unwrap(def.node.init) : undefined;
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier') return false;
  return isCreateRequire(init.callee, variable.scope, depth + 1);
}

function isCreateRequire(callee: TSESTree.Identifier, scope: Scope, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const variable = findVariable(scope, callee);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'ImportBinding' || def.node.type !== 'ImportSpecifier') return false;
  if (def.parent.type !== 'ImportDeclaration') return false;
  const source = def.parent.source.value;
  return (source === 'module' || source === 'node:module') && importedName(def.node) === 'createRequire';
}

/** `require('m')` → the library's module, if m is a library module. */
function evaluateRequire(node: TSESTree.CallExpression, scope: Scope, depth: number): Value | undefined {
  if (node.callee.type !== 'Identifier' || node.arguments.length !== 1) return undefined;
  const arg = node.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const specifier = staticString(arg);
  if (specifier === undefined) return undefined;
  const library = findLibraryByModule(specifier);
  if (!library || !isRequireFunction(node.callee, scope, depth)) return undefined;
  return { kind: 'module', library, cjs: true };
}

function isNeverReassigned(variable: Variable): boolean {
  return variable.references.every((ref) => !ref.isWrite() || ref.init === true);
}

function evaluate(node: TSESTree.Node, scope: Scope, depth: number): Value | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = unwrap(node);
  switch (expr.type) {
    case 'Identifier':
      return evaluateIdentifier(expr, scope, depth + 1);
    case 'MemberExpression':
      return access(evaluate(expr.object, scope, depth + 1), memberKey(expr));
    case 'CallExpression':
      return evaluateRequire(expr, scope, depth);
    case 'AwaitExpression': {
      // (await import('http-status-codes')).StatusCodes
      const arg = unwrap(expr.argument);
      if (arg.type !== 'ImportExpression') return undefined;
      const specifier = staticString(arg.source);
      const library = specifier === undefined ? undefined : findLibraryByModule(specifier);
      return library ? { kind: 'module', library, cjs: false } : undefined;
    }
    default:
      return undefined;
  }
}

function evaluateIdentifier(id: TSESTree.Identifier, scope: Scope, depth: number): Value | undefined {
  const variable = findVariable(scope, id);
  if (!variable || variable.defs.length !== 1 || !isNeverReassigned(variable)) return undefined;
  const def = variable.defs[0];
  if (!def) return undefined;

  if (def.type === 'ImportBinding') {
    if (def.node.type === 'TSImportEqualsDeclaration') {
      // import http2 = require('http2')
      const decl = def.node;
      if (decl.importKind === 'type' || decl.moduleReference.type !== 'TSExternalModuleReference') return undefined;
      const specifier = staticString(decl.moduleReference.expression);
      const library = specifier === undefined ? undefined : findLibraryByModule(specifier);
      return library ? { kind: 'module', library, cjs: true } : undefined;
    }
    if (def.parent.type !== 'ImportDeclaration') return undefined;
    const decl = def.parent;
    if (decl.importKind === 'type') return undefined;
    const library = findLibraryByModule(decl.source.value);
    if (!library) return undefined;
    const spec = def.node;
    switch (spec.type) {
      case 'ImportNamespaceSpecifier':
        return { kind: 'module', library, cjs: false };
      case 'ImportDefaultSpecifier':
        return library.exportName === 'default' ? { kind: 'object', library } : { kind: 'module', library, cjs: false };
      case 'ImportSpecifier': {
        if (spec.importKind === 'type') return undefined;
        return access({ kind: 'module', library, cjs: false }, importedName(spec));
      }
    }
  }

  if (def.type === 'Variable') {
    const declarator = def.node;
    if (!declarator.init) return undefined;
    const path = patternPath(declarator.id, def.name);
    if (!path) return undefined;
    let value = evaluate(declarator.init, variable.scope, depth + 1);
    for (const key of path) value = access(value, key);
    return value;
  }

  return undefined;
}

/**
 * The keys leading from a declarator's pattern to `target`:
 * `x` → [], `{ a }` → ['a'], `{ a: { b: x } }` → ['a', 'b'].
 * Undefined for array patterns, rest elements and dynamic keys.
 */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | undefined {
  if (pattern === target) return [];
  if (pattern.type === 'AssignmentPattern') return patternPath(pattern.left, target);
  if (pattern.type !== 'ObjectPattern') return undefined;
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    if (!containsNode(property.value, target)) continue;
    const key = propertyKey(property);
    if (key === undefined) return undefined;
    const rest = patternPath(property.value, target);
    return rest ? [key, ...rest] : undefined;
  }
  return undefined;
}

function containsNode(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * Resolves `node` (e.g. `StatusCodes.NOT_FOUND`, `http2.constants.HTTP_STATUS_NOT_FOUND`,
 * a destructured `HTTP_STATUS_NOT_FOUND`) to a library member and its code.
 * `scope` is any scope enclosing `node` (the innermost is found from it).
 */
export function resolveLibraryConstant(node: TSESTree.Node, scope: Scope): ResolvedConstant | undefined {
  const value = evaluate(node, scope, 0);
  if (value?.kind !== 'member') return undefined;
  return { library: value.library, name: value.name, code: value.code };
}

// ---------------------------------------------------------------------------
// Existing imports, for fixers

export interface ImportedLibraryBinding {
  /**
   * The expression text that refers to the library's status object: usually a
   * plain identifier (`StatusCodes`, `SC`, `HttpStatus`, `constants`,
   * `httpStatus`), but a member path when only the module is bound
   * (`hsc.StatusCodes` for `import * as hsc`, `http2.constants` for
   * `import http2 from 'node:http2'` or `const http2 = require('http2')`).
   */
  readonly localName: string;
  readonly kind: 'value' | 'type-only';
}

function requiredModule(init: TSESTree.Expression | null): { library: ConstantLibrary; path: string[] } | undefined {
  // require('m'), require('m').StatusCodes
  const path: string[] = [];
  let current: TSESTree.Node | undefined = init ?? undefined;
  while (current) {
    current = unwrap(current);
    if (current.type === 'MemberExpression') {
      const key = memberKey(current);
      if (key === undefined) return undefined;
      path.unshift(key);
      current = current.object;
      continue;
    }
    if (
      current.type === 'CallExpression' &&
      current.callee.type === 'Identifier' &&
      current.callee.name === 'require' &&
      current.arguments.length === 1 &&
      current.arguments[0]?.type !== 'SpreadElement'
    ) {
      const specifier = current.arguments[0] ? staticString(current.arguments[0]) : undefined;
      const library = specifier === undefined ? undefined : findLibraryByModule(specifier);
      return library ? { library, path } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The reference text for the object, given a binding `name` whose value is `value`. */
function objectReference(name: string, value: Value | undefined, library: ConstantLibrary): string | undefined {
  if (!value || value.library !== library) return undefined;
  if (value.kind === 'object') return name;
  if (value.kind === 'module') {
    if (value.cjs && library.exportName === 'default') return name; // http-status 1.x style require
    return library.exportName === 'default' ? `${name}.default` : `${name}.${library.exportName}`;
  }
  return undefined;
}

/**
 * Whether the file already imports or requires `library`'s status object at
 * the top level, so a fixer can reuse the existing local name instead of
 * adding an import. A direct value binding wins over a module path, which wins
 * over a type-only import (which a fixer cannot use as a value).
 */
export function findImportedLibraryBinding(
  sourceCode: TSESLint.SourceCode,
  library: ConstantLibrary,
): { localName: string; kind: 'value' | 'type-only' } | undefined {
  return libraryBindingsOf(sourceCode).get(library);
}

type LibraryBinding = { localName: string; kind: 'value' | 'type-only' };

/** The best binding of each library's status object in a file, from one scan of its top-level statements. */
const bindingsByAst = new WeakMap<object, ReadonlyMap<ConstantLibrary, LibraryBinding>>();

function libraryBindingsOf(sourceCode: TSESLint.SourceCode): ReadonlyMap<ConstantLibrary, LibraryBinding> {
  const cached = bindingsByAst.get(sourceCode.ast);
  if (cached) return cached;
  const candidates = new Map<ConstantLibrary, (LibraryBinding & { rank: number })[]>();
  const add = (library: ConstantLibrary, localName: string | undefined, typeOnly: boolean): void => {
    if (localName === undefined) return;
    const direct = !localName.includes('.');
    const list = candidates.get(library) ?? [];
    list.push({ localName, kind: typeOnly ? 'type-only' : 'value', rank: (typeOnly ? 2 : 0) + (direct ? 0 : 1) });
    candidates.set(library, list);
  };

  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration') {
      const library = findLibraryByModule(statement.source.value);
      if (!library) continue;
      const declTypeOnly = statement.importKind === 'type';
      for (const spec of statement.specifiers) {
        const local = spec.local.name;
        if (spec.type === 'ImportNamespaceSpecifier') {
          add(library, objectReference(local, { kind: 'module', library, cjs: false }, library), declTypeOnly);
        } else if (spec.type === 'ImportDefaultSpecifier') {
          const value: Value =
            library.exportName === 'default' ? { kind: 'object', library } : { kind: 'module', library, cjs: false };
          add(library, objectReference(local, value, library), declTypeOnly);
        } else {
          const value = access({ kind: 'module', library, cjs: false }, importedName(spec));
          add(library, objectReference(local, value, library), declTypeOnly || spec.importKind === 'type');
        }
      }
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      if (statement.moduleReference.type !== 'TSExternalModuleReference') continue;
      const specifier = staticString(statement.moduleReference.expression);
      const library = specifier === undefined ? undefined : findLibraryByModule(specifier);
      if (!library) continue;
      add(library, objectReference(statement.id.name, { kind: 'module', library, cjs: true }, library), statement.importKind === 'type');
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const required = requiredModule(declarator.init);
        if (!required) continue;
        const { library } = required;
        let base: Value | undefined = { kind: 'module', library, cjs: true };
        for (const key of required.path) base = access(base, key);
        if (declarator.id.type === 'Identifier') {
          add(library, objectReference(declarator.id.name, base, library), false);
        } else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property') continue;
            const target = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
            if (target.type !== 'Identifier') continue;
            const value = access(base, propertyKey(property));
            if (value?.kind === 'object') add(library, target.name, false);
          }
        }
      }
    }
  }

  const best = new Map<ConstantLibrary, LibraryBinding>();
  for (const [library, list] of candidates) {
    // The first of the lowest rank: a direct value binding before a member path, before a type-only one.
    const first = list.reduce((a, b) => (b.rank < a.rank ? b : a));
    best.set(library, { localName: first.localName, kind: first.kind });
  }
  bindingsByAst.set(sourceCode.ast, best);
  return best;
}
