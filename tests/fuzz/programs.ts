// Random programs for the fuzzer: templates of status calls across the frameworks the plugin knows, with odd syntax
// (spreads, optional chaining, `as`/`!`, computed members, empty calls, nested chains, template literals, bigint,
// negative numbers), and blocks of random syntax from the whole grammar (random-syntax.ts), combined into handlers and
// files. Built with fast-check, so failures shrink to a small program.
import fc from 'fast-check';

import { randomSyntax } from './random-syntax.js';

export interface Program {
  readonly code: string;
  readonly typescript: boolean;
  /** Linted as a file of a project that depends on Cypress (tests/fixtures/cypress-app), where `cy` is its global. */
  readonly cypress: boolean;
}

/** Import groups; a file takes at most one line of each. */
const IMPORTS: Record<string, readonly string[]> = {
  express: ["import express from 'express';", "const express = require('express');"],
  koa: ["import Koa from 'koa';"],
  fastify: ["import Fastify from 'fastify';"],
  http: ["import http from 'node:http';"],
  httpErrors: ["import createError from 'http-errors';", "const createError = require('http-errors');"],
  hono: [
    "import { Hono } from 'hono';\nimport { HTTPException } from 'hono/http-exception';",
    "import { Hono } from 'hono';\nimport { HTTPException } from 'hono/http-exception';\nimport { getCookie, setCookie, deleteCookie } from 'hono/cookie';\nimport { env } from 'hono/adapter';",
  ],
  next: ["import { NextResponse } from 'next/server';"],
  kit: ["import { error, redirect, json } from '@sveltejs/kit';"],
  h3: [
    "import { createError as h3Error, sendRedirect, setResponseStatus } from 'h3';",
    "import { createError as h3Error, sendRedirect, setResponseStatus, setCookie as h3SetCookie, useSession, appendHeader } from 'h3';",
  ],
  boom: ["import Boom from '@hapi/boom';"],
  nest: ["import { HttpException, HttpStatus, HttpCode, Redirect } from '@nestjs/common';"],
  codes: ["import { StatusCodes } from 'http-status-codes';"],
  undici: ["import { Response as UndiciResponse } from 'undici';"],
  nodeFetch: ["import { Response as NodeFetchResponse } from 'node-fetch';", "const { Response: NodeFetchResponse } = require('cross-fetch');"],
  supertest: ["import request from 'supertest';"],
  msw: ["import { http as mswHttp, rest, HttpResponse } from 'msw';"],
  playwright: ["import { test, expect } from '@playwright/test';"],
  puppeteer: ["import puppeteer from 'puppeteer';"],
  astro: ["import { defineMiddleware } from 'astro:middleware';", "import { defineMiddleware } from 'astro:middleware';\nimport * as astroTypes from 'astro';"],
  clients: ["import ky from 'ky';\nimport axios, { HttpStatusCode } from 'axios';"],
  micro: ["const micro = require('micro');"],
  restify: ["const restify = require('restify');\nconst restifyErrors = require('restify-errors');"],
  tanstack: [
    "import { createServerFn, json as startJson } from '@tanstack/react-start';\nimport { setResponseStatus as startStatus, setResponseHeader as startHeader } from '@tanstack/react-start/server';\nimport { redirect as routerRedirect } from '@tanstack/react-router';",
    "import * as startServer from '@tanstack/solid-start/server';",
  ],
};

const codeNumbers = fc.oneof(
  fc.constantFrom(100, 101, 103, 200, 201, 204, 205, 206, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 403, 404, 405, 407, 413, 418, 422, 425, 426, 429, 451, 499, 500, 502, 503, 599),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.constantFrom(0, 1, 99, 600, 999, 1000, 4040, 2000, 65_736),
);

