import { describe, expect, it } from 'vitest';

import { analyzeCode, summarizeSite, temporaryProjects } from './helpers.js';

/**
 * Nuxt and Nitro make h3's helpers globals of a project's files (auto-imports): server routes call
 * `setResponseStatus(event, 201)` without importing it. Projects are written outside the repository, whose own
 * package.json would otherwise be the nearest.
 */
const { root, project } = temporaryProjects('auto-imports-');

const nuxtApp = project('nuxt-app', { devDependencies: { nuxt: '^3.13.0' } });
const nitroApp = project('nitro-app', { dependencies: { nitropack: '^2.10.0', h3: '^1.13.0' } });
const plainApp = project('plain-app', { dependencies: { lodash: '^4.0.0' } });

const loginRoute = `
export default defineEventHandler(async (event) => {
  const { user } = await readBody(event);
  if (!user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  if (user.legacy) return sendRedirect(event, '/v1/login', 308);
  setResponseStatus(event, 201);
  return user;
});
`;

const analyze = (code: string, filename: string) => {
  const file = analyzeCode(code, { filename, cwd: root });
  return { file, sites: file.analysis.sites.map((site) => summarizeSite(file, site)) };
};

describe('helpers a Nuxt or Nitro project auto-imports', () => {
  it('are h3’s exports in a Nuxt server route, and its event is one response', () => {
    const { file, sites } = analyze(loginRoute, nuxtApp('server/api/login.post.ts'));
    expect(sites.map((site) => [site.text, site.role, site.framework, site.label])).toEqual([
      ['401', 'error', 'h3', 'createError()'],
      ['308', 'redirect', 'h3', 'sendRedirect()'],
      ['201', 'response', 'h3', 'setResponseStatus()'],
    ]);
    // `event` is h3's (its receivers come with the auto-imports): the headers set on it belong to the 201's response.
    const response = file.analysis.sites.find((site) => file.text(site.node) === '201')!.response!;
    expect(response.events.filter((event) => event.type === 'headers').flatMap((event) => (event.type === 'headers' ? event.names : []))).toEqual([
      'www-authenticate',
      'location',
    ]);
    expect([...file.analysis.frameworks].map((framework) => framework.id)).toContain('h3');
  });

  it('in a Nitro project too, with the h3 version its package.json pins', () => {
    const { file, sites } = analyze('export default defineEventHandler((event) => sendNoContent(event, 2040));\n', nitroApp('routes/ping.ts'));
    expect(sites.map((site) => [site.text, site.value, site.framework])).toEqual([['2040', 2040, 'h3']]);
    const h3 = [...file.analysis.frameworks].find((framework) => framework.id === 'h3')!;
    expect(file.analysis.versionOf(h3)).toBe(1);
  });

  it('also in a file that imports h3 for its types, or another export', () => {
    const code = "import type { H3Event } from 'h3';\nexport function deny(event: H3Event) {\n  setResponseStatus(event, 4030);\n}\n";
    expect(analyze(code, nuxtApp('server/utils/deny.ts')).sites.map((site) => [site.text, site.framework])).toEqual([['4030', 'h3']]);
  });

  it('not where the file declares or imports the name itself', () => {
    const local = `
import { createError } from './errors';
function sendRedirect(event, to, code) {
  return { event, to, code };
}
export default defineEventHandler((event) => {
  if (!event.context.user) throw createError({ statusCode: 4010 });
  return sendRedirect(event, '/home', 200);
});
`;
    expect(analyze(local, nuxtApp('server/routes/home.get.ts')).sites).toEqual([]);
  });

  it('not in a package that depends on neither Nuxt nor Nitro', () => {
    const { file, sites } = analyze(loginRoute, plainApp('server/api/login.post.ts'));
    expect(sites).toEqual([]);
    expect([...file.analysis.frameworks]).toEqual([]);
  });

  it('and `#imports` re-exports them, in any project', () => {
    const code = "import { defineEventHandler, setResponseStatus } from '#imports';\nexport default defineEventHandler((event) => {\n  setResponseStatus(event, 202);\n});\n";
    expect(analyze(code, plainApp('server/api/jobs.post.ts')).sites.map((site) => [site.text, site.framework])).toEqual([['202', 'h3']]);
  });

  it('client code of a Nuxt app does not become server code', () => {
    // A DOM event handler and a fetch in a composable: no status is set, so h3 is not among the file's frameworks.
    const code = `
export function useUpload() {
  const onDrop = (event) => {
    event.preventDefault();
    return event.dataTransfer.files;
  };
  const send = async (body) => {
    const res = await fetch('/api/upload', { method: 'POST', body });
    if (res.status === 413) throw new Error('too large');
    return res.json();
  };
  return { onDrop, send };
}
`;
    const { file, sites } = analyze(code, nuxtApp('composables/useUpload.ts'));
    expect(sites.map((site) => [site.text, site.role])).toEqual([['413', 'comparison']]);
    expect([...file.analysis.frameworks]).toEqual([]);
  });
});
