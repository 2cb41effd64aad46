/**
 * Constant providers: where a fixer takes a named status constant from, and
 * how the source is chosen for a file (option → shared setting → "auto":
 * imported in the file → a project module the file takes constants from →
 * the nearest package.json → `node:http2` for Node
 * server code → the constants libraries installed, as suggestions only).
 */
import { readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';

import { enclosingManifests, findProjectManifest } from '../analysis/project.js';
import { getStatusCodeInfo } from '../codes/index.js';
import { CONSTANT_LIBRARIES, getConstantLibrary, type ConstantLibrary, type ConstantLibraryId } from './libraries.js';

export type ConstantNaming = 'SCREAMING_SNAKE' | 'PascalCase' | 'camelCase';

/** A project's own constants module: `{ module: 'my-http', export: 'Http', naming: 'PascalCase' }`. */
export interface CustomConstantSource {
  readonly module: string;
  /** The export holding the status object; `default` for a default export. */
  readonly export: string;
  /** How member names are built from the IANA phrase (404 Not Found → NOT_FOUND / NotFound / notFound). */
  readonly naming?: ConstantNaming;
  /** Explicit member names by code (`{ "404": "NotFound" }`); codes not listed get no constant. */
  readonly map?: Readonly<Record<string, string>>;
}

/** The value of the `constants` option or setting. */
export type ConstantSourceSetting = 'auto' | ConstantLibraryId | CustomConstantSource;

export const CONSTANT_SOURCE_IDS: readonly ConstantLibraryId[] = CONSTANT_LIBRARIES.map((library) => library.id);

/** One place named constants can come from. */
export interface ConstantProvider {
  /** Library id, or the module name of a custom source. */
  readonly id: string;
  /** The specifier an added import uses. */
  readonly module: string;
  /** Every specifier that provides the same object (`node:http2` and `http2`). */
  readonly modules: readonly string[];
  /** The export holding the status object (`default` for a default export). */
  readonly exportName: string;
  /** The export to destructure from `require()` (http-status: `default`). */
  readonly requireExportName: string;
  /** Local name an added import binds. */
  readonly preferredLocalName: string;
  /** Names to try, in order, when the preferred one is taken in the file. */
  readonly aliasNames: readonly string[];
  /**
   * Each member's TypeScript type is its literal code (an enum member or a `404` literal type), so the constant can
   * stand where `404 as const` stood. node:http2's `constants` are typed `number`.
   */
  readonly literalTypes: boolean;
  /** The library, for the four known ones. */
  readonly library: ConstantLibrary | undefined;
  /** The member for `code`, or undefined when the source has none. */
  nameFor(code: number): string | undefined;
  /**
   * The constants are the module's named exports (`import { NOT_FOUND } from './http-status.js'`), not members of an
   * exported object: a constant is written as its own name, and taken by adding it to the module's import.
   */
  readonly namedExports?: boolean;
  /**
   * Whether the source is known to define `nameFor(code)` as `code`. Present for sources the file's code revealed (a
   * project module, whose text was read): only a confirmed constant is a fix, any other one is a suggestion. Absent:
   * libraries and configured sources, which are trusted.
   */
  readonly confirms?: (code: number) => boolean;
}

const ALIASES: Readonly<Record<ConstantLibraryId, readonly string[]>> = {
  'http-status-codes': ['HttpStatusCodes'],
  '@nestjs/common': ['NestHttpStatus'],
  'node:http2': ['http2Constants'],
  'http-status': ['httpStatusCodes'],
  axios: ['AxiosHttpStatusCode'],
};

function libraryProvider(library: ConstantLibrary): ConstantProvider {
  return {
    id: library.id,
    module: library.modules[0]!,
    modules: library.modules,
    exportName: library.exportName,
    // http-status 2.x: `require('http-status')` is `{ default, status }`.
    requireExportName: library.exportName,
    preferredLocalName: library.preferredLocalName,
    aliasNames: ALIASES[library.id],
    literalTypes: library.id !== 'node:http2',
    library,
    nameFor: (code) => library.codeToName.get(code),
  };
}

const LIBRARY_PROVIDERS = new Map<ConstantLibraryId, ConstantProvider>(
  CONSTANT_LIBRARIES.map((library) => [library.id, libraryProvider(library)]),
);

export function getLibraryProvider(id: ConstantLibraryId): ConstantProvider {
  return LIBRARY_PROVIDERS.get(id) ?? libraryProvider(getConstantLibrary(id));
}

/** Words of an IANA phrase: "Non-Authoritative Information" → ['Non', 'Authoritative', 'Information']. */
function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/'/gu, '')
    .split(/[^A-Za-z0-9]+/u)
    .filter((word) => word.length > 0);
}

