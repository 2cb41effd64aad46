import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll } from 'vitest';

import rule from '../../src/rules/prefer-status-constant.js';
import { ruleTester } from '../rule-tester.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Committed fixture projects: only a package.json each; their libraries resolve through the repository's node_modules. */
const fixture = (project: string, file: string): string => path.join(here, '../fixtures/constants', project, file);

/**
 * Projects outside the repository, where nothing resolves unless the fixture installs it: a package.json that
 * declares http-status-codes without installing it, a tiny installed custom module, and an empty project.
 * (Inside the repository every library resolves through its node_modules, so "missing" needs a folder elsewhere.)
 */
const outside = mkdtempSync(path.join(os.tmpdir(), 'prefer-status-constant-'));
function writeProject(name: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(outside, name, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
writeProject('missing', { 'package.json': JSON.stringify({ dependencies: { 'http-status-codes': '^2.3.0', express: '^5.1.0' } }) });
writeProject('custom', {
  'package.json': JSON.stringify({ dependencies: { 'my-http': '1.0.0', express: '^5.1.0' } }),
  'node_modules/my-http/package.json': JSON.stringify({ name: 'my-http', version: '1.0.0', main: 'index.js' }),
  'node_modules/my-http/index.js': 'exports.Http = { NotFound: 404, Ok: 200 };\n',
});
writeProject('empty', { 'package.json': JSON.stringify({ name: 'empty' }) });
// http-status-codes installed (hoisted there as a dependency's dependency) but declared by no package.json.
writeProject('hoisted', {
  'package.json': JSON.stringify({ name: 'hoisted', dependencies: { 'some-sdk': '^1.0.0' } }),
  'node_modules/http-status-codes/package.json': JSON.stringify({ name: 'http-status-codes', version: '2.3.0', main: 'index.js' }),
  'node_modules/http-status-codes/index.js': 'exports.StatusCodes = { NO_CONTENT: 204 };\n',
});
const outsideFile = (project: string, file: string): string => path.join(outside, project, file);
afterAll(() => rmSync(outside, { recursive: true, force: true }));

ruleTester.run('prefer-status-constant', rule, {
  valid: [
    // Alternatives that are constants already, or no literal at all; a const initialised with alternatives is a named
    // value, as `const NOT_FOUND = 404` is.
    {
      filename: fixture('hsc-project', 'src/handler.js'),
      code: `
import express from 'express';
export const app = express();
app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).send(err.message);
});
`,
    },
    {
      filename: fixture('hsc-project', 'src/errors.js'),
      code: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export const app = express();
app.use((err, req, res, next) => {
  res.status(err.status ?? StatusCodes.INTERNAL_SERVER_ERROR).send(err.message);
  res.status(req.user ? StatusCodes.OK : err.status).end();
});
`,
    },
    // Constants already, from the library, a local constant, an enum and an `as const` table.
    {
      filename: fixture('hsc-project', 'src/users.ts'),
      code: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';

const NOT_FOUND = 404;
enum Http { Created = 201 }
const Status = { Gone: 410 } as const;
const messages: Record<number, string> = { 404: 'Not found', 500: 'Something broke' };

export const router = express.Router();
router.get('/users/:id', (req, res) => {
  if (!req.params.id) return res.status(StatusCodes.BAD_REQUEST).json({ error: messages[400] });
  res.status(NOT_FOUND).json({ error: messages[404] });
});
router.post('/users', (req, res) => res.status(Http.Created).end());
router.delete('/users/:id', (req, res) => res.sendStatus(Status.Gone));
`,
    },
    // Relational range bounds are never reported; neither are ports, timeouts and indexes.
    {
      filename: fixture('hsc-project', 'src/client.ts'),
      code: `
export async function load(url: string) {
  const response = await fetch(url);
  if (response.status >= 400 && response.status < 500) throw new Error('client error');
  setTimeout(() => undefined, 404);
  return response.json();
}
`,
    },
    // Unregistered codes belong to no-unknown-status.
    {
      filename: fixture('hsc-project', 'src/typo.ts'),
      code: `
import express from 'express';
export const handler = (req, res) => res.status(4040).end();
`,
    },
    // checkComparisons and checkTests off.
    {
      filename: fixture('hsc-project', 'src/compare.ts'),
      code: `
export async function ping(url: string) {
  const res = await fetch(url);
  if (res.status === 404) return null;
  switch (res.status) {
    case 204: return undefined;
  }
  return res.json();
}
`,
      options: [{ checkComparisons: false }],
    },
    {
      filename: fixture('hsc-project', 'test/users.test.js'),
      code: `
import request from 'supertest';
import { expect, it } from 'vitest';
import { app } from '../src/app.js';
it('creates', async () => {
  const res = await request(app).post('/users').expect(201);
  expect(res.status).toBe(201);
});
`,
      options: [{ checkTests: false }],
    },
    // No source anywhere: no library imported, declared or installed, and not Node server code.
    {
      filename: outsideFile('empty', 'src/route.ts'),
      code: `
export function GET(): Response {
  return new Response(null, { status: 204 });
}
`,
    },
    // h3 code is not Node server code although h3 has `event.node.res`: Nitro's runtime also runs on Workers, Deno and
    // Bun, where `node:http2` may not resolve; with no library declared there is no source.
    {
      filename: outsideFile('empty', 'server/api/items.ts'),
      code: `
import { defineEventHandler, createError, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  const item = await findItem(event.context.params.id);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Item not found' });
  setResponseStatus(event, 200);
  return item;
});
`,
    },
    // Installed is not declared: http-status-codes resolves from the file (hoisted as some other package's
    // dependency), but no package.json declares it, so importing it would be an extraneous dependency.
    {
      filename: outsideFile('hoisted', 'src/route.ts'),
      code: `
export function GET(): Response {
  return new Response(null, { status: 204 });
}
`,
    },
    // A custom module's constants are not literals.
    {
      filename: outsideFile('custom', 'src/app.js'),
      code: `
import express from 'express';
import { Http } from 'my-http';
export const handler = (req, res) => res.status(Http.NotFound).end();
`,
      options: [{ constants: { module: 'my-http', export: 'Http', naming: 'PascalCase' } }],
    },
    // Odd but valid syntax never throws.
    {
      filename: fixture('hsc-project', 'src/odd.ts'),
      code: `
import express from 'express';
export const a = (req, res) => res.status();
export const b = (req, res, codes) => res.status(...codes);
export const c = (req, res) => res?.status?.(code);
export const d = (req, res) => res['status'](statusOf(req));
export const e = (req, res) => { res[key] = 404n; res.statusCode += 1; };
`,
    },
  ],
  invalid: [
    // A status written as alternatives: each literal branch gets its constant, the other operands stay as they are.
    {
      filename: fixture('hsc-project', 'src/errors.ts'),
      code: `
import express, { type NextFunction, type Request, type Response } from 'express';

export const app = express();

app.use((err: { status?: number }, req: Request, res: Response, next: NextFunction) => {
  res.status(err.status || 500).json({ error: 'failed' });
});
`,
      output: `
import express, { type NextFunction, type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';

export const app = express();

app.use((err: { status?: number }, req: Request, res: Response, next: NextFunction) => {
  res.status(err.status || StatusCodes.INTERNAL_SERVER_ERROR).json({ error: 'failed' });
});
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.INTERNAL_SERVER_ERROR', status: '500 Internal Server Error', value: '500' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 31,
        },
      ],
    },
    {
      filename: fixture('hsc-project', 'src/items.js'),
      code: `
import { StatusCodes } from 'http-status-codes';

export function GET(request) {
  const item = lookup(new URL(request.url).searchParams.get('id'));
  return new Response(JSON.stringify(item), { status: item ? 200 : 404 });
}
`,
      output: `
import { StatusCodes } from 'http-status-codes';

export function GET(request) {
  const item = lookup(new URL(request.url).searchParams.get('id'));
  return new Response(JSON.stringify(item), { status: item ? StatusCodes.OK : StatusCodes.NOT_FOUND });
}
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'StatusCodes.OK', status: '200 OK', value: '200' }, line: 6, column: 62 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' }, line: 6, column: 68 },
      ],
    },
    // A controller that imports nothing from Express, in a package that depends on it: Node server code all the same.
    {
      filename: fixture('express-project', 'src/controllers/users.js'),
      code: `
const db = require('../db');

exports.show = async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.json(user);
};
`,
      output: `
const db = require('../db');
const { constants } = require('node:http2');

exports.show = async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status(constants.HTTP_STATUS_NOT_FOUND).json({ error: 'not found' });
  res.json(user);
};
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', status: '404 Not Found', value: '404' },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 35,
        },
      ],
    },
    // ESM, TypeScript: the import is added after the last import; later literals are fixed in the next pass.
    {
      filename: fixture('hsc-project', 'src/users.ts'),
      code: `
import express, { type Request, type Response } from 'express';

export const app = express();

app.get('/users/:id', async (req: Request, res: Response) => {
  const user = await findUser(req.params.id);
  if (!user) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json(user);
});
`,
      output: [
        `
import express, { type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';

export const app = express();

app.get('/users/:id', async (req: Request, res: Response) => {
  const user = await findUser(req.params.id);
  if (!user) {
    res.status(StatusCodes.NOT_FOUND).json({ error: 'not found' });
    return;
  }
  res.status(200).json(user);
});
`,
        `
import express, { type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';

export const app = express();

app.get('/users/:id', async (req: Request, res: Response) => {
  const user = await findUser(req.params.id);
  if (!user) {
    res.status(StatusCodes.NOT_FOUND).json({ error: 'not found' });
    return;
  }
  res.status(StatusCodes.OK).json(user);
});
`,
      ],
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' },
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 19,
        },
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.OK', status: '200 OK', value: '200' },
          line: 12,
          column: 14,
        },
      ],
    },
    // Fastify and http-errors: every status site the analysis knows, whatever the framework.
    {
      filename: fixture('hsc-project', 'src/fastify.js'),
      code: `
import Fastify from 'fastify';
import createError from 'http-errors';

const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  if (!request.params.id) return reply.code(400).send({ error: 'id required' });
  throw createError(403, 'forbidden');
});
`,
      output: [
        `
import Fastify from 'fastify';
import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';

const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  if (!request.params.id) return reply.code(StatusCodes.BAD_REQUEST).send({ error: 'id required' });
  throw createError(403, 'forbidden');
});
`,
        `
import Fastify from 'fastify';
import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';

const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  if (!request.params.id) return reply.code(StatusCodes.BAD_REQUEST).send({ error: 'id required' });
  throw createError(StatusCodes.FORBIDDEN, 'forbidden');
});
`,
      ],
      errors: [
        { messageId: 'useConstant', data: { constant: 'StatusCodes.BAD_REQUEST', status: '400 Bad Request', value: '400' }, line: 7, column: 45 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.FORBIDDEN', status: '403 Forbidden', value: '403' }, line: 8, column: 21 },
      ],
    },
    // Merged into an existing import of the module; the library's own names (302 MOVED_TEMPORARILY).
    {
      filename: fixture('hsc-project', 'src/redirect.ts'),
      code: `
