/**
 * Where a module specifier of a project's own files leads: a relative path as TypeScript resolves it (`./x.js` may be
 * `./x.ts`), a subpath import (`#lib/http-status`) through the nearest package.json's `imports`, and a path alias
 * (`@/lib/http-status`, `~/utils/codes`, `$lib/status`) through the `paths` and `baseUrl` of the nearest tsconfig.json
 * or jsconfig.json. Read so that a project's own constants module can be found from a file that imports it; a package
 * is never a project file.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { findProjectManifest } from './project.js';

/**
 * The project file `specifier` names from the file `filename`: its path when it exists, null for a specifier of the
 * project's files that does not lead to one (an alias only a bundler's config defines), undefined for a package.
 */
export function resolveProjectFile(specifier: string, filename: string): string | null | undefined {
  const directory = path.dirname(path.isAbsolute(filename) ? filename : path.resolve(process.cwd(), filename));
  const key = `${directory}\0${specifier}`;
  const cached = resolved.get(key);
  if (cached !== undefined || resolved.has(key)) return cached;
  const found = resolveFrom(specifier, directory);
  resolved.set(key, found);
  return found;
}

const resolved = new Map<string, string | null | undefined>();

/**
 * A specifier that can only name the project's own files, whether or not it resolves: a relative path, a subpath
 * import, or one of the path aliases bundlers predefine (`@/`, `~/`). Any other is a package's unless the project's
 * tsconfig maps it.
 */
export function isProjectSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('@/') || specifier.startsWith('~/') || specifier.startsWith('#');
}

function resolveFrom(specifier: string, directory: string): string | null | undefined {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return firstFile(sourceCandidates(path.resolve(directory, specifier))) ?? null;
  if (specifier.startsWith('#')) {
    const manifest = findProjectManifest(path.join(directory, 'package.json'));
    const targets = manifest ? subpathImportTargets(manifest.imports, specifier) : [];
    return firstFile(targets.flatMap((target) => sourceCandidates(path.resolve(manifest!.directory, target)))) ?? null;
  }
  const config = compilerPathsFor(directory);
  const mapped = config && mappedPaths(config, specifier);
  if (mapped) {
    const file = firstFile(mapped.flatMap(sourceCandidates));
    if (file) return file;
  }
  // TypeScript falls back to node_modules; a specifier that only a bundler's alias can mean has no package behind it.
  return isProjectSpecifier(specifier) ? null : undefined;
}

function firstFile(candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one; try the next.
    }
  }
  return undefined;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** TypeScript's ESM convention: './http-status.js' names './http-status.ts' (and .mjs → .mts, .cjs → .cts). */
const TYPESCRIPT_EXTENSIONS: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** The files a module path may be, in the order TypeScript tries them. */
function sourceCandidates(base: string): string[] {
  const extension = path.extname(base);
  const stem = extension ? base.slice(0, -extension.length) : base;
  const typescript = TYPESCRIPT_EXTENSIONS[extension] ?? [];
  return [
    base,
    ...typescript.map((replacement) => stem + replacement),
    ...SOURCE_EXTENSIONS.map((added) => base + added),
    ...SOURCE_EXTENSIONS.map((added) => path.join(base, `index${added}`)),
  ];
}

/**
 * The paths a package.json's `imports` maps `specifier` to, relative to the package (Node's rules: an exact key first,
 * then the pattern with the longest prefix; a target may be a string, an array or an object of conditions, every
 * condition taken in order). Targets that name a package are left out.
 */
function subpathImportTargets(imports: unknown, specifier: string): string[] {
  if (!isRecord(imports)) return [];
  const entry = lookUp(imports, specifier);
  if (!entry) return [];
  const { value: target, wildcard } = entry;
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('./')) targets.push(wildcard === undefined ? value : value.replaceAll('*', wildcard));
    } else if (Array.isArray(value)) {
      for (const item of value) collect(item);
    } else if (isRecord(value)) {
      for (const condition of Object.values(value)) collect(condition);
    }
  };
  collect(target);
  return targets;
}

