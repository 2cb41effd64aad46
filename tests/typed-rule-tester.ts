import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { getFileAnalysis, type FileAnalysis } from '../src/analysis/index.js';

/** The fixture project the typed tests lint as (`tests/fixtures/typed`, see its README). */
export const TYPED_FIXTURE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/typed');

/**
 * The typed tester: each test's code is linted as `file.ts` of the fixture project, with the project
 * service (the fixture tsconfig includes `file.ts`, so no `allowDefaultProject`: the two must not overlap).
 */
export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      projectService: true,
      tsconfigRootDir: TYPED_FIXTURE_DIR,
    },
  },
});

/** The shared analysis of `code` linted as the fixture's `file.ts`, with or without type information. */
export function analyzeFixture(code: string, { typed = true }: { typed?: boolean } = {}): FileAnalysis {
  let analysis: FileAnalysis | undefined;
  const probe: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      return {
        'Program:exit'() {
          analysis = getFileAnalysis(context);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat', cwd: TYPED_FIXTURE_DIR });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: parser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: TYPED_FIXTURE_DIR } : {},
        },
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: path.join(TYPED_FIXTURE_DIR, 'file.ts') },
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  if (!analysis) throw new Error('the probe rule did not run');
  return analysis;
}
