/**
 * Node's http2 compatibility API: `http2.createServer((req, res) => …)` and `createSecureServer()` hand the handler an
 * `Http2ServerResponse`, whose status takes 200–599 only. Observed on Node 20.20: `res.statusCode = 103` throws
 * ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, `res.writeHead(103)` and any code outside the range throw ERR_HTTP2_STATUS_INVALID
 * (HTTP/1's `res` takes 100–999 and sends a 1xx as an interim response).
 */
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const earlyHints = `
import http2 from 'node:http2';
import { readFileSync } from 'node:fs';

const page = readFileSync(new URL('./index.html', import.meta.url));
const tls = { key: readFileSync('server.key'), cert: readFileSync('server.crt') };

http2
  .createSecureServer(tls, (req, res) => {
    if (req.url !== '/') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  })
  .listen(8443);
`;

const processing = `
const { createServer } = require('http2');

createServer(async (req, res) => {
  res.statusCode = 102;
  const report = await buildReport(req.url);
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(report));
}).listen(8080);
`;

const annotated = `
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
export function notFound(req: Http2ServerRequest, res: Http2ServerResponse): void {
  res.writeHead(4040).end();
}
`;

const bothServers = `
import http from 'node:http';
import { createSecureServer } from 'node:http2';

http
  .createServer((req, res) => {
    res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
    res.writeHead(301, { location: 'https://example.com' + req.url }).end();
  })
  .listen(80);
createSecureServer(tls, (req, res) => {
  res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
  res.writeHead(200).end(page);
}).listen(443);
`;

const declaredApart = `
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
function hints(req, res) {
  res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
  res.writeHead(200).end(page);
}
createServer((req, res) => res.writeHead(301, { location: 'https://example.com' + req.url }).end()).listen(80);
createSecureServer(tls, hints).listen(443);
`;

const annotatedInBoth = `
import { createServer } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
function hints(req: Http2ServerRequest, res: Http2ServerResponse): void {
  res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
  res.writeHead(200).end(page);
}
createServer((req, res) => res.writeHead(301, { location: 'https://example.com' + req.url }).end()).listen(80);
createSecureServer(tls, hints).listen(443);
`;

const compatRange = (status: string, api: string, outcome: string, line: number, column: number) => ({
  messageId: 'outsideApiRange' as const,
  data: { status, api, min: '200', max: '599', outcome },
  line,
  column,
});

ruleTester.run('no-unknown-status (Node http2 compatibility API)', noUnknownStatus, {
  valid: [
    earlyHints.replace("res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });", "res.writeEarlyHints({ link: '</app.css>; rel=preload; as=style' });"),
    processing.replace('res.statusCode = 102;\n', ''),
    // HTTP/1 sends a 1xx written with writeHead() as an interim response.
    earlyHints.replace("import http2 from 'node:http2';", "import https from 'node:https';").replace('http2\n  .createSecureServer', 'https\n  .createServer'),
    processing.replace("require('http2')", "require('http')"),
    // A file that imports both: HTTP/1's handler sends early hints.
    bothServers.replace("res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });\n  res.writeHead(200).end(page);", 'res.writeHead(200).end(page);'),
    // Known and left: one handler for both servers is taken for HTTP/1's, the first of the two (the wider range).
    `
import http from 'node:http';
import http2 from 'node:http2';
const app = (req, res) => {
  res.writeHead(103, { link: '</app.css>; rel=preload; as=style' });
  res.writeHead(200).end(page);
};
http.createServer(app).listen(80);
http2.createSecureServer({ ...tls, allowHTTP1: true }, app).listen(443);
`,
    // The http2 module read for its constants only: `res` here is no response of it.
    `
const { HTTP_STATUS_CONTINUE } = require('http2').constants;
export function ack(res) {
  res.statusCode = 100;
}
`,
  ],
  invalid: [
    {
      code: earlyHints,
      errors: [compatRange('103 Early Hints', 'res.writeHead()', 'http2 throws ERR_HTTP2_STATUS_INVALID', 15, 19)],
    },
    {
      code: processing,
      errors: [
        compatRange(
          '102 Processing',
          'res.statusCode',
          'http2 throws ERR_HTTP2_INFO_STATUS_NOT_ALLOWED for a 1xx code and ERR_HTTP2_STATUS_INVALID for any other',
          5,
          20,
        ),
      ],
    },
    {
      // A response annotated with the compatibility API's type, in a file that imports no server module.
      code: annotated,
      errors: [typoError(annotated, '4040', { line: 4, column: 17, guesses: [404, 400] })],
    },
    {
      // A file that imports both: each handler written as its server factory's argument is that server's, and HTTP/1's
      // sends early hints where http2's throws.
      code: bothServers,
      errors: [compatRange('103 Early Hints', 'res.writeHead()', 'http2 throws ERR_HTTP2_STATUS_INVALID', 12, 17)],
    },
    {
      // … and so is a handler declared apart and passed to the factory by name.
      code: declaredApart,
      errors: [compatRange('103 Early Hints', 'res.writeHead()', 'http2 throws ERR_HTTP2_STATUS_INVALID', 5, 17)],
    },
    {
      // … or one whose response is annotated with the compatibility API's type.
      code: annotatedInBoth,
      errors: [compatRange('103 Early Hints', 'res.writeHead()', 'http2 throws ERR_HTTP2_STATUS_INVALID', 5, 17)],
    },
  ],
});

ruleTester.run('require-status-headers (Node http2 compatibility API)', requireStatusHeaders, {
  valid: [
    `
import http2 from 'node:http2';
http2.createServer((req, res) => {
  res.setHeader('location', 'https://example.com' + req.url);
  res.writeHead(308).end();
}).listen(8080);
`,
  ],
  invalid: [
    {
      // The compatibility response takes its headers and methods from HTTP/1's.
      code: `
import http2 from 'node:http2';
http2.createServer((req, res) => {
  res.writeHead(308).end();
}).listen(8080);
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '308 Permanent Redirect', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.9' },
          line: 4,
          column: 17,
        },
      ],
    },
  ],
});
