import { NODE_HTTP1_RANGE, nodeHttp, statusFirstRedirect } from './node-http.js';
import type { FrameworkDefinition } from './types.js';

const contentSenders = ['send', 'json', 'jsonp'] as const;

/** Express 5 checks `res.status()` itself (100–999, its own RangeError); Express 4 leaves it to Node [O 4.22.3, 5.3.0]. */
const EXPRESS_STATUS_RANGE = {
  ...NODE_HTTP1_RANGE,
  outcome: 'Express 5 throws a RangeError (Express 4: Node throws ERR_HTTP_INVALID_STATUS_CODE), and the response is a 500',
};

/**
 * Express 4 and 5 (`res` is a Node ServerResponse with Express methods on top).
 * Version differences live in `versions` so rules can tell which major they are looking at.
 */
export const express: FrameworkDefinition = {
  id: 'express',
  name: 'Express',
  modules: ['express', 'express-serve-static-core', 'router'],
  packageName: 'express',
  declaredReceivers: true,
  receivers: [{ names: ['res', 'response', 'resp'], typeNames: ['Response'] }],
  inherits: nodeHttp,
  methods: [
    {
      method: 'status',
      status: { index: 0 },
      chainable: true,
      accepts: EXPRESS_STATUS_RANGE,
      label: 'res.status()',
      facts: { stringStatusOutcome: 'Express 5 throws a TypeError (Express 4 prints a deprecation)' },
    },
    {
      method: 'sendStatus',
      status: { index: 0 },
      accepts: EXPRESS_STATUS_RANGE,
      terminal: true,
      label: 'res.sendStatus()',
      // sendStatus sends the reason phrase as text; Express strips it for 204/304, so it is never "content" for rules.
      // Express 4's sendStatus() sets statusCode itself, without res.status()'s deprecation [O 4.22.3].
      facts: { sendsPhraseAsBody: true, stringStatusOutcome: 'Express 5 throws a TypeError (Express 4 sends it: Node coerces it)' },
      sendsHead: true,
    },
    {
      // (status, url) in 4 and 5; (url) alone defaults to 302. Any number from 100 to 999 is sent as is:
      // res.redirect(200, '/x') answers 200 with a Location header (outside that range Node throws, and the answer is 500).
      ...statusFirstRedirect('Express sends it as is, with a Location header and a "Redirecting to" body'),
      misplacedStatus: [
        {
          // Express 4 accepts (url, status) with a deprecation; Express 5 rejects it.
          index: 1,
          swapWith: 0,
          versions: [5],
          kind: 'rejected',
          outcome: 'Express 5 throws TypeError "Invalid status code" and answers 500 with the number as Location',
          expected: 'res.redirect(status, url)',
        },
      ],
    },
    ...contentSenders.map((method) => ({
      method,
      body: { index: 0 },
      terminal: true,
      sendsHead: true,
      label: `res.${method}()`,
      // send() strips the body for 204/304 and sends Content-Length 0 for 205 (express lib/response.js).
      facts: { bodilessStatusOutcome: 'Express drops it' },
      // Express 4 reads res.send(404), res.json(201, body) and res.json(body, 201) as statuses (deprecated);
      // Express 5 sends 200: a number first becomes the body, a number second is ignored [O 5.3.0].
      misplacedStatus: [
        { index: 0, outcome: 'Express 5 sends 200 OK with the number as the body' },
        { index: 1, outcome: 'Express 5 ignores the number and sends 200 OK' },
      ].map(({ index, outcome }) => ({
        index,
        versions: [5],
        kind: 'ignored' as const,
        outcome,
        expected: `res.status(code).${method}(body)`,
      })),
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
    { property: 'statusCode', value: 'status', accepts: NODE_HTTP1_RANGE, label: 'res.statusCode', initial: 200 },
    { property: 'statusMessage', value: 'phrase', label: 'res.statusMessage' },
  ],
};
