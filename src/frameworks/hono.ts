import type { ExportShape, FrameworkDefinition, HeaderArgument, MethodShape, StatusArgument } from './types.js';

/**
 * `c.json(x, 201)`, `c.json(x, 201, headers)` and `c.json(x, { status, headers })`: the second argument is a status
 * or a ResponseInit. A string there (`c.text(x, '404')`) is neither, so Hono silently sends the context status
 * (200 unless `c.status()` set one) — it is still recorded as a site so a rule can report it.
 */
const STATUS_OR_INIT: StatusArgument = { index: 1, key: ['status'], orValue: true };
const HEADERS_OR_INIT: readonly HeaderArgument[] = [
  { kind: 'object', index: 2 },
  { kind: 'object', index: 1, key: ['headers'] },
];

const contentSender = (method: string, body: MethodShape['body']): MethodShape => ({
  method,
  status: STATUS_OR_INIT,
  headers: HEADERS_OR_INIT,
  body,
  terminal: true,
  label: `Hono c.${method}()`,
  // Without a status argument the response gets the status set earlier with `c.status()` (default 200).
  // A string is neither a number nor an init object: Hono falls back to the context status (frameworks.md §6).
  facts: { usesContextStatus: true, stringStatusOutcome: 'Hono ignores it and sends the context status (200 OK by default)' },
});

/** `hono/cookie`'s, `hono/adapter`'s and `hono/accepts`' helpers that only read the request (or the environment). */
const READ_ONLY_HELPERS = ['getCookie', 'getSignedCookie', 'env', 'accepts'] as const;
/** `hono/cookie`'s helpers that add a Set-Cookie header to the context's response. */
const COOKIE_SETTERS = ['setCookie', 'setSignedCookie', 'deleteCookie'] as const;

/**
 * Hono 4. Every handler gets a context `c`; the status, headers and body calls on it build one response, so a
 * `c.status(201)` earlier in the handler is the status of a later `c.json(obj)` (both are events of the same
 * tracked response). Hono does not validate statuses itself: the host's `Response` does (undici: 200–599,
 * @hono/node-server: Node's writeHead), so no range is declared here.
 */
export const hono: FrameworkDefinition = {
  id: 'hono',
  name: 'Hono',
  // @hono/zod-openapi's OpenAPIHono hands the same context to its handlers.
  // Its helper modules take the context as their first argument.
  modules: [
    'hono',
    'hono/http-exception',
    'hono/factory',
    'hono/tiny',
    'hono/quick',
    'hono/cookie',
    'hono/adapter',
    'hono/accepts',
    '@hono/zod-openapi',
  ],
  packageName: 'hono',
  declaredReceivers: true,
  receivers: [{ names: ['c', 'ctx'], typeNames: ['Context'] }],
  methods: [
    contentSender('json', true),
    contentSender('text', true),
    contentSender('html', true),
    contentSender('body', { index: 0 }),
    contentSender('newResponse', { index: 0 }),
    { method: 'render', body: true, terminal: true, label: 'Hono c.render()' },
    {
      method: 'status',
      status: { index: 0 },
      label: 'Hono c.status()',
      // Not chainable: it sets the status of the response built later in the same handler.
      facts: { setsContextStatus: true },
    },
    {
      method: 'redirect',
      role: 'redirect',
      // (location, status); `c.redirect(301, '/x')` sends 200 with `Location: 301`.
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      terminal: true,
      // `status ?? 302`: a status set earlier with c.status() is not used [S context.js redirect()].
      overridesStatus: true,
      label: 'Hono c.redirect()',
      // The types allow 300–308 (RedirectStatusCode); the runtime sends any value the Response constructor takes
      // (200–599 on Node: 600 throws a RangeError).
      facts: { typedRange: '300-308' },
      misplacedStatus: [
        {
          index: 0,
          swapWith: 1,
          kind: 'rejected',
          // `c.status(404); c.redirect(301, '/x')` answers 404 [O hono 4.13.19].
          outcome: 'Hono sends the context status (200 OK by default) with the number as the Location header',
          expected: 'c.redirect(location, status)',
        },
      ],
    },
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'Hono c.header()' },
    { method: 'notFound', fixedStatus: 404, body: true, terminal: true, label: 'Hono c.notFound()' },
  ],
  exports: [
    // Helpers handed the context: reading it is no escape, and the cookie setters set Set-Cookie only, so a 401 after
    // `getCookie(c, 'session')` is still checked for WWW-Authenticate.
    ...READ_ONLY_HELPERS.map((name): ExportShape => ({ path: [name], responseArgument: 0, label: `${name}()` })),
    ...COOKIE_SETTERS.map(
      (name): ExportShape => ({ path: [name], responseArgument: 0, headers: [{ kind: 'fixed', names: ['set-cookie'] }], label: `${name}()` }),
    ),
    {
      // new HTTPException(401, { message, res }): `getResponse()` sends this status with the body and headers of `res`
      // (a `c.redirect(url)` response makes `new HTTPException(302, { res })` a redirect, Location included).
      path: ['HTTPException'],
      construct: true,
      status: { index: 0 },
      role: 'error',
      headers: [{ kind: 'object', index: 1, key: ['res'] }],
      label: 'new HTTPException()',
    },
  ],
};
