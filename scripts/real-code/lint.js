// Linting helpers shared by the real-code test, the benchmark and the fuzzer: one Linter, the BUILT plugin
// (dist/, whatever rules it has), a parser chain for JS (espree module → commonjs → typescript-eslint) and TS.
import { existsSync } from 'node:fs';
import path from 'node:path';

import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { cacheDir, root } from './corpus.js';

const dist = path.join(root, 'dist/index.js');
if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first');
/** @type {import('../../dist/index.js').HttpStatusPlugin} */
export const plugin = (await import(dist)).default;

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

/** The flat config for one parser setup plus the given rules layer. */
export function configFor(parser, ...layers) {
  return [{ files: FILES, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, ...parser.languageOptions && { languageOptions: parser.languageOptions } }, ...layers.map((layer) => ({ files: FILES, ...layer }))];
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
export const linter = new Linter({ configType: 'flat', cwd: path.join(cacheDir(), 'node_modules') });

/** The first parser setup that parses `text` (undefined when none does). */
export function pickParser(text, file) {
  const filename = path.basename(file);
  for (const parser of parserChain(file)) {
    const messages = linter.verify(text, configFor(parser), { filename });
    if (!messages.some((message) => message.fatal)) return parser;
  }
  return undefined;
}

/** Whether `text` parses with this parser setup. Returns the fatal message when it does not. */
export function parseError(text, file, parser) {
  const messages = linter.verify(text, configFor(parser), { filename: path.basename(file) });
  return messages.find((message) => message.fatal);
}

export { js };
