// The ESLint language server that VS Code's ESLint extension runs (vscode-langservers-extracted), on a consumer
// project that installs the packed plugin: diagnostics, quick fixes, and an applied fix, as an editor sees them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { LspClient, uriOf, type Diagnostic } from './lsp-client.js';
import { examplesDir, fixturesDir, repoRoot } from './paths.js';
import { createProject, type EslintPackage, type Project } from './project.js';

/** The `vscode-eslint-language-server` binary (a Node script), started with `--stdio`. */
const SERVER = path.join(repoRoot, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const UNKNOWN = 'http-status/no-unknown-status';
const CONSTANT = 'http-status/prefer-status-constant';
const DOCS = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules';
const hasConstantRule = inject('pluginRules').includes('prefer-status-constant');
const pendingConstantRule = hasConstantRule ? '' : ' [skipped: prefer-status-constant is not in this build yet]';

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

  it('reports the slips of a TypeScript Express file with rule ids, ranges and messages', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/express-app.ts', 'typescript');
    expectHealthy(lsp, uri);
    expect(ofRule(diagnostics, UNKNOWN)).toEqual([
      diagnostic(16, 15, 19, '4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?'),
      diagnostic(35, 17, 20, '418 (Unused) is reserved (RFC 9110 §15.5.19): it must not be sent.'),
    ]);
    // The server used the project's own ESLint, which loaded the installed plugin.
    const logs = lsp.received.filter((message) => message.method === 'window/logMessage');
    expect(JSON.stringify(logs)).toContain(`ESLint library loaded from: ${path.join(repoRoot, 'node_modules', eslint)}/`);
  });

  it('reports the slips of a JavaScript Koa file', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/koa-app.js', 'javascript');
    expectHealthy(lsp, uri);
    expect(ofRule(diagnostics, UNKNOWN)).toEqual([
      diagnostic(18, 17, 20, '305 Use Proxy is deprecated (RFC 9110 §15.4.6).'),
      diagnostic(22, 15, 19, '2001 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 201 Created?'),
    ]);
  });

  it('offers the suggestions as quick fixes, and applying one makes the diagnostic go', async () => {
    start(examplesDir, ['typescript-eslint']);
    const { lsp, uri, diagnostics } = await openAndLint('src/express-app.ts', 'typescript');
    const typo = ofRule(diagnostics, UNKNOWN).find((item) => item.message.startsWith('4040 '))!;
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
    expect(lsp.text(uri).split('\n')[16]).toBe("    res.status(404).json({ error: 'user not found' });");
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    expect(ofRule(after, UNKNOWN)).toEqual([
      diagnostic(35, 17, 20, '418 (Unused) is reserved (RFC 9110 §15.5.19): it must not be sent.'),
    ]);
  });

  it.skipIf(!hasConstantRule)(`applies the prefer-status-constant fix${pendingConstantRule}`, async () => {
    start(path.join(fixturesDir, 'constants-project'), ['http-status-codes']);
    const { lsp, uri, diagnostics } = await openAndLint('src/routes.js', 'javascript');
    expectHealthy(lsp, uri);
    const found = ofRule(diagnostics, CONSTANT);
    expect(found.map((item) => item.range)).toEqual([
      { start: { line: 9, character: 15 }, end: { line: 9, character: 18 } },
      { start: { line: 17, character: 13 }, end: { line: 17, character: 16 } },
      { start: { line: 22, character: 17 }, end: { line: 22, character: 20 } },
    ]);
    const first = found[0]!;
    const actions = await lsp.codeActions(uri, first.range, [first]);
    const titles = actions.map((action) => action.title);
    expect(titles).toContain(`Fix this ${CONSTANT} problem`);
    expect(titles).toContain(`Fix all ${CONSTANT} problems`);

    await lsp.run(actions.find((action) => action.title === `Fix this ${CONSTANT} problem`)!);
    expect(lsp.text(uri).split('\n')[9]).toBe("    res.status(StatusCodes.NOT_FOUND).json({ error: 'not found' });");
    const after = await lsp.diagnostics(uri);
    expectHealthy(lsp, uri);
    expect(ofRule(after, CONSTANT).map((item) => item.range.start.line)).toEqual([17, 22]);

    const remaining = ofRule(after, CONSTANT)[0]!;
    const fixAll = (await lsp.codeActions(uri, remaining.range, [remaining])).find(
      (action) => action.title === `Fix all ${CONSTANT} problems`,
    )!;
    await lsp.run(fixAll);
    expect(lsp.text(uri)).toBe(readFileSync(path.join(fixturesDir, 'expected/constants-project-routes.js'), 'utf8'));
    expect(ofRule(await lsp.diagnostics(uri), CONSTANT)).toEqual([]);
    expectHealthy(lsp, uri);
  });

  it('a crashing rule shows up only as an empty list plus an error status (what expectHealthy guards against)', async () => {
    start(path.join(fixturesDir, 'crash-project'));
    const { lsp, uri, diagnostics } = await openAndLint('src/app.js', 'javascript');
    expect(diagnostics).toEqual([]);
    expect(lsp.lastStatus(uri)?.state).toBe(3);
  });
});
