// Every rule keeps its results with type information: the untyped suites of tests/rules run again through the
// typed tester (each case linted as tests/fixtures/typed/file.ts with the project service). Their code has no
// imports of the fixture's helpers, so types can only agree with the syntax, or be unknown; a difference is a bug
// in the type-aware analysis (or a case that belongs in a typed suite with its own expectations).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { vi } from 'vitest';

vi.mock('../rule-tester.js', async () => {
  const { typedRuleTester } = await import('../typed-rule-tester.js');
  // Cases linted as a file of their own fixture folder (a package.json with versions or dependencies) cannot be
  // the typed fixture's file.ts; they stay in the untyped suites only.
  const ownFileless = <T>(cases: readonly T[]): T[] =>
    cases.filter((testCase) => typeof testCase === 'string' || (testCase as { filename?: string }).filename === undefined);
  const run: typeof typedRuleTester.run = (name, rule, tests) => {
    const valid = ownFileless(tests.valid);
    const invalid = ownFileless(tests.invalid);
    // A suite made only of such cases (projects that auto-import helpers) has nothing to run here.
    if (valid.length > 0 || invalid.length > 0) typedRuleTester.run(name, rule, { valid, invalid });
  };
  return { ruleTester: { run } };
});

/** Suites that cannot run as the typed fixture file. */
const SKIP = new Set<string>([
  // Its cases lint files inside their own fixture folders, where module resolution decides the fix.
  'prefer-status-constant.test.ts',
]);

const rulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../rules');
for (const file of readdirSync(rulesDir).sort()) {
  if (!file.endsWith('.test.ts') || SKIP.has(file)) continue;
  await import(`../rules/${file}`);
}
