import type { ExportShape, FrameworkDefinition, StatusRange } from './types.js';

/**
 * Nuxt passes statuses through h3 v1's `sanitizeStatusCode`: outside 100–999 the default is used (302 for
 * `navigateTo`, 500 for errors).
 */
const NUXT_REDIRECT_RANGE: StatusRange = { min: 100, max: 999, outcome: 'Nuxt silently sends 302 instead' };
const NUXT_ERROR_RANGE: StatusRange = { min: 100, max: 999, outcome: 'Nuxt silently sends 500 instead' };

/** `showError({ statusCode: 404 })` and `abortNavigation({ statusCode: 403 })` take a NuxtError (h3's `createError` input). */
const errorShape = (name: string): ExportShape => ({
  path: [name],
  role: 'error',
  status: { index: 0, key: ['statusCode', 'status'] },
  phrase: { index: 0, key: ['statusMessage', 'statusText'] },
  accepts: NUXT_ERROR_RANGE,
  label: `${name}()`,
});

/**
 * Nuxt's app composables, auto-imported in every file of a Nuxt project (and importable from `#app` or `#imports`).
 * The server helpers it auto-imports into `server/` are h3's (see `h3.autoImports`), as are `createError` and
 * `setResponseStatus` in the app.
 */
export const nuxt: FrameworkDefinition = {
  id: 'nuxt',
  name: 'Nuxt',
  modules: ['#app', 'nuxt/app'],
  packageName: 'nuxt',
  // Route middleware is where `navigateTo()` and `abortNavigation()` are called.
  autoImports: { packages: ['nuxt'], modules: ['#imports'], handlers: ['defineNuxtRouteMiddleware'] },
  exports: [
    {
      // navigateTo('/login', { redirectCode: 301 }): on the server, the status of a response with a Location header and
      // a meta-refresh page (`redirectCode || 302`, sanitised); in the browser the option is unused.
      path: ['navigateTo'],
      role: 'redirect',
      status: { index: 1, key: ['redirectCode'] },
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      body: true,
      accepts: NUXT_REDIRECT_RANGE,
      label: 'navigateTo()',
    },
    errorShape('showError'),
    errorShape('abortNavigation'),
  ],
};
