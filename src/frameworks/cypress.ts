import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * `cy.intercept(url | routeMatcher, staticResponse)`, `cy.intercept(method | url, url | routeMatcher, staticResponse)`:
 * the StaticResponse (`{ statusCode, headers, body | fixture }`) is what the app under test receives, always the last
 * argument, at the second or the third position. One shape per position, each for calls of its length: a RouteMatcher
 * before a StaticResponse has `headers` too, the request's (`cy.intercept('/users', { headers: { 'x-client': 'web' } },
 * { statusCode: 301 })` sends no Location).
 */
const intercept = (index: number): ExportShape => ({
  path: ['cy', 'intercept'],
  argumentCount: index + 1,
  createsResponse: true,
  status: { index, key: ['statusCode'] },
  headers: [{ kind: 'object', index, key: ['headers'] }],
  body: { index, key: ['body', 'fixture'] },
  label: 'cy.intercept()',
});

/**
 * `req.reply()` and `res.send()`: a StaticResponse (`{ statusCode, headers, body | fixture }`), or a status, a body and
 * headers in that order, or a body alone (a string, which is no status).
 */
const staticResponseArguments = {
  status: { index: 0, key: ['statusCode'], orValue: true, numericOnly: true },
  headers: [
    { kind: 'object', index: 0, key: ['headers'] },
    { kind: 'object', index: 2 },
  ],
  body: [{ index: 1 }, { index: 0, key: ['body', 'fixture'] }],
} as const;

/**
 * Cypress: its `cy` is a global of the spec and support files of a project that depends on `cypress` (a dev dependency,
 * as a rule), so its stubs count there without an import. The assertions on `cy.request()` and `cy.wait()` subjects
 * (`.its('status').should('eq', 200)`) are read with the other test assertions (`analysis/status-reads.ts`).
 */
export const cypress: FrameworkDefinition = {
  id: 'cypress',
  name: 'Cypress',
  modules: ['cypress'],
  packageName: 'cypress',
  // Specs and support files: under a `cypress/` directory, or named `*.cy.js` (component tests sit beside components).
  // They run in the browser, so the package's server frameworks do not count there.
  autoImports: { packages: ['cypress'], modules: [], files: /(?:^|[\\/])cypress[\\/]|\.cy\.[cm]?[jt]sx?$/u, exclusive: true },
  exports: [intercept(1), intercept(2)],
  // The handler form, `cy.intercept(url, (req) => …)`: `req.reply()` and `req.redirect()` answer the request with a stub,
  // and `req.continue((res) => …)` gets the server's response to change (`res.send()`, `res.statusCode = 500`).
  receivers: [
    { names: ['req', 'request'] },
    { names: ['res', 'response'] },
    { names: ['res', 'response'], path: ['headers'], headerMap: true, sharesResponseWith: [] },
  ],
  methods: [
    {
      method: 'reply',
      createsResponse: true,
      ...staticResponseArguments,
      label: 'req.reply()',
    },
    {
      method: 'redirect',
      createsResponse: true,
      role: 'redirect',
      status: { index: 1 },
      defaultStatus: 302,
      location: { index: 0 },
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'req.redirect()',
    },
    { method: 'send', ...staticResponseArguments, terminal: true, label: 'res.send()' },
  ],
  properties: [
    { property: 'statusCode', value: 'status', label: 'res.statusCode' },
    { property: 'body', value: 'body', label: 'res.body' },
  ],
};
