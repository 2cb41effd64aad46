// npm run bench [-- --rounds=N | --hot[=K] | --by-kind | --typed]
// Benchmarks the plugin on the real-code corpus, in one process: lint time with a baseline config (ESLint's
// js.configs.recommended; typescript-eslint's parser for TS files), the baseline plus configs.all of the BUILT plugin,
// and the baseline plus core no-magic-numbers. Per-rule times come from ESLint's `stats` option (Linter#getTimes()).
// One warm-up round, then N measured rounds (interleaved); medians are printed. A benchmark, not a timed test.
// `--hot[=K]`: instead, the bound that no change of traversal order or caching can beat: one pass over the corpus in
// place, then each file linted K times in a row (default 6; its text, nodes, scopes and the rules' code stay in the CPU's
// caches) and its fastest run kept, for configs.all and for no-magic-numbers (see docs/architecture.md).
// `--by-kind`: instead, the plugin's time split by what each file turns out to have: turned away by the gate, gated with
// nothing found, sites but no report, reports (each file linted four times in place, in corpus order; the median of the
// last three runs of each file).
// `--typed`: instead, the typed mode (scripts/bench-typed.js) on the TypeScript files of the corpus: the plugin's rule
// time as a share of the typed parse (program creation and AST conversion), budget 10 %. A tsconfig that includes
// exactly those files is written in the cache for the run (skipLibCheck, noEmit, no allowJs).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { corpusFiles, ensureInstalled, root, selectPackages } from './corpus.js';
import { allLayer, analysisModule, configFor, js, linter, pickParser, plugin } from './lint.js';

const roundsArg = process.argv.find((arg) => arg.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 5;

const packages = selectPackages();
const dir = ensureInstalled(packages);

if (process.argv.includes('--typed')) {
  await benchTypedCorpus();
  process.exit(process.exitCode ?? 0);
}

async function benchTypedCorpus() {
  const { benchTyped } = await import('../bench-typed.js');
  const files = corpusFiles(packages, dir)
    .filter((entry) => /\.[cm]?tsx?$/u.test(entry.rel))
    .map((entry) => entry.file);
  const project = path.join(dir, 'tsconfig.bench-typed.json');
  writeFileSync(
    project,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        jsx: 'react-jsx',
        strict: false,
        skipLibCheck: true,
        noEmit: true,
        allowJs: false,
        types: ['node'],
        typeRoots: [path.join(root, 'node_modules', '@types')],
      },
      files,
    }),
  );
  console.log(`bench --typed: ${files.length} TypeScript files of the corpus, typed linting (parserOptions.project); node ${process.version}`);
  try {
    // ESLint always ignores `**/node_modules/` below its base path, so the base path is the corpus' node_modules.
    const result = await benchTyped({ files, tsconfig: project, cwd: path.join(dir, 'node_modules') });
    console.log(`  typed parse (baseline, first run)   ${result.parseMs.toFixed(0)} ms`);
    console.log(`  plugin rules (configs.all)          ${result.ruleMs.toFixed(1)} ms`);
    for (const [rule, ms] of Object.entries(result.rules).sort()) console.log(`    ${rule.padEnd(45)} ${ms.toFixed(1)} ms`);
    console.log(`  wall: ${result.pluginMs.toFixed(0)} ms with the plugin (cold), ${result.baselineMs.toFixed(0)} ms rule-less (warm); ${result.findings} findings`);
    const met = result.share <= 0.1;
    console.log(`\nSummary:\n  plugin share of the typed parse     ${(result.share * 100).toFixed(2)} %   (target ≤ 10 %: ${met ? 'met' : 'NOT met'})`);
  } finally {
    rmSync(project, { force: true });
  }
}
if (process.argv.some((arg) => arg === '--hot' || arg.startsWith('--hot='))) {
  benchHot();
  process.exit(process.exitCode ?? 0);
}
if (process.argv.includes('--by-kind')) {
  await benchByKind();
  process.exit(process.exitCode ?? 0);
}

