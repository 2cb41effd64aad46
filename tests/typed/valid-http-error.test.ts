import rule from '../../src/rules/valid-http-error.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedContext = `
import type { Ctx } from './src/http-types.js';
export async function legacy(c: Ctx) {
  c.throw(302, 'see /new');
}
`;
const gainedImportedConstant = `
import Koa from 'koa';
import { REDIRECTS } from './src/codes.js';
new Koa().use(async (ctx) => {
  ctx.throw(REDIRECTS.FOUND, 'see /new');
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import Koa from 'koa';
import type { Outbox } from './src/domain.js';
export const app = new Koa();
export function fail(ctx: Outbox) {
  ctx.throw(302, 'see /new');
}
`;

const notError = (position: [number, number, number]) => ({ messageId: 'notError' as const, ...at(position) });

typedRuleTester.run('valid-http-error (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `ctx` typed as a project domain type is no Koa context' },
    {
      name: 'the aliased context throwing an error status',
      code: `
import type { Ctx } from './src/http-types.js';
export async function legacy(c: Ctx) {
  c.throw(404, 'gone for good');
}
`,
    },
  ],
  invalid: [
    { name: 'a Koa context with an unusual name typed through an alias from another file', code: gainedAliasedContext, errors: [notError([4, 11, 14])] },
    { name: 'a status constant of an as-const object from another file', code: gainedImportedConstant, errors: [notError([5, 13, 28])] },
  ],
});

ruleTester.run('valid-http-error (same code without types)', rule, {
  valid: [gainedAliasedContext, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [notError([6, 13, 16])] }],
});
