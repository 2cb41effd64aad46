import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { mayHaveStatusSites } from '../../src/analysis/analyze.js';
import { getAnalysisRunCount } from '../../src/analysis/index.js';
import plugin from '../../src/index.js';

import { temporaryProjects } from './helpers.js';

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

  it("opens for a constants library's import or require, whose name spells a status word", () => {
    expect(gateOpens("import { StatusCodes } from 'http-status-codes';\nexport const remove = (req, res) => res.sendStatus(StatusCodes.NO_CONTENT);\n")).toBe(true);
    expect(gateOpens("const httpStatus = require('http-status');\nexports.deny = (req, res) => res.sendStatus(httpStatus.UNAUTHORIZED);\n")).toBe(true);
    // axios exports a status object too, but most of its importers are clients that never set a status.
    expect(gateOpens("import axios from 'axios';\nexport const load = (url) => axios.get(url);\n")).toBe(false);
  });

  it('opens for an API whose status is implied, callable without an import', () => {
    // hapi's `permanent()` (301 or 308), Hono's `c.notFound()` (404), h3's auto-imported `sendNoContent()` (204) and the
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
      ['http-status/require-status-headers', '308 Permanent Redirect should carry a Location header (RFC 9110 §15.4.9).'],
    ]);
  });

  describe('in a package that depends on a framework', () => {
    const { root, project } = temporaryProjects('gate-declared-');
    const fastifyApp = project('fastify-app', { dependencies: { fastify: '^5.2.0', '@fastify/autoload': '^6.0.0' } });
    const expressApp = project('express-app', { dependencies: { express: '^5.1.0' } });
    const koaApp = project('koa-app', { dependencies: { koa: '^3.0.0', '@koa/router': '^13.0.0' } });
    const library = project('library', { dependencies: { lodash: '^4.17.21' } });

    /** Every report of the recommended rules (and `no-unknown-status`) on `code` linted as the file `filename`. */
    const lint = (code: string, filename: string, settings?: Record<string, unknown>) =>
      new Linter({ configType: 'flat', cwd: root })
        .verify(
          code,
          [
            {
              files: ['**/*.js'],
              plugins: { 'http-status': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
              rules: { ...plugin.configs.recommended.rules, 'http-status/prefer-status-constant': 'off' },
              ...(settings ? { settings: { 'http-status': settings } } : {}),
            },
          ],
          filename,
        )
        .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`);

    // A route file that @fastify/autoload loads: the plugin gets the instance as a parameter and imports nothing, and
    // `reply.code()` spells no status word.
    const autoloadRoute = `'use strict';
module.exports = async function (fastify, opts) {
  fastify.delete('/items/:id', async function (request, reply) {
    const removed = await fastify.db.items.remove(request.params.id);
    if (!removed) return reply.code(4040).send({ error: 'not found' });
    reply.code(204);
  });
  fastify.get('/private', async function (request, reply) {
    reply.code(401).send({ error: 'log in first' });
  });
};
`;

    it("opens for a Fastify autoload route's `reply.code()`", () => {
      expect(lint(autoloadRoute, fastifyApp('routes/items/index.js'))).toEqual([
        '5:37 http-status/no-unknown-status 4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
        '9:16 http-status/require-status-headers 401 Unauthorized must carry a WWW-Authenticate header (RFC 9110 §15.5.2).',
      ]);
    });

    it("opens for an Express controller's `sendStatus()` and `redirect()`, and a Koa route's `ctx.throw()`", () => {
      const controller = `exports.remove = async (req, res) => {
  await req.app.locals.db.remove(req.params.id);
  res.sendStatus(2040);
};
exports.moved = (req, res) => res.redirect(3010, '/items');
`;
      expect(lint(controller, expressApp('src/controllers/items.js'))).toEqual([
        '3:18 http-status/no-unknown-status 2040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 204 No Content?',
        '5:44 http-status/no-unknown-status 3010 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 301 Moved Permanently?',
      ]);
      const koaRoute = `export async function show(ctx) {
  const item = await ctx.db.items.find(ctx.params.id);
  if (!item) ctx.throw(4040, 'no such item');
  ctx.body = item;
}
`;
      expect(lint(koaRoute, koaApp('src/routes/items.js'))).toEqual([
        '3:24 http-status/no-unknown-status 4040 is not an HTTP status code (valid codes are 100–599, RFC 9110 §15). Did you mean 404 Not Found?',
      ]);
    });

    it('takes the frameworks the settings name, as a middleware package without the dependency', () => {
      expect(lint(autoloadRoute, library('routes/items/index.js'))).toEqual([]);
      expect(lint(autoloadRoute, library('routes/items/index.js'), { frameworks: ['fastify'] })).toHaveLength(2);
    });

    it('stays closed for numbers that are not written to a status call, and in packages without a framework', () => {
      // A port, a timeout and a page size as arguments, in a Fastify package: no status call of Fastify's in the file.
      expect(gateOpensIn("module.exports = (server) => { server.listen(3000); setTimeout(() => server.close(), 1500); return paginate(items, 100); };\n", fastifyApp('lib/server.js'))).toBe(false);
      expect(gateOpensIn("module.exports = (res) => res.code(404);\n", library('lib/http.js'))).toBe(false);
      expect(gateOpensIn("module.exports = (res) => res.code(404);\n", fastifyApp('lib/http.js'))).toBe(true);
    });

    /** Whether the plugin's gate let its rules into `code` as the file `filename` (then the file is analysed). */
    function gateOpensIn(code: string, filename: string): boolean {
      const before = getAnalysisRunCount();
      const messages = new Linter({ configType: 'flat', cwd: root }).verify(
        code,
        [
          {
            files: ['**/*.js'],
            plugins: { 'http-status': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
            rules: { 'http-status/no-unknown-status': 'error' },
          },
        ],
        filename,
      );
      if (messages.some((message) => message.fatal)) throw new Error(messages[0]!.message);
      return getAnalysisRunCount() > before;
    }
  });
});
