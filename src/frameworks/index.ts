import { astro } from './astro.js';
import { awsLambda } from './aws-lambda.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { elysia } from './elysia.js';
import { fetchApi, nodeFetch } from './fetch.js';
import { hono } from './hono.js';
import { h3 } from './h3.js';
import { boom, hapi } from './hapi.js';
import { cypress } from './cypress.js';
import { httpErrors } from './http-errors.js';
import { koa } from './koa.js';
import { micro } from './micro.js';
import { msw } from './msw.js';
import { nestjs } from './nestjs.js';
import { nextjs } from './nextjs.js';
import { nodeHttp, nodeHttp2Compat, nodeHttp2Stream } from './node-http.js';
import { nuxt } from './nuxt.js';
import { playwright } from './playwright.js';
import { puppeteer } from './puppeteer.js';
import { reactRouter } from './react-router.js';
import { restify, restifyErrors } from './restify.js';
import { sveltekit } from './sveltekit.js';
import { tanstackStart } from './tanstack-start.js';
import type { FrameworkDefinition } from './types.js';

export type * from './types.js';

/**
 * Every framework the analysis knows, most specific first: when a receiver name fits several
 * imported frameworks (`res` in a file importing both express and http), the first one wins.
 */
export const FRAMEWORKS: readonly FrameworkDefinition[] = [
  express,
  restify,
  koa,
  fastify,
  hono,
  nestjs,
  nextjs,
  sveltekit,
  reactRouter,
  nodeHttp,
  nodeHttp2Compat,
  nodeHttp2Stream,
  msw,
  playwright,
  puppeteer,
  cypress,
  fetchApi,
  nodeFetch,
  httpErrors,
  h3,
  nuxt,
  hapi,
  boom,
  elysia,
  astro,
  awsLambda,
  tanstackStart,
  restifyErrors,
  micro,
];
