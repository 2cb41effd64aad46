import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status', rule, {
  valid: [
    // The same middleware without the setting: nothing says \`res\` is a Node response (see the first invalid case).
    `
module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (!icon) {
      res.statusCode = 4040;
      return res.end();
    }
    res.end(icon);
  };
};
`,
    // Alternatives whose branches are all codes in use; a left operand that decides alone (\`0 || x\` is x).
    `
import express from 'express';
const app = express();
app.get('/users/:id', (req, res) => {
  res.status(req.user ? 200 : 404).end();
  res.status(req.error?.status || 500).end();
  res.status(req.cached ? (req.fresh ? 304 : 200) : 201).end();
  res.status(0 || 404).end();
});
`,
    // Registered codes in every kind of status position.
    `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await db.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.status(200).json(user);
});
app.post('/users', (req, res) => res.sendStatus(201));
app.listen(3000);
`,
    // Constants resolve to registered codes.
    `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export function handler(req, res) {
  res.status(StatusCodes.MOVED_TEMPORARILY).end();
}
`,
    // Numbers that are not statuses: ports, timeouts, indexes, exit codes, WebSocket and SMTP codes.
    `
import http from 'node:http';
const server = http.createServer((req, res) => { res.end('ok'); });
server.listen(8080);
setTimeout(() => process.exit(1), 4040);
const third = items[4040];
ws.close(1000);
smtp.reply(550, 'mailbox unavailable');
throw new Parse.Error(143, 'invalid');
`,
    // Domain objects with a status, and range bounds.
    `
const order = { status: 3 };
if (order.status === 3) ship(order);
if (response.status < 600 && response.status >= 100) log(response);
`,
    // A (req, res) handler in a file that uses no known framework is not trusted.
    `
export default function handler(req, res) {
  res.status(4040);
}
`,
    // Comparing with 0 is legitimate (opaque and network-error responses).
    `
const response = await fetch(url, { mode: 'no-cors' });
if (response.status === 0) console.log('opaque');
`,
    // So is 1223, Internet Explorer's XMLHttpRequest status for a 204 (as superagent's client handles it).
    `
Response.prototype._parseResponse = function () {
  let { status } = this.xhr;
  if (status === 1223) {
    status = 204;
  }
  this._setStatusProperties(status);
};
`,
    // A vendor's code is what some servers send: a client may compare with it or a test assert it (make-fetch-happen's
    // retry list, a Cloudflare origin error, nginx's 499 in a proxy test).
    `
export async function fetchWithRetry(req, res) {
  const isRetriable = req.method !== 'POST' && ([408, 420, 429].includes(res.status) || res.status >= 500);
  return isRetriable;
}
export async function load(url) {
  const response = await fetch(url);
  if (response.status === 522 || response.status === 524) throw new Error('origin unreachable behind Cloudflare');
  return response.json();
}
`,
    // Anthropic's API answers 529 when overloaded; its SDK retries it like a 429.
    `
export async function retryOnce(request, next) {
  const response = await next(request);
  if (response.status !== 429 && response.status !== 529) return response;
  return next(request);
}
`,
    `
import request from 'supertest';
import { app } from './app.js';
it('logs aborted requests as 499', async () => {
  const res = await request(app).get('/aborted');
  expect(res.status).toBe(499);
});
`,
    // Options: vendor codes and explicit allow-list.
    {
      code: `
import express from 'express';
export const handler = (req, res) => res.status(499).end();
`,
      options: [{ allowVendors: ['nginx'] }],
    },
    {
      code: `
import express from 'express';
export const handler = (req, res) => res.status(599).end();
`,
      options: [{ allow: [599] }],
    },
    // Odd but valid code never throws.
    `
import express from 'express';
export const a = (req, res) => res.status();
export const b = (req, res, codes) => res.status(...codes);
export const c = (req, res) => res?.status?.(404);
export const d = (req, res) => res['status'](404);
export const e = (req, res) => res.status(\`\${code}\`);
export const f = (req, res) => { res[key] = 4040; res.statusCode += 1; };
export const g = (req, res) => new Response(...args);
`,
    // Cloudflare Workers accept 101 in new Response() when the init carries the WebSocket (real code: Hono's Workers
    // adapter, hono/dist/adapter/cloudflare-workers/websocket.js).
    `
export default {
  async fetch(request) {
    if (request.headers.get('Upgrade') !== 'websocket') return new Response('Expected a WebSocket', { status: 426 });
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    return new Response(null, { status: 101, webSocket: client });
  },
};
`,
    // node-fetch's Response takes any status: a 101 upgrade in a test's mocked response is a code in use, and throws
    // nothing there (the same call on the global or undici's Response is reported: see the invalid cases).
    `
import { Response } from 'node-fetch';
import { jest } from '@jest/globals';
jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 101, headers: { Upgrade: 'websocket', Connection: 'Upgrade' } }));
`,
    // Temporary registration 104 is known.
    `
import http from 'node:http';
http.createServer((req, res) => { res.writeHead(104); });
`,
    // Compared or asserted, a value below 100 says that what is read is another kind of status: the exit status of
    // spawnSync, an API envelope's status, a gRPC code.
    `
import { spawnSync } from 'node:child_process';
const res = spawnSync('git', ['diff', '--quiet']);
if (res.status === 1) console.log('uncommitted changes');

export async function login(api, credentials) {
  const response = await api.post('/session', credentials);
  if (response.status === -1) throw new Error(response.msg);
  switch (response.status) {
    case 0: return response.data;
    case 2: return promptForOtp();
  }
  expect(res.status).toBe(20);
}
`,
  ],
  invalid: [
    {
      // Connect-style middleware on a raw Node response (serve-favicon's shape), in a package that depends on no
      // framework: \`settings['http-status'].frameworks\` declares Node's http, which it imports nothing of.
      code: `
module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (!icon) {
      res.statusCode = 4040;
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'image/x-icon' });
    res.end(icon);
  };
};
`,
      settings: { 'http-status': { frameworks: ['node-http'] } },
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4040', didYouMean: ' Did you mean 404 Not Found?' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '404 Not Found' },
              output: `
module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (!icon) {
      res.statusCode = 404;
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'image/x-icon' });
    res.end(icon);
  };
};
`,
            },
            {
              messageId: 'replaceWithCode',
              data: { status: '400 Bad Request' },
              output: `
module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (!icon) {
      res.statusCode = 400;
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'image/x-icon' });
    res.end(icon);
  };
};
`,
            },
          ],
        },
      ],
    },
    {
      // An Express error handler whose status is a const with a fallback: reported where the const is used, as any
      // constant's value is (no replacement is offered for a name).
      code: `
import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || 5000;
  res.status(status).json({ message: err.message });
});
`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '5000', didYouMean: ' Did you mean 500 Internal Server Error?' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      // A status written as alternatives: each branch is checked, and the typo is reported (and replaced) where it is.
      code: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await findUser(req.params.id).catch(next);
  res.status(user ? 200 : 4040).json(user ?? { error: 'not found' });
});
app.use((err, req, res, next) => {
  res.status(err.statusCode ?? 5000).send(err.message);
});
`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4040', didYouMean: ' Did you mean 404 Not Found?' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '404 Not Found' },
              output: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await findUser(req.params.id).catch(next);
  res.status(user ? 200 : 404).json(user ?? { error: 'not found' });
});
app.use((err, req, res, next) => {
  res.status(err.statusCode ?? 5000).send(err.message);
});
`,
            },
            {
              messageId: 'replaceWithCode',
              data: { status: '400 Bad Request' },
              output: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await findUser(req.params.id).catch(next);
  res.status(user ? 200 : 400).json(user ?? { error: 'not found' });
});
app.use((err, req, res, next) => {
  res.status(err.statusCode ?? 5000).send(err.message);
});
`,
            },
          ],
        },
        {
          messageId: 'outOfRange',
          data: { value: '5000', didYouMean: ' Did you mean 500 Internal Server Error?' },
          line: 9,
          column: 32,
          endLine: 9,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '500 Internal Server Error' },
              output: `
