import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

ruleTester.run('require-status-headers', rule, {
  valid: [
    // A middleware file that imports nothing, in a package whose package.json names no framework: no receiver is
    // trusted without \`settings['http-status'].frameworks\` (see the invalid case).
    `
module.exports = function basicAuth(options) {
  return function authMiddleware(req, res, next) {
    if (options.users[req.user]) return next();
    return res.status(401).send('Unauthorized');
  };
};
`,
    // With the setting, the header set in the same middleware is seen.
    {
      code: `
module.exports = function basicAuth(options) {
  return function authMiddleware(req, res, next) {
    if (options.users[req.user]) return next();
    res.set('WWW-Authenticate', 'Basic realm="' + options.realm + '"');
    return res.status(401).send('Unauthorized');
  };
};
`,
      settings: { 'http-status': { frameworks: ['express'] } },
    },
    // A branch of a status written as alternatives, with the header set where that branch is taken (found in passport).
    `
import http from 'node:http';
export function fail(res, challenges, status) {
  res.statusCode = status || 401;
  if (res.statusCode === 401 && challenges.length > 0) res.setHeader('WWW-Authenticate', challenges);
  res.end('Unauthorized');
}
`,
    // Cloudflare Workers: a 101 with \`webSocket\` is completed by the runtime, which sends the Upgrade headers itself
    // (found in hono's cloudflare-workers adapter by the real-code corpus).
    `
export default {
  async fetch(request) {
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    return new Response(null, { status: 101, webSocket: client });
  },
};
`,
    // Express: Location set in the same chain, in an earlier statement, or by a helper that sets it itself.
    `
import express from 'express';
const app = express();
app.post('/users', async (req, res) => {
  const user = await db.users.create(req.body);
  res.status(201).location(\`/users/\${user.id}\`).json(user);
});
app.get('/old-docs', (req, res) => {
  res.location('/docs');
  res.status(301).end();
});
app.get('/login', (req, res) => res.redirect(301, '/auth/login'));
app.get('/account', (req, res) => {
  if (!req.session.user) return res.status(401).redirect('/login');
  res.render('account');
});
app.get('/items', (req, res) => {
  if (req.method !== 'GET') return res.set('Allow', 'GET, HEAD').sendStatus(405);
  res.json([]);
});
`,
    // Headers spread from an unknown object, or a name the analysis cannot read.
    `
import express from 'express';
import http from 'node:http';
export function moved(req, res) {
  res.set({ ...legacyHeaders }).status(308).end();
}
export function challenge(req, res) {
  res.setHeader(authHeaderName, 'Bearer realm="api"');
  res.sendStatus(401);
}
http.createServer((req, res) => {
  res.writeHead(302, buildRedirectHeaders(req));
  res.end();
});
`,
    // The response is passed to a helper, which may set the header.
    `
import express from 'express';
const router = express.Router();
router.use((req, res, next) => {
  if (!req.headers.authorization) {
    setChallenge(res, 'api');
    return res.sendStatus(401);
  }
  next();
});
`,
    // Flow-insensitive: a header in another branch of the same handler counts as present.
    `
import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/old') {
    res.writeHead(301);
  } else {
    res.setHeader('Location', '/new');
    res.writeHead(302);
  }
  res.end();
});
`,
    // Node: statusCode and setHeader in any order before end(); headers inside writeHead; flat arrays; http2.
    `
import http from 'node:http';
import http2 from 'node:http2';
http.createServer((req, res) => {
  if (req.url === '/a') {
    res.statusCode = 302;
    res.setHeader('Location', '/b');
    return res.end();
  }
  if (req.headers.upgrade !== 'websocket') {
    res.writeHead(426, { Upgrade: 'websocket', Connection: 'Upgrade' });
    return res.end();
  }
  res.writeHead(405, 'Method Not Allowed', ['Allow', 'GET', 'Content-Type', 'text/plain']);
  res.end();
});
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 301, location: 'https://example.com/' }, { endStream: true });
});
`,
    // Koa: headers passed to ctx.throw survive; ctx.redirect sets Location; order of status and redirect is free.
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
});
app.use(async (ctx) => {
  if (ctx.path === '/old') {
    ctx.status = 301;
    ctx.redirect('/new');
    return;
  }
  ctx.redirect('/home');
  ctx.status = 308;
});
`,
    // Koa: ctx.redirect() replaces a status that is no redirect (it keeps 301, 308…), so the 401 is never sent.
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.session.user) {
    ctx.status = 401;
    ctx.redirect('/login');
    return;
  }
  await next();
});
`,
    // Hono: c.redirect() sends 302 over the status c.status() set, so the 401 is never sent.
    `
import { Hono } from 'hono';
const app = new Hono();
app.get('/admin/*', async (c, next) => {
  if (!c.get('user')) {
    c.status(401);
    return c.redirect('/login');
  }
  await next();
});
`,
    // h3: sendRedirect() sets 302 over the 401, which is never sent.
    `
import { defineEventHandler, sendRedirect, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 401);
    return sendRedirect(event, '/login');
  }
  return event.context.user;
});
`,
    // Koa: ctx and ctx.response are one response.
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.path === '/a') {
    ctx.response.status = 301;
    ctx.redirect('/b');
    return;
  }
  ctx.set('Location', '/c');
  ctx.response.status = 302;
  ctx.response.set('WWW-Authenticate', 'Basic');
  ctx.status = 401;
});
`,
    // Fastify: code() then redirect(); header() before code().
    `
import fastify from 'fastify';
const app = fastify();
app.get('/old', async (request, reply) => reply.code(301).redirect('/new'));
app.get('/moved', async (request, reply) => reply.header('Location', '/there').code(307).send());
app.delete('/items', async (request, reply) => reply.headers({ allow: 'GET' }).code(405).send());
`,
    // A response parameter of a helper this file calls: what the caller gives the response before the call goes out with
    // the helper's status (found in @clerk/express, which copies unknown headers onto \`res\` and then redirects with 307
    // when they include a Location). Callers of callers count, and so does a caller that hands the response to other code.
    `
