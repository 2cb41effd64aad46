// The real `eslint` binary, ESLint 10 and ESLint 9, on consumer projects that install the packed plugin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { EXAMPLE_FINDINGS } from './example-findings.js';
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

/** The example files with findings, and every example file, as the tests name them. */
const EXAMPLE_FILES = Object.keys(EXAMPLE_FINDINGS);
const FILES_WITH_FINDINGS = EXAMPLE_FILES.filter((file) => EXAMPLE_FINDINGS[file]!.length > 0);

/** Rule, range, message and suggestions of every message of one file, in the shape of `EXAMPLE_FINDINGS`. */
function findingsOf(result: JsonResult) {
  return result.messages.map((message) => ({
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    message: message.message,
    suggestions: (message.suggestions ?? []).map((suggestion) => ({ desc: suggestion.desc, text: suggestion.fix.text })),
  }));
}

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
        message: message.message,
        severity: message.severity,
      })),
  );
}

/** Each example file's findings, asserted per file (so a change in one example touches only its entry). */
function expectExampleFindings(results: JsonResult[]): void {
  for (const file of EXAMPLE_FILES) {
    const result = resultFor(results, file);
    expect(findingsOf(result), file).toEqual(EXAMPLE_FINDINGS[file]);
    expect(result.errorCount, file).toBe(EXAMPLE_FINDINGS[file]!.length);
    expect(result.warningCount, file).toBe(0);
  }
}

/** The packed plugin itself, as the consumer projects load it. */
interface PackedPlugin {
  rules: Record<string, { meta?: { fixable?: string } }>;
  configs: Record<string, { rules?: Record<string, unknown> }>;
}
async function packedPlugin(): Promise<PackedPlugin> {
  const url = pathToFileURL(path.join(inject('pluginPackageDir'), 'dist/index.js')).href;
  return ((await import(url)) as { default: PackedPlugin }).default;
}

