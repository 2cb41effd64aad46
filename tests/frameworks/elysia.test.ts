import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze, headersOf, sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (Elysia)', rule, {
  valid: [
    // Reason phrases are valid statuses in Elysia.
    `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 'Created';
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    return item ?? status('Not Found', 'no such item');
  })
  .get('/old', ({ redirect }) => redirect('https://example.com/new', 301))
  .get('/health', () => ({ ok: true }), {
    response: { 200: t.Object({ ok: t.Boolean() }), 503: t.String() },
  });
`,
    // The handler context under its own name.
    `
import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', (ctx) => {
  ctx.set.status = 204;
  return ctx.status(204);
});
`,
    // Same shapes in a file that does not import Elysia.
    `
export const handler = ({ set, status }) => {
  set.status = 4040;
  return status(4040);
};
export const options = { response: { 4040: Schema } };
`,
  ],
  invalid: [
    {
      code: `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 2010;
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    if (!item) return status(4040, 'no such item');
    return item;
  });
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 18, endLine: 7, endColumn: 22, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 201;
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    if (!item) return status(4040, 'no such item');
    return item;
  });
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 200;
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    if (!item) return status(4040, 'no such item');
    return item;
  });
` },
] },
        { messageId: 'outOfRange', line: 13, column: 30, endLine: 13, endColumn: 34, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "404 Not Found" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 2010;
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    if (!item) return status(404, 'no such item');
    return item;
  });
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia()
  .post('/items', async ({ body, set }) => {
    const item = await save(body);
    set.status = 2010;
    set.headers['location'] = \`/items/\${item.id}\`;
    return item;
  })
  .get('/items/:id', async ({ params, status }) => {
    const item = await find(params.id);
    if (!item) return status(400, 'no such item');
    return item;
  });
` },
] },
      ],
    },
    {
      code: `
import { Elysia, t } from 'elysia';

export const app = new Elysia().get('/health', () => ({ ok: true }), {
  response: {
    200: t.Object({ ok: t.Boolean() }),
    5030: t.String(),
  },
});
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 5, endLine: 7, endColumn: 9, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "503 Service Unavailable" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia().get('/health', () => ({ ok: true }), {
  response: {
    200: t.Object({ ok: t.Boolean() }),
    503: t.String(),
  },
});
` },
{ messageId: 'replaceWithCode', data: { status: "500 Internal Server Error" }, output: `
import { Elysia, t } from 'elysia';

export const app = new Elysia().get('/health', () => ({ ok: true }), {
  response: {
    200: t.Object({ ok: t.Boolean() }),
    500: t.String(),
  },
});
` },
] },
      ],
    },
    {
      code: `
import { Elysia } from 'elysia';

new Elysia().get('/upgrade', ({ set }) => {
  set.status = 101;
  return 'switching';
});
`,
      errors: [
        { messageId: 'outsideApiRange', data: { status: '101 Switching Protocols', api: 'set.status', min: '200', max: '599', outcome: "the Fetch Response Elysia builds throws a RangeError (with @elysiajs/node, Node's 100–999 applies)" }, line: 5, column: 16, endLine: 5, endColumn: 19, suggestions: [] },
      ],
    },

  ],
});

describe('Elysia analysis', () => {
  it('puts the destructured set, set.headers and status() of one handler on one response', () => {
    const code = `
import { Elysia } from 'elysia';
new Elysia().post('/items', ({ set, status, redirect }) => {
  set.headers['location'] = '/items/1';
  set.status = 'Created';
  if (legacy) return redirect('https://example.com/v2', 308);
  return status(201, { id: 1 });
});
`;
    const analysis = analyze(code);
    expect(sitesOf(code)).toEqual([
      { text: "'Created'", value: 'Created', role: 'response', framework: 'Elysia', label: 'set.status' },
      { text: '308', value: 308, role: 'redirect', framework: 'Elysia', label: 'redirect()' },
      { text: '201', value: 201, role: 'response', framework: 'Elysia', label: 'status()' },
    ]);
    expect(new Set(analysis.sites.map((site) => site.response))).toHaveProperty('size', 1);
    expect(headersOf(analysis)).toEqual([['location', 'location']]);
    expect(analysis.sites[0]!.effect.acceptsReasonPhrase).toBe(true);
    expect(analysis.sites[1]!.effect.acceptsOnly?.codes).toEqual([301, 302, 303, 307, 308]);
  });

  it('reads unknown header names as unknown and response schema keys as sites', () => {
    const code = `
import { Elysia, t } from 'elysia';
new Elysia().get('/x', ({ set }) => {
  set.headers[name] = value;
  return 'x';
}, { response: { 200: t.String(), '404': t.String() } });
`;
    const analysis = analyze(code);
    const headerEvents = analysis.responses.flatMap((response) => response.events.filter((event) => event.type === 'headers'));
    expect(headerEvents).toMatchObject([{ names: [], unknown: true }]);
    expect(sitesOf(code).map((site) => site.value)).toEqual([200, 404]);
  });

  it('reads headers from set.headers = {…}, and none from set.redirect (read by no Elysia since 1.2)', () => {
    const analysis = analyze(`
import { Elysia } from 'elysia';
new Elysia()
  .get('/a', ({ set }) => {
    set.headers = { 'Retry-After': '120', ...cors };
    set.status = 503;
  })
  .get('/b', ({ set }) => {
    set.status = 301;
    set.redirect = '/login';
  });
`);
    expect(headersOf(analysis)).toEqual([['retry-after'], []]);
    expect(analysis.responses[0]!.events.find((event) => event.type === 'headers')).toMatchObject({ unknown: true });
    // Elysia 1.4 sends this 301 without a Location.
    expect(analysis.sites.map((site) => [site.value, site.role])).toEqual([
      [{ kind: 'number', value: 503 }, 'response'],
      [{ kind: 'number', value: 301 }, 'response'],
    ]);
  });

  it('ignores destructured parameters of other objects and a set passed on is an escape', () => {
    const code = `
import { Elysia } from 'elysia';
new Elysia().get('/x', ({ set }) => {
  set.status = 200;
  applyCors(set);
});
export function other({ status }) {
  return status(4040);
}
`;
    const analysis = analyze(code);
    // \`other\` destructures \`status\` too: in an Elysia file, any destructured handler context counts.
    expect(analysis.sites.map((site) => site.value)).toEqual([
      { kind: 'number', value: 200 },
      { kind: 'number', value: 4040 },
    ]);
    expect(analysis.sites[0]!.response?.escaped).toBe(true);
  });
});
