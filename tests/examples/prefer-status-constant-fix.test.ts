/**
 * `eslint --fix` on a copy of examples/: status literals become http-status-codes constants, the result parses,
 * a second pass changes nothing, and every other rule reports exactly what it reported before the fix.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
mkdirSync(path.join(root, '.cache'), { recursive: true });
// Inside the repository (git-ignored): the copy resolves http-status-codes and the plugin itself through node_modules.
const copy = mkdtempSync(path.join(root, '.cache', 'examples-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

type Summary = string[];

/** `tsc -p <dir>/tsconfig.json` diagnostics, as `file: message` (no positions: the fix adds lines). */
function typeErrors(directory: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(directory, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`no tsconfig in ${directory}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) =>
        `${diagnostic.file ? path.relative(directory, diagnostic.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
    )
    .sort();
}

function summarise(results: ESLint.LintResult[], exclude?: string): Summary {
  return results
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== exclude)
        .map((message) => `${path.relative(copy, result.filePath)} ${message.ruleId ?? 'fatal'} ${message.message}`),
    )
    .sort();
}

describe('examples/ with prefer-status-constant --fix', () => {
  let eslint: ESLint;
  let overrideConfig: Linter.Config[];
  let before: ESLint.LintResult[];
  let fixed: ESLint.LintResult[];

  beforeAll(async () => {
    cpSync(path.join(root, 'examples'), copy, { recursive: true });
    // The examples' opt-in constants config, with the plugin taken from src (the config's import resolves to dist).
    const { default: plugin } = (await import('../../src/index.js')) as { default: ESLint.Plugin };
    const { default: config } = (await import(pathToFileURL(path.join(copy, 'eslint.constants.config.js')).href)) as {
      default: Linter.Config[];
    };
    overrideConfig = config.map((entry) =>
      entry.plugins?.['http-status'] ? { ...entry, plugins: { ...entry.plugins, 'http-status': plugin } } : entry,
    );
    eslint = new ESLint({ cwd: copy, overrideConfigFile: true, overrideConfig });
    before = await eslint.lintFiles(['.']);
    const fixer = new ESLint({ cwd: copy, overrideConfigFile: true, overrideConfig, fix: true });
    fixed = await fixer.lintFiles(['.']);
    await ESLint.outputFixes(fixed);
  });

  it('reported literals before the fix', () => {
    const reported = summarise(before).filter((line) => line.includes('http-status/prefer-status-constant'));
    expect(reported.length).toBeGreaterThanOrEqual(10);
  });

  it('turns the literals into constants', () => {
    const express = readFileSync(path.join(copy, 'src/express-app.ts'), 'utf8');
    expect(express).toContain("import { StatusCodes } from 'http-status-codes';");
    expect(express).toContain('res.status(StatusCodes.OK).json(user);');
    expect(express).toContain('res.status(StatusCodes.CREATED).location(');
    expect(express).toContain('res.sendStatus(StatusCodes.NO_CONTENT);');
    expect(express).toContain('res.sendStatus(StatusCodes.IM_A_TEAPOT);');
    // Not statuses, and unregistered codes, stay as they are.
    expect(express).toContain('res.status(4040)');
    expect(express).toContain('app.listen(3000)');

    const fetchHandlers = readFileSync(path.join(copy, 'src/fetch-handlers.ts'), 'utf8');
    expect(fetchHandlers).toContain("import { StatusCodes } from 'http-status-codes';");
    expect(fetchHandlers).toContain('{ status: StatusCodes.BAD_REQUEST }');
    expect(fetchHandlers).toContain('upstream.status === StatusCodes.NOT_FOUND');
    expect(fetchHandlers).toContain('upstream.status === 2000');

    const koa = readFileSync(path.join(copy, 'src/koa-app.js'), 'utf8');
    expect(koa).toContain("import { StatusCodes } from 'http-status-codes';");
    expect(koa).toContain('ctx.status = StatusCodes.OK;');
    expect(koa).toContain('ctx.status = StatusCodes.USE_PROXY;');
    expect(koa).toContain('app.listen(8080)');

    const test = readFileSync(path.join(copy, 'test/users.test.js'), 'utf8');
    expect(test).toContain('.expect(StatusCodes.CREATED)');
    expect(test).toContain('.expect(StatusCodes.NO_CONTENT)');
    expect(test).toContain('toBe(4004)');
  });

  it('the result parses, and a second pass changes nothing', async () => {
    const again = await new ESLint({ cwd: copy, overrideConfigFile: true, overrideConfig, fix: true }).lintFiles(['.']);
    expect(again.every((result) => result.output === undefined)).toBe(true);
    expect(again.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
    expect(fixed.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
  });

  it('every other rule reports what it reported before', async () => {
    const after = await eslint.lintFiles(['.']);
    expect(summarise(after, 'http-status/prefer-status-constant')).toEqual(
      summarise(before, 'http-status/prefer-status-constant'),
    );
    // What prefer-status-constant still reports has no constant to offer (unregistered codes are not its business).
    expect(summarise(after).filter((line) => line.includes('prefer-status-constant'))).toEqual([]);
  });

  it('still type-checks (tsc -p examples, with @types/express)', () => {
    expect(typeErrors(path.join(root, 'examples'))).toEqual([]);
    expect(typeErrors(copy)).toEqual([]);
  });
});
