// The real `eslint` binary, ESLint 10 and ESLint 9, on consumer projects that install the packed plugin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { examplesDir, fixturesDir } from './paths.js';
import { createProject, eslintBin, type EslintPackage, type Project } from './project.js';
import { runNode, type RunResult } from './run.js';

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: number;
  fatal?: boolean;
  suggestions?: { desc: string; messageId?: string; fix: { range: [number, number]; text: string } }[];
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

const UNKNOWN = 'http-status/no-unknown-status';
const CONSTANT = 'http-status/prefer-status-constant';
const hasConstantRule = inject('pluginRules').includes('prefer-status-constant');
const pendingConstantRule = hasConstantRule ? '' : ' [skipped: prefer-status-constant is not in this build yet]';

/** The deliberate slips in examples/ (see `npm run demo`): rule, file, line, column. */
const EXAMPLE_SLIPS = [
  { ruleId: UNKNOWN, file: 'src/express-app.ts', line: 17, column: 16 },
  { ruleId: UNKNOWN, file: 'src/express-app.ts', line: 36, column: 18 },
  { ruleId: UNKNOWN, file: 'src/fetch-handlers.ts', line: 14, column: 27 },
  { ruleId: UNKNOWN, file: 'src/fetch-handlers.ts', line: 22, column: 39 },
  { ruleId: UNKNOWN, file: 'src/koa-app.js', line: 19, column: 18 },
  { ruleId: UNKNOWN, file: 'src/koa-app.js', line: 23, column: 16 },
  { ruleId: UNKNOWN, file: 'test/users.test.js', line: 15, column: 29 },
];
/** The slips that are not status codes at all: no rule can autofix them, so they survive `--fix`. */
const EXAMPLE_TYPOS = [EXAMPLE_SLIPS[0], EXAMPLE_SLIPS[2], EXAMPLE_SLIPS[5], EXAMPLE_SLIPS[6]];

/** Rule, file, line and column of every message (of one rule, when `ruleId` is given). */
function findings(project: Project, results: JsonResult[], ruleId?: string) {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => ruleId === undefined || message.ruleId === ruleId)
      .map((message) => ({
        ruleId: message.ruleId,
        file: path.relative(project.dir, result.filePath).split(path.sep).join('/'),
        line: message.line,
        column: message.column,
      })),
  );
}

