import { FETCH_RANGE } from './fetch.js';
import type { FrameworkDefinition } from './types.js';

/**
 * Astro 5 and 6: endpoints (`export const GET: APIRoute = ({ redirect }) => …`) and middleware
 * (`defineMiddleware((context, next) => …)`) get an API context whose `redirect(path, status = 302)` returns
 * `new Response(null, { status, headers: { Location: path } })` (core/render-context.js). Its type allows only
 * 300–304, 307 and 308, but at run time any status the Fetch `Response` takes goes through; other statuses are
 * `new Response()`, already known. The receiver counts only in a file that imports from Astro: `ctx` and `context`
 * are Koa's and Hono's names too, and `redirect(path, status)` is correct here where Koa's takes no status.
 */
export const astro: FrameworkDefinition = {
  id: 'astro',
  name: 'Astro',
  modules: ['astro', 'astro:middleware'],
  packageName: 'astro',
  receivers: [{ names: ['context', 'ctx'], typeNames: ['APIContext'], destructured: true }],
  methods: [
    {
      method: 'redirect',
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      accepts: FETCH_RANGE,
      createsResponse: true,
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: 'Astro redirect()',
      facts: { nonRedirectOutcome: 'Astro sends it as is, with a Location header' },
    },
  ],
};
