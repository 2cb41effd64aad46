// A throw-away consumer project in the OS temp folder: copies of fixture folders, a package.json, and a
// node_modules holding the packed plugin (a real copy) plus links to the packages the project and the plugin import.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { inject } from 'vitest';

import { repoRoot } from './paths.js';

/** The two ESLint majors the plugin supports: `eslint` is 10, `eslint9` is the `npm:eslint@^9` alias. */
export type EslintPackage = 'eslint' | 'eslint9';

export interface ProjectOptions {
  /** Folders copied, in order, into the project root. */
  readonly from: readonly string[];
  /** Which ESLint the project's `node_modules/eslint` is. */
  readonly eslint?: EslintPackage;
  /** Extra packages the project's code or config imports, linked from this repository's node_modules. */
  readonly packages?: readonly string[];
}

export interface Project {
  readonly dir: string;
  file(relative: string): string;
  read(relative: string): string;
  remove(): void;
}

function link(target: string, at: string): void {
  mkdirSync(path.dirname(at), { recursive: true });
  if (!existsSync(at)) symlinkSync(target, at, 'dir');
}

export function eslintBin(eslint: EslintPackage): string {
  return path.join(repoRoot, 'node_modules', eslint, 'bin/eslint.js');
}

export function createProject({ from, eslint = 'eslint', packages = [] }: ProjectOptions): Project {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'http-status-consumer-'));
  for (const source of from) cpSync(source, dir, { recursive: true });
  if (!existsSync(path.join(dir, 'package.json'))) {
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  }

  const modules = path.join(dir, 'node_modules');
  const pluginDir = path.join(modules, 'eslint-plugin-http-status');
  cpSync(inject('pluginPackageDir'), pluginDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  // What npm would install next to the plugin: its dependencies, and ESLint as the peer.
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...packages]) {
    link(path.join(repoRoot, 'node_modules', name), path.join(modules, name));
  }
  link(path.join(repoRoot, 'node_modules', eslint), path.join(modules, 'eslint'));

  return {
    dir,
    file: (relative) => path.join(dir, relative),
    read: (relative) => readFileSync(path.join(dir, relative), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
