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

/**
 * Reported neither way: with types, a response reached through \`this.res\` or a call the analysis cannot follow may be
 * changed anywhere (its headers are unknown); without types, neither is known to be a response.
 */
const untraceableResponses = `
import { currentResponse, type Out } from './src/http-types.js';
export class Controller {
  constructor(private readonly res: Out) {}
  reject() {
    this.res.sendStatus(405);
    return;
  }
}
export function rejectCurrent() {
  currentResponse().sendStatus(405);
}
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
    { code: untraceableResponses, name: 'a response behind `this.res` or an opaque call may get its header elsewhere' },
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
  valid: [gainedAliasedReceiver, gainedImportedConstant, untraceableResponses],
  invalid: [{ code: avoidedDomainReceiver, errors: [noLocation([6, 18, 21])] }],
});