const entries = [];
let lines = 0;
for (const entry of corpusFiles(packages, dir)) {
  const text = readFileSync(entry.file, 'utf8');
  const parser = pickParser(text, entry.rel);
  if (!parser) continue;
  lines += text.split('\n').length;
  entries.push({ ...entry, text, parser, filename: entry.file });
}

const baseline = { rules: js.configs.recommended.rules };
const variants = {
  baseline: [baseline],
  'baseline + configs.all': [baseline, allLayer],
  'baseline + no-magic-numbers': [baseline, { rules: { 'no-magic-numbers': 'error' } }],
};
const configs = new Map();
const configOf = (variant, parser) => {
  const key = `${variant}\0${parser.name}`;
  if (!configs.has(key)) configs.set(key, configFor(parser, { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }, ...variants[variant]));
  return configs.get(key);
};

/** One pass over the corpus: wall time, parse time, time per rule (ms) and reports per rule. */
function run(variant) {
  const rules = {};
  const reports = {};
  let parse = 0;
  const start = performance.now();
  for (const entry of entries) {
    const { messages } = linter.verifyAndFix(entry.text, configOf(variant, entry.parser), { filename: entry.filename, stats: true, fix: false });
    for (const message of messages) if (message.ruleId) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
    for (const pass of linter.getTimes().passes) {
      parse += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + time.total;
    }
  }
  return { wall: performance.now() - start, parse, rules, reports };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`bench: ${entries.length} files, ${lines} lines; ${rounds} rounds after one warm-up; node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}`);
const results = Object.fromEntries(Object.keys(variants).map((variant) => [variant, []]));
for (let round = 0; round <= rounds; round++) {
  for (const variant of Object.keys(variants)) {
    const result = run(variant);
    if (round > 0) results[variant].push(result);
  }
  process.stderr.write(round === 0 ? 'warm-up done\n' : `round ${round}/${rounds} done\n`);
}

const ours = (rule) => rule.startsWith(`${plugin.meta.namespace}/`);
const sumRules = (result, predicate) => Object.entries(result.rules).filter(([rule]) => predicate(rule)).reduce((sum, [, time]) => sum + time, 0);
const ms = (value) => `${value.toFixed(0)} ms`;
const pct = (value) => `${(value * 100).toFixed(2)} %`;

const wall = (variant) => median(results[variant].map((result) => result.wall));
const withAll = results['baseline + configs.all'];
const withMagic = results['baseline + no-magic-numbers'];
const pluginTime = median(withAll.map((result) => sumRules(result, ours)));
const pluginShare = median(withAll.map((result) => sumRules(result, ours) / result.wall));
const magicTime = median(withMagic.map((result) => result.rules['no-magic-numbers'] ?? 0));
const magicShare = median(withMagic.map((result) => (result.rules['no-magic-numbers'] ?? 0) / result.wall));
const ratio = pluginTime / magicTime;
// Both configurations run back to back in every round, so the ratio of one round is less exposed to the machine's
// drift than the absolute times: its range says how far to trust the median.
const roundRatios = withAll.map((result, index) => sumRules(result, ours) / (withMagic[index].rules['no-magic-numbers'] ?? Number.NaN));

