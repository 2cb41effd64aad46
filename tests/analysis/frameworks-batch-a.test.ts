import { describe, expect, it } from 'vitest';

import { analyzeCode, summarizeEvents, summarizeSites } from './helpers.js';

describe('Hono shapes', () => {
  const file = analyzeCode(`
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
const app = new Hono();
app.post('/a', (c) => {
  c.status(201);
  c.header('Location', '/a/1');
  return c.json({ id: 1 });
});
app.get('/b', (c) => c.json({ a: 1 }, 201, { 'X-A': '1' }));
app.get('/c', (c) => c.json({ a: 1 }, { status: 202, headers: { 'X-B': 'b' } }));
app.get('/d', (c) => c.text('x', '404'));
app.get('/e', (c) => c.redirect('/x'));
app.get('/f', (c) => c.notFound());
app.get('/g', () => { throw new HTTPException(401, { message: 'no' }); });
app.get('/h', (c) => c.body(null, 204));
`);

  it('records every status position with its role', () => {
    expect(summarizeSites(file)).toEqual([
      { text: '201', value: 201, role: 'response', framework: 'hono', label: 'Hono c.status()', response: 0 },
      { text: '201', value: 201, role: 'response', framework: 'hono', label: 'Hono c.json()', response: 1 },
      { text: '202', value: 202, role: 'response', framework: 'hono', label: 'Hono c.json()', response: 2 },
      { text: "'404'", value: '404', role: 'response', framework: 'hono', label: 'Hono c.text()', response: 3 },
      { text: 'c.notFound', value: 404, role: 'response', framework: 'hono', label: 'Hono c.notFound()', response: 5 },
      { text: '401', value: 401, role: 'error', framework: 'hono', label: 'new HTTPException()' },
      { text: '204', value: 204, role: 'response', framework: 'hono', label: 'Hono c.body()', response: 6 },
    ]);
  });

  it('gives c.status() and a later c.json() to the same response', () => {
    const [first] = file.analysis.responses;
    expect(summarizeEvents(file, first!)).toEqual([
      'call status',
      'status 201',
      'call header',
      'headers location',
      'call json',
      'body',
    ]);
  });

  it('reads headers from the third argument or from the init, and the redirect default', () => {
    const events = file.analysis.responses.map((response) => summarizeEvents(file, response));
    expect(events[1]).toEqual(['call json', 'status 201', 'headers x-a', 'body']);
    expect(events[2]).toEqual(['call json', 'status 202', 'headers x-b', 'body']);
    expect(events[4]).toEqual(['call redirect', 'headers location']);
    expect(events[6]).toEqual(['call body', 'status 204']);
    const redirect = file.analysis.responses[4]!.events.find((event) => event.type === 'call');
    expect(redirect?.type === 'call' && redirect.effect.defaultStatus).toBe(302);
  });
});

describe('NestJS shapes', () => {
  const file = analyzeCode(`
import { applyDecorators, Controller, Get, Header, HttpCode, HttpException, HttpStatus, NotFoundException, Redirect } from '@nestjs/common';
@Controller('x')
export class XController {
  @Get('moved')
  @HttpCode(HttpStatus.MOVED_PERMANENTLY)
  @Header('Location', '/y')
  moved() {}

  @Get('docs')
  @Redirect('https://docs.nestjs.com')
  docs() {}

  @Get(':id')
  find() {
    if (1) throw new NotFoundException('gone');
    throw new HttpException({ status: 403 }, 403, { cause: 1 });
  }
}
export const NoContent = () => applyDecorators(HttpCode(204));
`);

  it('records decorator, HttpException and built-in exception sites', () => {
    expect(summarizeSites(file)).toEqual([
      { text: 'HttpStatus.MOVED_PERMANENTLY', value: 301, role: 'response', framework: 'nestjs', label: '@HttpCode()', response: 0 },
      { text: 'NotFoundException', value: 404, role: 'error', framework: 'nestjs', label: 'new NotFoundException()' },
      { text: '403', value: 403, role: 'error', framework: 'nestjs', label: 'new HttpException()' },
      { text: '204', value: 204, role: 'response', framework: 'nestjs', label: '@HttpCode()' },
    ]);
  });

  it('gives every decorator of one method one response', () => {
    const [moved, docs] = file.analysis.responses;
    expect(summarizeEvents(file, moved!)).toEqual(['call @HttpCode()', 'status 301', 'call @Header()', 'headers location']);
    expect(file.text(moved!.anchor)).toMatch(/^@Get\('moved'\)[\s\S]*moved\(\) \{\}$/u);
    expect(summarizeEvents(file, docs!)).toEqual(['call @Redirect()', 'headers location']);
    expect(file.analysis.responses).toHaveLength(2);
  });

  it('marks the built-in exception site as a fixed status', () => {
    const site = file.analysis.sites.find((candidate) => candidate.effect.label === 'new NotFoundException()');
    expect(site?.effect.fixedStatus).toBe(404);
    expect(site?.owner.type).toBe('NewExpression');
  });
});

