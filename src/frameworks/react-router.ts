import type { ExportShape, FrameworkDefinition, StatusArgument } from './types.js';

/** The second argument of `redirect`/`data`/`json` is a status or a ResponseInit. */
const STATUS_OR_INIT: StatusArgument = { index: 1, key: ['status'], orValue: true };

/** `redirect('/x', '301')` [O react-router 7.18.7, 8.5.3, @remix-run/server-runtime 2.17.5]. */
const STRING_REDIRECT_STATUS = 'React Router 7 and Remix 2 throw a TypeError, React Router 8 sends 302';

const redirectHelper = (name: string, facts?: ExportShape['facts']): ExportShape => ({
  path: [name],
  createsResponse: true,
  role: 'redirect',
  // (url, 301 | init); the range is NOT checked (`redirect('/x', 200)` sends 200 with a Location).
  // The swapped `redirect(301, '/x')` throws a TypeError.
  status: STATUS_OR_INIT,
  location: { index: 0 },
  defaultStatus: 302,
  headers: [
    { kind: 'fixed', names: ['location'] },
    { kind: 'object', index: 1, key: ['headers'] },
  ],
  label: `${name}()`,
  facts: { stringStatusOutcome: STRING_REDIRECT_STATUS, ...facts },
});

/**
 * React Router 7 (and 6.4+ data routers) and Remix 2: loaders and actions. `throw new Response(…)` is the Fetch
 * module's. `json()` is not exported by React Router 7, which uses `data()`.
 */
export const reactRouter: FrameworkDefinition = {
  id: 'react-router',
  name: 'React Router / Remix',
  // react-router-dom re-exports react-router (6.4+ also has `json(data, 201 | init)` and `redirect(url, 302 | init)`).
  modules: [
    'react-router',
    'react-router-dom',
    '@remix-run/node',
    '@remix-run/server-runtime',
    '@remix-run/cloudflare',
    '@remix-run/deno',
  ],
  packageName: 'react-router',
  exports: [
    redirectHelper('redirect'),
    redirectHelper('redirectDocument', { reloadsDocument: true }),
    // replace() also sets X-Remix-Replace.
    redirectHelper('replace', { replacesHistoryEntry: true }),
    {
      // data(obj, 404 | { status, headers }): not validated when created.
      path: ['data'],
      createsResponse: true,
      status: STATUS_OR_INIT,
      headers: [{ kind: 'object', index: 1, key: ['headers'] }],
      body: { index: 0 },
      label: 'data()',
    },
    {
      // Remix 2 json(data, 201 | init): builds a Fetch Response (validated unless installGlobals() replaced it).
      path: ['json'],
      createsResponse: true,
      status: STATUS_OR_INIT,
      headers: [{ kind: 'object', index: 1, key: ['headers'] }],
      body: true,
      label: 'json()',
      // json({}, '404') spreads the string into nothing [O @remix-run/server-runtime 2.17.5].
      facts: { stringStatusOutcome: 'Remix reads no status from a string and sends 200' },
    },
  ],
};
