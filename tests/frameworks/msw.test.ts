/**
 * Mock Service Worker: the mocked responses are what the code under test receives. 2.x/3.x build them with
 * `HttpResponse` (a Fetch `Response` that takes any number and drops the body of a null-body status); 1.x shapes them
 * with `ctx` calls inside `res(…)`.
 */
import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import noMismatchedReasonPhrase from '../../src/rules/no-mismatched-reason-phrase.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import validRedirect from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const handlers = `
import { http, HttpResponse, delay } from 'msw';

export const handlers = [
  http.get('/api/users/:id', async ({ params }) => {
    await delay(150);
    if (params.id === 'missing') return HttpResponse.json({ error: 'not found' }, { status: 4040 });
    return HttpResponse.json({ id: params.id, name: 'Ada' });
  }),
  http.post('/api/users', async ({ request }) => {
    const user = await request.json();
    return HttpResponse.json(user, { status: 2010, headers: { Location: '/api/users/1' } });
  }),
  http.delete('/api/users/:id', () => new HttpResponse(null, { status: 2040 })),
  http.get('/api/export', () => HttpResponse.text('id,name', { status: 5000 })),
];
`;

const legacyHandlers = `
import { rest } from 'msw';

export const handlers = [
  rest.get('/api/session', (req, res, ctx) => res(ctx.status(4010), ctx.json({ error: 'expired' }))),
  rest.get('/api/profile', (req, res, ctx) => res(ctx.delay(100), ctx.status(200), ctx.json({ name: 'Ada' }))),
];
`;

ruleTester.run('no-unknown-status (MSW)', noUnknownStatus, {
  valid: [
    `
import { http, graphql, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const server = setupServer(
  http.get('/api/items', () => HttpResponse.json([{ id: 4040 }, { id: 5000 }])),
  http.post('/api/items', () => HttpResponse.json({ id: 1 }, { status: 201 })),
  http.get('/api/legacy', () => HttpResponse.redirect('/api/items', 301)),
  http.get('/api/offline', () => HttpResponse.error()),
  graphql.query('GetUser', () => HttpResponse.json({ data: { user: { age: 4040 } } })),
);
server.listen({ onUnhandledRequest: 'error' });
`,
    // The 1.x context, with its delays and non-status numbers.
    `
import { rest } from 'msw';
export const handlers = [
  rest.get('/api/items', (req, res, ctx) => res(ctx.delay(4040), ctx.status(200), ctx.json({ total: 5000 }))),
];
`,
    // Without an import of msw, a \`ctx\` and an \`HttpResponse\` are someone else's.
    `
export const handler = (req, res, ctx) => res(ctx.status(4040));
class HttpResponse { static json(body, init) { return { body, init }; } }
export const made = HttpResponse.json({}, { status: 4040 });
`,
  ],
  invalid: [
    {
      code: handlers,
      errors: [
        typoError(handlers, '4040', { line: 7, column: 93, guesses: [404, 400] }),
        typoError(handlers, '2010', { line: 12, column: 46, guesses: [201, 200] }),
        typoError(handlers, '2040', { line: 14, column: 72, guesses: [204, 200] }),
        typoError(handlers, '5000', { line: 15, column: 72, guesses: [500] }),
      ],
    },
    {
      code: legacyHandlers,
      errors: [typoError(legacyHandlers, '4010', { line: 5, column: 62, guesses: [401, 400, 410] })],
    },
  ],
});

ruleTester.run('require-status-headers (MSW)', requireStatusHeaders, {
  valid: [
    `
import { http, HttpResponse } from 'msw';
export const handlers = [
  http.get('/api/me', () =>
    HttpResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api"' } }),
  ),
  http.put('/api/items/:id', () => new HttpResponse(null, { status: 405, headers: { Allow: 'GET, DELETE' } })),
  http.get('/old', () => HttpResponse.redirect('/new', 301)),
];
`,
    `
import { rest } from 'msw';
export const handlers = [
  rest.get('/old', (req, res, ctx) => res(ctx.status(301), ctx.set('Location', '/new'))),
  rest.get('/api/me', (req, res, ctx) => res(ctx.status(401), ctx.set({ 'WWW-Authenticate': 'Bearer' }))),
];
`,
  ],
  invalid: [
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [
  http.get('/api/me', () => HttpResponse.json({ error: 'unauthorized' }, { status: 401 })),
];
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 4,
          column: 84,
        },
      ],
    },
    {
      code: `
import { rest } from 'msw';
export const handlers = [
  rest.get('/old', (req, res, ctx) => res(ctx.status(301), ctx.json({ moved: true }))),
];
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 4,
          column: 54,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (MSW)', noBodyWithStatus, {
  valid: [
    `
import { http, HttpResponse } from 'msw';
export const handlers = [
  http.delete('/api/items/:id', () => new HttpResponse(null, { status: 204 })),
  http.get('/api/items', () => HttpResponse.json([], { status: 200 })),
];
`,
  ],
  invalid: [
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [
  http.delete('/api/items/:id', () => HttpResponse.json({ deleted: true }, { status: 204 })),
];
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: {
            status: '204 No Content',
            reference: 'RFC 9110 §15.3.5',
            api: 'HttpResponse.json()',
            outcome: ': MSW drops it from the mocked response',
          },
          line: 4,
          column: 39,
        },
      ],
    },
    {
      code: `
import { rest } from 'msw';
export const handlers = [
  rest.delete('/api/items/:id', (req, res, ctx) => res(ctx.status(204), ctx.json({ deleted: true }))),
];
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'MSW ctx.json()', outcome: '' },
          line: 4,
          column: 73,
        },
      ],
    },
  ],
});

ruleTester.run('valid-redirect (MSW)', validRedirect, {
  valid: [
    `
import { http, HttpResponse } from 'msw';
export const handlers = [http.get('/old', () => HttpResponse.redirect('/new', 308))];
`,
  ],
  invalid: [
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.get('/old', () => HttpResponse.redirect('/new', 200))];
`,
      errors: [
        {
          messageId: 'notAccepted',
          data: {
            api: 'HttpResponse.redirect()',
            codes: '301, 302, 303, 307 and 308',
            status: '200 OK',
            outcome: 'HttpResponse.redirect() throws a RangeError',
          },
          line: 3,
          column: 79,
        },
      ],
    },
  ],
});

