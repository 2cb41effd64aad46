import { nodeHttp } from './node-http.js';
import type { FrameworkDefinition, StatusRange } from './types.js';

/** Koa's status setter asserts an integer in 100..999. */
const KOA_RANGE: StatusRange = { min: 100, max: 999, outcome: 'Koa throws an AssertionError' };

/** Koa 2 and 3: `ctx` (and `ctx.response`) carry status, headers and body. */
export const koa: FrameworkDefinition = {
  id: 'koa',
  name: 'Koa',
  modules: ['koa', '@koa/router', 'koa-router'],
  packageName: 'koa',
  declaredReceivers: true,
  // `ctx.res` is the raw Node response.
  includes: [nodeHttp],
  receivers: [
    { names: ['ctx', 'context'], typeNames: ['Context', 'ParameterizedContext', 'DefaultContext', 'ExtendableContext'] },
    { names: ['ctx', 'context'], path: ['response'], typeNames: ['Response'] },
    // ctx.assert.equal(a, b, 400, msg): http-assert's helpers, thrown like ctx.throw.
    {
      names: ['ctx', 'context'],
      typeNames: ['Context', 'ParameterizedContext', 'DefaultContext', 'ExtendableContext'],
      path: ['assert'],
      sharesResponseWith: [],
    },
  ],
  methods: [
    {
      method: 'throw',
      status: { index: 0, numericOnly: true },
      role: 'error',
      // onerror wipes every header set on ctx before the throw; pass them as `{ headers }` instead.
      dropsEarlierHeaders: true,
      headers: [{ kind: 'object', index: 'last', key: ['headers'] }],
      terminal: true,
      label: 'ctx.throw()',
      facts: {
        stringStatusOutcome: 'http-errors takes a string as the message and the error becomes a 500',
        nonErrorOutcome: 'Koa sends it with the error message as the body (none with 204 or 304) and no Location',
        // `ctx.throw(302, 'go', { headers: { Location: '/x' } })` sends a 302 with that Location [O koa 2.16.4, 3.3.0].
        sendsStatusWithGivenHeaders: true,
      },
      misplacedStatus: [
        {
          // Koa 2 (http-errors 1.8) accepts ctx.throw('msg', 400) with a deprecation; Koa 3 (http-errors 2) throws.
          index: 1,
          swapWith: 0,
          versions: [3],
          kind: 'rejected',
          outcome: 'Koa 3 throws TypeError "argument #2 unsupported type number" and answers 500',
          expected: 'ctx.throw(status, message)',
        },
      ],
    },
    {
      method: 'redirect',
      role: 'redirect',
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      body: true,
      terminal: true,
      // `ctx.status = 301; ctx.redirect(url)` sends 301; `ctx.status = 401; ctx.redirect(url)` sends 302 [O]
      // (statuses.redirect).
      overridesStatus: true,
      keepsStatuses: [300, 301, 302, 303, 305, 307, 308],
      label: 'ctx.redirect()',
      // Koa 2's second parameter is `alt` (for 'back'), Koa 3 has none: a status there is ignored and 302 is sent.
      facts: { ignoresStatusArgument: 1 },
      misplacedStatus: [
        {
          index: 1,
          kind: 'ignored',
          outcome: 'Koa ignores the number and sends 302 Found (or a redirect status set before with ctx.status): ctx.redirect() takes no status',
          expected: 'ctx.status = code; ctx.redirect(url)',
        },
      ],
    },
    {
      // ctx.assert(cond, 401, msg, { headers }): throws createError(401, …) when cond is falsy.
      method: 'assert',
      onPath: [],
      status: { index: 1, numericOnly: true },
      role: 'error',
      dropsEarlierHeaders: true,
      headers: [{ kind: 'object', index: 'last', key: ['headers'], minIndex: 2 }],
      label: 'ctx.assert()',
    },
    ...(['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual'] as const).map((method) => ({
      method,
      onPath: ['assert'],
      status: { index: 2, numericOnly: true },
      role: 'error' as const,
      dropsEarlierHeaders: true,
      headers: [{ kind: 'object' as const, index: 'last' as const, key: ['headers'], minIndex: 3 }],
      label: `ctx.assert.${method}()`,
    })),
    {
      method: 'ok',
      onPath: ['assert'],
      status: { index: 1, numericOnly: true },
      role: 'error',
      dropsEarlierHeaders: true,
      headers: [{ kind: 'object', index: 'last', key: ['headers'], minIndex: 2 }],
      label: 'ctx.assert.ok()',
    },
    {
      // ctx.assert.fail(401, msg): always throws.
      method: 'fail',
      onPath: ['assert'],
      status: { index: 0, numericOnly: true },
      role: 'error',
      dropsEarlierHeaders: true,
      headers: [{ kind: 'object', index: 'last', key: ['headers'], minIndex: 1 }],
      terminal: true,
      label: 'ctx.assert.fail()',
    },
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], label: 'ctx.set()' },
    { method: 'append', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'ctx.append()' },
    { method: 'vary', headers: [{ kind: 'fixed', names: ['vary'] }], label: 'ctx.vary()' },
    { method: 'attachment', headers: [{ kind: 'fixed', names: ['content-disposition'] }], label: 'ctx.attachment()' },
  ],
  properties: [
    {
      property: 'status',
      value: 'status',
      accepts: KOA_RANGE,
      label: 'ctx.status',
      initial: 404,
      facts: { stringStatusOutcome: 'Koa throws an AssertionError' },
    },
    { property: 'message', value: 'phrase', label: 'ctx.message' },
    // The status setter and the response both null the body for 204/205/304.
    {
      property: 'body',
      value: 'body',
      label: 'ctx.body',
      facts: { bodilessStatusOutcome: 'Koa drops it for 204, 205 and 304; with a 1xx, Node drops it and the client gets only an interim response' },
    },
  ],
};
