import { NODE_HTTP1_RANGE, nodeHttp } from './node-http.js';
import type { FrameworkDefinition } from './types.js';

/**
 * micro 10 (`module.exports = async (req, res) => …`): handlers get Node's `req` and `res`; `send(res, code, obj)` sets
 * `res.statusCode = code` and ends the response with `obj` (none when it is null), `createError(code, message)` makes
 * the error `sendError()` answers with its `statusCode` (dist/src/lib/index.js).
 */
export const micro: FrameworkDefinition = {
  id: 'micro',
  name: 'micro',
  modules: ['micro'],
  packageName: 'micro',
  includes: [nodeHttp],
  exports: [
    {
      path: ['send'],
      responseArgument: 0,
      status: { index: 1 },
      body: { index: 2 },
      accepts: NODE_HTTP1_RANGE,
      terminal: true,
      sendsHead: true,
      label: 'send()',
      facts: {
        bodilessStatusOutcome: 'Node discards it for 1xx/204/304 and sends it with 205',
        stringStatusOutcome: 'Node coerces it with `|= 0`',
      },
    },
    { path: ['createError'], status: { index: 0 }, role: 'error', label: 'createError()' },
    // Answers with the error's own status: passing `res` there is no escape.
    { path: ['sendError'], responseArgument: 1, terminal: true, label: 'sendError()' },
  ],
};
