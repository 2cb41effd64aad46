/**
 * Test assertions and client comparisons: where a status is read and compared.
 * Syntax-level knowledge only; which object is a response is decided in `analysis/status-reads.ts`.
 */

/** `expect(res.status).toBe(404)` and friends (Jest, Vitest, Playwright, Chai's expect). */
export const EXPECT_MATCHERS: ReadonlySet<string> = new Set([
  'toBe',
  'toEqual',
  'toStrictEqual',
  'equal',
  'equals',
  'eq',
  'eql',
  'toHaveStatus',
]);

/** `expect(res).toHaveProperty('status', 201)`. */
export const PROPERTY_MATCHERS: ReadonlySet<string> = new Set(['toHaveProperty', 'property']);

/** `assert.equal(res.statusCode, 404)`, `t.equal(...)`, `t.assert.strictEqual(...)`, `t.is(...)` (ava). */
export const ASSERT_FUNCTIONS: ReadonlySet<string> = new Set([
  'equal',
  'strictEqual',
  'deepEqual',
  'deepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'equals',
  'is',
  'not',
  'same',
  'strictSame',
]);

/** Properties that hold an HTTP status on a response object. */
export const STATUS_PROPERTIES: ReadonlySet<string> = new Set(['status', 'statusCode']);

/** `statusCode` is HTTP-specific; `status` needs a response-like object. */
export const UNAMBIGUOUS_STATUS_PROPERTIES: ReadonlySet<string> = new Set(['statusCode']);

/** Names of variables that hold an HTTP response in client and test code. */
export const RESPONSE_NAME_PATTERN = /^(?:res|resp|response|reply|xhr)$|(?:Response|Res|Resp|Reply)$/u;

/** Identifiers that are themselves a status (`const { status } = res` is handled separately). */
export const STATUS_IDENTIFIERS: ReadonlySet<string> = new Set(['statusCode', 'httpStatus', 'httpStatusCode', 'responseStatus', 'responseStatusCode']);

/**
 * Cypress' `should(chainer, …)`: the chainers that compare the subject with one value (`'eq'`, `'not.equal'`,
 * `'deep.eq'`), with each value of a list (`'be.oneOf'`), and the property form (`'have.property', 'status', 200`).
 */
export const CYPRESS_EQUALITY_CHAINER = /^(?:not\.)?(?:deep\.)?(?:be\.)?(?:eq|eql|equal|equals)$/u;
export const CYPRESS_ONE_OF_CHAINER = /^(?:not\.)?(?:be\.)?oneOf$/u;
export const CYPRESS_PROPERTY_CHAINER = /^(?:not\.)?(?:have|deep\.have)\.(?:own\.)?property$/u;

/** supertest: `request(app).get('/').expect(200)`. */
export const SUPERTEST_MODULES: readonly string[] = ['supertest', 'supertest-session'];
