import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze, headersOf, sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (hapi and Boom)', rule, {
  valid: [
    `
import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => {
    if (!request.auth.isAuthenticated) throw Boom.unauthorized('login first', 'Bearer');
    if (request.payload === null) throw new Boom.Boom('empty', { statusCode: 422 });
    const item = await save(request.payload);
    return h.response(item).created(\`/items/\${item.id}\`);
  },
});
server.route({ method: 'GET', path: '/old', handler: (request, h) => h.redirect('/new').permanent() });
server.route({ method: 'DELETE', path: '/items/{id}', handler: (request, h) => h.response().code(204) });
`,
    // Boom's fixed helpers imply a status: nothing is written, nothing is reported (418 included).
    `
import Boom from '@hapi/boom';
export const teapot = () => Boom.teapot();
export const gone = () => Boom.resourceGone('moved away');
`,
    // \`h\` in a file that does not import hapi, and Boom-like names from elsewhere.
    `
import { Boom } from './errors';
export const handler = (request, h) => h.response({}).code(2010);
export const error = () => new Boom.Boom('x', { statusCode: 4100 });
`,
  ],
  invalid: [
    {
      code: `
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => {
    const item = await save(request.payload);
    return h.response(item).code(2010).header('Location', \`/items/\${item.id}\`);
  },
});
`,
      errors: [
        { messageId: 'outOfRange', line: 10, column: 34, endLine: 10, endColumn: 38, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => {
    const item = await save(request.payload);
    return h.response(item).code(201).header('Location', \`/items/\${item.id}\`);
  },
});
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'POST',
  path: '/items',
  handler: async (request, h) => {
    const item = await save(request.payload);
    return h.response(item).code(200).header('Location', \`/items/\${item.id}\`);
  },
});
` },
] },
      ],
    },
    {
      code: `
import Hapi from '@hapi/hapi';

export const routes = [
  {
    method: 'GET',
    path: '/old',
    handler: (request, h) => h.redirect('/new').code(3010),
  },
  {
    method: 'GET',
    path: '/busy',
    handler: (request, h) => {
      const response = h.response({ retry: true });
      response.code(5030);
      response.header('Retry-After', '120');
      return response;
    },
  },
];
`,
      errors: [
        { messageId: 'outOfRange', line: 8, column: 54, endLine: 8, endColumn: 58, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "301 Moved Permanently" }, output: `
import Hapi from '@hapi/hapi';

export const routes = [
  {
    method: 'GET',
    path: '/old',
    handler: (request, h) => h.redirect('/new').code(301),
  },
  {
    method: 'GET',
    path: '/busy',
    handler: (request, h) => {
      const response = h.response({ retry: true });
      response.code(5030);
      response.header('Retry-After', '120');
      return response;
    },
  },
];
` },
{ messageId: 'replaceWithCode', data: { status: "300 Multiple Choices" }, output: `
import Hapi from '@hapi/hapi';

export const routes = [
  {
    method: 'GET',
    path: '/old',
    handler: (request, h) => h.redirect('/new').code(300),
  },
  {
    method: 'GET',
    path: '/busy',
    handler: (request, h) => {
      const response = h.response({ retry: true });
      response.code(5030);
      response.header('Retry-After', '120');
      return response;
    },
  },
];
` },
] },
        { messageId: 'outOfRange', line: 15, column: 21, endLine: 15, endColumn: 25, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "503 Service Unavailable" }, output: `
import Hapi from '@hapi/hapi';

export const routes = [
  {
    method: 'GET',
    path: '/old',
    handler: (request, h) => h.redirect('/new').code(3010),
  },
  {
    method: 'GET',
    path: '/busy',
    handler: (request, h) => {
      const response = h.response({ retry: true });
      response.code(503);
      response.header('Retry-After', '120');
      return response;
    },
  },
];
` },
{ messageId: 'replaceWithCode', data: { status: "500 Internal Server Error" }, output: `
import Hapi from '@hapi/hapi';

export const routes = [
  {
    method: 'GET',
    path: '/old',
    handler: (request, h) => h.redirect('/new').code(3010),
  },
  {
    method: 'GET',
    path: '/busy',
    handler: (request, h) => {
      const response = h.response({ retry: true });
      response.code(500);
      response.header('Retry-After', '120');
      return response;
    },
  },
];
` },
] },
      ],
    },
    {
      code: `
import Boom from '@hapi/boom';

export async function loadItem(id) {
  const item = await db.find(id);
  if (!item) throw new Boom.Boom('Item is gone', { statusCode: 4100 });
  return item;
}

export function wrap(err) {
  return Boom.boomify(err, { statusCode: 4220 });
}
`,
      errors: [
        { messageId: 'outOfRange', line: 6, column: 64, endLine: 6, endColumn: 68, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "410 Gone" }, output: `
import Boom from '@hapi/boom';

export async function loadItem(id) {
  const item = await db.find(id);
  if (!item) throw new Boom.Boom('Item is gone', { statusCode: 410 });
  return item;
}

export function wrap(err) {
  return Boom.boomify(err, { statusCode: 4220 });
}
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import Boom from '@hapi/boom';

export async function loadItem(id) {
  const item = await db.find(id);
  if (!item) throw new Boom.Boom('Item is gone', { statusCode: 400 });
  return item;
}

export function wrap(err) {
  return Boom.boomify(err, { statusCode: 4220 });
}
` },
{ messageId: 'replaceWithCode', data: { status: "100 Continue" }, output: `
import Boom from '@hapi/boom';

export async function loadItem(id) {
  const item = await db.find(id);
  if (!item) throw new Boom.Boom('Item is gone', { statusCode: 100 });
  return item;
}

export function wrap(err) {
  return Boom.boomify(err, { statusCode: 4220 });
}
` },
] },
        { messageId: 'outOfRange', line: 11, column: 42, endLine: 11, endColumn: 46, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "422 Unprocessable Content" }, output: `
import Boom from '@hapi/boom';

export async function loadItem(id) {
  const item = await db.find(id);
  if (!item) throw new Boom.Boom('Item is gone', { statusCode: 4100 });
  return item;
}

export function wrap(err) {
  return Boom.boomify(err, { statusCode: 422 });
}
` },
] },
      ],
    },
    {
      code: `
import Boom from '@hapi/boom';

export function moved(url) {
  return new Boom.Boom(\`moved to \${url}\`, { statusCode: 302 });
}
`,
      errors: [
        { messageId: 'outsideApiRange', data: { status: '302 Found', api: 'new Boom.Boom()', min: '400', max: '999', outcome: 'Boom throws an AssertError ("First argument must be a number (400+)") below 400 and Node rejects it above 999: hapi answers 500' }, line: 5, column: 57, endLine: 5, endColumn: 60, suggestions: [] },
      ],
    },

  ],
});

