// Typed-mode benchmark: what the plugin costs on top of typed parsing.
//
// `benchTyped({ files })` lints TypeScript files with typescript-eslint's parser and type information
// (`parserOptions.project`, a temporary tsconfig that includes exactly those files when `tsconfig` is not given),
// with every rule of the plugin (`configs.all`) and ESLint's `stats`, which time the parse and each rule apart:
//   - parseMs: the typed parse (program creation, AST conversion), the baseline;
//   - ruleMs: the plugin's rules, including the shared analysis and the checker work it asks for;
//   - share = ruleMs / parseMs. The budget is `share <= 0.10`.
// This run must be the first typed lint of these files in the process: typescript-eslint keeps the program, and
// the checker its types, so a second run would look cheaper than a real one. A rule-less run follows for the
// wall time of the typed parse alone (`baselineMs`, warm, for information). The main bench script (`npm run bench`) can call it on the TypeScript
// part of the corpus; run alone, `node scripts/bench-typed.js [dir…]` measures the given directories
// (default: this repository's src/ and tests/, plus examples/).
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../dist/index.js';

/**
 * @param {{ files: string[], tsconfig?: string, cwd?: string }} options
 *   files: absolute paths of .ts/.tsx/.mts/.cts files; tsconfig: a project that includes them (else a temporary
 *   one is written); cwd: ESLint's base path, which must contain the files (default: their common directory).
 * @returns {Promise<{ files: number, parseMs: number, ruleMs: number, share: number, pluginMs: number,
 *   baselineMs: number, rules: Record<string, number>, findings: number }>}
 */
export async function benchTyped({ files, tsconfig, cwd = commonDirectory(files) }) {
  let tempDir;
  let project = tsconfig;
  if (!project) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'http-status-bench-'));
    project = path.join(tempDir, 'tsconfig.json');
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: false,
          skipLibCheck: true,
          noEmit: true,
          allowJs: false,
          types: ['node'],
          typeRoots: [path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '@types')],
        },
        files,
      }),
    );
  }
  const languageOptions = {
    parser: tseslint.parser,
    parserOptions: { project, tsconfigRootDir: path.dirname(project) },
  };
  const files_ = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
  const lintOnce = async (withPlugin) => {
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      ignore: false,
      cache: false,
      stats: withPlugin,
      overrideConfig: withPlugin
        ? [{ files: files_, languageOptions }, { files: files_, ...plugin.configs.all }]
        : [{ files: files_, languageOptions }],
    });
    const start = process.hrtime.bigint();
    const results = await eslint.lintFiles(files);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, results };
  };
  try {
    const pluginRun = await lintOnce(true);
    const baselineRun = await lintOnce(false);
    const rules = {};
    let findings = 0;
    let parseMs = 0;
    for (const result of pluginRun.results) {
      findings += result.messages.filter((message) => message.ruleId?.startsWith('http-status/')).length;
      for (const pass of result.stats?.times.passes ?? []) {
        parseMs += pass.parse?.total ?? 0;
        for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
          if (ruleId.startsWith('http-status/')) rules[ruleId] = (rules[ruleId] ?? 0) + time.total;
        }
      }
    }
    const ruleMs = Object.values(rules).reduce((sum, ms) => sum + ms, 0);
    return {
      files: files.length,
      parseMs,
      ruleMs,
      share: ruleMs / parseMs,
      pluginMs: pluginRun.ms,
      baselineMs: baselineRun.ms,
      rules,
      findings,
    };
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** The deepest directory that contains every file. */
function commonDirectory(files) {
  let common = path.dirname(files[0] ?? process.cwd());
  for (const file of files) {
    while (!file.startsWith(common + path.sep) && path.dirname(common) !== common) common = path.dirname(common);
  }
  return common;
}

/** TypeScript source files under `dir` (no .d.ts, no node_modules, no dist). */
export function typeScriptFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...typeScriptFiles(full));
    else if (/\.[cm]?tsx?$/u.test(entry) && !/\.d\.[cm]?ts$/u.test(entry)) found.push(full);
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'tests', 'examples'].map((d) => path.join(root, d));
  const files = dirs.flatMap((dir) => typeScriptFiles(path.resolve(dir))).filter((file) => !file.includes('/fixtures/'));
  const result = await benchTyped({ files });
  const pct = (result.share * 100).toFixed(1);
  console.log(
    `typed mode: ${result.files} files; typed parse ${result.parseMs.toFixed(0)} ms, plugin rules ` +
      `${result.ruleMs.toFixed(1)} ms = ${pct} % of it (budget 10 %); wall ${result.pluginMs.toFixed(0)} ms with the ` +
      `plugin, ${result.baselineMs.toFixed(0)} ms for a warm rule-less run; ${result.findings} findings`,
  );
  for (const [rule, ms] of Object.entries(result.rules)) console.log(`  ${rule}: ${ms.toFixed(1)} ms`);
  process.exitCode = result.share <= 0.1 ? 0 : 1;
}
