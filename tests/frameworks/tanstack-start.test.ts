/**
 * TanStack Start: server functions set the status of the request being handled with `setResponseStatus(code)` (kept
 * only in 200..599) and its headers with `setResponseHeader()`, no argument naming the response; the router's
 * `redirect({ to, statusCode })` builds a Fetch Response, and `json(payload, init)` is `Response.json()`.
 */
import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import noMismatchedReasonPhrase from '../../src/rules/no-mismatched-reason-phrase.js';
import noStringStatus from '../../src/rules/no-string-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import validRedirect from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const serverFunctions = `
import { createServerFn } from '@tanstack/react-start';
import { getRequestHeader, setResponseHeader, setResponseStatus } from '@tanstack/react-start/server';
import { z } from 'zod';

export const getPost = createServerFn({ method: 'GET' })
  .validator(z.object({ id: z.string() }))
  .handler(async ({ data }) => {
    const post = await db.post.findUnique({ where: { id: data.id } });
    if (!post) {
      setResponseStatus(4040);
      return null;
    }
    return post;
  });

export const createPost = createServerFn({ method: 'POST' }).handler(async () => {
  setResponseHeader('Location', '/posts/1');
  setResponseStatus(2010);
  return { id: '1' };
});
`;

const routes = `
import { createFileRoute, redirect } from '@tanstack/react-router';

export const Route = createFileRoute('/_authed')({
  beforeLoad: ({ context, location }) => {
    if (!context.user) {
      throw redirect({ to: '/login', search: { redirect: location.href }, statusCode: 3070 });
    }
  },
});
`;

ruleTester.run('no-unknown-status (TanStack Start)', noUnknownStatus, {
  valid: [
    serverFunctions.replace('4040', '404').replace('2010', '201'),
    routes.replace('3070', '307'),
    // Numbers that are not statuses, and an own `setResponseStatus` without the import.
    `
import { createServerFn } from '@tanstack/react-start';
export const list = createServerFn().handler(async () => db.post.findMany({ take: 4040 }));
function setResponseStatus(code) { return code; }
setResponseStatus(4040);
`,
  ],
  invalid: [
    {
      code: serverFunctions,
      errors: [
        typoError(serverFunctions, '4040', { line: 11, column: 25, guesses: [404, 400] }),
        typoError(serverFunctions, '2010', { line: 19, column: 21, guesses: [201, 200] }),
      ],
    },
    {
      code: routes,
      errors: [typoError(routes, '3070', { line: 7, column: 87, guesses: [307, 300] })],
    },
  ],
});

ruleTester.run('require-status-headers (TanStack Start)', requireStatusHeaders, {
  valid: [
    // The header set through the same request's helpers, before or after the status, or in a Headers object.
    `
import { createServerFn } from '@tanstack/react-start';
import { setResponseHeader, setResponseHeaders, setResponseStatus } from '@tanstack/react-start/server';

export const me = createServerFn().handler(async () => {
  setResponseStatus(401);
  setResponseHeader('WWW-Authenticate', 'Bearer realm="app"');
  return { error: 'unauthorized' };
});
export const remove = createServerFn({ method: 'POST' }).handler(async () => {
  setResponseHeaders(new Headers({ Allow: 'GET' }));
  setResponseStatus(405);
  return null;
});
`,
    // Any other call of the handler may set the header through the request's context.
    `
import { createServerFn } from '@tanstack/react-start';
import { setResponseStatus } from '@tanstack/react-start/server';
import { challenge } from '../auth';

export const me = createServerFn().handler(async () => {
  const user = await currentUser();
  if (!user) {
    challenge();
    setResponseStatus(401);
    return null;
  }
  return user;
});
`,
    // A callback inside the handler acts on the handler's response, whose header is set.
    `
import { createServerFn } from '@tanstack/react-start';
import { setResponseHeader, setResponseStatus } from '@tanstack/react-start/server';

export const me = createServerFn().handler(async () => {
  setResponseHeader('WWW-Authenticate', 'Bearer realm="app"');
  return loadSession().then((session) => {
    if (!session) setResponseStatus(401);
    return session;
  });
});
`,
    // The router's redirect sets Location itself.
    `
import { redirect } from '@tanstack/solid-router';
export const guard = () => {
  throw redirect({ href: 'https://example.com/login', statusCode: 301 });
};
`,
  ],
  invalid: [
    {
      code: `
import { createServerFn } from '@tanstack/react-start';
import { getRequestHeader, setResponseStatus } from '@tanstack/react-start/server';