import express from 'express';
const setResponseHeaders = (requestState, res) => {
  if (requestState.headers) requestState.headers.forEach((value, key) => res.appendHeader(key, value));
  return setResponseForHandshake(requestState, res);
};
const setResponseForHandshake = (requestState, res) => {
  if (requestState.headers.get('location')) {
    res.status(307).end();
    return;
  }
  if (requestState.status === 'handshake') return new Error('Clerk: unexpected handshake without redirect');
};
export const clerkMiddleware = (options) => async (req, res, next) => {
  const requestState = await authenticate(req, options);
  const error = setResponseHeaders(requestState, res);
  if (error) return next(error);
  if (res.writableEnded) return;
  next();
};
`,
    // Hono: an HTTPException's \`res\` option gives the status its headers, which may hold the challenge.
    `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.use('/api/*', async (c, next) => {
  if (!c.req.header('authorization')) throw new HTTPException(401, { res: challenge('Bearer realm="api"') });
  await next();
});
`,
    // A helper that takes the response from an object: the value the caller writes for its key is what it passes, and a
    // spread after it may replace it.
    `
import express from 'express';
const app = express();
function deny({ req, res }) {
  res.status(401).json({ error: 'Sign in to ' + req.path });
}
function notAllowed({ res = null } = {}) {
  res.status(405).end();
}
app.get('/a', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer');
  deny({ req, res });
});
app.post('/b', (req, res) => notAllowed({ res, ...req.app.locals.overrides }));
`,
    // An error helper's status in a helper with a response parameter: what the callers set on that response counts.
    `
import express from 'express';
import createError from 'http-errors';
const app = express();
function requireUser(req, res, next) {
  if (!req.user) return next(createError(401, 'Sign in first'));
  next();
}
app.use('/admin', (req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer realm="admin"');
  requireUser(req, res, next);
});
`,
    `
import Koa from 'koa';
import { setCors } from './cors.js';
function challenge(ctx) {
  ctx.status = 401;
  ctx.body = 'Unauthorized';
}
function deny(ctx) {
  challenge(ctx);
}
function notAllowed(ctx) {
  ctx.status = 405;
}
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.get('authorization')) {
    ctx.set('WWW-Authenticate', 'Basic realm="api"');
    return deny(ctx);
  }
  if (ctx.method !== 'GET') {
    setCors(ctx);
    return notAllowed(ctx);
  }
  await next();
});
`,
    // A response handed to unknown code that may run before the status goes out, or around it, may get the header there:
    // a helper before the site, after it on the same path, in an earlier loop iteration, in a \`finally\`, in another
    // call of a callback that shares the response, or after a \`switch\` case that breaks instead of returning.
    `
import http from 'node:http';
import { allowMethods, decorate, serveFile } from './helpers.js';
http.createServer((req, res) => {
  allowMethods(res, ['GET']);
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.end();
    return;
  }
  serveFile(req, res);
});
http.createServer((req, res) => {
  res.statusCode = 405;
  decorate(res);
  res.end();
});
http.createServer((req, res) => {
  for (const handler of [decorate, serveFile]) {
    if (req.method !== 'GET') {
      res.statusCode = 405;
      res.end();
      return;
    }
    handler(req, res);
  }
});
http.createServer((req, res) => {
  try {
    if (req.method !== 'GET') {
      res.writeHead(405);
      res.end();
      return;
    }
  } finally {
    decorate(res);
  }
});
http.createServer((req, res) => {
  ['a', 'b'].forEach((name) => {
    if (!name) {
      res.statusCode = 405;
      res.end();
      return;
    }
    decorate(res);
  });
});
http.createServer((req, res) => {
  switch (req.method) {
    case 'PUT':
      res.statusCode = 405;
      if (req.headers['x-keep-open']) break;
      res.end();
      return;
    default:
      break;
  }
  decorate(res);
  res.end();
});
`,
    // Route response schemas keyed by status declare what a response looks like and send nothing: the handler's own
    // sends are what is checked (@fastify/swagger-ui's examples, Fastify's tests).
    {
      code: `
import fastify from 'fastify';
const app = fastify();
const ErrorBody = { type: 'object', properties: { message: { type: 'string' } } };
app.post('/session', {
  schema: {
    body: { type: 'object', required: ['user'] },
    response: { 201: { type: 'object' }, 301: {}, '401': ErrorBody, 405: ErrorBody },
  },
}, async (request, reply) => {
  if (!request.body.user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ message: 'login' });
  return reply.code(201).header('Location', '/session/1').send({ id: 1 });
});
`,
      options: [{ strict: true }],
    },
    {
      code: `
import { Elysia, t } from 'elysia';
new Elysia().get('/me', ({ set }) => ({ name: 'a' }), {
  response: { 200: t.Object({ name: t.String() }), 401: t.String(), 405: t.String() },
});
`,
      options: [{ strict: true }],
    },
    // Fetch Response: init headers, Headers object, Response.redirect, a response changed later.
    `
export function GET(request) {
  return new Response(null, { status: 302, headers: { Location: '/login' } });
}
export function POST() {
  return new Response(null, { status: 303, headers: new Headers({ location: '/done' }) });
}
export function PUT() {
  return Response.redirect('https://example.com/new', 308);
}
export function PATCH() {
  const response = new Response(null, { status: 307 });
  response.headers.set('Location', '/elsewhere');
  return response;
}
export function DELETE() {
  return new Response(null, { status: 302, headers: { ...corsHeaders, ...redirectHeaders } });
}
`,
    // http-errors with headers; headers set on res before next(err) survive in Express.
    `
