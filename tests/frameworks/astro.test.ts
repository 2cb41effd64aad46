/**
 * Astro endpoints and middleware: the API context's `redirect(path, status)` builds `new Response(null, { status,
 * headers: { Location } })`. Correct here, where Koa's `ctx.redirect(url, 301)` ignores the status.
 */
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import validRedirect from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const endpoint = `
import type { APIRoute } from 'astro';

export const GET: APIRoute = async ({ params, redirect }) => {
  const post = await getPost(params.slug);
  if (!post) return redirect('/blog', 3020);
  if (post.movedTo) return redirect(\`/blog/\${post.movedTo}\`, 301);
  return new Response(JSON.stringify(post), { status: 200, headers: { 'Content-Type': 'application/json' } });
};
`;

const middleware = `
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.locals.user && context.url.pathname.startsWith('/admin')) return context.redirect('/login', 200);
  return next();
});
`;

ruleTester.run('valid-redirect (Astro)', validRedirect, {
  valid: [
    endpoint.replace('3020', '302'),
    `
import type { APIContext } from 'astro';
export async function POST(context: APIContext) {
  await save(await context.request.formData());
  return context.redirect('/thanks', 303);
}
export const PUT = ({ redirect }: APIContext) => redirect('/thanks');
`,
    // Without an import from Astro a \`context\` is nobody's.
    `
export const onRequest = (context) => context.redirect('/login', 200);
`,
  ],
  invalid: [
    {
      code: middleware,
      errors: [
        {
          messageId: 'notRedirect',
          data: { status: '200 OK', section: '§15.4', outcome: 'Astro sends it as is, with a Location header' },
          line: 5,
          column: 108,
        },
      ],
    },
  ],
});

ruleTester.run('no-unknown-status (Astro)', noUnknownStatus, {
  valid: [endpoint.replace('3020', '302')],
  invalid: [{ code: endpoint, errors: [typoError(endpoint, '3020', { line: 6, column: 39, guesses: [302, 300] })] }],
});

ruleTester.run('no-ignored-status (Astro and Koa)', noIgnoredStatus, {
  // Astro's redirect takes the status as its second argument.
  valid: [endpoint.replace('3020', '302')],
  invalid: [
    {
      code: `
import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.redirect('/blog', 301);
});
`,
      errors: [{ messageId: 'ignoredArgument', line: 4, column: 25 }],
    },
  ],
});
