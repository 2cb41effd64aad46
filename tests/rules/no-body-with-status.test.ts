import rule from '../../src/rules/no-body-with-status.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-body-with-status', rule, {
  valid: [
    // A status written as alternatives is not one status sent: the branch that sends 204 may be the one without a body.
    `
import express from 'express';
const app = express();
app.get('/items', async (req, res) => {
  const items = await db.items.list();
  res.status(items.length > 0 ? 200 : 204).json(items.length > 0 ? items : undefined);
});
`,
    // Nor when a branch folds to nothing (\`err.status || 204\` may be any status).
    `
import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  res.status(err.status || 204).json({ message: err.message });
});
`,
    // Express: sendStatus(204) and end() send no content; a body on another path of the handler.
    `
import express from 'express';
const app = express();
app.delete('/users/:id', async (req, res) => {
  await db.users.delete(req.params.id);
  res.sendStatus(204);
});
app.put('/users/:id', async (req, res) => {
  const user = await db.users.update(req.params.id, req.body);
  if (!user) return res.status(204).end();
  res.status(200).json(user);
});
app.get('/cache', (req, res) => {
  if (req.fresh) return res.status(304).send();
  res.json(cached);
});
`,
    // Flow-insensitive: a status set in one branch does not decide a body sent after the branches.
    `
import express from 'express';
export function list(req, res) {
  if (req.query.empty) {
    res.status(204);
  } else {
    res.status(200);
  }
  res.json(items);
}
export function maybe(req, res) {
  res.status(204);
  if (items.length) res.status(200);
  res.json(items);
}
`,
    // The response is passed to a helper, which may change the status.
    `
import express from 'express';
export function handler(req, res) {
  res.status(204);
  applyDefaults(res);
  res.json({ ok: true });
}
`,
    // Koa: a null body; the status after the body (Koa nulls it either way).
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 204;
  ctx.body = null;
});
`,
    // Fastify: empty send; a body with 200.
    `
import fastify from 'fastify';
const app = fastify();
app.delete('/items/:id', async (request, reply) => reply.code(204).send());
app.get('/items', async (request, reply) => reply.code(200).send(items));
`,
    // Fetch Response: null bodies with bodiless statuses; a body with 200; redirect helpers.
    `
export function DELETE() {
  return new Response(null, { status: 204 });
}
export function HEAD() {
  return new Response(undefined, { status: 304, headers: { ETag: etag } });
}
export function GET() {
  return new Response('ok', { status: 200 });
}
`,
    // Node: writeHead(204) then end(); a 200 elsewhere.
    `
import http from 'node:http';
http.createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { Allow: 'GET' });
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello');
});
`,
    // An empty string is no content (tinyhttp's HEAD middleware; Express, Koa): zero bytes are sent.
    `
