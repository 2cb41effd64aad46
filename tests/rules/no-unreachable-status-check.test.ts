import rule from '../../src/rules/no-unreachable-status-check.js';
import { ruleTester } from '../rule-tester.js';

const AXIOS = {
  outcome: 'axios rejects with AxiosError "Request failed with status code …" before this line',
  resolves: '200–299',
  option: '`validateStatus`',
};

ruleTester.run('no-unreachable-status-check', rule, {
  valid: [
    // validateStatus on the request, on the instance, or on axios.defaults lets error statuses through.
    `
import axios from 'axios';
export async function findUser(id) {
  const res = await axios.get(\`/api/users/\${id}\`, { validateStatus: (status) => status < 500 });
  if (res.status === 404) return null;
  return res.data;
}
`,
    `
import axios from 'axios';
const api = axios.create({ baseURL: '/api', validateStatus: null });
export async function remove(id) {
  const { status } = await api.delete(\`/items/\${id}\`);
  return status === 404 || status === 204;
}
`,
    `
import axios from 'axios';
axios.defaults.validateStatus = () => true;
export async function ping() {
  const res = await axios.get('/health');
  return res.status === 503 ? 'down' : 'up';
}
`,
    // A response interceptor can turn rejections into responses.
    `
import axios from 'axios';
const http = axios.create({ baseURL: '/api' });
http.interceptors.response.use((r) => r, (error) => error.response);
export async function load() {
  const res = await http.get('/me');
  if (res.status === 401) redirectToLogin();
}
`,
    // 2xx comparisons are reachable; the error branch of a catch reads error.response.
    `
import axios from 'axios';
export async function create(body) {
  try {
    const res = await axios.post('/api/items', body);
    if (res.status === 201) return res.data;
    if (res.status >= 200 && res.status < 300) return null;
  } catch (error) {
    if (error.response?.status === 409) return 'duplicate';
    throw error;
  }
}
`,
    // Options we cannot read (a variable or a spread) keep the rule silent.
    `
import axios from 'axios';
export async function call(config) {
  const res = await axios.get('/x', config);
  const other = await axios.get('/y', { ...config });
  return res.status === 404 || other.status === 404;
}
`,
    // got: throwHttpErrors: false, and 304 resolves by default.
    `
import got from 'got';
export async function fetchPage(url) {
  const response = await got(url, { throwHttpErrors: false });
  if (response.statusCode === 404) return undefined;
  const cached = await got.get(url, { headers: { 'if-none-match': etag } });
  if (cached.statusCode === 304) return previous;
  return response.body;
}
`,
    // A got instance that does not throw, and an axios call whose config carries validateStatus.
    `
import axios from 'axios';
import got from 'got';
const github = got.extend({ prefixUrl: 'https://api.github.com', throwHttpErrors: false });
export async function repo(name) {
  const response = await github(\`repos/\${name}\`);
  const legacy = await axios({ url: '/legacy', method: 'get', validateStatus: null });
  return response.statusCode === 404 || legacy.status === 410;
}
`,
    // got with followRedirect: false lets 3xx through.
    `
import got from 'got';
export async function location(url) {
  const response = await got(url, { followRedirect: false });
  return response.statusCode === 301 ? response.headers.location : url;
}
`,
    // Odd but valid syntax never throws.
    `
import axios from 'axios';
export async function odd(...args) {
  const a = await axios(...args);
  const b = await axios[method]('/x');
  const c = await axios.get();
  let d = await axios.get('/d');
  d = await load();
  return a.status === 404 || b.status === 404 || d.status === 404 || (await axios.get('/e')).status === 404;
}
`,
    // fetch never rejects on a status.
    `
export async function load() {
  const res = await fetch('/api/me');
  if (res.status === 401) return null;
  return res.json();
}
`,
    // Not imported: a local function called axios is not the client.
    `
const axios = { get: async () => ({ status: 404 }) };
export async function local() {
  const res = await axios.get('/x');
  return res.status === 404;
}
`,
  ],
  invalid: [
    {
      // axios(config) and a got.extend() instance without throwHttpErrors.
      code: `
import axios from 'axios';
import got from 'got';
const github = got.extend({ prefixUrl: 'https://api.github.com' });
export async function repo(name: string) {
  const response = await github(\`repos/\${name}\`);
  const legacy = await axios({ url: '/legacy', method: 'get' });
  return response.statusCode === 404 || legacy.status === 410;
}
`,
      errors: [
        { messageId: 'unreachable', data: { status: '404 Not Found', code: '404', outcome: 'got throws HTTPError ERR_NON_2XX_3XX_RESPONSE before this line', resolves: '200–299, 304', option: '`throwHttpErrors: false`' }, line: 8, column: 34, endLine: 8, endColumn: 37 },
        { messageId: 'unreachable', data: { status: '410 Gone', code: '410', ...AXIOS }, line: 8, column: 59, endLine: 8, endColumn: 62 },
      ],
    },
    {
      // axios' own constants (the RFC 9110 name added in a later axios, and the one the import binds through the client).
      code: `
import axios, { HttpStatusCode } from 'axios';
export async function upload(file: Blob) {
  const response = await axios.post('/api/files', file);
  if (response.status === HttpStatusCode.ContentTooLarge) return 'too large';
  return response.status === axios.HttpStatusCode.Conflict ? 'exists' : 'stored';
}
`,
      errors: [
        { messageId: 'unreachable', data: { status: '413 Content Too Large', code: '413', ...AXIOS }, line: 5, column: 27, endLine: 5, endColumn: 57 },
        { messageId: 'unreachable', data: { status: '409 Conflict', code: '409', ...AXIOS }, line: 6, column: 30, endLine: 6, endColumn: 59 },
      ],
    },
    {
      // An includes() list after a destructured status.
      code: `
import axios from 'axios';
export async function remove(id: string) {
  const { status } = await axios.delete(\`/api/items/\${id}\`);
  return [404, 410].includes(status) ? 'already gone' : 'deleted';
}
`,
      errors: [
        { messageId: 'unreachable', data: { status: '404 Not Found', code: '404', ...AXIOS }, line: 5, column: 11, endLine: 5, endColumn: 14 },
        { messageId: 'unreachable', data: { status: '410 Gone', code: '410', ...AXIOS }, line: 5, column: 16, endLine: 5, endColumn: 19 },
      ],
    },
    {
      // The classic: a 404 branch after a plain axios.get().
      code: `
import axios from 'axios';
export async function getProfile(id: string) {
  const res = await axios.get(\`/api/profiles/\${id}\`);
  if (res.status === 404) {
    return null;
  }
  return res.data;
}
`,
      errors: [
        {
          messageId: 'unreachable',
          data: { status: '404 Not Found', code: '404', ...AXIOS },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 25,
        },
      ],
    },
    {
      // An instance without validateStatus, a switch, and a range check.
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.com', timeout: 5000 });
export async function save(order) {
  const response = await api.post('/orders', order);
  switch (response.status) {
    case 201:
      return response.data;
    case 409:
      return 'conflict';
  }
  if (response.status >= 500) throw new Error('server');
}
`,
      errors: [
        { messageId: 'unreachable', data: { status: '409 Conflict', code: '409', ...AXIOS }, line: 9, column: 10, endLine: 9, endColumn: 13 },
        {
          messageId: 'unreachableRange',
          data: { check: 'response.status >= 500', ...AXIOS },
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 29,
        },
      ],
    },
    {
      // Test code: the assertion never runs, the request rejects first.
      code: `
import axios from 'axios';
import { expect, it } from 'vitest';
it('returns 404 for a missing user', async () => {
  const res = await axios.get('http://localhost:3000/users/missing');
  expect(res.status).toBe(404);
});
`,
      errors: [{ messageId: 'unreachable', data: { status: '404 Not Found', code: '404', ...AXIOS }, line: 6, column: 27, endLine: 6, endColumn: 30 }],
    },
    {
      // got: throwHttpErrors defaults to true (an explicit true changes nothing); .then callbacks count too.
      code: `
import got from 'got';
export async function lookup(url: string) {
  const response = await got(url, { throwHttpErrors: true, timeout: { request: 2000 } });
  if (response.statusCode === 404) return undefined;
  return got.get(\`\${url}/status\`).then((res) => res.statusCode === 410);
}
`,
      errors: [
        {
          messageId: 'unreachable',
          data: {
            status: '404 Not Found',
            code: '404',
            outcome: 'got throws HTTPError ERR_NON_2XX_3XX_RESPONSE before this line',
            resolves: '200–299, 304',
            option: '`throwHttpErrors: false`',
          },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 34,
        },
        { messageId: 'unreachable', data: { status: '410 Gone', code: '410', outcome: 'got throws HTTPError ERR_NON_2XX_3XX_RESPONSE before this line', resolves: '200–299, 304', option: '`throwHttpErrors: false`' }, line: 6, column: 68, endLine: 6, endColumn: 71 },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('no-unreachable-status-check (frameworks)', rule, {
  valid: [
    // SvelteKit: the load event's fetch resolves for every status
    `
import { error } from '@sveltejs/kit';
export async function load({ fetch, params }) {
  const res = await fetch(\`/api/products/\${params.id}\`);
  if (res.status === 404) error(404, 'Product not found');
  return { product: await res.json() };
}
`,
    // Next App Router: the same handler with validateStatus, and a catch that reads error.response
    `
import axios from 'axios';
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const upstream = await axios.get(\`https://billing.internal/invoices/\${params.id}\`, { validateStatus: () => true });
  if (upstream.status >= 500) return NextResponse.json({ error: 'billing down' }, { status: 502 });
  return NextResponse.json(upstream.data);
}
export async function DELETE(request, { params }) {
  try {
    await axios.delete(\`https://billing.internal/invoices/\${params.id}\`);
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    if (err.response?.status === 404) return NextResponse.json({ error: 'not found' }, { status: 404 });
    throw err;
  }
}
`,
    // Hono: got with throwHttpErrors: false resolves for 401
    `
import got from 'got';
import { Hono } from 'hono';
const app = new Hono();
app.get('/profile', async (c) => {
  const res = await got('https://auth.example.com/me', { throwHttpErrors: false });
  if (res.statusCode === 401) return c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(JSON.parse(res.body));
});
`,
    // hapi: checks on the framework's own response status are not client checks
    `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.ext('onPreResponse', (request, h) => {
  const response = request.response;
  if (!response.isBoom && response.statusCode === 404) return h.view('not-found').code(404);
  return h.continue;
});
`,
  ],
  invalid: [
    // SvelteKit: a load function that proxies with axios and checks for 404 (axios rejects first)
    {
      code: `
import axios from 'axios';
import { error } from '@sveltejs/kit';
export async function load({ params }) {
  const res = await axios.get(\`https://api.example.com/products/\${params.id}\`);
  if (res.status === 404) error(404, 'Product not found');
  return { product: res.data };
}
`,
      output: null,
      errors: [
        {
          messageId: 'unreachable',
          line: 6,
          column: 22,
        },
      ],
    },
    // Next App Router: a route handler that reads an axios status it never sees
    {
      code: `
import axios from 'axios';
import { NextResponse } from 'next/server';
export async function GET(request, { params }) {
  const upstream = await axios.get(\`https://billing.internal/invoices/\${params.id}\`);
  if (upstream.status >= 500) return NextResponse.json({ error: 'billing down' }, { status: 502 });
  return NextResponse.json(upstream.data);
}
`,
      output: null,
      errors: [
        {
          messageId: 'unreachableRange',
          line: 6,
          column: 7,
        },
      ],
    },
    // Hono: got rejects with HTTPError on 4xx, so a 401 check after it is dead
    {
      code: `
import got from 'got';
import { Hono } from 'hono';
const app = new Hono();
app.get('/profile', async (c) => {
  const res = await got('https://auth.example.com/me', { headers: { authorization: c.req.header('authorization') } });
  if (res.statusCode === 401) return c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(JSON.parse(res.body));
});
`,
      output: null,
      errors: [
        {
          messageId: 'unreachable',
          line: 7,
          column: 26,
        },
      ],
    },
  ],
});

const KY = {
  outcome: 'ky throws HTTPError "Request failed with status code …" before this line',
  resolves: '200–299',
  option: '`throwHttpErrors: false`',
};

ruleTester.run('no-unreachable-status-check (ky)', rule, {
  valid: [
    // throwHttpErrors off on the request or the instance, decided by a function, or a hook that may hand on another
    // response: the status can be anything.
    `
import ky from 'ky';
const lenient = ky.extend({ throwHttpErrors: false });
export async function find(id: string) {
  const a = await ky.get(\`/api/items/\${id}\`, { throwHttpErrors: false });
  if (a.status === 404) return undefined;
  const b = await lenient.get(\`/api/items/\${id}\`);
  if (b.status === 404) return undefined;
  const c = await ky(\`/api/items/\${id}\`, { throwHttpErrors: (status) => status !== 404 });
  if (c.status === 404) return undefined;
  const d = await ky.post('/api/items', { json: { id }, hooks: { afterResponse: [retryOnConflict] } });
  return d.status === 409 ? undefined : d.json();
}
`,
    // In the catch block the error's response carries the status.
    `
import ky, { HTTPError } from 'ky';
export async function find(id: string) {
  try {
    return await ky.get(\`/api/items/\${id}\`).json();
  } catch (error) {
    if (error instanceof HTTPError && error.response.status === 404) return undefined;
    throw error;
  }
}
`,
  ],
  invalid: [
    {
      code: `
import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.example.com', timeout: 5000 });
export async function find(id: string) {
  const response = await api.get(\`items/\${id}\`);
  if (response.status === 404) return undefined;
  return response.json();
}
`,
      errors: [{ messageId: 'unreachable', data: { status: '404 Not Found', code: '404', ...KY }, line: 6, column: 27, endLine: 6, endColumn: 30 }],
    },
  ],
});
