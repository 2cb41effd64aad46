import { NODE_HTTP1_RANGE, nodeHttp } from './node-http.js';
import type { FrameworkDefinition } from './types.js';

const contentSenders = ['send', 'json', 'jsonp'] as const;

/**
 * Express 4 and 5 (`res` is a Node ServerResponse with Express methods on top).
 * Version differences live in `versions` so rules can tell which major they are looking at.
 */
export const express: FrameworkDefinition = {
  id: 'express',
  name: 'Express',
  modules: ['express', 'express-serve-static-core', 'router'],
  packageName: 'express',
  receivers: [{ names: ['res', 'response', 'resp'], typeNames: ['Response'] }],
  inherits: nodeHttp,
  methods: [
    {
      method: 'status',
      status: { index: 0 },
      chainable: true,
      accepts: NODE_HTTP1_RANGE,
      label: 'res.status()',
      facts: { stringStatusOutcome: 'Express 5 throws a TypeError (Express 4 prints a deprecation)' },
    },
    {
      method: 'sendStatus',
      status: { index: 0 },
      accepts: NODE_HTTP1_RANGE,
      terminal: true,
      label: 'res.sendStatus()',
      // sendStatus sends the reason phrase as text; Express strips it for 204/304, so it is never "content" for rules.
      facts: { sendsPhraseAsBody: true, stringStatusOutcome: 'Express 5 throws a TypeError (Express 4 prints a deprecation)' },
      sendsHead: true,
    },
    {
      method: 'redirect',
      // (status, url) in 4 and 5; (url) alone defaults to 302.
      status: { index: 0, numericOnly: true },
      role: 'redirect',
      location: { index: 1 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      overridesStatus: true,
      terminal: true,
      label: 'res.redirect()',
    },
    ...contentSenders.map((method) => ({
      method,
      body: { index: 0 },
      terminal: true,
      sendsHead: true,
      label: `res.${method}()`,
      // send() strips the body for 204/304 and sends Content-Length 0 for 205 (express lib/response.js).
      facts: { bodilessStatusOutcome: 'Express drops it' },
    })),
    { method: 'sendFile', body: true, terminal: true, label: 'res.sendFile()' },
    { method: 'download', body: true, terminal: true, label: 'res.download()' },
    { method: 'render', body: true, terminal: true, label: 'res.render()' },
    {
      method: 'end',
      body: { index: 0 },
      terminal: true,
      sendsHead: true,
      label: 'res.end()',
      facts: { bodilessStatusOutcome: 'Node discards it for 1xx/204/304 and sends it with 205' },
    },
    { method: 'set', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], chainable: true, label: 'res.set()' },
    { method: 'header', headers: [{ kind: 'pair', nameIndex: 0, objectForm: true }], chainable: true, label: 'res.header()' },
    { method: 'setHeader', headers: [{ kind: 'pair', nameIndex: 0 }], label: 'res.setHeader()' },
    { method: 'append', headers: [{ kind: 'pair', nameIndex: 0 }], chainable: true, label: 'res.append()' },
    { method: 'location', headers: [{ kind: 'fixed', names: ['location'] }], chainable: true, label: 'res.location()' },
    { method: 'links', headers: [{ kind: 'fixed', names: ['link'] }], chainable: true, label: 'res.links()' },
    { method: 'type', headers: [{ kind: 'fixed', names: ['content-type'] }], chainable: true, label: 'res.type()' },
    { method: 'vary', headers: [{ kind: 'fixed', names: ['vary'] }], chainable: true, label: 'res.vary()' },
    { method: 'cookie', headers: [{ kind: 'fixed', names: ['set-cookie'] }], chainable: true, label: 'res.cookie()' },
    { method: 'clearCookie', headers: [{ kind: 'fixed', names: ['set-cookie'] }], chainable: true, label: 'res.clearCookie()' },
    { method: 'attachment', headers: [{ kind: 'fixed', names: ['content-disposition'] }], chainable: true, label: 'res.attachment()' },
  ],
  properties: [
    { property: 'statusCode', value: 'status', accepts: NODE_HTTP1_RANGE, label: 'res.statusCode' },
    { property: 'statusMessage', value: 'phrase', label: 'res.statusMessage' },
  ],
};
