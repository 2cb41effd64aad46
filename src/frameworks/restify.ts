import { NODE_HTTP1_RANGE, nodeHttp, statusFirstRedirect } from './node-http.js';
import type { ExportShape, FrameworkDefinition, MethodShape } from './types.js';

/** `res.status('404')`, `makeErrFromCode('404')`: restify and restify-errors assert a number. */
const ASSERTS_NUMBER = 'restify throws an AssertionError ("code (number) is required")';
/** restify-errors' own assertion, for `makeErrFromCode('404')` [O restify-errors 8.1.0 lib/index.js:28]. */
const ERRORS_ASSERT_NUMBER = 'restify-errors throws an AssertionError ("statusCode (number) is required")';

/**
 * `res.send(code, body, headers)` and its variants take the status first only when it is a number; otherwise the
 * arguments are `(body, headers)` (lib/response.js). Which argument is the body therefore depends on the first one, so
 * no body is declared (restify drops the body of a 204 or 304 anyway), and the headers are read from both positions:
 * the keys of a body object read as headers can only make a header look present, never missing.
 */
const senders = (['send', 'json', 'sendRaw'] as const).map(
  (method): MethodShape => ({
    method,
    status: { index: 0, numericOnly: true },
    headers: [
      { kind: 'object', index: 1 },
      { kind: 'object', index: 2 },
    ],
    accepts: NODE_HTTP1_RANGE,
    terminal: true,
    sendsHead: true,
    label: `res.${method}()`,
    misplacedStatus: [
      {
        // `res.send(body, 404)`: the number is read as the headers object (`Object.keys(404)` is empty).
        index: 1,
        kind: 'ignored',
        outcome: 'restify reads the second argument as headers and keeps the status it had (200 OK unless one was set)',
        expected: `res.${method}(code, body)`,
      },
    ],
  }),
);

/** The error classes restify-errors 8 makes from Node's `http.STATUS_CODES` (4xx and 5xx, as on Node 20), and its REST errors. */
const NAMED_ERRORS: readonly (readonly [number, string])[] = [
  [400, 'BadRequestError'],
  [401, 'UnauthorizedError'],
  [402, 'PaymentRequiredError'],
  [403, 'ForbiddenError'],
  [404, 'NotFoundError'],
  [405, 'MethodNotAllowedError'],
  [406, 'NotAcceptableError'],
  [407, 'ProxyAuthenticationRequiredError'],
  [408, 'RequestTimeoutError'],
  [409, 'ConflictError'],
  [410, 'GoneError'],
  [411, 'LengthRequiredError'],
  [412, 'PreconditionFailedError'],
  [413, 'PayloadTooLargeError'],
  [414, 'UriTooLongError'],
  [415, 'UnsupportedMediaTypeError'],
  [416, 'RangeNotSatisfiableError'],
  [417, 'ExpectationFailedError'],
  [418, 'ImATeapotError'],
  [421, 'MisdirectedRequestError'],
  [422, 'UnprocessableEntityError'],
  [423, 'LockedError'],
  [424, 'FailedDependencyError'],
  [425, 'TooEarlyError'],
  [426, 'UpgradeRequiredError'],
  [428, 'PreconditionRequiredError'],
  [429, 'TooManyRequestsError'],
  [431, 'RequestHeaderFieldsTooLargeError'],
  [451, 'UnavailableForLegalReasonsError'],
  [500, 'InternalServerError'],
  [501, 'NotImplementedError'],
  [502, 'BadGatewayError'],
  [503, 'ServiceUnavailableError'],
  [504, 'GatewayTimeoutError'],
  [505, 'HttpVersionNotSupportedError'],
  [506, 'VariantAlsoNegotiatesError'],
  [507, 'InsufficientStorageError'],
  [508, 'LoopDetectedError'],
  [509, 'BandwidthLimitExceededError'],
  [510, 'NotExtendedError'],
  [511, 'NetworkAuthenticationRequiredError'],
  [400, 'BadDigestError'],
  [405, 'BadMethodError'],
  [408, 'ConnectTimeoutError'],
  [500, 'InternalError'],
  [409, 'InvalidArgumentError'],
  [400, 'InvalidContentError'],
  [401, 'InvalidCredentialsError'],
  [400, 'InvalidHeaderError'],
  [400, 'InvalidVersionError'],
  [409, 'MissingParameterError'],
  [403, 'NotAuthorizedError'],
  [400, 'RequestExpiredError'],
  [429, 'RequestThrottledError'],
  [404, 'ResourceNotFoundError'],
  [406, 'WrongAcceptError'],
];

/** restify-errors: `next(new errors.NotFoundError())`, `errors.makeErrFromCode(404)`, `new errors.HttpError({ statusCode })`. */
export const restifyErrors: FrameworkDefinition = {
  id: 'restify-errors',
  name: 'restify-errors',
  modules: ['restify-errors'],
  exports: [
    ...NAMED_ERRORS.map(([status, name]): ExportShape => ({
      path: [name],
      construct: true,
      role: 'error',
      fixedStatus: status,
      label: `new ${name}()`,
    })),
    {
      path: ['makeErrFromCode'],
      status: { index: 0 },
      role: 'error',
      // `assert.equal(statusCode >= 400, true)`; a code without a class becomes an InternalServerError.
      accepts: { min: 400, max: 599, outcome: 'restify-errors throws an AssertionError below 400 and makes a 500 of a code it has no class for' },
      label: 'makeErrFromCode()',
      facts: { stringStatusOutcome: ERRORS_ASSERT_NUMBER },
    },
    {
      path: ['HttpError'],
      construct: true,
      status: { index: 0, key: ['statusCode'] },
      role: 'error',
      label: 'new HttpError()',
    },
  ],
};

/**
 * restify 11 (`server.get('/x', (req, res, next) => { res.send(404, body); return next(); })`): `res` is a Node
 * ServerResponse with restify's methods on top.
 */
export const restify: FrameworkDefinition = {
  id: 'restify',
  name: 'restify',
  modules: ['restify'],
  packageName: 'restify',
  declaredReceivers: true,
  receivers: [{ names: ['res', 'response'], typeNames: ['Response'] }],
  inherits: nodeHttp,
  methods: [
    {
      method: 'status',
      status: { index: 0 },
      accepts: NODE_HTTP1_RANGE,
      // It returns the code, not the response: no chaining.
      label: 'res.status()',
      facts: { stringStatusOutcome: ASSERTS_NUMBER },
    },
    ...senders,
    // (code, url, next), (url, next) with 302, or (options, next) with 301 when `permanent`, else 302.
    {
      ...statusFirstRedirect('restify sends it as is, with a Location header'),
      misplacedStatus: [
        {
          // res.redirect('/x', 301, next): the second argument must be `next` [O restify 11.1.0].
          index: 1,
          swapWith: 0,
          kind: 'rejected',
          outcome: 'restify throws an AssertionError ("requires a next param")',
          expected: 'res.redirect(code, url, next)',
        },
      ],
    },
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'res.header()' },
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], label: 'res.set()' },
    { method: 'link', headers: [{ kind: 'fixed', names: ['link'] }], label: 'res.link()' },
    { method: 'cache', headers: [{ kind: 'fixed', names: ['cache-control'] }], label: 'res.cache()' },
    { method: 'noCache', headers: [{ kind: 'fixed', names: ['cache-control', 'pragma', 'expires'] }], label: 'res.noCache()' },
    { method: 'charSet', headers: [{ kind: 'fixed', names: ['content-type'] }], label: 'res.charSet()' },
  ],
};
