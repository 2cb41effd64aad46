// Opt-in naming style (prefer-status-constant is in `strict`, not `recommended`), on top of the example config:
//   npx eslint --config eslint.constants.config.js --fix .
// turns the status literals into http-status-codes constants (run it on a copy to keep the slips of the demo).
import base from './eslint.config.js';

export default [
  ...base,
  {
    settings: { 'http-status': { versions: { express: 5, koa: 3, fastify: 5 }, constants: 'http-status-codes' } },
    rules: { 'http-status/prefer-status-constant': 'error' },
  },
];
