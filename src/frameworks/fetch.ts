import type { ExportShape, FrameworkDefinition, StatusRange } from './types.js';

/**
 * "initialize a response": status outside 200..599 throws a RangeError (Fetch standard). Cloudflare Workers extend
 * ResponseInit with `webSocket` and then accept 101 (the WebSocket upgrade response, as in Hono's Workers adapter).
 */
export const FETCH_RANGE: StatusRange = {
  min: 200,
  max: 599,
  outcome: 'the Response constructor throws a RangeError',
  unlessKeys: ['webSocket'],
};
/** Fetch "redirect status". */
export const FETCH_REDIRECT_CODES = [301, 302, 303, 307, 308] as const;

const responseInit = (index: number) =>
  ({
    status: { index, key: ['status'] },
    phrase: { index, key: ['statusText'] },
    headers: [{ kind: 'object', index, key: ['headers'] }],
    accepts: FETCH_RANGE,
  }) as const;

/** `Response.redirect(url, status)`: the Fetch standard's, and node-fetch 3's (which checks the status the same way). */
const RESPONSE_REDIRECT: ExportShape = {
  path: ['Response', 'redirect'],
  createsResponse: true,
  role: 'redirect',
  status: { index: 1 },
  location: { index: 0 },
  defaultStatus: 302,
  acceptsOnly: { codes: FETCH_REDIRECT_CODES, outcome: 'Response.redirect() throws a RangeError' },
  headers: [{ kind: 'fixed', names: ['location'] }],
  label: 'Response.redirect()',
};

/** Shapes shared by the global `Response` and its re-exports (undici, NextResponse). */
export const fetchResponseShapes: readonly ExportShape[] = [
  {
    path: ['Response'],
    construct: true,
    createsResponse: true,
    ...responseInit(1),
    body: { index: 0, nonNull: true },
    numericInit: { index: 1, outcome: 'the Response constructor throws a TypeError' },
    label: 'new Response()',
    facts: { bodilessStatusOutcome: 'the Response constructor throws a TypeError' },
  },
  {
    path: ['Response', 'json'],
    createsResponse: true,
    ...responseInit(1),
    body: true,
    numericInit: { index: 1, outcome: 'Response.json() throws a TypeError' },
    label: 'Response.json()',
    facts: { bodilessStatusOutcome: 'Response.json() throws a TypeError' },
  },
  RESPONSE_REDIRECT,
];

export const fetchApi: FrameworkDefinition = {
  id: 'fetch',
  name: 'Fetch',
  modules: ['undici'],
  // No conventional names: `res` is too ambiguous on the server. With types, a value typed as the global
  // `Response` (TypeScript's lib.dom, @types/node, undici-types) is a Fetch response whatever its name.
  receivers: [{ names: [], typeNames: ['Response'], typeModules: ['lib', 'node', 'undici-types', 'undici'] }],
  exports: fetchResponseShapes,
  globals: fetchResponseShapes,
};

const NODE_FETCH_NUMERIC_INIT = "node-fetch's Response reads no status from a number, and has status 200";

/**
 * node-fetch's `Response` (2.x and 3.x, also what cross-fetch and npm's minipass-fetch give on Node) checks nothing the
 * Fetch standard's does: it keeps any status (`101`, `600`) and a body with a null-body status (`204`, `304`), and a
 * number in place of the init object leaves the status at 200. So the same calls are sites, without the standard's
 * range and without its TypeError. Its `Response.redirect()` (3.x; 2.x has none) throws a RangeError as the standard's.
 */
const nodeFetchResponseShapes: readonly ExportShape[] = [
  {
    path: ['Response'],
    construct: true,
    createsResponse: true,
    status: { index: 1, key: ['status'] },
    phrase: { index: 1, key: ['statusText'] },
    headers: [{ kind: 'object', index: 1, key: ['headers'] }],
    body: { index: 0 },
    numericInit: { index: 1, outcome: NODE_FETCH_NUMERIC_INIT },
    label: 'new Response()',
  },
  {
    path: ['Response', 'json'],
    createsResponse: true,
    status: { index: 1, key: ['status'] },
    phrase: { index: 1, key: ['statusText'] },
    headers: [{ kind: 'object', index: 1, key: ['headers'] }],
    body: true,
    numericInit: { index: 1, outcome: NODE_FETCH_NUMERIC_INIT },
    label: 'Response.json()',
  },
  RESPONSE_REDIRECT,
];

export const nodeFetch: FrameworkDefinition = {
  id: 'node-fetch',
  name: 'node-fetch',
  modules: ['node-fetch', 'cross-fetch', 'minipass-fetch'],
  receivers: [{ names: [], typeNames: ['Response'], typeModules: ['node-fetch', 'cross-fetch', 'minipass-fetch'] }],
  exports: nodeFetchResponseShapes,
};
