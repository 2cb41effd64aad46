import { FETCH_RANGE } from './fetch.js';
import type { FrameworkDefinition, StatusRange } from './types.js';

/**
 * `error()` checks the status on the server (in the browser only in DEV). The message differs by major and mode (kit 2:
 * "HTTP error status codes must be between 400 and 599"; kit 3 in production: a link to `kit/invalid_error_status`)
 * [O kit 2.70.4, 3.2.0], so the outcome names the check rather than quotes it.
 */
export const SVELTEKIT_ERROR_RANGE: StatusRange = {
  min: 400,
  max: 599,
  outcome: "SvelteKit's error() throws an Error (an error status must be 400–599)",
};

/** `redirect()` accepts 300–308, including 300, 304, 305 and 306 (kit 2: "Invalid status code"; kit 3: `invalid_redirect_status`). */
const REDIRECT_THROWS = "SvelteKit's redirect() throws an Error (a redirect status must be 300–308)";
export const SVELTEKIT_REDIRECT_RANGE: StatusRange = { min: 300, max: 308, outcome: REDIRECT_THROWS };

const init = {
  status: { index: 1, key: ['status'] },
  phrase: { index: 1, key: ['statusText'] },
  headers: [{ kind: 'object', index: 1, key: ['headers'] }],
  accepts: FETCH_RANGE,
  createsResponse: true,
  // The init is spread into a new object, so a number spreads to nothing and 200 is sent.
  numericInit: { index: 1, outcome: 'SvelteKit spreads the init, so a number is ignored and 200 is sent' },
} as const;

/** SvelteKit 2 (`@sveltejs/kit`): helpers take the status FIRST (`redirect(303, '/login')`), unlike Remix and Next. */
export const sveltekit: FrameworkDefinition = {
  id: 'sveltekit',
  name: 'SvelteKit',
  modules: ['@sveltejs/kit'],
  packageName: '@sveltejs/kit',
  exports: [
    {
      // error(404, 'Not found') throws an HttpError (v2; `throw error()` in v1). '404' and 404.5 get through.
      path: ['error'],
      role: 'error',
      status: { index: 0 },
      accepts: SVELTEKIT_ERROR_RANGE,
      label: 'SvelteKit error()',
    },
    {
      // redirect(303, '/login'): the swapped `redirect('/login', 303)` throws "Invalid status code".
      path: ['redirect'],
      role: 'redirect',
      status: { index: 0 },
      location: { index: 1 },
      accepts: SVELTEKIT_REDIRECT_RANGE,
      label: 'SvelteKit redirect()',
      misplacedStatus: [
        {
          index: 1,
          swapWith: 0,
          kind: 'rejected',
          outcome: REDIRECT_THROWS,
          expected: 'redirect(status, location)',
        },
      ],
    },
    { path: ['json'], ...init, body: true, label: 'SvelteKit json()' },
    // text() builds a Fetch Response from the encoded body, so even '' is a body.
    { path: ['text'], ...init, body: { index: 0, nonNull: true }, label: 'SvelteKit text()', facts: { bodilessStatusOutcome: 'text() throws a TypeError' } },
    {
      // fail(400, data) in form actions: not validated (fail(200) and fail(4040) return an ActionFailure);
      // the documentation asks for 400–599.
      path: ['fail'],
      role: 'error',
      status: { index: 0 },
      label: 'SvelteKit fail()',
      facts: { documentedRange: '400-599' },
    },
  ],
};
