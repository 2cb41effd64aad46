import { nodeHttp } from './node-http.js';
import type { FrameworkDefinition, MethodShape, StatusRange } from './types.js';

/** Fastify 4 and 5 `reply.code()` throw FST_ERR_BAD_STATUS_CODE outside 100..599. */
const FASTIFY_RANGE: StatusRange = { min: 100, max: 599, outcome: 'Fastify throws FST_ERR_BAD_STATUS_CODE' };

/**
 * The reply decorators of @fastify/sensible (6.x): each sends the http-errors error of its code
 * (`reply.notFound()` → 404). A reply without the plugin has none of them.
 */
const SENSIBLE_ERRORS: readonly (readonly [number, string])[] = [
  [400, 'badRequest'], [401, 'unauthorized'], [402, 'paymentRequired'], [403, 'forbidden'], [404, 'notFound'],
  [405, 'methodNotAllowed'], [406, 'notAcceptable'], [407, 'proxyAuthenticationRequired'], [408, 'requestTimeout'],
  [409, 'conflict'], [410, 'gone'], [411, 'lengthRequired'], [412, 'preconditionFailed'], [413, 'payloadTooLarge'],
  [414, 'uriTooLong'], [415, 'unsupportedMediaType'], [416, 'rangeNotSatisfiable'], [417, 'expectationFailed'],
  [418, 'imateapot'], [421, 'misdirectedRequest'], [422, 'unprocessableEntity'], [423, 'locked'],
  [424, 'failedDependency'], [425, 'tooEarly'], [426, 'upgradeRequired'], [428, 'preconditionRequired'],
  [429, 'tooManyRequests'], [431, 'requestHeaderFieldsTooLarge'], [451, 'unavailableForLegalReasons'],
  [500, 'internalServerError'], [501, 'notImplemented'], [502, 'badGateway'], [503, 'serviceUnavailable'],
  [504, 'gatewayTimeout'], [505, 'httpVersionNotSupported'], [506, 'variantAlsoNegotiates'],
  [507, 'insufficientStorage'], [508, 'loopDetected'], [509, 'bandwidthLimitExceeded'], [510, 'notExtended'],
  [511, 'networkAuthenticationRequired'],
];

const sensibleErrors: readonly MethodShape[] = [
  ...SENSIBLE_ERRORS.map(
    ([status, method]): MethodShape => ({
      method,
      role: 'error',
      fixedStatus: status,
      body: true,
      terminal: true,
      chainable: true,
      label: `@fastify/sensible reply.${method}()`,
    }),
  ),
  {
    // Looks the code up in Node's STATUS_CODES (`code + ''`, so '405' works too) and calls the decorator of that name:
    // a code without one throws, 418 too (its phrase gives `imaTeapot`, the decorator is `imateapot`) [O sensible 5.6.0,
    // 6.0.6]; the other codes of 400–599 without one are unassigned, which no-unknown-status reports anyway.
    method: 'getHttpError',
    role: 'error',
    status: { index: 0 },
    accepts: { min: 400, max: 599, outcome: '@fastify/sensible has no error for it: getHttpError() throws a TypeError' },
    body: true,
    terminal: true,
    chainable: true,
    label: '@fastify/sensible reply.getHttpError()',
    facts: { numericStringAccepted: true },
  },
];

export const fastify: FrameworkDefinition = {
  id: 'fastify',
  name: 'Fastify',
  modules: ['fastify', 'fastify-plugin'],
  packageName: 'fastify',
  declaredReceivers: true,
  // `reply.raw` is the raw Node response.
  includes: [nodeHttp],
  receivers: [{ names: ['reply', 'rep'], typeNames: ['FastifyReply'] }],
  methods: [
    { method: 'code', status: { index: 0 }, chainable: true, accepts: FASTIFY_RANGE, label: 'reply.code()' },
    { method: 'status', status: { index: 0 }, chainable: true, accepts: FASTIFY_RANGE, label: 'reply.status()' },
    {
      method: 'redirect',
      role: 'redirect',
      // Fastify 5 and 4.29: (url, code). Fastify 4 also accepted (code, url), removed in 5.
      status: { index: 1, numericOnly: true },
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      terminal: true,
      chainable: true,
      label: 'reply.redirect()',
      facts: { keepsEarlierStatus: true, nonRedirectOutcome: 'Fastify sends it as is, with a Location header' },
      misplacedStatus: [
        {
          // Fastify 4 still accepts (code, url) with FSTDEP021; Fastify 5 does not.
          index: 0,
          swapWith: 1,
          versions: [5],
          kind: 'rejected',
          outcome: 'Fastify 5 sends the number as the Location header and answers 500 (FST_ERR_BAD_STATUS_CODE)',
          expected: 'reply.redirect(url, code)',
        },
      ],
    },
    {
      method: 'send',
      body: { index: 0 },
      terminal: true,
      chainable: true,
      label: 'reply.send()',
      // Fastify removes content-type and content-length for 204 and drops the payload (lib/reply.js).
      // Fastify strips the body for 1xx and 204 (lib/reply.js), Node for 304; a 205 body is sent [O 4.29.1, 5.12.8].
      facts: { bodilessStatusOutcome: 'Fastify drops it for 1xx and 204 (and Node for 304), but sends it with 205' },
    },
    { method: 'sendFile', body: true, terminal: true, label: 'reply.sendFile()' },
    { method: 'view', body: true, terminal: true, label: 'reply.view()' },
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0 }], chainable: true, label: 'reply.header()' },
    { method: 'headers', headers: [{ kind: 'object', index: 0 }], chainable: true, label: 'reply.headers()' },
    { method: 'type', headers: [{ kind: 'fixed', names: ['content-type'] }], chainable: true, label: 'reply.type()' },
    ...sensibleErrors,
  ],
  properties: [{ property: 'statusCode', value: 'status', accepts: FASTIFY_RANGE, label: 'reply.statusCode', initial: 200 }],
  statusKeys: [
    {
      // fastify.get(path, { schema: { response: { 200: S, '2xx': S, 404: S, default: S } } }, handler)
      methods: ['get', 'head', 'post', 'put', 'delete', 'options', 'patch', 'all', 'route'],
      path: ['schema', 'response'],
      // Keys must match /^[1-5](?:\d{2}|xx)$|^default$/ (Fastify 5 lower-cases first).
      keyPattern: '^(?:[1-5]xx|default)$',
      accepts: { min: 100, max: 599, outcome: 'Fastify fails at ready() with FST_ERR_SCH_SERIALIZATION_BUILD' },
      label: 'route response schema',
    },
  ],
};