import http from 'node:http';
const HEAD_HANDLER_MW = {
  type: 'mw',
  handler: (req, res, next) => {
    if (req.method === 'HEAD') {
      res.statusCode = 204;
      return res.end('');
    }
    next?.();
  },
};
http.createServer((req, res) => {
  res.writeHead(304);
  res.end(\`\`);
});
`,
    `
import express from 'express';
import Koa from 'koa';
const app = express();
app.delete('/items/:id', (req, res) => res.status(204).send(''));
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 204;
  ctx.body = '';
});
`,
    // Odd but valid syntax never throws.
    `
import express from 'express';
export const a = (req, res) => res.status(...codes).json(x);
export const b = (req, res) => res?.status(204)?.json?.();
export const c = () => new Response(...args);
export const d = () => new Response(body, init);
`,
  ],
  invalid: [
    {
      // Every branch of the alternatives forbids content: the body is wrong whichever is sent.
      code: `
import express from 'express';
const app = express();
app.get('/feed', (req, res) => {
  res.status(req.fresh ? 304 : 204).send(renderFeed());
});
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: {
            status: '304 Not Modified or 204 No Content',
            reference: 'RFC 9110 §15.4.5, RFC 9110 §15.3.5',
            api: 'res.send()',
            outcome: ': Express drops it',
          },
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.delete('/users/:id', async (req, res) => {
  await db.users.delete(req.params.id);
  res.status(204).json({ deleted: true });
});
app.get('/feed', (req, res) => {
  if (req.get('If-None-Match') === etag) {
    res.status(304);
    return res.send(cachedFeed);
  }
  res.json(feed);
});
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'res.json()', outcome: ': Express drops it' },
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 41,
        },
        {
          messageId: 'bodyWithStatus',
          data: { status: '304 Not Modified', reference: 'RFC 9110 §15.4.5', api: 'res.send()', outcome: ': Express drops it' },
          line: 11,
          column: 21,
        },
      ],
    },
    {
      // Fetch: the constructor throws a TypeError; Response.json always has a body.
      code: `
export async function DELETE(request) {
  await remove(new URL(request.url).searchParams.get('id'));
  return new Response('deleted', { status: 204 });
}
export function POST() {
  return Response.json({ ok: true }, { status: 205 });
}
export function PUT() {
  // Stored in a variable (so later changes are not followed), but status and body come in one call.
  const response = new Response(JSON.stringify({ ok: true }), { status: 204 });
  return response;
}
export function PATCH() {
  // An empty string is still a non-null body for the constructor: it throws.
  return new Response('', { status: 204 });
}
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: {
            status: '204 No Content',
            reference: 'RFC 9110 §15.3.5',
            api: 'new Response()',
            outcome: ': the Response constructor throws a TypeError',
          },
          line: 4,
          column: 23,
        },
        {
          messageId: 'bodyWithStatus',
          data: {
            status: '205 Reset Content',
            reference: 'RFC 9110 §15.3.6',
            api: 'Response.json()',
            outcome: ': Response.json() throws a TypeError',
          },
          line: 7,
          column: 10,
        },
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'new Response()', outcome: ': the Response constructor throws a TypeError' }, line: 11, column: 33 },
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'new Response()', outcome: ': the Response constructor throws a TypeError' }, line: 16, column: 23 },
      ],
    },
    {
      // node-fetch's Response (and cross-fetch's on Node) keeps the body: the report names no TypeError. An empty string is
      // no content there. undici's Response is the standard's and throws.
      code: `
import { Response } from 'node-fetch';
import { Response as UndiciResponse } from 'undici';
export const mockDeleted = () => new Response(JSON.stringify({ deleted: true }), { status: 204, headers: { 'Content-Type': 'application/json' } });
export const mockEmpty = () => new Response('', { status: 204 });
export const mockNotModified = () => new UndiciResponse('cached', { status: 304 });
`,
      errors: [
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'new Response()', outcome: '' }, line: 4, column: 47 },
        {
          messageId: 'bodyWithStatus',
          data: { status: '304 Not Modified', reference: 'RFC 9110 §15.4.5', api: 'new Response()', outcome: ': the Response constructor throws a TypeError' },
          line: 6,
          column: 57,
        },
      ],
    },
    {
      // The gate's scan stops at the first status word (\`statusCode\`); the Response used after it is still found.
      // A Response named only in a comment before it makes no reference.
      code: `
/** Response helpers for the edge handler. */
export const statusCode = (error) => error.statusCode ?? 500;
export function gone() {
  return new Response('gone', { status: 204 });
}
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'new Response()', outcome: ': the Response constructor throws a TypeError' },
          line: 5,
          column: 23,
        },
      ],
    },
    {
      // Koa, Fastify, Node http and http2, with a constant.
      code: `
import Koa from 'koa';
import fastify from 'fastify';
import http from 'node:http';
import http2 from 'node:http2';
const NOT_MODIFIED = 304;
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 204;
  ctx.body = { ok: true };
});
koa.use(async (ctx) => {
  ctx.response.status = 205;
  ctx.body = 'reset';
});
const app = fastify();
app.get('/etag', async (request, reply) => reply.code(NOT_MODIFIED).send({ cached: true }));
http.createServer((req, res) => {
  res.writeHead(204);
  res.end('done');
});
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 204 });
  stream.end('done');
});
`,
      errors: [
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'ctx.body', outcome: ': Koa drops it for 204, 205 and 304; with a 1xx, Node drops it and the client gets only an interim response' }, line: 10, column: 14 },
        { messageId: 'bodyWithStatus', data: { status: '205 Reset Content', reference: 'RFC 9110 §15.3.6', api: 'ctx.body', outcome: ': Koa drops it for 204, 205 and 304; with a 1xx, Node drops it and the client gets only an interim response' }, line: 14, column: 14 },
        { messageId: 'bodyWithStatus', data: { status: '304 Not Modified', reference: 'RFC 9110 §15.4.5', api: 'reply.send()', outcome: ': Fastify drops it for 1xx and 204 (and Node for 304), but sends it with 205' }, line: 17, column: 74 },
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'res.end()', outcome: ': Node discards it for 1xx/204/304 and sends it with 205' }, line: 20, column: 11 },
        { messageId: 'bodyWithStatus', data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'stream.end()', outcome: '' }, line: 24, column: 14 },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('no-body-with-status (frameworks)', rule, {
  valid: [
    // Hono: c.body(null, 204) and c.json() with 200
    `
