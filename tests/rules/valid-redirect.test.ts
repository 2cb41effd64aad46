import path from 'node:path';
import { fileURLToPath } from 'node:url';

import rule from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';

const express5 = { 'http-status': { versions: { express: 5 } } };
const express4 = { 'http-status': { versions: { express: 4 } } };
const fastify5 = { 'http-status': { versions: { fastify: 5 } } };

ruleTester.run('valid-redirect', rule, {
  valid: [
    // Express: (status, url) is right in 4 and 5; a bare url is 302.
    {
      code: `
import express from 'express';
const router = express.Router();
router.get('/docs', (req, res) => res.redirect(301, 'https://docs.example.com'));
router.post('/login', async (req, res) => {
  const user = await auth(req.body);
  if (!user) return res.redirect('/login?failed=1');
  req.session.userId = user.id;
  res.redirect(303, '/dashboard');
});
`,
      settings: express5,
    },
    // Express 4 still accepts (url, status), with a deprecation: only reported when Express 5 is known.
    {
      code: `
import express from 'express';
export function legacy(req, res) {
  res.redirect('/new-home', 301);
}
`,
      settings: express4,
    },
    // Version unknown: (url, status) works in Express 4, so it is not reported.
    `
import express from 'express';
export function legacy(req, res) {
  res.redirect('/new-home', 301);
}
`,
    // Fastify 5 order (url, code), and Fastify 4 with the old order (deprecated, still works).
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/old', async (request, reply) => reply.redirect('/new', 308));
app.get('/tmp', async (request, reply) => reply.redirect('/maintenance'));
`,
      settings: fastify5,
    },
    // Fastify: redirect() sends a redirect status set before it; a status only set in one branch, or replaced before
    // the redirect, or one the redirect is given, is not the one it sends for sure.
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/docs', async (request, reply) => reply.code(301).redirect('/documentation'));
app.get('/beta', async (request, reply) => {
  if (request.query.legacy) reply.code(404);
  return reply.redirect('/');
});
app.get('/moved', async (request, reply) => {
  reply.code(404);
  reply.code(308);
  return reply.redirect('/new-place');
});
app.get('/blog', async (request, reply) => reply.code(200).redirect('https://blog.example.com', 302));
`,
      settings: fastify5,
    },
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/old', async (request, reply) => reply.redirect(301, '/new'));
`,
      settings: { 'http-status': { versions: { fastify: 4 } } },
    },
    // Fetch Response.redirect with each redirect status, constants included.
    `
const PERMANENT = 308;
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/a') return Response.redirect(new URL('/b', url), 301);
    if (url.pathname === '/c') return Response.redirect(new URL('/d', url), 303);
    if (url.pathname === '/e') return Response.redirect(new URL('/f', url), 307);
    if (url.pathname === '/g') return Response.redirect(new URL('/h', url), PERMANENT);
    return Response.redirect(new URL('/', url));
  },
};
`,
    // 300 Multiple Choices is a redirect status for Express (not for Response.redirect).
    `
import express from 'express';
export const choose = (req, res) => res.redirect(300, '/formats');
`,
    // Unknown values, spreads and odd syntax stay silent.
    `
import express from 'express';
export const a = (req, res) => res.redirect(req.query.code, '/x');
export const b = (req, res) => res.redirect(...args);
export const c = (req, res) => res?.redirect?.();
export const d = () => Response.redirect(url, status);
export const e = () => Response.redirect(...args);
`,
    // Out-of-range values belong to no-unknown-status.
    `
import express from 'express';
export const typo = (req, res) => res.redirect(3010, '/x');
`,
    // A status where the framework is not imported is not trusted.
    `