import express from 'express';
import createError from 'http-errors';
export function requireUser(req, res, next) {
  if (!req.user) return next(createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  next();
}
export function onlyGet(req, res, next) {
  res.set('Allow', 'GET');
  next(createError(405));
}
export function guarded(req, res, next) {
  res.set('X-Frame-Options', 'deny');
  applyPolicies(req, res);
  if (req.method !== 'GET') return next(createError(405));
  next();
}
export function requireUser(req, res, next) {
  if (!req.user) {
    sendChallenge(res, 'Bearer');
    return next(createError(401));
  }
  next();
}
`,
    // A response parameter handed to other code before the error may get the header there (a Nest guard's context).
    `
import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class ApiKeyGuard {
  canActivate(context) {
    if (this.keys.has(context.switchToHttp().getRequest().headers['x-api-key'])) return true;
    this.challenges.write(context, 'ApiKey');
    throw new UnauthorizedException();
  }
}
`,
    // http-errors: headers given to the error after the call (finalhandler, Koa and Fastify send `err.headers`), and an
    // error a factory returns to its caller, who may still give it headers (@fastify/sensible's httpErrors table).
    `
import express from 'express';
import createError from 'http-errors';
export function requireUser(req, res, next) {
  if (req.user) return next();
  const err = createError(401, 'login required');
  err.headers = { 'WWW-Authenticate': 'Basic realm="admin"' };
  next(err);
}
export function requireAdmin(req, res, next) {
  if (req.user?.admin) return next();
  const err = new createError.Unauthorized('admins only');
  err.headers['WWW-Authenticate'] = 'Bearer';
  throw err;
}
export function onlyGet(req, res, next) {
  const err = createError(405, 'use GET');
  Object.assign(err.headers, allowHeaders(req.route));
  next(err);
}
export const httpErrors = {
  unauthorized(message) {
    return new createError.Unauthorized(message);
  },
  methodNotAllowed: (message) => new createError.MethodNotAllowed(message),
};
`,
    // Opt-in requirements are off by default; comparisons and assertions are not responses.
    `
import express from 'express';
const app = express();
app.post('/jobs', (req, res) => res.status(201).json({ id: 1 }));
app.get('/busy', (req, res) => res.status(503).send('try later'));
app.get('/rate', (req, res) => res.sendStatus(429));
if (response.status === 401) login();
expect(res.status).toBe(301);
`,
    // Strict: satisfied requirements.
    {
      code: `
import express from 'express';
const app = express();
app.post('/jobs', (req, res) => res.status(201).location('/jobs/1').json({ id: 1 }));
app.get('/busy', (req, res) => res.set('Retry-After', '120').status(503).send('try later'));
`,
      options: [{ strict: true }],
    },
    // A configured empty list turns a requirement off.
    {
      code: `
import express from 'express';
export const handler = (req, res) => res.sendStatus(401);
`,
      options: [{ requirements: { '401': [] } }],
    },
    // Odd but valid syntax never throws; unknown values stay silent.
    `
import express from 'express';
export const a = (req, res) => res.status(code).end();
export const b = (req, res) => res.status(...codes).end();
export const c = (req, res) => res?.status?.(200).end();
export const d = (req, res) => res['status'](200).set().end();
export const e = (req, res) => res.set(...pairs).sendStatus(200);
export const f = () => new Response(...args);
export const g = () => new Response(null, init);
`,
    // A number where the init object belongs is not sent as the status (Response.json() throws, MSW answers 200):
    // no-ignored-status reports it, and no header is asked for.
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [
  http.post('/api/login', () => HttpResponse.json({ error: 'expired' }, 401)),
  http.post('/api/items', () => Response.json({ id: 1 }, 201)),
];
`,
      options: [{ strict: true }],
    },
    // A header set, or a hand-off, that is written after the branch's return still counts when it can run before the
    // status: in a function declaration (hoisted), or in a loop around the branch.
    `
import http from 'node:http';
import { decorate } from './helpers.js';
http.createServer((req, res) => {
  allowGetOnly();
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.end();
    return;
  }
  res.end('ok');
  function allowGetOnly() {
    res.setHeader('Allow', 'GET');
  }
});
http.createServer((req, res) => {
  prepare();
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.end();
    return;
  }
  res.end('ok');
  function prepare() {
    decorate(res);
  }
});
http.createServer((req, res) => {
  for (const [name, value] of Object.entries(defaults)) {
    if (!value) {
      res.statusCode = 405;
      res.end();
      return;
    }
    res.setHeader(name, value);
  }
});
`,
  ],
  invalid: [
    {
      // express-basic-auth's shape: a middleware package that lists Express among its devDependencies only, so its
      // files import nothing; the setting says whose receivers they use.
      code: `
module.exports = function basicAuth(options) {
  return function authMiddleware(req, res, next) {
    if (options.users[req.user]) return next();
    return res.status(401).send('Unauthorized');
  };
};
`,
      settings: { 'http-status': { frameworks: ['express'] } },
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      // A const initialised with alternatives: each value may be sent, reported where the const is used.
      code: `
import express from 'express';
const app = express();
app.get('/session', (req, res) => {
  const code = req.user ? 200 : 401;
  res.status(code).json({ user: req.user ?? null });
});
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 18,
        },
      ],
    },
    {
      // Each branch of a status written as alternatives may be sent, and is reported where it is written.
      code: `
import express from 'express';
const app = express();
app.get('/session', (req, res) => {
  res.status(req.user ? 200 : 401).json({ user: req.user ?? null });
});
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 34,
        },
      ],
    },
    {
      // Middleware kept in a file of its own, which imports nothing from Express: the package depends on it.
      filename: path.join(fixtures, 'constants/express-project/src/middleware/auth.js'),
      code: `
module.exports = function requireUser(req, res, next) {
  if (!req.session.user) return res.status(401).json({ error: 'sign in first' });
  next();
};
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      // The same after \`prefer-status-constant\` has added node:http2's \`constants\`: data taken from node's modules does
      // not make the file plain Node code while its package depends on Express. In a package that depends on no
      // framework, it still does.
      filename: path.join(fixtures, 'constants/express-project/src/middleware/auth.js'),
      code: `
const { constants } = require('node:http2');
module.exports = function requireUser(req, res, next) {
  if (!req.session.user) return res.status(constants.HTTP_STATUS_UNAUTHORIZED).json({ error: 'sign in first' });
  next();
};
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 4,
          column: 44,
        },
      ],
    },
    {
      filename: path.join(fixtures, 'constants/plain-project/src/handler.js'),
      code: `
const { STATUS_CODES } = require('node:http');
const { constants } = require('node:http2');
module.exports = function handler(req, res) {
  res.statusCode = constants.HTTP_STATUS_UNAUTHORIZED;
  res.end(STATUS_CODES[401]);
};
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 5,
          column: 20,
        },
      ],
    },
    {
      // Express: sendStatus(301) sends no Location; 401 without a challenge; 405 without Allow.
      code: `
import express from 'express';
const app = express();
app.get('/old', (req, res) => {
  res.sendStatus(301);
});
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).json({ error: 'unauthorized' });
  res.json(req.user);
});
app.all('/items', (req, res) => {
  if (req.method !== 'GET') return res.status(405).end();
  res.json([]);
});
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 21,
        },
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 8,
          column: 36,
        },
        {
          messageId: 'missingHeader',
          data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
          line: 12,
          column: 47,
        },
      ],
    },
    {
      // Constants resolve; a redirect status set on a response that never gets Location.
      code: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export function legacy(req, res) {
  res.status(StatusCodes.PERMANENT_REDIRECT);
  res.send('moved');
}
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '308 Permanent Redirect', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.9' },
          line: 5,
          column: 14,
        },
      ],
    },
    {
      // Node: setHeader after writeHead is rejected (ERR_HTTP_HEADERS_SENT); 101 without Upgrade.
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/old') {
    res.writeHead(302);
    res.setHeader('Location', '/new');
    return res.end();
  }
  if (req.headers.upgrade) {
    res.writeHead(101, { Connection: 'Upgrade' });
    return res.end();
  }
  res.end('ok');
});
`,
      errors: [
        {
          messageId: 'headerAfterHead',
          data: { api: 'res.writeHead()', header: 'Location', status: '302 Found', reference: ' (RFC 9110 §15.4.3)' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 38,
        },
        {
          messageId: 'missingHeader',
          data: { status: '101 Switching Protocols', strength: 'must', article: 'an', header: 'Upgrade', reference: 'RFC 9110 §15.2.2' },
          line: 10,
          column: 19,
        },
      ],
    },
    {
      // end() sends the head too: a Location set after it is lost.
      code: `