console.log('\nLint time (median wall time of one pass over the corpus, stats on):');
for (const variant of Object.keys(variants)) {
  console.log(`  ${variant.padEnd(30)} ${ms(wall(variant))}   (parse ${ms(median(results[variant].map((result) => result.parse)))})`);
}
console.log('\nPer-rule time with configs.all (median):');
const ruleIds = Object.keys(withAll[0].rules).filter(ours).sort();
for (const rule of ruleIds) console.log(`  ${rule.padEnd(45)} ${median(withAll.map((result) => result.rules[rule])).toFixed(1)} ms`);
console.log(`  ${'all plugin rules'.padEnd(45)} ${pluginTime.toFixed(1)} ms`);
console.log(`  ${'no-magic-numbers (its own run)'.padEnd(45)} ${magicTime.toFixed(1)} ms`);
// What each side reports: ESLint's handling of a report (message, location, fix) is charged to the reporting rule, and
// no-magic-numbers reports most of the corpus' numbers, so a good part of its time is that handling.
const pluginReports = Object.entries(withAll[0].reports).filter(([rule]) => ours(rule)).reduce((sum, [, count]) => sum + count, 0);
console.log(`  reports: plugin rules ${pluginReports}, no-magic-numbers ${withMagic[0].reports['no-magic-numbers'] ?? 0}`);
const slowest = Object.entries(withAll[0].rules).filter(([rule]) => !ours(rule)).sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`  slowest core rules (first round): ${slowest.map(([rule, time]) => `${rule} ${time.toFixed(0)} ms`).join(', ')}`);

const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log('\nSummary:');
console.log(`  plugin share of lint time          ${pct(pluginShare)}   (target ≤ 2 %: ${pluginShare <= 0.02 ? 'met' : 'NOT met'})`);
console.log(`  no-magic-numbers share             ${pct(magicShare)}`);
console.log(`  plugin / no-magic-numbers          ${ratio.toFixed(2)}×   (target ≤ 2.5×: ${ratio <= 2.5 ? 'met' : 'NOT met'}; per round ${Math.min(...roundRatios).toFixed(2)}–${Math.max(...roundRatios).toFixed(2)}×)`);
console.log(`  peak memory (max RSS)              ${maxRssMb.toFixed(0)} MB`);

/** `--hot[=K]`: rule time in place against rule time with each file's work hot (fastest of K runs in a row). */
function benchHot() {
  const hotArg = process.argv.find((arg) => arg.startsWith('--hot='));
  const repeats = hotArg ? Number(hotArg.slice('--hot='.length)) : 6;
  const files = [];
  for (const entry of corpusFiles(packages, dir)) {
    const text = readFileSync(entry.file, 'utf8');
    const parser = pickParser(text, entry.rel);
    if (parser) files.push({ text, parser, filename: entry.file });
  }
  const layers = {
    'configs.all': { counts: (rule) => rule.startsWith(`${plugin.meta.namespace}/`), layer: allLayer },
    'no-magic-numbers': { counts: (rule) => rule === 'no-magic-numbers', layer: { rules: { 'no-magic-numbers': 'error' } } },
  };
  const configs = new Map();
  /** Rule time (ms) of one lint of `file` with the counted rules of `variant`, per rule. */
  const lintOnce = (variant, file) => {
    const key = `${variant}\0${file.parser.name}`;
    if (!configs.has(key)) configs.set(key, configFor(file.parser, { rules: js.configs.recommended.rules }, layers[variant].layer));
    linter.verifyAndFix(file.text, configs.get(key), { filename: file.filename, stats: true, fix: false });
    const rules = {};
    for (const pass of linter.getTimes().passes) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) if (layers[variant].counts(rule)) rules[rule] = (rules[rule] ?? 0) + time.total;
    }
    return rules;
  };
  const total = (rules) => Object.values(rules).reduce((sum, time) => sum + time, 0);
  console.log(`bench --hot: ${files.length} files; each file ${repeats}× in a row, fastest run; node ${process.version}`);
  for (const file of files) for (const variant of Object.keys(layers)) lintOnce(variant, file); // warm-up
  const results = {};
  for (const variant of Object.keys(layers)) {
    let inPlace = 0;
    for (const file of files) inPlace += total(lintOnce(variant, file));
    let hot = 0;
    const hotByRule = {};
    for (const file of files) {
      let best;
      for (let run = 0; run < repeats; run++) {
        const rules = lintOnce(variant, file);
        if (!best || total(rules) < total(best)) best = rules;
      }
      hot += total(best);
      for (const [rule, time] of Object.entries(best)) hotByRule[rule] = (hotByRule[rule] ?? 0) + time;
    }
    results[variant] = { inPlace, hot };
    console.log(`  ${variant.padEnd(20)} in place ${inPlace.toFixed(1)} ms, hot ${hot.toFixed(1)} ms (${(inPlace / hot).toFixed(2)}× hot)`);
    if (variant === 'configs.all') {
      for (const [rule, time] of Object.entries(hotByRule).sort()) console.log(`    ${rule.padEnd(45)} hot ${time.toFixed(1)} ms`);
    }
  }
  const all = results['configs.all'];
  const magic = results['no-magic-numbers'];
  console.log('\nSummary:');
  console.log(`  in place / no-magic-numbers in place     ${(all.inPlace / magic.inPlace).toFixed(2)}×`);
  console.log(`  hot / no-magic-numbers in place          ${(all.hot / magic.inPlace).toFixed(2)}×   (the ratio if the plugin's work cost in place what it costs hot)`);
  console.log(`  hot / no-magic-numbers hot               ${(all.hot / magic.hot).toFixed(2)}×`);
}

