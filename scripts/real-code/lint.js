// Linting helpers shared by the real-code test, the benchmark and the fuzzer: one Linter, the BUILT plugin
// (dist/, whatever rules it has), a parser chain for JS (espree module → commonjs → typescript-eslint) and TS.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';

import { cacheDir, root } from './corpus.js';

// PLUGIN_BUILD names another checkout whose built plugin to lint with instead (`compare.js --both` runs the reverse
// comparison with it).
const dist = path.join(process.env.PLUGIN_BUILD ? path.resolve(process.env.PLUGIN_BUILD) : root, 'dist/index.js');
if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` first`);
/** @type {import('../../dist/index.js').HttpStatusPlugin} */
export const plugin = (await import(dist)).default;
/** The built analysis' module (internal, not a package export): `bench --by-kind` asks it what each file turned out to have. */
export const analysisModule = () => import(path.join(path.dirname(dist), 'analysis/index.js'));

export const FILES = ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx', '**/*.ts', '**/*.cts', '**/*.mts', '**/*.tsx'];

const TS_EXT = /\.[cm]?tsx?$/u;

/** Parser setups tried in order; a file is linted with the first that parses it. */
export function parserChain(file) {
  const ts = (jsx) => ({
    name: jsx ? 'typescript-jsx' : 'typescript',
    languageOptions: {
      parser: tsParser,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx } },
    },
  });
  if (TS_EXT.test(file)) return file.endsWith('x') ? [ts(true)] : [ts(false), ts(true)];
  const espree = (sourceType) => ({
    name: `espree-${sourceType}`,
    languageOptions: { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
  });
  const first = file.endsWith('.cjs') ? ['commonjs', 'module'] : ['module', 'commonjs'];
  return [...first.map(espree), ts(false), ts(true)];
}

const require = createRequire(import.meta.url);
// REAL_CODE_ESLINT=9 lints with ESLint 9 (the `eslint9` alias devDependency) instead of ESLint 10: the plugin supports
// both, so the corpus must give the same reports with either.
const eslintPackage = process.env.REAL_CODE_ESLINT === '9' ? 'eslint9' : 'eslint';
const eslintDir = path.dirname(require.resolve(`${eslintPackage}/package.json`));
const { Linter } = require(eslintPackage);
/** The version of the ESLint the helpers lint with. */
export const eslintVersion = require(`${eslintPackage}/package.json`).version;

// `Linter#verify` normalizes a plain config array on every call (merging the objects, validating every rule's options):
// about a tenth of the lint time of the corpus, which ESLint's CLI spends once per run, not per file. So the configs
// are normalized here, once, with ESLint's own FlatConfigArray (not among the package's exports: loaded from its folder).
const { FlatConfigArray } = require(path.join(eslintDir, 'lib/config/flat-config-array.js'));

/** The flat config for one parser setup plus the given rules layers, normalized as ESLint's CLI does it, once. */
export function configFor(parser, ...layers) {
  const config = new FlatConfigArray(
    [{ files: FILES, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, ...parser.languageOptions && { languageOptions: parser.languageOptions } }, ...layers.map((layer) => ({ files: FILES, ...layer }))],
    { basePath: LINT_BASE_PATH },
  );
  config.normalizeSync();
  return config;
}

export const allLayer = {
  plugins: plugin.configs.all.plugins,
  rules: plugin.configs.all.rules,
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
};

/**
 * Corpus files are linted at their real paths, so each package's own package.json and the libraries installed next to
 * it decide what they decide in a user's project (constant sources, framework versions). ESLint ignores
 * `**\/node_modules/` below its base path, so the base path is the corpus' node_modules folder.
 */
const LINT_BASE_PATH = path.join(cacheDir(), 'node_modules');
export const linter = new Linter({ configType: 'flat', cwd: LINT_BASE_PATH });

/** The configs without a rules layer, per parser setup: for telling which setup parses a file. */
const parseConfigs = new Map();
const parseConfig = (parser) => {
  let config = parseConfigs.get(parser.name);
  if (!config) parseConfigs.set(parser.name, (config = configFor(parser)));
  return config;
};

/** The first parser setup that parses `text` (undefined when none does). */
export function pickParser(text, file) {
  const filename = path.basename(file);
  for (const parser of parserChain(file)) {
    const messages = linter.verify(text, parseConfig(parser), { filename });
    if (!messages.some((message) => message.fatal)) return parser;
  }
  return undefined;
}

/** Whether `text` parses with this parser setup. Returns the fatal message when it does not. */
export function parseError(text, file, parser) {
  const messages = linter.verify(text, parseConfig(parser), { filename: path.basename(file) });
  return messages.find((message) => message.fatal);
}

export { js };