import http from 'node:http';
export const handler = (req, res) => {
  res.statusCode = 307;
  res.end();
  res.setHeader('Location', '/maintenance');
};
`,
      errors: [
        {
          messageId: 'headerAfterHead',
          data: { api: 'res.end()', header: 'Location', status: '307 Temporary Redirect', reference: ' (RFC 9110 §15.4.8)' },
          line: 6,
          column: 3,
        },
      ],
    },
    {
      // Koa: ctx.throw() wipes headers set before it; a bare ctx.throw(401); ctx.status = 301 without redirect.
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  if (!ctx.get('Authorization')) {
    ctx.set('WWW-Authenticate', 'Bearer realm="api"');
    ctx.throw(401, 'token required');
  }
  await next();
});
app.use(async (ctx) => {
  if (ctx.path === '/api') {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    return;
  }
  if (!ctx.state.user) ctx.throw(401);
  if (ctx.path === '/legacy') {
    ctx.status = 301;
    return;
  }
  ctx.body = 'ok';
});
`,
      errors: [
        {
          messageId: 'headerDropped',
          data: { api: 'ctx.throw()', header: 'WWW-Authenticate', status: '401 Unauthorized', reference: ' (RFC 9110 §15.5.2)' },
          line: 6,
          column: 5,
        },
        // The ctx.set() in the other branch does not reach ctx.throw(): reported as missing, not as dropped.
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 17, column: 34 },
        { messageId: 'missingHeader', line: 19, column: 18 },
      ],
    },
    {
      // Fastify and Fetch.
      code: `
import fastify from 'fastify';
const app = fastify();
app.get('/moved', async (request, reply) => {
  return reply.code(307).send();
});
export function GET() {
  return new Response(null, { status: 303 });
}
export function POST() {
  return new Response('Upgrade required', { status: 426, headers: { 'Content-Type': 'text/plain' } });
}
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '307 Temporary Redirect', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.8' }, line: 5, column: 21 },
        { messageId: 'missingHeader', data: { status: '303 See Other', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.4' }, line: 8, column: 39 },
        { messageId: 'missingHeader', data: { status: '426 Upgrade Required', strength: 'must', article: 'an', header: 'Upgrade', reference: 'RFC 9110 §15.5.22' }, line: 11, column: 53 },
      ],
    },
    {
      // The same with nothing set on the response passed.
      code: `
import express from 'express';
const app = express();
function deny({ req, res: response }) {
  response.status(401).json({ error: 'Sign in to ' + req.path });
}
app.get('/a', (req, res) => deny({ req, res }));
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 19 },
      ],
    },
    {
      // The same helper called only where nothing sets the header.
      code: `
import express from 'express';
import createError from 'http-errors';
const app = express();
function requireUser(req, res, next) {
  if (!req.user) return next(createError(401, 'Sign in first'));
  next();
}
app.use('/admin', (req, res, next) => {
  requireUser(req, res, next);
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 6, column: 42 },
      ],
    },
    {
      // A helper's response gets from its callers only what they give it before the call: nothing here, or a header set
      // only after the branch that called the helper has returned. A helper the file does not call itself (exported)
      // has no caller to take headers from.
      code: `
import express from 'express';
const app = express();
function deny(res) {
  res.status(401).end();
}
const notAllowed = (res, allowed) => res.status(405).send('Use ' + allowed);
export function unauthorized(res) {
  res.status(401).send('Unauthorized');
}
app.get('/account', (req, res) => {
  if (!req.user) return deny(res);
  res.json(req.user);
});
app.all('/items', (req, res) => {
  if (req.method !== 'GET') {
    notAllowed(res, 'GET');
    return;
  }
  res.set('Allow', 'GET');
  res.json([]);
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 14 },
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 7, column: 49 },
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 9, column: 14 },
      ],
    },
    {
      // A hand-off only after the branch that sent the status has returned cannot add the header to it (redbird's ACME
      // challenge server pipes a file into \`res\` further down).
      code: `
import http from 'node:http';
import fs from 'node:fs';
import express from 'express';
import { proxy } from './proxy.js';
http.createServer((req, res) => {
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.end();
    return;
  }
  fs.stat(req.url, (err) => {
    if (err) return res.writeHead(404).end();
    fs.createReadStream(req.url).pipe(res);
  });
});
express().use('/api', (req, res) => {
  if (req.method === 'TRACE') return res.status(405).end();
  proxy(req, res);
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 8, column: 22 },
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 18, column: 49 },
      ],
    },
    {
      // Headers copied from a proxied response only after the branch that sent the status has returned do not go out
      // with it (@vercel/node's bundling handler answers an unknown method this way).
      code: `
import http from 'node:http';
http.createServer(async (req, res) => {
  const handler = handlers[req.method ?? 'GET'];
  if (!handler) {
    res.statusCode = 405;
    res.end('Method Not Allowed');
    return;
  }
  const response = await handler(new Request(\`http://\${req.headers.host}\${req.url}\`));
  res.statusCode = response.status;
  for (const [key, value] of response.headers) res.appendHeader(key, value);
  res.end(await response.text());
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 6, column: 22 },
      ],
    },
    {
      // The schema's 401 key is a declaration; the 401 the handler sends is checked.
      code: `
import fastify from 'fastify';
const app = fastify();
app.get('/private', { schema: { response: { 200: { type: 'object' }, 401: { type: 'object' } } } }, async (request, reply) => {
  if (!request.headers.authorization) return reply.code(401).send({ message: 'login required' });
  return { secret: 42 };
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 57 },
      ],
    },
    {
      // http-errors: an error status without its header, in a handler that sets none.
      code: `
import express from 'express';
import createError from 'http-errors';
export function requireUser(req, res, next) {
  if (!req.user) return next(createError(401, 'login required'));
  next();
}
export function proxyOnly(req, res, next) {
  throw createError(407);
}
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 42 },
        { messageId: 'missingHeader', data: { status: '407 Proxy Authentication Required', strength: 'must', article: 'a', header: 'Proxy-Authenticate', reference: 'RFC 9110 §15.5.8' }, line: 9, column: 21 },
      ],
    },
    {
      // http-errors: the response is handed to other code only after the branch that passed the error on has returned,
      // so nothing can have set Allow or WWW-Authenticate for the error page (the second \`res\` has no other use).
      code: `
import express from 'express';
import createError from 'http-errors';
import serveStatic from 'serve-static';
const files = serveStatic('public');
export function staticOnly(req, res, next) {
  res.set('X-Frame-Options', 'deny');
  if (req.method !== 'GET' && req.method !== 'HEAD') return next(createError(405));
  files(req, res, next);
}
export function requireUser(req, res, next) {
  if (!req.user) return next(createError(401));
  sendChallenge(res, 'Bearer');
  next();
}
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 8, column: 78, endLine: 8, endColumn: 81 },
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 12, column: 42, endLine: 12, endColumn: 45 },
      ],
    },
    {
      // http-errors: an error kept in a variable is followed to where it is handed on; headers other than the required
      // one, or other properties, do not make up for it.
      code: `
import express from 'express';
import createError from 'http-errors';
export function requireUser(req, res, next) {
  const err = createError(401, 'login required');
  err.headers = { 'X-Reason': 'session expired' };
  next(err);
}
export function onlyGet(req, res, next) {
  const err = new createError.MethodNotAllowed('use GET');
  err.expose = true;
  throw err;
}
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 27 },
        { messageId: 'missingHeader', data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' }, line: 10, column: 19 },
      ],
    },
    {
      // strict: 201 without Location, 429/503 without Retry-After, 206/416 without Content-Range.
      code: `
import express from 'express';
const app = express();
app.post('/jobs', (req, res) => res.status(201).json({ id: 1 }));
app.get('/busy', (req, res) => res.status(503).send('maintenance'));
app.get('/rate', (req, res) => res.sendStatus(429));
app.get('/video', (req, res) => res.status(206).send(chunk));
app.get('/range', (req, res) => res.sendStatus(416));
`,
      options: [{ strict: true }],
      errors: [
        { messageId: 'missingOptionalHeader', data: { status: '201 Created', header: 'Location', reference: 'RFC 9110 §15.3.2' }, line: 4, column: 44 },
        { messageId: 'missingOptionalHeader', data: { status: '503 Service Unavailable', header: 'Retry-After', reference: 'RFC 9110 §15.6.4' }, line: 5, column: 43 },
        { messageId: 'missingOptionalHeader', data: { status: '429 Too Many Requests', header: 'Retry-After', reference: 'RFC 6585 §4' }, line: 6, column: 47 },
        { messageId: 'missingHeader', data: { status: '206 Partial Content', strength: 'must', article: 'a', header: 'Content-Range', reference: 'RFC 9110 §15.3.7.1' }, line: 7, column: 44 },
        { messageId: 'missingHeader', data: { status: '416 Range Not Satisfiable', strength: 'should', article: 'a', header: 'Content-Range', reference: 'RFC 9110 §15.5.17' }, line: 8, column: 48 },
      ],
    },
    {
      // requirements: add a header to a code, replace a built-in one.
      code: `
import express from 'express';
const app = express();
app.post('/uploads', (req, res) => res.status(202).json({ queued: true }));
app.get('/login', (req, res) => res.set('WWW-Authenticate', 'Basic').sendStatus(401));
`,
      options: [{ requirements: { '202': ['Location'], '401': ['WWW-Authenticate', 'Cache-Control'] } }],
      errors: [
        { messageId: 'missingConfiguredHeader', data: { status: '202 Accepted', article: 'a', header: 'Location' }, line: 4, column: 47 },
        { messageId: 'missingConfiguredHeader', data: { status: '401 Unauthorized', article: 'a', header: 'Cache-Control' }, line: 5, column: 81 },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('require-status-headers (frameworks)', rule, {
  valid: [
    // Hono: c.redirect() sets Location; 401 with a WWW-Authenticate header set by c.header()
    `
import { Hono } from 'hono';
const app = new Hono();
app.get('/old-docs', (c) => c.redirect('/docs', 301));
app.get('/me', async (c) => {
  const token = c.req.header('authorization');
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer realm="api"');
    return c.json({ error: 'unauthorized' }, 401);
  }
  return c.json(await loadUser(token));
});
`,
    // NestJS: @Redirect() sets Location
    `
import { Controller, Get, Redirect } from '@nestjs/common';
@Controller('docs')
export class DocsController {
  @Get('v1')
  @Redirect('https://docs.example.com/v2', 301)
  legacy() {}
}
`,
    // Next App Router: NextResponse.redirect() sets Location; a 401 with headers in init
    `
import { NextResponse } from 'next/server';
export async function GET(request) {
  if (!request.cookies.get('session')) {
    return NextResponse.redirect(new URL('/login', request.url), 308);
  }
  if (!request.headers.get('authorization')) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return NextResponse.json({ ok: true });
}
`,
    // SvelteKit: redirect(303) sets Location; error(401) is rendered by +error
    `
import { redirect } from '@sveltejs/kit';
export async function load({ locals }) {
  if (!locals.user) redirect(303, '/login');
  return { user: locals.user };
}
`,
    // SvelteKit: error(302) throws before a response exists (no-unknown-status reports it), so no Location is required
    `
import { error } from '@sveltejs/kit';
export async function load({ params }) {
  const post = await db.post(params.slug);
  if (!post) error(302, 'moved');
  return { post };
}
`,
    // React Router: redirect() sets Location; 401 with a header
    `
import { data, redirect } from 'react-router';
export async function loader({ request }) {
  const user = await findUser(request.headers.get('Cookie'));
  if (!user) throw redirect('/login', 302);
  if (!user.apiKey) return data({ error: 'key' }, { status: 401, headers: { 'WWW-Authenticate': 'ApiKey' } });
  return data({ user });
}
`,
    // h3 v1: setResponseHeader() adds WWW-Authenticate; sendRedirect() sets Location
    `
import { defineEventHandler, setResponseStatus, setResponseHeader, sendRedirect } from 'h3';
export default defineEventHandler((event) => {
  if (event.path === '/old') return sendRedirect(event, '/new', 301);
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  setResponseStatus(event, 401);
  return { error: 'login required' };
});
`,
    // h3: a Response the handler returns goes out with the headers set on its event (v1 copies the Response's headers onto
    // the Node response, v2 merges the event's prepared headers into it).
    `
import { defineEventHandler, getQuery, setHeader } from 'h3';
export default defineEventHandler((event) => {
  const target = LINKS[getQuery(event).ide];
  if (!target) {
    setHeader(event, 'Location', '/');
    return new Response(null, { status: 302 });
  }
  return new Response(renderPage(target), { headers: { 'Content-Type': 'text/html' } });
});
`,
    // hapi: h.redirect().code(301), .location(), Boom.unauthorized(msg, scheme), Boom.methodNotAllowed(msg, data, allow)
    `
import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/legacy',
  handler: (request, h) => {
    if (request.query.v === '1') return h.redirect('/v2').code(301);
    return h.response().code(302).location('/v2');
  },
});
server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.auth.isAuthenticated) throw Boom.unauthorized('login required', 'Bearer');
    if (request.method !== 'get') throw Boom.methodNotAllowed('read only', null, ['GET']);
    return request.auth.credentials;
  },
});
`,
    // hapi: new Boom.Boom() below 400 throws an AssertionError (no-unknown-status reports it)
    `
