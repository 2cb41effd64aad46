// node scripts/real-code/compare.js <other-build> [--rounds=N] [--both]
// Compares this checkout's BUILT plugin with another build of it on the real-code corpus, in one process, with the
// bench's baseline (js.configs.recommended) in every config. Each file is linted with this build, the other build and
// core no-magic-numbers in turn, rotating the order from file to file and round to round, so that all three see the
// same machine load: on a shared machine the bench's figures move by a tenth from run to run, more than most changes.
// <other-build> is a checkout whose dist/ is built and whose dependencies resolve, for example:
//   git worktree add /tmp/previous HEAD~1 && ln -s "$PWD/node_modules" /tmp/previous/node_modules
//   (cd /tmp/previous && npx tsc -p tsconfig.build.json) && node scripts/real-code/compare.js /tmp/previous
// The build in the second slot comes out faster, by 4–11 % (measured with the slots swapped): `--both` also runs the
// comparison with the slots swapped, in a second process, and prints half the difference of the two results, which
// cancels that bias.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { corpusFiles, ensureInstalled, root, selectPackages } from './corpus.js';
import { configFor, js, linter, pickParser, plugin } from './lint.js';

const other = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const roundsArg = process.argv.find((arg) => arg.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 4;
if (!other || !existsSync(path.join(other, 'dist/index.js'))) {
  console.error('usage: node scripts/real-code/compare.js <other-build> [--rounds=N] [--both]  (<other-build>/dist/index.js must exist)');
  process.exit(2);
}
const otherPlugin = (await import(pathToFileURL(path.resolve(other, 'dist/index.js')).href)).default;

const packages = selectPackages();
const dir = ensureInstalled(packages);
const entries = [];
for (const entry of corpusFiles(packages, dir)) {
  const text = readFileSync(entry.file, 'utf8');
  const parser = pickParser(text, entry.rel);
  if (parser) entries.push({ text, parser, file: entry.file });
}

const options = { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } };
const baseline = { rules: js.configs.recommended.rules };
const pluginLayer = (built) => ({ plugins: built.configs.all.plugins, rules: built.configs.all.rules });
const isPluginRule = (id) => id.startsWith('http-status/');
const variants = [
  { name: 'this build', layer: pluginLayer(plugin), counts: isPluginRule },
  { name: `other build (${other})`, layer: pluginLayer(otherPlugin), counts: isPluginRule },
  { name: 'no-magic-numbers', layer: { rules: { 'no-magic-numbers': 'error' } }, counts: (id) => id === 'no-magic-numbers' },
];
const configs = variants.map(() => new Map());
const times = variants.map(() => []);

for (let round = 0; round <= rounds; round++) {
  const totals = variants.map(() => 0);
  entries.forEach((entry, index) => {
    for (let step = 0; step < variants.length; step++) {
      const which = (index + round + step) % variants.length;
      let config = configs[which].get(entry.parser.name);
      if (!config) configs[which].set(entry.parser.name, (config = configFor(entry.parser, options, baseline, variants[which].layer)));
      linter.verifyAndFix(entry.text, config, { filename: entry.file, stats: true, fix: false });
      for (const pass of linter.getTimes().passes) {
        for (const [id, time] of Object.entries(pass.rules ?? {})) if (variants[which].counts(id)) totals[which] += time.total;
      }
    }
  });
  if (round > 0) totals.forEach((total, which) => times[which].push(total));
  console.error(round === 0 ? 'warm-up done' : `round ${round}/${rounds} done`);
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const magic = times[2];
console.log(`\nRule time per pass over ${entries.length} files (median of ${rounds} rounds; best round):`);
variants.forEach((variant, which) => {
  const line = `  ${variant.name.padEnd(40)} ${median(times[which]).toFixed(1).padStart(7)} ms  (${Math.min(...times[which]).toFixed(1)} ms)`;
  if (which === 2) return console.log(line);
  const ratios = times[which].map((time, round) => (time / magic[round]).toFixed(2)).join(' ');
  console.log(`${line}  / no-magic-numbers: ${(median(times[which]) / median(magic)).toFixed(2)}× (per round ${ratios})`);
});
const change = (median(times[0]) / median(times[1]) - 1) * 100;
const signed = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
console.log(`\nThis build's plugin time against the other's: ${signed(change)}`);

if (process.argv.includes('--both')) {
  // The same comparison with the slots swapped: the other build linted as "this build", this checkout as the other.
  const thisBuild = process.env.PLUGIN_BUILD ? path.resolve(process.env.PLUGIN_BUILD) : root;
  console.error('\nthe same comparison with the slots swapped:');
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), thisBuild, `--rounds=${rounds}`], {
    env: { ...process.env, PLUGIN_BUILD: path.resolve(other) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(output);
  const swapped = /plugin time against the other's: ([+-]?[\d.]+) %/u.exec(output);
  if (!swapped) throw new Error('the swapped comparison printed no result');
  const reverse = Number(swapped[1]);
  console.log(`\nBoth ways: ${signed(change)} and ${signed(reverse)} with the slots swapped.`);
  console.log(`This build's plugin time against the other's, the slots' bias cancelled: ${signed((change - reverse) / 2)} (the bias: ${signed((change + reverse) / 2)})`);
}
