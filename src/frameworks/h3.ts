import { nodeHttp } from './node-http.js';
import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * h3 `sanitizeStatusCode(code, fallback)`: v1 keeps an integer in 100..999, v2 one in 100..599; anything else silently
 * becomes the fallback, which each helper chooses (below) [O h3 1.15.11, 2.0.8]. (v2 lets 1xx through, and the Fetch
 * Response then throws.)
 */
const H3_V1 = { min: 100, max: 999 } as const;
const H3_V2 = { min: 100, max: 599 } as const;
const SENDS_200 = 'h3 silently sends 200 instead';
/** `setResponseStatus(event, 4040)`: the fallback is the response's current status. */
const KEEPS_STATUS = 'h3 silently ignores it and keeps the status set before (200 by default)';
/** `createError({ statusCode: 4040 })` and `new HTTPError({ status: 4040 })` become 500. */
const SENDS_500 = 'h3 silently sends 500 instead';

/**
 * The same export in v1 (listed first: the default when the version is unknown) and in v2, which keeps v1's helpers,
 * with what each major does with a status outside its range.
 */
function bothVersions(shape: Omit<ExportShape, 'accepts' | 'versions'>, outcomes: { v1: string; v2: string }): ExportShape[] {
  return [
    { ...shape, accepts: { ...H3_V1, outcome: outcomes.v1 }, versions: [1] },
    { ...shape, accepts: { ...H3_V2, outcome: outcomes.v2 }, versions: [2] },
  ];
}

const HEADERS = ['res', 'headers'] as const;

/** v1 helpers that only read the request: passing `event` to them is not an escape (they set no header). */
const READ_ONLY_HELPERS = [
  'readBody',
  'readRawBody',
  'readFormData',
  'readMultipartFormData',
  'readValidatedBody',
  'getQuery',
  'getValidatedQuery',
  'getRouterParam',
  'getRouterParams',
  'getValidatedRouterParams',
  'getHeader',
  'getHeaders',
  'getRequestHeader',
  'getRequestHeaders',
  'getRequestURL',
  'getRequestHost',
  'getRequestIP',
  'getRequestProtocol',
  'getMethod',
  'isMethod',
  'getCookie',
  'parseCookies',
] as const;

/**
 * Helpers that set the session or a cookie and no other header: handing them `event` is not an escape. `getSession()`
 * and `useSession()` seal a new session into a cookie when the request has none.
 */
const COOKIE_SETTERS = ['setCookie', 'deleteCookie', 'getSession', 'useSession', 'updateSession', 'clearSession'] as const;

/**
 * h3 v1 (Nuxt 3, Nitro 2) and v2. v1 acts on the event through exported helpers (`setResponseStatus(event, 201)`);
 * v2 writes `event.res` directly and its `redirect()` takes no event. Raw `event.node.res` is Node http.
 */
