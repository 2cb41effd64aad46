/**
 * Declarative descriptions of where each framework puts HTTP statuses, headers and bodies.
 *
 * A framework module is data: the analysis (`src/analysis`) interprets these shapes once per file,
 * and rules only ever see the resulting status sites and response events.
 */

export type FrameworkId =
  | 'node-http'
  | 'express'
  | 'koa'
  | 'fastify'
  | 'fetch'
  | 'node-fetch'
  | 'http-errors'
  | 'hono'
  | 'nestjs'
  | 'nextjs'
  | 'sveltekit'
  | 'react-router'
  | 'h3'
  | 'nuxt'
  | 'hapi'
  | 'elysia'
  | 'astro'
  | 'tanstack-start'
  | 'restify'
  | 'restify-errors'
  | 'micro'
  | 'aws-lambda'
  | 'msw'
  | 'playwright'
  | 'puppeteer'
  | 'cypress'
  | 'supertest'
  | 'axios'
  | 'got'
  | 'testing';

/**
 * What a status in this position means:
 * - `response`: the status a response is sent with;
 * - `redirect`: the status of a redirect helper;
 * - `error`: the status of an error helper or exception;
 * - `comparison`: a status read compared with `===`/`switch`;
 * - `assertion`: a status expected by a test;
 * - `schema`: a status something is declared for, with nothing sent (a route's response schema keyed by status): the
 *   code must exist, but the header and body rules, which check what is sent, do not apply.
 */
export type StatusRole = 'response' | 'redirect' | 'error' | 'comparison' | 'assertion' | 'schema';

/** An inclusive range of status values that an API accepts before it throws or ignores the value. */
export interface StatusRange {
  readonly min: number;
  readonly max: number;
  /** What happens outside the range, for messages: "throws a RangeError", "is ignored". */
  readonly outcome: string;
  /**
   * The range does not hold when the object argument that carries the status also has one of these keys
   * (Cloudflare Workers accept `new Response(null, { status: 101, webSocket })` for a WebSocket upgrade). The runtime
   * then completes the response itself, so the tracked response counts as escaped: header rules stay silent.
   */
  readonly unlessKeys?: readonly string[];
}

/** Where a status argument sits in a call. */
export type StatusArgument =
  /** Positional argument. `numericOnly`: only when the argument is not a string (overloaded APIs). */
  | { readonly index: number; readonly numericOnly?: boolean }
  /**
   * A key of an object argument, e.g. `new Response(body, { status })`.
   * `orValue`: the argument may also be the status itself instead of an init object
   * (`redirect(url, 301 | { status: 301 })`, Hono `c.json(x, 201 | { status: 201 })`); a value that folds to an
   * object (`const init = {…}`) is not taken as the status.
   */
  | { readonly index: number; readonly key: readonly string[]; readonly orValue?: boolean; readonly numericOnly?: boolean };

/** Headers set by a call. */
export type HeaderArgument =
  /** `set(name, value)`; `objectForm` also accepts `set({ name: value })` at `nameIndex`. */
  | { readonly kind: 'pair'; readonly nameIndex: number; readonly objectForm?: boolean }
  /** An object (or `new Headers(...)`/array) argument whose keys are header names. */
  /** `minIndex`: with `'last'`, only when the last argument is at least at this index (`ctx.assert(cond)` has none). */
  | { readonly kind: 'object'; readonly index: number | 'last'; readonly key?: readonly string[]; readonly minIndex?: number }
  /**
   * The call always sets these headers itself (`res.location()`, `res.redirect()`);
   * with `ifArgument`, only when that argument is present and not nullish (Boom `unauthorized(msg, 'Bearer')`).
   */
  | { readonly kind: 'fixed'; readonly names: readonly string[]; readonly ifArgument?: number };

/** Where a call's content is (see `ResponseEffect.body`); a list when the API takes it in several forms. */
export interface BodyArgument {
  readonly index: number;
  readonly key?: readonly string[];
  readonly nonNull?: true;
}

