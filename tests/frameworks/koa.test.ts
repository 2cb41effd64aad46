import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze, headersOf, sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (Koa assertions)', rule, {
  valid: [
    `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 400, 'version must be 2');
  ctx.assert.strictEqual(typeof ctx.request.body.name, 'string', 422);
  ctx.assert(ctx.state.user.admin);
  ctx.status = 201;
});
`,
    // Node's assert and Chai are not Koa.
    `
import Koa from 'koa';
import assert from 'node:assert';
assert.equal(a, b, 4000);
assert(value, 4010);
`,
  ],
  invalid: [
    {
      code: `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 4010, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 4000, 'version must be 2');
  ctx.status = 201;
});
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 30, endLine: 7, endColumn: 34, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "401 Unauthorized" }, output: `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 4000, 'version must be 2');
  ctx.status = 201;
});
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 400, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 4000, 'version must be 2');
  ctx.status = 201;
});
` },
{ messageId: 'replaceWithCode', data: { status: "410 Gone" }, output: `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 410, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 4000, 'version must be 2');
  ctx.status = 201;
});
` },
] },
        { messageId: 'outOfRange', line: 8, column: 49, endLine: 8, endColumn: 53, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.post('/items', async (ctx) => {
  ctx.assert(ctx.state.user, 4010, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(ctx.request.body.version, 2, 400, 'version must be 2');
  ctx.status = 201;
});
` },
] },
      ],
    },

  ],
});

describe('Koa assertion analysis', () => {
  it('records ctx.assert statuses as errors on the ctx response, with their headers', () => {
    const code = `
import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'login', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.assert.equal(a, b, 400, 'mismatch');
  ctx.body = 'ok';
});
`;
    const analysis = analyze(code);
    expect(sitesOf(code)).toEqual([
      { text: '401', value: 401, role: 'error', framework: 'Koa', label: 'ctx.assert()' },
      { text: '400', value: 400, role: 'error', framework: 'Koa', label: 'ctx.assert.equal()' },
    ]);
    expect(analysis.sites[0]!.response).toBe(analysis.sites[1]!.response);
    expect(headersOf(analysis)).toEqual([['www-authenticate']]);
    expect(analysis.sites[0]!.effect.dropsEarlierHeaders).toBe(true);
  });

  it('covers ctx.assert.ok() and ctx.assert.fail(), only under ctx.assert', () => {
    const code = `
import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.assert.ok(ctx.state.user, 401);
  if (!ctx.state.admin) ctx.assert.fail(403, 'admins only');
  ctx.ok(404);
  ctx.fail(4040);
});
`;
    expect(sitesOf(code).map((site) => [site.text, site.label])).toEqual([
      ['401', 'ctx.assert.ok()'],
      ['403', 'ctx.assert.fail()'],
    ]);
  });

  it('reads no headers from the condition of a short ctx.assert()', () => {
    const analysis = analyze(`
import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.assert(ctx.state.user);
  ctx.assert(ctx.state.user, 401);
  ctx.assert.equal(a, b);
  ctx.status = 204;
});
`);
    expect(headersOf(analysis)).toEqual([[]]);
    expect(analysis.responses.flatMap((response) => response.events).some((event) => event.type === 'headers')).toBe(false);
  });

  it('recognises the raw Node response ctx.res without a node:http import', () => {
    expect(sitesOf(`
import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.res.statusCode = 503;
});
`)).toEqual([{ text: '503', value: 503, role: 'response', framework: 'Node http', label: 'res.statusCode' }]);
  });
});
