import rule from '../../src/rules/no-string-status.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at, replaceAt } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedStatusParameter = `
export function label(status: number) {
  return status === '200' ? 'ok' : 'failed';
}
`;
const gainedSwitchAndLooseComparison = `
export function describe(status: number) {
  switch (status) {
    case '200':
      return 'ok';
    default:
      return '304' == status ? 'cached' : 'failed';
  }
}
`;
const gainedStatusCodeParameter = `
export function label(statusCode: number) {
  return statusCode === '200' ? 'ok' : 'failed';
}
`;
const gainedDestructuredFromHelper = `
import { getPage } from './src/client.js';
export async function ping(url: string) {
  const { status } = await getPage(url);
  return status === '200';
}
`;
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function ok(out: Out) {
  out.status('200').end();
}
`;

/** Reported only without types. */
const avoidedStringColumn = `
import { findOne } from 'db-kit';
export async function check(id: string) {
  const response = await findOne(id);
  return response.status === '200';
}
`;
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function ok(res: Outbox) {
  res.sendStatus('200');
}
`;

const useNumber = (code: string, position: [number, number, number]) => [
  { messageId: 'useNumber' as const, data: { number: '200' }, output: replaceAt(code, position, '200') },
];
const neverEqual = (code: string, position: [number, number, number]) => ({
  messageId: 'stringNeverEqual' as const,
  data: { value: '200', how: '`===`' },
  ...at(position),
  suggestions: useNumber(code, position),
});
const EXPRESS_5_THROWS = ': Express 5 throws a TypeError (Express 4 prints a deprecation)';
const EXPRESS_5_THROWS_SEND_STATUS = ': Express 5 throws a TypeError (Express 4 sends it: Node coerces it)';

typedRuleTester.run('no-string-status (typed)', rule, {
  valid: [
    { code: avoidedStringColumn, name: '`.status` typed string is no HTTP status' },
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    {
      name: 'a `status` typed string may hold a string',
      code: `
export function label(status: string, statusCode: string | number) {
  return status === '200' || statusCode === '200';
}
`,
    },
    {
      name: 'a `status` typed number compared with a number or a word',
      code: `
export function label(status: number) {
  if (status === 200) return 'ok';
  switch (status) {
    case 'active':
      return 'busy';
  }
  return status === 'done' ? 'done' : 'failed';
}
`,
    },
  ],
  invalid: [
    {
      name: 'a `status` typed `number` compared with a string',
      code: gainedStatusParameter,
      errors: [neverEqual(gainedStatusParameter, [3, 21, 26])],
    },
    {
      name: 'a `status` typed `number` in a switch and a loose comparison',
      code: gainedSwitchAndLooseComparison,
      errors: [
        {
          messageId: 'stringNeverEqual',
          data: { value: '200', how: '`switch` (it compares with `===`)' },
          ...at([4, 10, 15]),
          suggestions: useNumber(gainedSwitchAndLooseComparison, [4, 10, 15]),
        },
        {
          messageId: 'stringLooseComparison',
          data: { value: '304', operator: '==' },
          ...at([7, 14, 19]),
          suggestions: [
            { messageId: 'useNumber', data: { number: '304' }, output: replaceAt(gainedSwitchAndLooseComparison, [7, 14, 19], '304') },
          ],
        },
      ],
    },
    {
      name: 'a `statusCode` typed `number` compared with a string',
      code: gainedStatusCodeParameter,
      errors: [neverEqual(gainedStatusCodeParameter, [3, 25, 30])],
    },
    {
      name: '`status` destructured from a Fetch Response returned by a helper of another file',
      code: gainedDestructuredFromHelper,
      errors: [neverEqual(gainedDestructuredFromHelper, [5, 21, 26])],
    },
    {
      name: 'a receiver with an unusual name typed through an alias from another file',
      code: gainedAliasedReceiver,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '200', api: 'res.status()', outcome: EXPRESS_5_THROWS },
          ...at([4, 14, 19]),
          suggestions: useNumber(gainedAliasedReceiver, [4, 14, 19]),
        },
      ],
    },
  ],
});

ruleTester.run('no-string-status (same code without types)', rule, {
  valid: [gainedStatusParameter, gainedSwitchAndLooseComparison, gainedStatusCodeParameter, gainedDestructuredFromHelper, gainedAliasedReceiver],
  invalid: [
    { code: avoidedStringColumn, errors: [neverEqual(avoidedStringColumn, [5, 30, 35])] },
    {
      code: avoidedDomainReceiver,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '200', api: 'res.sendStatus()', outcome: EXPRESS_5_THROWS_SEND_STATUS },
          ...at([6, 18, 23]),
          suggestions: useNumber(avoidedDomainReceiver, [6, 18, 23]),
        },
      ],
    },
  ],
});