import express from 'express';
import { ReasonPhrases } from 'http-status-codes';

export function legacy(req: express.Request, res: express.Response) {
  res.status(302).location('/new').send(ReasonPhrases.MOVED_TEMPORARILY);
}
`,
      output: `
import express from 'express';
import { ReasonPhrases, StatusCodes } from 'http-status-codes';

export function legacy(req: express.Request, res: express.Response) {
  res.status(StatusCodes.MOVED_TEMPORARILY).location('/new').send(ReasonPhrases.MOVED_TEMPORARILY);
}
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.MOVED_TEMPORARILY', status: '302 Found', value: '302' }, line: 6, column: 14 }],
    },
    // An existing binding is reused under its local name, without touching imports.
    {
      filename: fixture('hsc-project', 'src/upload.ts'),
      code: `
import express from 'express';
import { StatusCodes as SC } from 'http-status-codes';

export const upload = (req: express.Request, res: express.Response) => {
  if (Number(req.headers['content-length']) > 1e6) return res.sendStatus(413);
  res.sendStatus(SC.CREATED);
};
`,
      output: `
import express from 'express';
import { StatusCodes as SC } from 'http-status-codes';

export const upload = (req: express.Request, res: express.Response) => {
  if (Number(req.headers['content-length']) > 1e6) return res.sendStatus(SC.REQUEST_TOO_LONG);
  res.sendStatus(SC.CREATED);
};
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'SC.REQUEST_TOO_LONG', status: '413 Content Too Large', value: '413' }, line: 6, column: 74 }],
    },
    // Name collision: `StatusCodes` is already a local binding, so the import is aliased.
    {
      filename: fixture('hsc-project', 'src/collision.ts'),
      code: `
import express from 'express';

const StatusCodes = ['active', 'archived'];

export function archive(req: express.Request, res: express.Response) {
  if (!StatusCodes.includes(req.body.status)) return res.status(422).end();
  res.end();
}
`,
      output: `
import express from 'express';
import { StatusCodes as HttpStatusCodes } from 'http-status-codes';

const StatusCodes = ['active', 'archived'];

export function archive(req: express.Request, res: express.Response) {
  if (!StatusCodes.includes(req.body.status)) return res.status(HttpStatusCodes.UNPROCESSABLE_ENTITY).end();
  res.end();
}
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'HttpStatusCodes.UNPROCESSABLE_ENTITY', status: '422 Unprocessable Content', value: '422' },
          line: 7,
          column: 65,
        },
      ],
    },
    // A lone type-only import of the object becomes a value import (the enum is both a value and a type).
    {
      filename: fixture('hsc-project', 'src/typed.ts'),
      code: `
import express from 'express';
import type { StatusCodes } from 'http-status-codes';

export function fail(res: express.Response, status?: StatusCodes) {
  if (status) return res.status(status).end();
  res.status(503).end();
}
`,
      output: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';

export function fail(res: express.Response, status?: StatusCodes) {
  if (status) return res.status(status).end();
  res.status(StatusCodes.SERVICE_UNAVAILABLE).end();
}
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.SERVICE_UNAVAILABLE', status: '503 Service Unavailable', value: '503' },
          line: 7,
          column: 14,
        },
      ],
    },
    // A type-only import of other names stays type-only; the value import is added beside it.
    {
      filename: fixture('hsc-project', 'src/typed-other.ts'),
      code: `
import express from 'express';
import type { ReasonPhrases } from 'http-status-codes';

export function gone(res: express.Response, phrase: ReasonPhrases) {
  res.status(410).send(phrase);
}
`,
      output: `
import express from 'express';
import type { ReasonPhrases } from 'http-status-codes';
import { StatusCodes } from 'http-status-codes';

export function gone(res: express.Response, phrase: ReasonPhrases) {
  res.status(StatusCodes.GONE).send(phrase);
}
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.GONE', status: '410 Gone', value: '410' }, line: 6, column: 14 }],
    },
    // A type-only import of several names: the object is imported again as a value, under an alias.
    {
      filename: fixture('hsc-project', 'src/typed-several.ts'),
      code: `
import express from 'express';
import type { ReasonPhrases, StatusCodes } from 'http-status-codes';

export function teapot(res: express.Response, code: StatusCodes | undefined, phrase: ReasonPhrases) {
  if (code) return res.status(code).send(phrase);
  res.status(400).send(phrase);
}
`,
      output: `
import express from 'express';
import type { ReasonPhrases, StatusCodes } from 'http-status-codes';
import { StatusCodes as HttpStatusCodes } from 'http-status-codes';

export function teapot(res: express.Response, code: StatusCodes | undefined, phrase: ReasonPhrases) {
  if (code) return res.status(code).send(phrase);
  res.status(HttpStatusCodes.BAD_REQUEST).send(phrase);
}
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'HttpStatusCodes.BAD_REQUEST', status: '400 Bad Request', value: '400' },
          line: 7,
          column: 14,
        },
      ],
    },
    // Connect-style middleware (serve-favicon's shape) in a package that depends on nothing: declared Node server code by
    // \`settings['http-status'].frameworks\`, so node:http2's constants, which always resolve, are an autofix.
    {
      filename: fixture('plain-project', 'index.js'),
      languageOptions: { parserOptions: { sourceType: 'script' } },
      settings: { 'http-status': { frameworks: ['node-http'] } },
      code: `
'use strict';
var fresh = require('fresh');

module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (fresh(req.headers, { etag: icon.etag })) {
      res.statusCode = 304;
      return res.end();
    }
    res.setHeader('Content-Type', 'image/x-icon');
    res.end(icon.body);
  };
};
`,
      output: `
'use strict';
var fresh = require('fresh');
const { constants } = require('node:http2');

module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (fresh(req.headers, { etag: icon.etag })) {
      res.statusCode = constants.HTTP_STATUS_NOT_MODIFIED;
      return res.end();
    }
    res.setHeader('Content-Type', 'image/x-icon');
    res.end(icon.body);
  };
};
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_MODIFIED', status: '304 Not Modified', value: '304' },
          line: 8,
          column: 24,
        },
      ],
    },
    // CommonJS bundle (found in @polar-sh/express's dist): literals above a later \`require\` and below it get one
    // \`require\`, placed above the first of them (two places would each declare \`constants\`). The file imports no
    // framework, so its package's Express says what \`res\` is, and the added \`require\` of node:http2's data does not
    // change that: the second pass still reports the 403.
    {
      filename: fixture('express-project', 'src/bundle.cjs'),
      code: `
'use strict';
var import_sdk = require('./sdk.cjs');
var Checkout = () => async (req, res) => {
  if (!req.query.products) {
    res.status(400).json({ error: 'Missing products in query params' });
    return;
  }
  res.redirect(await import_sdk.checkoutUrl(req.query.products));
};
var import_webhooks = require('./webhooks.cjs');
var Webhooks = () => async (req, res) => {
  if (!import_webhooks.validateEvent(req.body, req.headers)) {
    res.status(403).json({ received: false });
    return;
  }
  res.json({ received: true });
};
module.exports = { Checkout, Webhooks };
`,
      output: [
        `
'use strict';
const { constants } = require('node:http2');
var import_sdk = require('./sdk.cjs');
var Checkout = () => async (req, res) => {
  if (!req.query.products) {
    res.status(constants.HTTP_STATUS_BAD_REQUEST).json({ error: 'Missing products in query params' });
    return;
  }
  res.redirect(await import_sdk.checkoutUrl(req.query.products));
};
var import_webhooks = require('./webhooks.cjs');
var Webhooks = () => async (req, res) => {
  if (!import_webhooks.validateEvent(req.body, req.headers)) {
    res.status(403).json({ received: false });
    return;
  }
  res.json({ received: true });
};
module.exports = { Checkout, Webhooks };
`,
        `
'use strict';
const { constants } = require('node:http2');
var import_sdk = require('./sdk.cjs');
var Checkout = () => async (req, res) => {
  if (!req.query.products) {
    res.status(constants.HTTP_STATUS_BAD_REQUEST).json({ error: 'Missing products in query params' });
    return;
  }
  res.redirect(await import_sdk.checkoutUrl(req.query.products));
};
var import_webhooks = require('./webhooks.cjs');
var Webhooks = () => async (req, res) => {
  if (!import_webhooks.validateEvent(req.body, req.headers)) {
    res.status(constants.HTTP_STATUS_FORBIDDEN).json({ received: false });
    return;
  }
  res.json({ received: true });
};
module.exports = { Checkout, Webhooks };
`,
      ],
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_BAD_REQUEST', status: '400 Bad Request', value: '400' },
          line: 6,
          column: 16,
        },
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_FORBIDDEN', status: '403 Forbidden', value: '403' },
          line: 14,
          column: 16,
        },
      ],
    },
    // CommonJS: a destructuring require after the last require.
    {
      filename: fixture('hsc-project', 'src/server.cjs'),
      code: `
'use strict';
const express = require('express');

const app = express();
app.get('/health', (req, res) => {
  res.status(200).json({ ok: true });
});
module.exports = app;
`,
      output: `
'use strict';
const express = require('express');
const { StatusCodes } = require('http-status-codes');

const app = express();
app.get('/health', (req, res) => {
  res.status(StatusCodes.OK).json({ ok: true });
});
module.exports = app;
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.OK', status: '200 OK', value: '200' }, line: 7, column: 14 }],
    },
    // CommonJS in a .js file that uses require: merged into an existing destructuring require.
    {
      filename: fixture('hsc-project', 'src/errors.js'),
      languageOptions: { parserOptions: { sourceType: 'script' } },
      code: `
const http = require('node:http');
const { ReasonPhrases } = require('http-status-codes');

http.createServer((req, res) => {
  res.writeHead(503, ReasonPhrases.SERVICE_UNAVAILABLE);
  res.end();
});
`,
      output: `
const http = require('node:http');
const { ReasonPhrases, StatusCodes } = require('http-status-codes');

http.createServer((req, res) => {
  res.writeHead(StatusCodes.SERVICE_UNAVAILABLE, ReasonPhrases.SERVICE_UNAVAILABLE);
  res.end();
});
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.SERVICE_UNAVAILABLE', status: '503 Service Unavailable', value: '503' },
          line: 6,
          column: 17,
        },
      ],
    },
    // A .cjs file with no require yet: the require goes after the directive.
    {
      filename: fixture('hsc-project', 'src/handler.cjs'),
      code: `
'use strict';

module.exports = async function handler(request) {
  const upstream = await fetch(request.url);
  if (upstream.status === 404) return null;
  return upstream.json();
};
`,
      output: `
'use strict';

const { StatusCodes } = require('http-status-codes');
module.exports = async function handler(request) {
  const upstream = await fetch(request.url);
  if (upstream.status === StatusCodes.NOT_FOUND) return null;
  return upstream.json();
};
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' }, line: 6, column: 27 }],
    },
    // Missing module: package.json declares http-status-codes but it is not installed → a suggestion only.
    {
      filename: outsideFile('missing', 'src/app.ts'),
      code: `
import express from 'express';
export const handler = (req: express.Request, res: express.Response) => res.status(404).end();
`,
      output: null,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' },
          line: 3,
          column: 84,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'StatusCodes.NOT_FOUND', module: 'http-status-codes' },
              output: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export const handler = (req: express.Request, res: express.Response) => res.status(StatusCodes.NOT_FOUND).end();
