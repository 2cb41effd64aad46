// The real-code corpus: parse tests/real-code/corpus.txt, install it into a cache folder outside git (skipped when a
// marker with the list's hash says the cache is complete), and list the files to lint.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const listFile = path.join(root, 'tests/real-code/corpus.txt');

const MAX_BYTES = 1024 * 1024;

/** @typedef {{ name: string, version: string, alias: string | undefined, dir: string, only: string[], skip: string[], ext: string[] | undefined }} CorpusPackage */

/** @returns {CorpusPackage[]} */
export function parseList(text = readFileSync(listFile, 'utf8')) {
  const packages = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (!line) continue;
    const [spec, ...opts] = line.split(/\s+/u);
    const at = spec.lastIndexOf('@');
    const pkg = { name: spec.slice(0, at), version: spec.slice(at + 1), alias: undefined, only: [], skip: [], ext: undefined };
    for (const opt of opts) {
      const [key, value] = opt.split('=');
      const values = value.split(',').filter(Boolean);
      if (key === 'as') pkg.alias = value;
      else if (key === 'only') pkg.only = values;
      else if (key === 'skip') pkg.skip = values;
      else if (key === 'ext') pkg.ext = values.map((ext) => ext.replace(/^\./u, ''));
      else throw new Error(`corpus.txt: unknown option ${key} in "${raw}"`);
    }
    packages.push({ ...pkg, dir: pkg.alias ?? pkg.name });
  }
  return packages;
}

export function cacheDir() {
  return path.resolve(process.env.REAL_CODE_CACHE ?? path.join(root, '.cache/real-code'));
}

/** Installs the listed packages unless the marker says this exact list is already installed. */
export function ensureInstalled(packages = parseList(), { log = console.error } = {}) {
  const dir = cacheDir();
  const dependencies = Object.fromEntries(
    packages.map((pkg) => [pkg.dir, pkg.alias ? `npm:${pkg.name}@${pkg.version}` : pkg.version]),
  );
  const manifest = JSON.stringify({ name: 'real-code-corpus', private: true, dependencies }, null, 2);
  const hash = createHash('sha256').update(manifest).digest('hex');
  const marker = path.join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash) return dir;
  log(`real-code: installing ${packages.length} packages into ${dir} (once; skipped while ${marker} matches)`);
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  rmSync(marker, { force: true });
  writeFileSync(path.join(dir, 'package.json'), manifest + '\n');
  execFileSync(
    'npm',
    ['install', '--ignore-scripts', '--omit=optional', '--legacy-peer-deps', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
    { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  writeFileSync(marker, hash + '\n');
  log(`real-code: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

const LINTED = new Set(['js', 'cjs', 'mjs', 'jsx', 'ts', 'cts', 'mts', 'tsx']);

/** Looks minified: very long lines on average, or any line over 1,000 characters in a file of few lines. */
export function looksMinified(text) {
  const lines = text.split('\n');
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  return text.length / lines.length > 300 || (longest > 2000 && lines.length < 20);
}

/**
 * Files of one package, relative to the package folder, sorted. Leaves out nested node_modules, .d.ts, *.min.js,
 * files over 1 MiB and minified files; `skipped` counts why.
 */
export function packageFiles(pkg, dir = cacheDir(), skipped = {}) {
  const base = path.join(dir, 'node_modules', pkg.dir);
  const files = [];
  const count = (why) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(base, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') continue;
        if (pkg.skip.some((skip) => child === skip)) continue;
        walk(child);
        continue;
      }
      if (!entry.isFile()) continue;
      const ext = entry.name.slice(entry.name.lastIndexOf('.') + 1);
      if (!LINTED.has(ext) || (pkg.ext && !pkg.ext.includes(ext))) continue;
      if (pkg.skip.some((skip) => child === skip || child.startsWith(`${skip}/`))) continue;
      if (/\.d\.[cm]?ts$/u.test(entry.name)) continue;
      if (/\.min\.[cm]?js$/u.test(entry.name)) {
        count('minified');
        continue;
      }
      const full = path.join(base, child);
      if (statSync(full).size > MAX_BYTES) {
        count('over 1 MiB');
        continue;
      }
      if (looksMinified(readFileSync(full, 'utf8'))) {
        count('minified');
        continue;
      }
      files.push(child);
    }
  };
  const roots = pkg.only.length > 0 ? pkg.only : [''];
  for (const only of roots) {
    if (existsSync(path.join(base, only))) walk(only);
  }
  return files.sort();
}

/** Every file of the chosen packages as `{ pkg, rel, id, file }`, where `id` is `package/path` as in the snapshot. */
export function corpusFiles(packages, dir = cacheDir(), skipped = {}) {
  const out = [];
  for (const pkg of packages) {
    for (const rel of packageFiles(pkg, dir, skipped)) {
      out.push({ pkg, rel, id: `${pkg.dir}/${rel}`, file: path.join(dir, 'node_modules', pkg.dir, rel) });
    }
  }
  return out;
}

const README_NAMES = ['README.md', 'readme.md', 'Readme.md'];
const BLOCK_EXTENSIONS = { js: 'js', javascript: 'js', mjs: 'mjs', cjs: 'cjs', jsx: 'jsx', ts: 'ts', typescript: 'ts', tsx: 'tsx' };

/**
 * The JavaScript and TypeScript code blocks of each package's README (` ```js `, ` ```ts `…), each as a file of its
 * package (`README.md.3.js` beside the README), with its text: documented usage is what users copy.
 */
export function readmeBlocks(packages, dir = cacheDir()) {
  const out = [];
  for (const pkg of packages) {
    const pkgDir = path.join(dir, 'node_modules', pkg.dir);
    const readme = README_NAMES.find((name) => existsSync(path.join(pkgDir, name)));
    if (!readme) continue;
    const blocks = /```([a-z]+)[^\S\n]*\n([\s\S]*?)```/gu;
    const markdown = readFileSync(path.join(pkgDir, readme), 'utf8');
    let index = 0;
    for (const [, lang, text] of markdown.matchAll(blocks)) {
      const ext = BLOCK_EXTENSIONS[lang];
      if (!ext) continue;
      const rel = `${readme}.${++index}.${ext}`;
      out.push({ pkg, rel, id: `${pkg.dir}/${rel}`, file: path.join(pkgDir, rel), text });
    }
  }
  return out;
}

/** The listed packages, or those named in `only` (dir or package name). */
export function selectPackages(only = []) {
  const all = parseList();
  if (only.length === 0) return all;
  const chosen = all.filter((pkg) => only.includes(pkg.dir) || only.includes(pkg.name));
  if (chosen.length === 0) throw new Error(`no package in corpus.txt matches ${only.join(', ')}`);
  return chosen;
}
