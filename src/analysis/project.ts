import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Dependencies declared by the nearest package.json above a file. */
export interface ProjectManifest {
  readonly directory: string;
  /** The package's own name, when it has one. */
  readonly name: string | undefined;
  /** `dependencies`, `peerDependencies` and `devDependencies`, with their ranges. */
  readonly dependencies: ReadonlyMap<string, string>;
  /** The names in `dependencies` and `peerDependencies`: what the package's own code runs with. */
  readonly runtimeDependencies: ReadonlySet<string>;
  /** The `imports` field as written: the package's subpath imports (`#lib/*`), read when a file imports one. */
  readonly imports: unknown;
}

const manifestByDirectory = new Map<string, ProjectManifest | null>();

/**
 * The nearest package.json above `filename`, cached per directory for the life of the process
 * (an editor session re-reads it only on restart, as ESLint does with its own config).
 */
export function findProjectManifest(filename: string): ProjectManifest | undefined {
  // ESLint lints a directory's files one after the other: the next file of the last directory needs no path arithmetic
  // (the file gate asks for every file its text turned away).
  const last = lastLookup;
  if (
    last &&
    filename.length > last.directory.length + 1 &&
    filename.charCodeAt(last.directory.length) === SEPARATOR &&
    filename.startsWith(last.directory) &&
    filename.indexOf(path.sep, last.directory.length + 1) === -1
  ) {
    return last.manifest;
  }
  const manifest = lookUpProjectManifest(filename);
  if (path.isAbsolute(filename)) lastLookup = { directory: path.dirname(filename), manifest };
  return manifest;
}

const SEPARATOR = path.sep.charCodeAt(0);

/** The directory of the last file looked up, and its manifest. */
let lastLookup: { readonly directory: string; readonly manifest: ProjectManifest | undefined } | undefined;

function lookUpProjectManifest(filename: string): ProjectManifest | undefined {
  if (!path.isAbsolute(filename)) return undefined;
  const visited: string[] = [];
  let directory = path.dirname(filename);
  let found: ProjectManifest | null = null;
  for (;;) {
    const cached = manifestByDirectory.get(directory);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(directory);
    const manifest = readManifest(directory);
    if (manifest) {
      found = manifest;
      break;
    }
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  for (const dir of visited) manifestByDirectory.set(dir, found);
  return found ?? undefined;
}

/**
 * The package.json files above a package's own, nearest first (a monorepo's root, a repository that holds the
 * package). None for a package inside `node_modules`: a dependency's ancestors are the project that installed it.
 */
export function* enclosingManifests(manifest: ProjectManifest): Generator<ProjectManifest> {
  if (manifest.directory.split(path.sep).includes('node_modules')) return;
  let directory = manifest.directory;
  for (;;) {
    const parent = path.dirname(directory);
    if (parent === directory) return;
    const above = findProjectManifest(path.join(parent, 'package.json'));
    if (!above) return;
    yield above;
    directory = above.directory;
  }
}

function readManifest(directory: string): ProjectManifest | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(directory, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
  const dependencies = new Map<string, string>();
  const runtimeDependencies = new Set<string>();
  let name: string | undefined;
  let imports: unknown;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (typeof json.name === 'string') name = json.name;
    imports = json.imports;
    for (const field of ['peerDependencies', 'devDependencies', 'dependencies']) {
      const group = json[field];
      if (group && typeof group === 'object') {
        for (const [name, range] of Object.entries(group as Record<string, unknown>)) {
          if (typeof range !== 'string') continue;
          dependencies.set(name, range);
          if (field !== 'devDependencies') runtimeDependencies.add(name);
        }
      }
    }
  } catch {
    // A broken package.json tells us nothing; behave as if there were none.
  }
  return { directory, name, dependencies, runtimeDependencies, imports };
}

/**
 * Whether the project a file belongs to uses one of `packages`: its nearest package.json (or one above it, a monorepo's
 * root) depends on one in any group, or is one (a package's own code and examples use its objects).
 */
export function projectUsesPackage(filename: string, packages: readonly string[]): boolean {
  const nearest = findProjectManifest(filename);
  if (!nearest) return false;
  const uses = (manifest: ProjectManifest) =>
    packages.some((name) => manifest.name === name || manifest.dependencies.has(name));
  if (uses(nearest)) return true;
  for (const manifest of enclosingManifests(nearest)) if (uses(manifest)) return true;
  return false;
}

const majorsByManifest = new WeakMap<ProjectManifest, Map<string, number | undefined>>();

/** The major version of `packageName` that the manifest pins (see `majorVersionOf`), worked out once per manifest. */
export function dependencyMajor(manifest: ProjectManifest, packageName: string): number | undefined {
  let majors = majorsByManifest.get(manifest);
  if (!majors) majorsByManifest.set(manifest, (majors = new Map<string, number | undefined>()));
  if (majors.has(packageName)) return majors.get(packageName);
  const range = manifest.dependencies.get(packageName);
  const major = range === undefined ? undefined : majorVersionOf(range);
  majors.set(packageName, major);
  return major;
}

/**
 * The major version a dependency range pins: `^5.1.0` → 5, `~4.18` → 4, `5.x` → 5,
 * `npm:express@5` → 5. Ranges that allow several majors (`>=4`, `*`, `latest`) give undefined.
 */
export function majorVersionOf(range: string): number | undefined {
  const spec = range.includes('@') && range.startsWith('npm:') ? range.slice(range.lastIndexOf('@') + 1) : range;
  const match = /^\s*[\^~=v]?\s*(\d+)(?:\.[\dxX*]+){0,2}\s*$/u.exec(spec);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** For tests: forget cached manifests. */
export function clearManifestCache(): void {
  manifestByDirectory.clear();
  lastLookup = undefined;
}
