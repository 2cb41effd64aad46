import type { FrameworkDefinition } from './types.js';

/** http-errors `createError(status, …)`: Express, Koa's ctx.throw and @fastify/sensible build on it. */
export const httpErrors: FrameworkDefinition = {
  id: 'http-errors',
  name: 'http-errors',
  modules: ['http-errors'],
  exports: [
    {
      path: ['default'],
      status: { index: 0, numericOnly: true },
      role: 'error',
      headers: [{ kind: 'object', index: 'last', key: ['headers'] }],
      label: 'createError()',
      facts: { stringStatusOutcome: 'http-errors takes a string as the message and the error becomes a 500' },
    },
    {
      path: ['default'],
      construct: true,
      status: { index: 0, numericOnly: true },
      role: 'error',
      label: 'new createError()',
    },
  ],
};
