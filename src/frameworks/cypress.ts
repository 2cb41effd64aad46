import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * `cy.intercept(url, staticResponse)`, `cy.intercept(method, url, staticResponse)`: the StaticResponse
 * (`{ statusCode, headers, body | fixture }`) is what the app under test receives, at the second or the third argument.
 * One shape per position; the other finds no object with those keys there (a URL, or a RouteMatcher without them).
 */
const intercept = (index: number): ExportShape => ({
  path: ['cy', 'intercept'],
  createsResponse: true,
  status: { index, key: ['statusCode'] },
  headers: [{ kind: 'object', index, key: ['headers'] }],
  body: { index, key: ['body', 'fixture'] },
  label: 'cy.intercept()',
});

/**
 * Cypress: its `cy` is a global of the spec files of a project that depends on `cypress` (a dev dependency, as a rule),
 * so its stubs count there without an import. The assertions on `cy.request()` and `cy.wait()` subjects
 * (`.its('status').should('eq', 200)`) are read with the other test assertions (`analysis/status-reads.ts`).
 */
export const cypress: FrameworkDefinition = {
  id: 'cypress',
  name: 'Cypress',
  modules: ['cypress'],
  packageName: 'cypress',
  autoImports: { packages: ['cypress'], modules: [] },
  exports: [intercept(1), intercept(2)],
};
