/**
 * Making a constant provider's status object available in a file, for fixers:
 * reuse a binding the file already has, or plan the import / `require` to add
 * (merged into an existing import of the module, aliased when the name is
 * taken), matching the file's module system.
 */
import path from 'node:path';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { CONSTANT_LIBRARIES, type ConstantLibraryId } from './libraries.js';
import { installedMajorVersion, type ConstantProvider } from './providers.js';
import { findImportedLibraryBinding } from './resolve.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type RuleFix = TSESLint.RuleFix;
type RuleFixer = TSESLint.RuleFixer;

export type ModuleSystem = 'esm' | 'cjs';

/** How the fixer gets at the status object in this file. */
interface ObjectAccess {
  /** Expression text for the status object: `StatusCodes`, `HttpStatusCodes`, `http2.constants`. */
  readonly objectText: string;
  /** The edit that makes `objectText` available; undefined when the file already has it. */
  readonly importFix: ((fixer: RuleFixer) => RuleFix) | undefined;
}

/** How the fixer writes one constant at a literal. */
export interface ConstantAccess {
  /** The constant: `StatusCodes.NOT_FOUND`, `http2.constants.HTTP_STATUS_NOT_FOUND`, a named export's `NOT_FOUND`. */
  readonly text: string;
  /** The edit that makes it available; undefined when the file already has it. */
  readonly importFix: ((fixer: RuleFixer) => RuleFix) | undefined;
}

/** `.cjs`/`.cts` → CJS, `.mjs`/`.mts` → ESM, otherwise what the file uses, otherwise its `sourceType`. */
export function detectModuleSystem(
  sourceCode: SourceCode,
  filename: string,
  sourceType: string | undefined,
): ModuleSystem | undefined {
  const extension = path.extname(filename).toLowerCase();
  if (extension === '.cjs' || extension === '.cts') return 'cjs';
  if (extension === '.mjs' || extension === '.mts') return 'esm';
  let usesRequire = false;
  for (const statement of sourceCode.ast.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ExportAllDeclaration:
      case AST_NODE_TYPES.ExportDefaultDeclaration:
      case AST_NODE_TYPES.ExportNamedDeclaration:
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        return 'esm';
      case AST_NODE_TYPES.VariableDeclaration:
        if (statement.declarations.some((declarator) => requireSpecifier(declarator.init) !== undefined)) usesRequire = true;
        break;
      default:
        break;
    }
  }
  if (usesRequire) return 'cjs';
  if (extension === '.ts' || extension === '.tsx') return 'esm';
  if (sourceType === 'commonjs') return 'cjs';
  if (sourceType === 'module') return 'esm';
  return undefined;
}

/** `require('m')` → 'm'. */
function requireSpecifier(node: TSESTree.Node | null | undefined): string | undefined {
  if (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

function propertyKeyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

/**
 * An existing value binding of the provider's object: `{ localName, kind }` as `findImportedLibraryBinding` returns.
 * `importedModules` (every module the file imports or requires, if known) rules out most files without a scan.
 */
function findExistingBinding(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  importedModules: ReadonlySet<string> | undefined,
): { localName: string; kind: 'value' | 'type-only' } | undefined {
  if (importedModules && !provider.modules.some((module) => importedModules.has(module))) return undefined;
  if (provider.library) return findImportedLibraryBinding(sourceCode, provider.library);
  // A custom module: named, default and namespace imports; destructured and whole `require`s.
  const exportName = provider.exportName;
  let typeOnly: string | undefined;
  let viaModule: string | undefined;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && provider.modules.includes(statement.source.value)) {
      for (const spec of statement.specifiers) {
        const isType = statement.importKind === 'type' || (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind === 'type');
        let text: string | undefined;
        if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
          if (!isType) viaModule ??= `${spec.local.name}.${exportName}`;
          continue;
        }
        if (spec.type === AST_NODE_TYPES.ImportDefaultSpecifier) text = exportName === 'default' ? spec.local.name : undefined;
        else text = importedName(spec) === exportName ? spec.local.name : undefined;
        if (text === undefined) continue;
        if (!isType) return { localName: text, kind: 'value' };
        typeOnly ??= text;
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const specifier = requireSpecifier(declarator.init);
        if (specifier === undefined || !provider.modules.includes(specifier)) continue;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          viaModule ??= `${declarator.id.name}.${exportName}`;
        } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const property of declarator.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property || propertyKeyName(property) !== exportName) continue;
            if (property.value.type === AST_NODE_TYPES.Identifier) return { localName: property.value.name, kind: 'value' };
          }
        }
      }
    }
  }
  if (viaModule !== undefined) return { localName: viaModule, kind: 'value' };
  return typeOnly === undefined ? undefined : { localName: typeOnly, kind: 'type-only' };
}