/** What a call means for the response it acts on. */
export interface ResponseEffect {
  readonly status?: StatusArgument;
  readonly role?: StatusRole;
  /** Range the API enforces (it throws or ignores values outside it). */
  readonly accepts?: StatusRange;
  /** Exact set of statuses the API accepts (`Response.redirect`). */
  readonly acceptsOnly?: { readonly codes: readonly number[]; readonly outcome: string };
  /**
   * The call always uses this status and takes none (`new NotFoundException()` → 404, `Boom.notFound()`, Hono
   * `c.notFound()`, hapi `.created()` → 201). The analysis records an implicit site (`StatusSite.implicit`) whose
   * node is the callee, not a status expression: rules may report it, but must never rewrite that node.
   */
  readonly fixedStatus?: number;
  /**
   * With `fixedStatus`: the call's status depends on the one the response has when it runs (hapi's redirect modes:
   * `permanent()` keeps a redirect rewritable, 301 after 301 or 302, and sets 308 after anything else). The analysis
   * reads that status from the chain the call ends (`h.response(x).code(200).location(u).permanent()` → 308): where it is
   * one of `statuses`, the call sets `fixedStatus`, where it is another (or the chain starts at a factory that sets none),
   * `otherwise`; where the chain does not say (a response kept in a variable), `fixedStatus`.
   */
  readonly fixedStatusOnlyAfter?: { readonly statuses: readonly number[]; readonly otherwise: number };
  /** Status used when none is given (`res.redirect(url)` → 302). */
  readonly defaultStatus?: number;
  /** The reason-phrase argument (`res.writeHead(404, 'Not Found')`, `statusText`). */
  readonly phrase?: StatusArgument;
  readonly headers?: readonly HeaderArgument[];
  /**
   * Content is sent: `true` always, or a positional argument that carries it when present, not null and not an empty
   * string (zero bytes are no content). `nonNull`: any value but null is a body, even `''` (the Fetch `Response`
   * constructor throws for a non-null body with a null-body status). `key`: the argument is an options object, and the
   * first of these properties it has is the content (Playwright `route.fulfill({ status, body | json | path })`).
   */
  readonly body?: true | BodyArgument | readonly BodyArgument[];
  /** The call finishes the response. */
  readonly terminal?: boolean;
  /** The call returns the same response object, so calls chain (`res.status(404).json()`). */
  readonly chainable?: boolean;
  /** The call replaces any status set earlier on the response (Express `res.redirect`). */
  readonly overridesStatus?: boolean;
  /**
   * With `overridesStatus`: the earlier statuses the call keeps rather than replaces (Koa `ctx.redirect()` keeps a
   * redirect status set before it and sends 302 over any other).
   */
  readonly keepsStatuses?: readonly number[];
  /** The call drops every header set earlier on the response (Koa `ctx.throw`). */
  readonly dropsEarlierHeaders?: boolean;
  /** Later header writes fail (Node `writeHead` sends the head). */
  readonly sendsHead?: boolean;
  /** The location argument of a redirect helper. */
  readonly location?: { readonly index: number };
  /** Short description of the API for messages, e.g. "Express res.redirect()". */
  readonly label?: string;
  /** Versions (major) this shape applies to; absent = all. */
  readonly versions?: readonly number[];
  /**
   * The value in status position is recorded as a site, but the API does not send it as the status: what happens
   * instead, for messages. Rules that reason about the status a response is sent with skip these sites; rules about
   * the value itself (unknown codes) still check it. Example: `redirect('/x', 301)` from next/navigation (the
   * second parameter is a RedirectType). Sites recorded through `ExportShape.numericInit` carry it too.
   */
  readonly unusedStatus?: string;
  /** Free-form facts that specific rules read (kept here so the knowledge stays in one module). */
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Only on the receiver at this path (h3 v2 `status` is a property of `event.res`, not of `event`); absent = on every
   * receiver of the framework. Chains keep the path of the receiver they start from.
   */
  readonly onPath?: readonly string[];
  /** The status may also be written as its reason phrase, which is valid there (Elysia `set.status = 'Created'`). */
  readonly acceptsReasonPhrase?: boolean;
  /** Call forms that put a number where this API reads no status (swapped or legacy arguments). */
  readonly misplacedStatus?: readonly MisplacedStatus[];
}

/**
 * A number passed at an argument position where the API does not read a status:
 * Express 5 `res.redirect(url, 301)`, Koa `ctx.redirect(url, 301)`, Express 5 `res.send(404)`.
 * The analysis reports each such call as a `MisplacedStatusSite` when the argument folds to a number.
 */
