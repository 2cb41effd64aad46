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

  it('gives a call described for several versions one site', () => {
    const code = `
import { sendRedirect } from 'h3';
export const a = (event) => sendRedirect(event, '/x', 308);
`;
    expect(sitesOf(code)).toHaveLength(1);
    expect(sitesOf(code, { settings: { versions: { h3: 2 } } })).toHaveLength(1);
  });
});
