/**
 * A project's own status constants, found from how a file already writes statuses: `res.status(NOT_FOUND)` with
 * `NOT_FOUND` imported from '../lib/http-status.js' (named exports), or `res.status(Http.NOT_FOUND)` with `Http`
 * imported from such a module (an object). A file that names its statuses from its own module should be offered that
 * module's constants, not a library's, so "auto" takes it before the libraries a package.json declares. Only the
 * project's files count (relative paths and path aliases), not packages.
 *
 * The module's text is read to see which constants it defines: a constant it defines as the same number is certain (a
 * fix); one it defines some other way (`BAD_REQUEST = INVALID_PAYLOAD`), or a module that cannot be read (a path alias
 * only the project's bundler resolves), is offered as a suggestion; a name it does not define is not offered.
 */
import { readFileSync, statSync } from 'node:fs';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { findVariable } from '../analysis/ast-utils.js';
import type { ModuleUsage } from '../analysis/imports.js';
import { clearProjectFileCache, isProjectSpecifier, resolveProjectFile } from '../analysis/project-files.js';
import { IANA_STATUS_CODES } from '../codes/index.js';
import { findLibraryByModule } from './libraries.js';
import { constantNameFromPhrase, customProvider, type ConstantNaming, type ConstantProvider } from './providers.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Scope = TSESLint.Scope.Scope;

const NAMINGS: readonly ConstantNaming[] = ['SCREAMING_SNAKE', 'PascalCase', 'camelCase'];

/** The names constants modules give registered codes in the `namings` styles, each with its style. */
export function statusConstantNames(namings: readonly ConstantNaming[] = NAMINGS): Map<string, ConstantNaming> {
  const names = new Map<string, ConstantNaming>();
  for (const info of IANA_STATUS_CODES) {
    for (const naming of namings) {
      const constant = constantNameFromPhrase(info.code, naming);
      if (constant !== undefined && !names.has(constant)) names.set(constant, naming);
    }
  }
  return names;
}

let namesOfCodes: ReadonlyMap<string, ConstantNaming> | undefined;

/** The naming style whose name for some registered code is `name` (`NOT_FOUND` → SCREAMING_SNAKE). */
function namingOf(name: string): ConstantNaming | undefined {
  namesOfCodes ??= statusConstantNames();
  return namesOfCodes.get(name);
}

/** How a file reaches a project module's constants. */
type ModuleUse =
  | { readonly style: 'named'; readonly specifier: string; readonly naming: ConstantNaming }
  | { readonly style: 'object'; readonly specifier: string; readonly exportName: string; readonly naming: ConstantNaming };

/**
 * The project module the file takes a status constant from, at one of `statusNodes` (the expressions in status position):
 * an identifier imported by name (`NOT_FOUND`, or destructured from `require()`), a member of a namespace import
 * (`Http.NOT_FOUND` for `import * as Http`), or a member of an object imported from the module (`Http.NOT_FOUND` for
 * `import { Http }` or `import Http`), whose name is a status's under one naming style. Constants libraries are not
 * project modules.
 */
export function findProjectConstantsModule(
  sourceCode: SourceCode,
  statusNodes: Iterable<TSESTree.Node>,
  /** Every module the file imports or requires: a file that imports nothing is not read. */
  importedModules: ReadonlySet<string>,
  filename: string,
): ModuleUse | undefined {
  if (importedModules.size === 0) return undefined;
  for (const node of statusNodes) {
    const use = moduleUseAt(sourceCode, node);
    if (!use || findLibraryByModule(use.specifier)) continue;
    // A specifier only the project's tsconfig maps (`@app/http`) looks like a package's: it counts where it leads to a file.
    if (isProjectSpecifier(use.specifier) || resolveProjectFile(use.specifier, filename)) return use;
  }
  return undefined;
}

function moduleUseAt(sourceCode: SourceCode, node: TSESTree.Node): ModuleUse | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    // The name first: most identifiers in status position are variables (`res.status(code)`), and the scope is dearer.
    if (!namingOf(node.name)) return undefined;
    const binding = importBindingOf(sourceCode.getScope(node), node);
    if (binding?.kind !== 'named') return undefined;
    const naming = namingOf(binding.importedName);
    return naming && { style: 'named', specifier: binding.specifier, naming };
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const naming = namingOf(node.property.name);
  if (!naming) return undefined;
  const binding = importBindingOf(sourceCode.getScope(node), node.object);
  if (!binding) return undefined;
  if (binding.kind === 'namespace') return { style: 'named', specifier: binding.specifier, naming };
  // `import { Http }` / `import Http`: an object of constants (a name of a constant itself is no object).
  if (binding.kind === 'named' && namingOf(binding.importedName)) return undefined;
  const exportName = binding.kind === 'named' ? binding.importedName : 'default';
  return { style: 'object', specifier: binding.specifier, exportName, naming };
}

