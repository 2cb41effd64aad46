import { nodeHttp } from './node-http.js';
import type { FrameworkDefinition, StatusRange } from './types.js';

/** Fastify 4 and 5 `reply.code()` throw FST_ERR_BAD_STATUS_CODE outside 100..599. */
const FASTIFY_RANGE: StatusRange = { min: 100, max: 599, outcome: 'Fastify throws FST_ERR_BAD_STATUS_CODE' };

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
      facts: { bodilessStatusOutcome: 'Fastify drops it' },
    },
    { method: 'sendFile', body: true, terminal: true, label: 'reply.sendFile()' },
    { method: 'view', body: true, terminal: true, label: 'reply.view()' },
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0 }], chainable: true, label: 'reply.header()' },
    { method: 'headers', headers: [{ kind: 'object', index: 0 }], chainable: true, label: 'reply.headers()' },
    { method: 'type', headers: [{ kind: 'fixed', names: ['content-type'] }], chainable: true, label: 'reply.type()' },
  ],
  properties: [{ property: 'statusCode', value: 'status', accepts: FASTIFY_RANGE, label: 'reply.statusCode' }],
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
