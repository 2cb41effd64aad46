// The ESLint language server that VS Code's ESLint extension runs (vscode-langservers-extracted), on a consumer
// project that installs the packed plugin: diagnostics, quick fixes, and an applied fix, as an editor sees them.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { EXAMPLE_FINDINGS } from './example-findings.js';
import { LspClient, uriOf, type Diagnostic } from './lsp-client.js';
import { examplesDir, fixturesDir, repoRoot } from './paths.js';
import { createProject, type EslintPackage, type Project } from './project.js';

/** The `vscode-eslint-language-server` binary (a Node script), started with `--stdio`. */
const SERVER = path.join(repoRoot, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const UNKNOWN = 'http-status/no-unknown-status';
const CONSTANT = 'http-status/prefer-status-constant';
const DOCS = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules';

function settingsFor(workspace: string): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    experimental: {},
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: path.basename(workspace), uri: uriOf(workspace) },
  };
}

describe.each<{ eslint: EslintPackage; major: number }>([
  { eslint: 'eslint', major: 10 },
  { eslint: 'eslint9', major: 9 },
])('ESLint language server, ESLint $major', ({ eslint }) => {
  let project: Project | undefined;
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    project?.remove();
    client = undefined;
    project = undefined;
  });

  function start(fixture: string, packages: string[] = []): LspClient {
    project = createProject({ from: [fixture], packages, eslint });
    client = new LspClient({ server: SERVER, workspace: project.dir, settings: settingsFor(project.dir) });
    return client;
  }

  /** Starts the server on the project, waits for `initialize`, opens `file`, and pulls its diagnostics. */
  async function openAndLint(file: string, languageId: string) {
    const lsp = client!;
    await lsp.initialize();
    const uri = lsp.open(project!.file(file), languageId);
    const diagnostics = await lsp.diagnostics(uri);
    return { lsp, uri, diagnostics };
  }

  /** The server linted the file without a crash: an `ok` status, never an `error` one. */
  function expectHealthy(lsp: LspClient, uri: string): void {
    expect(lsp.statuses.filter((status) => status.state !== 1)).toEqual([]);
    expect(lsp.lastStatus(uri)?.state).toBe(1);
    expect(lsp.stderr).not.toContain('Uncaught exception');
  }

  const diagnostic = (line: number, from: number, to: number, message: string, code = UNKNOWN): Diagnostic => ({
    message,
    severity: 1,
    source: 'eslint',
    range: { start: { line, character: from }, end: { line, character: to } },
    code,
    codeDescription: { href: `${DOCS}/${code.replace('http-status/', '')}.md` },
  });
  const ofRule = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((item) => item.code === code);
  /** What the editor shows for an example file: its expected findings, 0-based (every one an error, severity 1). */
  const exampleDiagnostics = (file: string): Diagnostic[] =>
    EXAMPLE_FINDINGS[file]!.map((item) => ({
      message: item.message,
      severity: 1,
      source: 'eslint',
      range: {
        start: { line: item.line - 1, character: item.column - 1 },
        end: { line: item.endLine - 1, character: item.endColumn - 1 },
      },
      code: item.ruleId,
      codeDescription: { href: `${DOCS}/${item.ruleId.replace('http-status/', '')}.md` },
    }));

  it('reports the slips of a TypeScript Express file with rule ids, ranges and messages', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/express-app.ts', 'typescript');
    expectHealthy(lsp, uri);
    expect(diagnostics).toEqual(exampleDiagnostics('src/express-app.ts'));
    // The server used the project's own ESLint (a link to this repository's, resolved), which loaded the installed plugin.
    const logs = lsp.received.filter((message) => message.method === 'window/logMessage');
    expect(JSON.stringify(logs)).toContain(`ESLint library loaded from: ${realpathSync(path.join(repoRoot, 'node_modules', eslint))}/`);
  });

  it('reports the slips of a JavaScript Koa file', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/koa-app.js', 'javascript');
    expectHealthy(lsp, uri);
    expect(diagnostics).toEqual(exampleDiagnostics('src/koa-app.js'));
  });

  it('offers the suggestions as quick fixes, and applying one makes the diagnostic go', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/express-app.ts', 'typescript');
    const typo = ofRule(diagnostics, UNKNOWN).find((item) => item.message.startsWith('4040 '))!;
    expect(typo).toEqual(diagnostic(17, 15, 19, EXAMPLE_FINDINGS['src/express-app.ts']![0]!.message));
    const actions = await lsp.codeActions(uri, typo.range, [typo]);
    expect(actions.map((action) => [action.title, action.kind, action.command?.command])).toEqual([
      ['Replace with 404 Not Found. (http-status/no-unknown-status)', 'quickfix', 'eslint.applySuggestion'],
      ['Replace with 400 Bad Request. (http-status/no-unknown-status)', 'quickfix', 'eslint.applySuggestion'],
      ['Disable http-status/no-unknown-status for this line', 'quickfix', 'eslint.applyDisableLine'],
      ['Disable http-status/no-unknown-status for the entire file', 'quickfix', 'eslint.applyDisableFile'],
      ['Show documentation for http-status/no-unknown-status', 'quickfix', 'eslint.openRuleDoc'],
    ]);

    await lsp.run(actions[0]!);
    expect(lsp.appliedEdits).toHaveLength(1);
    expect(lsp.text(uri).split('\n')[17]).toBe("    res.status(404).json({ error: 'user not found' });");
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    expect(after).toEqual(exampleDiagnostics('src/express-app.ts').filter((item) => item.range.start.line !== 17));
  });

  it('offers the swap of ctx.throw() arguments as a quick fix (a rule other than no-unknown-status)', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/koa-app.js', 'javascript');
    const swapped = ofRule(diagnostics, 'http-status/valid-http-error')[0]!;
    const actions = await lsp.codeActions(uri, swapped.range, [swapped]);
    expect(actions[0]).toMatchObject({
      title: 'Swap the arguments: ctx.throw(status, message). (http-status/valid-http-error)',
      kind: 'quickfix',
      command: { command: 'eslint.applySuggestion' },
    });

    await lsp.run(actions[0]!);
    expect(lsp.text(uri).split('\n')[32]).toBe("    ctx.throw(400, 'name required');");
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    expect(after).toEqual(exampleDiagnostics('src/koa-app.js').filter((item) => item.code !== 'http-status/valid-http-error'));
  });

  it('applies the prefer-status-constant fix', async () => {
    start(path.join(fixturesDir, 'constants-project'), ['http-status-codes']);
    const { lsp, uri, diagnostics } = await openAndLint('src/routes.js', 'javascript');
    expectHealthy(lsp, uri);
    // The only findings of the file: the other literal already is a constant (StatusCodes.OK, line 13).
    expect(diagnostics).toEqual([
      diagnostic(9, 15, 18, 'Use StatusCodes.NOT_FOUND (404 Not Found) instead of 404.', CONSTANT),
      diagnostic(17, 13, 16, 'Use StatusCodes.CREATED (201 Created) instead of 201.', CONSTANT),
      diagnostic(22, 17, 20, 'Use StatusCodes.NO_CONTENT (204 No Content) instead of 204.', CONSTANT),
    ]);
    const first = diagnostics[0]!;
    const actions = await lsp.codeActions(uri, first.range, [first]);
    const titles = actions.map((action) => action.title);
    expect(titles).toContain(`Fix this ${CONSTANT} problem`);
    expect(titles).toContain(`Fix all ${CONSTANT} problems`);

    await lsp.run(actions.find((action) => action.title === `Fix this ${CONSTANT} problem`)!);
    expect(lsp.text(uri).split('\n')[9]).toBe("    res.status(StatusCodes.NOT_FOUND).json({ error: 'not found' });");
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    expect(after).toEqual(diagnostics.slice(1));

    const remaining = after[0]!;
    const fixAll = (await lsp.codeActions(uri, remaining.range, [remaining])).find(
      (action) => action.title === `Fix all ${CONSTANT} problems`,
    )!;
    await lsp.run(fixAll);
    expect(lsp.text(uri)).toBe(readFileSync(path.join(fixturesDir, 'expected/constants-project-routes.js'), 'utf8'));
    expect(await lsp.diagnostics(uri)).toEqual([]);
    expectHealthy(lsp, uri);
  });

  it('applies the prefer-status-constant fix that adds the import, then fixes the rest', async () => {
    start(path.join(fixturesDir, 'constants-project'), ['http-status-codes']);
    const { lsp, uri, diagnostics } = await openAndLint('src/health.js', 'javascript');
    expectHealthy(lsp, uri);
    expect(diagnostics).toEqual([
      diagnostic(5, 13, 16, 'Use StatusCodes.OK (200 OK) instead of 200.', CONSTANT),
      diagnostic(10, 43, 46, 'Use StatusCodes.SERVICE_UNAVAILABLE (503 Service Unavailable) instead of 503.', CONSTANT),
      diagnostic(13, 17, 20, 'Use StatusCodes.NO_CONTENT (204 No Content) instead of 204.', CONSTANT),
    ]);

    const first = diagnostics[0]!;
    const fixThis = (await lsp.codeActions(uri, first.range, [first])).find((action) => action.title === `Fix this ${CONSTANT} problem`)!;
    await lsp.run(fixThis);
    expect(lsp.text(uri).split('\n').slice(0, 7)).toEqual([
      "import express from 'express';",
      "import { StatusCodes } from 'http-status-codes';",
      '',
      'export const health = express.Router();',
      '',
      "health.get('/health', (req, res) => {",
      '  res.status(StatusCodes.OK).json({ ok: true });',
    ]);
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    // One line further down: the import was added.
    expect(after).toEqual([
      diagnostic(11, 43, 46, 'Use StatusCodes.SERVICE_UNAVAILABLE (503 Service Unavailable) instead of 503.', CONSTANT),
      diagnostic(14, 17, 20, 'Use StatusCodes.NO_CONTENT (204 No Content) instead of 204.', CONSTANT),
    ]);

    const fixAll = (await lsp.codeActions(uri, after[0]!.range, [after[0]!])).find((action) => action.title === `Fix all ${CONSTANT} problems`)!;
    await lsp.run(fixAll);
    expect(lsp.text(uri)).toBe(readFileSync(path.join(fixturesDir, 'expected/constants-project-health.js'), 'utf8'));
    expect(await lsp.diagnostics(uri)).toEqual([]);
    expectHealthy(lsp, uri);
  });

  it('a crashing rule shows up only as an empty list plus an error status (what expectHealthy guards against)', async () => {
    start(path.join(fixturesDir, 'crash-project'));
    const { lsp, uri, diagnostics } = await openAndLint('src/app.js', 'javascript');
    expect(diagnostics).toEqual([]);
    expect(lsp.lastStatus(uri)?.state).toBe(3);
  });
});
