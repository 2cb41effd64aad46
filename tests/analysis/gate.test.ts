import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { mayHaveStatusSites } from '../../src/analysis/analyze.js';
import plugin from '../../src/index.js';

/** Whether the file gate lets the rules into `code` (the gate decides before ESLint's traversal). */
function gateOpens(code: string): boolean {
  let open: boolean | undefined;
  const probe: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      open = mayHaveStatusSites(context.sourceCode as unknown as Parameters<typeof mayHaveStatusSites>[0]);
      return {};
    },
  };
  new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.js'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { probe: { rules: { gate: probe } } },
        rules: { 'probe/gate': 'error' },
      },
    ],
    'handler.js',
  );
  if (open === undefined) throw new Error('the probe rule did not run');
  return open;
}

describe('the file gate', () => {
  it('stays closed for a file with no status word', () => {
    expect(gateOpens('export const port = 8080;\n')).toBe(false);
    // A status word in a comment alone.
    expect(gateOpens('// Sets the response status.\nexport const timeout = 30_000;\n')).toBe(false);
  });

  it('stays closed for a status word when nothing in the file can write a status', () => {
    // No framework, no digit, no constants library, no API whose status is implied: no rule can report here.
    expect(gateOpens("export const isDone = (job) => job.status === 'done';\n")).toBe(false);
    expect(gateOpens('export function forward(res, code) {\n  res.status(code).end();\n}\n')).toBe(false);
    expect(gateOpens('export const clone = (response) => new Response(response.body, response);\n')).toBe(false);
    // Digits in comments and inside names write no status.
    expect(gateOpens("/* Copyright 2024 */\nexport const check = (res) => res.status === utf8Status(res, 'x');\n")).toBe(false);
  });

  it('opens for a status word with something a status is written with', () => {
    expect(gateOpens('export const missing = (res) => res.status === 404;\n')).toBe(true);
    expect(gateOpens("export const missing = (res) => res.status === '404';\n")).toBe(true);
    // The digit may come before the status word: a constant declared above its use.
    expect(gateOpens('const GONE = 410;\nexport const gone = (res) => res.status(GONE).end();\n')).toBe(true);
    // A constants library, required after the status word.
    expect(gateOpens("const status = require('http-status-codes').StatusCodes;\nexport const ok = (res) => res.status(status.OK);\n")).toBe(true);
    // A framework required after the status word: its helpers imply statuses.
    expect(gateOpens("const { status } = req;\nconst Boom = require('@hapi/boom');\nthrow Boom.methodNotAllowed();\n")).toBe(true);
  });

  it('opens for an API whose status is implied, callable without an import', () => {
    // hapi's `permanent()` (301), Hono's `c.notFound()` (404), h3's auto-imported `sendNoContent()` (204) and the
    // Fetch `Response.redirect()` (302): names taken from the frameworks' data.
    expect(gateOpens("export const legacy = (request, h) => h.response({ status: 'moved' }).permanent();\n")).toBe(true);
    expect(gateOpens("export const missing = (c) => { c.header('x-status', 'missing'); return c.notFound(); };\n")).toBe(true);
    expect(gateOpens('export const done = (event) => { event.status; return sendNoContent(event); };\n')).toBe(true);
    expect(gateOpens('export const moved = (url) => Response.redirect(url);\n')).toBe(true);
    // @fastify/sensible's `reply.unauthorized()` (401): a member with that name, not the word.
    expect(gateOpens('export const guard = (request, reply) => (request.session.status ? undefined : reply.unauthorized());\n')).toBe(true);
    expect(gateOpens("export const isLocked = (door) => door.status === 'locked' || door.status === 'gone';\n")).toBe(false);
  });

  it('still reports an implied status in a file with a status word and no digit', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      "export const legacy = (request, h) => h.response({ status: 'moved' }).permanent();\n",
      [
        {
          files: ['**/*.js'],
          plugins: { 'http-status': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
          rules: { 'http-status/require-status-headers': 'error' },
          settings: { 'http-status': { frameworks: ['hapi'] } },
        },
      ],
      'routes/legacy.js',
    );
    expect(messages.map((message) => [message.ruleId, message.message])).toEqual([
      ['http-status/require-status-headers', '301 Moved Permanently should carry a Location header (RFC 9110 §15.4.2).'],
    ]);
  });
});
