import { FETCH_REDIRECT_CODES } from './fetch.js';
import type { FrameworkDefinition, StatusRange } from './types.js';

/**
 * Elysia builds a Fetch `Response`: `set.status = 4040` throws a RangeError that escapes `app.handle` [O] (Elysia 1.4.30
 * on Node's Fetch; not run on Bun). Through @elysiajs/node, Node's own range applies instead (600 is sent).
 */
const ELYSIA_RANGE: StatusRange = {
  min: 200,
  max: 599,
  outcome: "the Fetch Response Elysia builds throws a RangeError (with @elysiajs/node, Node's 100–999 applies)",
};
/** A route's response schema takes any key: the status fails only when a response is built with it [O]. */
const ELYSIA_SCHEMA_RANGE: StatusRange = {
  min: 200,
  max: 599,
  outcome: 'Elysia accepts the key, but a response with that status cannot be built (the Fetch Response throws a RangeError)',
};
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
      // The ≤ 1.3 name of status(); 1.4 no longer exports it.
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
    // No `set.redirect`: Elysia 1.0 and 1.1 sent a Location and 302 for it, 1.2 and later read it nowhere (no Location,
    // the status unchanged) [O 1.4.30, S 1.1.27 handler.mjs:1071]: a status set with it is sent without a Location.
  ],
  statusKeys: [
    {
      // app.get('/x', handler, { response: { 200: t.Object(…), 404: t.String() } })
      methods: ROUTE_METHODS,
      path: ['response'],
      accepts: ELYSIA_SCHEMA_RANGE,
      label: 'route response schema',
    },
  ],
};
