import { FETCH_RANGE, fetchResponseShapes } from './fetch.js';
import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * `setResponseStatus(code)` keeps only an integer in 200..599 (`sanitizeStatusCode` in start-server-core's
 * internal-request-response.js, from 1.169.41); anything else is dropped with a warning in development. Earlier releases
 * went through h3's check: 100..599 (1.132 to 1.169.40, h3 2) or 100..999 (up to 1.131, h3 1) [S].
 */
const START_STATUS_RANGE = { min: 200, max: 599, outcome: 'TanStack Start ignores it and keeps the status it had' } as const;

/** The helpers of the request being handled that only read it, or act on something other than the status. */
const REQUEST_HELPERS = [
  'getRequest',
  'getRequestHeader',
  'getRequestHeaders',
  'getRequestHost',
  'getRequestIP',
  'getRequestProtocol',
  'getRequestUrl',
  'getResponseHeader',
  'getResponseHeaders',
  'getResponseStatus',
  'getCookie',
  'getCookies',
  'setCookie',
  'deleteCookie',
] as const;

/** `Response.json()` under another name: `json(payload, init)` is `Response.json(payload, init)` (router-core ssr/json). */
const responseJson = fetchResponseShapes.find((shape) => shape.path.join('.') === 'Response.json')!;

/**
 * TanStack Start 1.x (React, Solid and Vue) and TanStack Router.
 * - Server functions and server routes set the status of the request being handled with `setResponseStatus(code, text)`
 *   and its headers with `setResponseHeader(name, value)`, `setResponseHeaders(headers)` and
 *   `appendResponseHeader(name, value)`, imported from `@tanstack/<ui>-start/server`. No argument names the response
 *   (it lives in the request's async context): the calls of one handler act on one response (`implicitResponse`),
 *   and any other call there may set its headers too.
 * - `redirect({ to | href, statusCode })` from the router builds `new Response(null, { status: statusCode || code ||
 *   307 })` with a Location header; on the server, Start sends that response as it is (createStartHandler.js
 *   `handleRedirectResponse`), so a non-redirect code goes out with a Location that no browser follows.
 * - `json(payload, init)` is `Response.json(payload, init)`.
 * Server routes that return a `new Response()` are the Fetch global's, already known.
 */
export const tanstackStart: FrameworkDefinition = {
  id: 'tanstack-start',
  name: 'TanStack Start',
  modules: [
    '@tanstack/react-start',
    '@tanstack/solid-start',
    '@tanstack/vue-start',
    '@tanstack/react-start/server',
    '@tanstack/solid-start/server',
    '@tanstack/vue-start/server',
    '@tanstack/start-server-core',
    '@tanstack/start-client-core',
    '@tanstack/react-router',
    '@tanstack/solid-router',
    '@tanstack/vue-router',
    '@tanstack/router-core',
  ],
  packageName: '@tanstack/react-start',
  exports: [
    ...REQUEST_HELPERS.map((name): ExportShape => ({ path: [name], implicitResponse: true, label: `${name}()` })),
    {
      path: ['setResponseStatus'],
      implicitResponse: true,
      status: { index: 0 },
      phrase: { index: 1 },
      accepts: START_STATUS_RANGE,
      label: 'setResponseStatus()',
      // `typeof statusCode === 'string' ? Number(statusCode) : statusCode`.
      facts: { numericStringAccepted: true },
    },
    {
      path: ['setResponseHeader'],
      implicitResponse: true,
      headers: [{ kind: 'pair', nameIndex: 0 }],
      label: 'setResponseHeader()',
    },
    {
      path: ['appendResponseHeader'],
      implicitResponse: true,
      headers: [{ kind: 'pair', nameIndex: 0 }],
      label: 'appendResponseHeader()',
    },
    { path: ['setResponseHeaders'], implicitResponse: true, headers: [{ kind: 'object', index: 0 }], label: 'setResponseHeaders()' },
    {
      path: ['redirect'],
      createsResponse: true,
      role: 'redirect',
      status: { index: 0, key: ['statusCode', 'code'] },
      defaultStatus: 307,
      accepts: { ...FETCH_RANGE, outcome: "TanStack Router's redirect() throws a RangeError (it builds a Fetch Response)" },
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'redirect()',
      // A server function's redirect, called from the client, is serialised and the client router navigates anyway [S].
      facts: { nonRedirectOutcome: 'on a document request TanStack Start sends it as is, with a Location header' },
    },
    { ...responseJson, path: ['json'], label: 'json()' },
  ],
};