import Boom from '@hapi/boom';
export const handler = () => {
  throw new Boom.Boom('moved', { statusCode: 302 });
};
`,
    // Elysia: set.headers.location with set.status; redirect() sets Location
    `
import { Elysia } from 'elysia';
export const app = new Elysia()
  .get('/old', ({ set }) => {
    set.headers.location = '/new';
    set.status = 301;
    return '';
  })
  .get('/docs', ({ redirect }) => redirect('https://docs.example.com', 308));
`,
    // NestJS: @Header() next to @HttpCode(401) and @Header(Location) next to @HttpCode(301)
    `
import { Controller, Get, Header, HttpCode } from '@nestjs/common';
@Controller('session')
export class SessionController {
  @Get()
  @HttpCode(401)
  @Header('WWW-Authenticate', 'Bearer realm="app"')
  current() {
    return { error: 'login required' };
  }
  @Get('legacy')
  @HttpCode(301)
  @Header('Location', '/session')
  legacy() {}
}
`,
    // NestJS: a guard that sets the header on the platform response before it throws (Nest's exception filter keeps the
    // headers set on it); the response comes from the execution context, which the analysis does not follow.
    `
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (request.headers['x-api-key'] === process.env.API_KEY) return true;
    context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'ApiKey realm="api"');
    throw new UnauthorizedException('API key required');
  }
}
`,
    // Hono: the status passed to c.json() replaces the one c.status() set, so 201 is never sent (strict asks 201 for
    // Location); Express: a default 401 that writeHead() replaces straight after.
    {
      code: `