`,
            },
          ],
        },
      ],
    },
    // Auto-detection: a Nest project (package.json depends on @nestjs/common) → HttpStatus.
    {
      filename: fixture('nest-project', 'src/logger.middleware.ts'),
      code: `
import type { NextFunction, Request, Response } from 'express';

export function logger(req: Request, res: Response, next: NextFunction) {
  if (req.headers['x-blocked']) return res.status(403).end();
  next();
}
`,
      output: `
import type { NextFunction, Request, Response } from 'express';
import { HttpStatus } from '@nestjs/common';

export function logger(req: Request, res: Response, next: NextFunction) {
  if (req.headers['x-blocked']) return res.status(HttpStatus.FORBIDDEN).end();
  next();
}
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'HttpStatus.FORBIDDEN', status: '403 Forbidden', value: '403' }, line: 5, column: 51 }],
    },
    // Nest has no 451: reported, no fix.
    {
      filename: fixture('nest-project', 'src/legal.controller.ts'),
      code: `
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('legal')
export class LegalController {
  @Get()
  blocked(@Res() res: Response) {
    res.status(451).send('blocked');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'noConstant',
          data: { status: '451 Unavailable For Legal Reasons', value: '451', source: "HttpStatus ('@nestjs/common')" },
          line: 9,
          column: 16,
        },
      ],
    },
    // Auto-detection: http-status in a Koa project → a default import; 413 is REQUEST_ENTITY_TOO_LARGE there.
    {
      filename: fixture('http-status-project', 'src/app.js'),
      code: `
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  if (ctx.request.length > 1e6) {
    ctx.status = 413;
    return;
  }
  ctx.body = 'ok';
});
`,
      output: `
