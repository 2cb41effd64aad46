import type { FrameworkDefinition } from './types.js';

/**
 * AWS Lambda behind API Gateway (proxy integration), a function URL or an ALB, and Netlify Functions (1.x handlers):
 * the object `handler` returns is the response (`{ statusCode: 404, headers, body }`). Recognised in files that import
 * the handler types (`import type { APIGatewayProxyHandler } from 'aws-lambda'`, `@netlify/functions`): elsewhere a
 * `handler` returning `{ statusCode }` may be anything.
 */
export const awsLambda: FrameworkDefinition = {
  id: 'aws-lambda',
  name: 'AWS Lambda',
  modules: ['aws-lambda', '@netlify/functions'],
  returns: [
    {
      functions: ['handler'],
      path: [],
      status: { index: 0, key: ['statusCode'] },
      headers: [
        { kind: 'object', index: 0, key: ['headers'] },
        { kind: 'object', index: 0, key: ['multiValueHeaders'] },
      ],
      label: 'the response a Lambda handler returns',
    },
  ],
};