describe('Next.js shapes', () => {
  const file = analyzeCode(`
import { NextResponse } from 'next/server';
import { redirect, permanentRedirect, RedirectType, notFound } from 'next/navigation';
import type { NextApiRequest, NextApiResponse, GetServerSideProps } from 'next';

export function GET(request) {
  if (1) return NextResponse.redirect(new URL('/a', request.url), 308);
  if (2) return NextResponse.redirect(new URL('/b', request.url), { status: 303, headers: { 'Set-Cookie': 'a' } });
  if (3) return NextResponse.redirect(new URL('/c', request.url), '301');
  return NextResponse.json({ a: 1 }, 201);
}
export function Page() {
  redirect('/x', 301);
  redirect('/y', RedirectType.push);
  permanentRedirect('/z', 'replace');
  notFound();
}
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (1) return res.redirect('/x');
  res.redirect(308, '/y');
}
export const getServerSideProps: GetServerSideProps = async (ctx) => {
  if (1) return { redirect: { destination: '/a', statusCode: 301 } };
  if (2) return { redirect: { destination: '/b', permanent: true } };
  if (3) return ctx.query.x ? { notFound: true } : { redirect: { destination: '/c', permanent: false } };
  const helper = () => ({ redirect: { destination: '/d', statusCode: 302 } });
  return { props: {} };
};
`);

  it('records status-or-init positions, unused positions and returned redirects', () => {
    expect(summarizeSites(file)).toEqual([
      { text: '308', value: 308, role: 'redirect', framework: 'nextjs', label: 'NextResponse.redirect()', response: 0 },
      { text: '303', value: 303, role: 'redirect', framework: 'nextjs', label: 'NextResponse.redirect()', response: 1 },
      { text: "'301'", value: '301', role: 'redirect', framework: 'nextjs', label: 'NextResponse.redirect()', response: 2 },
      { text: '201', value: 201, role: 'response', framework: 'nextjs', label: 'NextResponse.json()', unused: true, response: 3 },
      { text: '301', value: 301, role: 'redirect', framework: 'nextjs', label: 'redirect() from next/navigation', unused: true },
      { text: 'notFound', value: 404, role: 'error', framework: 'nextjs', label: 'notFound() from next/navigation' },
      { text: '308', value: 308, role: 'redirect', framework: 'nextjs', label: 'res.redirect()', response: 4 },
      { text: '301', value: 301, role: 'redirect', framework: 'nextjs', label: GSSP },
      { text: 'true', value: 308, role: 'redirect', framework: 'nextjs', label: GSSP },
      { text: 'false', value: 307, role: 'redirect', framework: 'nextjs', label: GSSP },
    ]);
  });

  it('describes a number passed as init', () => {
    const site = file.analysis.sites.find((candidate) => candidate.effect.facts?.numericInit === true);
    expect(site?.effect.unusedStatus).toBe('NextResponse.json() throws a TypeError');
    expect(site?.effect.accepts).toBeUndefined();
    // The number is not the response's status.
    expect(site?.response?.events.some((event) => event.type === 'status')).toBe(false);
  });

  it('keeps the redirect allowed set and defaults', () => {
    const gssp = file.analysis.sites.filter((site) => site.effect.label === GSSP);
    expect(gssp.every((site) => site.effect.acceptsOnly?.codes.join() === '301,302,303,307,308')).toBe(true);
    const pages = file.analysis.responses[4]!;
    expect(summarizeEvents(file, pages)).toEqual([
      'call redirect',
      'headers location',
      'call redirect',
      'status 308',
      'headers location',
    ]);
  });
});

const GSSP = 'the redirect returned from getServerSideProps()/getStaticProps()';

describe('Next.js getServerSideProps context', () => {
  it('tracks a destructured `res` as the Node response', () => {
    const file = analyzeCode(`
import type { GetServerSideProps } from 'next';
export const getServerSideProps: GetServerSideProps = async ({ res, query }) => {
  if (!query.id) { res.statusCode = 404; return { props: {} }; }
  res.setHeader('Cache-Control', 'no-store');
  return { props: {} };
};
`);
    expect(summarizeSites(file)).toEqual([
      { text: '404', value: 404, role: 'response', framework: 'nextjs', label: 'res.statusCode', response: 0 },
    ]);
    expect(summarizeEvents(file, file.analysis.responses[0]!)).toEqual([
      'status 404',
      'call setHeader',
      'headers cache-control',
    ]);
  });
});

