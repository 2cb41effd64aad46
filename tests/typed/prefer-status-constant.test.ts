import rule from '../../src/rules/prefer-status-constant.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';
import { at, replaceAt } from './helpers.js';

// Cases only types decide: each sample runs with types (tests/fixtures/typed) and without.

/** Reported only with types. */
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function missing(out: Out) {
  out.status(404).send('missing');
}
`;
const gainedHelperResult = `
import { getPage } from './src/client.js';
export async function ping(url: string) {
  const page = await getPage(url);
  return page.status === 503;
}
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Outbox } from './src/domain.js';
export const app = express();
export function queued(res: Outbox) {
  res.status(404).send('missing');
}
`;
const avoidedDomainRead = `
import { loadShipment } from './src/domain.js';
export async function track(id: string) {
  const response = await loadShipment(id);
  return response.status === 404;
}
`;

const PHRASES: Record<number, [string, string]> = { 404: ['404 Not Found', 'NOT_FOUND'], 503: ['503 Service Unavailable', 'SERVICE_UNAVAILABLE'] };
/** The fixture project depends on no constant library: one suggestion per known library, each adding its import. */
const LIBRARIES = [
  { object: 'StatusCodes', module: 'http-status-codes', declaration: "import { StatusCodes } from 'http-status-codes';" },
  { object: 'HttpStatus', module: '@nestjs/common', declaration: "import { HttpStatus } from '@nestjs/common';" },
  { object: 'httpStatus', module: 'http-status', declaration: "import httpStatus from 'http-status';" },
];

/** A `useNamedConstant` report on the literal at `position`; the import goes after line `lastImportLine`. */
function useNamedConstant(code: string, status: number, position: [number, number, number], lastImportLine: number) {
  const [phrase, member] = PHRASES[status]!;
  return {
    messageId: 'useNamedConstant' as const,
    data: { status: phrase, value: String(status) },
    ...at(position),
    suggestions: LIBRARIES.map(({ object, module, declaration }) => {
      const lines = replaceAt(code, position, `${object}.${member}`).split('\n');
      lines.splice(lastImportLine, 0, declaration);
      return { messageId: 'replaceWithConstant' as const, data: { constant: `${object}.${member}`, module }, output: lines.join('\n') };
    }),
  };
}

typedRuleTester.run('prefer-status-constant (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    { code: avoidedDomainRead, name: '`.status` of a project domain type named `response` is no status' },
    {
      name: 'the aliased receiver with a constant imported from another file',
      code: `
import type { Out } from './src/http-types.js';
import { NOT_FOUND } from './src/codes.js';
export function missing(out: Out) {
  out.status(NOT_FOUND).send('missing');
}
`,
    },
  ],
  invalid: [
    {
      name: 'a receiver with an unusual name typed through an alias from another file',
      code: gainedAliasedReceiver,
      errors: [useNamedConstant(gainedAliasedReceiver, 404, [4, 14, 17], 2)],
    },
    {
      name: 'a Fetch Response with an unusual name returned by a helper of another file',
      code: gainedHelperResult,
      errors: [useNamedConstant(gainedHelperResult, 503, [5, 26, 29], 2)],
    },
  ],
});

ruleTester.run('prefer-status-constant (same code without types)', rule, {
  valid: [gainedAliasedReceiver, gainedHelperResult],
  invalid: [
    { code: avoidedDomainReceiver, errors: [useNamedConstant(avoidedDomainReceiver, 404, [6, 14, 17], 3)] },
    { code: avoidedDomainRead, errors: [useNamedConstant(avoidedDomainRead, 404, [5, 30, 33], 2)] },
  ],
});
