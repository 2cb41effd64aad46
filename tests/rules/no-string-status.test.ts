import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/no-string-status.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-string-status', rule, {
  valid: [
    // @fastify/sensible's getHttpError() looks the code up as \`code + ''\`: '405' works as well as 405.
    `
import Fastify from 'fastify';
Fastify().put('/items/:id', async (request, reply) => reply.getHttpError('405', 'Method Not Allowed'));
`,
    // Numbers and numeric constants everywhere.
    `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status(StatusCodes.NOT_FOUND).json({ error: 'not found' });
  res.status(200).json(user);
});
`,
    // Strings that are not statuses: supertest header assertions, redirect URLs, messages, domain fields.
    `
import request from 'supertest';
import express from 'express';
import createError from 'http-errors';
export const app = express();
app.get('/go', (req, res) => res.redirect('/login'));
app.use((req, res, next) => next(createError('Something broke')));
it('sets a header', async () => {
  await request(app).get('/go').expect('Location', '/login').expect(302);
});
if (order.status === '200') ship(order);
`,
    // A bare variable may hold a string status on purpose (Fastify serializer compilers get the schema key).
    `
import Fastify from 'fastify';
const fastify = Fastify();
fastify.setSerializerCompiler(({ schema, httpStatus }) => {
  assert.strictEqual(httpStatus, '200');
  if (httpStatus === '204') return () => '';
  return (data) => JSON.stringify(data);
});
`,
    // Unknown values stay silent; odd syntax never throws.
    `
import express from 'express';
export const a = (req, res) => res.status(code).end();
export const b = (req, res) => res.status(\`\${code}\`).end();
export const c = (req, res) => res.status(...codes).end();
export const d = (req, res) => res?.status?.();
`,
  ],
  invalid: [
    {
      // A string among alternatives is reported where it is written; the number beside it is fine.
      code: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  res.status(user ? 200 : '404').json(user ?? { error: 'not found' });
});
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: {
            value: '404',
            api: 'res.status()',
            outcome: ': Express 5 throws a TypeError (Express 4 prints a deprecation)',
          },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useNumber',
              data: { number: '404' },
              output: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  res.status(user ? 200 : 404).json(user ?? { error: 'not found' });
});
`,
            },
          ],
        },
      ],
    },
    {
      // Hono: a string is neither a number nor an init object, so the context status (200) is sent.
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/gone', (c) => c.text('This page is gone', '410'));
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: {
            value: '410',
            api: 'Hono c.text()',
            outcome: ': Hono ignores it and sends the context status (200 OK by default)',
          },
          line: 4,
          column: 53,
          endLine: 4,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/gone', (c) => c.text('This page is gone', 410));
`,
            },
          ],
        },
      ],
    },
    {
      // Express 5 throws a TypeError for res.status('404').
      code: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status('404').json({ error: 'not found' });
  res.json(user);
});
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: {
            value: '404',
            api: 'res.status()',
            outcome: ': Express 5 throws a TypeError (Express 4 prints a deprecation)',
          },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useNumber',
              data: { number: '404' },
              output: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.json(user);
});
`,
            },
          ],
        },
      ],
    },
    {
      // Koa: the status setter asserts a number; ctx.throw('401') becomes a 500 with the message "401".
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw('401');
  ctx.status = \`201\`;
});
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '401', api: 'ctx.throw()', outcome: ': http-errors takes a string as the message and the error becomes a 500' },
          line: 5,
          column: 34,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw(401);
  ctx.status = \`201\`;
});
`,
            },
          ],
        },
        {
          messageId: 'stringStatus',
          data: { value: '201', api: 'ctx.status', outcome: ': Koa throws an AssertionError' },
          line: 6,
          column: 16,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw('401');
  ctx.status = 201;
});
`,
            },
          ],
        },
      ],
    },
    {
      // A constant that holds a string: reported, no suggestion (the constant may be used elsewhere).
      code: `
