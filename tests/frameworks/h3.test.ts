import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unknown-status.js';
import { analyze, headersOf, sitesOf } from '../analysis/helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run('no-unknown-status (h3)', rule, {
  valid: [
    // v1 helpers with registered codes.
    `
import { defineEventHandler, readBody, setResponseStatus, setResponseHeader, sendRedirect, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) throw createError({ statusCode: 422, statusMessage: 'name is required' });
  if (body.legacy) return sendRedirect(event, '/v2/items', 308);
  setResponseStatus(event, 201, 'Created');
  setResponseHeader(event, 'Location', '/items/1');
  return { ok: true };
});
`,
    // v2 API with registered codes.
    `
import { H3, redirect, HTTPError, noContent } from 'h3';

export const app = new H3()
  .post('/items', (event) => {
    event.res.status = 201;
    event.res.statusText = 'Created';
    event.res.headers.set('Location', '/items/1');
    return {};
  })
  .get('/old', () => redirect('/new', 301))
  .delete('/items/:id', () => noContent(204))
  .get('/secret', () => {
    throw HTTPError.status(403);
  });
`,
    // The same helper names from another module are not h3.
    `
import { setResponseStatus, sendRedirect, createError } from './my-helpers';

export function handle(event) {
  setResponseStatus(event, 2010);
  sendRedirect(event, '/x', 3010);
  throw createError({ statusCode: 4040 });
}
`,
    // Not a status: a plain event object property in a file without h3.
    `
export function onMessage(event) {
  event.res = { status: 4040 };
  event.res.status = 4040;
}
`,
  ],
  invalid: [
    {
      code: `
import { defineEventHandler, readBody, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await db.items.create(body);
  setResponseStatus(event, 2010, 'Created');
  setResponseHeader(event, 'Location', \`/items/\${item.id}\`);
  return item;
});
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 28, endLine: 7, endColumn: 32, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import { defineEventHandler, readBody, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await db.items.create(body);
  setResponseStatus(event, 201, 'Created');
  setResponseHeader(event, 'Location', \`/items/\${item.id}\`);
  return item;
});
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import { defineEventHandler, readBody, setResponseStatus, setResponseHeader } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const item = await db.items.create(body);
  setResponseStatus(event, 200, 'Created');
  setResponseHeader(event, 'Location', \`/items/\${item.id}\`);
  return item;
});
` },
] },
      ],
    },
    {
      code: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
`,
      errors: [
        { messageId: 'outOfRange', line: 6, column: 49, endLine: 6, endColumn: 53, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "401 Unauthorized" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 400, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
{ messageId: 'replaceWithCode', data: { status: "410 Gone" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 410, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
] },
        { messageId: 'vendorCode', line: 7, column: 52, endLine: 7, endColumn: 55, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "404 Not Found" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 404 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 400 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
{ messageId: 'replaceWithCode', data: { status: "410 Gone" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 410 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 2040);
});
` },
] },
        { messageId: 'outOfRange', line: 8, column: 63, endLine: 8, endColumn: 67, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "301 Moved Permanently" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 301);
  return sendNoContent(event, 2040);
});
` },
{ messageId: 'replaceWithCode', data: { status: "300 Multiple Choices" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 300);
  return sendNoContent(event, 2040);
});
` },
] },
        { messageId: 'outOfRange', line: 9, column: 31, endLine: 9, endColumn: 35, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "204 No Content" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 204);
});
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import { defineEventHandler, sendRedirect, sendNoContent, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session) throw createError({ statusCode: 4010, statusMessage: 'Unauthorized' });
  if (session.expired) throw createError({ status: 440 });
  if (session.legacy) return sendRedirect(event, '/v2/login', 3010);
  return sendNoContent(event, 200);
});
` },
] },
      ],
    },
    {
      code: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
`,
      errors: [
        { messageId: 'outOfRange', line: 7, column: 24, endLine: 7, endColumn: 28, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "201 Created" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 201;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
{ messageId: 'replaceWithCode', data: { status: "200 OK" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 200;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
] },
        { messageId: 'outOfRange', line: 11, column: 39, endLine: 11, endColumn: 43, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "301 Moved Permanently" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 301))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
{ messageId: 'replaceWithCode', data: { status: "300 Multiple Choices" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 300))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
] },
        { messageId: 'outOfRange', line: 13, column: 28, endLine: 13, endColumn: 32, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "403 Forbidden" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(403);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(400);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 4040, message: 'no such item' });
  });
` },
] },
        { messageId: 'outOfRange', line: 16, column: 35, endLine: 16, endColumn: 39, suggestions: [
{ messageId: 'replaceWithCode', data: { status: "404 Not Found" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 404, message: 'no such item' });
  });
` },
{ messageId: 'replaceWithCode', data: { status: "400 Bad Request" }, output: `
import { H3, redirect, HTTPError } from 'h3';

export const app = new H3()
  .post('/items', async (event) => {
    const item = await save(await event.req.json());
    event.res.status = 2010;
    event.res.headers.set('Location', \`/items/\${item.id}\`);
    return item;
  })
  .get('/old', () => redirect('/new', 3010))
  .get('/secret', () => {
    throw HTTPError.status(4030);
  })
  .get('/missing', () => {
    throw new HTTPError({ status: 400, message: 'no such item' });
  });
` },
] },
      ],
    },

  ],
});

