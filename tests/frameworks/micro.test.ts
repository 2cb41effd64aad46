/**
 * micro 10: handlers get Node's `req` and `res`; `send(res, code, obj)` sets the status and ends the response with
 * `obj` (none when null), and `createError(code, message)` makes the error micro answers with that status.
 */
import noBodyWithStatus from '../../src/rules/no-body-with-status.js';
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import validHttpError from '../../src/rules/valid-http-error.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const service = `
const { send, createError, json } = require('micro');

module.exports = async (req, res) => {
  const body = await json(req);
  if (!body.name) throw createError(4000, 'name is required');
  const user = await users.insert(body);
  res.setHeader('Location', \`/users/\${user.id}\`);
  send(res, 2010, user);
};
`;

ruleTester.run('no-unknown-status (micro)', noUnknownStatus, {
  valid: [
    service.replace('4000', '400').replace('2010', '201'),
    // Without an import of micro, \`send\` is anyone's.
    `
const send = (to, count, message) => mailer.deliver(to, count, message);
module.exports = () => send('ops@example.com', 2010, 'report');
`,
  ],
  invalid: [
    {
      code: service,
      errors: [
        typoError(service, '4000', { line: 6, column: 37, guesses: [400] }),
        typoError(service, '2010', { line: 9, column: 13, guesses: [201, 200] }),
      ],
    },
  ],
});

ruleTester.run('require-status-headers (micro)', requireStatusHeaders, {
  valid: [
    `
import { send } from 'micro';
export default async (req, res) => {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return send(res, 405, { error: 'method not allowed' });
  }
  return send(res, 200, await list());
};
`,
  ],
  invalid: [
    {
      code: `
import { send } from 'micro';
export default async (req, res) => {
  if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
  return send(res, 200, await list());
};
`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 Method Not Allowed', strength: 'must', article: 'an', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
          line: 4,
          column: 46,
        },
      ],
    },
  ],
});

ruleTester.run('no-body-with-status (micro)', noBodyWithStatus, {
  valid: [
    `
const { send } = require('micro');
module.exports = async (req, res) => {
  await remove(req.url);
  send(res, 204, null);
};
`,
  ],
  invalid: [
    {
      code: `
const { send } = require('micro');
module.exports = async (req, res) => {
  await remove(req.url);
  send(res, 204, { deleted: true });
};
`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: {
            status: '204 No Content',
            reference: 'RFC 9110 §15.3.5',
            api: 'send()',
            outcome: ': Node discards it for 1xx/204/304 and sends it with 205',
          },
          line: 5,
          column: 18,
        },
      ],
    },
  ],
});

ruleTester.run('valid-http-error (micro)', validHttpError, {
  valid: [service.replace('4000', '400')],
  invalid: [
    {
      code: `
const { createError } = require('micro');
module.exports = async (req) => {
  if (!req.headers.authorization) throw createError(302, 'log in first');
};
`,
      errors: [
        {
          messageId: 'notError',
          data: { status: '302 Found', api: 'createError()', code: 302, outcome: 'a failure goes out with a status that does not say so' },
          line: 4,
          column: 53,
        },
      ],
    },
  ],
});