const literal = fc.oneof(
  codeNumbers.map(String),
  codeNumbers.map((n) => `${Math.abs(n)}n`),
  codeNumbers.map((n) => `-${Math.abs(n)}`),
  codeNumbers.map((n) => `${n}.5`),
  codeNumbers.map((n) => `0x${Math.abs(n).toString(16)}`),
  codeNumbers.filter((n) => n >= 1000).map((n) => String(n).replace(/^(\d)/u, '$1_')),
  codeNumbers.map((n) => `'${n}'`),
  codeNumbers.map((n) => `\`${n}\``),
  codeNumbers.map((n) => `\`\${${n}}\``),
  fc.constantFrom('StatusCodes.NOT_FOUND', 'StatusCodes.MOVED_TEMPORARILY', 'HttpStatus.NO_CONTENT', 'HttpStatus[404]', 'CODE', 'codes.missing'),
  fc.constantFrom('undefined', 'null', 'void 0', 'NaN', 'Infinity', 'status', 'req.query.code', '+"404"', 'true', '{}', '[]'),
);

/** A status expression, possibly wrapped in odd syntax. */
const status = (typescript: boolean): fc.Arbitrary<string> =>
  fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      tie('expr').map((e) => `(${e})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `cond ? ${a} : ${b}`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `${a} || ${b}`),
      ...(typescript
        ? [
            tie('expr').map((e) => `(${e} as number)`),
            tie('expr').map((e) => `(${e})!`),
            tie('expr').map((e) => `(${e} as const)`),
            tie('expr').map((e) => `(${e} satisfies number)`),
          ]
        : []),
    ),
  })).expr;

const headers = fc.constantFrom(
  '',
  "{ Location: '/next' }",
  "{ 'www-authenticate': 'Basic' }",
  '{ ...extra }',
  '{ [name]: value }',
  "new Headers({ Allow: 'GET' })",
  "[['Retry-After', '120']]",
  'headers',
);

const body = fc.constantFrom('null', "'ok'", '{ ok: true }', 'JSON.stringify(data)', 'undefined', 'stream', '');

/** One statement in a handler whose receivers are `res`, `ctx`, `reply`, `c`. */
const statement = (typescript: boolean): fc.Arbitrary<string> => {
  const s = status(typescript);
  return fc.oneof(
    // Express / Node
    fc.tuple(s, body).map(([x, b]) => `res.status(${x}).send(${b});`),
    fc.tuple(s, s).map(([x, y]) => `res.status(${x}).set('Location', '/').status(${y}).end();`),
    s.map((x) => `res.sendStatus(${x});`),
    s.map((x) => `res.statusCode = ${x};`),
    fc.tuple(s, headers).map(([x, h]) => `res.writeHead(${x}${h ? `, ${h}` : ''});`),
    fc.tuple(s, headers).map(([x, h]) => `res.writeHead(${x}, 'Phrase'${h ? `, ${h}` : ''});`),
    s.map((x) => `res.redirect(${x}, '/there');`),
    s.map((x) => `res.redirect('/there', ${x});`),
    s.map((x) => `res?.status?.(${x})?.json?.({});`),
    s.map((x) => `res['status'](${x}).end();`),
    s.map((x) => `res[method](${x});`),
    fc.constant('res.status();'),
    fc.constant('res.status(...args).end();'),
    s.map((x) => `res.status(${x}, ...rest);`),
    headers.filter(Boolean).map((h) => `res.set(${h}); res.header(${h});`),
    fc.constant("res.location('/x'); res.statusMessage = 'Gone';"),
    s.map((x) => `helper(res); res.status(${x}).end();`),
    // Koa
    s.map((x) => `ctx.status = ${x};`),
    s.map((x) => `ctx.response.status = ${x};`),
    s.map((x) => `ctx.throw(${x}, 'nope');`),
    s.map((x) => `ctx.assert(ok, ${x});`),
    fc.constant("ctx.redirect('/login'); ctx.body = 'Redirecting';"),
    // Fastify
    fc.tuple(s, body).map(([x, b]) => `return reply.code(${x}).send(${b});`),
    s.map((x) => `reply.status(${x}).header('Location', '/x').send();`),
    s.map((x) => `reply.statusCode = ${x};`),
    s.map((x) => `return reply.redirect('/x', ${x});`),
    // Hono
    s.map((x) => `return c.json({ error: 'x' }, ${x});`),
    s.map((x) => `return c.text('x', ${x}, { 'Retry-After': '5' });`),
    s.map((x) => `c.status(${x});`),
    s.map((x) => `return c.redirect('/x', ${x});`),
    s.map((x) => `throw new HTTPException(${x}, { message: 'x' });`),
    // Fetch, Next.js, SvelteKit
    fc.tuple(body, s, headers).map(([b, x, h]) => `return new Response(${b || 'null'}, { status: ${x}${h ? `, headers: ${h}` : ''} });`),
    fc.tuple(body, s).map(([b, x]) => `return new Response(${b || 'null'}, ${x});`),
    s.map((x) => `return new Response(null, { ...init, status: ${x} });`),
    s.map((x) => `return Response.json({}, { status: ${x}, statusText: 'x' });`),
    s.map((x) => `return Response.redirect(new URL('/x', url), ${x});`),
    s.map((x) => `return new UndiciResponse('x', { status: ${x} });`),
    s.map((x) => `return new NodeFetchResponse(x ? 'x' : '', ${x});`),
    s.map((x) => `return NodeFetchResponse.redirect('/x', ${x});`),
    s.map((x) => `return NextResponse.json({ error: 'x' }, { status: ${x} });`),
    s.map((x) => `return NextResponse.redirect(new URL('/x', req.url), ${x});`),
    s.map((x) => `error(${x}, 'x');`),
    s.map((x) => `redirect(${x}, '/x');`),
    s.map((x) => `return json({}, { status: ${x} });`),
    // MSW (2.x/3.x HttpResponse, 1.x ctx)
    fc.tuple(body, s, headers).map(([b, x, h]) => `return new HttpResponse(${b || 'null'}, { status: ${x}${h ? `, headers: ${h}` : ''} });`),
    fc.tuple(s, s).map(([x, y]) => `return HttpResponse.json({ error: 'x' }, cond ? { status: ${x} } : ${y});`),
    s.map((x) => `return HttpResponse.redirect('/x', ${x});`),
    fc.tuple(s, headers).map(([x, h]) => `return res(ctx.status(${x}, 'x'), ctx.set(${h || "'Location', '/x'"}), ctx.json({}));`),
    // Astro, ky, axios constants, @fastify/sensible
    s.map((x) => `return context.redirect('/x', ${x});`),
    s.map((x) => `{ const r = await ky.get('/x'); if (r.status === ${x}) return; }`),
    s.map((x) => `{ const r = await axios.get('/x'); if (r.status === HttpStatusCode.NotFound || r.status === ${x}) return; }`),
    s.map((x) => `return reply.getHttpError(${x}, 'x');`),
    fc.constant('return reply.unauthorized();'),
    // micro
    fc.tuple(s, body).map(([x, b]) => `return micro.send(res, ${x}, ${b || 'null'});`),
    s.map((x) => `throw micro.createError(${x}, 'x');`),
    // restify and restify-errors
    fc.tuple(s, headers).map(([x, h]) => `res.send(${x}, { ok: true }${h ? `, ${h}` : ''}); return next();`),
    s.map((x) => `res.json({ error: 'x' }, ${x}); return next();`),
    s.map((x) => `return res.redirect(${x}, '/x', next);`),
    s.map((x) => `return next(restifyErrors.makeErrFromCode(${x}, 'x'));`),
    s.map((x) => `return next(new restifyErrors.HttpError({ statusCode: ${x} }, 'x'));`),
    fc.constant("return next(new restifyErrors.UnauthorizedError('x'));"),
    // TanStack Start (the request's implicit response) and TanStack Router
    s.map((x) => `startStatus(${x}, 'x');`),
    fc.tuple(s, s).map(([x, y]) => `if (cond) { startHeader('WWW-Authenticate', 'Bearer'); startStatus(${x}); return null; }\nstartServer.setResponseStatus(${y});`),
    s.map((x) => `throw routerRedirect({ to: '/x', statusCode: ${x} });`),
    s.map((x) => `return startJson({ ok: true }, ${x});`),
    // http-errors, h3, boom, Nest
    s.map((x) => `throw createError(${x}, 'x');`),
    s.map((x) => `next(createError(${x}));`),
    fc.constant('throw new createError.NotFound();'),
    s.map((x) => `throw h3Error({ statusCode: ${x}, statusMessage: 'x' });`),
    s.map((x) => `return sendRedirect(event, '/x', ${x});`),
    s.map((x) => `setResponseStatus(event, ${x});`),
    // Helpers handed the context or event: cookies and sessions (Set-Cookie only), a header with any name
    fc.tuple(s, s).map(([x, y]) => `if (!getCookie(c, 'a')) { deleteCookie(c, 'a'); throw new HTTPException(${x}); }\nsetCookie(c, 'a', env(c).X);\nreturn c.json({}, ${y});`),
    fc.tuple(s, s).map(([x, y]) => `await useSession(event, { password: 'x' });\nif (cond) { appendHeader(event, ${y}, 'v'); setResponseStatus(event, ${x}); return null; }\nh3SetCookie(event, 'a', 'b');`),
    s.map((x) => `throw new Boom.Boom('x', { statusCode: ${x} });`),
    s.map((x) => `throw new HttpException('x', ${x});`),
    // Reads: comparisons, switches, ranges, assertions
    s.map((x) => `if (res.status === ${x}) return;`),
    s.map((x) => `if (response.statusCode !== ${x} && response.ok) retry();`),
    s.map((x) => `if (res.status >= ${x} && res.status < 600) fail();`),
    fc.tuple(s, s).map(([x, y]) => `switch (res.statusCode) { case ${x}: break; case ${y}: { done(); } default: }`),
    s.map((x) => `expect(res.status).toBe(${x});`),
    s.map((x) => `expect(res).toHaveProperty('status', ${x});`),
    s.map((x) => `assert.strictEqual(res.statusCode, ${x});`),
    s.map((x) => `await request(app).get('/').expect(${x});`),
    s.map((x) => `{ const CODE = ${x}; res.status(CODE).end(); }`),
    // Browser-test mocks and Cypress (its stubs count in files of a project that depends on it: `Program.cypress`).
    s.map((x) => `await route.fulfill({ status: ${x}, body: 'x' });`),
    s.map((x) => `return route.fulfill({ status: ${x}, headers: { location: '/x' }, json: {} });`),
    s.map((x) => `return request.respond({ status: ${x}, body: 'x' });`),
    s.map((x) => `cy.intercept('GET', '/x', { statusCode: ${x}, body: {} });`),
    s.map((x) => `cy.intercept({ url: '/x' }, { statusCode: ${x}, headers: { location: '/y' } });`),
    s.map((x) => `cy.request('/x').its('status').should('eq', ${x});`),
    s.map((x) => `cy.wait('@x').its('response.statusCode').should('be.oneOf', [${x}, 200]);`),
    s.map((x) => `cy.request('/x').should('have.property', 'status', ${x});`),
    s.map((x) => `cy.intercept('/x', (req) => req.reply(${x}, 'x'));`),
    s.map((x) => `cy.intercept('/x', (req) => req.continue((res) => { res.statusCode = ${x}; res.send({ statusCode: ${x}, body: 'x' }); }));`),
    s.map((x) => `cy.intercept('/x', (req) => req.redirect('/y', ${x}));`),
    // Anything the grammar allows, with the rules' names and codes in it (see random-syntax.ts)
    { arbitrary: randomSyntax(typescript), weight: 6 },
  );
};

/** Handler wrappers; `i` keeps the names of several handlers in one file apart. */
const wrap = (typescript: boolean) =>
  fc.constantFrom(
    (body: string, i: number) => `const app${i} = express();\napp${i}.get('/x', async (req, res, next) => {\n${body}\n});`,
    (body: string, i: number) =>
      `export async function handler${i}(req${typescript ? ': Request' : ''}, res${typescript ? ': Response' : ''}) {\n${body}\n}`,
    (body: string, i: number) => `const koa${i} = new Koa();\nkoa${i}.use(async (ctx, next) => {\n${body}\n});`,
    (body: string, i: number) => `const fastify${i} = Fastify();\nfastify${i}.get('/x', async (request, reply) => {\n${body}\n});`,
    // Response schemas keyed by status (plain, string and computed keys): a constant fix must make a key computed.
    (body: string, i: number) =>
      `const fastify${i} = Fastify();\nfastify${i}.post('/x', { schema: { response: { ${[201, 404, 4040][i] ?? 200}: { type: 'object' }, '4xx': { type: 'object' }, [${500 + i}]: { type: 'string' } } } }, async (request, reply) => {\n${body}\n});`,
    (body: string) => `http.createServer(async (req, res) => {\n${body}\n});`,
    (body: string, i: number) => `const hono${i} = new Hono();\nhono${i}.get('/x', async (c) => {\n${body}\n});`,
    (body: string, i: number) => `export async function ${['GET', 'POST', 'PUT'][i] ?? `GET${i}`}(req) {\n${body}\n}`,
    (body: string, i: number) => `export const load${i} = async ({ params, url }) => {\n${body}\n};`,
    (body: string) => `it('works', async () => {\n${body}\n});`,
    (body: string, i: number) => `test('mocks ${i}', async ({ page }) => {\n  await page.route('**/x', async (route) => {\n${body}\n  });\n});`,
    (body: string) => `page.on('request', async (request) => {\n${body}\n});`,
    (body: string, i: number) => `export const mock${i} = [\n  rest.get('/x', async (req, res, ctx) => {\n${body}\n  }),\n  mswHttp.get('/y', async ({ request }) => {\n${body}\n  }),\n];`,
    (body: string, i: number) => `async function plain${i}() {\n${body}\n}`,
    (body: string, i: number) => `export const onRequest${i} = defineMiddleware(async (context, next) => {\n${body}\n});`,
    (body: string, i: number) => `const restifyServer${i} = restify.createServer();\nrestifyServer${i}.get('/x', async (req, res, next) => {\n${body}\n});`,
    (body: string, i: number) => `export const serverFn${i} = createServerFn({ method: 'POST' }).handler(async ({ data }) => {\n${body}\n});`,
    (body: string, i: number) =>
      `${i === 0 ? 'export default' : `export const worker${i} =`} {\n  async fetch(request, env) {\n${body}\n  },\n};`,
    (body: string, i: number) => `class Controller${i} {\n  async get(${typescript ? 'res: any' : 'res'}) {\n${body}\n  }\n}`,
    // Helpers with a response parameter, called from handlers that give the response headers or hand it on (and with
    // spreads, members, too few arguments): what a helper's response takes from its callers.
    (body: string, i: number) =>
      `async function respond${i}(req, res, next) {\n${body}\n}\nconst app${i} = express();\napp${i}.get('/x', (req, res, next) => { res.set(req.query.h, 'v'); respond${i}(req, res, next); });\napp${i}.get('/y', (req, res, next) => { if (!req.user) return respond${i}(req, res, next); res.set('WWW-Authenticate', 'Basic'); });`,
    (body: string, i: number) =>
      `const reply${i} = async (res, ...rest) => {\n${body}\n};\nhttp.createServer((req, res) => { setCors(res); reply${i}(res); reply${i}(...[res]); reply${i}(res.socket); reply${i}(); });`,
  );

/** A whole file: some imports, then handlers, each with a few statements. */
export const programArbitrary: fc.Arbitrary<Program> = fc.boolean().chain((typescript) =>
  fc
    .record({
      cypress: fc.boolean(),
      imports: fc
        .tuple(...Object.values(IMPORTS).map((group) => fc.option(fc.constantFrom(...group), { freq: 3 })))
        .map((lines) => lines.filter((line): line is string => line !== null)),
      handlers: fc.array(fc.tuple(wrap(typescript), fc.array(statement(typescript), { minLength: 1, maxLength: 6 })), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ cypress, imports, handlers }) => ({
      typescript,
      cypress,
      code: [...imports, ...handlers.map(([wrapper, statements], i) => wrapper(statements.join('\n'), i))].join('\n') + '\n',
    })),
);