import Koa from 'koa';
import httpStatus from 'http-status';

const app = new Koa();
app.use(async (ctx) => {
  if (ctx.request.length > 1e6) {
    ctx.status = httpStatus.REQUEST_ENTITY_TOO_LARGE;
    return;
  }
  ctx.body = 'ok';
});
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'httpStatus.REQUEST_ENTITY_TOO_LARGE', status: '413 Content Too Large', value: '413' },
          line: 7,
          column: 18,
        },
      ],
    },
    // http-status from CommonJS: `require('http-status')` is `{ default, status }`.
    {
      filename: fixture('http-status-project', 'src/app.cjs'),
      code: `
const Koa = require('koa');
const app = new Koa();
app.use((ctx) => { ctx.status = 204; });
`,
      output: `
const Koa = require('koa');
const { default: httpStatus } = require('http-status');
const app = new Koa();
app.use((ctx) => { ctx.status = httpStatus.NO_CONTENT; });
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'httpStatus.NO_CONTENT', status: '204 No Content', value: '204' }, line: 4, column: 33 }],
    },
    // `require('http-status')` bound whole: 2.x returns `{ default, status }`, so the installed version decides the path.
    {
      filename: fixture('http-status-project', 'src/whole.cjs'),
      code: `
const Koa = require('koa');
const httpStatus = require('http-status');
const app = new Koa();
app.use((ctx) => { ctx.status = 404; });
module.exports = { app, httpStatus };
`,
      output: `
const Koa = require('koa');
const httpStatus = require('http-status');
const app = new Koa();
app.use((ctx) => { ctx.status = httpStatus.default.NOT_FOUND; });
module.exports = { app, httpStatus };
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'httpStatus.default.NOT_FOUND', status: '404 Not Found', value: '404' }, line: 5, column: 33 },
      ],
    },
    // Several libraries declared: no fix, one suggestion each.
    {
      filename: fixture('several-project', 'src/app.ts'),
      code: `
import express from 'express';
export const created = (req: express.Request, res: express.Response) => res.sendStatus(201);
`,
      output: null,
      errors: [
        {
          messageId: 'useNamedConstant',
          data: { status: '201 Created', value: '201' },
          line: 3,
          column: 88,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'StatusCodes.CREATED', module: 'http-status-codes' },
              output: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export const created = (req: express.Request, res: express.Response) => res.sendStatus(StatusCodes.CREATED);
`,
            },
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'httpStatus.CREATED', module: 'http-status' },
              output: `
import express from 'express';
import httpStatus from 'http-status';
export const created = (req: express.Request, res: express.Response) => res.sendStatus(httpStatus.CREATED);
`,
            },
          ],
        },
      ],
    },
    // The library imported in the file wins over package.json.
    {
      filename: fixture('several-project', 'src/imported.ts'),
      code: `
import express from 'express';
import { getReasonPhrase } from 'http-status-codes';
export const gone = (req: express.Request, res: express.Response) => res.status(410).send(getReasonPhrase(410));
`,
      output: `
import express from 'express';
import { getReasonPhrase, StatusCodes } from 'http-status-codes';
export const gone = (req: express.Request, res: express.Response) => res.status(StatusCodes.GONE).send(getReasonPhrase(410));
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.GONE', status: '410 Gone', value: '410' }, line: 4, column: 81 }],
    },
    // No library dependency, Node server code → node:http2 (418 is HTTP_STATUS_TEAPOT there).
    {
      filename: fixture('express-project', 'src/brew.js'),
      code: `
import express from 'express';
const app = express();
app.get('/brew', (req, res) => res.sendStatus(418));
app.get('/tea', (req, res) => res.sendStatus(200));
`,
      output: [
        `
import express from 'express';
import { constants } from 'node:http2';
const app = express();
app.get('/brew', (req, res) => res.sendStatus(constants.HTTP_STATUS_TEAPOT));
app.get('/tea', (req, res) => res.sendStatus(200));
`,
        `
import express from 'express';
import { constants } from 'node:http2';
const app = express();
app.get('/brew', (req, res) => res.sendStatus(constants.HTTP_STATUS_TEAPOT));
app.get('/tea', (req, res) => res.sendStatus(constants.HTTP_STATUS_OK));
`,
      ],
      errors: [
        { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_TEAPOT', status: '418 (Unused)', value: '418' }, line: 4, column: 47 },
        { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_OK', status: '200 OK', value: '200' }, line: 5, column: 46 },
      ],
    },
    // node:http2 bound as a module: its `constants` member is used, nothing is imported.
    {
      filename: fixture('express-project', 'src/h2.ts'),
      code: `
import http from 'node:http';
import http2 from 'node:http2';

export const server = http.createServer((req, res) => {
  res.statusCode = 204;
  res.end();
});
export const session = http2.connect('https://example.com');
`,
      output: `
import http from 'node:http';
import http2 from 'node:http2';

export const server = http.createServer((req, res) => {
  res.statusCode = http2.constants.HTTP_STATUS_NO_CONTENT;
  res.end();
});
export const session = http2.connect('https://example.com');
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'http2.constants.HTTP_STATUS_NO_CONTENT', status: '204 No Content', value: '204' },
          line: 6,
          column: 20,
        },
      ],
    },
    // Fetch handler in a package that declares no constants library and is not Node server code: each library a
    // package.json further up declares (here the repository's own, as a monorepo root would) is a suggestion.
    {
      filename: fixture('plain-project', 'src/route.ts'),
      code: `
export function DELETE(): Response {
  return new Response(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'useNamedConstant',
          data: { status: '204 No Content', value: '204' },
          line: 3,
          column: 39,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'StatusCodes.NO_CONTENT', module: 'http-status-codes' },
              output: `
import { StatusCodes } from 'http-status-codes';
export function DELETE(): Response {
  return new Response(null, { status: StatusCodes.NO_CONTENT });
}
`,
            },
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'httpStatus.NO_CONTENT', module: 'http-status' },
              output: `
import httpStatus from 'http-status';
export function DELETE(): Response {
  return new Response(null, { status: httpStatus.NO_CONTENT });
}
`,
            },
          ],
        },
      ],
    },
    // Comparisons, switch cases and test assertions are status sites too.
    {
      filename: fixture('hsc-project', 'test/api.test.ts'),
      code: `
import request from 'supertest';
import { StatusCodes } from 'http-status-codes';
import { expect, it } from 'vitest';
import { app } from '../src/app.js';

it('creates a user', async () => {
  const res = await request(app).post('/users').send({ name: 'Ada' }).expect(201);
  expect(res.status).toBe(201);
  switch (res.status) {
    case StatusCodes.CREATED:
      break;
    case 409:
      throw new Error('duplicate');
  }
});
`,
      output: `
import request from 'supertest';
import { StatusCodes } from 'http-status-codes';
import { expect, it } from 'vitest';
import { app } from '../src/app.js';

it('creates a user', async () => {
  const res = await request(app).post('/users').send({ name: 'Ada' }).expect(StatusCodes.CREATED);
  expect(res.status).toBe(StatusCodes.CREATED);
  switch (res.status) {
    case StatusCodes.CREATED:
      break;
    case StatusCodes.CONFLICT:
      throw new Error('duplicate');
  }
});
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CREATED', status: '201 Created', value: '201' }, line: 8, column: 78 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CREATED', status: '201 Created', value: '201' }, line: 9, column: 27 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CONFLICT', status: '409 Conflict', value: '409' }, line: 13, column: 10 },
      ],
    },
    // A Nest file that already binds StatusCodes: the bound library wins over the other imported one.
    {
      filename: fixture('nest-project', 'src/users.controller.ts'),
      code: `
import { Controller, Get, Res } from '@nestjs/common';
import { StatusCodes } from 'http-status-codes';
import type { Response } from 'express';

@Controller('users')
export class UsersController {
  @Get()
  list(@Res() res: Response) {
    res.status(StatusCodes.OK).json([]);
  }

  @Get('legacy')
  legacy(@Res() res: Response) {
    res.status(301).location('/users').end();
  }
}
`,
      output: `
import { Controller, Get, Res } from '@nestjs/common';
import { StatusCodes } from 'http-status-codes';
import type { Response } from 'express';

@Controller('users')
export class UsersController {
  @Get()
  list(@Res() res: Response) {
    res.status(StatusCodes.OK).json([]);
  }

  @Get('legacy')
  legacy(@Res() res: Response) {
    res.status(StatusCodes.MOVED_PERMANENTLY).location('/users').end();
  }
}
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.MOVED_PERMANENTLY', status: '301 Moved Permanently', value: '301' },
          line: 15,
          column: 16,
        },
      ],
    },
    // A namespace import: the object is a member of it.
    {
      filename: fixture('hsc-project', 'src/namespace.ts'),
      code: `
import express from 'express';
import * as hsc from 'http-status-codes';
export const accepted = (req: express.Request, res: express.Response) => res.sendStatus(202);
`,
      output: `
import express from 'express';
import * as hsc from 'http-status-codes';
export const accepted = (req: express.Request, res: express.Response) => res.sendStatus(hsc.StatusCodes.ACCEPTED);
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'hsc.StatusCodes.ACCEPTED', status: '202 Accepted', value: '202' }, line: 4, column: 89 }],
    },
    // TypeScript import-equals of node:http2.
    {
      filename: fixture('express-project', 'src/import-equals.ts'),
      code: `
import http2 = require('node:http2');
import http = require('node:http');
http.createServer((req, res) => { res.statusCode = 500; res.end(); });
export const h2 = http2;
`,
      output: `
import http2 = require('node:http2');
import http = require('node:http');
http.createServer((req, res) => { res.statusCode = http2.constants.HTTP_STATUS_INTERNAL_SERVER_ERROR; res.end(); });
export const h2 = http2;
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'http2.constants.HTTP_STATUS_INTERNAL_SERVER_ERROR', status: '500 Internal Server Error', value: '500' },
          line: 4,
          column: 52,
        },
      ],
    },
    // Multi-line named import with a trailing comma: merged after the last name.
    {
      filename: fixture('hsc-project', 'src/multiline.ts'),
      code: `
import express from 'express';
import {
  getReasonPhrase,
  ReasonPhrases,
} from 'http-status-codes';
export const lost = (req: express.Request, res: express.Response) => res.status(410).send(ReasonPhrases.GONE);
export const phrase = getReasonPhrase;
`,
      output: `
import express from 'express';
import {
  getReasonPhrase,
  ReasonPhrases, StatusCodes,
} from 'http-status-codes';
export const lost = (req: express.Request, res: express.Response) => res.status(StatusCodes.GONE).send(ReasonPhrases.GONE);
export const phrase = getReasonPhrase;
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.GONE', status: '410 Gone', value: '410' }, line: 7, column: 81 }],
    },
    // An .mjs file with no import yet: the import goes first.
    {
      filename: fixture('hsc-project', 'src/worker.mjs'),
      code: `
// A Fetch-style handler.
export default {
  fetch() {
    return new Response('gone', { status: 410 });
  },
};
`,
      output: `
// A Fetch-style handler.
import { StatusCodes } from 'http-status-codes';
export default {
  fetch() {
    return new Response('gone', { status: StatusCodes.GONE });
  },
};
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.GONE', status: '410 Gone', value: '410' }, line: 5, column: 43 }],
    },
    // A classic script (no import, no require, sourceType script): nothing can be imported with certainty.
    {
      filename: fixture('hsc-project', 'public/sw.js'),
      languageOptions: { parserOptions: { sourceType: 'script' } },
      code: `
self.addEventListener('fetch', (event) => {
  event.respondWith(new Response('offline', { status: 503 }));
});
`,
      output: null,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.SERVICE_UNAVAILABLE', status: '503 Service Unavailable', value: '503' },
          line: 3,
          column: 55,
        },
      ],
    },
    // `404 as const`: the assertion goes with the literal (enum members and http-status members are literal-typed).
    {
      filename: fixture('hsc-project', 'src/as-const.ts'),
      code: `
export const NOT_FOUND_RESPONSE = { status: 404 as const, body: 'missing' };
export const handler = () => new Response(null, { status: 404 as const });
`,
      output: `
import { StatusCodes } from 'http-status-codes';
export const NOT_FOUND_RESPONSE = { status: 404 as const, body: 'missing' };
export const handler = () => new Response(null, { status: StatusCodes.NOT_FOUND });
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' }, line: 3, column: 59 }],
    },
    // node:http2 constants are typed `number`: dropping `as const` would widen the type, so it is only a suggestion.
    {
      filename: fixture('express-project', 'src/as-const-h2.ts'),
      code: `
import http from 'node:http';
http.createServer((req, res) => res.writeHead(404 as const).end());
`,
      output: null,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', status: '404 Not Found', value: '404' },
          line: 3,
          column: 47,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' },
              output: `
import http from 'node:http';
import { constants } from 'node:http2';
http.createServer((req, res) => res.writeHead(constants.HTTP_STATUS_NOT_FOUND).end());
`,
            },
          ],
        },
      ],
    },
    // Route response schemas keyed by status: a key becomes a computed key; http-status-codes' enum members keep the
    // literal keys in the object's type, so it is a fix.
    {
      filename: fixture('hsc-project', 'src/schema-routes.ts'),
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.post('/users', {
  schema: {
    response: {
      201: { type: 'object', properties: { id: { type: 'string' } } },
      '4xx': { type: 'object' },
      409: { $ref: 'conflict#' },
    },
  },
}, async (request, reply) => reply.code(201).send({ id: '1' }));
`,
      // The first pass adds the import with the first fix; the second uses it for the others.
      output: [
        `
import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.post('/users', {
  schema: {
    response: {
      [StatusCodes.CREATED]: { type: 'object', properties: { id: { type: 'string' } } },
      '4xx': { type: 'object' },
      409: { $ref: 'conflict#' },
    },
  },
}, async (request, reply) => reply.code(201).send({ id: '1' }));
`,
        `
import Fastify from 'fastify';
import { StatusCodes } from 'http-status-codes';
const app = Fastify();
app.post('/users', {
  schema: {
    response: {
      [StatusCodes.CREATED]: { type: 'object', properties: { id: { type: 'string' } } },
      '4xx': { type: 'object' },
      [StatusCodes.CONFLICT]: { $ref: 'conflict#' },
    },
  },
}, async (request, reply) => reply.code(StatusCodes.CREATED).send({ id: '1' }));
`,
      ],
      errors: [
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CREATED', status: '201 Created', value: '201' }, line: 7, column: 7 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CONFLICT', status: '409 Conflict', value: '409' }, line: 9, column: 7 },
        { messageId: 'useConstant', data: { constant: 'StatusCodes.CREATED', status: '201 Created', value: '201' }, line: 12, column: 41 },
      ],
    },
    // node:http2 constants are typed \`number\`: a computed key would turn the schema's \`200\` key into an index signature
    // in TypeScript, so a key is only a suggestion (the call's argument is still fixed).
    {
      filename: fixture('express-project', 'src/schema-routes-h2.js'),
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/health', { schema: { response: { 200: { type: 'string' } } } }, async (request, reply) => reply.code(200).send('ok'));
`,
      output: `
import Fastify from 'fastify';
import { constants } from 'node:http2';
const app = Fastify();
app.get('/health', { schema: { response: { 200: { type: 'string' } } } }, async (request, reply) => reply.code(constants.HTTP_STATUS_OK).send('ok'));
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_OK', status: '200 OK', value: '200' },
          line: 4,
          column: 44,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'constants.HTTP_STATUS_OK', module: 'node:http2' },
              output: `
import Fastify from 'fastify';
import { constants } from 'node:http2';
const app = Fastify();
app.get('/health', { schema: { response: { [constants.HTTP_STATUS_OK]: { type: 'string' } } } }, async (request, reply) => reply.code(200).send('ok'));
`,
            },
          ],
        },
        { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_OK', status: '200 OK', value: '200' }, line: 4, column: 112 },
      ],
    },
    // `constants` only as a property (`fs.constants`) leaves the name free for the added import.
    {
      filename: fixture('express-project', 'src/files-h2.js'),
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/r', (req, res) => { fs.access('x', fs.constants.F_OK, () => res.status(404).end()); });
`,
      output: `
import express from 'express';
import fs from 'node:fs';
import { constants } from 'node:http2';
const app = express();
app.get('/r', (req, res) => { fs.access('x', fs.constants.F_OK, () => res.status(constants.HTTP_STATUS_NOT_FOUND).end()); });
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', status: '404 Not Found', value: '404' }, line: 5, column: 82 },
      ],
    },
    // A `constants` binding of another module takes the name: the import is aliased.
    {
      filename: fixture('express-project', 'src/files-h2.js'),
      code: `
import express from 'express';
import { constants } from 'node:fs';
const app = express();
app.get('/r', (req, res) => { if (constants.F_OK === 0) res.status(404).end(); });
`,
      output: `
import express from 'express';
import { constants } from 'node:fs';
import { constants as http2Constants } from 'node:http2';
const app = express();
app.get('/r', (req, res) => { if (constants.F_OK === 0) res.status(http2Constants.HTTP_STATUS_NOT_FOUND).end(); });
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'http2Constants.HTTP_STATUS_NOT_FOUND', status: '404 Not Found', value: '404' }, line: 5, column: 68 },
      ],
    },
    // Explicit option: http-status-codes names (413 REQUEST_TOO_LONG), whatever package.json says.
    {
      filename: fixture('nest-project', 'src/limits.ts'),
      options: [{ constants: 'http-status-codes' }],
      code: `
import express from 'express';
export const tooLarge = (req: express.Request, res: express.Response) => res.sendStatus(413);
`,
      output: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export const tooLarge = (req: express.Request, res: express.Response) => res.sendStatus(StatusCodes.REQUEST_TOO_LONG);
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'StatusCodes.REQUEST_TOO_LONG', status: '413 Content Too Large', value: '413' },
          line: 3,
          column: 89,
        },
      ],
    },
    // Shared setting.
    {
      filename: fixture('hsc-project', 'src/nest-style.ts'),
      settings: { 'http-status': { constants: '@nestjs/common' } },
      code: `
import express from 'express';
export const ambiguous = (req: express.Request, res: express.Response) => res.sendStatus(300);
`,
      output: `
import express from 'express';
import { HttpStatus } from '@nestjs/common';
export const ambiguous = (req: express.Request, res: express.Response) => res.sendStatus(HttpStatus.AMBIGUOUS);
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'HttpStatus.AMBIGUOUS', status: '300 Multiple Choices', value: '300' }, line: 3, column: 90 },
      ],
    },
    // The option wins over the setting.
    {
      filename: fixture('hsc-project', 'src/http2.ts'),
      settings: { 'http-status': { constants: '@nestjs/common' } },
      options: [{ constants: 'node:http2' }],
      code: `
import http from 'node:http';
http.createServer((req, res) => res.writeHead(416).end());
`,
      output: `
import http from 'node:http';
import { constants } from 'node:http2';
http.createServer((req, res) => res.writeHead(constants.HTTP_STATUS_RANGE_NOT_SATISFIABLE).end());
`,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'constants.HTTP_STATUS_RANGE_NOT_SATISFIABLE', status: '416 Range Not Satisfiable', value: '416' },
          line: 3,
          column: 47,
        },
      ],
    },
    // Custom module with a naming style, installed in the fixture's node_modules → fix.
    {
      filename: outsideFile('custom', 'src/app.js'),
      options: [{ constants: { module: 'my-http', export: 'Http', naming: 'PascalCase' } }],
      code: `
import express from 'express';
export const handler = (req, res) => res.status(404).json({ error: 'missing' });
`,
      output: `
import express from 'express';
import { Http } from 'my-http';
export const handler = (req, res) => res.status(Http.NotFound).json({ error: 'missing' });
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'Http.NotFound', status: '404 Not Found', value: '404' }, line: 3, column: 49 }],
    },
    // Custom module with an explicit map, from the shared setting; an unmapped code gets no fix.
    {
      filename: outsideFile('custom', 'src/map.js'),
      settings: { 'http-status': { constants: { module: 'my-http', export: 'Http', map: { 200: 'Ok' } } } },
      code: `
import express from 'express';
export const ok = (req, res) => res.status(200).end();
export const gone = (req, res) => res.status(410).end();
`,
      output: `
import express from 'express';
import { Http } from 'my-http';
export const ok = (req, res) => res.status(Http.Ok).end();
export const gone = (req, res) => res.status(410).end();
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'Http.Ok', status: '200 OK', value: '200' }, line: 3, column: 44 },
        { messageId: 'noConstant', data: { status: '410 Gone', value: '410', source: "Http ('my-http')" }, line: 4, column: 46 },
      ],
    },
    // Custom module that does not resolve from the file → a suggestion; camelCase naming.
    {
      filename: outsideFile('empty', 'src/app.js'),
      options: [{ constants: { module: '@acme/http', export: 'status', naming: 'camelCase' } }],
      code: `
import express from 'express';
export const handler = (req, res) => res.status(429).end();
`,
      output: null,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'status.tooManyRequests', status: '429 Too Many Requests', value: '429' },
          line: 3,
          column: 49,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'status.tooManyRequests', module: '@acme/http' },
              output: `
import express from 'express';
import { status } from '@acme/http';
export const handler = (req, res) => res.status(status.tooManyRequests).end();
`,
            },
          ],
        },
      ],
    },
  ],
});