describe('h3 analysis', () => {
  it('records v1 helper sites with their roles and puts status and headers on the event', () => {
    const code = `
import { defineEventHandler, readBody, setResponseStatus, setResponseHeader, sendRedirect, createError } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body) throw createError({ statusCode: 400, statusMessage: 'Bad Request' });
  setResponseStatus(event, 201, 'Created');
  setResponseHeader(event, 'Location', '/items/1');
  return sendRedirect(event, '/x', 303);
});
`;
    const analysis = analyze(code);
    expect(sitesOf(code)).toEqual([
      { text: '400', value: 400, role: 'error', framework: 'h3', label: 'createError()' },
      { text: '201', value: 201, role: 'response', framework: 'h3', label: 'setResponseStatus()' },
      { text: '303', value: 303, role: 'redirect', framework: 'h3', label: 'sendRedirect()' },
    ]);
    const tracked = analysis.responses.filter((response) => response.events.length > 0);
    expect(tracked).toHaveLength(1);
    expect(tracked[0]!.escaped).toBe(false);
    expect(headersOf(analysis)).toEqual([['location', 'location']]);
    const phrase = analysis.sites[1]!.phrase;
    expect(phrase && code.slice(phrase.range[0], phrase.range[1])).toBe("'Created'");
  });

  it('records the accepted range per major version, v1 first when the version is unknown', () => {
    const code = `
import { setResponseStatus } from 'h3';
export const handler = (event) => setResponseStatus(event, 201);
`;
    const unknown = analyze(code).sites[0]!.effect.accepts;
    expect(unknown).toEqual({ min: 100, max: 999, outcome: 'h3 silently ignores it and keeps the status set before (200 by default)' });
    expect(analyze(code, { settings: { versions: { h3: 1 } } }).sites[0]!.effect.accepts?.max).toBe(999);
    expect(analyze(code, { settings: { versions: { h3: 2 } } }).sites).toHaveLength(1);
    expect(analyze(code, { settings: { versions: { h3: 2 } } }).sites[0]!.effect.accepts?.max).toBe(599);
  });

  it("says what each major sends instead of a status outside its range (h3 1.15 and 2.0, run)", () => {
    const code = `
import { sendRedirect, sendNoContent, noContent } from 'h3';
export const moved = (event) => sendRedirect(event, '/new', 301);
export const empty = (event) => sendNoContent(event, 204);
export const none = () => noContent(204);
`;
    const outcomes = (version: number) =>
      analyze(code, { settings: { versions: { h3: version } } }).sites.map((site) => [site.effect.label, site.effect.accepts?.outcome]);
    expect(outcomes(1)).toEqual([
      ['sendRedirect()', 'h3 silently keeps the current status (200 unless set before), with a Location header'],
      ['sendNoContent()', 'h3 silently sends 204 instead'],
    ]);
    expect(outcomes(2)).toEqual([
      ['sendRedirect()', 'h3 silently sends 200 instead, with a Location header'],
      ['sendNoContent()', 'h3 silently sends 200 instead'],
      ['noContent()', 'h3 silently sends 200 instead'],
    ]);
  });

  it('tracks v2 event.res as the same response as the event', () => {
    const code = `
import { H3, redirect, HTTPError } from 'h3';
new H3().post('/items', (event) => {
  event.res.status = 201;
  event.res.headers.set('Location', '/items/1');
  if (!event.context.user) throw new HTTPError('login first', { status: 401 });
  return redirect('/x', 307);
});
`;
    const analysis = analyze(code, { settings: { versions: { h3: 2 } } });
    expect(analysis.sites.map((site) => [site.value.kind === 'number' && site.value.value, site.role])).toEqual([
      [201, 'response'],
      [401, 'error'],
      [307, 'redirect'],
    ]);
    expect(headersOf(analysis)).toEqual([['location'], ['location']]);
    // redirect() creates its own response.
    expect(analysis.sites[2]!.response?.anchor.type).toBe('CallExpression');
  });

  it('treats v2-only exports as absent in v1 and handing the event to unknown code as an escape', () => {
    const code = `
import { defineEventHandler, redirect, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 301);
  applyCors(event);
  return redirect('/x', 301);
});
`;
    const v1 = analyze(code, { settings: { versions: { h3: 1 } } });
    expect(v1.sites).toHaveLength(1);
    expect(v1.sites[0]!.response?.escaped).toBe(true);
  });

  it('recognises the raw Node response event.node.res and keeps v2 properties on event.res only', () => {
    const code = `
import { defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  event.node.res.statusCode = 503;
  event.status = 4040;
  event.headers.set('x', '1');
});
`;
    expect(sitesOf(code)).toEqual([{ text: '503', value: 503, role: 'response', framework: 'Node http', label: 'res.statusCode' }]);
  });
});
