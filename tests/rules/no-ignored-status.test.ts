import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/no-ignored-status.js';
import { ruleTester } from '../rule-tester.js';

const express5 = { 'http-status': { versions: { express: 5 } } };
/** A file in a project whose package.json depends on express ^5. */
const express5File = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/express5-app/src/routes.ts');

ruleTester.run('no-ignored-status', rule, {
  valid: [
    // Express: the status goes to redirect() itself, or a separate status is followed by a sender that keeps it.
    {
      code: `
import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(301, '/new'));
app.post('/items', async (req, res) => {
  const item = await items.create(req.body);
  res.status(201).json(item);
});
app.get('/gone', (req, res) => {
  res.status(410);
  res.send('This page was removed');
});
`,
      settings: express5,
    },
    // The status set before redirect() equals the one it sends, or belongs to an earlier, finished response path.
    `
import express from 'express';
export function login(req, res) {
  if (!req.body.user) {
    res.status(400);
    return res.json({ error: 'user required' });
  }
  res.redirect('/home');
}
export const same = (req, res) => res.status(302).redirect('/elsewhere');
`,
    // Express 4 (or unknown version) reads res.send(404) as the status, with a deprecation: not reported.
    `
import express from 'express';
export const notFound = (req, res) => res.send(404);
`,
    {
      code: `
import express from 'express';
export const notFound = (req, res) => res.send(404);
`,
      settings: { 'http-status': { versions: { express: 4 } } },
    },
    // Numbers that are the body, not a status, in Express 5: none here; strings and objects are bodies.
    {
      code: `
import express from 'express';
export const a = (req, res) => res.send('404');
export const b = (req, res) => res.json({ count: 404 });
export const c = (req, res, count) => res.json(count);
export const d = (req, res) => res.send(42);
`,
      settings: express5,
    },
    // Koa: set ctx.status before ctx.redirect() (or after it): both keep a redirect status.
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.path === '/home') {
    ctx.status = 301;
    ctx.redirect('/new-home');
    return;
  }
  if (ctx.path === '/blog') {
    ctx.redirect('https://blog.example.com');
    ctx.status = 308;
  }
});
`,
    // Fetch: a ResponseInit object.
    `
export async function POST(request: Request) {
  const body = await request.json();
  return Response.json({ id: 1, ...body }, { status: 201 });
}
export const created = () => new Response('created', { status: 201, headers: { Location: '/items/1' } });
export const unknown = (init) => Response.json({}, init);
`,
    // Odd but valid syntax never throws.
    {
      code: `
import express from 'express';
import Koa from 'koa';
export const a = (req, res) => res.send(...args);
export const d = (req, res) => res.redirect();
export const e = (ctx) => ctx.redirect(...targets);
export const f = () => Response.json(data, ...rest);
export const g = () => new Response();
`,
      settings: express5,
    },
    // A second status that replaces the first only in a branch, after the response may have been sent, after a
    // return, in a callback, or with the same code or an unknown value: the first may go out, or nothing is lost.
    `
import { Hono } from 'hono';
import express from 'express';
import http from 'node:http';
const app = new Hono();
app.get('/items/:id', async (c) => {
  const item = await findItem(c.req.param('id'));
  c.status(200);
  if (!item) c.status(404);
  return c.json(item ?? { error: 'not found' });
});
app.post('/posts', async (c) => {
  const post = await createPost(await c.req.json());
  c.status(201);
  return c.json(post, 201);
});
app.post('/imports', async (c) => {
  c.status(202);
  return c.json(await startImport(), statusOf(c));
});
const router = express.Router();
router.get('/report', (req, res) => {
  res.statusCode = 401;
  if (!req.user) return res.end();
  res.status(200).json(report(req.user));
});
router.get('/stream', (req, res) => {
  source.on('error', () => {
    res.statusCode = 500;
  });
  res.statusCode = 200;
  source.pipe(res);
});
http.createServer((req, res) => {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json');
  if (req.url === '/health') {
    res.end('{"ok":true}');
    return;
  }
  res.writeHead(404);
  res.end('{"error":"not found"}');
});
router.get('/twice', (req, res) => {
  res.status(500).json({ error: 'failed' });
  res.status(200);
});
`,
    // Middleware: next() runs code that may send the response with the first status before the second is set.
    `
import Koa from 'koa';
import express from 'express';
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.status = 404;
  await next();
  ctx.status = 200;
});
const router = express.Router();
router.use((req, res, next) => {
  res.status(503);
  next();
  res.redirect('/maintenance');
});
`,
    // Fastify keeps reply.code() before redirect().
    `