import { Hono } from 'hono';
import express from 'express';
const app = new Hono();
app.post('/drafts', async (c) => {
  const draft = await saveDraft(await c.req.json());
  c.status(201);
  return c.json(draft, 200);
});
const router = express.Router();
router.get('/feed', (req, res) => {
  res.statusCode = 401;
  res.writeHead(200, { 'Content-Type': 'application/atom+xml' });
  res.end(renderFeed());
});
`,
      options: [{ strict: true }],
    },
  ],
  invalid: [
    // Koa: a redirect in one branch replaces the 401 only there; otherwise the 401 goes out with the body.
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 401;
  if (ctx.accepts('html')) return ctx.redirect('/login');
  ctx.body = { error: 'login required' };
});
`,
      output: null,
      errors: [{ messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 5, column: 16, endLine: 5, endColumn: 19 }],
    },
    {
      // Hono's cookie and environment helpers are handed the context but set no header besides Set-Cookie: the 401 is
      // still checked (@hono/oauth-providers' state check has this shape). \`verifySession(c)\` is unknown code and may
      // set anything, so the second handler is not reported.
      code: `
import { Hono } from 'hono';
import { env } from 'hono/adapter';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/callback', async (c) => {
  const { CLIENT_ID } = env(c);
  const stored = getCookie(c, 'state');
  if (!stored || stored !== c.req.query('state')) throw new HTTPException(401);
  setCookie(c, 'session', await exchange(CLIENT_ID, c.req.query('code')), { httpOnly: true });
  return c.redirect('/');
});
app.get('/account', async (c) => {
  await verifySession(c);
  if (!c.get('user')) throw new HTTPException(401);
  return c.json(c.get('user'));
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 10, column: 75, endLine: 10, endColumn: 78 },
      ],
    },
    {
      // h3's cookie and session helpers set Set-Cookie only: a session handler that clears the cookie and answers 401 is
      // still checked; v1's appendHeader() sets the header the other handler needs.
      code: `
import { appendHeader, defineEventHandler, deleteCookie, getCookie, setResponseStatus, useSession } from 'h3';
export const me = defineEventHandler(async (event) => {
  const session = await useSession(event, { password: process.env.SESSION_SECRET });
  if (!session.data.userId) {
    deleteCookie(event, 'remember');
    setResponseStatus(event, 401);
    return { error: 'login required' };
  }
  return { id: session.data.userId };
});
export const api = defineEventHandler((event) => {
  if (!getCookie(event, 'token')) {
    appendHeader(event, 'WWW-Authenticate', 'Bearer realm="api"');
    setResponseStatus(event, 401);
    return null;
  }
  return { ok: true };
});
`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' }, line: 7, column: 30, endLine: 7, endColumn: 33 },
      ],
    },
    // Hono: 401 without WWW-Authenticate, 301 without Location
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/me', async (c) => {
  const token = c.req.header('authorization');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  return c.json(await loadUser(token));
});
app.get('/moved', (c) => {
  c.status(301);
  return c.body(null);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 6,
          column: 56,
        },
        {
          messageId: 'missingHeader',
          line: 10,
          column: 12,
        },
      ],
    },
    // NestJS: @HttpCode(401) without @Header(WWW-Authenticate)
    {
      code: `
import { Controller, Get, HttpCode } from '@nestjs/common';
@Controller('session')
export class SessionController {
  @Get()
  @HttpCode(401)
  current() {
    return { error: 'login required' };
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 6,
          column: 13,
        },
      ],
    },
    // Next App Router: a hand-made 301 without Location
    {
      code: `
import { NextResponse } from 'next/server';
export async function GET() {
  return new NextResponse(null, { status: 301 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 4,
          column: 43,
        },
      ],
    },
    // SvelteKit: a 401 Response without WWW-Authenticate
    {
      code: `
export async function DELETE({ locals }) {
  if (!locals.user) return new Response(null, { status: 401 });
  await locals.db.deleteAccount(locals.user.id);
  return new Response(null, { status: 204 });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 3,
          column: 57,
        },
      ],
    },
    // React Router: data() with 401 and no header
    {
      code: `
import { data } from 'react-router';
export async function action({ request }) {
  const session = await getSession(request.headers.get('Cookie'));
  if (!session.has('userId')) return data({ error: 'login' }, 401);
  return data({ ok: true });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 5,
          column: 63,
        },
      ],
    },
    // h3: the event's headers count for the Response its handler returns, not for one built in a helper it calls.
    {
      code: `
import { defineEventHandler, setHeader } from 'h3';
function moved() {
  return new Response(null, { status: 301 });
}
export default defineEventHandler((event) => {
  setHeader(event, 'Cache-Control', 'no-store');
  if (event.path.startsWith('/v1/')) return moved();
  return new Response(null, { status: 302 });
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 42,
        },
        {
          messageId: 'missingHeader',
          data: { status: '302 Found', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.3' },
          line: 9,
          column: 39,
          endLine: 9,
          endColumn: 42,
        },
      ],
    },
    // h3 v1: setResponseStatus(event, 401) without WWW-Authenticate
    {
      code: `
import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 401);
  return { error: 'login required' };
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 4,
          column: 28,
        },
      ],
    },
    // hapi: a 301 without .location(), a Boom 401 without a scheme, a 405 without allowed methods
    {
      code: `
import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/legacy',
  handler: (request, h) => h.response('moved').code(301),
});
server.route({
  method: 'GET',
  path: '/me',
  handler: (request, h) => {
    if (!request.auth.isAuthenticated) throw Boom.unauthorized('login required');
    if (request.method !== 'get') throw Boom.methodNotAllowed('read only');
    return request.auth.credentials;
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 8,
          column: 53,
        },
        {
          messageId: 'missingHeader',
          line: 14,
          column: 46,
        },
        {
          messageId: 'missingHeader',
          line: 15,
          column: 41,
        },
      ],
    },
    // Elysia: set.status = 301 without set.headers.location; status(401)
    {
      code: `
import { Elysia } from 'elysia';
export const app = new Elysia()
  .get('/old', ({ set }) => {
    set.status = 301;
    return 'moved';
  })
  .get('/me', ({ status, headers }) => {
    if (!headers.authorization) return status(401, 'login required');
    return { ok: true };
  });
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 5,
          column: 18,
        },
        {
          messageId: 'missingHeader',
          line: 9,
          column: 47,
        },
      ],
    },
    // NestJS: a guard that sets another header before it throws still sends the 401 without WWW-Authenticate.
    {
      code: `
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (request.headers['x-api-key'] === process.env.API_KEY) return true;
    context.switchToHttp().getResponse<Response>().setHeader('X-Reason', 'missing API key');
    throw new UnauthorizedException('API key required');
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 10,
          column: 15,
        },
      ],
    },
    // NestJS: the built-in UnauthorizedException sets no WWW-Authenticate; @HttpCode(301) without a Location
    {
      code: `
import { Controller, Get, HttpCode, UnauthorizedException } from '@nestjs/common';
@Controller('session')
export class SessionController {
  @Get()
  current(@Req() req) {
    if (!req.user) throw new UnauthorizedException('login required');
    return req.user;
  }
  @Get('legacy')
  @HttpCode(301)
  legacy() {}
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingHeader',
          line: 7,
          column: 30,
        },
        {
          messageId: 'missingHeader',
          line: 11,
          column: 13,
        },
      ],
    },
  ],
});

// Nuxt auto-imports h3's helpers: the event a server route sets a 401 on is tracked like an imported h3's.
ruleTester.run('require-status-headers (auto-imported helpers)', rule, {
  valid: [
    {
      code: `
export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer realm="api"');
    setResponseStatus(event, 401);
    return { error: 'unauthorized' };
  }
  return event.context.user;
});
`,
      filename: path.join(fixtures, 'nuxt-app', 'server/api/me.get.ts'),
    },
  ],
  invalid: [
    {
      code: `