export interface MisplacedStatus {
  /** The argument that holds the number. */
  readonly index: number;
  /** The call is the swapped form of the real one: the argument here belongs where the number is (and vice versa). */
  readonly swapWith?: number;
  /** Majors in which this form misbehaves. Absent = every version; present = only when the version is known to be one of them. */
  readonly versions?: readonly number[];
  /** `ignored`: the request goes through with another status; `rejected`: the call throws or the response breaks. */
  readonly kind: 'ignored' | 'rejected';
  /** What happens, for messages: "Express 5 throws TypeError: Invalid status code and answers 500". */
  readonly outcome: string;
  /** The call form the API expects, for messages: "res.redirect(status, url)". */
  readonly expected?: string;
  /** The position takes an init object (`Response.json(data, { status })`): the fix is to wrap the number. */
  readonly initObject?: boolean;
}

/** A method called on a response object: `res.status(404)`. */
export interface MethodShape extends ResponseEffect {
  readonly method: string;
  /**
   * A factory: the call creates a new response object (hapi `h.response()`, `h.redirect()`). The call's own effect,
   * calls chained on it and calls on a `const` initialised with it act on that new response, not on the receiver.
   */
  readonly createsResponse?: boolean;
}

/** A property assigned on a response object: `res.statusCode = 404`. */
export interface PropertyShape extends ResponseEffect {
  readonly property: string;
  /**
   * The assigned value is the status (`statusCode`), the phrase (`statusMessage`), the body (`ctx.body`) or an object
   * of headers (Elysia `set.headers = { … }`); `fixed` headers in `headers` are set by any assignment (`set.redirect = u`).
   */
  readonly value: 'status' | 'phrase' | 'body' | 'headers' | 'other';
  /**
   * For a status property: the value it has until code sets one (Node's `res.statusCode` starts at 200, Koa's
   * `ctx.status` at 404). A server that compares its own response's status with it (`if (res.statusCode > 200)`) asks
   * whether a status was set, not whether one is a success.
   */
  readonly initial?: number;
}

/** How a framework's response objects are recognised. */
export interface ReceiverShape {
  /** Conventional parameter names, trusted only when the file imports the framework. */
  readonly names: readonly string[];
  /** Property path after the root identifier (`ctx.response` → ['response']). */
  readonly path?: readonly string[];
  /** Type names exported by the framework modules (`Response`, `FastifyReply`): a parameter annotated with one counts whatever its name. */
  readonly typeNames?: readonly string[];
  /**
   * The object at this path is the same response as the receiver at that path (h3 v2 `event.res` is `event`,
   * Elysia `set.headers` belongs to `set`): their events go to one tracked response.
   */
  readonly sharesResponseWith?: readonly string[];
  /**
   * A parameter written as an object pattern also counts as the root of this receiver, its properties being the
   * members (Elysia `({ set, status }) => …` is `ctx.set`, `ctx.status`). A destructured function called directly
   * (`status(404)`) is a method call on the receiver.
   */
  readonly destructured?: boolean;
  /** Every property assigned on this object is a header of that name (Elysia `set.headers['location'] = u`). */
  readonly headerMap?: boolean;
  /**
   * Type-aware linting only: where `typeNames` are declared, as module names (`declare module 'http'`) or packages
   * (`node_modules/x`, `node_modules/@types/x`; `'lib'` for TypeScript's default lib). Default: the framework's
   * `modules`. A value of one of these types counts as this receiver whatever its name, and a value whose type
   * is clearly something else (a project's own `Order`) is no receiver even when named `res`.
   */
  readonly typeModules?: readonly string[];
}

