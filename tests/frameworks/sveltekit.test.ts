import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const pageServer = `
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  if (!locals.user) redirect(3030, '/login');
  const post = await db.post(params.slug);
  if (!post) error(4040, 'Not found');
  return { post };
};

export const actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    if (!data.get('email')) return fail(4000, { email: data.get('email'), missing: true });
    return { success: true };
  },
} satisfies Actions;
`;

const endpoint = `
import { json, text } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
  const item = await db.insert(await request.json());
  return json(item, { status: 2010, headers: { Location: \`/items/\${item.id}\` } });
};

export const DELETE: RequestHandler = async () => text('gone', { status: 4100 });

export const PUT: RequestHandler = async () => json({ ok: true }, 2020);
`;

ruleTester.run('no-unknown-status (SvelteKit)', rule, {
  valid: [
    `
import { error, fail, json, redirect, text } from '@sveltejs/kit';

export async function load({ params, locals }) {
  if (!locals.user) redirect(303, '/login');
  const post = await db.post(params.slug);
  if (!post) error(404, { message: 'Not found', code: 'NF' });
  return { post, views: 4040 };
}
export const actions = { default: async () => fail(400, { missing: true }) };
export const GET = () => json({ items: [4040, 5000] }, { status: 200, headers: { 'cache-control': 'max-age=60' } });
export const POST = () => text('created', { status: 201 });
`,
    // Swapped arguments and a RedirectType are other rules' business; the path is not a status.
    `
import { redirect } from '@sveltejs/kit';
export function load() { redirect(307, '/page/4040'); }
`,
    // Same names without SvelteKit.
    `
import { error } from './errors';
error(4040, 'x');
json({}, 4040);
function fail(code) { return code; }
fail(4000);
`,
  ],
  invalid: [
    {
      code: pageServer,
      errors: [
        typoError(pageServer, '3030', { line: 6, column: 30, guesses: [303, 300] }),
        typoError(pageServer, '4040', { line: 8, column: 20, guesses: [404, 400] }),
        typoError(pageServer, '4000', { line: 15, column: 41, guesses: [400] }),
      ],
    },
    {
      // `json(x, 2020)`: a number as init is ignored by SvelteKit (200 is sent) but is still checked.
      code: endpoint,
      errors: [
        typoError(endpoint, '2010', { line: 7, column: 31, guesses: [201, 200] }),
        typoError(endpoint, '4100', { line: 10, column: 74, guesses: [410, 400, 100] }),
        typoError(endpoint, '2020', { line: 12, column: 67, guesses: [202, 200] }),
      ],
    },
    {
      // SvelteKit error() only accepts 400–599.
      code: `
import { error } from '@sveltejs/kit';
export function load() { error(302, 'moved'); }
`,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: {
            status: '302 Found',
            api: 'SvelteKit error()',
            min: '400',
            max: '599',
            outcome: "SvelteKit's error() throws an Error (an error status must be 400–599)",
          },
          line: 3,
          column: 32,
        },
      ],
    },
    {
      // redirect() only accepts 300–308; kit 2 and 3 word the Error differently, the outcome names the check.
      code: `
import { redirect } from '@sveltejs/kit';
export const load = ({ locals }) => {
  if (!locals.user) redirect(200, '/login');
};
`,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: {
            status: '200 OK',
            api: 'SvelteKit redirect()',
            min: '300',
            max: '308',
            outcome: "SvelteKit's redirect() throws an Error (a redirect status must be 300–308)",
          },
          line: 4,
          column: 30,
        },
      ],
    },
  ],
});
