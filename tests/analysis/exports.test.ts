import { describe, expect, it } from 'vitest';

import { sitesOf } from './helpers.js';

/** How exported functions are traced, whatever the import style. */
describe('export tracing', () => {
  it('follows named ESM imports (undici Response, h3 helpers)', () => {
    expect(sitesOf(`
import { Response } from 'undici';
export const a = () => new Response(null, { status: 201 });
`).map((site) => site.value)).toEqual([201]);
    expect(sitesOf(`
import { setResponseStatus as status } from 'h3';
export const a = (event) => status(event, 201);
`).map((site) => site.value)).toEqual([201]);
  });

  it('follows namespace imports, default imports of CommonJS modules and require()', () => {
    expect(sitesOf(`
import * as h3 from 'h3';
import createError from 'http-errors';
const Boom = require('@hapi/boom');
export const a = (event) => h3.setResponseStatus(event, 202);
export const b = () => createError(409);
export const c = (err) => Boom.boomify(err, { statusCode: 422 });
`).map((site) => site.value)).toEqual([202, 409, 422]);
  });

  it('follows require() in every form the tracer knows, and only the global require', () => {
    expect(sitesOf(`
const { createError } = require('h3');
const boom = require('@hapi/boom').boomify;
export const a = () => createError({ statusCode: 418 });
export const b = (err) => boom(err, { statusCode: 503 });
export const c = () => require('http-errors')(404);
export function d() {
  const createHttpError = require('http-errors');
  return createHttpError(410);
}
`).map((site) => site.value)).toEqual([418, 503, 404, 410]);
    // A local \`require\` is some other function: what it returns is not the module.
    expect(sitesOf(`
import express from 'express';
export function load(require) {
  const createError = require('http-errors');
  return createError(4040);
}
`)).toEqual([]);
  });

  it('gives a call described for several versions one site', () => {
    const code = `
import { sendRedirect } from 'h3';
export const a = (event) => sendRedirect(event, '/x', 308);
`;
    expect(sitesOf(code)).toHaveLength(1);
    expect(sitesOf(code, { settings: { versions: { h3: 2 } } })).toHaveLength(1);
  });
});
