import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const routes = `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();

app.get('/items/:id', async (c) => {
  const item = await db.find(c.req.param('id'));
  if (!item) return c.json({ error: 'not found' }, 4040);
  return c.json(item, 200, { 'Cache-Control': 'max-age=60' });
});

app.post('/items', async (c) => {
  const item = await db.insert(await c.req.json());
  return c.json(item, { status: 2010, headers: { Location: \`/items/\${item.id}\` } });
});

app.get('/legacy', (c) => c.redirect('/items', 3010));

app.delete('/items/:id', (c) => {
  c.status(2040);
  return c.body(null);
});

app.get('/admin', (c) => {
  throw new HTTPException(4010, { message: 'Unauthorized' });
});

app.get('/teapot', (c) => c.text('no coffee', 4030, { 'X-Reason': 'teapot' }));
`;

const typedContext = `
import type { Context } from 'hono';

export function notFound(context: Context) {
  return context.html('<h1>Gone</h1>', 4040);
}
`;

const openApi = `
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';

const app = new OpenAPIHono();
const route = createRoute({ method: 'get', path: '/users/{id}', responses: { 200: { description: 'ok' }, 404: { description: 'missing' } } });
app.openapi(route, (c) => c.json({ error: 'missing' }, 4004));
`;

ruleTester.run('no-unknown-status (Hono)', rule, {
  valid: [
    `
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();
app.get('/items/:id', async (c) => {
  const item = await db.find(c.req.param('id'));
  if (!item) return c.json({ error: 'not found' }, 404);
  c.header('X-Items', String(item.count));
  return c.json(item);
});
app.post('/items', (c) => c.json({ id: 1 }, { status: 201, headers: { Location: '/items/1' } }));
app.delete('/items/:id', (c) => { c.status(204); return c.body(null); });
app.get('/old', (c) => c.redirect('/new', 301));
app.get('/raw', (c) => c.newResponse('x', 418 - 18, { 'X-A': '1' }));
app.get('/auth', () => { throw new HTTPException(401, { message: 'no' }); });
app.notFound((c) => c.text('Not found', 404));
app.onError((err, c) => c.json({ error: err.message }, 500));
export default app;
`,
    // Numbers that are not statuses: body fields, array indexes, ports, timeouts, redirect paths.
    `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono();
app.get('/stats', (c) => c.json({ count: 4040, codes: [4040, 5000] }));
app.get('/page', (c) => c.redirect('/page/4040'));
app.get('/first', (c) => c.text(String(rows[4040])));
app.get('/wait', async (c) => { await sleep(4040); return c.text('ok'); });
serve({ fetch: app.fetch, port: 4040 });
`,
    // A string status is a site (value kind string) but not an unknown number.
    `
import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.text('x', '404'));
`,
    // The same names without Hono: not statuses.
    `
export function handler(c) {
  c.json({ a: 1 }, 4040);
  c.status(4040);
  c.redirect('/x', 4040);
}
class HTTPException extends Error {}
throw new HTTPException(4040);
`,
  ],
  invalid: [
    {
      code: routes,
      errors: [
        typoError(routes, '4040', { line: 9, column: 52, guesses: [404, 400] }),
        typoError(routes, '2010', { line: 15, column: 33, guesses: [201, 200] }),
        typoError(routes, '3010', { line: 18, column: 48, guesses: [301, 300] }),
        typoError(routes, '2040', { line: 21, column: 12, guesses: [204, 200] }),
        typoError(routes, '4010', { line: 26, column: 27, guesses: [401, 400, 410] }),
        typoError(routes, '4030', { line: 29, column: 47, guesses: [403, 400] }),
      ],
    },
    {
      // OpenAPIHono handlers get a Hono context; the numeric keys of `responses` are not sites.
      code: openApi,
      errors: [typoError(openApi, '4004', { line: 6, column: 56, guesses: [404, 400] })],
    },
    {
      // A `Context` parameter from 'hono' counts whatever its name.
      code: typedContext,
      errors: [typoError(typedContext, '4040', { line: 5, column: 40, guesses: [404, 400] })],
    },
  ],
});