type ImportBinding =
  | { readonly kind: 'named'; readonly specifier: string; readonly importedName: string }
  | { readonly kind: 'default' | 'namespace'; readonly specifier: string };

/** What `identifier` is bound to: an ES import of a module, or a property destructured from a top-level `require()`. */
function importBindingOf(scope: Scope, identifier: TSESTree.Identifier): ImportBinding | undefined {
  const variable = findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return undefined;
  if (definition.type === 'ImportBinding' && definition.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    const declaration = definition.parent;
    if (declaration.importKind === 'type') return undefined;
    const specifier = declaration.source.value;
    const spec = definition.node;
    switch (spec.type) {
      case AST_NODE_TYPES.ImportSpecifier:
        if (spec.importKind === 'type') return undefined;
        return { kind: 'named', specifier, importedName: spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value };
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return { kind: 'default', specifier };
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { kind: 'namespace', specifier };
      default:
        return undefined;
    }
  }
  if (definition.type === 'Variable') {
    // const { NOT_FOUND } = require('./http-status')
    const declarator = definition.node;
    const init = declarator.init;
    if (
      declarator.id.type !== AST_NODE_TYPES.ObjectPattern ||
      init?.type !== AST_NODE_TYPES.CallExpression ||
      init.callee.type !== AST_NODE_TYPES.Identifier ||
      init.callee.name !== 'require' ||
      init.arguments.length !== 1 ||
      init.arguments[0]?.type !== AST_NODE_TYPES.Literal ||
      typeof init.arguments[0].value !== 'string'
    ) {
      return undefined;
    }
    for (const property of declarator.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.value !== definition.name) continue;
      if (property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return undefined;
      return { kind: 'named', specifier: init.arguments[0].value, importedName: property.key.name };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The provider for a project module the file uses: its constants named after the IANA phrases in the style the file
 * uses, each offered only where the module's text defines it (or cannot be read), certain only where it defines it as
 * the same number.
 */
export function projectModuleProvider(use: ModuleUse, filename: string): ConstantProvider {
  const source = moduleSource(use.specifier, filename);
  const base = customProvider({
    module: use.specifier,
    export: use.style === 'object' ? use.exportName : 'default',
    naming: use.naming,
  });
  // A module that re-exports others may define a constant in one of them: only a module that does not can lack one.
  const complete = source !== undefined && !REEXPORT.test(source.text);
  const definitionOf = (code: number): Definition | undefined => {
    const name = base.nameFor(code);
    if (name === undefined) return undefined;
    return (source === undefined ? undefined : memberDefinition(source, name)) ?? (complete ? undefined : { name, value: undefined });
  };
  return {
    ...base,
    namedExports: use.style === 'named',
    nameFor(code) {
      const definition = definitionOf(code);
      return definition && (definition.value === undefined || definition.value === code) ? definition.name : undefined;
    },
    confirms: (code) => definitionOf(code)?.value === code,
  };
}

const REEXPORT = /\bexport\s*(?:\*|(?:type\s*)?\{[^}]*\}\s*from\b)/u;

interface Definition {
  readonly name: string;
  /** The number it is defined as, when written as one. */
  readonly value: number | undefined;
}

/** A project module's text, and what was found in it so far. */
interface ModuleSource {
  readonly text: string;
  readonly definitions: Map<string, Definition | null>;
}

/**
 * Where the module's text defines `name` (`export const NOT_FOUND = 404`, `NOT_FOUND: 404` in an object, an enum's
 * `NOT_FOUND = 404`): the number it is given, if it is written as one. Undefined when the text never defines it.
 */
function memberDefinition(source: ModuleSource, name: string): Definition | undefined {
  const known = source.definitions.get(name);
  if (known !== undefined) return known ?? undefined;
  // Where a definition can start: a declaration (`const`, `let`, `var`, a class's `static`/`readonly`), an object's or
  // an enum's member (after `{` or `,`), a CommonJS export (`exports.GONE = 410`), the start of a line; the key may be
  // quoted. Not `a ? NOT_FOUND : 500`.
  const escaped = name.replace(/\$/gu, '\\$');
  const pattern = new RegExp(
    `(?<=(?:^|[{,;]|\\b(?:const|let|var|static|readonly)|\\bexports\\.)\\s*)(['"]?)${escaped}\\1\\s*(?:=(?![=>])|:(?!:))\\s*([^,;\\n}]*)`,
    'gmu',
  );
  let defined: Definition | undefined;
  for (const match of source.text.matchAll(pattern)) {
    const written = /^(\d+)\b/u.exec(match[2]!.trim());
    if (written) {
      defined = { name, value: Number(written[1]) };
      break;
    }
    defined ??= { name, value: undefined };
  }
  source.definitions.set(name, defined ?? null);
  return defined;
}

const sourceByFile = new Map<string, ModuleSource | null>();

/** Larger files are bundles, not a project's constants module: they are not read. */
const MAX_MODULE_SIZE = 256 * 1024;

/**
 * The text of the project file `specifier` names from `filename` (see `resolveProjectFile`: a relative path, a subpath
 * import, a tsconfig path alias). Undefined for a package, and for a file that cannot be found or read.
 */
function moduleSource(specifier: string, filename: string): ModuleSource | undefined {
  const file = resolveProjectFile(specifier, filename);
  if (!file) return undefined;
  const cached = sourceByFile.get(file);
  if (cached !== undefined) return cached ?? undefined;
  let source: ModuleSource | null = null;
  try {
    if (statSync(file).size <= MAX_MODULE_SIZE) source = { text: readFileSync(file, 'utf8'), definitions: new Map() };
  } catch {
    // Unreadable: offered as a module whose constants are not known.
  }
  sourceByFile.set(file, source);
  return source ?? undefined;
}

/**
 * The file being linted, for `importedProjectConstant`, which gets only a scope: its program, and its file name (read
 * from the rule context only when a constant is imported from a project file).
 */
let lintedFile:
  | { readonly ast: object; readonly filename: () => string; readonly modules: ModuleUsage; projectSources: boolean | undefined }
  | undefined;

/** Registers the file the analysis is about to read (see `lintedFile`), with the modules it imports. */
export function registerLintedFile(ast: object, filename: () => string, modules: ModuleUsage): void {
  lintedFile = { ast, filename, modules, projectSources: undefined };
}

/**
 * The number a constant imported from a project file stands for, read from that file's text: `NOT_FOUND` for
 * `import { NOT_FOUND } from '../lib/http-status.js'` (or destructured from its `require()`, or imported through a path
 * alias), `Http.NOT_FOUND` for an object or namespace imported from it. Without types this is the only way to see a
 * status through a project's own constants, which `prefer-status-constant` writes in place of literals.
 */
export function importedProjectConstant(node: TSESTree.Identifier | TSESTree.MemberExpression, scope: Scope): number | undefined {
  const file = lintedFile;
  if (!file) return undefined;
  let root: TSESTree.Identifier;
  let member: string | undefined;
  if (node.type === AST_NODE_TYPES.Identifier) {
    root = node;
  } else {
    if (node.computed || node.property.type !== AST_NODE_TYPES.Identifier || node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
    root = node.object;
    member = node.property.name;
  }
  // Most files import nothing from a project file, and most names in status position (`code`, `err.status`) are bound
  // by no import: both are told from the module usage the analysis already has, before any scope is read. A specifier
  // that only the project's tsconfig maps (`@app/http`) looks like a package's: there only a status constant's own
  // name (`NOT_FOUND`, `Http.NotFound`) is looked up.
  file.projectSources ??= [...file.modules.sources].some(isProjectSpecifier);
  const statusName = namingOf(member ?? root.name) !== undefined;
  if (!file.projectSources && !statusName) return undefined;
  const imported = file.modules.bindings.get(root.name);
  if (!imported || (!isProjectSpecifier(imported.source) && (!statusName || findLibraryByModule(imported.source)))) return undefined;
  let program: Scope = scope;
  while (program.upper) program = program.upper;
  if (program.block !== file.ast) return undefined;
  const binding = importBindingOf(scope, root);
  if (!binding) return undefined;
  const name = member ?? (binding.kind === 'named' ? binding.importedName : undefined);
  if (name === undefined || (member !== undefined && binding.kind === 'named' && namingOf(binding.importedName))) return undefined;
  const source = moduleSource(binding.specifier, file.filename());
  return source === undefined ? undefined : memberDefinition(source, name)?.value;
}

/** For tests: forget the modules read. */
export function clearProjectModuleCache(): void {
  sourceByFile.clear();
  clearProjectFileCache();
}
