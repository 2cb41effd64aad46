/**
 * restify 11: `res.send(code, body, headers)` takes the status first only when it is a number, `res.status()` asserts a
 * number and returns it, `res.redirect(code, url, next)` sends any number; restify-errors' classes imply their codes and
 * `makeErrFromCode()` asserts a code of at least 400.
 */
import noIgnoredStatus from '../../src/rules/no-ignored-status.js';
import noStringStatus from '../../src/rules/no-string-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import validHttpError from '../../src/rules/valid-http-error.js';
import validRedirect from '../../src/rules/valid-redirect.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const server = `
const restify = require('restify');
const errors = require('restify-errors');

const server = restify.createServer({ name: 'users' });
server.use(restify.plugins.bodyParser());

server.get('/users/:id', async (req, res, next) => {
  const user = await db.users.find(req.params.id);
  if (!user) return next(new errors.NotFoundError('no such user'));
  res.send(200, user);
  return next();
});

server.post('/users', async (req, res, next) => {
  const user = await db.users.insert(req.body);
  res.header('Location', \`/users/\${user.id}\`);
  res.send(2010, user);
  return next();
});

server.listen(8080);
`;

ruleTester.run('no-unknown-status (restify)', noUnknownStatus, {
  valid: [
    server.replace('2010', '201'),
    // Without an import of restify, a package that does not depend on it, and no setting, \`res\` is nobody's.
    `
export function handler(req, res, next) {
  res.send(4040, { id: 1 });
  next();
}
`,
  ],
  invalid: [
    {
      code: server,
      errors: [typoError(server, '2010', { line: 18, column: 12, guesses: [201, 200] })],
    },
  ],
});

ruleTester.run('no-ignored-status (restify)', noIgnoredStatus, {
  valid: [
    server.replace('2010', '201'),
    // A body, then its headers.
    `
import restify from 'restify';
const server = restify.createServer();
server.get('/x', (req, res, next) => {
  res.send({ ok: true }, { 'Cache-Control': 'no-store' });
  next();
});
`,
  ],
  invalid: [
    {
      code: `
import restify from 'restify';
const server = restify.createServer();
server.del('/users/:id', (req, res, next) => {
  res.send({ error: 'cannot delete' }, 409);
  next();
});
`,
      errors: [
        {
          messageId: 'ignoredArgument',
          data: {
            api: 'res.send()',
            status: '409 Conflict',
            outcome: 'restify reads the second argument as headers and keeps the status it had (200 OK unless one was set)',
            expected: 'res.send(code, body)',
          },
          line: 5,
          column: 40,
        },
      ],
    },
  ],
});

ruleTester.run('valid-redirect (restify)', validRedirect, {
  valid: [
    `
import restify from 'restify';
const server = restify.createServer();
server.get('/old', (req, res, next) => res.redirect(301, '/new', next));
server.get('/older', (req, res, next) => res.redirect('/new', next));
server.get('/secure', (req, res, next) => res.redirect({ secure: true, permanent: true }, next));
`,
  ],
  invalid: [
    {
      code: `
import restify from 'restify';
const server = restify.createServer();
server.get('/old', (req, res, next) => res.redirect(200, '/new', next));
`,
      errors: [
        {
          messageId: 'notRedirect',
          data: { status: '200 OK', section: '§15.4', outcome: 'restify sends it as is, with a Location header' },
          line: 4,
          column: 53,
        },
      ],
    },
    {
      // Express's order in restify: the second argument must be \`next\`, and restify's assertion fails.
      code: `
import restify from 'restify';
const server = restify.createServer();
server.get('/old', (req, res, next) => res.redirect('/new', 301, next));
`,
      errors: [
        {
          messageId: 'swapped',
          data: {
            api: 'res.redirect()',
            expected: 'res.redirect(code, url, next)',
            outcome: 'restify throws an AssertionError ("requires a next param")',
          },
          line: 4,
          column: 61,
          endLine: 4,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'swapArguments',
              output: `
import restify from 'restify';
const server = restify.createServer();
server.get('/old', (req, res, next) => res.redirect(301, '/new', next));
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('require-status-headers (restify)', requireStatusHeaders, {
  valid: [
    `
import restify from 'restify';
const server = restify.createServer();
server.put('/users', (req, res, next) => {
  res.send(405, { error: 'use POST' }, { Allow: 'POST' });
  next();
});
server.get('/me', (req, res, next) => {
  res.header('WWW-Authenticate', 'Basic realm="api"');
  res.send(401);
  next();
});
`,
    // An error passed to \`next\` goes out on the same response, with the headers set on it.
    `
import restify from 'restify';
import { UnauthorizedError } from 'restify-errors';
const server = restify.createServer();
server.get('/me', (req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer');
  next(new UnauthorizedError('log in'));
});
`,
  ],
  invalid: [
    {
      code: `
import restify from 'restify';
import errors from 'restify-errors';
const server = restify.createServer();
server.put('/users', (req, res, next) => {
  res.status(405);
  res.send({ error: 'use POST' });
  next();
});
server.get('/me', (req, res, next) => next(new errors.UnauthorizedError('log in')));
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
          line: 6,
          column: 14,
        },
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 10,
          column: 48,
        },
      ],
    },
  ],
});

ruleTester.run('valid-http-error (restify-errors)', validHttpError, {
  valid: [
    `
const errors = require('restify-errors');
module.exports = (req, res, next) => next(errors.makeErrFromCode(429, 'slow down'));
module.exports.teapot = (req, res, next) => next(new errors.HttpError({ statusCode: 418 }, 'short and stout'));
`,
  ],
  invalid: [
    {
      // HttpError keeps any statusCode, and restify sends the error with it.
      code: `
const errors = require('restify-errors');
module.exports = (req, res, next) => next(new errors.HttpError({ statusCode: 200 }, 'saved'));
`,
      errors: [
        {
          messageId: 'notError',
          data: {
            status: '200 OK',
            api: 'new HttpError()',
            code: 200,
            outcome: 'a failure goes out with a status that does not say so',
          },
          line: 3,
          column: 78,
        },
      ],
    },
  ],
});

ruleTester.run('no-unknown-status (restify-errors range)', noUnknownStatus, {
  valid: [],
  invalid: [
    {
      code: `
const errors = require('restify-errors');
module.exports = (req, res, next) => next(errors.makeErrFromCode(302, 'moved'));
`,
      errors: [
        {
          messageId: 'outsideApiRange',
          data: {
            status: '302 Found',
            api: 'makeErrFromCode()',
            min: '400',
            max: '599',
            outcome: 'restify-errors throws an AssertionError below 400 and makes a 500 of a code it has no class for',
          },
          line: 3,
          column: 66,
        },
      ],
    },
  ],
});

ruleTester.run('no-string-status (restify)', noStringStatus, {
  valid: [],
  invalid: [
    {
      code: `
import restify from 'restify';
const server = restify.createServer();
server.get('/x', (req, res, next) => {
  res.status('404');
  next();
});
`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { value: '404', api: 'res.status()', outcome: ': restify throws an AssertionError ("code (number) is required")' },
          line: 5,
          column: 14,
          suggestions: [
            {
              messageId: 'useNumber',
              data: { number: '404' },
              output: `
import restify from 'restify';
const server = restify.createServer();
server.get('/x', (req, res, next) => {
  res.status(404);
  next();
});
`,
            },
          ],
        },
      ],
    },
  ],
});
