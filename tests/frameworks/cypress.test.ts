/**
 * Cypress: in a project that depends on it, `cy` is a global of the spec files. `cy.intercept(…, { statusCode, headers,
 * body | fixture })` stubs what the app under test receives; `cy.request(url).its('status').should('eq', 200)` and
 * `cy.wait('@alias').its('response.statusCode')` assert statuses.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noStringStatus from '../../src/rules/no-string-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** A spec of a project whose package.json depends on Cypress (tests/fixtures/cypress-app). */
const cypressSpec = path.join(fixtures, 'cypress-app/cypress/e2e/orders.cy.js');
/** The same spec in a project that does not. */
const plainSpec = path.join(fixtures, 'constants/plain-project/cypress/e2e/orders.cy.js');

const ordersSpec = `
describe('orders', () => {
  it('shows the missing order', () => {
    cy.intercept('GET', '/api/orders/9', { statusCode: 4040, body: { error: 'missing' } }).as('order');
    cy.visit('/orders/9');
    cy.wait('@order').its('response.statusCode').should('eq', 4004);
    cy.request({ url: '/api/orders/9', failOnStatusCode: false }).its('status').should('be.oneOf', [404, 4010]);
  });
});
`;

ruleTester.run('no-unknown-status (Cypress)', noUnknownStatus, {
  valid: [
    {
      code: `
describe('orders', () => {
  it('ships', () => {
    cy.intercept('GET', '/api/orders/1', { statusCode: 200, fixture: 'order.json' }).as('order');
    cy.wait('@order').its('response.statusCode').should('eq', 200);
    cy.get('@order').its('status').should('eq', 4040);
    cy.wait(4040);
  });
});
`,
      filename: cypressSpec,
    },
    // Without Cypress in the package.json, \`cy\` is nothing the plugin knows (the assertion on a status still counts).
    { code: `cy.intercept('GET', '/api/orders/9', { statusCode: 4040 });`, filename: plainSpec },
  ],
  invalid: [
    {
      code: ordersSpec,
      filename: cypressSpec,
      errors: [
        typoError(ordersSpec, '4040', { line: 4, column: 56, guesses: [404, 400] }),
        typoError(ordersSpec, '4004', { line: 6, column: 63, guesses: [404, 400] }),
        typoError(ordersSpec, '4010', { line: 7, column: 106, guesses: [401, 400, 410] }),
      ],
    },
  ],
});

ruleTester.run('no-string-status (Cypress)', noStringStatus, {
  valid: [
    {
      // Another subject's `status` is its own: an order's, a string.
      code: `
it('ships the order', () => {
  cy.get('@order').its('status').should('eq', '200');
  cy.request('/api/orders/1').its('body.status').should('eq', 'shipped');
  cy.request('/api/orders/1').its('status').should('eq', 200);
});
`,
      filename: cypressSpec,
    },
  ],
  invalid: [
    {
      code: `
it('creates the order', () => {
  cy.request('POST', '/api/orders', { sku: 'a1' }).its('status').should('eq', '201');
});
`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'stringAssertion',
          data: { value: '201', outcome: ': the assertion compares a number with a string' },
          line: 3,
          column: 79,
          suggestions: [
            {
              messageId: 'useNumber',
              output: `
it('creates the order', () => {
  cy.request('POST', '/api/orders', { sku: 'a1' }).its('status').should('eq', 201);
});
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('require-status-headers (Cypress)', requireStatusHeaders, {
  valid: [
    {
      code: `
it('sends the visitor to the login page', () => {
  cy.intercept('GET', '/account', { statusCode: 302, headers: { location: '/login' } });
  cy.intercept({ method: 'GET', url: '/old' }, { statusCode: 308, headers: { Location: '/new' } });
  cy.visit('/account');
});
`,
      filename: cypressSpec,
    },
    { code: `cy.intercept('GET', '/account', { statusCode: 302 });`, filename: plainSpec },
  ],
  invalid: [
    {
      code: `
it('sends the visitor to the login page', () => {
  cy.intercept('GET', '/account', { statusCode: 302, body: 'Found' }).as('account');
  cy.intercept('/api/me', { statusCode: 401, fixture: 'unauthorized.json' });
  cy.visit('/account');
});
`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '302 Found', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.3' },
          line: 3,
          column: 49,
        },
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 4,
          column: 41,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (Cypress)', noBodyWithStatus, {
  valid: [
    {
      code: `
it('deletes the user', () => {
  cy.intercept('DELETE', '/api/users/1', { statusCode: 204 });
  cy.intercept('GET', '/api/avatar', { statusCode: 304, body: '' });
});
`,
      filename: cypressSpec,
    },
  ],
  invalid: [
    {
      code: `
it('deletes the user', () => {
  cy.intercept('DELETE', '/api/users/1', { statusCode: 204, body: { deleted: true } }).as('delete');
  cy.contains('Delete').click();
  cy.wait('@delete');
});
`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'cy.intercept()', outcome: '' },
          line: 3,
          column: 67,
        },
      ],
    },
  ],
});
