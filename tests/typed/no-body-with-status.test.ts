import rule from '../../src/rules/no-body-with-status.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function clearCart(out: Out) {
  out.status(204).json({ cleared: true });
}
`;
const gainedImportedConstant = `
import express from 'express';
import { NO_CONTENT } from './src/codes.js';
export const app = express();
app.delete('/carts/:id', (req, res) => {
  res.status(NO_CONTENT).json({ deleted: req.params.id });
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function acknowledge(res: Outbox) {
  res.status(204).json({ queued: true });
}
`;

const expressDrops = (position: [number, number, number]) => ({
  messageId: 'bodyWithStatus' as const,
  data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'res.json()', outcome: ': Express drops it' },
  ...at(position),
});

typedRuleTester.run('no-body-with-status (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'the aliased receiver with a status that carries content',
      code: `
import type { Out } from './src/http-types.js';
export function created(out: Out) {
  out.status(201).json({ created: true });
}
`,
    },
  ],
  invalid: [
    { name: 'a receiver with an unusual name typed through an alias from another file', code: gainedAliasedReceiver, errors: [expressDrops([4, 24, 41])] },
    { name: 'a status constant imported from another file', code: gainedImportedConstant, errors: [expressDrops([6, 31, 57])] },
  ],
});

ruleTester.run('no-body-with-status (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [expressDrops([6, 24, 40])] }],
});
