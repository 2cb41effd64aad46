import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typedRuleTester } from '../typed-rule-tester.js';

// Cases only types decide. Each code sample runs twice: with types (the fixture project in tests/fixtures/typed)
// and without, to show the result really comes from the types.

/** Reported only with types. */
const gainedImportedConstant = `
import { Router } from 'express';
import { NOT_FOUND_TYPO } from './src/codes.js';
export const router = Router();
router.get('/orders/:id', (req, res) => {
  res.status(NOT_FOUND_TYPO).json({ error: 'not found' });
});
`;
const gainedPackageEnum = `
import type { Request, Response } from 'express';
import { Status } from 'status-kit';
export function missing(req: Request, res: Response) {
  res.status(Status.Broken).end();
}
`;
const gainedAsConstObject = `
import Koa from 'koa';
import { CODES } from './src/codes.js';
new Koa().use(async (ctx) => {
  ctx.status = CODES.GONE_TYPO;
});
`;
const gainedAliasedReceiver = `
import type { Out } from './src/http-types.js';
export function sendGone(out: Out) {
  out.status(4100).send('gone');
}
`;
const gainedUnion = `
import type { Request, Response } from 'express';
import type { Outcome } from './src/codes.js';
export function finish(req: Request, res: Response, outcome: Outcome) {
  res.status(outcome).end();
}
`;
const gainedConditional = `
import { createServer } from 'node:http';
createServer((request, sink) => {
  sink.statusCode = request.url === '/' ? 200 : 4040;
  sink.end();
});
`;
const gainedFetchRead = `
export async function parse(r: Response) {
  if (r.status === 4040) throw new Error('missing');
  return r.json();
}
`;
const gainedHttp2Compat = `
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Http2Out } from './src/http-types.js';
export function hints(req: unknown, res: Http2Out) {
  res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
  res.writeHead(200).end('<!doctype html>');
}
createServer((req, res) => res.writeHead(103, { link: '</app.css>; rel=preload; as=style' }).end()).listen(80);
export const secure = createSecureServer({});
`;

/** Reported only without types. */
const avoidedDomainReceiver = `
import express from 'express';
import type { Job } from './src/domain.js';
export const app = express();
export function retry(res: Job) {
  res.status(4040);
}
`;
const avoidedInlineType = `
import express from 'express';
export const app = express();
export function mark(res: { status(code: number): void }) {
  res.status(4040);
}
`;
const avoidedDomainRead = `
import { loadShipment } from './src/domain.js';
export async function track(id: string) {
  const response = await loadShipment(id);
  if (response.status === 4040) return 'lost';
  return 'moving';
}
`;
const avoidedStringRead = `
import { findOne } from 'db-kit';
export async function check(id: string) {
  const resp = await findOne(id);
  return resp.status == 4040;
}
`;

const PHRASES: Record<number, string> = { 100: '100 Continue', 400: '400 Bad Request', 404: '404 Not Found', 410: '410 Gone' };

/**
 * An `outOfRange` report on line/column..endColumn. `guesses` are the suggested replacements, offered only when
 * the status is a number literal (they then replace it in `code`); a constant or union gets none, and its
 * "did you mean" is then the first three digits (4040 → 404, 4100 → 410).
 */
function outOfRange(
  code: string,
  value: string,
  [line, column, endColumn]: [number, number, number],
  guesses: readonly number[],
) {
  const lines = code.split('\n');
  return {
    messageId: 'outOfRange' as const,
    data: { value, didYouMean: ` Did you mean ${PHRASES[guesses[0] ?? Number(value.slice(0, 3))]}?` },
    line,
    column,
    endLine: line,
    endColumn,
    suggestions: guesses.map((guess) => ({
      messageId: 'replaceWithCode' as const,
      data: { status: PHRASES[guess]! },
      output: lines
        .map((text, i) => (i === line - 1 ? text.slice(0, column - 1) + String(guess) + text.slice(endColumn - 1) : text))
        .join('\n'),
    })),
  };
}

