import type { FrameworkDefinition, MethodShape, StatusRange } from './types.js';

/** Node's HTTP/1 writeHead: `statusCode |= 0`, then 100..999 or RangeError ERR_HTTP_INVALID_STATUS_CODE. */
export const NODE_HTTP1_RANGE: StatusRange = { min: 100, max: 999, outcome: 'Node throws ERR_HTTP_INVALID_STATUS_CODE' };
/** http2 `stream.respond()` is deliberately stricter than HTTP/1. */
export const NODE_HTTP2_RANGE: StatusRange = { min: 200, max: 599, outcome: 'http2 throws ERR_HTTP2_STATUS_INVALID' };
/**
 * The http2 compatibility response's `statusCode` setter: 200–599 too, but a 1xx has an error of its own (observed on
 * Node 20; its `writeHead()` throws ERR_HTTP2_STATUS_INVALID for every code outside the range, 1xx included).
 */
const NODE_HTTP2_COMPAT_STATUS_CODE_RANGE: StatusRange = {
  min: 200,
  max: 599,
  outcome: 'http2 throws ERR_HTTP2_INFO_STATUS_NOT_ALLOWED for a 1xx code and ERR_HTTP2_STATUS_INVALID for any other',
};

/** The Node response receivers' conventional names. */
const NODE_RESPONSE_NAMES = ['res', 'response', 'resp', 'serverResponse'];

/**
 * `res.writeHead(status, [phrase], [headers])`, with the range of the response's Node API. (http2 drops the phrase with
 * a warning; one that contradicts its code is still a slip.)
 */
function writeHead(accepts: StatusRange): MethodShape {
  return {
    method: 'writeHead',
    status: { index: 0 },
    phrase: { index: 1 },
    headers: [{ kind: 'object', index: 'last' }],
    accepts,
    sendsHead: true,
    facts: { stringStatusOutcome: 'Node coerces it with `|= 0`' },
    chainable: true,
    label: 'res.writeHead()',
  };
}

/** The http2 core API, `stream.respond({ ':status': 404, location })`: the status and headers are one object. */
const HTTP2_RESPOND: MethodShape = {
  method: 'respond',
  status: { index: 0, key: [':status'] },
  headers: [{ kind: 'object', index: 0 }],
  accepts: NODE_HTTP2_RANGE,
  sendsHead: true,
  label: 'stream.respond()',
};

export const nodeHttp: FrameworkDefinition = {
  id: 'node-http',
  name: 'Node http',
  // http2's compatibility API has a response of its own (`nodeHttp2Compat`).
  modules: ['http', 'node:http', 'https', 'node:https'],
  dataExports: ['constants', 'STATUS_CODES'],
  dataModules: ['http2', 'node:http2'],
  serverFactories: ['createServer'],
  // A built-in module, no package to depend on: connect and polka declare it, as they hand middleware Node's own `res`
  // (Metro's and Vite's dev servers are connect apps); otherwise `settings['http-status'].frameworks` does.
  declaredReceivers: true,
  declaringPackages: ['connect', 'polka'],
  receivers: [
    { names: NODE_RESPONSE_NAMES, typeNames: ['ServerResponse'] },
    // Raw Node responses inside other frameworks: Koa `ctx.res`, Fastify `reply.raw`, h3 v1 `event.node.res`.
    { names: ['ctx', 'context'], path: ['res'] },
    { names: ['reply'], path: ['raw'] },
    { names: ['event'], path: ['node', 'res'] },
  ],
  methods: [
    writeHead(NODE_HTTP1_RANGE),
    { method: 'setHeader', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'res.setHeader()' },
    { method: 'appendHeader', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'res.appendHeader()' },
    { method: 'setHeaders', headers: [{ kind: 'object', index: 0 }], label: 'res.setHeaders()' },
    // write() and end() send the head first; a later setHeader() throws ERR_HTTP_HEADERS_SENT.
    {
      method: 'write',
      body: { index: 0 },
      sendsHead: true,
      label: 'res.write()',
      facts: { bodilessStatusOutcome: 'Node discards it for 1xx/204/304 and sends it with 205' },
    },
    {
      method: 'end',
      body: { index: 0 },
      terminal: true,
      sendsHead: true,
      label: 'res.end()',
      facts: { bodilessStatusOutcome: 'Node discards it for 1xx/204/304 and sends it with 205' },
    },
    HTTP2_RESPOND,
  ],
  properties: [
    { property: 'statusCode', value: 'status', accepts: NODE_HTTP1_RANGE, label: 'res.statusCode', initial: 200 },
    { property: 'statusMessage', value: 'phrase', label: 'res.statusMessage' },
  ],
};

/**
 * `res.redirect(status, url)` on a Node response, `res.redirect(url)` with 302 (Express, restify): it sets Location and
 * ends the response with the status it is given, any number, over any status set before it.
 */
export function statusFirstRedirect(nonRedirectOutcome: string): MethodShape {
  return {
    method: 'redirect',
    status: { index: 0, numericOnly: true },
    role: 'redirect',
    location: { index: 1 },
    defaultStatus: 302,
    headers: [{ kind: 'fixed', names: ['location'] }],
    overridesStatus: true,
    terminal: true,
    label: 'res.redirect()',
    facts: { nonRedirectOutcome },
  };
}

/**
 * http2's compatibility API, `http2.createServer((req, res) => …)`: `res` is an `Http2ServerResponse`, whose status takes
 * 200–599 only (a `res.statusCode = 103` that HTTP/1 sends as an interim response throws). The file imports `http2` and
 * not `http` or `https`, the handler is passed to http2's `createServer()` (`serverFactories`), or the response is typed
 * as one. Elsewhere in a file that imports both (a handler shared by both servers, an exported one), an untyped `res` is
 * taken for HTTP/1's (listed first in FRAMEWORKS), whose range is the wider.
 */
export const nodeHttp2Compat: FrameworkDefinition = {
  id: 'node-http',
  name: 'Node http2 compatibility API',
  modules: ['http2', 'node:http2'],
  serverFactories: ['createServer', 'createSecureServer'],
  receivers: [{ names: NODE_RESPONSE_NAMES, typeNames: ['Http2ServerResponse'] }],
  inherits: nodeHttp,
  methods: [writeHead(NODE_HTTP2_RANGE)],
  properties: [{ property: 'statusCode', value: 'status', accepts: NODE_HTTP2_COMPAT_STATUS_CODE_RANGE, label: 'res.statusCode', initial: 200 }],
};

/** http2 streams: `stream.respond({ ':status': 404 })`. */
export const nodeHttp2Stream: FrameworkDefinition = {
  id: 'node-http',
  name: 'Node http2',
  modules: ['http2', 'node:http2'],
  dataExports: ['constants'],
  receivers: [{ names: ['stream'], typeNames: ['ServerHttp2Stream'] }],
  methods: [
    HTTP2_RESPOND,
    {
      method: 'respondWithFile',
      status: { index: 1, key: [':status'] },
      headers: [{ kind: 'object', index: 1 }],
      accepts: NODE_HTTP2_RANGE,
      body: true,
      terminal: true,
      label: 'stream.respondWithFile()',
    },
    { method: 'end', body: { index: 0 }, terminal: true, label: 'stream.end()' },
    { method: 'write', body: { index: 0 }, label: 'stream.write()' },
  ],
};
