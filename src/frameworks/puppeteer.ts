import type { FrameworkDefinition } from './types.js';

/**
 * Puppeteer's request interception: `page.on('request', (request) => request.respond({ status: 404, body }))` answers
 * the page's request itself, so its status and headers should be ones the real server could send. `HTTPRequest.respond()`
 * (puppeteer-core 24) sends any number it is given (none as 200) with the headers of `headers`; the content is `body`.
 */
export const puppeteer: FrameworkDefinition = {
  id: 'puppeteer',
  name: 'Puppeteer',
  modules: ['puppeteer', 'puppeteer-core'],
  packageName: 'puppeteer',
  receivers: [{ names: ['request', 'req', 'interceptedRequest', 'intercepted'], typeNames: ['HTTPRequest'] }],
  methods: [
    {
      method: 'respond',
      status: { index: 0, key: ['status'] },
      headers: [{ kind: 'object', index: 0, key: ['headers'] }],
      body: { index: 0, key: ['body'] },
      terminal: true,
      label: 'request.respond()',
    },
  ],
};