/**
 * The entry of a map keyed by specifiers and patterns (package.json `imports`, tsconfig `paths`) that `specifier` takes,
 * as Node and TypeScript choose it: its own key, else the pattern with the longest prefix, with what the `*` matched.
 */
function lookUp(map: Readonly<Record<string, unknown>>, specifier: string): { readonly value: unknown; readonly wildcard: string | undefined } | undefined {
  if (Object.hasOwn(map, specifier)) return { value: map[specifier], wildcard: undefined };
  let best: { key: string; wildcard: string } | undefined;
  for (const key of Object.keys(map)) {
    const wildcard = matchPattern(key, specifier);
    if (wildcard !== undefined && (best === undefined || key.indexOf('*') > best.key.indexOf('*'))) best = { key, wildcard };
  }
  return best && { value: map[best.key], wildcard: best.wildcard };
}

/** What the `*` of a pattern key (`#lib/*`, `@/*`) matches in `specifier`; undefined when the key does not match. */
function matchPattern(key: string, specifier: string): string | undefined {
  const star = key.indexOf('*');
  if (star === -1 || key.indexOf('*', star + 1) !== -1) return undefined;
  const prefix = key.slice(0, star);
  const suffix = key.slice(star + 1);
  if (specifier.length < key.length - 1 || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** A tsconfig's `paths` and `baseUrl`, with what they are relative to. */
interface CompilerPaths {
  readonly paths: Readonly<Record<string, unknown>> | undefined;
  /** The directory `paths` are relative to: `baseUrl`, else the directory of the config that declares them. */
  readonly pathsBase: string;
  /** The absolute `baseUrl`, when a config sets one (non-relative specifiers resolve from it too). */
  readonly baseUrl: string | undefined;
}

/** The absolute paths `specifier` maps to under `config`, in the order TypeScript tries them. */
function mappedPaths(config: CompilerPaths, specifier: string): string[] | undefined {
  const { paths } = config;
  const entry = paths && lookUp(paths, specifier);
  if (entry) {
    const { value: substitutions, wildcard } = entry;
    if (Array.isArray(substitutions)) {
      return substitutions
        .filter((value): value is string => typeof value === 'string')
        .map((value) => path.resolve(config.pathsBase, wildcard === undefined ? value : value.replaceAll('*', wildcard)));
    }
  }
  return config.baseUrl === undefined ? undefined : [path.resolve(config.baseUrl, specifier)];
}

const compilerPathsByDirectory = new Map<string, CompilerPaths | null>();

/**
 * The `paths` and `baseUrl` that apply to the files of `directory`: from the nearest tsconfig.json (or jsconfig.json)
 * above it, with the configs it extends; when it sets neither (a solution config such as Vite's templates write), from
 * the first config it references that does.
 */
function compilerPathsFor(directory: string): CompilerPaths | undefined {
  const visited: string[] = [];
  let current = directory;
  let found: CompilerPaths | null = null;
  for (;;) {
    const cached = compilerPathsByDirectory.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const configFile = ['tsconfig.json', 'jsconfig.json'].map((name) => path.join(current, name)).find(isFile);
    if (configFile) {
      found = readCompilerPaths(configFile) ?? null;
      break;
    }
    const parent = path.dirname(current);
    // A package inside node_modules is not configured by the project that installed it.
    if (parent === current || path.basename(current) === 'node_modules') break;
    current = parent;
  }
  for (const visitedDirectory of visited) compilerPathsByDirectory.set(visitedDirectory, found);
  return found ?? undefined;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function readCompilerPaths(configFile: string): CompilerPaths | undefined {
  const own = readConfigChain(configFile, new Set());
  if (own?.paths !== undefined || own?.baseUrl !== undefined) return finish(own, configFile);
  const config = readJsonc(configFile);
  const references = isRecord(config) && Array.isArray(config.references) ? config.references : [];
  for (const reference of references) {
    if (!isRecord(reference) || typeof reference.path !== 'string') continue;
    let referenced = path.resolve(path.dirname(configFile), reference.path);
    if (!referenced.endsWith('.json')) referenced = path.join(referenced, 'tsconfig.json');
    const chain = readConfigChain(referenced, new Set());
    if (chain?.paths !== undefined || chain?.baseUrl !== undefined) return finish(chain, referenced);
  }
  return undefined;
}

/** What a config and the configs it extends set, the config's own settings winning. */
interface ConfigChain {
  paths?: { readonly value: Readonly<Record<string, unknown>>; readonly directory: string };
  baseUrl?: string;
}

function finish(chain: ConfigChain, configFile: string): CompilerPaths {
  return {
    paths: chain.paths?.value,
    pathsBase: chain.baseUrl ?? chain.paths?.directory ?? path.dirname(configFile),
    baseUrl: chain.baseUrl,
  };
}

function readConfigChain(configFile: string, seen: Set<string>): ConfigChain | undefined {
  if (seen.has(configFile)) return undefined;
  seen.add(configFile);
  const config = readJsonc(configFile);
  if (!isRecord(config)) return undefined;
  const directory = path.dirname(configFile);
  const chain: ConfigChain = {};
  const extended = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  for (const base of extended) {
    const baseFile = typeof base === 'string' ? extendedConfigFile(base, directory) : undefined;
    const inherited = baseFile ? readConfigChain(baseFile, seen) : undefined;
    if (inherited?.paths) chain.paths = inherited.paths;
    if (inherited?.baseUrl !== undefined) chain.baseUrl = inherited.baseUrl;
  }
  const options = config.compilerOptions;
  if (isRecord(options)) {
    if (isRecord(options.paths)) chain.paths = { value: options.paths, directory };
    if (typeof options.baseUrl === 'string') chain.baseUrl = path.resolve(directory, options.baseUrl);
  }
  return chain;
}

/** The file an `extends` names: a path, or a package's config found in a node_modules above the config. */
function extendedConfigFile(name: string, directory: string): string | undefined {
  const withJson = (file: string) => (file.endsWith('.json') ? [file] : [file, `${file}.json`, path.join(file, 'tsconfig.json')]);
  if (name.startsWith('.') || path.isAbsolute(name)) return withJson(path.resolve(directory, name)).find(isFile);
  for (let current = directory; ; current = path.dirname(current)) {
    const found = withJson(path.join(current, 'node_modules', name)).find(isFile);
    if (found) return found;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Larger files are not a project's config. */
const MAX_CONFIG_SIZE = 1024 * 1024;

/** A tsconfig's JSON, read as TypeScript reads it (comments and trailing commas allowed); undefined when unreadable. */
function readJsonc(file: string): unknown {
  try {
    if (statSync(file).size > MAX_CONFIG_SIZE) return undefined;
    return JSON.parse(stripJsonComments(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** `text` without comments and trailing commas, strings left as they are. */
export function stripJsonComments(text: string): string {
  let output = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      output += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else if (char === ',' && /^\s*[}\]]/u.test(stripJsonCommentsAhead(text, index + 1))) {
      index++;
    } else {
      output += char;
      index++;
    }
  }
  return output;
}

/** The text after `index` up to its next token, comments skipped: enough to see whether a comma is trailing. */
function stripJsonCommentsAhead(text: string, index: number): string {
  let current = index;
  for (;;) {
    while (current < text.length && /\s/u.test(text[current]!)) current++;
    if (text.startsWith('//', current)) {
      const end = text.indexOf('\n', current);
      current = end === -1 ? text.length : end;
    } else if (text.startsWith('/*', current)) {
      const end = text.indexOf('*/', current + 2);
      current = end === -1 ? text.length : end + 2;
    } else {
      return text.slice(current, current + 1);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For tests: forget the files and configs resolved. */
export function clearProjectFileCache(): void {
  resolved.clear();
  compilerPathsByDirectory.clear();
}
