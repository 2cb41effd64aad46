/**
 * The semantic rules read framework knowledge only as data. This file declares a made-up framework ("acme-web")
 * with the shapes the SvelteKit, Next.js and Hono modules use (`accepts` on redirect/error helpers, `unusedStatus`,
 * `facts.ignoresStatusArgument`, `facts.stringStatusIgnored`, swapped `misplacedStatus` forms) and checks that the rules
 * interpret them without knowing the framework.
 */
import { FRAMEWORKS } from '../../src/frameworks/index.js';
import type { FrameworkDefinition } from '../../src/frameworks/types.js';
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import validHttpError from '../../src/rules/valid-http-error.js';
import validRedirect from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';

const acme: FrameworkDefinition = {
  id: 'elysia',
  name: 'Acme (test fixture)',
  modules: ['acme-web'],
  exports: [
    {
      path: ['redirect'],
      role: 'redirect',
      status: { index: 0 },
      location: { index: 1 },
      accepts: { min: 300, max: 308, outcome: 'Acme throws "Invalid status code"' },
      label: 'acme.redirect()',
      misplacedStatus: [
        { index: 1, swapWith: 0, kind: 'rejected', outcome: 'Acme throws "Invalid status code"', expected: 'redirect(status, location)' },
      ],
    },
    {
      path: ['error'],
      role: 'error',
      status: { index: 0 },
      accepts: { min: 400, max: 599, outcome: 'Acme throws "HTTP error status codes must be between 400 and 599"' },
      label: 'acme.error()',
    },
    {
      path: ['navigate'],
      role: 'redirect',
      status: { index: 1, numericOnly: true },
      location: { index: 0 },
      defaultStatus: 307,
      unusedStatus: 'navigate() takes a RedirectType there, not a status',
      label: 'acme.navigate()',
    },
    {
      path: ['go'],
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 307,
      acceptsOnly: { codes: [301, 302, 303, 307, 308], outcome: 'go() throws a RangeError' },
      label: 'acme.go()',
      facts: { stringStatusIgnored: true },
    },
    { path: ['move'], role: 'redirect', location: { index: 0 }, defaultStatus: 307, label: 'acme.move()', facts: { ignoresStatusArgument: 1 } },
  ],
};
(FRAMEWORKS as FrameworkDefinition[]).push(acme);

ruleTester.run('valid-redirect (framework data)', validRedirect, {
  valid: [
    `
import acme from 'acme-web';
export function load({ url }) {
  if (!url.searchParams.has('id')) acme.redirect(303, '/search');
  acme.go(new URL('/a', url), 308);
  acme.navigate('/b');
  acme.move('/c');
}
`,
  ],
  invalid: [
    {
      code: `
import acme from 'acme-web';
export function load() {
  acme.redirect('/login', 303);
  acme.navigate('/y', 301);
}
`,
      errors: [
        {
          messageId: 'swapped',
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import acme from 'acme-web';
export function load() {
  acme.redirect(303, '/login');
  acme.navigate('/y', 301);
}
`,
            },
          ],
        },
        {
          messageId: 'notStatusParameter',
          data: { api: 'acme.navigate()', outcome: 'navigate() takes a RedirectType there, not a status' },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
  ],
});

// A helper that enforces its own range (error(): 400–599) is reported by no-unknown-status, not twice.
ruleTester.run('valid-http-error (framework data)', validHttpError, {
  valid: [
    `import acme from 'acme-web';\nexport const load = () => acme.error(404, 'Not found');`,
    `import acme from 'acme-web';\nexport const moved = () => acme.error(302, 'Moved');\nexport const redirect = () => acme.redirect(200, '/x');`,
  ],
  invalid: [],
});

ruleTester.run('no-ignored-status (framework data)', noIgnoredStatus, {
  valid: [`import acme from 'acme-web';\nexport const a = () => acme.go(url, 301);\nexport const b = () => acme.move('/x', 'back');`],
  invalid: [
    {
      code: `import acme from 'acme-web';\nexport const a = () => acme.go(url, '301');\nexport const b = () => acme.move('/x', 301);`,
      errors: [
        {
          messageId: 'stringIgnored',
          data: { api: 'acme.go()', value: '301', outcome: 'acme.go() sends 307 Temporary Redirect' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 42,
        },
        {
          messageId: 'ignoredPosition',
          data: { api: 'acme.move()', status: '301 Moved Permanently', outcome: 'acme.move() takes no status there and sends 307' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
  ],
});
