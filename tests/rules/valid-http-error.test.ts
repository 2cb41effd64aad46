import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/valid-http-error.js';
import { ruleTester } from '../rule-tester.js';

const koa3 = { 'http-status': { versions: { koa: 3 } } };

ruleTester.run('valid-http-error', rule, {
  valid: [
    // http-errors with 4xx/5xx codes and constants, in Express middleware.
    `
import express from 'express';
import createError from 'http-errors';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.use('/admin', (req, res, next) => {
  if (!req.user) return next(createError(401, 'Login required', { headers: { 'WWW-Authenticate': 'Bearer' } }));
  if (!req.user.admin) return next(createError(StatusCodes.FORBIDDEN));
  next();
});
app.use((req, res, next) => next(new createError(404)));
`,
    // Koa sends a thrown 3xx with the headers the call passes: with a Location it is a redirect as written [O koa 2, 3].
    `
import Router from '@koa/router';
const router = new Router();
router.get('/legacy/:id', async (ctx) => {
  if (!ctx.state.user) ctx.throw(302, 'Log in first', { headers: { Location: \`/login?next=\${ctx.path}\` } });
  ctx.body = await ctx.db.items.find(ctx.params.id);
});
`,
    // createError(err) and createError('message') take no status argument.
    `
import createError from 'http-errors';
export const wrap = (err) => createError(err);
export const plain = () => createError('Something broke');
export const unknown = (status) => createError(status, 'Upstream failed');
`,
    // Koa: ctx.throw(status, message) is the right order; version unknown keeps (message, status) silent (Koa 2 accepts it).
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.throw(503, 'Maintenance');
});
`,
      settings: koa3,
    },
    `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.throw('name required', 400);
});
`,
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.throw('name required', 400);
});
`,
      settings: { 'http-status': { versions: { koa: 2 } } },
    },
    // Not a status: out-of-range values belong to no-unknown-status; odd syntax never throws.
    `
import createError from 'http-errors';
export const a = () => createError(4040);
export const b = () => createError(...args);
export const c = () => createError();
`,
  ],
  invalid: [
    {
      // Nest takes (response, status): the swapped form answers 500.
      code: `
import { Controller, Get, HttpException, Param } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  @Get(':id')
  find(@Param('id') id: string) {
    throw new HttpException(404, \`cat \${id} not found\`);
  }
}
`,
      errors: [
        {
          messageId: 'swapped',
          line: 7,
          column: 29,
          endLine: 7,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import { Controller, Get, HttpException, Param } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  @Get(':id')
  find(@Param('id') id: string) {
    throw new HttpException(\`cat \${id} not found\`, 404);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Each branch of a status written as alternatives is checked where it is written: 404 is fine, 200 is not.
      code: `
import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/items/:id', (req, res, next) => {
  next(createError(req.params.id ? 404 : 200, 'no such item'));
});
`,
      errors: [
        {
          messageId: 'notError',
          data: {
            status: '200 OK',
            api: 'createError()',
            code: '200',
            outcome: 'http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500',
          },
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 45,
        },
      ],
    },
    {
      // createError(302): a plain Error with status 302; Express's finalhandler then answers 500.
      code: `
import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/legacy', (req, res, next) => {
  next(createError(302, 'Moved to /v2'));
});
app.get('/old', (req, res, next) => {
  // A Location changes nothing: finalhandler answers 500 for a status below 400.
  next(createError(302, { headers: { Location: '/v2' } }));
});
`,
      errors: [
        {
          messageId: 'notError',
          data: {
            status: '302 Found',
            api: 'createError()',
            code: '302',
            outcome: 'http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500',
          },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 23,
        },
        { messageId: 'notError', line: 10, column: 20, endLine: 10, endColumn: 23 },
      ],
    },
    {
      // A constant that resolves to 200, with `new`.
      code: `
import createError from 'http-errors';
const OK = 200;
export function reject() {
  throw new createError(OK, 'nothing to do');
}
`,
      errors: [{ messageId: 'notError', data: { status: '200 OK', api: 'new createError()', code: '200', outcome: 'http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500' }, line: 5, column: 25, endLine: 5, endColumn: 27 }],
    },
    {
      // Koa ctx.throw(302): 302 with an error body and no Location.
      code: `
import Router from '@koa/router';
const router = new Router();
router.get('/old', async (ctx) => {
  ctx.throw(302, 'see /new');
});
`,
      errors: [
        {
          messageId: 'notError',
          data: { status: '302 Found', api: 'ctx.throw()', code: '302', outcome: 'Koa sends it with the error message as the body (none with 204 or 304) and no Location' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 16,
        },
      ],
    },
    {
      // Koa 3: ctx.throw(message, status) throws a TypeError and answers 500.
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const { name } = ctx.request.body;
  if (!name) ctx.throw('name required', 400);
  ctx.body = await users.create({ name });
});
`,
      settings: koa3,
      errors: [
        {
          messageId: 'swapped',
          data: {
            api: 'ctx.throw()',
            expected: 'ctx.throw(status, message)',
            outcome: 'Koa 3 throws TypeError "argument #2 unsupported type number" and answers 500',
          },
          line: 6,
          column: 41,
          endLine: 6,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'swapArguments',
              data: { expected: 'ctx.throw(status, message)' },
              output: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const { name } = ctx.request.body;
  if (!name) ctx.throw(400, 'name required');
  ctx.body = await users.create({ name });
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
ruleTester.run('valid-http-error (frameworks)', rule, {
  valid: [
    // NestJS: HttpException and the built-in exceptions with error statuses
    `
import { Controller, ForbiddenException, Get, HttpException, HttpStatus, NotFoundException, Param } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}
  @Get(':id')
  async findOne(@Param('id') id: string) {
    const cat = await this.cats.find(id);
    if (!cat) throw new NotFoundException(\`Cat \${id} not found\`);
    if (cat.private) throw new HttpException('Private', HttpStatus.FORBIDDEN);
    if (cat.banned) throw new ForbiddenException();
    if (cat.teapot) throw new HttpException({ reason: 'teapot' }, 418);
    return cat;
  }
}
`,
    // Hono: HTTPException with 401 and 404
    `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/admin', (c) => {
  if (!c.get('user')) throw new HTTPException(401, { message: 'login required' });
  if (!c.get('user').admin) throw new HTTPException(404);
  return c.text('welcome');
});
`,
    // Hono: an HTTPException that carries a response is sent with that response's headers and body, so a 302 carrying
    // \`c.redirect()\`'s response is a redirect thrown from middleware (found in @hono/firebase-auth).
    `
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
export const verifySessionCookie = (config) => async (c, next) => {
  const session = getCookie(c, config.cookieName);
  if (session === undefined) {
    const status = 302;
    const res = c.redirect(config.redirects.signIn, status);
    throw new HTTPException(status, { res, message: 'session is empty' });
  }
  await next();
};
new Hono().use('/admin/*', verifySessionCookie({ cookieName: 'session', redirects: { signIn: '/login' } }));
`,
    // SvelteKit: error() with 404; error(302) throws, which no-unknown-status reports
    `
import { error } from '@sveltejs/kit';
export async function load({ params, locals }) {
  const post = await locals.db.post(params.slug);
  if (!post) error(404, 'Not found');
  if (post.moved) error(302, 'moved');
  return { post };
}
`,
    // h3 v1/v2: createError() and HTTPError with error statuses
    `
import { defineEventHandler, createError, getRouterParam } from 'h3';
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  const item = await useStorage().getItem(\`items:\${id}\`);
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  if (item.locked) throw createError({ status: 423 });
  return item;
});
`,
    // hapi Boom: helpers and new Boom.Boom() with 4xx; codes below 400 make Boom throw (no-unknown-status)
    `
import Boom from '@hapi/boom';
export async function handler(request, h) {
  const doc = await load(request.params.id);
  if (!doc) throw Boom.notFound('document not found');
  if (doc.teapot) throw new Boom.Boom('short and stout', { statusCode: 418 });
  if (doc.broken) throw Boom.boomify(new Error('bad'), { statusCode: 200 });
  return doc;
}
`,
  ],
  invalid: [
    // NestJS: HttpException with 200 and with HttpStatus.OK
    {
      code: `
import { Controller, Get, HttpException, HttpStatus, Param } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  @Get(':id')
  async findOne(@Param('id') id: string) {
    const cat = await this.cats.find(id);
    if (!cat) throw new HttpException('Cat not found', 200);
    if (cat.private) throw new HttpException('Private', HttpStatus.OK);
    return cat;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'notError',
          line: 8,
          column: 56,
        },
        {
          messageId: 'notError',
          line: 9,
          column: 57,
        },
      ],
    },
    // Hono: HTTPException with 302
    {
      code: `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.get('/admin', (c) => {
  if (!c.get('user')) throw new HTTPException(302, { message: 'go to /login' });
  return c.text('welcome');
});
`,
      output: null,
      errors: [
        {
          messageId: 'notError',
          line: 6,
          column: 47,
        },
      ],
    },
    // h3 v1: createError() with 302 (sent as 302 with a JSON error body and no Location)
    {
      code: `
import { defineEventHandler, createError } from 'h3';
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 302, statusMessage: 'Login required' });
  return session.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'notError',
          line: 5,
          column: 49,
        },
      ],
    },
    // h3 v2: new HTTPError() with 302
    {
      code: `
import { defineHandler, HTTPError } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw new HTTPError({ status: 302, message: 'Login required' });
  return event.context.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'notError',
          line: 4,
          column: 58,
        },
      ],
    },
  ],
});

/** A fixture project: its package.json alone (tests/fixtures/nuxt-app has `nuxt` as a dev dependency). */
const nuxtFile = (file: string): string => path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/nuxt-app', file);

// Nuxt auto-imports its app composables (`showError`, `abortNavigation`) and h3's `createError` in every file.
ruleTester.run('valid-http-error (auto-imported helpers)', rule, {
  valid: [
    {
      code: `
export default defineNuxtRouteMiddleware((to) => {
  const user = useUser();
  if (!user.value?.admin) return abortNavigation({ statusCode: 403, statusMessage: 'Forbidden' });
  if (!to.params.slug) showError({ statusCode: 404, statusMessage: 'Page not found' });
});
`,
      filename: nuxtFile('middleware/admin.ts'),
    },
  ],
  invalid: [
    {
      code: `
export default defineNuxtRouteMiddleware((to) => {
  const user = useUser();
  if (!user.value?.admin) return abortNavigation({ statusCode: 302, statusMessage: 'Sign in' });
  if (!to.params.slug) throw createError({ statusCode: 200, statusMessage: 'Page not found', fatal: true });
});
`,
      filename: nuxtFile('middleware/admin.ts'),
      output: null,
      errors: [
        {
          messageId: 'notError',
          data: {
            status: '302 Found',
            api: 'abortNavigation()',
            code: '302',
            outcome: 'a failure goes out with a status that does not say so',
          },
          line: 4,
          column: 64,
          endLine: 4,
          endColumn: 67,
        },
        { messageId: 'notError', line: 5, column: 56, endLine: 5, endColumn: 59 },
      ],
    },
  ],
});
