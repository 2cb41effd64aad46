// npm run test:real-code [-- --update] [-- --package=NAME ...] [-- --explore=NAME[@VERSION] ... [--frameworks=ID,...] [--readmes]]
// Lints the real-code corpus (tests/real-code/corpus.txt, installed into a cache outside git) with configs.all of the
// BUILT plugin and checks: no rule throws; every report matches the reviewed snapshot tests/real-code/reports.txt;
// the fixes of every file with reports re-parse, a second fix pass changes nothing, and fixing leaves every report
// without a fix as it was (and no report with one).
// --update rewrites the snapshot: review every changed line (a wrong report is a bug to fix, never a line to accept).
// --explore lints other packages instead (installed into a cache folder of their own, beside the corpus'), with the
// same checks but no snapshot: every report is printed, to be reviewed before a package joins the corpus.
// --frameworks (with --explore) sets settings['http-status'].frameworks, as a middleware package would
// (`--frameworks=express,node-http`).
// --readmes (with --explore) also lints the code blocks of each explored package's README (```js, ```ts…), each as a
// file of its package: the usage a package documents is what its users copy.
// REAL_CODE_ESLINT=9 (`npm run test:real-code:eslint9`) lints with ESLint 9 instead of 10, against the same snapshot.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { cacheDir, corpusFiles, ensureInstalled, parseList, readmeBlocks, root, selectPackages } from './corpus.js';

const args = process.argv.slice(2);
const update = args.includes('--update');
if (update && process.env.REAL_CODE_ESLINT === '9') throw new Error('--update writes the snapshot with ESLint 10: run it without REAL_CODE_ESLINT');
const only = args.filter((arg) => arg.startsWith('--package=')).map((arg) => arg.slice('--package='.length));
const explored = args.filter((arg) => arg.startsWith('--explore=')).map((arg) => arg.slice('--explore='.length));
const exploring = explored.length > 0;
if (exploring && (update || only.length > 0)) throw new Error('--explore lints other packages: it takes no --update or --package');
const frameworksArg = args.find((arg) => arg.startsWith('--frameworks='));
if (frameworksArg && !exploring) throw new Error('--frameworks goes with --explore: the corpus is linted as its packages are');
const declaredFrameworks = frameworksArg?.slice('--frameworks='.length).split(',').filter(Boolean);
const readmes = args.includes('--readmes');
if (readmes && !exploring) throw new Error('--readmes goes with --explore: the corpus snapshot holds its source files only');
const snapshotFile = path.join(root, 'tests/real-code/reports.txt');
if (exploring) {
  // The lint helpers lint below the cache folder (ESLint's base path), so they must see the explored one.
  process.env.REAL_CODE_CACHE = `${cacheDir()}-explore`;
}
const { allLayer, configFor, eslintVersion, linter, parseError, pickParser } = await import('./lint.js');

const started = Date.now();
/** `name@version` lines for `parseList`; a name without a version takes the newest. */
const exploredList = () => explored.map((spec) => (spec.lastIndexOf('@') > 0 ? spec : `${spec}@latest`)).join('\n');
const packages = exploring ? parseList(exploredList()) : selectPackages(only);
const dir = ensureInstalled(exploring ? packages : selectPackages());
const skipped = {};
const files = [...corpusFiles(packages, dir, skipped), ...(readmes ? readmeBlocks(packages, dir) : [])];

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
  const text = entry.text ?? readFileSync(entry.file, 'utf8');
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
  if (!config) {
    const layers = declaredFrameworks ? [allLayer, { settings: { 'http-status': { frameworks: declaredFrameworks } } }] : [allLayer];
    configs.set(parser.name, (config = configFor(parser, ...layers)));
  }
  let messages;
  try {
    messages = linter.verify(text, config, { filename });
  } catch (error) {
    throws.push(`${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const ours = messages.filter(isOurs);
  for (const message of ours) {
    const report = `${entry.id}:${message.line}:${message.column} ${message.ruleId} ${message.message}`;
    reports.push(report);
    if (exploring) console.log(`${report}\n    | ${text.split('\n')[message.line - 1]?.trim()}`);
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
    // A fix changes nothing else the rules see: every report without a fix is still there (positions aside), and no
    // report with one is left (an added import that changed what the file is once made the other literals' reports,
    // and other rules' reports, disappear).
    const changed = reportChanges(ours, first.messages.filter(isOurs));
    if (changed) fixFailures.push(`${entry.id}: fixing changed what the rules report: ${changed}`);
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
log(`real-code: ${packages.length} packages, ${stats.files} files (${stats.js} JS, ${stats.ts} TS), ${stats.lines} lines; ESLint ${eslintVersion}`);
log(`  parsed with: ${Object.entries(stats.parsers).map(([name, count]) => `${name} ${count}`).join(', ')}`);
log(`  left out: ${stats.unparsable.length} unparsable${Object.entries(skipped).map(([why, count]) => `, ${count} ${why}`).join('')}`);
for (const id of stats.unparsable) log(`    unparsable: ${id}`);
log(`  reports: ${reports.length}${Object.entries(perRule).map(([rule, count]) => `\n    ${rule}: ${count}`).join('')}`);
log(`  files with fixes: ${fixedFiles}`);

const snapshotCheck = [
  update ? 'snapshot updated (review the diff)' : 'reports match tests/real-code/reports.txt',
  update ? [] : [...unexpected.map((line) => `+ ${line}`), ...missing.map((line) => `- ${line}`)],
];
const checks = [
  ['no rule throws', throws],
  ...(exploring ? [] : [snapshotCheck]),
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

/** What fixing changed in the reports, as text (undefined: nothing but the fixed reports went). */
function reportChanges(before, after) {
  const key = (message) => `${message.ruleId} ${message.message}`;
  const count = (messages) => {
    const counts = new Map();
    for (const message of messages) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1);
    return counts;
  };
  const expected = count(before.filter((message) => !message.fix));
  const actual = count(after);
  const differences = [];
  for (const name of new Set([...expected.keys(), ...actual.keys()])) {
    const was = expected.get(name) ?? 0;
    const is = actual.get(name) ?? 0;
    if (was !== is) differences.push(`${is - was > 0 ? '+' : ''}${is - was} × ${name}`);
  }
  return differences.length > 0 ? differences.join('; ') : undefined;
}