export function handler(req, res) {
  res.redirect(200, '/x');
}
`,
  ],
  invalid: [
    {
      // Hono takes (location, status): the swapped form sends the context status (200 unless set) with \`Location: 301\`.
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/old-docs', (c) => c.redirect(301, '/docs'));
`,
      errors: [
        {
          messageId: 'swapped',
          data: {
            api: 'Hono c.redirect()',
            expected: 'c.redirect(location, status)',
            outcome: 'Hono sends the context status (200 OK by default) with the number as the Location header',
          },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/old-docs', (c) => c.redirect('/docs', 301));
`,
            },
          ],
        },
      ],
    },
    {
      // SvelteKit takes (status, location): the swapped form throws "Invalid status code".
      code: `
import { redirect } from '@sveltejs/kit';
export function load({ locals }) {
  if (!locals.user) redirect('/login', 303);
}
`,
      errors: [
        {
          messageId: 'swapped',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import { redirect } from '@sveltejs/kit';
export function load({ locals }) {
  if (!locals.user) redirect(303, '/login');
}
`,
            },
          ],
        },
      ],
    },
    {
      // Each branch of a status written as alternatives is checked where it is written: 301 is fine, 200 is not.
      code: `
import express from 'express';
const app = express();
app.get('/docs/:page', (req, res) => {
  res.redirect(req.query.permanent ? 301 : 200, \`/guide/\${req.params.page}\`);
});
`,
      errors: [
        {
          messageId: 'notRedirect',
          data: {
            status: '200 OK',
            section: '§15.4',
            outcome: 'Express sends it as is, with a Location header and a "Redirecting to" body',
          },
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 47,
        },
      ],
    },
    {
      // Express answers 200 with a Location header that no client follows.
      code: `
import express from 'express';
const app = express();
app.post('/checkout', async (req, res) => {
  const order = await orders.create(req.body);
  res.redirect(200, \`/orders/\${order.id}\`);
});
`,
      errors: [
        {
          messageId: 'notRedirect',
          data: {
            status: '200 OK',
            section: '§15.4',
            outcome: 'Express sends it as is, with a Location header and a "Redirecting to" body',
          },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      // Fastify: redirect() without a status sends the one set before it, here with a Location that clients do not follow.
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.addHook('preHandler', async (request, reply) => {
  if (!request.session.user) {
    reply.code(401);
    return reply.redirect('/login');
  }
});
app.get('/legacy', async (request, reply) => reply.code(410).redirect('/archive'));
`,
      errors: [
        {
          messageId: 'notRedirect',
          data: {
            status: '401 Unauthorized',
            section: '§15.4',
            outcome: 'reply.redirect() sends the status set before it, with a Location header that clients do not follow',
          },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
        },
        {
          messageId: 'notRedirect',
          data: {
            status: '410 Gone',
            section: '§15.4',
            outcome: 'reply.redirect() sends the status set before it, with a Location header that clients do not follow',
          },
          line: 10,
          column: 57,
          endLine: 10,
          endColumn: 60,
        },
      ],
    },
    {
      // 304 is not a redirect (RFC 9110 §15.4.5), even though it is a 3xx.
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/cached', async (request, reply) => {
  return reply.redirect('/cached/v2', 304);
});
`,
      errors: [
        {
          messageId: 'notRedirect',
          data: { status: '304 Not Modified', section: '§15.4.5', outcome: 'Fastify sends it as is, with a Location header' },
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 42,
        },
      ],
    },
    {
      // Response.redirect() throws a RangeError for 300 and 200.
      code: `
export async function GET(request: Request) {
  const target = new URL('/catalog', request.url);
  if (request.headers.get('accept')?.includes('json')) return Response.redirect(target, 300);
  return Response.redirect(target, 200);
}
`,
      errors: [
        {
          messageId: 'notAccepted',
          data: {
            api: 'Response.redirect()',
            codes: '301, 302, 303, 307 and 308',
            status: '300 Multiple Choices',
            outcome: 'Response.redirect() throws a RangeError',
          },
          line: 4,
          column: 89,
          endLine: 4,
          endColumn: 92,
        },
        { messageId: 'notAccepted', line: 5, column: 36, endLine: 5, endColumn: 39 },
      ],
    },
    {
      // node-fetch 3's Response.redirect() checks the status as the standard's does.
      code: `
import { Response } from 'node-fetch';
export const mockMoved = (url: string) => Response.redirect(url, 200);
`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'Response.redirect()', codes: '301, 302, 303, 307 and 308', status: '200 OK', outcome: 'Response.redirect() throws a RangeError' },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 69,
        },
      ],
    },
    {
      // Express 5: (url, status) throws "Invalid status code" and answers 500.
      code: `
import express from 'express';
const app = express();
app.get('/blog/:slug', (req, res) => {
  res.redirect(\`/posts/\${req.params.slug}\`, 301);
});
`,
      settings: express5,
      errors: [
        {
          messageId: 'swapped',
          data: {
            api: 'res.redirect()',
            expected: 'res.redirect(status, url)',
            outcome: 'Express 5 throws TypeError "Invalid status code" and answers 500 with the number as Location',
          },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'swapArguments',
              data: { expected: 'res.redirect(status, url)' },
              output: `
import express from 'express';
const app = express();
app.get('/blog/:slug', (req, res) => {
  res.redirect(301, \`/posts/\${req.params.slug}\`);
});
`,
            },
          ],
        },
      ],
    },
    {
      // Express 5 from a constant.
      code: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export function moved(req, res) {
  res.redirect('/v2' + req.path, StatusCodes.MOVED_PERMANENTLY);
}
`,
      settings: express5,
      errors: [
        {
          messageId: 'swapped',
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import express from 'express';
import { StatusCodes } from 'http-status-codes';
export function moved(req, res) {
  res.redirect(StatusCodes.MOVED_PERMANENTLY, '/v2' + req.path);
}
`,
            },
          ],
        },
      ],
    },
    {
      // Fastify 5: (code, url) sends the code as the Location header and answers 500.
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/old-docs', async (request, reply) => {
  return reply.redirect(301, '/docs');
});
`,
      settings: fastify5,
      errors: [
        {
          messageId: 'swapped',
          data: {
            api: 'reply.redirect()',
            expected: 'reply.redirect(url, code)',
            outcome: 'Fastify 5 sends the number as the Location header and answers 500 (FST_ERR_BAD_STATUS_CODE)',
          },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/old-docs', async (request, reply) => {
  return reply.redirect('/docs', 301);
});
`,
            },
          ],
        },
      ],
    },
  ],
});

