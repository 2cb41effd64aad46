import rule from '../../src/rules/no-ignored-status.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function moved(out: Out) {
  out.status(301).redirect('/plans');
}
`;
const gainedImportedConstant = `
import express from 'express';
import { MOVED_PERMANENTLY } from './src/codes.js';
export const app = express();
app.get('/pricing', (req, res) => {
  res.status(MOVED_PERMANENTLY).redirect('/plans');
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function forward(res: Outbox) {
  res.status(301).redirect('/plans');
}
`;

const overridden = (position: [number, number, number]) => ({ messageId: 'overridden' as const, ...at(position) });

typedRuleTester.run('no-ignored-status (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'the aliased receiver passing the status to redirect()',
      code: `
import type { Out } from './src/http-types.js';
export function moved(out: Out) {
  out.redirect(301, '/plans');
}
`,
    },
  ],
  invalid: [
    { name: 'a receiver with an unusual name typed through an alias from another file', code: gainedAliasedReceiver, errors: [overridden([4, 14, 17])] },
    { name: 'a status constant imported from another file', code: gainedImportedConstant, errors: [overridden([6, 14, 31])] },
  ],
});

ruleTester.run('no-ignored-status (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [overridden([6, 14, 17])] }],
});
