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
      // createError(302): a plain Error with status 302; Express's finalhandler then answers 500.
      code: `
import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/legacy', (req, res, next) => {
  next(createError(302, 'Moved to /v2'));
});
`,
      errors: [
        {
          messageId: 'notError',
          data: {
            status: '302 Found',
            api: 'createError()',
            code: '302',
            outcome: 'http-errors keeps it on a plain Error with the deprecation "non-error status code"; the default Express error handler answers 500',
          },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 23,
        },
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
      errors: [{ messageId: 'notError', data: { status: '200 OK', api: 'new createError()', code: '200', outcome: 'http-errors keeps it on a plain Error with the deprecation "non-error status code"; the default Express error handler answers 500' }, line: 5, column: 25, endLine: 5, endColumn: 27 }],
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
          data: { status: '302 Found', api: 'ctx.throw()', code: '302', outcome: 'Koa sends it with an error body and no Location' },
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
