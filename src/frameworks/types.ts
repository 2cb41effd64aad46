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
  | 'http-errors'
  | 'hono'
  | 'nestjs'
  | 'nextjs'
  | 'sveltekit'
  | 'react-router'
  | 'h3'
  | 'hapi'
  | 'elysia'
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
 * - `assertion`: a status expected by a test.
 */
export type StatusRole = 'response' | 'redirect' | 'error' | 'comparison' | 'assertion';

/** An inclusive range of status values that an API accepts before it throws or ignores the value. */
export interface StatusRange {
  readonly min: number;
  readonly max: number;
  /** What happens outside the range, for messages: "throws a RangeError", "is ignored". */
  readonly outcome: string;
  /**
   * The range does not hold when the object argument that carries the status also has one of these keys
   * (Cloudflare Workers accept `new Response(null, { status: 101, webSocket })` for a WebSocket upgrade).
   */
  readonly unlessKeys?: readonly string[];
}

/** Where a status argument sits in a call. */
export type StatusArgument =
  /** Positional argument. `numericOnly`: only when the argument is not a string (overloaded APIs). */
  | { readonly index: number; readonly numericOnly?: boolean }
  /** A key of an object argument, e.g. `new Response(body, { status })`. */
  | { readonly index: number; readonly key: readonly string[] };

/** Headers set by a call. */
export type HeaderArgument =
  /** `set(name, value)`; `objectForm` also accepts `set({ name: value })` at `nameIndex`. */
  | { readonly kind: 'pair'; readonly nameIndex: number; readonly objectForm?: boolean }
  /** An object (or `new Headers(...)`/array) argument whose keys are header names. */
  | { readonly kind: 'object'; readonly index: number | 'last'; readonly key?: readonly string[] }
  /** The call always sets these headers itself (`res.location()`, `res.redirect()`). */
  | { readonly kind: 'fixed'; readonly names: readonly string[] };

/** What a call means for the response it acts on. */
export interface ResponseEffect {
  readonly status?: StatusArgument;
  readonly role?: StatusRole;
  /** Range the API enforces (it throws or ignores values outside it). */
  readonly accepts?: StatusRange;
  /** Exact set of statuses the API accepts (`Response.redirect`). */
  readonly acceptsOnly?: { readonly codes: readonly number[]; readonly outcome: string };
  /** Status used when none is given (`res.redirect(url)` → 302). */
  readonly defaultStatus?: number;
  /** The reason-phrase argument (`res.writeHead(404, 'Not Found')`, `statusText`). */
  readonly phrase?: StatusArgument;
  readonly headers?: readonly HeaderArgument[];
  /** Content is sent: `true` always, or a positional argument that carries it when present and not null. */
  readonly body?: true | { readonly index: number };
  /** The call finishes the response. */
  readonly terminal?: boolean;
  /** The call returns the same response object, so calls chain (`res.status(404).json()`). */
  readonly chainable?: boolean;
  /** The call replaces any status set earlier on the response (Express `res.redirect`). */
  readonly overridesStatus?: boolean;
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
  /** Free-form facts that specific rules read (kept here so the knowledge stays in one module). */
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
}

/** A method called on a response object: `res.status(404)`. */
export interface MethodShape extends ResponseEffect {
  readonly method: string;
}

/** A property assigned on a response object: `res.statusCode = 404`. */
export interface PropertyShape extends ResponseEffect {
  readonly property: string;
  /** The assigned value is the status (`statusCode`), the phrase (`statusMessage`) or the body (`ctx.body`). */
  readonly value: 'status' | 'phrase' | 'body';
}

/** How a framework's response objects are recognised. */
export interface ReceiverShape {
  /** Conventional parameter names, trusted only when the file imports the framework. */
  readonly names: readonly string[];
  /** Property path after the root identifier (`ctx.response` → ['response']). */
  readonly path?: readonly string[];
  /** Type names exported by the framework modules (`Response`, `FastifyReply`): a parameter annotated with one counts whatever its name. */
  readonly typeNames?: readonly string[];
}

/** A function or class exported by a module (or a global), called with a status. */
export interface ExportShape extends ResponseEffect {
  /** Path from the module's exports (or the global object): ['default'], ['redirect'], ['Response', 'json']. */
  readonly path: readonly string[];
  /** Called with `new`. */
  readonly construct?: boolean;
  /** The call creates a response object of its own (`new Response()`, `Response.json()`). */
  readonly createsResponse?: boolean;
  /** A number passed where a ResponseInit object is expected: what happens. */
  readonly numericInit?: { readonly index: number; readonly outcome: string };
}

export interface FrameworkDefinition {
  readonly id: FrameworkId;
  readonly name: string;
  /** Import sources that identify the framework (value or type imports, `require`). */
  readonly modules: readonly string[];
  /** Name of the dependency in package.json that carries the major version. */
  readonly packageName?: string;
  readonly receivers?: readonly ReceiverShape[];
  /** Response methods and properties this framework's response object inherits (Express `res` is a Node ServerResponse). */
  readonly inherits?: FrameworkDefinition;
  readonly methods?: readonly MethodShape[];
  readonly properties?: readonly PropertyShape[];
  /** Exports of `modules` that take a status. */
  readonly exports?: readonly ExportShape[];
  /** Globals that take a status (`Response`), tracked whether or not the file imports anything. */
  readonly globals?: readonly ExportShape[];
}