export const h3: FrameworkDefinition = {
  id: 'h3',
  name: 'h3',
  modules: ['h3'],
  packageName: 'h3',
  // Nuxt 3 and 4 and Nitro 2 (`nitropack`) auto-import h3 v1's helpers into server routes; Nitro 3 (`nitro`) h3 v2's.
  autoImports: {
    packages: ['nuxt', 'nitropack', 'nitro'],
    modules: ['#imports'],
    // v1's and Nitro's route wrappers, and v2's.
    handlers: ['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler', 'defineHandler'],
  },
  // `event.node.res` (v1) is a Node response.
  includes: [nodeHttp],
  returnedResponsesTakeHeaders: true,
  receivers: [
    { names: ['event', 'e', 'evt'], typeNames: ['H3Event'] },
    // v2: `event.res.status = 201`, `event.res.headers.set(name, value)` are the same response as the event.
    { names: ['event', 'e', 'evt'], typeNames: ['H3Event'], path: ['res'], sharesResponseWith: [] },
    { names: ['event', 'e', 'evt'], typeNames: ['H3Event'], path: ['res', 'headers'], sharesResponseWith: [] },
  ],
  methods: [
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0 }], onPath: HEADERS, label: 'event.res.headers.set()', versions: [2] },
    { method: 'append', headers: [{ kind: 'pair', nameIndex: 0 }], onPath: HEADERS, label: 'event.res.headers.append()', versions: [2] },
  ],
  properties: [
    { property: 'status', value: 'status', accepts: { ...H3_V2, outcome: SENDS_200 }, onPath: ['res'], label: 'event.res.status', versions: [2] },
    { property: 'statusText', value: 'phrase', onPath: ['res'], label: 'event.res.statusText', versions: [2] },
  ],
  exports: [
    ...READ_ONLY_HELPERS.map((name): ExportShape => ({ path: [name], responseArgument: 0, label: `${name}()` })),
    ...bothVersions({
      path: ['setResponseStatus'],
      responseArgument: 0,
      status: { index: 1 },
      phrase: { index: 2 },
      label: 'setResponseStatus()',
    }, { v1: KEEPS_STATUS, v2: KEEPS_STATUS }),
    { path: ['setResponseHeader'], responseArgument: 0, headers: [{ kind: 'pair', nameIndex: 1 }], label: 'setResponseHeader()' },
    { path: ['appendResponseHeader'], responseArgument: 0, headers: [{ kind: 'pair', nameIndex: 1 }], label: 'appendResponseHeader()' },
    { path: ['setResponseHeaders'], responseArgument: 0, headers: [{ kind: 'object', index: 1 }], label: 'setResponseHeaders()' },
    { path: ['appendResponseHeaders'], responseArgument: 0, headers: [{ kind: 'object', index: 1 }], label: 'appendResponseHeaders()' },
    // v1's older names of the two helpers above.
    { path: ['appendHeader'], responseArgument: 0, headers: [{ kind: 'pair', nameIndex: 1 }], label: 'appendHeader()' },
    { path: ['appendHeaders'], responseArgument: 0, headers: [{ kind: 'object', index: 1 }], label: 'appendHeaders()' },
    ...COOKIE_SETTERS.map(
      (name): ExportShape => ({ path: [name], responseArgument: 0, headers: [{ kind: 'fixed', names: ['set-cookie'] }], label: `${name}()` }),
    ),
    { path: ['setHeader'], responseArgument: 0, headers: [{ kind: 'pair', nameIndex: 1 }], label: 'setHeader()' },
    { path: ['setHeaders'], responseArgument: 0, headers: [{ kind: 'object', index: 1 }], label: 'setHeaders()' },
    ...bothVersions(
      {
        path: ['sendRedirect'],
        responseArgument: 0,
        role: 'redirect',
        status: { index: 2 },
        location: { index: 1 },
        defaultStatus: 302,
        headers: [{ kind: 'fixed', names: ['location'] }],
        // v1 also sends a meta-refresh HTML page.
        body: true,
        terminal: true,
        // `code = 302` is set over the status set before it (v1 `event.node.res.statusCode = …`; v2 returns a new
        // response with it) [S].
        overridesStatus: true,
        label: 'sendRedirect()',
      },
      // v1 falls back to the current status, v2 to 200; both send the Location.
      { v1: 'h3 silently keeps the current status (200 unless set before), with a Location header', v2: `${SENDS_200}, with a Location header` },
    ),
    ...bothVersions({
      path: ['sendNoContent'],
      responseArgument: 0,
      status: { index: 1 },
      defaultStatus: 204,
      terminal: true,
      label: 'sendNoContent()',
    }, { v1: 'h3 silently sends 204 instead', v2: SENDS_200 }),
    { path: ['send'], responseArgument: 0, body: { index: 1 }, terminal: true, label: 'send()' },
    ...bothVersions(
      {
        path: ['createError'],
        role: 'error',
        status: { index: 0, key: ['statusCode', 'status'] },
        phrase: { index: 0, key: ['statusMessage', 'statusText'] },
        label: 'createError()',
      },
      { v1: SENDS_500, v2: SENDS_500 },
    ),
    // v2 only.
    {
      path: ['redirect'],
      createsResponse: true,
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      accepts: { ...H3_V2, outcome: `${SENDS_200}, with a Location header` },
      versions: [2],
      label: 'redirect()',
      // v1-style `redirect(event, url, 301)` throws "str.replace is not a function" → 500.
      facts: { takesNoEvent: true },
    },
    {
      path: ['noContent'],
      createsResponse: true,
      status: { index: 0 },
      defaultStatus: 204,
      // The fallback is 200, not the 204 it sends without a status [O h3 2.0.8].
      accepts: { ...H3_V2, outcome: SENDS_200 },
      versions: [2],
      label: 'noContent()',
    },
    {
      path: ['HTTPError'],
      construct: true,
      role: 'error',
      status: { index: 0, key: ['status', 'statusCode'] },
      phrase: { index: 0, key: ['statusText', 'statusMessage'] },
      headers: [{ kind: 'object', index: 0, key: ['headers'] }],
      accepts: { ...H3_V2, outcome: SENDS_500 },
      label: 'new HTTPError()',
    },
    {
      // new HTTPError(message, { status })
      path: ['HTTPError'],
      construct: true,
      role: 'error',
      status: { index: 1, key: ['status', 'statusCode'] },
      phrase: { index: 1, key: ['statusText', 'statusMessage'] },
      accepts: { ...H3_V2, outcome: SENDS_500 },
      label: 'new HTTPError()',
    },
    {
      path: ['HTTPError', 'status'],
      role: 'error',
      status: { index: 0 },
      phrase: { index: 1 },
      accepts: { ...H3_V2, outcome: SENDS_500 },
      label: 'HTTPError.status()',
    },
  ],
};
