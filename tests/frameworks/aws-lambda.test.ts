/**
 * AWS Lambda proxy responses (API Gateway, function URLs, ALB) and Netlify Functions: the object `handler` returns is
 * the response, in files that import the handler types.
 */
import noUnknownStatus from '../../src/rules/no-unknown-status.js';
import requireStatusHeaders from '../../src/rules/require-status-headers.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const handler = `
import type { APIGatewayProxyHandler } from 'aws-lambda';

export const handler: APIGatewayProxyHandler = async (event) => {
  const id = event.pathParameters?.id;
  if (!id) return { statusCode: 4000, body: JSON.stringify({ error: 'id required' }) };
  if (id === 'legacy') return { statusCode: 301, body: '' };
  if (id === 'moved') return { statusCode: 308, headers: { Location: '/items/new' }, body: '' };
  if (!event.headers.authorization) return { statusCode: 401, body: 'log in first' };
  const item = await find(id);
  return item ? { statusCode: 200, body: JSON.stringify(item) } : { statusCode: 404, body: 'not found' };
};
`;

ruleTester.run('require-status-headers (AWS Lambda)', requireStatusHeaders, {
  valid: [
    `
import type { Handler } from '@netlify/functions';
export const handler: Handler = async () => ({
  statusCode: 401,
  headers: { 'WWW-Authenticate': 'Bearer realm="api"' },
  body: 'log in first',
});
`,
    // Without the types' import a \`handler\` returning \`{ statusCode }\` may be anything.
    `
export async function handler() {
  return { statusCode: 301, body: '' };
}
`,
  ],
  invalid: [
    {
      code: handler,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 Moved Permanently', strength: 'should', article: 'a', header: 'Location', reference: 'RFC 9110 §15.4.2' },
          line: 7,
          column: 45,
        },
        {
          messageId: 'missingHeader',
          data: { status: '401 Unauthorized', strength: 'must', article: 'a', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
          line: 9,
          column: 58,
        },
      ],
    },
  ],
});

ruleTester.run('no-unknown-status (AWS Lambda)', noUnknownStatus, {
  valid: [handler.replace('4000', '400')],
  invalid: [{ code: handler, errors: [typoError(handler, '4000', { line: 6, column: 33, guesses: [400] })] }],
});
