// Runs once before the integration tests: makes sure dist/ is current, then packs the plugin with `npm pack`
// and unpacks it, so the tests install exactly what npm would publish (files: ["dist"], exports map, dependencies).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { repoRoot } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The unpacked `npm pack` of this repository (a folder holding package.json and dist/). */
    pluginPackageDir: string;
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isBuildCurrent(): boolean {
  try {
    return statSync(path.join(repoRoot, 'dist/index.js')).mtimeMs >= newestMtime(path.join(repoRoot, 'src'));
  } catch {
    return false;
  }
}

export default function setup(project: TestProject): () => void {
  if (!isBuildCurrent()) {
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'http-status-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [{ filename }] = JSON.parse(output) as [{ filename: string }];
  execFileSync('tar', ['-xzf', path.join(workDir, path.basename(filename)), '-C', workDir]);
  const packageDir = path.join(workDir, 'package');
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string };
  if (manifest.name !== 'eslint-plugin-http-status') throw new Error(`unexpected package ${manifest.name}`);

  project.provide('pluginPackageDir', packageDir);
  return () => rmSync(workDir, { recursive: true, force: true });
}
