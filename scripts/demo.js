// Lints examples/ with the recommended config, as `npx eslint` would in that folder, and prints the report.
// Exits 0 once the report is printed: the findings are the point of the demo.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const eslint = new ESLint({ cwd: examples });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const key = message.ruleId ?? '(parser)';
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
}
console.log('Findings by rule:');
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