typedRuleTester.run('no-unknown-status (typed)', rule, {
  valid: [
    { code: avoidedDomainReceiver, name: 'a `res` typed as a project domain type is no response' },
    { code: avoidedInlineType, name: 'a `res` typed with an inline object type is no response' },
    { code: avoidedDomainRead, name: '`.status` of a project type named `response` is no status read' },
    { code: avoidedStringRead, name: '`.status` typed string is no status read' },
    {
      name: 'a union of registered codes',
      code: `
import type { Response } from 'express';
export function reply(res: Response, created: boolean) {
  res.status(created ? 201 : 200).end();
}
`,
    },
    {
      name: 'a wide type (number) and a large enum stay unknown',
      code: `
import type { Response } from 'express';
import type { AnyStatus } from 'status-kit/all';
export function reply(res: Response, code: number, listed: AnyStatus) {
  res.status(code).end();
  res.status(listed).end();
}
`,
    },
    {
      name: 'a project type named like a response is left to the syntax',
      code: `
import type { ApiResponse } from './src/domain.js';
export function ok(response: ApiResponse) {
  return response.status === 200;
}
`,
    },
  ],
  invalid: [
    {
      name: 'a constant imported from another file',
      code: gainedImportedConstant,
      errors: [outOfRange(gainedImportedConstant, '4040', [6, 14, 28], [])],
    },
    {
      name: 'an enum member of a package',
      code: gainedPackageEnum,
      errors: [outOfRange(gainedPackageEnum, '4040', [5, 14, 27], [])],
    },
    {
      name: 'an as-const object from another file',
      code: gainedAsConstObject,
      errors: [outOfRange(gainedAsConstObject, '4100', [5, 16, 31], [])],
    },
    {
      name: 'a receiver with an unusual name typed through an alias from another file',
      code: gainedAliasedReceiver,
      errors: [outOfRange(gainedAliasedReceiver, '4100', [4, 14, 18], [410, 400, 100])],
    },
    {
      name: 'each member of a union is checked',
      code: gainedUnion,
      errors: [outOfRange(gainedUnion, '4040', [5, 14, 21], [])],
    },
    {
      name: 'an inferred Node ServerResponse parameter and a conditional status',
      code: gainedConditional,
      // The branch is reported where it is written, so it can be replaced.
      errors: [outOfRange(gainedConditional, '4040', [4, 49, 53], [404, 400])],
    },
    {
      // Untyped, a `res` typed with a project alias, in an exported handler of a file that imports both http and http2,
      // is taken for HTTP/1's (100–999).
      name: "http2's compatibility response (200–599) told apart from HTTP/1's in one file",
      code: gainedHttp2Compat,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: { status: '103 Early Hints', api: 'res.writeHead()', min: '200', max: '599', outcome: 'http2 throws ERR_HTTP2_STATUS_INVALID' },
          line: 6,
          column: 17,
        },
      ],
    },
    {
      name: 'a Fetch Response with an unusual name',
      code: gainedFetchRead,
      errors: [outOfRange(gainedFetchRead, '4040', [3, 20, 24], [404, 400])],
    },
  ],
});

ruleTester.run('no-unknown-status (same code without types)', rule, {
  valid: [gainedImportedConstant, gainedPackageEnum, gainedAsConstObject, gainedAliasedReceiver, gainedUnion, gainedConditional, gainedFetchRead, gainedHttp2Compat],
  invalid: [
    { code: avoidedDomainReceiver, errors: [outOfRange(avoidedDomainReceiver, '4040', [6, 14, 18], [404, 400])] },
    { code: avoidedInlineType, errors: [outOfRange(avoidedInlineType, '4040', [5, 14, 18], [404, 400])] },
    { code: avoidedDomainRead, errors: [outOfRange(avoidedDomainRead, '4040', [5, 27, 31], [404, 400])] },
    { code: avoidedStringRead, errors: [outOfRange(avoidedStringRead, '4040', [5, 25, 29], [404, 400])] },
  ],
});