/**
 * The libraries whose status object the file already binds as a value (`StatusCodes`, `http2.constants`…).
 * `importedModules` (every module the file imports or requires, if known) rules out the others without a scan.
 */
export function findBoundLibraries(sourceCode: SourceCode, importedModules?: ReadonlySet<string>): Set<ConstantLibraryId> {
  const bound = new Set<ConstantLibraryId>();
  for (const library of CONSTANT_LIBRARIES) {
    if (importedModules && !library.modules.some((m) => importedModules.has(m))) continue;
    const binding = findImportedLibraryBinding(sourceCode, library);
    if (binding?.kind !== 'value') continue;
    // `import axios from 'axios'` reaches `axios.HttpStatusCode`, but binds the client, not the status object.
    if (library.onlyWhereBound && binding.localName.includes('.')) continue;
    bound.add(library.id);
  }
  return bound;
}

/** `const name = require('m')` / `import name = require('m')` binding the whole module. */
function isWholeModuleRequire(sourceCode: SourceCode, provider: ConstantProvider, name: string): boolean {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = statement.moduleReference;
      if (
        statement.id.name === name &&
        reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
        reference.expression.type === AST_NODE_TYPES.Literal &&
        provider.modules.includes(String(reference.expression.value))
      ) {
        return true;
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const specifier = requireSpecifier(declarator.init);
        if (
          specifier !== undefined &&
          provider.modules.includes(specifier) &&
          declarator.id.type === AST_NODE_TYPES.Identifier &&
          declarator.id.name === name
        ) {
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * Whether a name is declared anywhere in the file or read as a global: an added binding must avoid them all. A name the
 * file never spells outside a member access (`fs.constants`) cannot be taken, which spares most files the look through
 * their scopes. A reference that a scope does not resolve is either resolved by an enclosing scope (one of its
 * variables) or reaches the global scope's `through`, so those two say it all.
 */
function isNameTaken(sourceCode: SourceCode, name: string): boolean {
  if (!spellsOutsideMemberAccess(sourceCode.text, name)) return false;
  const manager = sourceCode.scopeManager;
  if (!manager) return false;
  for (const scope of manager.scopes) if (scope.set.has(name)) return true;
  return manager.globalScope?.through.some((reference) => reference.identifier.name === name) ?? false;
}

/**
 * Whether `name` occurs in `text` as a whole word that is not a property after a dot. A superset of the places where it
 * can be a binding or a reference (strings and comments count too); a word next to a non-ASCII letter counts as well.
 */
function spellsOutsideMemberAccess(text: string, name: string): boolean {
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    if (isAsciiIdentifierChar(text.charCodeAt(index - 1)) || isAsciiIdentifierChar(text.charCodeAt(index + name.length))) continue;
    let before = index - 1;
    while (before >= 0 && /\s/u.test(text[before]!)) before--;
    if (text[before] !== '.') return true;
  }
  return false;
}

/** ASCII letters, digits, `_` and `$`; NaN (outside the text) is none. */
function isAsciiIdentifierChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

const localNameCache = new WeakMap<object, Map<ConstantProvider, string>>();

/** The name an added binding of `provider` gets in this file (the same for every literal of the file). */
function chooseLocalName(sourceCode: SourceCode, provider: ConstantProvider): string {
  let perFile = localNameCache.get(sourceCode.ast);
  if (!perFile) localNameCache.set(sourceCode.ast, (perFile = new Map<ConstantProvider, string>()));
  let name = perFile.get(provider);
  if (name === undefined) {
    name = firstFreeName(sourceCode, provider);
    perFile.set(provider, name);
  }
  return name;
}

function firstFreeName(sourceCode: SourceCode, provider: ConstantProvider): string {
  if (!isNameTaken(sourceCode, provider.preferredLocalName)) return provider.preferredLocalName;
  for (const alias of provider.aliasNames) if (!isNameTaken(sourceCode, alias)) return alias;
  for (let index = 2; ; index++) {
    const candidate = `${provider.preferredLocalName}${index}`;
    if (!isNameTaken(sourceCode, candidate)) return candidate;
  }
}

/** The top-level statement that contains `node`. */
function topLevelStatementOf(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ProgramStatement | undefined {
  return sourceCode.ast.body.find((statement) => statement.range[0] <= node.range[0] && node.range[1] <= statement.range[1]);
}

/** A value import of `exportName` written `import { type X }` / a lone `import type { X }`: dropping `type` makes it a value. */
function typeOnlyImportToValue(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  localName: string,
): ((fixer: RuleFixer) => RuleFix) | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !provider.modules.includes(statement.source.value)) continue;
    for (const spec of statement.specifiers) {
      if (spec.local.name !== localName) continue;
      const importsObject =
        spec.type === AST_NODE_TYPES.ImportDefaultSpecifier
          ? provider.exportName === 'default'
          : spec.type === AST_NODE_TYPES.ImportSpecifier && importedName(spec) === provider.exportName;
      if (!importsObject) return undefined;
      if (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind === 'type' && statement.importKind !== 'type') {
        // import { type StatusCodes } → import { StatusCodes }
        const range: [number, number] = [spec.range[0], spec.imported.range[0]];
        return (fixer) => fixer.removeRange(range);
      }
      if (statement.importKind === 'type' && statement.specifiers.length === 1) {
        // import type { StatusCodes } → import { StatusCodes }
        const importToken = sourceCode.getFirstToken(statement);
        const typeToken = importToken && sourceCode.getTokenAfter(importToken);
        if (!importToken || typeToken?.value !== 'type') return undefined;
        const range: [number, number] = [importToken.range[1], typeToken.range[1]];
        return (fixer) => fixer.removeRange(range);
      }
      return undefined;
    }
  }
  return undefined;
}