import express from 'express';
const app = express();
app.get('/users/:id', async (req, res, next) => {
  const user = await findUser(req.params.id).catch(next);
  res.status(user ? 200 : 4040).json(user ?? { error: 'not found' });
});
app.use((err, req, res, next) => {
  res.status(err.statusCode ?? 500).send(err.message);
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/missing', (req, res) => {
  res.status(4040).send('Not found');
});
`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4040', didYouMean: ' Did you mean 404 Not Found?' },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '404 Not Found' },
              output: `
import express from 'express';
const app = express();
app.get('/missing', (req, res) => {
  res.status(404).send('Not found');
});
`,
            },
            {
              messageId: 'replaceWithCode',
              data: { status: '400 Bad Request' },
              output: `
import express from 'express';
const app = express();
app.get('/missing', (req, res) => {
  res.status(400).send('Not found');
});
`,
            },
          ],
        },
      ],
    },
    {
      // A code only IIS uses, sent from Koa: named as a vendor's, with the transposition guess first.
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 440;
});
`,
      errors: [
        {
          messageId: 'vendorCode',
          data: { value: '440', vendors: 'iis: Login Time-out', didYouMean: ' Did you mean 404 Not Found?' },
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 404;
});
`,
            },
            {
              messageId: 'replaceWithCode',
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 400;
});
`,
            },
            {
              messageId: 'replaceWithCode',
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 410;
});
`,
            },
          ],
        },
      ],
    },
    {
      // Reserved and deprecated codes, Node http.
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/tea') {
    res.writeHead(418, { 'Content-Type': 'text/plain' });
    return res.end('short and stout');
  }
  res.statusCode = 305;
  res.end();
});
`,
      errors: [
        { messageId: 'reserved', data: { status: '418 (Unused)', reference: 'RFC 9110 §15.5.19' }, line: 5, column: 19, suggestions: [] },
        { messageId: 'deprecated', data: { status: '305 Use Proxy', reference: 'RFC 9110 §15.4.6' }, line: 8, column: 20, suggestions: [] },
      ],
    },
    {
      // undici's Response is the standard's: 200–599 (node-fetch's takes any status: see the valid cases).
      code: `
import { Response } from 'undici';
export const upgraded = () => new Response(null, { status: 101, headers: { Upgrade: 'websocket', Connection: 'Upgrade' } });
`,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: { status: '101 Switching Protocols', api: 'new Response()', min: '200', max: '599', outcome: 'the Response constructor throws a RangeError' },
          line: 3,
          column: 60,
        },
      ],
    },
    {
      // Fetch Response accepts only 200–599.
      code: `
export async function GET() {
  return new Response(null, { status: 101 });
}
`,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: {
            status: '101 Switching Protocols',
            api: 'new Response()',
            min: '200',
            max: '599',
            outcome: 'the Response constructor throws a RangeError',
          },
          line: 3,
          column: 39,
        },
      ],
    },
    {
      // 1223 is a value clients read (see the valid cases), never one to send.
      code: `
import express from 'express';
const app = express();
app.get('/legacy', (req, res) => res.status(1223).end());
`,
      errors: [{ messageId: 'outOfRange', data: { value: '1223', didYouMean: '' }, line: 4, column: 45, suggestions: [] }],
    },
    {
      // A constant that resolves to a typo is still a typo; no literal to replace, so no suggestion.
      code: `
import fastify from 'fastify';
const NOT_FOUND = 4004;
const app = fastify();
app.get('/', async (request, reply) => reply.code(NOT_FOUND).send());
`,
      errors: [{ messageId: 'outOfRange', line: 5, column: 51, suggestions: [] }],
    },
    {
      // Comparisons, switch cases and test assertions (a value below 100 there says the read is another kind of status,
      // so `toBe(20)` is left alone: see the valid cases).
      code: `
const response = await fetch('/api/user');
if (response.status === 2000) render();
switch (response.status) {
  case 401: login(); break;
  case 4003: deny(); break;
}
expect(res.status).toBe(20);
assert.equal(res.statusCode, 5000);
`,
      errors: [
        { messageId: 'outOfRange', line: 3, column: 25, suggestions: [{ messageId: 'replaceWithCode', output: `
const response = await fetch('/api/user');
if (response.status === 200) render();
switch (response.status) {
  case 401: login(); break;
  case 4003: deny(); break;
}
expect(res.status).toBe(20);
assert.equal(res.statusCode, 5000);
` }] },
        { messageId: 'outOfRange', line: 6, column: 8, suggestions: [
          { messageId: 'replaceWithCode', output: `
const response = await fetch('/api/user');
if (response.status === 2000) render();
switch (response.status) {
  case 401: login(); break;
  case 403: deny(); break;
}
expect(res.status).toBe(20);
assert.equal(res.statusCode, 5000);
` },
          { messageId: 'replaceWithCode', output: `
const response = await fetch('/api/user');
if (response.status === 2000) render();
switch (response.status) {
  case 401: login(); break;
  case 400: deny(); break;
}
expect(res.status).toBe(20);
assert.equal(res.statusCode, 5000);
` },
        ] },
        { messageId: 'outOfRange', line: 9, column: 30, suggestions: [{ messageId: 'replaceWithCode', output: `
const response = await fetch('/api/user');
if (response.status === 2000) render();
switch (response.status) {
  case 401: login(); break;
  case 4003: deny(); break;
}
expect(res.status).toBe(20);
assert.equal(res.statusCode, 500);
` }] },
      ],
    },
    {
      // Non-integers, BigInt, negative numbers, hex and numeric separators are all read as numbers.
      code: `
import express from 'express';
export const a = (req, res) => res.status(404.5).end();
export const b = (req, res) => res.status(404n).end();
export const c = (req, res) => res.status(-1).end();
export const d = (req, res) => res.status(0x194).end();
export const e = (req, res) => (res as any).status(4_04_0).end();
`,
      errors: [
        { messageId: 'notInteger', data: { value: '404.5' }, line: 3, column: 43 },
        { messageId: 'notInteger', data: { value: '404n' }, line: 4, column: 43 },
        { messageId: 'outOfRange', data: { value: '-1', didYouMean: '' }, line: 5, column: 43, suggestions: [] },
        {
          messageId: 'outOfRange',
          line: 7,
          column: 52,
          suggestions: [
            { messageId: 'replaceWithCode', output: `
import express from 'express';
export const a = (req, res) => res.status(404.5).end();
export const b = (req, res) => res.status(404n).end();
export const c = (req, res) => res.status(-1).end();
export const d = (req, res) => res.status(0x194).end();
export const e = (req, res) => (res as any).status(404).end();
` },
            { messageId: 'replaceWithCode', output: `
import express from 'express';
export const a = (req, res) => res.status(404.5).end();
export const b = (req, res) => res.status(404n).end();
export const c = (req, res) => res.status(-1).end();
export const d = (req, res) => res.status(0x194).end();
export const e = (req, res) => (res as any).status(400).end();
` },
          ],
        },
      ],
    },
    {
      // Sending a vendor's code: the message names whose code it is (a code may have several vendors).
      code: `
import express from 'express';
const app = express();
app.use('/search', (req, res) => res.status(420).json({ error: 'slow down' }));
`,
      errors: [
        {
          messageId: 'vendorCode',
          data: {
            value: '420',
            vendors: 'twitter: Enhance Your Calm; webdav-drafts: Method Failure',
            didYouMean: ' Did you mean 402 Payment Required?',
          },
          line: 4,
          column: 45,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: `
import express from 'express';
const app = express();
app.use('/search', (req, res) => res.status(402).json({ error: 'slow down' }));
`,
            },
            {
              messageId: 'replaceWithCode',
              output: `
import express from 'express';
const app = express();
app.use('/search', (req, res) => res.status(400).json({ error: 'slow down' }));
`,
            },
            {
              messageId: 'replaceWithCode',
              output: `
import express from 'express';
const app = express();
app.use('/search', (req, res) => res.status(422).json({ error: 'slow down' }));
`,
            },
          ],
        },
      ],
    },
    {
      // Options: vendor codes stay reported unless their vendor is allowed.
      code: `
import express from 'express';
export const handler = (req, res) => res.status(499).end();
`,
      options: [{ allowVendors: ['cloudflare'] }],
      errors: [
        {
          messageId: 'vendorCode',
          data: { value: '499', vendors: 'nginx: Client Closed Request; arcgis: Token Required', didYouMean: ' Did you mean 409 Conflict?' },
          line: 3,
          column: 49,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: `
import express from 'express';
export const handler = (req, res) => res.status(409).end();
`,
            },
            {
              messageId: 'replaceWithCode',
              output: `
import express from 'express';
export const handler = (req, res) => res.status(429).end();
`,
            },
          ],
        },
      ],
    },
    {
      // Typed parameter with an unusual name: recognised through the framework's type import.
      code: `
import type { Response } from 'express';
export function send(request: unknown, out: Response) {
  out.status(4220).json({});
}
`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4220', didYouMean: ' Did you mean 422 Unprocessable Content?' },
          line: 4,
          column: 14,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: `
import type { Response } from 'express';
export function send(request: unknown, out: Response) {
  out.status(422).json({});
}
`,
            },
          ],
        },
      ],
    },
  ],
});