export const me = createServerFn().handler(async () => {
  if (!getRequestHeader('authorization')) {
    setResponseStatus(401);
    return { error: 'unauthorized' };
  }
  return session();
});
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 7,
          column: 23,
        },
      ],
    },
    {
      // A call in another branch, after the status's path has returned, cannot touch that response.
      code: `
import * as start from '@tanstack/vue-start/server';

export async function updatePost(method: string) {
  if (method !== 'PUT') {
    start.setResponseStatus(405);
    return null;
  }
  return save();
}
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
          line: 6,
          column: 29,
        },
      ],
    },
  ],
});

ruleTester.run('valid-redirect (TanStack Router)', validRedirect, {
  valid: [
    routes.replace('3070', '307'),
    `
import { redirect } from '@tanstack/react-router';
export const loader = () => {
  throw redirect({ to: '/posts' });
};
export const moved = () => redirect({ href: '/new', code: 308 });
`,
  ],
  invalid: [
    {
      code: routes.replace('3070', '200'),
      errors: [
        {
          messageId: 'notRedirect',
          data: { status: '200 OK', section: '§15.4', outcome: 'on a document request TanStack Start sends it as is, with a Location header' },
          line: 7,
          column: 87,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (TanStack Start)', noBodyWithStatus, {
  valid: [
    `
import { json } from '@tanstack/react-start';
export const handler = () => json({ deleted: true }, { status: 200 });
`,
  ],
  invalid: [
    {
      code: `
import { json } from '@tanstack/react-start';
export const handler = () => json({ deleted: true }, { status: 204 });
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { status: '204 No Content', reference: 'RFC 9110 §15.3.5', api: 'json()', outcome: ': Response.json() throws a TypeError' },
          line: 3,
          column: 30,
        },
      ],
    },
  ],
});

ruleTester.run('no-ignored-status (TanStack Start)', noIgnoredStatus, {
  valid: [
    `
import { setResponseStatus } from '@tanstack/react-start/server';
export function notFound(found: boolean) {
  if (!found) setResponseStatus(404);
  else setResponseStatus(200);
}
`,
    // TanStack Start ignores a number outside 200..599, so the 404 stays (no-unknown-status reports the 4040).
    `
import { setResponseStatus } from '@tanstack/react-start/server';
export function missing() {
  setResponseStatus(404);
  setResponseStatus(4040);
}
`,
  ],
  invalid: [
    {
      code: `
import { json } from '@tanstack/solid-start';
export const created = () => json({ id: 1 }, 201);
`,
      errors: [
        {
          messageId: 'numericInit',
          data: { api: 'json()', status: '201', outcome: 'Response.json() throws a TypeError' },
          line: 3,
          column: 46,
          suggestions: [
            {
              messageId: 'wrapInInit',
              data: { code: '201' },
              output: `
import { json } from '@tanstack/solid-start';
export const created = () => json({ id: 1 }, { status: 201 });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { setResponseStatus } from '@tanstack/react-start/server';
export function accepted() {
  setResponseStatus(200);
  setResponseStatus(202);
}
`,
      errors: [
        {
          messageId: 'replaced',
          data: { status: '200 OK', api: 'setResponseStatus()', sent: '202 Accepted' },
          line: 4,
          column: 21,
        },
      ],
    },
  ],
});

ruleTester.run('no-mismatched-reason-phrase (TanStack Start)', noMismatchedReasonPhrase, {
  valid: [
    `
import { setResponseStatus } from '@tanstack/react-start/server';
export const gone = () => setResponseStatus(410, 'Gone');
`,
  ],
  invalid: [
    {
      code: `
import { setResponseStatus } from '@tanstack/react-start/server';
export const gone = () => setResponseStatus(410, 'Not Found');
`,
      errors: [
        {
          messageId: 'mismatchedPhrase',
          data: { phrase: 'Not Found', phraseStatus: '404 Not Found', status: '410 Gone' },
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'usePhrase',
              data: { expected: 'Gone' },
              output: `
import { setResponseStatus } from '@tanstack/react-start/server';
export const gone = () => setResponseStatus(410, 'Gone');
`,
            },
            {
              messageId: 'useStatus',
              data: { phraseStatus: '404 Not Found' },
              output: `
import { setResponseStatus } from '@tanstack/react-start/server';
export const gone = () => setResponseStatus(404, 'Not Found');
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-string-status (TanStack Start)', noStringStatus, {
  // `setResponseStatus('404')` is read with `Number()`: it works.
  valid: [
    `
import { setResponseStatus } from '@tanstack/react-start/server';
export const missing = () => setResponseStatus('404');
`,
  ],
  invalid: [
    {
      code: `
import { json } from '@tanstack/react-start';
export const missing = () => json({ error: 'missing' }, { status: '404' });
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '404', api: 'json()', outcome: '' },
          line: 3,
          column: 67,
          suggestions: [
            {
              messageId: 'useNumber',
              data: { number: '404' },
              output: `
import { json } from '@tanstack/react-start';
export const missing = () => json({ error: 'missing' }, { status: 404 });
`,
            },
          ],
        },
      ],
    },
  ],
});