/** What the planner knows of the file. */
export interface PlannedFile {
  readonly moduleSystem: ModuleSystem | undefined;
  readonly filename?: string;
  /** Every module the file imports or requires, when known (the analysis' `moduleSources`). */
  readonly importedModules?: ReadonlySet<string>;
}

/**
 * How to write `provider`'s constant `member` at a literal: through an existing binding, or a binding plus the edit that
 * adds it (undefined when no import can be added with certainty: unknown module system, a `require` that would run after
 * the literal). The rule keeps one planner per file and provider.
 */
export function constantAccessPlanner(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  file: PlannedFile,
): (node: TSESTree.Node, member: string) => ConstantAccess | undefined {
  if (provider.namedExports) return namedExportPlanner(sourceCode, provider);
  const objectAt = objectAccessPlanner(sourceCode, provider, file);
  return (node, member) => {
    const access = objectAt(node);
    return access && { text: `${access.objectText}.${member}`, importFix: access.importFix };
  };
}

/**
 * For a source whose constants are named exports, which the file already imports or destructures from `require()`: the
 * local name of an imported constant (or `ns.NAME` through a namespace import), or the name added to the file's import
 * of the module. Undefined where the name is taken in the file or nothing of the module is imported by name before the
 * literal.
 */
function namedExportPlanner(sourceCode: SourceCode, provider: ConstantProvider): (node: TSESTree.Node, member: string) => ConstantAccess | undefined {
  const layout = layoutOf(sourceCode);
  const imports = layout.imports.filter((statement) => provider.modules.includes(statement.source.value) && statement.importKind !== 'type');
  const requires = layout.requires.filter(
    ({ declarator, specifier }) =>
      provider.modules.includes(specifier) &&
      declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
      declarator.id.properties.every((property) => property.type === AST_NODE_TYPES.Property),
  );
  return (node, member) => {
    for (const statement of imports) {
      for (const spec of statement.specifiers) {
        if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { text: `${spec.local.name}.${member}`, importFix: undefined };
        if (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind !== 'type' && importedName(spec) === member) {
          return { text: spec.local.name, importFix: undefined };
        }
      }
    }
    const earlier = requires.filter(({ statement }) => statement.range[1] <= node.range[0]);
    for (const { declarator } of earlier) {
      for (const property of (declarator.id as TSESTree.ObjectPattern).properties as TSESTree.Property[]) {
        if (propertyKeyName(property) === member && property.value.type === AST_NODE_TYPES.Identifier) return { text: property.value.name, importFix: undefined };
      }
    }
    if (isNameTaken(sourceCode, member)) return undefined;
    const lastNamed = imports.flatMap((statement) => statement.specifiers.filter((spec) => spec.type === AST_NODE_TYPES.ImportSpecifier)).at(-1);
    if (lastNamed) return { text: member, importFix: (fixer) => fixer.insertTextAfter(lastNamed, `, ${member}`) };
    const lastProperty = (earlier.at(-1)?.declarator.id as TSESTree.ObjectPattern | undefined)?.properties.at(-1);
    if (lastProperty) return { text: member, importFix: (fixer) => fixer.insertTextAfter(lastProperty, `, ${member}`) };
    return undefined;
  };
}