// axios' HttpStatusCode is a source only where the file binds it: importing axios for its client is not choosing it.
const axiosClient = `
import axios, { HttpStatusCode } from 'axios';

export async function findUser(id: string) {
  const response = await axios.get(\`/api/users/\${id}\`, { validateStatus: (status) => status < 500 });
  if (response.status === HttpStatusCode.NotFound) return undefined;
  if (response.status !== 200) throw new Error(\`unexpected \${response.status}\`);
  return response.data;
}
`;
const axiosOnly = `
import axios from 'axios';

export async function findUser(id: string) {
  const response = await axios.get(\`/api/users/\${id}\`, { validateStatus: null });
  return response.status === 404 ? undefined : response.data;
}
`;

ruleTester.run('prefer-status-constant (axios HttpStatusCode)', rule, {
  valid: [
    // Nothing declared or installed outside the repository: importing axios makes no source of it.
    { filename: outsideFile('empty', 'src/client.ts'), code: axiosOnly },
  ],
  invalid: [
    {
      filename: fixture('plain-project', 'src/client.ts'),
      code: axiosClient,
      output: axiosClient.replace('response.status !== 200', 'response.status !== HttpStatusCode.Ok'),
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'HttpStatusCode.Ok', status: '200 OK', value: '200' },
          line: 7,
          column: 27,
          endLine: 7,
          endColumn: 30,
        },
      ],
    },
    {
      // The libraries the repository's package.json declares are offered, not axios.
      filename: fixture('plain-project', 'src/client.ts'),
      code: axiosOnly,
      errors: [
        {
          messageId: 'useNamedConstant',
          data: { status: '404 Not Found', value: '404' },
          line: 6,
          column: 30,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'StatusCodes.NOT_FOUND', module: 'http-status-codes' },
              output: axiosOnly
                .replace("import axios from 'axios';", "import axios from 'axios';\nimport { StatusCodes } from 'http-status-codes';")
                .replace('=== 404', '=== StatusCodes.NOT_FOUND'),
            },
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'httpStatus.NOT_FOUND', module: 'http-status' },
              output: axiosOnly
                .replace("import axios from 'axios';", "import axios from 'axios';\nimport httpStatus from 'http-status';")
                .replace('=== 404', '=== httpStatus.NOT_FOUND'),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("prefer-status-constant (a project's own constants module)", rule, {
  valid: [
    {
      code: `
import express from 'express';
import { NOT_FOUND, OK } from '../lib/http-status.js';
export const router = express.Router();
router.get('/health', (req, res) => res.status(OK).end());
router.use((req, res) => res.status(NOT_FOUND).end());
`,
      filename: fixture('own-project', 'src/routes/health.ts'),
    },
  ],
  invalid: [
    // Named exports (Evershop's style): a constant the module defines as the same number is a fix that adds it to the
    // import; one it defines another way (an alias) is a suggestion; one it lacks is not offered. The project module
    // wins over the http-status-codes the package.json declares.
    {
      code: `
import express from 'express';
import { NOT_FOUND } from '../lib/http-status.js';
export const router = express.Router();
router.get('/pages/:id', async (req, res) => {
  const page = await findPage(req.params.id);
  if (!page) return res.status(NOT_FOUND).json({ message: 'no such page' });
  if (!req.user) return res.status(401).end();
  if (!page.valid) return res.status(400).json({ message: 'invalid page' });
  if (page.removed) return res.status(410).end();
  res.json(page);
});
`,
      filename: fixture('own-project', 'src/routes/pages.ts'),
      output: `
import express from 'express';
import { NOT_FOUND, UNAUTHORIZED } from '../lib/http-status.js';
export const router = express.Router();
router.get('/pages/:id', async (req, res) => {
  const page = await findPage(req.params.id);
  if (!page) return res.status(NOT_FOUND).json({ message: 'no such page' });
  if (!req.user) return res.status(UNAUTHORIZED).end();
  if (!page.valid) return res.status(400).json({ message: 'invalid page' });
  if (page.removed) return res.status(410).end();
  res.json(page);
});
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'UNAUTHORIZED', status: '401 Unauthorized', value: '401' }, line: 8 },
        {
          messageId: 'useConstant',
          data: { constant: 'BAD_REQUEST', status: '400 Bad Request', value: '400' },
          line: 9,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'BAD_REQUEST', module: '../lib/http-status.js' },
              output: `
import express from 'express';
import { NOT_FOUND, BAD_REQUEST } from '../lib/http-status.js';
export const router = express.Router();
router.get('/pages/:id', async (req, res) => {
  const page = await findPage(req.params.id);
  if (!page) return res.status(NOT_FOUND).json({ message: 'no such page' });
  if (!req.user) return res.status(401).end();
  if (!page.valid) return res.status(BAD_REQUEST).json({ message: 'invalid page' });
  if (page.removed) return res.status(410).end();
  res.json(page);
});
`,
            },
          ],
        },
        {
          messageId: 'noConstant',
          data: { status: '410 Gone', value: '410', source: "'../lib/http-status.js'" },
          line: 10,
        },
      ],
    },
    // An object of constants: its members, named after the phrases in the style the file uses.
    {
      code: `
import express from 'express';
import { Http } from '../lib/codes.js';
export const router = express.Router();
router.post('/orders', async (req, res) => {
  if (!req.body) return res.status(Http.NotFound).end();
  res.status(201).json(await createOrder(req.body));
});
router.delete('/orders/:id', async (req, res) => {
  await deleteOrder(req.params.id);
  res.status(204).end();
});
`,
      filename: fixture('own-project', 'src/routes/orders.js'),
      output: `
import express from 'express';
import { Http } from '../lib/codes.js';
export const router = express.Router();
router.post('/orders', async (req, res) => {
  if (!req.body) return res.status(Http.NotFound).end();
  res.status(Http.Created).json(await createOrder(req.body));
});
router.delete('/orders/:id', async (req, res) => {
  await deleteOrder(req.params.id);
  res.status(204).end();
});
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'Http.Created', status: '201 Created', value: '201' }, line: 7 },
        { messageId: 'noConstant', data: { status: '204 No Content', value: '204', source: "Http ('../lib/codes.js')" }, line: 11 },
      ],
    },
    // CommonJS: a constant destructured from \`require()\` of the module; the new one joins the pattern.
    {
      code: `
const express = require('express');
const { NOT_FOUND } = require('../lib/status.cjs');
const router = express.Router();
router.post('/items', async (req, res) => {
  const item = await createItem(req.body);
  if (!item) return res.sendStatus(NOT_FOUND);
  res.status(201).json(item);
});
module.exports = router;
`,
      filename: fixture('own-project', 'src/routes/items.cjs'),
      output: `
const express = require('express');
const { NOT_FOUND, CREATED } = require('../lib/status.cjs');
const router = express.Router();
router.post('/items', async (req, res) => {
  const item = await createItem(req.body);
  if (!item) return res.sendStatus(NOT_FOUND);
  res.status(CREATED).json(item);
});
module.exports = router;
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'CREATED', status: '201 Created', value: '201' }, line: 8 }],
    },
    // A path alias only the bundler resolves: its text cannot be read, so every constant is a suggestion.
    {
      code: `
import express from 'express';
import { NOT_FOUND } from '@/lib/http-status';
export const router = express.Router();
router.get('/me', (req, res) => (req.user ? res.json(req.user) : res.status(401).end()));
router.use((req, res) => res.status(NOT_FOUND).end());
`,
      filename: fixture('own-project', 'src/routes/me.ts'),
      output: null,
      errors: [
        {
          messageId: 'useConstant',
          data: { constant: 'UNAUTHORIZED', status: '401 Unauthorized', value: '401' },
          line: 5,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'UNAUTHORIZED', module: '@/lib/http-status' },
              output: `
import express from 'express';
import { NOT_FOUND, UNAUTHORIZED } from '@/lib/http-status';
export const router = express.Router();
router.get('/me', (req, res) => (req.user ? res.json(req.user) : res.status(UNAUTHORIZED).end()));
router.use((req, res) => res.status(NOT_FOUND).end());
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("prefer-status-constant (a project's constants module through an alias)", rule, {
  valid: [
    {
      code: `
import express from 'express';
import { CREATED, NOT_FOUND } from '#status';
export const router = express.Router();
router.post('/users', (req, res) => res.status(CREATED).json(req.body));
router.use((req, res) => res.status(NOT_FOUND).end());
`,
      filename: fixture('aliased-project', 'src/routes/users.ts'),
    },
  ],
  invalid: [
    // tsconfig paths (`@/*`, from the config tsconfig.app.json extends): the module is read, so its constant is a fix.
    {
      code: `
import express from 'express';
import { NOT_FOUND } from '@/lib/http-status';
export const router = express.Router();
router.get('/me', (req, res) => (req.user ? res.json(req.user) : res.status(401).end()));
router.use((req, res) => res.status(NOT_FOUND).end());
`,
      filename: fixture('aliased-project', 'src/routes/me.ts'),
      output: `
import express from 'express';
import { NOT_FOUND, UNAUTHORIZED } from '@/lib/http-status';
export const router = express.Router();
router.get('/me', (req, res) => (req.user ? res.json(req.user) : res.status(UNAUTHORIZED).end()));
router.use((req, res) => res.status(NOT_FOUND).end());
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'UNAUTHORIZED', status: '401 Unauthorized', value: '401' }, line: 5 }],
    },
    // A subpath import (package.json `imports`), and a tsconfig alias that looks like a scoped package (`@app/http`).
    {
      code: `
import express from 'express';
import { NOT_FOUND } from '#lib/http-status';
export const router = express.Router();
router.post('/users', async (req, res) => {
  const user = await createUser(req.body);
  return user ? res.status(201).json(user) : res.status(NOT_FOUND).end();
});
`,
      filename: fixture('aliased-project', 'src/routes/users.ts'),
      output: `
import express from 'express';
import { NOT_FOUND, CREATED } from '#lib/http-status';
export const router = express.Router();
router.post('/users', async (req, res) => {
  const user = await createUser(req.body);
  return user ? res.status(CREATED).json(user) : res.status(NOT_FOUND).end();
});
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'CREATED', status: '201 Created', value: '201' }, line: 7 }],
    },
    {
      code: `
import express from 'express';
import { OK } from '@app/http';
export const router = express.Router();
router.get('/health', (req, res) => res.status(OK).end());
router.get('/private', (req, res) => res.status(404).end());
router.post('/forms', (req, res) => res.status(400).end());
`,
      filename: fixture('aliased-project', 'src/routes/health.ts'),
      output: `
import express from 'express';
import { OK, NOT_FOUND } from '@app/http';
export const router = express.Router();
router.get('/health', (req, res) => res.status(OK).end());
router.get('/private', (req, res) => res.status(NOT_FOUND).end());
router.post('/forms', (req, res) => res.status(400).end());
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'NOT_FOUND', status: '404 Not Found', value: '404' }, line: 6 },
        {
          messageId: 'useConstant',
          data: { constant: 'BAD_REQUEST', status: '400 Bad Request', value: '400' },
          line: 7,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'BAD_REQUEST', module: '@app/http' },
              output: `
import express from 'express';
import { OK, BAD_REQUEST } from '@app/http';
export const router = express.Router();
router.get('/health', (req, res) => res.status(OK).end());
router.get('/private', (req, res) => res.status(404).end());
router.post('/forms', (req, res) => res.status(BAD_REQUEST).end());
`,
            },
          ],
        },
      ],
    },
    // A jsconfig.json alias (`~/*` → ./app/*) to an object of constants.
    {
      code: `
import express from 'express';
import { Status } from '~/status.js';
export const router = express.Router();
router.post('/notes', async (req, res) => {
  if (!req.user) return res.status(Status.Unauthorized).end();
  res.status(201).json(await createNote(req.body));
});
router.delete('/notes/:id', (req, res) => res.status(204).end());
`,
      filename: fixture('aliased-project', 'js-app/app/routes/notes.js'),
      output: `
import express from 'express';
import { Status } from '~/status.js';
export const router = express.Router();
router.post('/notes', async (req, res) => {
  if (!req.user) return res.status(Status.Unauthorized).end();
  res.status(Status.Created).json(await createNote(req.body));
});
router.delete('/notes/:id', (req, res) => res.status(204).end());
`,
      errors: [
        { messageId: 'useConstant', data: { constant: 'Status.Created', status: '201 Created', value: '201' }, line: 7 },
        { messageId: 'noConstant', data: { status: '204 No Content', value: '204', source: "Status ('~/status.js')" }, line: 9 },
      ],
    },
  ],
});