ruleTester.run('no-ignored-status (MSW)', noIgnoredStatus, {
  valid: [
    `
import { http, HttpResponse } from 'msw';
export const handlers = [http.post('/api/items', () => HttpResponse.json({ id: 1 }, { status: 201 }))];
`,
  ],
  invalid: [
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.post('/api/items', () => HttpResponse.json({ id: 1 }, 201))];
`,
      errors: [
        {
          messageId: 'numericInit',
          data: { api: 'HttpResponse.json()', status: '201', outcome: 'MSW reads no status from a number and the mock answers 200 OK' },
          line: 3,
          column: 85,
          suggestions: [
            {
              messageId: 'wrapInInit',
              data: { code: '201' },
              output: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.post('/api/items', () => HttpResponse.json({ id: 1 }, { status: 201 }))];
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-mismatched-reason-phrase (MSW)', noMismatchedReasonPhrase, {
  valid: [
    `
import { rest } from 'msw';
export const handlers = [rest.get('/x', (req, res, ctx) => res(ctx.status(404, 'Not Found')))];
`,
  ],
  invalid: [
    {
      code: `
import { rest } from 'msw';
export const handlers = [rest.get('/x', (req, res, ctx) => res(ctx.status(404, 'OK')))];
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'OK', phraseStatus: '200 OK', status: '404 Not Found' },
          line: 3,
          column: 80,
          suggestions: [
            {
              messageId: 'usePhrase',
              data: { expected: 'Not Found' },
              output: `
import { rest } from 'msw';
export const handlers = [rest.get('/x', (req, res, ctx) => res(ctx.status(404, 'Not Found')))];
`,
            },
            {
              messageId: 'useStatus',
              data: { phraseStatus: '200 OK' },
              output: `
import { rest } from 'msw';
export const handlers = [rest.get('/x', (req, res, ctx) => res(ctx.status(200, 'OK')))];
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.get('/x', () => HttpResponse.text('missing', { status: 404, statusText: 'OK' }))];
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'OK', phraseStatus: '200 OK', status: '404 Not Found' },
          line: 3,
          column: 103,
          suggestions: [
            {
              messageId: 'usePhrase',
              data: { expected: 'Not Found' },
              output: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.get('/x', () => HttpResponse.text('missing', { status: 404, statusText: 'Not Found' }))];
`,
            },
            {
              messageId: 'useStatus',
              data: { phraseStatus: '200 OK' },
              output: `
import { http, HttpResponse } from 'msw';
export const handlers = [http.get('/x', () => HttpResponse.text('missing', { status: 200, statusText: 'OK' }))];
`,
            },
          ],
        },
      ],
    },
  ],
});
