import rule from '../../src/rules/no-mismatched-reason-phrase.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at, replaceAt } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function missing(out: Out) {
  out.writeHead(404, 'OK');
  out.end();
}
`;
const gainedImportedConstant = `
import { createServer } from 'node:http';
import { NOT_FOUND } from './src/codes.js';
createServer((req, res) => {
  res.writeHead(NOT_FOUND, 'OK');
  res.end();
});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import { createServer } from 'node:http';
import type { Outbox } from './src/domain.js';
export const server = createServer();
export function notify(res: Outbox) {
  res.writeHead(404, 'OK');
}
`;

/** 'OK' sent with 404: suggest the phrase 'Not Found', and (when the status is a literal) sending 200 instead. */
function okWith404(code: string, phrase: [number, number, number], literalStatus?: [number, number, number]) {
  return {
    messageId: 'mismatchedPhrase' as const,
    data: { phrase: 'OK', phraseStatus: '200 OK', status: '404 Not Found' },
    ...at(phrase),
    suggestions: [
      { messageId: 'usePhrase' as const, data: { expected: 'Not Found' }, output: replaceAt(code, phrase, "'Not Found'") },
      ...(literalStatus
        ? [{ messageId: 'useStatus' as const, data: { phraseStatus: '200 OK' }, output: replaceAt(code, literalStatus, '200') }]
        : []),
    ],
  };
}

typedRuleTester.run('no-mismatched-reason-phrase (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'the aliased receiver with the registered phrase',
      code: `
import type { Out } from './src/http-types.js';
export function missing(out: Out) {
  out.writeHead(404, 'Not Found');
  out.end();
}
`,
    },
  ],
  invalid: [
    {
      name: 'a receiver with an unusual name typed through an alias from another file',
      code: gainedAliasedReceiver,
      errors: [okWith404(gainedAliasedReceiver, [4, 22, 26], [4, 17, 20])],
    },
    {
      name: 'a status constant imported from another file',
      code: gainedImportedConstant,
      errors: [okWith404(gainedImportedConstant, [5, 28, 32])],
    },
  ],
});

ruleTester.run('no-mismatched-reason-phrase (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedImportedConstant],
  invalid: [{ code: avoidedDomainReceiver, errors: [okWith404(avoidedDomainReceiver, [6, 22, 26], [6, 17, 20])] }],
});
