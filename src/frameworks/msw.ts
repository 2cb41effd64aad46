import { FETCH_REDIRECT_CODES } from './fetch.js';
import type { ExportShape, FrameworkDefinition } from './types.js';

/**
 * What MSW does with the body of a status that allows none: its `HttpResponse` (2.x and 3.x, built on
 * `@mswjs/interceptors`' `FetchResponse`) drops it rather than throwing as the Fetch `Response` does.
 */
const BODY_DROPPED = 'MSW drops it from the mocked response';

/**
 * The init argument of `HttpResponse`. MSW takes any number as the status (those outside 200..599 are set on the
 * response after it is built), so there is no range; `statusText` defaults to the code's phrase.
 */
const mockInit = (index: number) =>
  ({
    status: { index, key: ['status'] },
    phrase: { index, key: ['statusText'] },
    headers: [{ kind: 'object', index, key: ['headers'] }],
  }) as const;

/** `HttpResponse.json(data, 201)`: the init is spread, so a number adds nothing and the mock answers 200. */
const NUMERIC_INIT_OUTCOME = 'MSW reads no status from a number and the mock answers 200 OK';

/** The static builders: body first, init second. */
const builders = ['json', 'text', 'xml', 'html', 'arrayBuffer', 'formData'].map(
  (name): ExportShape => ({
    path: ['HttpResponse', name],
    createsResponse: true,
    ...mockInit(1),
    body: true,
    numericInit: { index: 1, outcome: NUMERIC_INIT_OUTCOME },
    label: `HttpResponse.${name}()`,
    facts: { bodilessStatusOutcome: BODY_DROPPED },
  }),
);

/**
 * Mock Service Worker: the responses its request handlers return are what the code under test receives, so their
 * statuses and headers should be those of the real API.
 * - 2.x and 3.x: `http.get(url, () => HttpResponse.json(data, { status: 201 }))`. `HttpResponse` extends the Fetch
 *   `Response`; `HttpResponse.redirect()` is `Response.redirect()` itself.
 * - 1.x: `rest.get(url, (req, res, ctx) => res(ctx.status(404), ctx.json(data)))`. Each `ctx` call shapes the one
 *   response the resolver returns.
 */
export const msw: FrameworkDefinition = {
  id: 'msw',
  name: 'MSW',
  modules: ['msw'],
  packageName: 'msw',
  receivers: [{ names: ['ctx'] }],
  methods: [
    { method: 'status', status: { index: 0 }, phrase: { index: 1 }, label: 'MSW ctx.status()', versions: [0, 1] },
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], label: 'MSW ctx.set()', versions: [0, 1] },
    ...['json', 'text', 'xml', 'body', 'data'].map((method) => ({
      method,
      body: true as const,
      label: `MSW ctx.${method}()`,
      versions: [0, 1],
    })),
  ],
  exports: [
    {
      path: ['HttpResponse'],
      construct: true,
      createsResponse: true,
      ...mockInit(1),
      body: { index: 0, nonNull: true },
      numericInit: { index: 1, outcome: NUMERIC_INIT_OUTCOME },
      label: 'new HttpResponse()',
      facts: { bodilessStatusOutcome: BODY_DROPPED },
    },
    ...builders,
    {
      path: ['HttpResponse', 'redirect'],
      createsResponse: true,
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      acceptsOnly: { codes: FETCH_REDIRECT_CODES, outcome: 'HttpResponse.redirect() throws a RangeError' },
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'HttpResponse.redirect()',
    },
  ],
};