/** A function or class exported by a module (or a global), called with a status. */
export interface ExportShape extends ResponseEffect {
  /** Path from the module's exports (or the global object): ['default'], ['redirect'], ['Response', 'json']. */
  readonly path: readonly string[];
  /** Called with `new`. */
  readonly construct?: boolean;
  /** The call creates a response object of its own (`new Response()`, `Response.json()`). */
  readonly createsResponse?: boolean;
  /**
   * A number passed where a ResponseInit object is expected: what happens. The analysis records such a number as a
   * site (not as a status event) whose effect has `unusedStatus: outcome`, `facts.numericInit: true` and no range.
   */
  readonly numericInit?: { readonly index: number; readonly outcome: string };
  /**
   * Used as a decorator of a class member (`@HttpCode(204)`, `@Header('Location', '/x')` in NestJS): the effects of
   * every such decorator on one member apply to one tracked response, anchored at the decorated member.
   * Called anywhere else (`applyDecorators(HttpCode(204))`) the shape still yields its status site.
   */
  readonly decorator?: boolean;
  /**
   * For a method decorator: the object literals the decorated method returns whose keys replace the decorator's
   * arguments (NestJS `@Redirect()`: a returned `{ url, statusCode }` wins), read like a `ReturnShape`.
   */
  readonly decoratedReturns?: Omit<ReturnShape, 'functions'>;
  /**
   * The call acts on the response object passed at this argument (h3 v1 `setResponseStatus(event, 201)`):
   * its events go to that response, and passing it there is not an escape.
   */
  readonly responseArgument?: number;
  /**
   * The call acts on the response of the request being handled, which no argument names (TanStack Start's
   * `setResponseStatus(401)`, `setResponseHeader(name, value)`: the response lives in the request's async context).
   * The calls of one outermost function (a handler, with the callbacks inside it) act on one response, anchored at that
   * function; any other call in the function may act on it too, so each one is an escape of that response.
   */
  readonly implicitResponse?: boolean;
  /**
   * The shape applies only to calls with exactly this many arguments: an API whose response object is its last argument,
   * after one or two others (Cypress' `cy.intercept(url, staticResponse)` and `cy.intercept(url, routeMatcher,
   * staticResponse)`: in the second form the object at index 1 is the request's matcher, its `headers` the request's).
   */
  readonly argumentCount?: number;
}

/**
 * An object literal returned from an exported function of a known name, whose keys carry a status:
 * Next.js `export async function getServerSideProps() { return { redirect: { destination, statusCode: 301 } }; }`.
 * The object at `path` plays the part of argument 0 for the `ResponseEffect` fields (`status: { index: 0, key }`).
 */
export interface ReturnShape extends ResponseEffect {
  /** Names of the exported functions (`export function f`, `export const f = () => …`). */
  readonly functions: readonly string[];
  /** Keys from the returned object to the object that holds the status (`['redirect']`). */
  readonly path: readonly string[];
  /**
   * A boolean key that selects the status when the status key is absent (`permanent: true` → 308, `false` → 307).
   * The site's node is that key's value; its value is the selected number (unknown when the boolean is not literal).
   */
  readonly statusFlag?: { readonly key: string; readonly whenTrue: number; readonly whenFalse: number };
}

/**
 * Statuses written as object keys in route options (Fastify `{ schema: { response: { 200: S } } }`,
 * Elysia `{ response: { 404: t.String() } }`). Each key of the object at `path` is a site, with the role `schema` unless
 * the shape says otherwise: declaring what a 401 looks like sends no 401, so it needs no WWW-Authenticate.
 */
export interface StatusKeyShape extends ResponseEffect {
  /** Method names of the call (on any object: the app, a router, a plugin instance): 'get', 'route'. */
  readonly methods: readonly string[];
  /** Path from an object argument of the call to the object whose keys are statuses. */
  readonly path: readonly string[];
  /** Source of a RegExp for the non-numeric keys the framework also accepts (`'2xx'`, `default`). */
  readonly keyPattern?: string;
}

