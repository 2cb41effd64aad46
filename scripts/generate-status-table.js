#!/usr/bin/env node
// Writes docs/status-codes.md from the built code tables (run `npm run build` first).
// With --check, writes nothing and exits 1 when the committed page is out of date.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStatusTable as renderFromTables } from '../dist/codes/render-table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputPath = fileURLToPath(new URL('../docs/status-codes.md', import.meta.url));
const meaningsPath = fileURLToPath(new URL('./data/status-meanings.zh.json', import.meta.url));
const seedPath = fileURLToPath(new URL('./data/seed-codes.json', import.meta.url));

/** The page as the generator would write it. */
export function renderStatusTable() {
  const meaningsZh = JSON.parse(readFileSync(meaningsPath, 'utf8'));
  const seedRows = JSON.parse(readFileSync(seedPath, 'utf8'));
  return renderFromTables(meaningsZh, seedRows);
}

function readCurrent() {
  try {
    return readFileSync(outputPath, 'utf8');
  } catch {
    return undefined;
  }
}

function main(args) {
  const expected = renderStatusTable();
  const shownPath = relative(root, outputPath);
  if (args.includes('--check')) {
    const current = readCurrent();
    if (current === expected) {
      console.log(`${shownPath} is up to date.`);
      return 0;
    }
    console.error(
      current === undefined
        ? `${shownPath} does not exist. Run \`npm run build && npm run generate\` to create it.`
        : `${shownPath} is out of date with src/codes or scripts/data. Run \`npm run build && npm run generate\` and commit the result.`,
    );
    return 1;
  }
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, expected);
  console.log(`Wrote ${shownPath}.`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
