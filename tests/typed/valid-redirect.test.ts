import rule from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function done(out: Out, id: string) {
  out.redirect(200, '/orders/' + id);
}
`;
const gainedImportedConstant = `
import express from 'express';
import { OK } from './src/codes.js';
export const app = express();
app.post('/checkout', (req, res) => {
  res.redirect(OK, '/orders');
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function done(res: Outbox, id: string) {
  res.redirect(200, '/orders/' + id);
}
`;

const notRedirect = (position: [number, number, number]) => ({ messageId: 'notRedirect' as const, ...at(position) });

typedRuleTester.run('valid-redirect (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'the aliased receiver with a redirect status',
      code: `
import type { Out } from './src/http-types.js';
export function done(out: Out, id: string) {
  out.redirect(303, '/orders/' + id);
}
`,
    },
  ],
  invalid: [
    { name: 'a receiver with an unusual name typed through an alias from another file', code: gainedAliasedReceiver, errors: [notRedirect([4, 16, 19])] },
    { name: 'a status constant imported from another file', code: gainedImportedConstant, errors: [notRedirect([6, 16, 18])] },
  ],
});

ruleTester.run('valid-redirect (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [notRedirect([6, 16, 19])] }],
});