// Frameworks added after the rule was written (issue 5): realistic handlers, findings and nearby correct patterns.
ruleTester.run('valid-redirect (frameworks)', rule, {
  valid: [
    // Hono: c.redirect() with a redirect status, and the default 302
    `
import { Hono } from 'hono';
const app = new Hono();
app.get('/blog/:slug', (c) => c.redirect(\`/posts/\${c.req.param('slug')}\`, 301));
app.post('/logout', (c) => {
  deleteCookie(c, 'session');
  return c.redirect('/');
});
`,
    // NestJS: @Redirect() with a redirect status
    `
import { Controller, Get, Query, Redirect } from '@nestjs/common';
@Controller()
export class LegacyController {
  @Get('handbook')
  @Redirect('https://docs.example.com/handbook', 301)
  handbook() {}
  @Get('status')
  @Redirect('/health')
  status() {}
  // A returned { url, statusCode } overrides the decorator's arguments.
  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version?: string) {
    if (version === '5') return { url: 'https://docs.example.com/v5/', statusCode: 301 };
    if (version) return { url: \`https://docs.example.com/\${version}/\` };
  }
}
`,
    // Next: NextResponse.redirect() with 308, permanentRedirect(), and GSSP with statusCode 301 or permanent
    `
import { NextResponse } from 'next/server';
import { permanentRedirect, redirect } from 'next/navigation';
export function middleware(request) {
  if (request.nextUrl.pathname.startsWith('/old')) {
    return NextResponse.redirect(new URL('/new', request.url), 308);
  }
  if (!request.cookies.has('session')) return NextResponse.redirect(new URL('/login', request.url));
  return NextResponse.next();
}
export async function moveAction(id) {
  if (await isArchived(id)) permanentRedirect(\`/archive/\${id}\`);
  redirect(\`/posts/\${id}\`);
}
export async function getServerSideProps({ req }) {
  if (!req.cookies.session) return { redirect: { destination: '/login', statusCode: 303 } };
  return { redirect: { destination: '/home', permanent: true } };
}
`,
    // SvelteKit: redirect(status, location); out-of-range codes belong to no-unknown-status
    `
import { redirect } from '@sveltejs/kit';
export const actions = {
  default: async ({ cookies, request }) => {
    const data = await request.formData();
    if (!(await login(cookies, data))) redirect(303, '/login?failed=1');
    redirect(303, '/dashboard');
  },
};
export async function load({ url }) {
  if (url.searchParams.has('legacy')) redirect(200, '/new');
}
`,
    // React Router: redirect() with 302 and with an init object
    `
import { redirect } from 'react-router';
export async function action({ request }) {
  const session = await commitSession(await getSession(request));
  if (!session) return redirect('/login', 302);
  return redirect('/projects', { status: 303, headers: { 'Set-Cookie': session } });
}
`,
    // h3: sendRedirect() (v1) and redirect() (v2) with redirect statuses
    `
import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) return sendRedirect(event, '/login', 302);
  return sendRedirect(event, '/app', 301);
});
`,
    // hapi: h.redirect() with .code(301) and .permanent()
    `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/old', handler: (request, h) => h.redirect('/new').code(301) });
server.route({ method: 'GET', path: '/older', handler: (request, h) => h.redirect('/new').permanent() });
`,
    // Elysia: redirect() with 301 and the default
    `
import { Elysia } from 'elysia';
export const app = new Elysia()
  .get('/docs', ({ redirect }) => redirect('https://docs.example.com', 301))
  .get('/home', ({ redirect }) => redirect('https://example.com/'));
`,
    // Next Pages API: res.redirect(status, url) with 308 and the default 307
    `
import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.v === '1') return res.redirect(308, '/api/v2');
  res.redirect('/api/v2');
}
`,
    // hapi: .code(200) on h.response() is not a redirect
    `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/health', handler: (request, h) => h.response({ ok: true }).code(200) });
`,
  ],
  invalid: [
    // Hono: c.redirect() with 200 (sent with a Location that clients ignore)
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.post('/login', async (c) => {
  const user = await verify(await c.req.parseBody());
  if (!user) return c.redirect('/login?failed=1', 200);
  return c.redirect('/dashboard', 303);
});
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 6,
          column: 51,
        },
      ],
    },
    // NestJS: @Redirect() with 200
    {
      code: `
import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class LegacyController {
  @Get('handbook')
  @Redirect('https://docs.example.com/handbook', 200)
  handbook() {}
}
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 6,
          column: 50,
        },
      ],
    },
    // NestJS: a { url, statusCode } returned under @Redirect() replaces its arguments, 200 included.
    {
      code: `
import { Controller, Get, Query, Redirect } from '@nestjs/common';
@Controller('docs')
export class DocsController {
  @Get()
  @Redirect('https://docs.example.com', 302)
  async docs(@Query('version') version?: string) {
    if (version === 'next') return { url: 'https://next.docs.example.com', statusCode: 200 };
    return undefined;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          data: {
            status: '200 OK',
            section: '§15.4',
            outcome: 'Nest calls Express res.redirect(statusCode, url), which sends it as is, with a Location header',
          },
          line: 8,
          column: 88,
          endLine: 8,
          endColumn: 91,
        },
      ],
    },
    // Next: NextResponse.redirect() with 300 (RangeError), redirect() with a status, GSSP statusCode 300
    {
      code: `
import { NextResponse } from 'next/server';
import { redirect } from 'next/navigation';
export function middleware(request) {
  return NextResponse.redirect(new URL('/formats', request.url), 300);
}
export async function moveAction(id) {
  redirect(\`/posts/\${id}\`, 301);
}
export async function getServerSideProps() {
  return { redirect: { destination: '/choose', statusCode: 300 } };
}
`,
      output: null,
      errors: [
        {
          messageId: 'notAccepted',
          line: 5,
          column: 66,
        },
        {
          messageId: 'notStatusParameter',
          line: 8,
          column: 28,
        },
        {
          messageId: 'notAccepted',
          line: 11,
          column: 60,
        },
      ],
    },
    // React Router: redirect() with 200 (not checked by React Router)
    {
      code: `
import { redirect } from 'react-router';
export async function loader({ request }) {
  const user = await getUser(request);
  if (!user) throw redirect('/login', 200);
  return { user };
}
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 5,
          column: 39,
        },
      ],
    },
    // h3 v1: sendRedirect() with 200 (sent with Location and a meta-refresh page)
    {
      code: `
import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) return sendRedirect(event, '/login', 200);
  return { user: session.user };
});
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 5,
          column: 54,
        },
      ],
    },
    // h3 v2: redirect() with 200
    {
      code: `
import { defineHandler, redirect } from 'h3';
export default defineHandler(async (event) => {
  if (!event.context.user) return redirect('/login', 200);
  return { user: event.context.user };
});
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 4,
          column: 54,
        },
      ],
    },
    // Elysia: redirect() with 200 (Response.redirect throws, 500)
    {
      code: `
import { Elysia } from 'elysia';
export const app = new Elysia().get('/docs', ({ redirect }) => redirect('https://docs.example.com', 200));
`,
      output: null,
      errors: [
        {
          messageId: 'notAccepted',
          line: 3,
          column: 101,
        },
      ],
    },
    // Next Pages API: res.redirect(200, url) (200 with Location)
    {
      code: `
import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.redirect(200, '/api/v2');
}
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 4,
          column: 16,
        },
      ],
    },
    // hapi: .code(200) on h.redirect() sends 200 with a Location header
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/signup',
  handler: (request, h) => {
    if (request.auth.isAuthenticated) return h.redirect('/app').code(200);
    return h.view('signup');
  },
});
`,
      output: null,
      errors: [
        {
          messageId: 'notRedirect',
          line: 8,
          column: 70,
        },
      ],
    },
  ],
});

// Nuxt and Nitro auto-import h3's helpers: server routes call `sendRedirect` without importing it. The fixture projects
// are a package.json each (tests/fixtures/nuxt-app: `nuxt` as a dev dependency; express5-app: no auto-imports).
const autoImportFixture = (project: string, file: string): string =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures', project, file);

ruleTester.run('valid-redirect (auto-imported helpers)', rule, {
  valid: [
    // A redirect status, auto-imported.
    {
      code: `