/** The member name a naming style gives `code`, from its IANA phrase; undefined for unregistered and "(Unused)" codes. */
export function constantNameFromPhrase(code: number, naming: ConstantNaming): string | undefined {
  const info = getStatusCodeInfo(code);
  if (!info || info.registration === 'unused') return undefined;
  const words = phraseWords(info.phrase);
  if (words.length === 0) return undefined;
  const capitalised = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  switch (naming) {
    case 'SCREAMING_SNAKE':
      return words.map((word) => word.toUpperCase()).join('_');
    case 'PascalCase':
      return capitalised.join('');
    case 'camelCase':
      return capitalised[0]!.toLowerCase() + capitalised.slice(1).join('');
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

export function customProvider(source: CustomConstantSource): ConstantProvider {
  const naming = source.naming ?? 'SCREAMING_SNAKE';
  const map = source.map;
  const local = source.export === 'default' ? localNameForModule(source.module) : source.export;
  return {
    id: source.module,
    module: source.module,
    modules: [source.module],
    exportName: source.export,
    requireExportName: source.export,
    preferredLocalName: local,
    aliasNames: [`${local}Status`],
    literalTypes: false,
    library: undefined,
    nameFor(code) {
      if (map) {
        const name = map[String(code)];
        return name !== undefined && IDENTIFIER.test(name) ? name : undefined;
      }
      return constantNameFromPhrase(code, naming);
    },
  };
}

/** `@acme/http-codes` → `httpCodes`. */
function localNameForModule(specifier: string): string {
  const base = specifier.split('/').pop() ?? specifier;
  const words = base.split(/[^A-Za-z0-9]+/u).filter(Boolean);
  const name = words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return IDENTIFIER.test(name) ? name : 'httpStatusConstants';
}

// ---------------------------------------------------------------------------
// Resolvability

const resolvableCache = new Map<string, boolean>();

/**
 * Whether `specifier` resolves from the file's directory the way Node resolves it (builtins always do).
 * Cached per directory for the life of the process.
 */
export function isModuleResolvable(specifier: string, filename: string): boolean {
  if (isBuiltin(specifier)) return true;
  const absolute = path.isAbsolute(filename) ? filename : path.resolve(process.cwd(), filename);
  const directory = path.dirname(absolute);
  const key = `${directory}\0${specifier}`;
  const cached = resolvableCache.get(key);
  if (cached !== undefined) return cached;
  let resolvable: boolean;
  try {
    createRequire(path.join(directory, '__resolve__.js')).resolve(specifier);
    resolvable = true;
  } catch (error) {
    // An ESM-only package without a `require` condition exists all the same.
    resolvable = (error as { code?: string }).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
  resolvableCache.set(key, resolvable);
  return resolvable;
}

/** For tests: forget resolution results. */
export function clearResolvableCache(): void {
  resolvableCache.clear();
  versionCache.clear();
  declaredByDirectory.clear();
}

const versionCache = new Map<string, number | null>();

/**
 * The major version of the package `specifier` resolves to from the file (its package.json, found above the resolved
 * entry point), or undefined when it does not resolve. Cached per directory.
 */
export function installedMajorVersion(specifier: string, filename: string): number | undefined {
  const absolute = path.isAbsolute(filename) ? filename : path.resolve(process.cwd(), filename);
  const directory = path.dirname(absolute);
  const key = `${directory}\0${specifier}`;
  const cached = versionCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let major: number | null = null;
  try {
    let current = path.dirname(createRequire(path.join(directory, '__resolve__.js')).resolve(specifier));
    for (let depth = 0; depth < 8 && major === null; depth++) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(current, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
        if (manifest.name === specifier && typeof manifest.version === 'string') {
          const parsed = Number.parseInt(manifest.version, 10);
          major = Number.isNaN(parsed) ? null : parsed;
          break;
        }
      } catch {
        // No package.json here; keep walking up.
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  } catch {
    major = null;
  }
  versionCache.set(key, major);
  return major ?? undefined;
}

// ---------------------------------------------------------------------------
// Choosing the source for a file

export interface ConstantChoice {
  /** Candidate providers, best first. */
  readonly providers: readonly ConstantProvider[];
  /** A single source was chosen (a fix is possible); otherwise every provider is a suggestion. */
  readonly single: boolean;
  /** Why: for messages and tests. */
  readonly reason: 'configured' | 'imported' | 'project module' | 'package.json' | 'node-server' | 'enclosing package.json' | 'none';
}

export interface FileFacts {
  readonly filename: string;
  /** Module specifiers the file imports or requires (any binding, type-only included). */
  readonly importedModules: ReadonlySet<string>;
  /** Libraries whose status object the file already binds as a value (they win over other imported libraries). */
  readonly boundLibraries?: ReadonlySet<ConstantLibraryId>;
  /** The file is Node server code (it uses a Node server framework or `node:http`). */
  readonly nodeServer: boolean;
  /** A project module the file already takes status constants from (see `findProjectConstantsModule`). */
  readonly projectModule?: ConstantProvider | undefined;
}

/** Parses an option or setting value; undefined when it is not a valid source. */
export function parseConstantSource(value: unknown): ConstantSourceSetting | undefined {
  if (value === 'auto') return 'auto';
  if (typeof value === 'string') return (CONSTANT_SOURCE_IDS as readonly string[]).includes(value) ? (value as ConstantLibraryId) : undefined;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.module !== 'string' || typeof record.export !== 'string') return undefined;
    const naming = record.naming;
    const map = record.map;
    return {
      module: record.module,
      export: record.export,
      ...(naming === 'SCREAMING_SNAKE' || naming === 'PascalCase' || naming === 'camelCase' ? { naming } : {}),
      ...(map !== null && typeof map === 'object' ? { map: map as Record<string, string> } : {}),
    };
  }
  return undefined;
}

/** The dependencies in package.json that provide constants, in library order. */
const NPM_LIBRARIES = CONSTANT_LIBRARIES.filter((library) => !library.onlyWhereBound && !library.modules.some((m) => isBuiltin(m)));

/**
 * Chooses the constant source for a file: `setting` (from the rule option or the shared setting) when it names one,
 * else, for "auto": a library the file already imports, else a project module it takes status constants from, else the
 * one the nearest package.json depends on
 * (several → suggestions for each), else `node:http2` for Node server code, else the libraries a package.json further
 * up depends on (a monorepo's root: suggestions only, since the file's own package does not declare them; not
 * @nestjs/common, which is a framework). A library that is merely installed (hoisted into node_modules as another
 * package's dependency) is never chosen: importing it is what `import/no-extraneous-dependencies` forbids.
 */
export function chooseConstantSource(setting: ConstantSourceSetting, facts: FileFacts): ConstantChoice {
  if (typeof setting === 'object') return { providers: [customProvider(setting)], single: true, reason: 'configured' };
  if (setting !== 'auto') return { providers: [getLibraryProvider(setting)], single: true, reason: 'configured' };

  const importedLibraries = CONSTANT_LIBRARIES.filter(
    (library) =>
      library.modules.some((m) => facts.importedModules.has(m)) && (!library.onlyWhereBound || facts.boundLibraries?.has(library.id)),
  );
  const imported = importedLibraries.find((library) => facts.boundLibraries?.has(library.id)) ?? importedLibraries[0];
  if (imported) return { providers: [getLibraryProvider(imported.id)], single: true, reason: 'imported' };
  const projectModule = facts.projectModule;
  if (projectModule) return { providers: [projectModule], single: true, reason: 'project module' };

  const { filename } = facts;
  const directory = path.dirname(path.isAbsolute(filename) ? filename : path.resolve(process.cwd(), filename));
  let declared = declaredByDirectory.get(directory);
  if (!declared) declaredByDirectory.set(directory, (declared = declaredChoices(directory)));
  if (declared.own) return declared.own;
  if (facts.nodeServer) return { providers: [getLibraryProvider('node:http2')], single: true, reason: 'node-server' };
  return declared.enclosing;
}

/** What the package.json files above a directory declare (the same for every file of the directory). */
interface DeclaredChoices {
  /** The nearest package.json's libraries. */
  readonly own: ConstantChoice | undefined;
  /** The libraries of the nearest package.json further up that declares any, or no source. */
  readonly enclosing: ConstantChoice;
}

function declaredChoices(directory: string): DeclaredChoices {
  const manifest = findProjectManifest(path.join(directory, 'package.json'));
  const none: ConstantChoice = { providers: [], single: false, reason: 'none' };
  if (!manifest) return { own: undefined, enclosing: none };
  const own = NPM_LIBRARIES.filter((library) => manifest.dependencies.has(library.modules[0]!));
  if (own.length > 0) {
    return {
      own: { providers: own.map((library) => getLibraryProvider(library.id)), single: own.length === 1, reason: 'package.json' },
      enclosing: none,
    };
  }
  for (const above of enclosingManifests(manifest)) {
    // Not @nestjs/common: a whole framework is no constants library for a package that does not depend on it.
    const shared = NPM_LIBRARIES.filter((library) => library.id !== '@nestjs/common' && above.dependencies.has(library.modules[0]!));
    if (shared.length > 0) {
      return {
        own: undefined,
        enclosing: { providers: shared.map((library) => getLibraryProvider(library.id)), single: false, reason: 'enclosing package.json' },
      };
    }
  }
  return { own: undefined, enclosing: none };
}

const declaredByDirectory = new Map<string, DeclaredChoices>();

/**
 * Frameworks that run on Node's HTTP server only (their files can use `node:http2` constants). A file that imports
 * Node's HTTP modules is found by `NODE_HTTP_MODULES`.
 */
const NODE_SERVER_FRAMEWORKS: ReadonlySet<string> = new Set(['express', 'koa', 'fastify', 'hapi', 'nestjs', 'http-errors']);
const NODE_HTTP_MODULES: ReadonlySet<string> = new Set(['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2']);
/**
 * Frameworks that include `node-http` and also run elsewhere: h3 includes it for `event.node.res`, yet h3 code
 * (Nitro's runtime) also runs on Workers, Deno and Bun, where `node:http2` may not resolve.
 */
const NOT_ONLY_NODE_FRAMEWORKS: ReadonlySet<string> = new Set(['h3', 'nuxt']);

/**
 * Whether the file is Node server code: it uses a Node server framework or Node's HTTP modules, or sets a status on a
 * Node response that no framework of other runtimes brought in (connect-style middleware declared with
 * `settings['http-status'].frameworks: ['node-http']`).
 */
export function isNodeServerCode(
  frameworks: ReadonlySet<{ readonly id: string }>,
  moduleSources: ReadonlySet<string>,
): boolean {
  let nodeResponses = false;
  let otherRuntimes = false;
  for (const framework of frameworks) {
    if (NODE_SERVER_FRAMEWORKS.has(framework.id)) return true;
    if (framework.id === 'node-http') nodeResponses = true;
    else if (NOT_ONLY_NODE_FRAMEWORKS.has(framework.id)) otherRuntimes = true;
  }
  for (const source of moduleSources) if (NODE_HTTP_MODULES.has(source)) return true;
  return nodeResponses && !otherRuntimes;
}
