import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const routeHandler = `
import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const session = await getSession(request);
  if (!session) return NextResponse.redirect(new URL('/login', request.url), 3070);
  const user = await db.user(session.id);
  if (!user) return NextResponse.json({ error: 'not found' }, { status: 4040 });
  return NextResponse.json(user);
}

export async function DELETE() {
  await db.purge();
  return new NextResponse(null, { status: 2040 });
}

export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname === '/old') {
    return NextResponse.redirect(new URL('/new', request.url), { status: 3080, headers: { 'X-From': 'old' } });
  }
  if (blocked(request)) return NextResponse.rewrite(new URL('/blocked', request.url), { status: 4030 });
  return NextResponse.next({ status: 2000 });
}
`;

const navigation = `
import { redirect, permanentRedirect } from 'next/navigation';

export default async function Page({ params }: { params: { slug: string } }) {
  const post = await getPost(params.slug);
  if (post.moved) permanentRedirect(post.url, 3010);
  if (!post.published) redirect('/drafts', 3030);
  return <Article post={post} />;
}
`;

const pagesApi = `
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(4050).json({ error: 'method' });
  if (!req.query.id) return res.redirect(3070, '/items');
  res.status(200).json(await db.items());
}
`;

const gssp = `
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async (context) => {
  const user = await getUser(context.req);
  if (!user) return { redirect: { destination: '/login', statusCode: 3030 } };
  if (user.banned) {
    context.res.statusCode = 4030;
    return { props: { banned: true } };
  }
  return { props: { user } };
};

export async function getStaticProps() {
  return { redirect: { destination: '/home', statusCode: 3080 } };
}
`;

ruleTester.run('no-unknown-status (Next.js)', rule, {
  valid: [
    `
import { NextResponse, type NextRequest } from 'next/server';
import { notFound, redirect, RedirectType } from 'next/navigation';

export async function GET(request: NextRequest) {
  if (!request) return NextResponse.json({ error: 'bad' }, { status: 400 });
  if (request.nextUrl.pathname === '/old') return NextResponse.redirect(new URL('/new', request.url), 308);
  if (request.nextUrl.pathname === '/see') return NextResponse.redirect(new URL('/x', request.url), { status: 303 });
  return new NextResponse(null, { status: 204 });
}
export default async function Page() {
  const item = await load();
  if (!item) notFound();
  if (item.moved) redirect('/new', RedirectType.replace);
  redirect('/page/404');
}
`,
    `
import type { NextApiRequest, NextApiResponse, GetServerSideProps } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.query.id) return res.redirect('/items');
  res.status(404).json({ error: 'Not found', retryAfter: 4040 });
}

export const getServerSideProps: GetServerSideProps = async () => {
  if (Math.random() > 0.5) return { redirect: { destination: '/x', permanent: true } };
  return { props: { total: 4040, pages: [4040, 5000] } };
};
`,
    // Returned objects only count in getServerSideProps/getStaticProps of a Next file.
    `
import type { NextApiRequest } from 'next';
export function getRedirect() {
  return { redirect: { destination: '/x', statusCode: 4040 } };
}
`,
    `
export async function getServerSideProps() {
  return { redirect: { destination: '/x', statusCode: 4040 } };
}
`,
    // redirect() from another module, and json() without an import.
    `
import { redirect } from './routing';
redirect('/x', 4040);
json({ a: 1 }, 4040);
`,
  ],
  invalid: [
    {
      code: routeHandler,
      errors: [
        typoError(routeHandler, '3070', { line: 6, column: 78, guesses: [307, 300] }),
        typoError(routeHandler, '4040', { line: 8, column: 73, guesses: [404, 400] }),
        typoError(routeHandler, '2040', { line: 14, column: 43, guesses: [204, 200] }),
        typoError(routeHandler, '3080', { line: 19, column: 74, guesses: [308, 300] }),
        typoError(routeHandler, '4030', { line: 21, column: 97, guesses: [403, 400] }),
        typoError(routeHandler, '2000', { line: 22, column: 38, guesses: [200] }),
      ],
    },
    {
      // next/navigation takes a RedirectType there; a number is still checked (and another rule explains it).
      code: navigation,
      filename: 'page.tsx',
      errors: [
        typoError(navigation, '3010', { line: 6, column: 47, guesses: [301, 300] }),
        typoError(navigation, '3030', { line: 7, column: 44, guesses: [303, 300] }),
      ],
    },
    {
      code: pagesApi,
      errors: [
        typoError(pagesApi, '4050', { line: 5, column: 47, guesses: [405, 400] }),
        typoError(pagesApi, '3070', { line: 6, column: 42, guesses: [307, 300] }),
      ],
    },
    {
      code: gssp,
      errors: [
        typoError(gssp, '3030', { line: 6, column: 70, guesses: [303, 300] }),
        typoError(gssp, '4030', { line: 8, column: 30, guesses: [403, 400] }),
        typoError(gssp, '3080', { line: 15, column: 58, guesses: [308, 300] }),
      ],
    },
  ],
});
