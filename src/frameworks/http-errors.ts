import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * The named constructors http-errors 2 derives from `statuses` (4xx and 5xx): `createError.NotFound`,
 * also reachable by code (`createError[404]`). Names are the `statuses` messages as identifiers.
 */
const NAMED_ERRORS: readonly (readonly [number, string])[] = [
  [400, 'BadRequest'],
  [401, 'Unauthorized'],
  [402, 'PaymentRequired'],
  [403, 'Forbidden'],
  [404, 'NotFound'],
  [405, 'MethodNotAllowed'],
  [406, 'NotAcceptable'],
  [407, 'ProxyAuthenticationRequired'],
  [408, 'RequestTimeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'LengthRequired'],
  [412, 'PreconditionFailed'],
  [413, 'PayloadTooLarge'],
  [414, 'URITooLong'],
  [415, 'UnsupportedMediaType'],
  [416, 'RangeNotSatisfiable'],
  [417, 'ExpectationFailed'],
  [418, 'ImATeapot'],
  [421, 'MisdirectedRequest'],
  [422, 'UnprocessableEntity'],
  [423, 'Locked'],
  [424, 'FailedDependency'],
  [425, 'TooEarly'],
  [426, 'UpgradeRequired'],
  [428, 'PreconditionRequired'],
  [429, 'TooManyRequests'],
  [431, 'RequestHeaderFieldsTooLarge'],
  [451, 'UnavailableForLegalReasons'],
  [500, 'InternalServerError'],
  [501, 'NotImplemented'],
  [502, 'BadGateway'],
  [503, 'ServiceUnavailable'],
  [504, 'GatewayTimeout'],
  [505, 'HTTPVersionNotSupported'],
  [506, 'VariantAlsoNegotiates'],
  [507, 'InsufficientStorage'],
  [508, 'LoopDetected'],
  [509, 'BandwidthLimitExceeded'],
  [510, 'NotExtended'],
  [511, 'NetworkAuthenticationRequired'],
];

/** `new createError.NotFound()`, `createError.NotFound()`, `new createError[404]()`: the status is implied. */
const namedErrorShapes: readonly ExportShape[] = NAMED_ERRORS.flatMap(([status, name]): ExportShape[] => [
  { path: ['default', name], construct: true, role: 'error', fixedStatus: status, label: `new createError.${name}()` },
  { path: ['default', name], role: 'error', fixedStatus: status, label: `createError.${name}()` },
  { path: ['default', String(status)], construct: true, role: 'error', fixedStatus: status, label: `new createError[${status}]()` },
]);

/** http-errors `createError(status, …)`: Express, Koa's ctx.throw and @fastify/sensible build on it. */
export const httpErrors: FrameworkDefinition = {
  id: 'http-errors',
  name: 'http-errors',
  modules: ['http-errors'],
  // `err.headers = { 'WWW-Authenticate': 'Basic' }` before `next(err)` or `throw err`: finalhandler and Koa send them [O],
  // Fastify copies them (`setErrorHeaders`) [S].
  errorHeaders: ['headers'],
  exports: [
    {
      path: ['default'],
      status: { index: 0, numericOnly: true },
      role: 'error',
      headers: [{ kind: 'object', index: 'last', key: ['headers'] }],
      label: 'createError()',
      facts: {
        stringStatusOutcome: 'http-errors takes a string as the message and the error becomes a 500',
        nonErrorOutcome: 'http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500',
      },
    },
    {
      path: ['default'],
      construct: true,
      status: { index: 0, numericOnly: true },
      role: 'error',
      label: 'new createError()',
      facts: { nonErrorOutcome: 'http-errors prints the deprecation "non-error status code" and keeps it on a plain Error; the default Express error handler answers 500' },
    },
    ...namedErrorShapes,
  ],
};
