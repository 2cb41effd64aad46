import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

/** Odd but valid syntax around the batch-B shapes: never throws, never reports a registered or unknown value. */
const ODD: Record<string, string> = {
  h3: `
import { setResponseStatus, sendRedirect, createError, HTTPError, redirect, setResponseHeaders } from 'h3';
export const a = (event, args, codes, opts, key) => {
  setResponseStatus();
  setResponseStatus(...args);
  setResponseStatus(event, ...codes);
  sendRedirect(event);
  setResponseHeaders(event, { ...opts, [key]: 'x' });
  createError();
  createError({ ...opts });
  createError({ [key]: 404 });
  event?.res?.headers?.set?.('a', 'b');
  (event as any).res.status = 201;
  event!.res.status = 201;
  event.res['status'] = 201;
  event.res[key] = 4040;
  new HTTPError();
  HTTPError.status();
  return redirect();
};
`,
  hapi: `
import Hapi from '@hapi/hapi';
import * as Boom from '@hapi/boom';
export const a = (request, h, x, y) => {
  h.response();
  h.response(...x).code(...y);
  h['response']({}).code(201);
  h.response?.({})?.code?.(201);
  const r = h.response();
  r.code();
  let s = h.response();
  s = other;
  s.code(4040);
  Boom.unauthorized();
  Boom.methodNotAllowed(...x);
  new Boom.Boom();
  Boom.boomify();
  return h.redirect().permanent().rewritable(false);
};
`,
  elysia: `
import { Elysia } from 'elysia';
new Elysia()
  .get('/a', ({ set }, k, v) => {
    set.headers[k] = v;
    set.headers = {};
    set.status = undefined;
  })
  .get('/b', ({ ...ctx }) => {
    ctx.set.status = 201;
  })
  .get('/c', ({ set: { headers } }) => {
    headers.location = '/x';
  })
  .get('/d', ({ status = fallback }) => status(201))
  .get('/e', ([first]) => first)
  .get('/f', ({ [key]: value }) => value(4040))
  .get('/g', ({ set: s }) => { s.status = 201; });
`,
  fastify: `
import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/a', { schema: { response: { ...common, [code]: S, 200: S } } }, h);
fastify.get(...routes);
fastify.get('/b', { schema }, h);
fastify.get('/c', { schema: { response } }, h);
fastify.get('/d', { schema: { response: { 200: S } } as const }, h);
fastify[method]('/e', { schema: { response: { 4040: S } } }, h);
`,
  koa: `
import Koa from 'koa';
new Koa().use(async (ctx, args) => {
  ctx.assert();
  ctx.assert(...args);
  ctx.assert.equal();
  ctx.assert?.(ok, 401);
  ctx.assert.equal?.(a, b, 400, ...args);
});
`,
  'http-errors': `
import createError from 'http-errors';
export const a = (code, args) => [new createError[code](), createError[404](), new createError.NotFound(...args), new createError()];
`,
};

ruleTester.run('no-unknown-status (odd syntax, batch B)', rule, {
  valid: Object.values(ODD),
  invalid: [],
});

describe('odd syntax (batch B)', () => {
  for (const [name, code] of Object.entries(ODD)) {
    it(`analyses ${name} without throwing`, () => {
      expect(() => analyze(code)).not.toThrow();
    });
  }
});
