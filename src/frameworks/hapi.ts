import { NODE_HTTP1_RANGE } from './node-http.js';
import type { ExportShape, FrameworkDefinition, MethodShape, StatusRange } from './types.js';

/** hapi `.code()` asserts a safe integer; 4040 and 99 pass hapi and Node rejects them (the client gets 500). */
const HAPI_RANGE: StatusRange = { min: NODE_HTTP1_RANGE.min, max: NODE_HTTP1_RANGE.max, outcome: 'Node rejects it and hapi sends 500' };
/** Boom asserts `>= 400`; 4040 and 600 pass Boom and fail in Node (500). */
const BOOM_RANGE: StatusRange = {
  min: 400,
  max: 999,
  outcome: 'Boom throws an AssertError ("First argument must be a number (400+)") below 400 and Node rejects it above 999: hapi answers 500',
};

/**
 * hapi 21: the toolkit `h` creates responses (`h.response(doc)`, `h.redirect(url)`) whose methods chain.
 * Toolkit and response methods live in one list; `createsResponse` marks the factories.
 */
/**
 * A redirect mode of hapi's response (`response.permanent()`): `kept` after one of the statuses `after` (`h.redirect()`
 * sets 302), `otherwise` after any other. Without a location it throws "Cannot set redirection mode without first
 * setting a location". Its `false` argument (`permanent(false)` is `temporary()`) is not read.
 */
function redirectMode(method: string, kept: number, after: readonly number[], otherwise: number): MethodShape {
  return {
    method,
    role: 'redirect',
    fixedStatus: kept,
    fixedStatusOnlyAfter: { statuses: after, otherwise },
    chainable: true,
    label: `response.${method}()`,
    facts: { requiresLocation: true },
  };
}

export const hapi: FrameworkDefinition = {
  id: 'hapi',
  name: 'hapi',
  modules: ['@hapi/hapi', 'hapi'],
  packageName: '@hapi/hapi',
  declaredReceivers: true,
  receivers: [
    { names: ['h'], typeNames: ['ResponseToolkit'] },
    { names: [], typeNames: ['ResponseObject'] },
  ],
  methods: [
    // Toolkit factories.
    { method: 'response', createsResponse: true, body: { index: 0 }, label: 'h.response()' },
    {
      method: 'redirect',
      createsResponse: true,
      role: 'redirect',
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'h.redirect()',
    },
    // Response object.
    { method: 'code', status: { index: 0 }, chainable: true, accepts: HAPI_RANGE, label: 'response.code()' },
    {
      method: 'created',
      fixedStatus: 201,
      location: { index: 0 },
      headers: [{ kind: 'fixed', names: ['location'] }],
      chainable: true,
      label: 'response.created()',
      // hapi asserts the request method is POST, PUT or PATCH.
      facts: { requiresMethod: 'POST PUT PATCH' },
    },
    // The redirect modes keep or change what the status says: a rewritable redirect (301, 302) stays rewritable, any other
    // status becomes the non-rewritable one (307, 308) [O hapi 21.4.10; S lib/response.js `_setTemporary`, `_setRewritable`].
    redirectMode('permanent', 301, [301, 302], 308),
    redirectMode('temporary', 302, [301, 302], 307),
    redirectMode('rewritable', 302, [302, 307], 301),
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0 }], chainable: true, label: 'response.header()' },
    {
      method: 'location',
      location: { index: 0 },
      headers: [{ kind: 'fixed', names: ['location'] }],
      chainable: true,
      label: 'response.location()',
    },
    { method: 'type', headers: [{ kind: 'fixed', names: ['content-type'] }], chainable: true, label: 'response.type()' },
    { method: 'etag', headers: [{ kind: 'fixed', names: ['etag'] }], chainable: true, label: 'response.etag()' },
    { method: 'vary', headers: [{ kind: 'fixed', names: ['vary'] }], chainable: true, label: 'response.vary()' },
    { method: 'state', headers: [{ kind: 'fixed', names: ['set-cookie'] }], chainable: true, label: 'response.state()' },
    { method: 'takeover', chainable: true, label: 'response.takeover()' },
  ],
};

/** Boom helpers with a fixed status (Boom 10). */
const BOOM_HELPERS: readonly (readonly [string, number])[] = [
  ['badRequest', 400],
  ['unauthorized', 401],
  ['paymentRequired', 402],
  ['forbidden', 403],
  ['notFound', 404],
  ['methodNotAllowed', 405],
  ['notAcceptable', 406],
  ['proxyAuthRequired', 407],
  ['clientTimeout', 408],
  ['conflict', 409],
  ['resourceGone', 410],
  ['lengthRequired', 411],
  ['preconditionFailed', 412],
  ['entityTooLarge', 413],
  ['uriTooLong', 414],
  ['unsupportedMediaType', 415],
  ['rangeNotSatisfiable', 416],
  ['expectationFailed', 417],
  ['teapot', 418],
  ['badData', 422],
  ['locked', 423],
  ['failedDependency', 424],
  ['tooEarly', 425],
  ['preconditionRequired', 428],
  ['tooManyRequests', 429],
  ['illegal', 451],
  ['internal', 500],
  ['badImplementation', 500],
  ['notImplemented', 501],
  ['badGateway', 502],
  ['serverUnavailable', 503],
  ['gatewayTimeout', 504],
];

/** Headers some helpers set from their arguments [O]. `tooManyRequests()` sets no Retry-After. */
const BOOM_HEADERS: Readonly<Record<string, ExportShape['headers']>> = {
  // unauthorized(message, scheme, attributes) → WWW-Authenticate when a scheme is given.
  unauthorized: [{ kind: 'fixed', names: ['www-authenticate'], ifArgument: 1 }],
  // methodNotAllowed(message, data, allow) → Allow.
  methodNotAllowed: [{ kind: 'fixed', names: ['allow'], ifArgument: 2 }],
};

/** @hapi/boom 10: error objects that hapi (and others) turn into responses. Each Boom call is its own response. */
export const boom: FrameworkDefinition = {
  id: 'hapi',
  name: 'Boom',
  modules: ['@hapi/boom', 'boom'],
  packageName: '@hapi/boom',
  exports: [
    ...BOOM_HELPERS.map(([name, status]): ExportShape => ({
      path: [name],
      createsResponse: true,
      role: 'error',
      fixedStatus: status,
      ...(BOOM_HEADERS[name] ? { headers: BOOM_HEADERS[name] } : {}),
      label: `Boom.${name}()`,
    })),
    {
      path: ['Boom'],
      construct: true,
      createsResponse: true,
      role: 'error',
      status: { index: 1, key: ['statusCode'] },
      accepts: BOOM_RANGE,
      label: 'new Boom.Boom()',
    },
    {
      path: ['boomify'],
      createsResponse: true,
      role: 'error',
      status: { index: 1, key: ['statusCode'] },
      accepts: BOOM_RANGE,
      label: 'Boom.boomify()',
    },
  ],
};