export default defineEventHandler((event) => {
  if (!event.context.user) return sendRedirect(event, '/login', 302);
  return event.context.user;
});
`,
      filename: autoImportFixture('nuxt-app', 'server/routes/account.get.ts'),
    },
    // A declaration of the file's own shadows the auto-import.
    {
      code: `
function sendRedirect(event: unknown, to: string, code: number) {
  return { event, to, code };
}
export default defineEventHandler((event) => sendRedirect(event, '/new', 200));
`,
      filename: autoImportFixture('nuxt-app', 'server/routes/local.get.ts'),
    },
    // No auto-importing framework among the package's dependencies: an undeclared global is not h3's.
    {
      code: `export const handler = (event) => sendRedirect(event, '/new', 200);\n`,
      filename: autoImportFixture('express5-app', 'src/legacy.js'),
    },
  ],
  invalid: [
    // Nuxt's navigateTo() in route middleware (app code, auto-imported): redirectCode is the redirect's status on the
    // server.
    {
      code: `
export default defineNuxtRouteMiddleware((to) => {
  if (to.path === '/old-pricing') return navigateTo('/pricing', { redirectCode: 301 });
  if (!useUser().value) return navigateTo('/login', { redirectCode: 200 });
  if (to.meta.admin && !useUser().value.admin) return abortNavigation({ statusCode: 403 });
});
`,
      filename: autoImportFixture('nuxt-app', 'middleware/auth.global.ts'),
      output: null,
      errors: [{ messageId: 'notRedirect', line: 4, column: 69, endLine: 4, endColumn: 72 }],
    },
    // A Nitro route that also answers 404: `event` is h3's.
    {
      code: `
