import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { analyzeCode, summarizeEvents, summarizeSites } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('Playwright route.fulfill()', () => {
  const file = analyzeCode(`
import { test, expect, type Route } from '@playwright/test';
test('lists users', async ({ page }) => {
  await page.route('**/api/users', (route) => route.fulfill({ status: 200, json: [] }));
  await page.route('**/api/session', async (route: Route) => {
    await route.fulfill({ status: 302, headers: { Location: '/login' } });
  });
  await page.route('**/api/avatar', (route) => route.fulfill({ status: 204, body: '' }));
  await page.route('**/api/me', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, status: 301 });
  });
  await page.route('**/api/logo', (route) => route.fulfill({ path: 'logo.png' }));
  await expect(page.getByText('No users')).toBeVisible();
});
`);

  it('records the status of each fulfilled route', () => {
    expect(summarizeSites(file)).toEqual([
      { text: '200', value: 200, role: 'response', framework: 'playwright', label: 'route.fulfill()', response: 0 },
      { text: '302', value: 302, role: 'response', framework: 'playwright', label: 'route.fulfill()', response: 1 },
      { text: '204', value: 204, role: 'response', framework: 'playwright', label: 'route.fulfill()', response: 2 },
      { text: '301', value: 301, role: 'response', framework: 'playwright', label: 'route.fulfill()', response: 3 },
    ]);
  });

  it('reads the headers, the headers of a fetched response (unknown) and the content from json, body or path', () => {
    const events = file.analysis.responses.map((response) => summarizeEvents(file, response));
    expect(events[0]).toEqual(['call fulfill', 'status 200', 'body']);
    expect(events[1]).toEqual(['call fulfill', 'status 302', 'headers location']);
    // An empty body is no content.
    expect(events[2]).toEqual(['call fulfill', 'status 204']);
    expect(events[3]).toEqual(['call fulfill', 'status 301', 'headers  +unknown']);
    expect(events[4]).toEqual(['call fulfill', 'body']);
  });

  it('is no response in a file that does not import Playwright', () => {
    const plain = analyzeCode(`
export const routes = [{ path: '/' }];
export function visit(route) {
  return route.fulfill({ status: 302 });
}
`);
    expect(summarizeSites(plain)).toEqual([]);
  });
});

describe('Puppeteer request.respond()', () => {
  const file = analyzeCode(`
import puppeteer from 'puppeteer';
const browser = await puppeteer.launch();
const page = await browser.newPage();
await page.setRequestInterception(true);
page.on('request', (request) => {
  if (request.url().endsWith('/api/users')) return request.respond({ status: 200, contentType: 'application/json', body: '[]' });
  if (request.url().endsWith('/old')) return request.respond({ status: 301, headers: { location: '/new' } });
  request.continue();
});
`);

  it('records the status, headers and content of each answered request', () => {
    expect(summarizeSites(file)).toEqual([
      { text: '200', value: 200, role: 'response', framework: 'puppeteer', label: 'request.respond()', response: 0 },
      { text: '301', value: 301, role: 'response', framework: 'puppeteer', label: 'request.respond()', response: 0 },
    ]);
    const [response] = file.analysis.responses;
    expect(summarizeEvents(file, response!)).toEqual(['call respond', 'status 200', 'body', 'call respond', 'status 301', 'headers location']);
  });
});

describe('Cypress', () => {
  const specFile = path.join(here, '../fixtures/cypress-app/cypress/e2e/users.cy.ts');
  const code = `
describe('users', () => {
  it('lists them', () => {
    cy.intercept('GET', '/api/users', { statusCode: 200, fixture: 'users.json' }).as('users');
    cy.intercept('/api/session', { statusCode: 302, headers: { location: '/login' } });
    cy.intercept({ method: 'DELETE', url: '/api/users/*' }, { statusCode: 204 });
    cy.intercept('/api/orders', { method: 'POST' }, { statusCode: 201, body: { id: 1 } });
    cy.visit('/users');
    cy.wait('@users').its('response.statusCode').should('eq', 200);
    cy.request('/api/health').its('status').should('be.oneOf', [200, 204]);
    cy.request('/api/health').should('have.property', 'status', 200);
    cy.get('@order').its('status').should('eq', 'shipped');
  });
});
`;

  it("reads cy.intercept()'s StaticResponse at the second or the third argument, in a project that depends on Cypress", () => {
    const file = analyzeCode(code, { filename: specFile });
    expect(summarizeSites(file).filter((site) => site.role === 'response')).toEqual([
      { text: '200', value: 200, role: 'response', framework: 'cypress', label: 'cy.intercept()', response: 0 },
      { text: '302', value: 302, role: 'response', framework: 'cypress', label: 'cy.intercept()', response: 1 },
      { text: '204', value: 204, role: 'response', framework: 'cypress', label: 'cy.intercept()', response: 2 },
      { text: '201', value: 201, role: 'response', framework: 'cypress', label: 'cy.intercept()', response: 3 },
    ]);
    const events = file.analysis.responses.map((response) => summarizeEvents(file, response).filter((event) => !event.startsWith('call ')));
    expect(events).toEqual([['status 200', 'body'], ['status 302', 'headers location'], ['status 204'], ['status 201', 'body']]);
  });

  it("reads the assertions on cy.request()'s and cy.wait()'s statuses, not another subject's `status`", () => {
    const file = analyzeCode(code, { filename: specFile });
    expect(summarizeSites(file).filter((site) => site.role === 'assertion').map((site) => site.text)).toEqual(['200', '200', '204', '200']);
  });

  it('is no stub in a project that does not depend on Cypress', () => {
    const file = analyzeCode(code, { filename: path.join(here, '../fixtures/constants/plain-project/cypress/e2e/users.cy.ts') });
    expect(summarizeSites(file).filter((site) => site.role === 'response')).toEqual([]);
  });
});