import Fastify from 'fastify';
const app = Fastify();
app.get('/moved', async (request, reply) => reply.code(301).redirect('/new'));
`,
  ],
  invalid: [
    {
      // Optional chaining and computed members are the same calls.
      code: `
import express from 'express';
export const b = (req, res) => res?.json?.(201, body);
export const c = (req, res) => res['status'](301)['redirect']('/x');
`,
      settings: express5,
      errors: [
        { messageId: 'ignoredArgument', line: 3, column: 44, endLine: 3, endColumn: 47 },
        { messageId: 'overridden', line: 4, column: 46, endLine: 4, endColumn: 49 },
      ],
    },
    {
      // Express: res.status(301).redirect(url) sends 302.
      code: `
import express from 'express';
const app = express();
app.get('/pricing', (req, res) => {
  res.status(301).redirect('/plans');
});
`,
      errors: [
        {
          messageId: 'overridden',
          data: { status: '301 Moved Permanently', api: 'res.redirect()', sent: '302 Found' },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 17,
        },
      ],
    },
    {
      // The same with the status set in an earlier statement.
      code: `
import express, { type Request, type Response } from 'express';
export function moved(req: Request, out: Response) {
  out.statusCode = 308;
  out.setHeader('Cache-Control', 'max-age=3600');
  out.redirect('/v2' + req.path);
}
`,
      errors: [{ messageId: 'overridden', data: { status: '308 Permanent Redirect', api: 'res.redirect()', sent: '302 Found' }, line: 4, column: 20, endLine: 4, endColumn: 23 }],
    },
    {
      // Hono: c.redirect() sends `status ?? 302`, so a status set with c.status() before it is lost.
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/docs/*', (c) => {
  c.status(301);
  return c.redirect(c.req.path.replace('/docs', '/documentation'));
});
`,
      errors: [
        {
          messageId: 'overridden',
          data: { status: '301 Moved Permanently', api: 'Hono c.redirect()', sent: '302 Found' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
        },
      ],
    },
    {
      // h3: sendRedirect(event, url) sets its own 302 over the status set before it.
      code: `
import { defineEventHandler, sendRedirect, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  if (event.path.startsWith('/v1/')) {
    setResponseStatus(event, 308);
    return sendRedirect(event, event.path.replace('/v1/', '/v2/'));
  }
  return 'ok';
});
`,
      errors: [
        {
          messageId: 'overridden',
          data: { status: '308 Permanent Redirect', api: 'sendRedirect()', sent: '302 Found' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    {
      // Koa: ctx.redirect() keeps only a redirect status set before it; the 401 goes out as 302 (a login redirect).
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.session.user) {
    ctx.status = 401;
    ctx.redirect(\`/login?next=\${encodeURIComponent(ctx.url)}\`);
    return;
  }
  await next();
});
`,
      errors: [
        {
          messageId: 'overriddenUnlessKept',
          data: { status: '401 Unauthorized', api: 'ctx.redirect()', kept: '300, 301, 302, 303, 305, 307 or 308', sent: '302 Found' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 21,
        },
      ],
    },
    {
      // Hono: a status passed to c.json() wins over the one c.status() set; Fastify: so does one passed to redirect().
      code: `
import { Hono } from 'hono';
import Fastify from 'fastify';
const app = new Hono();
app.post('/posts', async (c) => {
  const post = await createPost(await c.req.json());
  c.status(201);
  c.header('Location', \`/posts/\${post.id}\`);
  return c.json(post, 200);
});
const server = Fastify();
server.get('/old-docs', async (request, reply) => reply.code(404).redirect('/docs', 301));
`,
      errors: [
        {
          messageId: 'replaced',
          data: { status: '201 Created', api: 'Hono c.json()', sent: '200 OK' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 15,
        },
        {
          messageId: 'replaced',
          data: { status: '404 Not Found', api: 'reply.redirect()', sent: '301 Moved Permanently' },
          line: 12,
          column: 62,
          endLine: 12,
          endColumn: 65,
        },
      ],
    },
    {
      // hapi: a redirect mode replaces the status before it: 200 and 303 are not rewritable, so permanent() sends 308
      // and temporary() 307 (a 301 stays rewritable: permanent() keeps it, nothing ignored).
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/pricing',
  handler: (request, h) => h.response(renderMovedPage()).code(200).location('/plans').permanent(),
});
server.route({ method: 'GET', path: '/beta', handler: (request, h) => h.redirect('/app').code(303).temporary() });
server.route({ method: 'GET', path: '/docs', handler: (request, h) => h.redirect('/guide').code(301).permanent() });
`,
      errors: [
        {
          messageId: 'replaced',
          data: { status: '200 OK', api: 'response.permanent()', sent: '308 Permanent Redirect' },
          line: 7,
          column: 63,
          endLine: 7,
          endColumn: 66,
        },
        {
          messageId: 'replaced',
          data: { status: '303 See Other', api: 'response.temporary()', sent: '307 Temporary Redirect' },
          line: 9,
          column: 95,
          endLine: 9,
          endColumn: 98,
        },
      ],
    },
    {
      // Node: a maintenance page whose early default is replaced by writeHead() before anything is sent.
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 200;
  res.setHeader('Retry-After', '120');
  res.writeHead(503, { 'Content-Type': 'text/plain' });
  res.end('Down for maintenance');
});
`,
      errors: [
        {
          messageId: 'replaced',
          data: { status: '200 OK', api: 'res.writeHead()', sent: '503 Service Unavailable' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      // Koa: ctx.redirect(url, 301) sends 302.
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.path === '/blog') ctx.redirect('https://blog.example.com', 301);
});
`,
      errors: [
        {
          messageId: 'ignoredArgument',
          data: {
            api: 'ctx.redirect()',
            status: '301 Moved Permanently',
            outcome: 'Koa ignores the number and sends 302 Found (or a redirect status set before with ctx.status): ctx.redirect() takes no status',
            expected: 'ctx.status = code; ctx.redirect(url)',
          },
          line: 5,
          column: 70,
          endLine: 5,
          endColumn: 73,
        },
      ],
    },
    {
      // Express 5: a number after the body is ignored (the body is sent as it is, with 200).
      code: `
import express from 'express';
export const create = async (req, res) => {
  const user = await db.users.insert(req.body);
  res.json(user, 201);
};
`,
      settings: express5,
      errors: [
        {
          messageId: 'ignoredArgument',
          data: { api: 'res.json()', status: '201 Created', outcome: 'Express 5 ignores the number and sends 200 OK', expected: 'res.status(code).json(body)' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 21,
        },
      ],
    },
    {
      // Express 5 (from settings): res.send(404) and res.json(201, body) send 200.
      code: `
import express from 'express';
const router = express.Router();
router.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.send(404);
  res.json(200, user);
});
`,
      settings: express5,
      errors: [
        {
          messageId: 'ignoredArgument',
          data: {
            api: 'res.send()',
            status: '404 Not Found',
            outcome: 'Express 5 sends 200 OK with the number as the body',
            expected: 'res.status(code).send(body)',
          },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 33,
        },
        {
          messageId: 'ignoredArgument',
          data: {
            api: 'res.json()',
            status: '200 OK',
            outcome: 'Express 5 sends 200 OK with the number as the body',
            expected: 'res.status(code).json(body)',
          },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 15,
        },
      ],
    },
    {
      // Express 5 read from the nearest package.json.
      code: `
import express from 'express';
export const create = (req, res) => res.json({ ok: true }, 201);
`,
      filename: express5File,
      errors: [{ messageId: 'ignoredArgument', line: 3, column: 60, endLine: 3, endColumn: 63 }],
    },
    {
      // Fetch: a number where the init object goes throws a TypeError.
      code: `
const CREATED = 201;
export async function POST(request: Request) {
  const item = await save(await request.json());
  return Response.json(item, CREATED);
}
`,
      errors: [
        {
          messageId: 'numericInit',
          data: { api: 'Response.json()', status: '201', outcome: 'Response.json() throws a TypeError' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'wrapInInit',
              data: { code: 'CREATED' },
              output: `
const CREATED = 201;
export async function POST(request: Request) {
  const item = await save(await request.json());
  return Response.json(item, { status: CREATED });
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
export default {
  async fetch() {
    return new Response('Not found', 404);
  },
};
`,
      errors: [
        {
          messageId: 'numericInit',
          data: { api: 'new Response()', status: '404', outcome: 'the Response constructor throws a TypeError' },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'wrapInInit',
              output: `
export default {
  async fetch() {
    return new Response('Not found', { status: 404 });
  },
};
`,
            },
          ],
        },
      ],
    },
    {
      // node-fetch throws nothing: it reads no status from the number, and the mocked response says 200.
      code: `
import { Response } from 'node-fetch';
export const mockNotFound = () => Promise.resolve(new Response(JSON.stringify({ error: 'not found' }), 404));
`,
      errors: [
        {
          messageId: 'numericInit',
          data: { api: 'new Response()', status: '404', outcome: "node-fetch's Response reads no status from a number, and has status 200" },
          line: 3,
          column: 104,
          endLine: 3,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'wrapInInit',
              output: `
import { Response } from 'node-fetch';
export const mockNotFound = () => Promise.resolve(new Response(JSON.stringify({ error: 'not found' }), { status: 404 }));
`,
            },
          ],
        },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('no-ignored-status (frameworks)', rule, {
  valid: [
    // Next Pages API: res.redirect(status, url) and res.status().json()
    `
import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const post = await findPost(String(req.query.slug));
  if (!post) return res.status(404).json({ error: 'not found' });
  if (post.movedTo) return res.redirect(308, \`/api/posts/\${post.movedTo}\`);
  res.status(200).json(post);
}
`,
    // Next App Router: NextResponse.json(body, { status }) and NextResponse.redirect(url, status)
    `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const user = await db.user.findUnique({ where: { id: params.id } });
  if (!user) return NextResponse.json({ error: 'not found' }, { status: 404 });
  if (user.renamed) return NextResponse.redirect(new URL(\`/users/\${user.newId}\`, request.url), 308);
  return NextResponse.json(user);
}
`,
    // SvelteKit: json(body, { status, headers })
    `
import { json } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, { status: 201, headers: { location: \`/todos/\${todo.id}\` } });
}
`,
    // React Router: data() and redirect() accept a number or an init object
    `
import { data, redirect } from 'react-router';
export async function action({ request }) {
  const form = await request.formData();
  const errors = validate(form);
  if (errors) return data({ errors }, 400);
  const project = await createProject(form);
  if (project.draft) return data({ project }, { status: 202 });
  return redirect(\`/projects/\${project.id}\`, 303);
}
`,
    // Hono: c.json(body, status) and c.json(body, { status })
    `
import { Hono } from 'hono';
const app = new Hono();
app.post('/todos', async (c) => {
  const todo = await createTodo(await c.req.json());
  if (todo.queued) return c.json(todo, { status: 202 });
  return c.json(todo, 201);
});
`,
  ],
  invalid: [
    // Next Pages API: res.redirect(url, 301) sends 307
    {
      code: `
import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const post = await findPost(String(req.query.slug));
  if (post?.movedTo) return res.redirect(\`/api/posts/\${post.movedTo}\`, 301);
  res.status(200).json(post);
}
`,
      output: null,
      errors: [
        {
          messageId: 'ignoredPosition',
          line: 5,
          column: 72,
        },
      ],
    },
    // Next App Router: NextResponse.json(body, 404) throws a TypeError
    {
      code: `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const user = await db.user.findUnique({ where: { id: params.id } });
  if (!user) return NextResponse.json({ error: 'not found' }, 404);
  return NextResponse.json(user);
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 5,
          column: 63,
          suggestions: [
            {
              messageId: 'wrapInInit',
              output: `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const user = await db.user.findUnique({ where: { id: params.id } });
  if (!user) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(user);
}
`,
            },
          ],
        },
      ],
    },
    // SvelteKit: json(body, 201) and text(body, 410) silently send 200
    {
      code: `
import { json, text } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, 201);
}
export async function DELETE({ params, locals }) {
  await locals.db.todos.archive(params.id);
  return text('archived', 410);
}
`,
      output: null,
      errors: [
        {
          messageId: 'numericInit',
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'wrapInInit',
              output: `
import { json, text } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, { status: 201 });
}
export async function DELETE({ params, locals }) {
  await locals.db.todos.archive(params.id);
  return text('archived', 410);
}
`,
            },
          ],
        },
        {
          messageId: 'numericInit',
          line: 9,
          column: 27,
          suggestions: [
            {
              messageId: 'wrapInInit',
              output: `
import { json, text } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, 201);
}
export async function DELETE({ params, locals }) {
  await locals.db.todos.archive(params.id);
  return text('archived', { status: 410 });
}
`,
            },
          ],
        },
      ],
    },
    // Next App Router: NextResponse.redirect(url, '301') sends 307 (a string is read as an init object)
    {
      code: `
import { NextResponse } from 'next/server';
export function middleware(request) {
  if (request.nextUrl.pathname === '/pricing-old') {
    return NextResponse.redirect(new URL('/pricing', request.url), '301');
  }
  return NextResponse.next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'stringIgnored',
          line: 5,
          column: 68,
        },
      ],
    },
    // A string among alternatives is reported where it is written.
    {
      code: `
import { NextResponse } from 'next/server';
export function middleware(request) {
  const permanent = request.nextUrl.searchParams.has('permanent');
  return NextResponse.redirect(new URL('/pricing', request.url), permanent ? '308' : 307);
}
`,
      errors: [
        {
          messageId: 'stringIgnored',
          data: {
            api: 'NextResponse.redirect()',
            value: '308',
            outcome: 'NextResponse.redirect() sends 307 Temporary Redirect',
          },
          line: 5,
          column: 78,
          endLine: 5,
          endColumn: 83,
        },
      ],
    },
  ],
});
