import rule from '../../src/rules/no-mismatched-reason-phrase.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-mismatched-reason-phrase', rule, {
  valid: [
    // The registered phrase, custom wording, and former registered names.
    `
import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/gone') {
    res.writeHead(404, 'Not Found', { 'Content-Type': 'text/plain' });
    return res.end('gone');
  }
  if (req.url === '/upload') {
    res.writeHead(413, 'Payload Too Large');
    return res.end();
  }
  if (req.url === '/legacy') {
    res.writeHead(302, 'Moved Temporarily', { Location: '/new' });
    return res.end();
  }
  res.writeHead(503, 'Down for maintenance, back at 10:00');
  res.end();
});
`,
    // Case and spacing do not matter; an empty phrase is allowed (RFC 9112 §4).
    `
export function GET() {
  return new Response('missing', { status: 404, statusText: 'not found' });
}
export function POST() {
  return new Response(null, { status: 203, statusText: 'Non Authoritative Information' });
}
export function PUT() {
  return new Response(null, { status: 204, statusText: '' });
}
`,
    // statusMessage beside an uncertain status: different codes in different branches, or an escaped response.
    `
import http from 'node:http';
http.createServer((req, res) => {
  if (missing) res.statusCode = 404;
  else res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
http.createServer((req, res) => {
  res.statusCode = 200;
  finish(res);
  res.statusMessage = 'Not Found';
  res.end();
});
`,
    // Koa: ctx.message with the status it names; unknown phrases and codes stay silent.
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 429;
  ctx.message = 'Too Many Requests';
});
app.use(async (ctx) => {
  ctx.status = code;
  ctx.message = 'OK';
});
app.use(async (ctx) => {
  ctx.status = 404;
  ctx.message = reason;
});
`,
    // Odd but valid syntax never throws.
    `
