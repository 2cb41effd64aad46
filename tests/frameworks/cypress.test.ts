/**
 * Cypress: in a project that depends on it, `cy` is a global of the spec files. `cy.intercept(…, { statusCode, headers,
 * body | fixture })` stubs what the app under test receives; `cy.request(url).its('status').should('eq', 200)` and
 * `cy.wait('@alias').its('response.statusCode')` assert statuses.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import noStringStatus from '../../src/rules/no-string-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import preferStatusConstant from '../../src/rules/prefer-status-constant.js';
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
  cy.intercept('/moved', { headers: { 'x-client': 'web' } }, { statusCode: 301, headers: { location: '/here' } });
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
    {
      // The object between the URL and the StaticResponse is a RouteMatcher: its \`headers\` are the request's.
      code: `cy.intercept('/old', { headers: { location: '/ignored' } }, { statusCode: 301 });`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 1,
          column: 75,
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

/** A full-stack project: Express at run time, Cypress for its tests (tests/fixtures/cypress-fullstack). */
const fullStack = (file: string): string => path.join(fixtures, 'cypress-fullstack', file);

const handlerSpec = `
describe('session', () => {
  it('handles a failed login', () => {
    cy.intercept('POST', '/api/login', (req) => {
      req.reply({ statusCode: 4010, body: { error: 'bad password' } });
    });
    cy.intercept('/api/users', (req) => {
      req.continue((res) => {
        res.send(5000, 'error');
      });
    });
  });
});
`;

ruleTester.run('no-unknown-status (Cypress handlers)', noUnknownStatus, {
  valid: [
    {
      code: `
it('pings', () => {
  cy.intercept('/api/ping', (req) => req.reply('pong'));
  cy.intercept('/api/slow', (req) => req.continue((res) => res.setDelay(4040)));
});
`,
      filename: cypressSpec,
    },
  ],
  invalid: [
    {
      code: handlerSpec,
      filename: cypressSpec,
      errors: [
        typoError(handlerSpec, '4010', { line: 5, column: 31, guesses: [401, 400, 410] }),
        typoError(handlerSpec, '5000', { line: 9, column: 18, guesses: [500] }),
      ],
    },
  ],
});

ruleTester.run('require-status-headers (Cypress handlers)', requireStatusHeaders, {
  valid: [
    {
      code: `
it('follows redirects', () => {
  cy.intercept('/old', (req) => req.redirect('/new', 301));
  cy.intercept('/api/moved', (req) => {
    req.on('response', (res) => {
      res.statusCode = 301;
      res.headers.location = '/api/new';
    });
  });
  cy.intercept('/api/login', (req) => req.reply(302, '', { location: '/home' }));
});
`,
      filename: cypressSpec,
    },
  ],
  invalid: [
    {
      code: `
it('logs out', () => {
  cy.intercept('POST', '/api/logout', (req) => req.reply(302));
});
`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '302 Found', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.3' },
          line: 3,
          column: 58,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (Cypress handlers)', noBodyWithStatus, {
  valid: [
    {
      code: `
it('deletes', () => {
  cy.intercept('DELETE', '/api/users/1', (req) => req.reply(204));
  cy.intercept('DELETE', '/api/users/2', (req) => req.reply({ statusCode: 204, body: '' }));
});
`,
      filename: cypressSpec,
    },
  ],
  invalid: [
    {
      code: `
it('deletes', () => {
  cy.intercept('DELETE', '/api/users/1', (req) => req.continue((res) => res.send({ statusCode: 204, body: { ok: true } })));
});
`,
      filename: cypressSpec,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'res.send()', outcome: '' },
          line: 3,
          column: 107,
        },
      ],
    },
  ],
});

// In a project that runs Express and tests with Cypress, a spec's \`res\` is Cypress' (\`res.send(500, body)\` is its API,
// not Express 5's ignored status), and no fix writes node:http2's constants into a spec that runs in the browser. The
// server's own files, which import nothing, are still Express code.
ruleTester.run('no-ignored-status (a Cypress spec in an Express project)', noIgnoredStatus, {
  valid: [
    {
      code: `
it('shows the error page', () => {
  cy.intercept('/api/users', (req) => {
    req.continue((res) => {
      res.send(500, 'error');
    });
  });
});
`,
      filename: fullStack('cypress/e2e/users.cy.js'),
    },
  ],
  invalid: [
    {
      code: `
module.exports = function fail(req, res) {
  res.send(500, 'error');
};
`,
      filename: fullStack('src/routes/fail.js'),
      errors: [{ messageId: 'ignoredArgument', line: 3, column: 12 }],
    },
  ],
});

const outageSpec = `
it('stubs an outage', () => {
  cy.intercept('/api/users', (req) => req.continue((res) => { res.statusCode = 503; }));
});
`;

ruleTester.run('prefer-status-constant (a Cypress spec in an Express project)', preferStatusConstant, {
  valid: [],
  invalid: [
    {
      // The spec: a library's constant, as a suggestion (the package declares none), never node:http2's.
      code: outageSpec,
      filename: fullStack('cypress/e2e/outage.cy.js'),
      output: null,
      errors: [
        {
          messageId: 'useNamedConstant',
          line: 3,
          column: 80,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'StatusCodes.SERVICE_UNAVAILABLE', module: 'http-status-codes' },
              output: outageSpec.replace('\nit(', "\nimport { StatusCodes } from 'http-status-codes';\nit(").replace('= 503;', '= StatusCodes.SERVICE_UNAVAILABLE;'),
            },
            {
              messageId: 'replaceWithConstant',
              data: { constant: 'httpStatus.SERVICE_UNAVAILABLE', module: 'http-status' },
              output: outageSpec.replace('\nit(', "\nimport httpStatus from 'http-status';\nit(").replace('= 503;', '= httpStatus.SERVICE_UNAVAILABLE;'),
            },
          ],
        },
      ],
    },
    {
      // The server's own file: Node server code of an Express package, node:http2's constant as a fix.
      code: `
export function outage(req, res) {
  res.statusCode = 503;
  res.end();
}
`,
      filename: fullStack('src/routes/outage.js'),
      output: `
import { constants } from 'node:http2';
export function outage(req, res) {
  res.statusCode = constants.HTTP_STATUS_SERVICE_UNAVAILABLE;
  res.end();
}
`,
      errors: [{ messageId: 'useConstant', line: 3 }],
    },
  ],
});