function parseJson(run: RunResult): JsonResult[] {
  try {
    return JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`eslint printed no JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

function resultFor(results: JsonResult[], file: string): JsonResult {
  const result = results.find((candidate) => candidate.filePath.endsWith(path.sep + path.join(...file.split('/'))));
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

describe('the packed plugin: which rules autofix', () => {
  it('only prefer-status-constant has an autofix, and it is not in recommended', async () => {
    const plugin = await packedPlugin();
    const fixable = Object.keys(plugin.rules).filter((name) => plugin.rules[name]!.meta?.fixable !== undefined);
    expect(fixable).toEqual(['prefer-status-constant']);
    expect(Object.keys(plugin.configs.recommended!.rules!)).not.toContain(CONSTANT);
    expect(Object.keys(plugin.configs.strict!.rules!)).toContain(CONSTANT);
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

  it('exits 1 and prints every slip of the example files it is given', async () => {
    const target = examples();
    const run = await lint(target, ...FILES_WITH_FINDINGS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // stylish: a heading per file, then "line:column  error  message  rule" (without the message's final period).
    const blocks = run.stdout.trim().split(/\n\s*\n/u);
    const summary = blocks.pop()!;
    const printed = Object.fromEntries(
      blocks.map((block) => {
        const [heading, ...lines] = block.split('\n');
        return [path.relative(target.dir, heading!.trim()).split(path.sep).join('/'), lines.map((line) => line.trim().split(/ {2,}/u))];
      }),
    );
    expect(printed).toEqual(
      Object.fromEntries(
        FILES_WITH_FINDINGS.map((file) => [
          file,
          EXAMPLE_FINDINGS[file]!.map((item) => [`${item.line}:${item.column}`, 'error', item.message.replace(/\.$/u, ''), item.ruleId]),
        ]),
      ),
    );
    const total = FILES_WITH_FINDINGS.reduce((sum, file) => sum + EXAMPLE_FINDINGS[file]!.length, 0);
    expect(summary).toBe(`✖ ${total} problems (${total} errors, 0 warnings)`);
  });

  it('--format json: rule ids, ranges, messages and suggestions of every example file, and no fix', async () => {
    const target = examples();
    const run = await lint(target, '--format', 'json', '.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = parseJson(run);
    const messages = results.flatMap((result) => result.messages);
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
    // recommended has no autofixing rule: every change is a suggestion.
    expect(messages.filter((message) => 'fix' in message)).toEqual([]);
    expectExampleFindings(results);

    const express = resultFor(results, 'src/express-app.ts');
    const typo = express.messages[0]!;
    expect(typo.suggestions?.[0]?.fix.range).toEqual([
      target.read('src/express-app.ts').indexOf('4040'),
      target.read('src/express-app.ts').indexOf('4040') + 4,
    ]);
  });

  it('--max-warnings 0 turns warnings into exit code 1', async () => {
    const target = project(path.join(fixturesDir, 'warn-project'));
    const relaxed = await lint(target, '--format', 'json', '.');
    expect(relaxed.stderr).toBe('');
    expect(relaxed.code).toBe(0);
    // 418 is never suggested: it is reserved ("(Unused)"); dropping the 8 gives 410.
    const message = '4180 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 410 Gone?';
    expect(findings(target, parseJson(relaxed))).toEqual([
      { ruleId: UNKNOWN, file: 'src/app.js', line: 6, column: 18, message, severity: 1 },
    ]);
    expect(resultFor(parseJson(relaxed), 'src/app.js')).toMatchObject({ errorCount: 0, warningCount: 1 });

    const strict = await lint(target, '--max-warnings', '0', '.');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/6:18 +warning +4180 is not an HTTP status code/u);
    expect(strict.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(`${strict.stdout}${strict.stderr}`).toContain('ESLint found too many warnings (maximum: 0)');
  });

  it('--fix changes no example file (recommended has no autofix), and the findings stay', async () => {
    const target = examples();
    const before = snapshot(target.dir);
    const first = await lint(target, '--fix', '--format', 'json', '.');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(snapshot(target.dir)).toEqual(before);
    expectExampleFindings(parseJson(first));

    const second = await lint(target, '--fix', '--format', 'json', '.');
    expect(second.code).toBe(1);
    expect(snapshot(target.dir)).toEqual(before);
    expect(findings(target, parseJson(second))).toEqual(findings(target, parseJson(first)));
  });

  it('--fix rewrites status literals to http-status-codes constants, adding the import where it is missing', async () => {
    const target = project(path.join(fixturesDir, 'constants-project'), ['http-status-codes']);
    const before = await lint(target, '--format', 'json', 'src');
    expect(before.stderr).toBe('');
    expect(before.code).toBe(1);
    const use = (constant: string, status: string, code: number) => `Use StatusCodes.${constant} (${code} ${status}) instead of ${code}.`;
    expect(findings(target, parseJson(before))).toEqual([
      { ruleId: CONSTANT, file: 'src/health.js', line: 6, column: 14, message: use('OK', 'OK', 200), severity: 2 },
      { ruleId: CONSTANT, file: 'src/health.js', line: 11, column: 44, message: use('SERVICE_UNAVAILABLE', 'Service Unavailable', 503), severity: 2 },
      { ruleId: CONSTANT, file: 'src/health.js', line: 14, column: 18, message: use('NO_CONTENT', 'No Content', 204), severity: 2 },
      { ruleId: CONSTANT, file: 'src/routes.js', line: 10, column: 16, message: use('NOT_FOUND', 'Not Found', 404), severity: 2 },
      { ruleId: CONSTANT, file: 'src/routes.js', line: 18, column: 14, message: use('CREATED', 'Created', 201), severity: 2 },
      { ruleId: CONSTANT, file: 'src/routes.js', line: 23, column: 18, message: use('NO_CONTENT', 'No Content', 204), severity: 2 },
    ]);
    // An autofix, not only a suggestion: the constant (and the import) is certain to resolve in this project.
    expect(parseJson(before).flatMap((result) => result.messages).every((message) => 'fix' in message)).toBe(true);

    const fixed = await lint(target, '--fix', 'src');
    expect(fixed.stdout + fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    const expected = (file: string) => readFileSync(path.join(fixturesDir, `expected/constants-project-${file}`), 'utf8');
    expect(target.read('src/routes.js')).toBe(expected('routes.js'));
    expect(target.read('src/health.js')).toBe(expected('health.js'));

    const afterFix = snapshot(target.dir);
    const again = await lint(target, '--fix', 'src');
    expect(again.stdout + again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(snapshot(target.dir)).toEqual(afterFix);
  });

  it("settings['http-status'].frameworks declares Express for a middleware package's files, which import nothing", async () => {
    const target = project(path.join(fixturesDir, 'middleware-project'));
    const run = await lint(target, '--format', 'json', '.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // basic-auth.js sets the challenge before its 401 (when configured); strict-auth.js never does.
    expect(findings(target, parseJson(run))).toEqual([
      {
        ruleId: 'http-status/require-status-headers',
        file: 'src/strict-auth.js',
        line: 10,
        column: 23,
        message: '401 Unauthorized must carry a WWW-Authenticate header (RFC 9110 §15.5.2).',
        severity: 2,
      },
    ]);
  });

  it('a framework id the setting does not know stops the lint with an error naming the setting and the ids', async () => {
    const target = project(path.join(fixturesDir, 'middleware-project'));
    const run = await lint(target, '--config', 'eslint.typo.config.cjs', '.');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `eslint-plugin-http-status: settings['http-status'].frameworks: "expres" is not one of express, fastify, hapi, hono, koa, nextjs, node-http, playwright, restify.`,
    );
  });

  it("typed linting as the README configures it (projectService): the types decide which object is a response", async () => {
    const target = project(path.join(fixturesDir, 'typed-project'), ['typescript-eslint', 'typescript', '@types/express', '@types/node']);
    const unknown4040 = (line: number, column: number) => ({
      ruleId: UNKNOWN,
      file: 'src/app.ts',
      line,
      column,
      message: '4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
      severity: 2,
    });
    // With types: `out: Reply` (an alias of Express's `Response` in another file) is a response whatever its name;
    // `res: Job` is the queue's handle, not a response.
    const typed = await lint(target, '--format', 'json', '.');
    expect(typed.stderr).toBe('');
    expect(typed.code).toBe(1);
    expect(findings(target, parseJson(typed))).toEqual([unknown4040(14, 14)]);
    // Without types the names decide, wrong both ways here: `Reply` names nothing known, and `res` is taken for
    // Express's response.
    const untyped = await lint(target, '--config', 'eslint.untyped.config.js', '--format', 'json', '.');
    expect(untyped.stderr).toBe('');
    expect(untyped.code).toBe(1);
    expect(findings(target, parseJson(untyped))).toEqual([unknown4040(19, 14)]);
  });

  it('loads the plugin from a CommonJS eslint.config.cjs with require()', async () => {
    const target = project(path.join(fixturesDir, 'cjs-project'));
    const run = await lint(target, '--format', 'json', '.');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(parseJson(run).flatMap((result) => result.messages).filter((message) => message.fatal === true)).toEqual([]);
    expect(findings(target, parseJson(run))).toEqual([
      {
        ruleId: UNKNOWN,
        file: 'src/server.js',
        line: 10,
        column: 14,
        message: '4004 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
        severity: 2,
      },
    ]);
  });
});
