import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

ruleTester.run('no-unknown-status (Fastify route schemas)', rule, {
  valid: [
    `
import Fastify from 'fastify';

const fastify = Fastify();
fastify.get('/items/:id', {
  schema: {
    params: { type: 'object', properties: { id: { type: 'string' } } },
    response: { 200: Item, '2xx': Item, 404: NotFound, default: ErrorBody },
  },
}, async (request, reply) => find(request.params.id));
fastify.route({ method: 'POST', url: '/items', schema: { response: { 201: Item, '4XX': ErrorBody } }, handler });
`,
    // Other keyed objects in a Fastify file are not statuses.
    `
import Fastify from 'fastify';
const fastify = Fastify();
const pages = { 404: NotFoundPage, 4040: Other };
fastify.get('/', { config: { response: { 4040: true } } }, handler);
fastify.register(plugin, { response: { 4040: S } });
`,
    // A schema-shaped call in a file that does not import Fastify.
    `
app.get('/', { schema: { response: { 4040: S } } }, handler);
`,
  ],
  invalid: [
    {
      code: `
import Fastify from 'fastify';

const fastify = Fastify({ logger: true });
const Item = { type: 'object', properties: { id: { type: 'string' } } };

fastify.get('/items/:id', {
  schema: {
    response: {
      200: Item,
      4040: { type: 'object', properties: { message: { type: 'string' } } },
    },
  },
}, async (request, reply) => find(request.params.id));
`,
      errors: [
        { messageId: 'outOfRange', line: 11, column: 7, endLine: 11, endColumn: 11, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "404 Not Found" }, output: `
import Fastify from 'fastify';

const fastify = Fastify({ logger: true });
const Item = { type: 'object', properties: { id: { type: 'string' } } };

fastify.get('/items/:id', {
  schema: {
    response: {
      200: Item,
      404: { type: 'object', properties: { message: { type: 'string' } } },
    },
  },
}, async (request, reply) => find(request.params.id));
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import Fastify from 'fastify';

const fastify = Fastify({ logger: true });
const Item = { type: 'object', properties: { id: { type: 'string' } } };

fastify.get('/items/:id', {
  schema: {
    response: {
      200: Item,
      400: { type: 'object', properties: { message: { type: 'string' } } },
    },
  },
}, async (request, reply) => find(request.params.id));
` },
] },
      ],
    },
    {
      code: `
import Fastify from 'fastify';

export default async function routes(fastify) {
  fastify.route({
    method: 'POST',
    url: '/items',
    schema: { response: { 2010: Item, '4xx': ErrorBody } },
    handler: async (request, reply) => reply.code(201).send(await save(request.body)),
  });
}
`,
      errors: [
        { messageId: 'outOfRange', line: 8, column: 27, endLine: 8, endColumn: 31, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import Fastify from 'fastify';

export default async function routes(fastify) {
  fastify.route({
    method: 'POST',
    url: '/items',
    schema: { response: { 201: Item, '4xx': ErrorBody } },
    handler: async (request, reply) => reply.code(201).send(await save(request.body)),
  });
}
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import Fastify from 'fastify';

export default async function routes(fastify) {
  fastify.route({
    method: 'POST',
    url: '/items',
    schema: { response: { 200: Item, '4xx': ErrorBody } },
    handler: async (request, reply) => reply.code(201).send(await save(request.body)),
  });
}
` },
] },
      ],
    },

  ],
});

describe('Fastify route schema analysis', () => {
  it('records numeric keys as numbers and keeps range keys as strings', () => {
    const code = `
import Fastify from 'fastify';
const fastify = Fastify();
fastify.post('/', { schema: { response: { 201: S, '204': S, '2xx': S, default: S, ok: S, [CREATED]: S } } }, h);
const CREATED = 201;
`;
    expect(sitesOf(code).map((site) => [site.text, site.value, site.role])).toEqual([
      ['201', 201, 'schema'],
      ["'204'", 204, 'schema'],
      ["'2xx'", '2xx', 'schema'],
      ['default', 'default', 'schema'],
      ['ok', 'ok', 'schema'],
      ['CREATED', 201, 'schema'],
    ]);
  });

  it('describes the keys Fastify accepts, for rules that check non-numeric keys', () => {
    const [site] = sitesOf(`
import Fastify from 'fastify';
Fastify().get('/', { schema: { response: { 200: S } } }, h);
`);
    expect(site).toMatchObject({ label: 'route response schema', framework: 'Fastify' });
  });
});

/** @fastify/sensible's reply decorators send http-errors errors: each has its status, and getHttpError() takes one. */
const sensibleRoutes = `
import Fastify from 'fastify';
import sensible from '@fastify/sensible';

const app = Fastify();
await app.register(sensible);

app.get('/me', async (request, reply) => {
  if (!request.user) return reply.unauthorized('log in first');
  return request.user;
});
app.put('/items/:id', async (request, reply) => reply.methodNotAllowed());
app.delete('/items/:id', async (request, reply) => {
  reply.header('Allow', 'GET, PUT');
  return reply.methodNotAllowed();
});
app.get('/legacy', async (request, reply) => reply.getHttpError(4100, 'moved on'));
app.get('/ok', async (request, reply) => reply.getHttpError(200));
`;

ruleTester.run('require-status-headers (Fastify sensible plugin)', requireStatusHeaders, {
  valid: [
    `
import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => reply.header('WWW-Authenticate', 'Bearer').unauthorized());
app.get('/items/:id', async (request, reply) => reply.notFound());
`,
  ],
  invalid: [
    {
      code: sensibleRoutes,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 9,
          column: 29,
        },
        {
          messageId: 'missingHeader',
          data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
          line: 12,
          column: 49,
        },
      ],
    },
  ],
});

ruleTester.run('no-unknown-status (Fastify sensible plugin)', rule, {
  valid: [],
  invalid: [
    {
      code: sensibleRoutes,
      errors: [
        typoError(sensibleRoutes, '4100', { line: 17, column: 65, guesses: [410, 400, 100] }),
        {
          messageId: 'outsideApiRange',
          data: {
            status: '200 OK',
            api: '@fastify/sensible reply.getHttpError()',
            min: 400,
            max: 599,
            outcome: '@fastify/sensible has no error for it: getHttpError() throws a TypeError',
          },
          line: 18,
          column: 61,
        },
      ],
    },
  ],
});
