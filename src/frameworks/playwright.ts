import type { FrameworkDefinition } from './types.js';

/**
 * Playwright's network mocks: `await page.route('**\/api/users', (route) => route.fulfill({ status: 404, json }))`. The
 * browser under test gets that response in place of the server's, so its status and headers should be ones the real
 * API could send: a 3xx needs its Location for the browser to follow it. `route.fulfill()` (playwright-core 1.57,
 * `Route._innerFulfill`) sends any number it is given (0 or none as 200), the headers of `headers` and, with `response`,
 * those of the fetched response; the content is `body`, `json` or the file at `path`.
 */
export const playwright: FrameworkDefinition = {
  id: 'playwright',
  name: 'Playwright',
  modules: ['@playwright/test', 'playwright', 'playwright/test', 'playwright-core', 'playwright-chromium', 'playwright-firefox', 'playwright-webkit'],
  packageName: '@playwright/test',
  // Suites that import `test` from fixtures of their own name it in `settings['http-status'].frameworks`.
  declaredReceivers: true,
  receivers: [{ names: ['route'], typeNames: ['Route'] }],
  methods: [
    {
      method: 'fulfill',
      status: { index: 0, key: ['status'] },
      headers: [
        { kind: 'object', index: 0, key: ['headers'] },
        // `{ response }`: the headers of a response fetched with `route.fetch()`, unknown here.
        { kind: 'object', index: 0, key: ['response'] },
      ],
      body: { index: 0, key: ['body', 'json', 'path'] },
      terminal: true,
      label: 'route.fulfill()',
    },
  ],
};