/** A fixture project: its package.json alone (tests/fixtures/nuxt-app has `nuxt` as a dev dependency). */
const fixture = (project: string, file: string): string => path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures', project, file);

// Nuxt and Nitro auto-import h3's helpers into server routes.
ruleTester.run('no-unknown-status (auto-imported helpers)', rule, {
  valid: [
    {
      code: `
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 400, statusMessage: 'name is required' });
  setResponseStatus(event, 201);
  return body;
});
`,
      filename: fixture('nuxt-app', 'server/api/users.post.ts'),
    },
    // The same typos in a package that auto-imports nothing: `setResponseStatus` is some global of its own.
    {
      code: `
export default defineEventHandler(async (event) => {
  setResponseStatus(event, 2010);
  return {};
});
`,
      filename: fixture('express5-app', 'server/api/users.post.ts'),
    },
  ],
  invalid: [
    {
      code: `
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 4000, statusMessage: 'name is required' });
  setResponseStatus(event, 2010);
  return body;
});
`,
      filename: fixture('nuxt-app', 'server/api/users.post.ts'),
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4000', didYouMean: ' Did you mean 400 Bad Request?' },
          line: 4,
          column: 52,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '400 Bad Request' },
              output: `
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 400, statusMessage: 'name is required' });
  setResponseStatus(event, 2010);
  return body;
});
`,
            },
          ],
        },
        {
          messageId: 'outOfRange',
          data: { value: '2010', didYouMean: ' Did you mean 201 Created?' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '201 Created' },
              output: `
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 4000, statusMessage: 'name is required' });
  setResponseStatus(event, 201);
  return body;
});
`,
            },
            {
              messageId: 'replaceWithCode',
              data: { status: '200 OK' },
              output: `
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 4000, statusMessage: 'name is required' });
  setResponseStatus(event, 200);
  return body;
});
`,
            },
          ],
        },
      ],
    },
    // Nitro on its own (`nitropack`) auto-imports them too.
    {
      code: `
export default defineEventHandler(() => {
  throw createError({ status: 4040, message: 'no such page' });
});
`,
      filename: fixture('nitro-app', 'routes/[...].ts'),
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: '4040', didYouMean: ' Did you mean 404 Not Found?' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'replaceWithCode',
              data: { status: '404 Not Found' },
              output: `
export default defineEventHandler(() => {
  throw createError({ status: 404, message: 'no such page' });
});
`,
            },
            {
              messageId: 'replaceWithCode',
              data: { status: '400 Bad Request' },
              output: `
export default defineEventHandler(() => {
  throw createError({ status: 400, message: 'no such page' });
});
`,
            },
          ],
        },
      ],
    },
  ],
});