import { Hono } from 'hono';
const app = new Hono();
app.delete('/posts/:id', async (c) => {
  await removePost(c.req.param('id'));
  return c.body(null, 204);
});
app.get('/posts/:id', async (c) => c.json(await findPost(c.req.param('id')), 200));
`,
    // Next App Router: new NextResponse(null, { status: 204 })
    `
import { NextResponse } from 'next/server';
export async function DELETE(request, { params }) {
  await db.post.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
}
`,
    // SvelteKit: new Response(null, { status: 204 })
    `
export async function DELETE({ params, locals }) {
  await locals.db.todos.delete(params.id);
  return new Response(null, { status: 204 });
}
`,
    // Elysia: status(204) without a body
    `
import { Elysia } from 'elysia';
export const app = new Elysia().delete('/items/:id', async ({ params, status }) => {
  await removeItem(params.id);
  return status(204);
});
`,
  ],
  invalid: [
    // Hono: c.json() with 204, and c.status(204) followed by c.json()
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.delete('/posts/:id', async (c) => {
  await removePost(c.req.param('id'));
  return c.json({ deleted: true }, 204);
});
app.put('/posts/:id/read', async (c) => {
  await markRead(c.req.param('id'));
  c.status(204);
  return c.json({ ok: true });
});
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 6,
          column: 10,
        },
        {
          messageId: 'bodyWithStatus',
          line: 11,
          column: 10,
        },
      ],
    },
    // Next App Router: NextResponse.json() with 204 (a TypeError at runtime)
    {
      code: `
import { NextResponse } from 'next/server';
export async function DELETE(request, { params }) {
  await db.post.delete({ where: { id: params.id } });
  return NextResponse.json({ deleted: true }, { status: 204 });
}
export async function PATCH() {
  return new NextResponse('', { status: 204 }); // '' is a non-null body: the constructor throws
}
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 5,
          column: 10,
        },
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'new NextResponse()', outcome: ': the NextResponse constructor throws a TypeError' },
          line: 8,
          column: 27,
        },
      ],
    },
    // SvelteKit: json() with 204 (a TypeError at runtime)
    {
      code: `
import { json, text } from '@sveltejs/kit';
export async function DELETE({ params, locals }) {
  await locals.db.todos.delete(params.id);
  return json({ ok: true }, { status: 204 });
}
export async function PATCH() {
  return text('', { status: 204 }); // text() builds a Response from the encoded body: it throws
}
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 5,
          column: 10,
        },
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'SvelteKit text()', outcome: ': text() throws a TypeError' },
          line: 8,
          column: 15,
        },
      ],
    },
    // React Router: data() with a body and 204
    {
      code: `
import { data } from 'react-router';
export async function action({ params }) {
  await deleteNote(params.noteId);
  return data({ deleted: params.noteId }, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 5,
          column: 15,
        },
      ],
    },
    // hapi: h.response(doc).code(204) (hapi drops the body); h.response().code(204) is right
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'DELETE',
  path: '/items/{id}',
  handler: async (request, h) => {
    const item = await removeItem(request.params.id);
    if (request.query.quiet) return h.response().code(204);
    return h.response(item).code(204);
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 10,
          column: 23,
        },
      ],
    },
    // Elysia: status(204, body) (Elysia answers 500)
    {
      code: `
import { Elysia } from 'elysia';
export const app = new Elysia().delete('/items/:id', async ({ params, status }) => {
  const removed = await removeItem(params.id);
  return status(204, removed);
});
`,
      output: null,
      errors: [
        {
          messageId: 'bodyWithStatus',
          line: 5,
          column: 22,
        },
      ],
    },
  ],
});