function parseJson(run: RunResult): JsonResult[] {
  try {
    return JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`eslint printed no JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

function resultFor(results: JsonResult[], file: string): JsonResult {
  const result = results.find((candidate) => candidate.filePath.endsWith(path.join(...file.split('/'))));
  if (!result) throw new Error(`eslint reported nothing for ${file}`);
  return result;
}

/** Every file under `dir` except node_modules, with its content. */
function snapshot(dir: string, base = dir): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, snapshot(full, base));
    else files[path.relative(base, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

/** Every file under `dir`, relative, with `/` separators. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

describe('the packed plugin (npm pack)', () => {
  it('holds package.json, the README and the built JavaScript with its type declarations, nothing else', () => {
    const files = listFiles(inject('pluginPackageDir'));
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files.filter((file) => !/^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts))$/u.test(file))).toEqual([]);
  });
});

describe.each<{ eslint: EslintPackage; major: number }>([
  { eslint: 'eslint', major: 10 },
  { eslint: 'eslint9', major: 9 },
])('eslint CLI, ESLint $major', ({ eslint, major }) => {
  const projects: Project[] = [];
  afterEach(() => {
    for (const project of projects.splice(0)) project.remove();
  });

  function project(fixture: string, packages: string[] = []): Project {
    const created = createProject({ from: [fixture], eslint, packages });
    projects.push(created);
    return created;
  }
  const examples = () => project(examplesDir, ['typescript-eslint']);
  const lint = (target: Project, ...args: string[]) => runNode(eslintBin(eslint), args, target.dir);

  it('is the ESLint major under test', async () => {
    const run = await lint(project(path.join(fixturesDir, 'warn-project')), '--version');
    expect(run.stdout.trim()).toMatch(new RegExp(`^v${major}\\.`, 'u'));
  });

  it('exits 1 and prints every example slip', async () => {
    const target = examples();
    const run = await lint(target, '.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(path.join(target.dir, 'src/express-app.ts'));
    expect(run.stdout).toMatch(
      /17:16 +error +4040 is not an HTTP status code \(valid codes are 100–599, RFC 9110 §15\)\. Did you mean 404 Not Found\? +http-status\/no-unknown-status/u,
    );
    expect(run.stdout).toMatch(/19:18 +error +305 Use Proxy is deprecated \(RFC 9110 §15\.4\.6\) +http-status\/no-unknown-status/u);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/u);
  });

  it('--format json: rule ids, lines, columns, messages and suggestions', async () => {
    const target = examples();
    const run = await lint(target, '--format', 'json', '.');
    expect(run.code).toBe(1);
    const results = parseJson(run);
    const messages = results.flatMap((result) => result.messages);
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
    expect(findings(target, results)).toEqual(expect.arrayContaining(EXAMPLE_SLIPS));

    const express = resultFor(results, 'src/express-app.ts');
    const typo = express.messages.find((message) => message.ruleId === UNKNOWN && message.line === 17)!;
    expect(typo).toMatchObject({
      severity: 2,
      endLine: 17,
      endColumn: 20,
      message: '4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
    });
    expect(typo.suggestions?.map((suggestion) => suggestion.desc)).toContain('Replace with 404 Not Found.');
    expect(typo.suggestions?.[0]?.fix.text).toBe('404');
    const reserved = express.messages.find((message) => message.ruleId === UNKNOWN && message.line === 36)!;
    expect(reserved.message).toBe('418 (Unused) is reserved (RFC 9110 §15.5.19): it must not be sent.');
  });

  it('--max-warnings 0 turns warnings into exit code 1', async () => {
    const target = project(path.join(fixturesDir, 'warn-project'));
    const relaxed = await lint(target, '--format', 'json', '.');
    expect(relaxed.code).toBe(0);
    expect(findings(target, parseJson(relaxed), UNKNOWN)).toEqual([{ ruleId: UNKNOWN, file: 'src/app.js', line: 6, column: 18 }]);
    expect(resultFor(parseJson(relaxed), 'src/app.js').errorCount).toBe(0);

    const strict = await lint(target, '--max-warnings', '0', '.');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/6:18 +warning +4180 is not an HTTP status code/u);
    expect(`${strict.stdout}${strict.stderr}`).toContain('ESLint found too many warnings (maximum: 0)');
  });

  it('--fix leaves the typos (only suggestions fix them), and a second --fix changes nothing', async () => {
    const target = examples();
    const first = await lint(target, '--fix', '--format', 'json', '.');
    expect(first.code).toBe(1);
    expect(findings(target, parseJson(first))).toEqual(expect.arrayContaining(EXAMPLE_TYPOS));
    expect(target.read('src/express-app.ts')).toContain('res.status(4040)');
    expect(target.read('src/koa-app.js')).toContain('ctx.status = 2001;');

    const afterFirst = snapshot(target.dir);
    const second = await lint(target, '--fix', '--format', 'json', '.');
    expect(second.code).toBe(1);
    expect(snapshot(target.dir)).toEqual(afterFirst);
    expect(findings(target, parseJson(second))).toEqual(findings(target, parseJson(first)));
  });

  it.skipIf(!hasConstantRule)(`--fix rewrites status literals to http-status-codes constants${pendingConstantRule}`, async () => {
    const target = project(path.join(fixturesDir, 'constants-project'), ['http-status-codes']);
    const before = await lint(target, '--format', 'json', 'src');
    expect(before.code).toBe(1);
    expect(findings(target, parseJson(before))).toEqual([
      { ruleId: CONSTANT, file: 'src/routes.js', line: 10, column: 16 },
      { ruleId: CONSTANT, file: 'src/routes.js', line: 18, column: 14 },
      { ruleId: CONSTANT, file: 'src/routes.js', line: 23, column: 18 },
    ]);

    const fixed = await lint(target, '--fix', 'src');
    expect(fixed.stdout + fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    const expected = readFileSync(path.join(fixturesDir, 'expected/constants-project-routes.js'), 'utf8');
    expect(target.read('src/routes.js')).toBe(expected);

    const again = await lint(target, '--fix', 'src');
    expect(again.code).toBe(0);
    expect(target.read('src/routes.js')).toBe(expected);
  });

  it('loads the plugin from a CommonJS eslint.config.cjs with require()', async () => {
    const target = project(path.join(fixturesDir, 'cjs-project'));
    const run = await lint(target, '--format', 'json', '.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(findings(target, parseJson(run), UNKNOWN)).toEqual([{ ruleId: UNKNOWN, file: 'src/server.js', line: 10, column: 14 }]);
    expect(parseJson(run).flatMap((result) => result.messages).filter((message) => message.fatal === true)).toEqual([]);
    expect(resultFor(parseJson(run), 'src/server.js').messages.find((message) => message.ruleId === UNKNOWN)?.message).toBe(
      '4004 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
    );
  });
});