import fastify from 'fastify';
const NOT_FOUND = '404';
const app = fastify();
app.get('/x', async (request, reply) => reply.code(NOT_FOUND).send());
`,
      errors: [{ messageId: 'stringStatus', data: { value: '404', api: 'reply.code()', outcome: '' }, line: 5, column: 52, suggestions: [] }],
    },
    {
      // Comparisons: === never matches, !== always true, == relies on coercion, switch and includes never match.
      code: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== '401') refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case '404': notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
      errors: [
        {
          messageId: 'stringNeverEqual',
          data: { value: '200', how: '`===`' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === 200) render();
if (response.status !== '401') refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case '404': notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
            },
          ],
        },
        {
          messageId: 'stringAlwaysUnequal',
          data: { value: '401', operator: '!==' },
          line: 4,
          column: 25,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== 401) refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case '404': notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
            },
          ],
        },
        {
          messageId: 'stringLooseComparison',
          data: { value: '500', operator: '==' },
          line: 5,
          column: 28,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== '401') refresh();
if (response.statusCode == 500) retry();
switch (response.status) {
  case '404': notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
            },
          ],
        },
        {
          messageId: 'stringNeverEqual',
          data: { value: '404', how: '`switch` (it compares with `===`)' },
          line: 7,
          column: 8,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== '401') refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case 404: notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
            },
          ],
        },
        {
          messageId: 'stringNeverEqual',
          data: { value: '301', how: '`includes()` (it compares without coercion)' },
          line: 9,
          column: 6,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== '401') refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case '404': notFound(); break;
}
if ([301, 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === \`401\`) login();
`,
            },
          ],
        },
        {
          messageId: 'stringNeverEqual',
          data: { value: '401', how: '`===`' },
          line: 11,
          column: 16,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
const response = await fetch('/api/session');
if (response.status === '200') render();
if (response.status !== '401') refresh();
if (response.statusCode == '500') retry();
switch (response.status) {
  case '404': notFound(); break;
}
if (['301', 302].includes(response.status)) follow();
const { status } = await fetch('/api/me');
if (status === 401) login();
`,
            },
          ],
        },
      ],
    },
    {
      // supertest: .expect('200') asserts the body; expect().toBe('201') compares a number with a string.
      code: `
import request from 'supertest';
import { app } from '../src/app.js';
it('creates a user', async () => {
  const res = await request(app).post('/users').send({ name: 'Ada' }).expect('201');
  expect(res.status).toBe('201');
});
`,
      errors: [
        {
          messageId: 'stringAssertion',
          data: { value: '201', outcome: ': supertest asserts the response body with a string, not the status' },
          line: 5,
          column: 78,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import request from 'supertest';
import { app } from '../src/app.js';
it('creates a user', async () => {
  const res = await request(app).post('/users').send({ name: 'Ada' }).expect(201);
  expect(res.status).toBe('201');
});
`,
            },
          ],
        },
        {
          messageId: 'stringAssertion',
          data: { value: '201', outcome: ': the assertion compares a number with a string' },
          line: 6,
          column: 27,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import request from 'supertest';
import { app } from '../src/app.js';
it('creates a user', async () => {
  const res = await request(app).post('/users').send({ name: 'Ada' }).expect('201');
  expect(res.status).toBe(201);
});
`,
            },
          ],
        },
      ],
    },
    {
      // Fetch Response and http-errors.
      code: `
import createError from 'http-errors';
export function GET() {
  return new Response('gone', { status: '410' });
}
export function load() {
  throw createError('404', 'no such page');
}
`,
      errors: [
        { messageId: 'stringStatus', data: { value: '410', api: 'new Response()', outcome: '' }, line: 4, column: 41, suggestions: [{ messageId: 'useNumber', output: `
import createError from 'http-errors';
export function GET() {
  return new Response('gone', { status: 410 });
}
export function load() {
  throw createError('404', 'no such page');
}
` }] },
        { messageId: 'stringStatus', data: { value: '404', api: 'createError()', outcome: ': http-errors takes a string as the message and the error becomes a 500' }, line: 7, column: 21, suggestions: [{ messageId: 'useNumber', output: `
import createError from 'http-errors';
export function GET() {
  return new Response('gone', { status: '410' });
}
export function load() {
  throw createError(404, 'no such page');
}
` }] },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('no-string-status (frameworks)', rule, {
  valid: [
    // NestJS: @HttpCode() with a number and HttpStatus
    `
import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(202)
  enqueue(@Body() order: CreateOrderDto) {
    return this.queue.add(order);
  }
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id') id: string) {
    return this.orders.remove(id);
  }
}
`,
    // Elysia: reason-phrase names from StatusMap (set.status = 'Created', status('Not Found'))
    `
