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
      facts: { nonErrorOutcome: 'http-errors keeps it on a plain Error with the deprecation "non-error status code"; Express then answers 500' },
    },
    {
      path: ['default'],
      construct: true,
      status: { index: 0, numericOnly: true },
      role: 'error',
      label: 'new createError()',
      facts: { nonErrorOutcome: 'http-errors keeps it on a plain Error with the deprecation "non-error status code"; Express then answers 500' },
    },
  ],
};