export interface FrameworkDefinition {
  readonly id: FrameworkId;
  readonly name: string;
  /** Import sources that identify the framework (value or type imports, `require`). */
  readonly modules: readonly string[];
  /**
   * Exports of `modules` that are data, not the framework's API (node:http2's `constants`, which `prefer-status-constant`
   * adds to files, and `STATUS_CODES`): a file that takes nothing else from the modules is not marked as this framework's
   * code when its package depends on frameworks (see `FileAnalysis.frameworks`), so a constant's import does not change
   * what a file is.
   */
  readonly dataExports?: readonly string[];
  /**
   * Modules not among `modules` whose `dataExports` alone make a file this framework's code (when nothing else says what
   * it is), in place of the frameworks those modules identify: a file that reads only `node:http2`'s constants, which
   * `prefer-status-constant` adds to HTTP/1 servers, is Node http code, not http2's compatibility API.
   */
  readonly dataModules?: readonly string[];
  /**
   * Exports of `modules` that take a request handler (`createServer`): the parameters of a function written as their
   * argument, or declared apart and passed to them by name, are this framework's receivers and no other's with the same
   * names. In a file that imports both `node:http` and `node:http2`, `res` in `http2.createServer((req, res) => …)` is
   * http2's compatibility response.
   */
  readonly serverFactories?: readonly string[];
  /** Name of the dependency in package.json that carries the major version. */
  readonly packageName?: string;
  readonly receivers?: readonly ReceiverShape[];
  /**
   * Its receivers' conventional names also count in a file that imports no framework with such names, when the
   * nearest package.json depends on `packageName` (`dependencies` or `peerDependencies`): handlers, controllers and
   * middleware kept in files of their own (`exports.show = async (req, res) => …`) import nothing from it. The same
   * holds when `settings['http-status'].frameworks` names its id: the only way for Node's http, a built-in module.
   */
  readonly declaredReceivers?: boolean;
  /**
   * With `declaredReceivers`: other packages whose dependency means the same, because they hand their middleware this
   * framework's receivers as they are (connect and polka give middleware Node's own `res`).
   */
  readonly declaringPackages?: readonly string[];
  /** Response methods and properties this framework's response object inherits (Express `res` is a Node ServerResponse). */
  readonly inherits?: FrameworkDefinition;
  readonly methods?: readonly MethodShape[];
  readonly properties?: readonly PropertyShape[];
  /** Exports of `modules` that take a status. */
  readonly exports?: readonly ExportShape[];
  /**
   * Meta-frameworks that make `exports` available without an import: Nuxt and Nitro auto-import h3's helpers
   * (`setResponseStatus(event, 201)` in `server/api/*.ts`). In a package that depends on one of `packages` (in any
   * dependency group: Nuxt apps often list `nuxt` as a dev dependency), a reference to an export's name that resolves to
   * no declaration of the file is that export, and the receivers count as for a framework the package depends on
   * (`declaredReceivers`). `modules` re-export the exports (`import { createError } from '#imports'`): importing one
   * traces them, without the receivers. `handlers` are the auto-imported wrappers a file default-exports a call of
   * (`export default defineEventHandler(…)`): such a file is analysed even when it spells no status word, as a route
   * whose only status is `sendRedirect(event, '/', 301)` does not.
   */
  readonly autoImports?: {
    readonly packages: readonly string[];
    readonly modules: readonly string[];
    readonly handlers?: readonly string[];
    /**
     * Only the files whose path matches are auto-imported into (Cypress' `cy` is a global of its spec and support
     * files, not of the app's server code).
     */
    readonly files?: RegExp;
    /**
     * In those files, the frameworks the package declares (its server's, or `settings['http-status'].frameworks`) do not
     * count: a Cypress spec runs in the browser, and its `res` is the stubbed response, not Express'.
     */
    readonly exclusive?: boolean;
  };
  /**
   * The property path at which the errors its `exports` create carry their response's headers, which code may set after
   * the call (http-errors `err.headers`, honoured by finalhandler, Koa and Fastify): where such an error is kept in a
   * variable, writes there count as the error's headers; where it is handed on (returned, stored elsewhere), its headers
   * are unknown.
   */
  readonly errorHeaders?: readonly string[];
  /**
   * A Fetch `Response` returned from a handler that has one of this framework's receivers as a parameter goes out with
   * the headers set on that receiver: h3 (v1 copies the Response's headers onto the Node response, v2 merges the
   * prepared headers) sends `setHeader(event, 'Location', '/'); return new Response(null, { status: 302 })` with its
   * Location.
   */
  readonly returnedResponsesTakeHeaders?: boolean;
  /** Globals that take a status (`Response`), tracked whether or not the file imports anything. */
  readonly globals?: readonly ExportShape[];
  /** Objects returned from exported functions that carry a status (Next.js `getServerSideProps`). */
  readonly returns?: readonly ReturnShape[];
  /**
   * Frameworks whose receivers are also recognised when this one is imported: Koa's `ctx.res`, Fastify's `reply.raw`
   * and h3's `event.node.res` are Node responses even in a file that never imports `node:http`.
   */
  readonly includes?: readonly FrameworkDefinition[];
  /** Route options whose object keys are statuses. */
  readonly statusKeys?: readonly StatusKeyShape[];
}
