// npm run test:real-code [-- --update] [-- --package=NAME ...]
// Lints the real-code corpus (tests/real-code/corpus.txt, installed into a cache outside git) with configs.all of the
// BUILT plugin and checks: no rule throws; every report matches the reviewed snapshot tests/real-code/reports.txt;
// the fixes of every file with reports re-parse and a second fix pass changes nothing.
// --update rewrites the snapshot: review every changed line (a wrong report is a bug to fix, never a line to accept).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { corpusFiles, ensureInstalled, root, selectPackages } from './corpus.js';
import { allLayer, configFor, linter, parseError, pickParser } from './lint.js';

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.filter((arg) => arg.startsWith('--package=')).map((arg) => arg.slice('--package='.length));
const snapshotFile = path.join(root, 'tests/real-code/reports.txt');

const started = Date.now();
const packages = selectPackages(only);
const dir = ensureInstalled(selectPackages());
const skipped = {};
const files = corpusFiles(packages, dir, skipped);

const stats = { files: 0, lines: 0, js: 0, ts: 0, parsers: {}, unparsable: [] };
/** The config of each parser setup with configs.all, normalized once. */
const configs = new Map();
const reports = [];
const perRule = {};
const throws = [];
const fixFailures = [];
let fixedFiles = 0;

const isOurs = (message) => message.ruleId?.startsWith('http-status/');

for (const entry of files) {
  const text = readFileSync(entry.file, 'utf8');
  const filename = entry.file;
  const parser = pickParser(text, entry.rel);
  if (!parser) {
    stats.unparsable.push(entry.id);
    continue;
  }
  stats.files++;
  stats.lines += text.split('\n').length;
  stats[/\.[cm]?tsx?$/u.test(entry.rel) ? 'ts' : 'js']++;
  stats.parsers[parser.name] = (stats.parsers[parser.name] ?? 0) + 1;
  let config = configs.get(parser.name);
  if (!config) configs.set(parser.name, (config = configFor(parser, allLayer)));
  let messages;
  try {
    messages = linter.verify(text, config, { filename });
  } catch (error) {
    throws.push(`${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const ours = messages.filter(isOurs);
  for (const message of ours) {
    reports.push(`${entry.id}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    perRule[message.ruleId] = (perRule[message.ruleId] ?? 0) + 1;
  }
  if (ours.length === 0) continue;
  // Fixes: apply to a copy (in memory), re-parse, and fix again: the second pass must change nothing.
  try {
    const first = linter.verifyAndFix(text, config, { filename });
    if (!first.fixed) continue;
    fixedFiles++;
    const fatal = parseError(first.output, entry.rel, parser);
    if (fatal) {
      fixFailures.push(`${entry.id}: fixed output does not parse: ${fatal.line}:${fatal.column} ${fatal.message}`);
      continue;
    }
    const second = linter.verifyAndFix(first.output, config, { filename });
    if (second.fixed) fixFailures.push(`${entry.id}: a second fix pass changed the output again`);
  } catch (error) {
    throws.push(`${entry.id} (fix): ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Snapshot: one line per report, "package/path:line:col rule-id message"; lines starting with # are comments.
const header = [
  '# Reviewed reports of configs.all on the real-code corpus (npm run test:real-code).',
  '# One line per report: package/path:line:col rule-id message. Every report of the semantic rules was reviewed one by',
  '# one as correct; prefer-status-constant (a style rule: one report per status literal) was reviewed by sample.',
  '# A wrong report is a bug to fix in the analysis, never a line to add here.',
];
const readSnapshot = () => {
  try {
    return readFileSync(snapshotFile, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
  } catch {
    return [];
  }
};
const inScope = (line) => only.length === 0 || packages.some((pkg) => line.startsWith(`${pkg.dir}/`));
const expected = readSnapshot().filter(inScope);
const expectedSet = new Set(expected);
const actualSet = new Set(reports);
const missing = expected.filter((line) => !actualSet.has(line));
const unexpected = reports.filter((line) => !expectedSet.has(line));

if (update) {
  const kept = readSnapshot().filter((line) => !inScope(line));
  writeFileSync(snapshotFile, [...header, ...kept, ...reports].join('\n') + '\n');
}

const log = (...parts) => console.log(...parts);
log(`real-code: ${packages.length} packages, ${stats.files} files (${stats.js} JS, ${stats.ts} TS), ${stats.lines} lines`);
log(`  parsed with: ${Object.entries(stats.parsers).map(([name, count]) => `${name} ${count}`).join(', ')}`);
log(`  left out: ${stats.unparsable.length} unparsable${Object.entries(skipped).map(([why, count]) => `, ${count} ${why}`).join('')}`);
for (const id of stats.unparsable) log(`    unparsable: ${id}`);
log(`  reports: ${reports.length}${Object.entries(perRule).map(([rule, count]) => `\n    ${rule}: ${count}`).join('')}`);
log(`  files with fixes: ${fixedFiles}`);

const checks = [
  ['no rule throws', throws],
  [update ? 'snapshot updated (review the diff)' : 'reports match tests/real-code/reports.txt', update ? [] : [
    ...unexpected.map((line) => `+ ${line}`),
    ...missing.map((line) => `- ${line}`),
  ]],
  ['fixed output re-parses and a second fix pass changes nothing', fixFailures],
];
let failed = 0;
for (const [name, problems] of checks) {
  log(`${problems.length === 0 ? '✓' : '✗'} ${name}`);
  for (const problem of problems.slice(0, 50)) log(`    ${problem}`);
  if (problems.length > 50) log(`    … ${problems.length - 50} more`);
  if (problems.length > 0) failed++;
}
log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
log(`real-code: ${checks.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
