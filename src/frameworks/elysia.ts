import { FETCH_REDIRECT_CODES } from './fetch.js';
import type { FrameworkDefinition, StatusRange } from './types.js';

/** Elysia builds a Fetch `Response`: `set.status = 4040` throws a RangeError that escapes `app.handle` [O]. */
const ELYSIA_RANGE: StatusRange = { min: 200, max: 599, outcome: 'the Response constructor throws a RangeError' };
const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'all', 'route', 'guard'] as const;

/**
 * Elysia 1.4: the handler context (usually destructured: `({ set, status, redirect }) => …`) carries the response.
 * Statuses may be numbers or reason phrases (`set.status = 'Created'`, `status('Not Found')`), both valid.
 */
export const elysia: FrameworkDefinition = {
  id: 'elysia',
  name: 'Elysia',
  modules: ['elysia'],
  packageName: 'elysia',
  receivers: [
    { names: ['ctx', 'context'], typeNames: ['Context'], destructured: true },
    { names: ['ctx', 'context'], typeNames: ['Context'], path: ['set'], destructured: true, sharesResponseWith: [] },
    {
      names: ['ctx', 'context'],
      typeNames: ['Context'],
      path: ['set', 'headers'],
      destructured: true,
      sharesResponseWith: [],
      headerMap: true,
    },
  ],
  methods: [
    {
      // status(404, 'nope') / status('Not Found').
      method: 'status',
      onPath: [],
      status: { index: 0 },
      acceptsReasonPhrase: true,
      body: { index: 1 },
      accepts: ELYSIA_RANGE,
      label: 'status()',
      // Elysia drops the body of 101, 204, 205, 304, 307 and 308; 204 with a body throws.
      facts: { dropsBodyFor: '101 204 205 304 307 308' },
    },
    {
      // The ≤ 1.2 name of status(); 1.4 no longer exports it.
      method: 'error',
      onPath: [],
      status: { index: 0 },
      acceptsReasonPhrase: true,
      body: { index: 1 },
      accepts: ELYSIA_RANGE,
      label: 'error()',
    },
    {
      // Response.redirect semantics.
      method: 'redirect',
      onPath: [],
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      acceptsOnly: { codes: FETCH_REDIRECT_CODES, outcome: 'Elysia redirect() throws a RangeError (500)' },
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'redirect()',
    },
  ],
  properties: [
    { property: 'status', value: 'status', onPath: ['set'], acceptsReasonPhrase: true, accepts: ELYSIA_RANGE, label: 'set.status' },
    { property: 'headers', value: 'headers', onPath: ['set'], label: 'set.headers' },
    {
      // Deprecated: redirects with 302 (or the status set earlier).
      property: 'redirect',
      value: 'other',
      onPath: ['set'],
      role: 'redirect',
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'set.redirect',
    },
  ],
  statusKeys: [
    {
      // app.get('/x', handler, { response: { 200: t.Object(…), 404: t.String() } })
      methods: ROUTE_METHODS,
      path: ['response'],
      accepts: ELYSIA_RANGE,
      label: 'route response schema',
    },
  ],
};