import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(...args);
  res.writeHead(404, ...rest);
  res.writeHead(404, \`\${reason}\`);
});
`,
  ],
  invalid: [
    {
      // Node writeHead with another code's phrase.
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  if (!users.has(req.url)) {
    res.writeHead(404, 'OK', { 'Content-Type': 'application/json' });
    return res.end('{"error":"not found"}');
  }
  res.end();
});
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'OK', phraseStatus: '200 OK', status: '404 Not Found' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'usePhrase',
              data: { expected: 'Not Found' },
              output: `
import http from 'node:http';
http.createServer((req, res) => {
  if (!users.has(req.url)) {
    res.writeHead(404, 'Not Found', { 'Content-Type': 'application/json' });
    return res.end('{"error":"not found"}');
  }
  res.end();
});
`,
            },
            {
              messageId: 'useStatus',
              data: { phraseStatus: '200 OK' },
              output: `
import http from 'node:http';
http.createServer((req, res) => {
  if (!users.has(req.url)) {
    res.writeHead(200, 'OK', { 'Content-Type': 'application/json' });
    return res.end('{"error":"not found"}');
  }
  res.end();
});
`,
            },
          ],
        },
      ],
    },
    {
      // Fetch statusText; a constant status gives no status suggestion.
      code: `
const CREATED = 201;
export async function POST(request) {
  const item = await save(await request.json());
  return new Response(JSON.stringify(item), { status: CREATED, statusText: "OK" });
}
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'OK', phraseStatus: '200 OK', status: '201 Created' },
          line: 5,
          column: 76,
          suggestions: [
            {
              messageId: 'usePhrase',
              data: { expected: 'Created' },
              output: `
const CREATED = 201;
export async function POST(request) {
  const item = await save(await request.json());
  return new Response(JSON.stringify(item), { status: CREATED, statusText: "Created" });
}
`,
            },
          ],
        },
      ],
    },
    {
      // statusMessage beside statusCode (Node and Express), in either order; Koa ctx.message.
      code: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Unauthorized';
});
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'Not Found', phraseStatus: '404 Not Found', status: '200 OK' },
          line: 7,
          column: 23,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'OK';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Unauthorized';
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 404;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Unauthorized';
});
`,
            },
          ],
        },
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'Moved Permanently', phraseStatus: '301 Moved Permanently', status: '410 Gone' },
          line: 11,
          column: 23,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Gone';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Unauthorized';
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 301;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Unauthorized';
});
`,
            },
          ],
        },
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'Unauthorized', phraseStatus: '401 Unauthorized', status: '403 Forbidden' },
          line: 18,
          column: 17,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 403;
  ctx.message = 'Forbidden';
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import express from 'express';
import Koa from 'koa';
const app = express();
app.get('/health', (req, res) => {
  res.statusCode = 200;
  res.statusMessage = 'Not Found';
  res.end();
});
app.get('/gone', (req, res) => {
  res.statusMessage = 'Moved Permanently';
  res.statusCode = 410;
  res.end();
});
const koa = new Koa();
koa.use(async (ctx) => {
  ctx.status = 401;
  ctx.message = 'Unauthorized';
});
`,
            },
          ],
        },
      ],
    },
    {
      // A phrase in a const.
      code: `
import http from 'node:http';
const REASON = 'Created';
http.createServer((req, res) => {
  res.writeHead(200, REASON);
  res.end();
});
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'Created', phraseStatus: '201 Created', status: '200 OK' },
          line: 5,
          column: 22,
          suggestions: [
            {
              messageId: 'useStatus',
              output: `
import http from 'node:http';
const REASON = 'Created';
http.createServer((req, res) => {
  res.writeHead(201, REASON);
  res.end();
});
`,
            },
          ],
        },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('no-mismatched-reason-phrase (frameworks)', rule, {
  valid: [
    // h3 v1: setResponseStatus() and createError() with matching or custom phrases
    `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.title) throw createError({ statusCode: 422, statusMessage: 'Title is required' });
  const item = await useStorage().setItem(\`items:\${body.id}\`, body);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  setResponseStatus(event, 201, 'Created');
  return item;
});
`,
    // Next App Router and SvelteKit: matching statusText
    `
import { NextResponse } from 'next/server';
export async function POST(request) {
  const item = await createItem(await request.json());
  return NextResponse.json(item, { status: 201, statusText: 'Created' });
}
`,
  ],
  invalid: [
    // h3 v1: setResponseStatus() and createError() with the phrase of another status
    {
      code: `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await useStorage().getItem(\`items:\${body.id}\`);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Forbidden' });
  setResponseStatus(event, 201, 'OK');
  return item;
});
`,
      output: null,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          line: 6,
          column: 66,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await useStorage().getItem(\`items:\${body.id}\`);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  setResponseStatus(event, 201, 'OK');
  return item;
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await useStorage().getItem(\`items:\${body.id}\`);
  if (!item) throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  setResponseStatus(event, 201, 'OK');
  return item;
});
`,
            },
          ],
        },
        {
          messageId: 'mismatchedPhrase',
          line: 7,
          column: 33,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await useStorage().getItem(\`items:\${body.id}\`);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Forbidden' });
  setResponseStatus(event, 201, 'Created');
  return item;
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import { defineEventHandler, setResponseStatus, createError, readBody } from 'h3';
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await useStorage().getItem(\`items:\${body.id}\`);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Forbidden' });
  setResponseStatus(event, 200, 'OK');
  return item;
});
`,
            },
          ],
        },
      ],
    },
    // h3 v2: HTTPError.status() with the phrase of another status
    {
      code: `
import { defineHandler, HTTPError } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401, 'Forbidden');
  return event.context.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          line: 4,
          column: 56,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import { defineHandler, HTTPError } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401, 'Unauthorized');
  return event.context.user;
});
`,
            },
            {
              messageId: 'useStatus',
              output: `
import { defineHandler, HTTPError } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(403, 'Forbidden');
  return event.context.user;
});
`,
            },
          ],
        },
      ],
    },
    // Next App Router: statusText in the init
    {
      code: `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const file = await storage.get(params.key);
  if (!file) return new NextResponse(null, { status: 404, statusText: 'Gone' });
  return new NextResponse(file.stream(), { status: 200, statusText: 'OK' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          line: 5,
          column: 71,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const file = await storage.get(params.key);
  if (!file) return new NextResponse(null, { status: 404, statusText: 'Not Found' });
  return new NextResponse(file.stream(), { status: 200, statusText: 'OK' });
}
`,
            },
            {
              messageId: 'useStatus',
              output: `
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const file = await storage.get(params.key);
  if (!file) return new NextResponse(null, { status: 410, statusText: 'Gone' });
  return new NextResponse(file.stream(), { status: 200, statusText: 'OK' });
}
`,
            },
          ],
        },
      ],
    },
    // SvelteKit: json() with the phrase of another status
    {
      code: `
import { json } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, { status: 201, statusText: 'OK' });
}
`,
      output: null,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          line: 5,
          column: 48,
          suggestions: [
            {
              messageId: 'usePhrase',
              output: `
import { json } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, { status: 201, statusText: 'Created' });
}
`,
            },
            {
              messageId: 'useStatus',
              output: `
import { json } from '@sveltejs/kit';
export async function POST({ request, locals }) {
  const todo = await locals.db.todos.create(await request.json());
  return json(todo, { status: 200, statusText: 'OK' });
}
`,
            },
          ],
        },
      ],
    },
  ],
});
