import rule from '../../src/rules/valid-status-range.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('valid-status-range', rule, {
  valid: [
    // Class-aligned checks, on a fetch Response, a Node response and an axios error.
    `
export async function loadUser(id: string) {
  const response = await fetch(\`/api/users/\${id}\`);
  if (response.status >= 200 && response.status < 300) return response.json();
  if (response.status >= 500) throw new Error('server error');
  if (response.status >= 400 && response.status <= 499) return null;
  return undefined;
}
`,
    `
import http from 'node:http';
http.get('http://localhost:8080/health', (res) => {
  if (res.statusCode < 200 || res.statusCode > 299) process.exitCode = 1;
  res.resume();
});
`,
    // Validation bounds (100..599) and a bound written the other way round.
    `
export function isValid(response: Response) {
  return response.status >= 100 && response.status < 600 && 400 <= response.status;
}
`,
    // A deliberate sub-range inside one class: both ends are mid-class.
    `
try {
  await client.send();
} catch (error) {
  const status = error.response?.status;
  if (error.response?.status >= 401 && error.response?.status <= 403) logout();
}
`,
    // Odd but valid syntax never throws: computed members, optional chaining, non-numeric bounds.
    `
const res = await fetch(url);
if (res['status'] >= 200 && res?.status < 300) ok();
if (res.status > limit || res.status < \`\${x}\`) warn();
if (res.status >= 404.5) odd();
`,
    // Redirects a client follows: 300 Multiple Choices is left out on purpose (Next.js router-server does this).
    `
import http from 'node:http';
export function isRedirect(res: http.IncomingMessage) {
  return res.statusCode > 300 && res.statusCode < 400;
}
`,
    // The 2xx statuses that carry no 200 body: a deliberate sub-range with both ends given.
    `
export async function save(item) {
  const response = await fetch('/api/items', { method: 'POST', body: JSON.stringify(item) });
  if (response.status > 200 && response.status < 300) return item;
  return response.json();
}
`,
    // A deliberate sub-range within a longer condition: its other end is found in the same chain of `&&` (webpack's
    // HttpUriPlugin follows 301–308 when there is a Location).
    `
import http from 'node:http';
export function follow(res: http.IncomingMessage, location: string | undefined) {
  if (location && res.statusCode && res.statusCode >= 301 && res.statusCode <= 308) return location;
  return undefined;
}
`,
    // Not a status read: a domain object and a retry counter.
    `
if (order.status > 400) archive(order);
if (attempts > 299) stop();
`,
  ],
  invalid: [
    {
      // An off-by-one end found within a longer condition; `res.ok` is not offered, as it would replace `cached &&` too.
      code: `
export async function load(url: string, cached: boolean) {
  const res = await fetch(url);
  if (!cached && res.status >= 200 && res.status <= 300) return res.json();
  return null;
}
`,
      errors: [
        {
          messageId: 'splitsClass',
          data: { check: '<= 300', class: '3xx', verb: 'takes in', edge: '300 Multiple Choices, the first code of the 3xx class', aligned: '< 300' },
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'res.status < 300' },
              output: `
export async function load(url: string, cached: boolean) {
  const res = await fetch(url);
  if (!cached && res.status >= 200 && res.status < 300) return res.json();
  return null;
}
`,
            },
          ],
        },
      ],
    },
    {
      // \`> 200\` takes 200 for the only success (express-ws closes the socket on a 204): the boundary meant is 300.
      code: `
import http from 'node:http';
export function fetchText(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      if (res.statusCode > 200) return reject(new Error(\`GET \${url} failed: \${res.statusCode}\`));
      let body = '';
      res.on('data', (chunk) => (body += chunk)).on('end', () => resolve(body));
    });
  });
}
export const isSuccess = (res) => res.statusCode <= 200;
`,
      errors: [
        {
          messageId: 'splitsSuccess',
          data: { check: '> 200', aligned: '>= 300' },
          line: 6,
          column: 11,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'res.statusCode >= 300' },
              output: `
import http from 'node:http';
export function fetchText(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      if (res.statusCode >= 300) return reject(new Error(\`GET \${url} failed: \${res.statusCode}\`));
      let body = '';
      res.on('data', (chunk) => (body += chunk)).on('end', () => resolve(body));
    });
  });
}
export const isSuccess = (res) => res.statusCode <= 200;
`,
            },
          ],
        },
        {
          messageId: 'splitsSuccess',
          data: { check: '<= 200', aligned: '< 300' },
          line: 12,
          column: 35,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'res.statusCode < 300' },
              output: `
import http from 'node:http';
export function fetchText(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      if (res.statusCode > 200) return reject(new Error(\`GET \${url} failed: \${res.statusCode}\`));
      let body = '';
      res.on('data', (chunk) => (body += chunk)).on('end', () => resolve(body));
    });
  });
}
export const isSuccess = (res) => res.statusCode < 300;
`,
            },
          ],
        },
      ],
    },
    {
      // The classic 2xx check that takes in 300, on a fetch Response: aligned bound or response.ok.
      code: `
export async function getJson(url: string) {
  const res = await fetch(url);
  if (res.status >= 200 && res.status <= 300) {
    return res.json();
  }
  throw new Error(\`HTTP \${res.status}\`);
}
`,
      errors: [
        {
          messageId: 'splitsClass',
          data: {
            check: '<= 300',
            class: '3xx',
            verb: 'takes in',
            edge: '300 Multiple Choices, the first code of the 3xx class',
            aligned: '< 300',
          },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'res.status < 300' },
              output: `
export async function getJson(url: string) {
  const res = await fetch(url);
  if (res.status >= 200 && res.status < 300) {
    return res.json();
  }
  throw new Error(\`HTTP \${res.status}\`);
}
`,
            },
            {
              messageId: 'useOk',
              data: { ok: 'res.ok' },
              output: `
export async function getJson(url: string) {
  const res = await fetch(url);
  if (res.ok) {
    return res.json();
  }
  throw new Error(\`HTTP \${res.status}\`);
}
`,
            },
          ],
        },
      ],
    },
    {
      // The negated form on a typed Fetch Response: !response.ok.
      code: `
export function assertOk(response: Response) {
  if (response.status < 199 || response.status >= 300) throw new Error(response.statusText);
}
`,
      errors: [
        {
          messageId: 'splitsClass',
          data: {
            check: '< 199',
            class: '1xx',
            verb: 'leaves out',
            edge: '199, the last code of the 1xx class',
            aligned: '< 200',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
export function assertOk(response: Response) {
  if (response.status < 200 || response.status >= 300) throw new Error(response.statusText);
}
`,
            },
            {
              messageId: 'useOk',
              data: { ok: '!response.ok' },
              output: `
export function assertOk(response: Response) {
  if (!response.ok) throw new Error(response.statusText);
}
`,
            },
          ],
        },
      ],
    },
    {
      // > 400 leaves out 400 Bad Request; an Express Response has no .ok, so only the aligned bound is offered.
      code: `
import express, { type Response } from 'express';
export function logErrors(res: Response) {
  res.on('finish', () => {
    if (res.statusCode > 400) console.warn('request failed', res.statusCode);
  });
}
`,
      errors: [
        {
          messageId: 'splitsClass',
          data: {
            check: '> 400',
            class: '4xx',
            verb: 'leaves out',
            edge: '400 Bad Request, the first code of the 4xx class',
            aligned: '>= 400',
          },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
import express, { type Response } from 'express';
export function logErrors(res: Response) {
  res.on('finish', () => {
    if (res.statusCode >= 400) console.warn('request failed', res.statusCode);
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      // < 299 leaves out 299; the bound-first spelling is kept.
      code: `
const response = await fetch('/api/health');
const healthy = 299 > response.status;
`,
      errors: [
        {
          messageId: 'splitsClass',
          data: { check: '< 299', class: '2xx', verb: 'leaves out', edge: '299, the last code of the 2xx class', aligned: '< 300' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
const response = await fetch('/api/health');
const healthy = 300 > response.status;
`,
            },
          ],
        },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('valid-status-range (frameworks)', rule, {
  valid: [
    // Hono: the aligned bound
    `
import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  if (c.res.status >= 400 && c.res.status < 500) metrics.clientErrors.inc();
  if (c.res.status >= 500) metrics.serverErrors.inc();
});
`,
    // SvelteKit: a handle hook with aligned bounds
    `
export async function handle({ event, resolve }) {
  const response = await resolve(event);
  if (response.status >= 200 && response.status < 300) {
    response.headers.set('cache-control', 'public, max-age=60');
  }
  return response;
}
`,
    // hapi: an onPreResponse extension with aligned bounds
    `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (response.isBoom && response.output.statusCode >= 500) request.log(['error'], response);
  if (!response.isBoom && response.statusCode <= 299) response.header('x-cache', 'hit');
  return h.continue;
});
`,
    // A server's own response starts at 200, so comparing its status with 200 asks whether a handler set one: keep a 201
    // or a 202 it set, or answer 204 (@sap/cds' OData action handler).
    `
import express from 'express';
const router = express.Router();
router.post('/actions/:name', async (req, res) => {
  const result = await runAction(req.params.name, req.body, res);
  if (res.headersSent) return;
  if (result == null) {
    if (res.statusCode > 200) return res.end();
    return res.sendStatus(204);
  }
  res.json(result);
});
`,
    // The same question the other way round, on Node's and on Fastify's response.
    `
import http from 'node:http';
http.createServer((req, res) => {
  route(req, res);
  if (res.statusCode <= 200) res.statusCode = 204;
  res.end();
}).listen(8080);
`,
    `
import Fastify from 'fastify';
const app = Fastify();
app.addHook('onSend', async (request, reply, payload) => {
  if (payload === '' && reply.statusCode <= 200) reply.code(204);
  return payload;
});
`,
  ],
  invalid: [
    // Express: the own response's status is still checked against the other class boundaries, and a client response
    // read in a handler is no own response (a proxy that takes only 200 for a success).
    {
      code: `
import express from 'express';
const app = express();
app.get('/mirror/:path', async (req, res) => {
  const upstream = await fetch(\`https://origin.example/\${req.params.path}\`);
  if (upstream.status > 200) return res.sendStatus(502);
  res.type(upstream.headers.get('content-type') ?? 'text/plain').send(await upstream.text());
  if (res.statusCode > 400) console.warn('mirror failed', res.statusCode);
});
`,
      output: null,
      errors: [
        {
          messageId: 'splitsSuccess',
          data: { check: '> 200', aligned: '>= 300' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'upstream.status >= 300' },
              output: `
import express from 'express';
const app = express();
app.get('/mirror/:path', async (req, res) => {
  const upstream = await fetch(\`https://origin.example/\${req.params.path}\`);
  if (upstream.status >= 300) return res.sendStatus(502);
  res.type(upstream.headers.get('content-type') ?? 'text/plain').send(await upstream.text());
  if (res.statusCode > 400) console.warn('mirror failed', res.statusCode);
});
`,
            },
          ],
        },
        {
          messageId: 'splitsClass',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              data: { aligned: 'res.statusCode >= 400' },
              output: `
import express from 'express';
const app = express();
app.get('/mirror/:path', async (req, res) => {
  const upstream = await fetch(\`https://origin.example/\${req.params.path}\`);
  if (upstream.status > 200) return res.sendStatus(502);
  res.type(upstream.headers.get('content-type') ?? 'text/plain').send(await upstream.text());
  if (res.statusCode >= 400) console.warn('mirror failed', res.statusCode);
});
`,
            },
          ],
        },
      ],
    },
    // Hono: a logging middleware that reads c.res.status after next() and leaves out 400
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  const started = Date.now();
  await next();
  if (c.res.status > 400) {
    console.warn(\`\${c.req.method} \${c.req.path} failed with \${c.res.status} in \${Date.now() - started}ms\`);
  }
});
`,
      output: null,
      errors: [
        {
          messageId: 'splitsClass',
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  const started = Date.now();
  await next();
  if (c.res.status >= 400) {
    console.warn(\`\${c.req.method} \${c.req.path} failed with \${c.res.status} in \${Date.now() - started}ms\`);
  }
});
`,
            },
          ],
        },
      ],
    },
    // SvelteKit: a handle hook that caches 2xx responses but takes in 300
    {
      code: `
export async function handle({ event, resolve }) {
  const response = await resolve(event);
  if (response.status >= 200 && response.status <= 300) {
    response.headers.set('cache-control', 'public, max-age=60');
  }
  return response;
}
`,
      output: null,
      errors: [
        {
          messageId: 'splitsClass',
          line: 4,
          column: 33,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
export async function handle({ event, resolve }) {
  const response = await resolve(event);
  if (response.status >= 200 && response.status < 300) {
    response.headers.set('cache-control', 'public, max-age=60');
  }
  return response;
}
`,
            },
          ],
        },
      ],
    },
    // hapi: an onPreResponse extension that splits 5xx and 2xx
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (response.isBoom && response.output.statusCode > 500) request.log(['error'], response);
  if (!response.isBoom && response.statusCode < 299) response.header('x-cache', 'hit');
  return h.continue;
});
`,
      output: null,
      errors: [
        {
          messageId: 'splitsClass',
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (response.isBoom && response.output.statusCode >= 500) request.log(['error'], response);
  if (!response.isBoom && response.statusCode < 299) response.header('x-cache', 'hit');
  return h.continue;
});
`,
            },
          ],
        },
        {
          messageId: 'splitsClass',
          line: 7,
          column: 27,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (response.isBoom && response.output.statusCode > 500) request.log(['error'], response);
  if (!response.isBoom && response.statusCode < 300) response.header('x-cache', 'hit');
  return h.continue;
});
`,
            },
          ],
        },
      ],
    },
    // h3 v1: reading the raw Node status in a finish listener
    {
      code: `
import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  event.node.res.on('finish', () => {
    if (event.node.res.statusCode > 400) console.warn('failed', event.path, event.node.res.statusCode);
  });
});
`,
      output: null,
      errors: [
        {
          messageId: 'splitsClass',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'useAlignedBound',
              output: `
import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  event.node.res.on('finish', () => {
    if (event.node.res.statusCode >= 400) console.warn('failed', event.path, event.node.res.statusCode);
  });
});
`,
            },
          ],
        },
      ],
    },
  ],
});