describe('SvelteKit and React Router shapes', () => {
  it('reads status-first SvelteKit helpers and a numeric json() init', () => {
    const file = analyzeCode(`
import { error, redirect, json, fail } from '@sveltejs/kit';
export function load() {
  if (1) redirect(303, '/login');
  if (2) error(404, 'nope');
  if (3) return fail(400, { missing: true });
  return json({ a: 1 }, 201);
}
`);
    expect(summarizeSites(file)).toEqual([
      { text: '303', value: 303, role: 'redirect', framework: 'sveltekit', label: 'SvelteKit redirect()' },
      { text: '404', value: 404, role: 'error', framework: 'sveltekit', label: 'SvelteKit error()' },
      { text: '400', value: 400, role: 'error', framework: 'sveltekit', label: 'SvelteKit fail()' },
      { text: '201', value: 201, role: 'response', framework: 'sveltekit', label: 'SvelteKit json()', unused: true, response: 0 },
    ]);
  });

  it('reads location-first React Router helpers with a number or an init', () => {
    const file = analyzeCode(`
import { redirect, data } from 'react-router';
const init = { status: 201 };
export async function loader() {
  if (1) throw redirect('/login');
  if (2) throw redirect('/a', '301');
  if (3) return data({ a: 1 }, init);
  return data({ a: 1 }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}
`);
    expect(summarizeSites(file)).toEqual([
      { text: "'301'", value: '301', role: 'redirect', framework: 'react-router', label: 'redirect()', response: 1 },
      { text: '404', value: 404, role: 'response', framework: 'react-router', label: 'data()', response: 3 },
    ]);
    expect(summarizeEvents(file, file.analysis.responses[0]!)).toEqual(['call redirect()', 'headers location']);
    expect(summarizeEvents(file, file.analysis.responses[3]!)).toEqual([
      'call data()',
      'status 404',
      'headers cache-control',
      'body',
    ]);
  });
});

describe('odd syntax', () => {
  it('never throws', () => {
    const file = analyzeCode(`
import { Hono } from 'hono';
import { HttpCode, Redirect, Header, HttpException } from '@nestjs/common';
import { NextResponse } from 'next/server';
import { redirect as navigate } from 'next/navigation';
import { json, error } from '@sveltejs/kit';
import { redirect, data } from 'react-router';
const app = new Hono();
app.get('/', (c) => c.json(...args));
app.get('/a', (c) => c?.json?.({}, 201));
app.get('/b', (c) => c['text']('x', 404));
app.get('/c', (c) => c.json());
export class A {
  @HttpCode() a() {}
  @Redirect() b() {}
  @Header() c() {}
  @HttpCode(...codes) d() { throw new HttpException(); }
}
NextResponse.redirect();
NextResponse.json({}, ...rest);
navigate();
json();
error(...args);
redirect();
data({}, undefined);
export async function getServerSideProps() { return; }
export const getStaticProps = async () => ({ redirect: null });
export { helper as getServerSidePropsAlias };
`);
    expect(summarizeSites(file)).toEqual([
      { text: '201', value: 201, role: 'response', framework: 'hono', label: 'Hono c.json()', response: 1 },
      { text: '404', value: 404, role: 'response', framework: 'hono', label: 'Hono c.text()', response: 2 },
    ]);
  });
});

describe('general capabilities', () => {
  it('records a number passed as a Fetch init (numericInit) without making it the status', () => {
    const file = analyzeCode(`
export function GET() {
  return new Response('created', 201);
}
`);
    expect(summarizeSites(file)).toEqual([
      { text: '201', value: 201, role: 'response', framework: 'fetch', label: 'new Response()', unused: true, response: 0 },
    ]);
    expect(file.analysis.sites[0]?.effect.unusedStatus).toBe('the Response constructor throws a TypeError');
    expect(summarizeEvents(file, file.analysis.responses[0]!)).toEqual(['body']);
  });

  it('finds returned objects of functions exported by name', () => {
    const file = analyzeCode(`
import type { GetStaticProps } from 'next';
const getStaticProps: GetStaticProps = async () => ({ redirect: { destination: '/a', statusCode: 308 } });
function notExported() { return { redirect: { destination: '/b', statusCode: 301 } }; }
export { getStaticProps };
`);
    expect(summarizeSites(file)).toEqual([
      { text: '308', value: 308, role: 'redirect', framework: 'nextjs', label: GSSP },
    ]);
  });

  it('reads named ESM imports of a framework export (`import { HTTPException }`)', () => {
    const file = analyzeCode(`
import { HTTPException as HttpError } from 'hono/http-exception';
import * as kit from '@sveltejs/kit';
throw new HttpError(403);
kit.error(410, 'gone');
`);
    expect(summarizeSites(file).map((site) => site.text)).toEqual(['403', '410']);
  });
});