export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 401);
    return { error: 'unauthorized' };
  }
  return event.context.user;
});
`,
      filename: path.join(fixtures, 'nuxt-app', 'server/api/me.get.ts'),
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
  ],
});

const UNAUTHORIZED_WITHOUT_CHALLENGE = {
  messageId: 'missingHeader',
  data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
} as const;

/** @fastify/basic-auth's README: its plugin sets WWW-Authenticate on the reply, then hands a 401 error to this handler. */
const basicAuthErrorHandler = `
import Fastify from 'fastify';
import basicAuth from '@fastify/basic-auth';

const fastify = Fastify();
await fastify.register(basicAuth, { validate, authenticate: { realm: 'admin' } });
fastify.after(() => fastify.addHook('onRequest', fastify.basicAuth));

fastify.setErrorHandler(function (err, req, reply) {
  if (err.statusCode === 401) {
    // This was unauthorized! Display the correct page/message
    reply.code(401).send({ was: 'unauthorized' });
    return;
  }
  reply.send(err);
});
`;

ruleTester.run('require-status-headers (error handlers)', rule, {
  valid: [
    basicAuthErrorHandler,
    // Express error middleware, the error's status compared in a longer condition (code first, optional chaining) and in
    // a switch.
    `
import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  if (req.accepts('html') && 401 === err?.status) return res.status(401).render('login');
  switch (err.status) {
    case 405:
      return res.status(405).json({ error: 'method not allowed' });
    default:
      return next(err);
  }
});
`,
    // Hono's onError, with \`?:\`.
    `
import { Hono } from 'hono';
const app = new Hono();
app.onError((error, c) => (error.status === 401 ? c.json({ error: 'sign in' }, 401) : c.json({ error: 'failed' }, 500)));
`,
  ],
  invalid: [
    {
      // An error of another status answered with 401: nothing raised a 401 that could have set the header.
      code: basicAuthErrorHandler.replace('err.statusCode === 401', "err.code === 'FST_JWT_NO_AUTHORIZATION_IN_HEADER'"),
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 12, column: 16 }],
    },
    {
      code: basicAuthErrorHandler.replace('err.statusCode === 401', 'err.statusCode === 403'),
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 12, column: 16 }],
    },
    {
      // The 401 is sent on the other branch: there the error's status is anything but 401.
      code: `
