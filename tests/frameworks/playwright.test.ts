/**
 * Playwright's network mocks: `page.route(url, (route) => route.fulfill({ status, headers, body | json | path }))`. The
 * browser under test gets that response instead of the server's, so it should be one the real API could send.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import preferStatusConstant from '../../src/rules/prefer-status-constant.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const UNAUTHORIZED_WITHOUT_CHALLENGE = {
  messageId: 'missingHeader',
  data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
} as const;

const ordersSpec = `
import { test, expect } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.route('**/api/orders', (route) => route.fulfill({ status: 200, json: [{ id: 1 }] }));
});

test('shows the missing order', async ({ page }) => {
  await page.route('**/api/orders/9', (route) => route.fulfill({ status: 4040, body: 'missing' }));
  await page.goto('/orders/9');
  await expect(page.getByText('No such order')).toBeVisible();
});

test('retries after an outage', async ({ page }) => {
  let calls = 0;
  await page.route('**/api/orders', async (route) => {
    calls += 1;
    if (calls === 1) return route.fulfill({ status: 5030, body: 'down' });
    await route.continue();
  });
  await page.goto('/orders');
  await page.waitForTimeout(4040);
});
`;

ruleTester.run('no-unknown-status (Playwright)', noUnknownStatus, {
  valid: [
    `
import { test } from '@playwright/test';
test('shows the error page', async ({ page }) => {
  await page.route('**/api/orders', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(4040);
});
`,
    // Without an import of Playwright, a \`route\` is anyone's.
    `
export function visit(route) {
  return route.fulfill({ status: 4040 });
}
`,
  ],
  invalid: [
    {
      code: ordersSpec,
      errors: [
        typoError(ordersSpec, '4040', { line: 9, column: 74, guesses: [404, 400] }),
        typoError(ordersSpec, '5030', { line: 18, column: 53, guesses: [503, 500] }),
      ],
    },
  ],
});

ruleTester.run('require-status-headers (Playwright)', requireStatusHeaders, {
  valid: [
    // The Location in `headers`, and a fulfilled response fetched from the server, whose headers are not known here.
    `
import { test, type Route } from '@playwright/test';
test('signs in', async ({ page }) => {
  await page.route('**/api/session', (route) => route.fulfill({ status: 302, headers: { Location: '/login' } }));
  await page.route('**/api/me', async (route: Route) => {
    const response = await route.fetch();
    await route.fulfill({ response, status: 301 });
  });
});
`,
  ],
  invalid: [
    {
      code: `
import { test, expect } from '@playwright/test';
test('follows the login redirect', async ({ page }) => {
  await page.route('**/account', (route) => route.fulfill({ status: 302, body: 'Found' }));
  await page.goto('/account');
  await expect(page).toHaveURL('/login');
});
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '302 Found', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.3' },
          line: 4,
          column: 69,
        },
      ],
    },
    {
      // Test files that import \`test\` from fixtures of their own name Playwright in the \`frameworks\` setting.
      code: `
import { test } from './fixtures';
test('asks for a token', async ({ page }) => {
  await page.route('**/api/**', (route) => route.fulfill({ status: 401, json: { error: 'no token' } }));
});
`,
      settings: { 'http-status': { frameworks: ['playwright'] } },
      errors: [{ ...UNAUTHORIZED_WITHOUT_CHALLENGE, line: 4, column: 68 }],
    },
  ],
});

ruleTester.run('no-body-with-status (Playwright)', noBodyWithStatus, {
  valid: [
    `
import { test } from '@playwright/test';
test('deletes the user', async ({ page }) => {
  await page.route('**/api/users/1', (route) => route.fulfill({ status: 204, body: '' }));
  await page.route('**/api/users', (route) => route.fulfill({ status: 200, json: [] }));
  await page.route('**/api/avatar', (route) => route.fulfill({ status: 304 }));
});
`,
  ],
  invalid: [
    {
      code: `
import { test, expect } from '@playwright/test';
test('hides the deleted user', async ({ page }) => {
  await page.route('**/api/users/1', async (route) => {
    if (route.request().method() === 'DELETE') return route.fulfill({ status: 204, json: { deleted: true } });
    await route.continue();
  });
  await page.goto('/users');
  await expect(page.getByText('deleted')).toBeVisible();
});
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'route.fulfill()', outcome: '' },
          line: 5,
          column: 90,
        },
      ],
    },
  ],
});

ruleTester.run('prefer-status-constant (Playwright)', preferStatusConstant, {
  valid: [
    {
      code: `
import { test } from '@playwright/test';
import { StatusCodes } from 'http-status-codes';
test('shows the not-found page', async ({ page }) => {
  await page.route('**/api/orders/9', (route) => route.fulfill({ status: StatusCodes.NOT_FOUND, body: 'missing' }));
});
`,
      filename: path.join(fixtures, 'constants/hsc-project/e2e/orders.spec.ts'),
    },
  ],
  invalid: [
    {
      // A project that declares http-status-codes: the constant is a fix, with its import.
      code: `
import { test } from '@playwright/test';
test('shows the not-found page', async ({ page }) => {
  await page.route('**/api/orders/9', (route) => route.fulfill({ status: 404, body: 'missing' }));
});
`,
      filename: path.join(fixtures, 'constants/hsc-project/e2e/orders.spec.ts'),
      output: `
import { test } from '@playwright/test';
import { StatusCodes } from 'http-status-codes';
test('shows the not-found page', async ({ page }) => {
  await page.route('**/api/orders/9', (route) => route.fulfill({ status: StatusCodes.NOT_FOUND, body: 'missing' }));
});
`,
      errors: [{ messageId: 'useConstant', data: { constant: 'StatusCodes.NOT_FOUND', status: '404 Not Found', value: '404' }, line: 4 }],
    },
  ],
});
