import noStringStatus from '../../src/rules/no-string-status.js';
import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const route = `
import { data, redirect, redirectDocument, replace } from 'react-router';
import type { Route } from './+types/project';

export async function loader({ params, request }: Route.LoaderArgs) {
  const user = await getUser(request);
  if (!user) throw redirect('/login', 3020);
  const project = await db.project(params.id);
  if (!project) throw data({ message: 'Not found' }, { status: 4040 });
  if (project.archived) return redirectDocument(\`/archive/\${project.id}\`, { status: 3010, headers: { 'X-Archived': '1' } });
  if (project.renamed) return replace(\`/projects/\${project.slug}\`, 3030);
  return data(project, 2000);
}
`;

const remix = `
import { json, redirect, type ActionFunctionArgs } from '@remix-run/node';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const errors = validate(form);
  if (errors) return json({ errors }, 4220);
  const note = await db.createNote(form);
  if (!note) return json({ error: 'failed' }, { status: 5000 });
  return redirect(\`/notes/\${note.id}\`, { status: 3030 });
}
`;

const dataRouter = `
import { json, redirect } from 'react-router-dom';
export async function loader() {
  if (!(await auth())) return redirect('/login', 3020);
  return json({ ok: true }, { status: 2000 });
}
`;

ruleTester.run('no-unknown-status (React Router and Remix)', rule, {
  valid: [
    `
import { data, redirect } from 'react-router';

export async function loader({ params }) {
  const project = await db.project(params.id);
  if (!project) throw new Response('Not Found', { status: 404 });
  if (project.moved) return redirect('/projects/404', 301);
  if (project.gone) throw data({ message: 'gone' }, { status: 410, headers: { 'Cache-Control': 'no-store' } });
  return data({ project, count: 4040, ids: [4040, 5000] });
}
`,
    `
import { json, redirect } from '@remix-run/cloudflare';
const init = { status: 201, headers: { 'Set-Cookie': 'a=1' } };
export const action = async () => (Math.random() > 0.5 ? json({ ok: true }, init) : redirect('/done'));
export const loader = async () => json({ page: 4040 }, 200);
`,
    // The same names from other modules, or undeclared.
    `
import { redirect } from '@sveltejs/kit';
import { data } from './data';
data({}, 4040);
json({}, 4040);
export function load() { redirect(303, '/x'); }
`,
  ],
  invalid: [
    {
      // React Router 6.4+ data routers: the same helpers from react-router-dom.
      code: dataRouter,
      errors: [
        typoError(dataRouter, '3020', { line: 4, column: 50, guesses: [302, 300] }),
        typoError(dataRouter, '2000', { line: 5, column: 39, guesses: [200] }),
      ],
    },
    {
      code: route,
      errors: [
        typoError(route, '3020', { line: 7, column: 39, guesses: [302, 300] }),
        typoError(route, '4040', { line: 9, column: 64, guesses: [404, 400] }),
        typoError(route, '3010', { line: 10, column: 85, guesses: [301, 300] }),
        typoError(route, '3030', { line: 11, column: 68, guesses: [303, 300] }),
        typoError(route, '2000', { line: 12, column: 24, guesses: [200] }),
      ],
    },
    {
      code: remix,
      errors: [
        typoError(remix, '4220', { line: 7, column: 39, guesses: [422] }),
        typoError(remix, '5000', { line: 9, column: 57, guesses: [500] }),
        typoError(remix, '3030', { line: 10, column: 50, guesses: [303, 300] }),
      ],
    },
  ],
});

ruleTester.run('no-string-status (React Router and Remix)', noStringStatus, {
  valid: [
    `
import { redirect } from 'react-router';
export const loader = () => redirect('/login', 301);
`,
  ],
  invalid: [
    {
      // A status read from a form or a query arrives as a string.
      code: `
import { redirect } from 'react-router';
import { json } from '@remix-run/node';
export async function action({ request }) {
  const form = await request.formData();
  if (form.get('legacy')) throw redirect('/v2', '301');
  return json({ error: 'not found' }, '404');
}
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '301', api: 'redirect()', outcome: ': React Router 7 and Remix 2 throw a TypeError, React Router 8 sends 302' },
          line: 6,
          column: 49,
          suggestions: [{ messageId: 'useNumber', data: { number: '301' }, output: `
import { redirect } from 'react-router';
import { json } from '@remix-run/node';
export async function action({ request }) {
  const form = await request.formData();
  if (form.get('legacy')) throw redirect('/v2', 301);
  return json({ error: 'not found' }, '404');
}
` }],
        },
        {
          messageId: 'stringStatus',
          data: { value: '404', api: 'json()', outcome: ': Remix reads no status from a string and sends 200' },
          line: 7,
          column: 39,
          suggestions: [{ messageId: 'useNumber', data: { number: '404' }, output: `
import { redirect } from 'react-router';
import { json } from '@remix-run/node';
export async function action({ request }) {
  const form = await request.formData();
  if (form.get('legacy')) throw redirect('/v2', '301');
  return json({ error: 'not found' }, 404);
}
` }],
        },
      ],
    },
  ],
});