/** `--by-kind`: the plugin's time in place, by what each file turns out to have (see the comment at the top). */
async function benchByKind() {
  const { fileForRule, isEmptyAnalysis } = await analysisModule();
  // A rule of its own, configured after configs.all: at `Program:exit` the plugin's analysis of the file is done.
  let kind;
  const probe = {
    rules: {
      kind: {
        meta: { schema: [] },
        create: (context) => ({
          'Program:exit'() {
            const file = fileForRule(context);
            kind = !file ? 'turned away' : !file.analysis || isEmptyAnalysis(file.analysis) ? 'nothing found' : 'sites';
          },
        }),
      },
    },
  };
  const files = [];
  for (const entry of corpusFiles(packages, dir)) {
    const text = readFileSync(entry.file, 'utf8');
    const parser = pickParser(text, entry.rel);
    if (parser) files.push({ text, parser, filename: entry.file, times: [] });
  }
  const configs = new Map();
  const configOf = (parser) => {
    if (!configs.has(parser.name)) {
      configs.set(parser.name, configFor(parser, { rules: js.configs.recommended.rules }, allLayer, { plugins: { bench: probe }, rules: { 'bench/kind': 'error' } }));
    }
    return configs.get(parser.name);
  };
  const ours = (rule) => rule.startsWith(`${plugin.meta.namespace}/`);
  console.log(`bench --by-kind: ${files.length} files, each linted 4 times in place; node ${process.version}`);
  for (let pass = 0; pass < 4; pass++) {
    for (const file of files) {
      const { messages } = linter.verifyAndFix(file.text, configOf(file.parser), { filename: file.filename, stats: true, fix: false });
      let time = 0;
      for (const timed of linter.getTimes().passes) for (const [rule, { total }] of Object.entries(timed.rules ?? {})) if (ours(rule)) time += total;
      if (pass > 0) file.times.push(time);
      else file.kind = kind === 'sites' ? (messages.some((message) => message.ruleId && ours(message.ruleId)) ? 'reports' : 'sites, no report') : kind;
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const kinds = new Map(['turned away', 'nothing found', 'sites, no report', 'reports'].map((name) => [name, { files: 0, ms: 0 }]));
  for (const file of files) {
    const group = kinds.get(file.kind);
    group.files++;
    group.ms += median(file.times);
  }
  const total = [...kinds.values()].reduce((sum, group) => sum + group.ms, 0);
  for (const [name, group] of kinds) {
    const each = group.files > 0 ? (group.ms / group.files) * 1000 : 0;
    console.log(`  ${name.padEnd(18)} ${String(group.files).padStart(5)} files  ${group.ms.toFixed(1).padStart(7)} ms  (${each.toFixed(1)} µs a file, ${((group.ms / total) * 100).toFixed(0)} %)`);
  }
  console.log(`  ${'all'.padEnd(18)} ${String(files.length).padStart(5)} files  ${total.toFixed(1).padStart(7)} ms per pass`);
}