/**
 * How to refer to `provider`'s status object at a literal. Everything but a `require` placed near the literal is the
 * same for every literal of the file, so it is planned once.
 */
function objectAccessPlanner(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  file: PlannedFile,
): (node: TSESTree.Node) => ObjectAccess | undefined {
  const fileAccess = planFileAccess(sourceCode, provider, file);
  if (fileAccess !== 'per-node') return () => fileAccess;
  const localName = chooseLocalName(sourceCode, provider);
  // One place for the file's one `require`, chosen for its first literal (the rule asks in source order): ESLint applies
  // fixes that do not overlap in one pass, so a literal above a later `require` and one below it must not each get a
  // declaration of their own (a place after the last `require` for the one, at the top for the other, would declare the
  // binding twice). Every fix then starts at that place, so one is applied per pass, and the next pass finds the
  // binding. A literal above that place, if one were asked about after it, gets no fix.
  let first: { readonly start: number; readonly access: ObjectAccess | undefined } | undefined;
  return (node) => {
    first ??= { start: node.range[0], access: planRequire(sourceCode, provider, localName, node) };
    return node.range[0] >= first.start ? first.access : undefined;
  };
}

/** The part of `constantAccessPlanner` that does not depend on the literal ('per-node': a `require` to place). */
function planFileAccess(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  { moduleSystem, filename, importedModules }: PlannedFile,
): ObjectAccess | undefined | 'per-node' {
  const existing = findExistingBinding(sourceCode, provider, importedModules);
  if (existing?.kind === 'value') {
    if (provider.id === 'http-status' && isWholeModuleRequire(sourceCode, provider, existing.localName)) {
      // `const httpStatus = require('http-status')` is the status object in http-status 1.x but `{ default, status }`
      // from 2.x on: only the installed version tells which member path evaluates to the code.
      const major = filename === undefined ? undefined : installedMajorVersion(provider.module, filename);
      if (major === undefined) return undefined;
      return { objectText: major >= 2 ? `${existing.localName}.default` : existing.localName, importFix: undefined };
    }
    return { objectText: existing.localName, importFix: undefined };
  }
  if (existing?.kind === 'type-only' && !existing.localName.includes('.')) {
    // The library objects are runtime values (enums / objects) that also name a type, and the added use
    // loads the module anyway: turning the lone type-only import into a value import keeps every use valid.
    const fix = typeOnlyImportToValue(sourceCode, provider, existing.localName);
    if (fix) return { objectText: existing.localName, importFix: fix };
  }
  if (!moduleSystem) return undefined;
  if (moduleSystem !== 'esm') return 'per-node';
  return planImport(sourceCode, provider, chooseLocalName(sourceCode, provider));
}

function planImport(sourceCode: SourceCode, provider: ConstantProvider, localName: string): ObjectAccess {
  const isDefault = provider.exportName === 'default';
  const named = provider.exportName === localName ? localName : `${provider.exportName} as ${localName}`;
  const layout = layoutOf(sourceCode);
  const imports = layout.imports;
  // Merge into a value import of the module.
  for (const statement of imports) {
    if (!provider.modules.includes(statement.source.value) || statement.importKind === 'type') continue;
    const specifiers = statement.specifiers;
    if (specifiers.some((spec) => spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier)) continue;
    const defaultSpec = specifiers.find((spec) => spec.type === AST_NODE_TYPES.ImportDefaultSpecifier);
    const namedSpecs = specifiers.filter((spec) => spec.type === AST_NODE_TYPES.ImportSpecifier);
    if (isDefault) {
      if (defaultSpec) continue;
      const openBrace = sourceCode.getFirstToken(statement, { filter: (token) => token.value === '{' });
      if (!openBrace) continue;
      return { objectText: localName, importFix: (fixer) => fixer.insertTextBefore(openBrace, `${localName}, `) };
    }
    const lastNamed = namedSpecs.at(-1);
    if (lastNamed) return { objectText: localName, importFix: (fixer) => fixer.insertTextAfter(lastNamed, `, ${named}`) };
    if (defaultSpec && specifiers.length === 1) {
      return { objectText: localName, importFix: (fixer) => fixer.insertTextAfter(defaultSpec, `, { ${named} }`) };
    }
    const openBrace = sourceCode.getFirstToken(statement, { filter: (token) => token.value === '{' });
    const closeBrace = openBrace && sourceCode.getTokenAfter(openBrace);
    if (openBrace && closeBrace?.value === '}') {
      // import {} from 'm'
      return { objectText: localName, importFix: (fixer) => fixer.replaceTextRange([openBrace.range[0], closeBrace.range[1]], `{ ${named} }`) };
    }
  }
  const { quote, semicolon } = layout;
  const text = isDefault
    ? `import ${localName} from ${quote}${provider.module}${quote}${semicolon}`
    : `import { ${named} } from ${quote}${provider.module}${quote}${semicolon}`;
  const lastImport = imports.at(-1);
  if (lastImport) return { objectText: localName, importFix: (fixer) => fixer.insertTextAfter(lastImport, `\n${text}`) };
  const first = layout.first!;
  return { objectText: localName, importFix: (fixer) => fixer.insertTextBefore(first, `${text}\n`) };
}

