/**
 * Puppeteer's request interception: `request.respond({ status, headers, body })` answers the page's request itself, so
 * its status and headers should be ones the real server could send.
 */
import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const interception = `
import puppeteer from 'puppeteer';

const browser = await puppeteer.launch();
const page = await browser.newPage();
await page.setRequestInterception(true);
page.on('request', (request) => {
  if (request.url().endsWith('/api/users')) return request.respond({ status: 2000, contentType: 'application/json', body: '[]' });
  if (request.url().endsWith('.png')) return request.abort();
  request.continue();
});
await page.goto('http://localhost:4040/');
`;

ruleTester.run('no-unknown-status (Puppeteer)', noUnknownStatus, {
  valid: [
    `
import puppeteer from 'puppeteer-core';
export async function stub(page) {
  await page.setRequestInterception(true);
  page.on('request', (interceptedRequest) => interceptedRequest.respond({ status: 200, body: 'ok' }));
  await page.setViewport({ width: 4040, height: 2000 });
}
`,
  ],
  invalid: [{ code: interception, errors: [typoError(interception, '2000', { line: 8, column: 78, guesses: [200] })] }],
});

ruleTester.run('require-status-headers (Puppeteer)', requireStatusHeaders, {
  valid: [
    `
import puppeteer from 'puppeteer';
const page = await (await puppeteer.launch()).newPage();
await page.setRequestInterception(true);
page.on('request', (request) => request.respond({ status: 308, headers: { location: 'https://example.com/' } }));
`,
  ],
  invalid: [
    {
      code: `
import puppeteer from 'puppeteer';
const page = await (await puppeteer.launch()).newPage();
await page.setRequestInterception(true);
page.on('request', (request) => request.respond({ status: 301, body: 'moved' }));
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 5,
          column: 59,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (Puppeteer)', noBodyWithStatus, {
  valid: [
    `
import puppeteer from 'puppeteer';
const page = await (await puppeteer.launch()).newPage();
await page.setRequestInterception(true);
page.on('request', (request) => request.respond({ status: 204 }));
`,
  ],
  invalid: [
    {
      code: `
import puppeteer from 'puppeteer-core';
export async function serveCached(page) {
  await page.setRequestInterception(true);
  page.on('request', (interceptedRequest) => {
    if (interceptedRequest.headers()['if-none-match']) {
      return interceptedRequest.respond({ status: 304, body: 'not modified' });
    }
    return interceptedRequest.continue();
  });
}
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '304 Not Modified', reference: 'RFC 9110 §15.4.5', api: 'request.respond()', outcome: '' },
          line: 7,
          column: 62,
        },
      ],
    },
  ],
});
