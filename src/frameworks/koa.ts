import type { FrameworkDefinition, StatusRange } from './types.js';

/** Koa's status setter asserts an integer in 100..999. */
const KOA_RANGE: StatusRange = { min: 100, max: 999, outcome: 'Koa throws an AssertionError' };

/** Koa 2 and 3: `ctx` (and `ctx.response`) carry status, headers and body. */
export const koa: FrameworkDefinition = {
  id: 'koa',
  name: 'Koa',
  modules: ['koa', '@koa/router', 'koa-router'],
  packageName: 'koa',
  receivers: [
    { names: ['ctx', 'context'], typeNames: ['Context', 'ParameterizedContext', 'DefaultContext', 'ExtendableContext'] },
    { names: ['ctx', 'context'], path: ['response'] },
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
      facts: { nonErrorOutcome: 'Koa sends it with an error body and no Location' },
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
      label: 'ctx.redirect()',
      // Koa 2's second parameter is `alt` (for 'back'), Koa 3 has none: a status there is ignored and 302 is sent.
      facts: { ignoresStatusArgument: 1, keepsRedirectStatus: true },
      misplacedStatus: [
        {
          index: 1,
          kind: 'ignored',
          outcome: 'Koa sends 302 Found: ctx.redirect() takes no status',
          expected: 'ctx.status = code; ctx.redirect(url)',
        },
      ],
    },
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], label: 'ctx.set()' },
    { method: 'append', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'ctx.append()' },
    { method: 'vary', headers: [{ kind: 'fixed', names: ['vary'] }], label: 'ctx.vary()' },
    { method: 'attachment', headers: [{ kind: 'fixed', names: ['content-disposition'] }], label: 'ctx.attachment()' },
  ],
  properties: [
    { property: 'status', value: 'status', accepts: KOA_RANGE, label: 'ctx.status' },
    { property: 'message', value: 'phrase', label: 'ctx.message' },
    { property: 'body', value: 'body', label: 'ctx.body' },
  ],
};
