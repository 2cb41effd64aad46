import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze, sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (http-errors)', rule, {
  valid: [
    `
import createError from 'http-errors';

export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (req.user.banned) throw new createError.Forbidden('banned');
  if (req.user.teapot) throw new createError.ImATeapot();
  if (req.user.limited) throw new createError[429]();
  return req.user;
}
`,
    // A message string in status position is a message, not a status.
    `
const createError = require('http-errors');
module.exports = () => createError('4040 reasons');
`,
  ],
  invalid: [
    {
      code: `
import createError from 'http-errors';

export function requireUser(req) {
  if (!req.user) throw createError(4010, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (req.user.banned) throw new createError.Forbidden('banned');
  return req.user;
}
`,
      errors: [
        { messageId: 'outOfRange', line: 5, column: 36, endLine: 5, endColumn: 40, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "401 Unauthorized" }, output: `
import createError from 'http-errors';

export function requireUser(req) {
  if (!req.user) throw createError(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (req.user.banned) throw new createError.Forbidden('banned');
  return req.user;
}
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import createError from 'http-errors';

export function requireUser(req) {
  if (!req.user) throw createError(400, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (req.user.banned) throw new createError.Forbidden('banned');
  return req.user;
}
` },
{ messageId: 'replaceWithCode', data: { status: "410 Gone" }, output: `
import createError from 'http-errors';

export function requireUser(req) {
  if (!req.user) throw createError(410, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (req.user.banned) throw new createError.Forbidden('banned');
  return req.user;
}
` },
] },
      ],
    },

  ],
});

describe('http-errors analysis', () => {
  it('records named and indexed constructors as implicit error statuses', () => {
    const code = `
const createError = require('http-errors');
exports.a = () => new createError.NotFound('no such item');
exports.b = () => createError.Unauthorized();
exports.c = () => new createError[503]();
exports.d = () => createError(401, 'x', { headers: { 'WWW-Authenticate': 'Basic' } });
`;
    expect(sitesOf(code)).toEqual([
      { text: 'createError.NotFound', value: 404, role: 'error', framework: 'http-errors', label: 'new createError.NotFound()', implicit: true },
      { text: 'createError.Unauthorized', value: 401, role: 'error', framework: 'http-errors', label: 'createError.Unauthorized()', implicit: true },
      { text: 'createError[503]', value: 503, role: 'error', framework: 'http-errors', label: 'new createError[503]()', implicit: true },
      { text: '401', value: 401, role: 'error', framework: 'http-errors', label: 'createError()' },
    ]);
    expect(analyze(code).sites.every((site) => site.response === undefined)).toBe(true);
  });

  it('gives an error the headers written to it after the call, and unknown ones when it is handed on', () => {
    const code = `
const createError = require('http-errors');
exports.a = (req, res, next) => {
  const err = createError(401, 'login required');
  err.headers = { 'WWW-Authenticate': 'Basic', ...extra };
  err.headers['Cache-Control'] = 'no-store';
  err.expose = true;
  if (err.headers.allow) log(err);
  next(err);
};
exports.b = () => { throw new createError.Gone(); };
exports.c = () => { let err; err = createError(405, 'no'); return err; };
exports.d = () => new createError.Unauthorized();
exports.e = () => { const err = new createError.MethodNotAllowed(); err.headers.allow = 'GET'; throw err; };
`;
    expect(analyze(code).sites.map((site) => [code.slice(...site.node.range), site.headers])).toEqual([
      ['401', { names: ['www-authenticate', 'cache-control'], unknown: true }],
      ['createError.Gone', undefined],
      ['405', { names: [], unknown: true }],
      ['createError.Unauthorized', { names: [], unknown: true }],
      ['createError.MethodNotAllowed', { names: ['allow'], unknown: false }],
    ]);
  });

  it('does not trace the names through another module', () => {
    expect(sitesOf(`
import createError from './errors';
export const e = () => new createError.NotFound();
`)).toEqual([]);
  });
});