describe('hapi analysis', () => {
  it('tracks a response created by h.response() and h.redirect() through chains and consts', () => {
    const code = `
import Hapi from '@hapi/hapi';
export const handlers = {
  create: (request, h) => h.response({ id: 1 }).created('/items/1'),
  old: (request, h) => h.redirect('/new').code(301),
  busy: (request, h) => {
    const response = h.response('try later');
    response.code(503).header('Retry-After', '120');
    return response;
  },
};
`;
    const analysis = analyze(code);
    expect(sitesOf(code)).toEqual([
      { text: 'h.response({ id: 1 }).created', value: 201, role: 'response', framework: 'hapi', label: 'response.created()', implicit: true },
      { text: '301', value: 301, role: 'response', framework: 'hapi', label: 'response.code()' },
      { text: '503', value: 503, role: 'response', framework: 'hapi', label: 'response.code()' },
    ]);
    expect(headersOf(analysis)).toEqual([['location'], ['location'], ['retry-after']]);
    // Each factory call is its own response; the 503 and its header share one.
    const busy = analysis.sites[2]!.response!;
    expect(busy.events.map((event) => event.type)).toEqual(['call', 'body', 'call', 'status', 'call', 'headers']);
    expect(busy.escaped).toBe(false);
  });

  it("reads the redirect modes' status from the chain: a rewritable redirect stays rewritable", () => {
    // hapi 21: permanent() and temporary() give 301 and 302 after 301 or 302, 308 and 307 after any other status;
    // rewritable() gives 302 after 302 or 307, 301 otherwise. A response kept in a variable says nothing: 301 and 302.
    const code = `
import Hapi from '@hapi/hapi';
export const routes = [
  { method: 'GET', path: '/a', handler: (request, h) => h.redirect('/new').permanent() },
  { method: 'GET', path: '/b', handler: (request, h) => h.response('moved').location('/new').permanent() },
  { method: 'GET', path: '/c', handler: (request, h) => h.redirect('/new').code(307).location('/newer').permanent() },
  { method: 'GET', path: '/d', handler: (request, h) => h.redirect('/new').temporary() },
  { method: 'GET', path: '/e', handler: (request, h) => h.response('moved').created('/items/1').temporary() },
  { method: 'GET', path: '/f', handler: (request, h) => h.redirect('/new').permanent().rewritable() },
  { method: 'GET', path: '/g', handler: (request, h) => h.response().code(303).location('/new').rewritable() },
  { method: 'GET', path: '/h', handler: (request, h) => { const moved = h.response().location('/new'); return moved.permanent(); } },
];
`;
    expect(sitesOf(code).filter((site) => site.implicit && site.role === 'redirect').map((site) => [site.text, site.value])).toEqual([
      ["h.redirect('/new').permanent", 301],
      ["h.response('moved').location('/new').permanent", 308],
      ["h.redirect('/new').code(307).location('/newer').permanent", 308],
      ["h.redirect('/new').temporary", 302],
      ["h.response('moved').created('/items/1').temporary", 307],
      ["h.redirect('/new').permanent().rewritable", 301],
      ["h.redirect('/new').permanent", 301],
      ["h.response().code(303).location('/new').rewritable", 301],
      ['moved.permanent', 301],
    ]);
  });

  it('marks a created response passed to unknown code as escaped', () => {
    const code = `
import Hapi from '@hapi/hapi';
export const handler = (request, h) => {
  const response = h.response('x').code(401);
  addAuthHeaders(response);
  return response;
};
`;
    expect(analyze(code).sites[0]!.response?.escaped).toBe(true);
  });

  it('models Boom helpers: fixed statuses, header-setting arguments, statuses in options', () => {
    const code = `
const Boom = require('@hapi/boom');
exports.a = () => Boom.unauthorized('bad token', 'Bearer');
exports.b = () => Boom.unauthorized('bad token');
exports.c = () => Boom.methodNotAllowed('no', null, ['GET', 'HEAD']);
exports.d = (err) => Boom.boomify(err, { statusCode: 400 });
`;
    const analysis = analyze(code);
    expect(sitesOf(code).map((site) => [site.value, site.role, site.implicit ?? false])).toEqual([
      [401, 'error', true],
      [401, 'error', true],
      [405, 'error', true],
      [400, 'error', false],
    ]);
    expect(headersOf(analysis)).toEqual([['www-authenticate'], [], ['allow'], []]);
    expect(analysis.sites[3]!.effect.accepts?.min).toBe(400);
  });
});