/**
 * What adding an import or a `require` needs of a file, gathered in one pass over its top-level statements and shared
 * by every provider and literal of the file: the imports and `require` declarations (in order), the quote and
 * semicolon style, and the first statement that is not a directive (`'use strict'`).
 */
interface FileLayout {
  readonly imports: readonly TSESTree.ImportDeclaration[];
  readonly requires: readonly { statement: TSESTree.VariableDeclaration; declarator: TSESTree.VariableDeclarator; specifier: string }[];
  readonly quote: string;
  readonly semicolon: string;
  readonly first: TSESTree.ProgramStatement | undefined;
}

const layoutCache = new WeakMap<object, FileLayout>();

function layoutOf(sourceCode: SourceCode): FileLayout {
  const cached = layoutCache.get(sourceCode.ast);
  if (cached) return cached;
  const imports: TSESTree.ImportDeclaration[] = [];
  const requires: FileLayout['requires'][number][] = [];
  let first: TSESTree.ProgramStatement | undefined;
  // The style follows the first import (quote) and the first import or variable declaration (semicolon).
  let quote: string | undefined;
  let semicolon: string | undefined;
  for (const statement of sourceCode.ast.body) {
    if (!first && !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined)) first = statement;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      imports.push(statement);
      quote ??= sourceCode.getText(statement.source).startsWith('"') ? '"' : "'";
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const specifier = requireSpecifier(declarator.init);
        if (specifier !== undefined) requires.push({ statement, declarator, specifier });
      }
    } else {
      continue;
    }
    semicolon ??= sourceCode.getText(statement).trimEnd().endsWith(';') ? ';' : '';
  }
  const layout: FileLayout = { imports, requires, quote: quote ?? "'", semicolon: semicolon ?? ';', first };
  layoutCache.set(sourceCode.ast, layout);
  return layout;
}

function planRequire(
  sourceCode: SourceCode,
  provider: ConstantProvider,
  localName: string,
  node: TSESTree.Node,
): ObjectAccess | undefined {
  const exportName = provider.requireExportName;
  const property = exportName === localName ? localName : `${exportName}: ${localName}`;
  const layout = layoutOf(sourceCode);
  for (const { statement, declarator, specifier } of layout.requires) {
    // Merge into `const { ReasonPhrases } = require('http-status-codes')`.
    if (
      provider.modules.includes(specifier) &&
      declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
      declarator.id.properties.length > 0 &&
      declarator.id.properties.every((p) => p.type === AST_NODE_TYPES.Property) &&
      statement.range[1] <= node.range[0]
    ) {
      const last = declarator.id.properties.at(-1)!;
      return { objectText: localName, importFix: (fixer) => fixer.insertTextAfter(last, `, ${property}`) };
    }
  }
  const lastRequire = layout.requires.at(-1)?.statement;
  const text = `const { ${property} } = require(${layout.quote}${provider.module}${layout.quote})${layout.semicolon}`;
  // The binding must exist before the statement that uses it runs.
  if (lastRequire && lastRequire.range[1] <= node.range[0]) {
    return { objectText: localName, importFix: (fixer) => fixer.insertTextAfter(lastRequire, `\n${text}`) };
  }
  const first = layout.first;
  const before = first && first.range[0] <= node.range[0] ? first : topLevelStatementOf(sourceCode, node);
  if (!before) return undefined;
  return { objectText: localName, importFix: (fixer) => fixer.insertTextBefore(before, `${text}\n`) };
}
