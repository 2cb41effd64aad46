import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getAnalysisRunCount, getFileAnalysis } from '../../src/analysis/index.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import { analyze, describeSite } from './helpers.js';

/**
 * Numbers that look like statuses but are not (frameworks.md §17.6). Every file imports a framework so the
 * analysis is fully on; none may yield a single status site.
 */
const NEGATIVES: Record<string, string> = {
  'ports, timers, indexes and exit codes': `
import express from 'express';
const app = express();
const PORT = Number(process.env.PORT ?? 8080);
app.get('/items', (req, res) => {
  const third = items[404];
  const page = pages.at(-1);
  res.json(items.slice(0, 200));
});
app.listen(PORT, () => console.log('listening on', 8080));
const server = app.listen(4040);
server.setTimeout(5000);
setTimeout(() => process.exit(1), 4040);
setInterval(poll, 500);
process.exitCode = 2;
process.on('SIGTERM', () => process.exit(143));
`,
  'WebSocket close codes': `
import http from 'node:http';
import { WebSocketServer } from 'ws';
const server = http.createServer();
const wss = new WebSocketServer({ server });
wss.on('connection', (ws, request) => {
  if (!request.headers.authorization) return ws.close(4001, 'unauthorized');
  ws.on('message', () => ws.close(1000));
  ws.on('error', () => ws.terminate());
  setTimeout(() => ws.close(4999, 'idle'), 30_000);
});
export const closeEvent = new CloseEvent('close', { code: 4000, reason: 'bye' });
`,
  'SMTP replies': `
import express from 'express';
import { SMTPServer } from 'smtp-server';
export const smtp = new SMTPServer({
  onRcptTo(address, session, callback) {
    if (!address.address.endsWith('@example.com')) {
      const error = new Error('mailbox unavailable');
      error.responseCode = 550;
      return callback(error);
    }
    session.reply(250, 'OK');
    callback();
  },
  onConnect(session, callback) {
    if (busy) return callback(Object.assign(new Error('try later'), { responseCode: 421 }));
    callback();
  },
});
`,
  'Parse, gRPC and database codes': `
import Fastify from 'fastify';
import * as grpc from '@grpc/grpc-js';
export function find(call, callback) {
  if (!call.request.id) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'id required' });
  if (missing) return callback({ code: 5, status: 5, details: 'not found' });
  if (call.status === 5) retry();
  throw new Parse.Error(143, 'invalid nested key');
}
export const row = await db.query('update jobs set status = $1 where id = $2', [5, id]);
export const failure = { status: 5, message: 'NOT_FOUND' };
`,
  'object keys outside route response schemas': `
import Fastify from 'fastify';
import { Elysia } from 'elysia';
const errorPages = { 404: NotFoundPage, 500: ServerErrorPage };
const messages = { 400: 'Bad request', 4040: 'Typo' };
export const fastify = Fastify();
fastify.get('/', { config: { rateLimit: { 429: true } } }, handler);
fastify.setErrorHandler((error, request, reply) => reply.send(messages[error.statusCode] ?? messages[400]));
new Elysia().get('/', () => 'x', { detail: { responses: { 4040: { description: 'typo' } } } });
`,
  'status reads, Math calls, bounds and bodies': `
import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  const code = res.statusCode;
  const current = res.status;
  log(res.status, res.statusCode);
  const clamped = Math.min(Math.max(400, err.status ?? 500), 599);
  if (res.statusCode >= 100 && res.statusCode < 600) next(err);
  res.locals.status = 4040;
  res.set('X-Retry-Count', 3);
  res.json({ status: 4040, code: 404, errors: [{ status: 422 }] });
});
`,
  'domain objects with a status': `
import Koa from 'koa';
import Hapi from '@hapi/hapi';
new Koa().use(async (ctx) => {
  const order = await orders.find(ctx.params.id);
  order.status = 3;
  if (order.status === 2) await ship(order);
  ctx.state.status = 4040;
  switch (task.status) {
    case 4040:
      break;
  }
  ctx.body = { order };
});
export const handler = (request, h) => {
  const job = { status: 'queued', attempts: 3 };
  request.status = 4040;
  return job;
};
`,
  'callback parameters that share a receiver name': `
import { defineEventHandler } from 'h3';
import { Elysia } from 'elysia';
export default defineEventHandler((event) => {
  items.forEach((e) => {
    e.status = 5;
  });
  event.context.status = 4040;
  return event.path;
});
new Elysia().get('/', ({ query }) => {
  const c = { status: (n) => n };
  rows.map((row) => row.status(4040));
  return query.status;
});
`,
  'framework-shaped calls in a file that imports no framework': `
export function handler(req, res) {
  res.status(4040).send('x');
  res.statusCode = 4040;
}
export const h3 = (event) => setResponseStatus(event, 4040);
export const hapi = (request, h) => h.response().code(4040);
export const boom = () => Boom.notFound();
export const elysia = ({ set, status }) => { set.status = 4040; return status(4040); };
`,
};