import { Elysia } from 'elysia';
export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    set.status = 'Created';
    return createItem(body);
  })
  .get('/items/:id', async ({ params, status }) => (await findItem(params.id)) ?? status('Not Found', 'no such item'));
`,
    // Next: NextResponse.redirect(url, '301') belongs to no-ignored-status (Next sends 307)
    `
import { NextResponse } from 'next/server';
export function middleware(request) {
  return NextResponse.redirect(new URL('/pricing', request.url), '301');
}
`,
  ],
  invalid: [
    // Hono: string statuses in c.text(), c.status() and c.redirect()
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/posts/:id', async (c) => {
  const post = await findPost(c.req.param('id'));
  if (!post) return c.text('not found', '404');
  if (post.movedTo) return c.redirect(\`/posts/\${post.movedTo}\`, '301');
  c.status('200');
  return c.json(post);
});
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 6,
          column: 41,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/posts/:id', async (c) => {
  const post = await findPost(c.req.param('id'));
  if (!post) return c.text('not found', 404);
  if (post.movedTo) return c.redirect(\`/posts/\${post.movedTo}\`, '301');
  c.status('200');
  return c.json(post);
});
`,
            },
          ],
        },
        {
          messageId: 'stringStatus',
          line: 7,
          column: 65,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/posts/:id', async (c) => {
  const post = await findPost(c.req.param('id'));
  if (!post) return c.text('not found', '404');
  if (post.movedTo) return c.redirect(\`/posts/\${post.movedTo}\`, 301);
  c.status('200');
  return c.json(post);
});
`,
            },
          ],
        },
        {
          messageId: 'stringStatus',
          line: 8,
          column: 12,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/posts/:id', async (c) => {
  const post = await findPost(c.req.param('id'));
  if (!post) return c.text('not found', '404');
  if (post.movedTo) return c.redirect(\`/posts/\${post.movedTo}\`, '301');
  c.status(200);
  return c.json(post);
});
`,
            },
          ],
        },
      ],
    },
    // NestJS: @HttpCode() with a string
    {
      code: `
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode('202')
  enqueue(@Body() order: CreateOrderDto) {
    return this.queue.add(order);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 6,
          column: 13,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(202)
  enqueue(@Body() order: CreateOrderDto) {
    return this.queue.add(order);
  }
}
`,
            },
          ],
        },
      ],
    },
    // SvelteKit: redirect('303') and error('404')
    {
      code: `
import { error, redirect } from '@sveltejs/kit';
export async function load({ params, locals }) {
  if (!locals.user) redirect('303', '/login');
  const doc = await locals.db.doc(params.id);
  if (!doc) error('404', 'Not found');
  return { doc };
}
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 4,
          column: 30,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { error, redirect } from '@sveltejs/kit';
export async function load({ params, locals }) {
  if (!locals.user) redirect(303, '/login');
  const doc = await locals.db.doc(params.id);
  if (!doc) error('404', 'Not found');
  return { doc };
}
`,
            },
          ],
        },
        {
          messageId: 'stringStatus',
          line: 6,
          column: 19,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { error, redirect } from '@sveltejs/kit';
export async function load({ params, locals }) {
  if (!locals.user) redirect('303', '/login');
  const doc = await locals.db.doc(params.id);
  if (!doc) error(404, 'Not found');
  return { doc };
}
`,
            },
          ],
        },
      ],
    },
    // React Router: redirect(url, '301') throws a TypeError
    {
      code: `
import { redirect } from 'react-router';
export async function loader({ params }) {
  const slug = await resolveAlias(params.slug);
  if (slug !== params.slug) throw redirect(\`/blog/\${slug}\`, '301');
  return { post: await getPost(slug) };
}
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 5,
          column: 61,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { redirect } from 'react-router';
export async function loader({ params }) {
  const slug = await resolveAlias(params.slug);
  if (slug !== params.slug) throw redirect(\`/blog/\${slug}\`, 301);
  return { post: await getPost(slug) };
}
`,
            },
          ],
        },
      ],
    },
    // h3 v1: string statuses in sendRedirect() and setResponseStatus()
    {
      code: `
import { defineEventHandler, sendRedirect, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  if (event.path.startsWith('/old')) return sendRedirect(event, '/new', '301');
  setResponseStatus(event, '202');
  return { queued: true };
});
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 4,
          column: 73,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { defineEventHandler, sendRedirect, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  if (event.path.startsWith('/old')) return sendRedirect(event, '/new', 301);
  setResponseStatus(event, '202');
  return { queued: true };
});
`,
            },
          ],
        },
        {
          messageId: 'stringStatus',
          line: 5,
          column: 28,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { defineEventHandler, sendRedirect, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  if (event.path.startsWith('/old')) return sendRedirect(event, '/new', '301');
  setResponseStatus(event, 202);
  return { queued: true };
});
`,
            },
          ],
        },
      ],
    },
    // hapi: response.code('201') (hapi asserts an integer, 500)
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => h.response(await createItem(request.payload)).code('201'),
});
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 7,
          column: 85,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => h.response(await createItem(request.payload)).code(201),
});
`,
            },
          ],
        },
      ],
    },
    // Elysia: set.status = '201' (not a StatusMap name)
    {
      code: `
import { Elysia } from 'elysia';
export const app = new Elysia().post('/items', async ({ body, set }) => {
  const item = await createItem(body);
  set.status = '201';
  return item;
});
`,
      output: null,
      errors: [
        {
          messageId: 'stringStatus',
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
import { Elysia } from 'elysia';
export const app = new Elysia().post('/items', async ({ body, set }) => {
  const item = await createItem(body);
  set.status = 201;
  return item;
});
`,
            },
          ],
        },
      ],
    },
  ],
});

/** A fixture project: its package.json alone (tests/fixtures/supabase-app depends on `@supabase/supabase-js`). */
const fixture = (project: string, file: string): string => path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures', project, file);

ruleTester.run('no-string-status (libraries that keep a status as a string)', rule, {
  valid: [
    // Supabase Storage's errors keep the API's `statusCode` as a string: its README compares `error.statusCode === '409'`.
    `
import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY);
export async function ensureBucket(name) {
  const { error } = await supabase.storage.createBucket(name, { public: false });
  if (error && error.statusCode !== '409') throw error;
}
`,
    // A helper of a project that depends on supabase-js gets the client as a parameter and imports nothing.
    {
      code: `
export async function upload(storage, path, file) {
  const { data, error } = await storage.from('avatars').upload(path, file);
  switch (error?.statusCode) {
    case '409':
      return { path, existed: true };
    case '413':
      throw new Error('file too large');
  }
  return data;
}
`,
      filename: fixture('supabase-app', 'src/upload.js'),
    },
  ],
  invalid: [
    // The same project's Fetch responses still have numeric statuses.
    {
      code: `
export async function health() {
  const response = await fetch('/api/health');
  return response.status === '200';
}
`,
      filename: fixture('supabase-app', 'src/health.js'),
      errors: [
        {
          messageId: 'stringNeverEqual',
          data: { value: '200', how: '`===`' },
          line: 4,
          column: 30,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
export async function health() {
  const response = await fetch('/api/health');
  return response.status === 200;
}
`,
            },
          ],
        },
      ],
    },
    // Without Supabase, `statusCode` is a number.
    {
      code: `
export async function fetchUser(client, id) {
  const { error, user } = await client.users.get(id);
  if (error?.statusCode === '404') return null;
  return user;
}
`,
      errors: [
        {
          messageId: 'stringNeverEqual',
          data: { value: '404', how: '`===`' },
          line: 4,
          column: 29,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
export async function fetchUser(client, id) {
  const { error, user } = await client.users.get(id);
  if (error?.statusCode === 404) return null;
  return user;
}
`,
            },
          ],
        },
      ],
    },
  ],
});
