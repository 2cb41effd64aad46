/**
 * Every constant prefer-status-constant can emit evaluates to the code it replaces, in the real installed packages:
 * the rule fixes a handler that sends every status code, the fixed file is written next to the repository's
 * node_modules, loaded by Node (ESM and CommonJS), run, and the statuses it sends are compared with the originals.
 */
import 'reflect-metadata';

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { IANA_STATUS_CODES } from '../../src/codes/index.js';
import { CONSTANT_LIBRARIES } from '../../src/constants/libraries.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
mkdirSync(path.join(root, '.cache'), { recursive: true });
// Inside the repository (and git-ignored), so the fixed files resolve the real devDependencies.
const work = mkdtempSync(path.join(root, '.cache', 'emitted-constants-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Sent = { sent: number[]; handler: (req: unknown, res: { writeHead(code: number): void }) => void };

/** Every code a library names, plus every registered code (those it lacks must stay literals). */
function codesFor(library: (typeof CONSTANT_LIBRARIES)[number]): number[] {
  const codes = new Set<number>([...library.codeToName.keys(), ...IANA_STATUS_CODES.map((info) => info.code)]);
  return [...codes].sort((a, b) => a - b);
}

type Variant = 'esm' | 'cjs' | 'esm-namespace' | 'cjs-whole-module';

/** A handler that sends every code; the variants bind the library's module already (the fixer must reuse it). */
function source(codes: readonly number[], variant: Variant, module: string): string {
  const system = variant.startsWith('esm') ? 'esm' : 'cjs';
  let header =
    system === 'esm' ? "import http from 'node:http';\n\nexport const sent = [];\n" : "const http = require('node:http');\n\nconst sent = [];\n";
  if (variant === 'esm-namespace') header = `import * as lib from '${module}';\nexport { lib };\n${header}`;
  if (variant === 'cjs-whole-module') header = `const lib = require('${module}');\n${header}`;
  const body = codes.map((code) => `  res.writeHead(${code});\n  sent.push(${code});`).join('\n');
  const footer = system === 'esm' ? '' : `module.exports = { sent, handler, http${variant === 'cjs-whole-module' ? ', lib' : ''} };\n`;
  return `${header}${system === 'esm' ? 'export ' : ''}function handler(req, res) {\n${body}\n}\n${footer}`;
}

function fix(code: string, filename: string, constants: string): string {
  const linter = new Linter();
  const result = linter.verifyAndFix(
    code,
    [
      {
        files: ['**/*.mjs', '**/*.cjs'],
        plugins: { 'http-status': plugin },
        rules: { 'http-status/prefer-status-constant': ['error', { constants }] },
      },
    ],
    filename,
  );
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return result.output;
}

describe.each(CONSTANT_LIBRARIES.map((library) => [library.id, library] as const))('%s', (id, library) => {
  const codes = codesFor(library);

  it.each(['esm', 'cjs', 'esm-namespace', 'cjs-whole-module'] as const)('fixed %s code sends the statuses it sent before', async (variant) => {
    const system = variant.startsWith('esm') ? 'esm' : 'cjs';
    const file = path.join(work, `${id.replace(/[^a-z0-9]/giu, '-')}-${variant}.${system === 'esm' ? 'mjs' : 'cjs'}`);
    const output = fix(source(codes, variant, library.modules[0]!), file, id);
    if (variant === 'esm-namespace' || variant === 'cjs-whole-module') {
      // Nothing is added: the existing binding is reused.
      expect(output.split('\n').filter((line) => /^(?:import|const .* = require)/u.test(line))).toHaveLength(2);
      expect(output).toMatch(/res\.writeHead\(lib\./u);
    }
    writeFileSync(file, output);

    // Each named code became its constant; the others stayed literals.
    for (const code of codes) {
      const name = library.codeToName.get(code);
      if (name === undefined) expect(output).toContain(`res.writeHead(${code});`);
      else expect(output).toMatch(new RegExp(`res\\.writeHead\\([\\w.]*\\.${name}\\);`, 'u'));
    }

    const loaded: Sent =
      system === 'esm'
        ? ((await import(pathToFileURL(file).href)) as Sent)
        : (createRequire(import.meta.url)(file) as Sent);
    const written: number[] = [];
    loaded.handler({}, { writeHead: (code) => written.push(code) });
    expect(written).toEqual(loaded.sent);
    expect(written).toEqual(codes);
  });
});