import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  if (err.status !== 401) return next(err);
  res.status(401).json({ error: 'sign in' });
});
`,
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 6, column: 14 }],
    },
    {
      // The first parameter is an upstream response, not an error: its WWW-Authenticate is not copied.
      code: `
import express from 'express';
export function relay(upstream, res) {
  if (upstream.status === 401) return res.status(401).end();
  res.status(upstream.status).send(upstream.body);
}
`,
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 4, column: 50 }],
    },
  ],
});

/** A project whose statuses are named exports of its own module (tests/fixtures/constants/own-project/src/lib). */
const ownProjectFile = (file: string): string => path.join(fixtures, 'constants/own-project', file);

ruleTester.run("require-status-headers (a project's own constants)", rule, {
  valid: [
    // The constant stands for 401, and the header is there.
    {
      code: `
import express from 'express';
import { UNAUTHORIZED } from '../lib/http-status.js';
export const router = express.Router();
router.use((req, res, next) => {
  if (req.get('authorization')) return next();
  res.set('WWW-Authenticate', 'Bearer realm="shop"').status(UNAUTHORIZED).json({ message: 'sign in' });
});
`,
      filename: ownProjectFile('src/routes/auth.ts'),
    },
    // A module that cannot be read (a path alias) says nothing of its constants.
    {
      code: `
import express from 'express';
import { UNAUTHORIZED } from '@/lib/http-status';
export const router = express.Router();
router.use((req, res) => res.status(UNAUTHORIZED).end());
`,
      filename: ownProjectFile('src/routes/alias.ts'),
    },
  ],
  invalid: [
    // Read from the module's text: UNAUTHORIZED is 401 (named export), Http.Created 201 (an object's member, under
    // `strict`), and NOT_FOUND through a CommonJS destructuring needs nothing.
    {
      code: `
import express from 'express';
import { UNAUTHORIZED } from '../lib/http-status.js';
import { Http } from '../lib/codes.js';
export const router = express.Router();
router.use((req, res, next) => (req.get('authorization') ? next() : res.status(UNAUTHORIZED).json({ message: 'sign in' })));
router.post('/orders', async (req, res) => res.status(Http.Created).json(await createOrder(req.body)));
`,
      filename: ownProjectFile('src/routes/orders.ts'),
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 6,
          column: 80,
        },
        {
          messageId: 'missingOptionalHeader',
          data: { status: '201 Created', header: 'Location', reference: 'RFC 9110 §15.3.2' },
          line: 7,
          column: 55,
        },
      ],
    },
  ],
});

/** A project that imports its constants through aliases (tests/fixtures/constants/aliased-project). */
const aliasedProjectFile = (file: string): string => path.join(fixtures, 'constants/aliased-project', file);

ruleTester.run("require-status-headers (a project's own constants through an alias)", rule, {
  valid: [
    {
      code: `
import express from 'express';
import { UNAUTHORIZED } from '@/lib/http-status';
export const router = express.Router();
router.use((req, res) => res.set('WWW-Authenticate', 'Bearer').status(UNAUTHORIZED).end());
`,
      filename: aliasedProjectFile('src/routes/auth.ts'),
    },
  ],
  invalid: [
    // The tsconfig alias (`@/*`) and the subpath import (`#status`) both lead to src/lib/http-status.ts: 401.
    {
      code: `
import express from 'express';
import { UNAUTHORIZED } from '@/lib/http-status';
import * as Http from '#status';
export const router = express.Router();
router.use('/api', (req, res, next) => (req.get('authorization') ? next() : res.status(UNAUTHORIZED).end()));
router.use('/admin', (req, res, next) => (req.user?.admin ? next() : res.status(Http.UNAUTHORIZED).end()));
`,
      filename: aliasedProjectFile('src/routes/auth.ts'),
      errors: [
        { ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 6, column: 88 },
        { ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 7, column: 81 },
      ],
    },
  ],
});

/** A package that depends on Express, whose files import nothing from it (tests/fixtures/constants/express-project). */
const expressProjectFile = (file: string): string => path.join(fixtures, 'constants/express-project', file);

ruleTester.run('require-status-headers (response models that are no framework response)', rule, {
  valid: [
    // azurite's table handlers: `response` is the `{ statusCode, … }` model the handler builds and a serializer writes
    // out later; the helper that sets its status is only ever given such an object.
    {
      code: `
class TableHandler {
  async insertEntity(context) {
    const response = { statusCode: 201, clientRequestId: context.id };
    this.updateResponsePrefer(response, context);
    return response;
  }
  async mergeEntity(context) {
    return this.updateResponsePrefer({ statusCode: 204 }, context);
  }
  updateResponsePrefer(response, context) {
    if (context.prefer === 'return-no-content') response.statusCode = 204;
    if (context.prefer === 'return-content') response.statusCode = 201;
    return response;
  }
}
module.exports = TableHandler;
`,
      filename: expressProjectFile('src/handlers/table.js'),
      options: [{ strict: true }],
    },
    {
      code: `
function deny(response, reason) {
  response.statusCode = 401;
  response.body = { error: reason };
  return response;
}
exports.check = (token) => (token ? { statusCode: 200 } : deny({ statusCode: 200, headers: {} }, 'no token'));
`,
      filename: expressProjectFile('src/auth/check.js'),
    },
  ],
  invalid: [
    // Helpers given a real response: a function, and a class's method, whose callers pass the handler's own.
    {
      code: `
function deny(res, reason) {
  res.statusCode = 401;
  res.json({ error: reason });
}
module.exports = function requireToken(req, res, next) {
  if (!req.get('x-api-key')) return deny(res, 'no key');
  next();
};
`,
      filename: expressProjectFile('src/middleware/api-key.js'),
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 3, column: 20 }],
    },
    {
      code: `
class SessionGuard {
  handle(req, res, next) {
    if (!req.session.user) return this.deny(res, { error: 'sign in' });
    next();
  }
  deny(response, body) {
    response.status(401).json(body);
  }
  check(req, res) {
    return req.session.user ? res.sendStatus(204) : this.deny(res, { error: 'expired' });
  }
}
module.exports = SessionGuard;
`,
      filename: expressProjectFile('src/middleware/session.js'),
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 8, column: 21 }],
    },
  ],
});