describe('status literals that are not HTTP statuses', () => {
  for (const [name, code] of Object.entries(NEGATIVES)) {
    it(`finds no status site: ${name}`, () => {
      const analysis = analyze(code);
      expect(analysis.sites.map((site) => describeSite(site, code))).toEqual([]);
    });
  }

  it('still parses the status bounds as range checks, not as sites', () => {
    const code = NEGATIVES['status reads, Math calls, bounds and bodies']!;
    expect(analyze(code).rangeChecks.map((check) => [check.operator, check.bound])).toEqual([
      ['>=', 100],
      ['<', 600],
    ]);
  });
});

describe('one analysis per file', () => {
  const captured: unknown[] = [];
  const probe = (): Rule.RuleModule => ({
    meta: { type: 'problem', schema: [] },
    create(context) {
      const ask = () => captured.push(getFileAnalysis(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>));
      // Ask early and late: both must hit the cache.
      return { Program: ask, 'Program:exit': ask, CallExpression: ask };
    },
  });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
      plugins: {
        test: {
          rules: {
            'no-unknown-status': noUnknownStatus as unknown as Rule.RuleModule,
            first: probe(),
            second: probe(),
            third: probe(),
          },
        },
      },
      rules: { 'test/no-unknown-status': 'error', 'test/first': 'error', 'test/second': 'error', 'test/third': 'error' },
    },
  ];
  const source = `
import express from 'express';
const app = express();
app.get('/', (req, res) => res.status(4040).json({}));
app.post('/', (req, res) => res.status(201).json({}));
`;

  it('walks a file once however many rules ask', () => {
    const linter = new Linter({ configType: 'flat' });
    captured.length = 0;
    const before = getAnalysisRunCount();
    const messages = linter.verify(source, config, 'app.ts');
    expect(getAnalysisRunCount() - before).toBe(1);
    expect(messages.map((message) => message.ruleId)).toEqual(['test/no-unknown-status']);
    expect(captured.length).toBeGreaterThan(6);
    expect(new Set(captured).size).toBe(1);
  });

  it('skips a file that cannot have a status site: no framework specifier, no status text, no types', () => {
    const linter = new Linter({ configType: 'flat' });
    const before = getAnalysisRunCount();
    const messages = linter.verify('import { readFile } from "node:fs";\nconst port = 4040;\nsetTimeout(() => readFile(port), 404);\n', config.slice(0, 1).map((entry) => ({ ...entry, rules: { 'test/no-unknown-status': 'error' } })), 'util.ts');
    expect(messages).toEqual([]);
    // Lower-case "response" alone cannot make a site either (a Fetch `Response` is spelled with a capital R).
    linter.verify('const response = await db.get(404);\nif (response.ok) send(response);\n', [{ ...config[0]!, rules: { 'test/no-unknown-status': 'error' } }], 'db.ts');
    expect(getAnalysisRunCount() - before).toBe(0);
  });

  it('skips a file whose status words are all in comments, and not one with a word in code after them', () => {
    const linter = new Linter({ configType: 'flat' });
    const only = config.map((entry) => ({ ...entry, rules: { 'test/no-unknown-status': 'error' as const } }));
    const before = getAnalysisRunCount();
    const commented = [
      '/** Polls the job until its status is done. @returns {Response} */',
      "// require('express') was dropped",
      'export function poll(job, res) {',
      '  /* statusCode */ if (res.state === 4040) job.retry(); // Response',
      '}',
    ].join('\n');
    expect(linter.verify(commented, only, 'poll.ts')).toEqual([]);
    expect(getAnalysisRunCount() - before).toBe(0);
    const read = commented.replace('res.state', '/* status */ res.statusCode');
    expect(linter.verify(read, only, 'poll.ts').map((message) => [message.line, message.column])).toEqual([[4, 56]]);
    expect(getAnalysisRunCount() - before).toBe(1);
  });

  it('still analyses a framework file whose text never says status or response', () => {
    const linter = new Linter({ configType: 'flat' });
    const only = config.map((entry) => ({ ...entry, rules: { 'test/no-unknown-status': 'error' as const } }));
    const fastify = "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/', async (req, reply) => reply.code(4040).send());\n";
    const required = "const Koa = require('koa');\nnew Koa().use((ctx) => ctx.throw(4040));\n";
    expect(linter.verify(fastify, only, 'app.ts').map((message) => message.line)).toEqual([3]);
    expect(linter.verify(required, only, 'app.ts').map((message) => message.line)).toEqual([2]);
    const commented = "const Koa = require(/* web */ 'koa');\nnew Koa().use((ctx) => ctx.throw(4040));\n";
    expect(linter.verify(commented, only, 'app.ts').map((message) => message.line)).toEqual([2]);
  });

  it('walks each file once', () => {
    const linter = new Linter({ configType: 'flat' });
    const before = getAnalysisRunCount();
    linter.verify(source, config, 'a.ts');
    linter.verify(source, config, 'b.ts');
    expect(getAnalysisRunCount() - before).toBe(2);
  });
});
