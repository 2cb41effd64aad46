import rule from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function moved(out: Out) {
  out.sendStatus(301);
}
`;
const gainedImportedConstant = `
import express from 'express';
import { MOVED_PERMANENTLY } from './src/codes.js';
export const app = express();
app.get('/old', (req, res) => {
  res.sendStatus(MOVED_PERMANENTLY);
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function moved(res: Outbox) {
  res.sendStatus(301);
}
`;

const noLocation = (position: [number, number, number]) => ({ messageId: 'missingHeader' as const, ...at(position) });

typedRuleTester.run('require-status-headers (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'the aliased receiver sets the Location header',
      code: `
import type { Out } from './src/http-types.js';
export function moved(out: Out) {
  out.set('Location', '/new').sendStatus(301);
}
`,
    },
  ],
  invalid: [
    { name: 'a receiver with an unusual name typed through an alias from another file', code: gainedAliasedReceiver, errors: [noLocation([4, 18, 21])] },
    { name: 'a status constant imported from another file', code: gainedImportedConstant, errors: [noLocation([6, 18, 35])] },
  ],
});

ruleTester.run('require-status-headers (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [noLocation([6, 18, 21])] }],
});
