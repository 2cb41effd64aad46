/**
 * HTTP clients whose requests reject on error statuses by default (axios, got, ky).
 * Knowledge as data: the analysis (`analysis/clients.ts`) links a status read back to the request
 * that produced it and decides from these shapes whether a non-2xx status can ever reach that line.
 */

export type ClientId = 'axios' | 'got' | 'ky';

/** A call that sends a request, by its path from the module's export. */
export interface ClientRequestShape {
  /** [] = the export itself is called (`axios(config)`, `got(url)`); ['get'] = `axios.get(url)`. */
  readonly path: readonly string[];
  /** The request-options argument; 'last' = the last argument when it is not the URL string. */
  readonly config: number | 'last';
}

export interface ClientDefinition {
  readonly id: ClientId;
  readonly name: string;
  /** Import sources (default import, namespace import or `require`). */
  readonly modules: readonly string[];
  /** Calls on the client, and on instances made by `factories`, that send a request. */
  readonly requests: readonly ClientRequestShape[];
  /** Calls that make a configured instance with the same request calls: `axios.create(config)`, `got.extend(options)`. */
  readonly factories: readonly { readonly path: readonly string[]; readonly config: number }[];
  /** The option that stops the client from rejecting on error statuses, and literal values that keep the default. */
  readonly throwOption: { readonly key: string; readonly keepsThrowing: readonly (string | number | boolean | null)[] };
  /** Statuses that resolve (reach the code after `await`) by default. */
  readonly resolves: readonly { readonly min: number; readonly max: number }[];
  /** An option (set to `false`) that lets 3xx responses resolve too: got `followRedirect: false`. */
  readonly redirectOption?: { readonly key: string; readonly resolves: { readonly min: number; readonly max: number } };
  /** Property paths on the client or an instance whose assignment changes the default (`axios.defaults.validateStatus = …`). */
  readonly defaults: readonly (readonly string[])[];
  /** Calls on the client or an instance that can turn a rejection into a resolved response (`interceptors.response.use`). */
  readonly escapes: readonly (readonly string[])[];
  /** What happens to a non-resolving status, for messages. */
  readonly outcome: string;
}

const AXIOS_BODYLESS = ['get', 'delete', 'head', 'options', 'getUri'];
const AXIOS_WITH_BODY = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'];

/** axios 1.x: the default `validateStatus` is `status >= 200 && status < 300` (lib/defaults/index.js). */
export const axiosClient: ClientDefinition = {
  id: 'axios',
  name: 'axios',
  modules: ['axios'],
  requests: [
    { path: [], config: 'last' },
    { path: ['request'], config: 0 },
    ...AXIOS_BODYLESS.map((method) => ({ path: [method], config: 1 })),
    ...AXIOS_WITH_BODY.map((method) => ({ path: [method], config: 2 })),
  ],
  factories: [{ path: ['create'], config: 0 }],
  // Any validateStatus (a function, or null to accept every status) replaces the default.
  throwOption: { key: 'validateStatus', keepsThrowing: [] },
  resolves: [{ min: 200, max: 299 }],
  defaults: [['defaults', 'validateStatus']],
  escapes: [['interceptors', 'response', 'use']],
  outcome: 'axios rejects with AxiosError "Request failed with status code …" before this line',
};

/** got 14: `throwHttpErrors` defaults to true; 2xx and 304 (and 3xx with `followRedirect: false`) resolve. */
export const gotClient: ClientDefinition = {
  id: 'got',
  name: 'got',
  modules: ['got'],
  requests: [
    { path: [], config: 'last' },
    ...['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => ({ path: [method], config: 'last' as const })),
  ],
  factories: [{ path: ['extend'], config: 0 }],
  throwOption: { key: 'throwHttpErrors', keepsThrowing: [true] },
  resolves: [
    { min: 200, max: 299 },
    { min: 304, max: 304 },
  ],
  redirectOption: { key: 'followRedirect', resolves: { min: 300, max: 399 } },
  defaults: [],
  escapes: [['hooks']],
  outcome: 'got throws HTTPError ERR_NON_2XX_3XX_RESPONSE before this line',
};

/**
 * ky 1.x: `throwHttpErrors` defaults to true (1.x also takes a function of the status); a response that is not `ok`
 * (2xx) throws, after the `beforeError` hooks. An `afterResponse` hook may hand on another response.
 */
export const kyClient: ClientDefinition = {
  id: 'ky',
  name: 'ky',
  modules: ['ky'],
  requests: [{ path: [], config: 1 }, ...['get', 'post', 'put', 'patch', 'head', 'delete'].map((method) => ({ path: [method], config: 1 }))],
  factories: [
    { path: ['create'], config: 0 },
    { path: ['extend'], config: 0 },
  ],
  throwOption: { key: 'throwHttpErrors', keepsThrowing: [true] },
  resolves: [{ min: 200, max: 299 }],
  defaults: [],
  escapes: [['hooks']],
  outcome: 'ky throws HTTPError "Request failed with status code …" before this line',
};

export const CLIENTS: readonly ClientDefinition[] = [axiosClient, gotClient, kyClient];
