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

/** Shapes shared by the global `Response` and its re-exports (undici, node-fetch, NextResponse). */
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
  {
    path: ['Response', 'redirect'],
    createsResponse: true,
    role: 'redirect',
    status: { index: 1 },
    location: { index: 0 },
    defaultStatus: 302,
    acceptsOnly: { codes: FETCH_REDIRECT_CODES, outcome: 'Response.redirect() throws a RangeError' },
    headers: [{ kind: 'fixed', names: ['location'] }],
    label: 'Response.redirect()',
  },
];

export const fetchApi: FrameworkDefinition = {
  id: 'fetch',
  name: 'Fetch',
  modules: ['undici', 'node-fetch', 'cross-fetch'],
  // No conventional names: `res` is too ambiguous on the server. With types, a value typed as the global
  // `Response` (TypeScript's lib.dom, @types/node, undici-types) is a Fetch response whatever its name.
  receivers: [{ names: [], typeNames: ['Response'], typeModules: ['lib', 'node', 'undici-types', 'undici', 'node-fetch', 'cross-fetch'] }],
  exports: fetchResponseShapes,
  globals: fetchResponseShapes,
};
