// Fuzzing: random programs from tests/fuzz/programs.ts, linted with configs.all (every rule on, fix mode), half of
// them with every framework declared in the settings.
// Checks that no rule throws, that the fixed output and every suggestion parse, and that a second fix pass changes
// nothing. `npm test` runs a small seeded count; `npm run fuzz` runs 10,000 (FUZZ_RUNS, FUZZ_SEED override).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { configs } from '../../src/index.js';
import { programArbitrary, type Program } from './programs.js';

/** The specs of a project that depends on Cypress, for the programs linted as its files (`Program.cypress`). */
const CYPRESS_PROJECT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/cypress-app/cypress/e2e');

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_126);

/** Programs with at least one report: proves the generator reaches the rules. */
let reported = 0;

const linter = new Linter({ configType: 'flat' });
const base = (typescript: boolean): Linter.Config[] => [
  {
    files: ['**/*.js', '**/*.ts'],
    languageOptions: typescript
      ? { parser: tsParser, sourceType: 'module' }
      : { ecmaVersion: 'latest', sourceType: 'module' },
  },
];
/**
 * Half the programs also run with every framework the \`frameworks\` setting can declare, so that their receivers count
 * in programs that import nothing.
 */
const declarableFrameworks = ['express', 'fastify', 'hapi', 'hono', 'koa', 'nextjs', 'node-http', 'playwright'];
const withRules = (typescript: boolean, declareFrameworks: boolean): Linter.Config[] => [
  ...base(typescript),
  { files: ['**/*.js', '**/*.ts'], ...configs.all },
  ...(declareFrameworks ? [{ settings: { 'http-status': { frameworks: declarableFrameworks } } }] : []),
];

function fatal(code: string, typescript: boolean, filename: string): string | undefined {
  const message = linter.verify(code, base(typescript), { filename }).find((m) => m.fatal);
  return message && `${message.line}:${message.column} ${message.message}`;
}

/** Throws (so fast-check shrinks) when a check fails. */
function check({ program: { code, typescript, cypress }, declareFrameworks }: { program: Program; declareFrameworks: boolean }): void {
  const basename = typescript ? 'fuzz.ts' : 'fuzz.js';
  const filename = cypress ? path.join(CYPRESS_PROJECT, basename) : basename;
  const parseError = fatal(code, typescript, filename);
  if (parseError) throw new Error(`generated program does not parse (${parseError})`);
  const config = withRules(typescript, declareFrameworks);
  const messages = linter.verify(code, config, { filename });
  if (messages.length > 0) reported++;
  for (const message of messages) {
    if (message.fatal) throw new Error(`fatal: ${message.message}`);
    for (const suggestion of message.suggestions ?? []) {
      const [start, end] = suggestion.fix.range;
      const output = code.slice(0, start) + suggestion.fix.text + code.slice(end);
      const error = fatal(output, typescript, filename);
      if (error) throw new Error(`suggestion "${suggestion.desc}" of ${message.ruleId} does not parse (${error}):\n${output}`);
    }
  }
  const first = linter.verifyAndFix(code, config, { filename });
  if (!first.fixed) return;
  const error = fatal(first.output, typescript, filename);
  if (error) throw new Error(`fixed output does not parse (${error}):\n${first.output}`);
  const second = linter.verifyAndFix(first.output, config, { filename });
  if (second.fixed) throw new Error(`a second fix pass changed the output:\n${first.output}\n---\n${second.output}`);
}

describe('fuzz', () => {
  it(`${runs} random programs: no rule throws, fixes and suggestions parse, fixes settle (seed ${seed})`, () => {
    const details = fc.check(fc.property(fc.record({ program: programArbitrary, declareFrameworks: fc.boolean() }), check), { numRuns: runs, seed });
    expect(details.failed ? `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}` : undefined).toBeUndefined();
    expect(details.numRuns).toBe(runs);
    expect(reported).toBeGreaterThan(runs / 4);
  }, Math.max(600_000, runs * 100)); // about 30 ms a program on this machine: room for three times that
});