export default defineEventHandler(async (event) => {
  const page = await findPage(getRouterParam(event, 'slug'));
  if (!page) {
    setResponseStatus(event, 404);
    return { error: 'not found' };
  }
  if (page.movedTo) return sendRedirect(event, page.movedTo, 200);
  return page;
});
`,
      filename: autoImportFixture('nuxt-app', 'server/routes/pages/[slug].get.ts'),
      output: null,
      errors: [{ messageId: 'notRedirect', line: 8, column: 62, endLine: 8, endColumn: 65 }],
    },
    // `#imports` re-exports them: an explicit import works in any project.
    {
      code: `
import { defineEventHandler, sendRedirect } from '#imports';
export default defineEventHandler((event) => sendRedirect(event, '/new-home', 200));
`,
      filename: autoImportFixture('express5-app', 'server/routes/old-home.get.ts'),
      output: null,
      errors: [{ messageId: 'notRedirect', line: 3, column: 79, endLine: 3, endColumn: 82 }],
    },
    // Files that spell no status word and import nothing: a default-exported handler or route middleware still has them
    // analysed.
    {
      code: `
export default defineEventHandler((event) => sendRedirect(event, '/docs/getting-started', 200));
`,
      filename: autoImportFixture('nuxt-app', 'server/routes/docs.get.ts'),
      output: null,
      errors: [{ messageId: 'notRedirect', line: 2, column: 91, endLine: 2, endColumn: 94 }],
    },
    {
      code: `
export default defineNuxtRouteMiddleware((to) => {
  if (to.path.startsWith('/blog/')) return navigateTo(to.path.replace('/blog/', '/posts/'), { redirectCode: 200 });
});
`,
      filename: autoImportFixture('nuxt-app', 'middleware/blog.global.ts'),
      output: null,
      errors: [{ messageId: 'notRedirect', line: 3, column: 109, endLine: 3, endColumn: 112 }],
    },
  ],
});
