// The example project's ESLint config, written as a user of the plugin would write it.
import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  httpStatus.configs.recommended,
  {
    settings: { 'http-status': { versions: { express: 5, koa: 3, fastify: 5 } } },
  },
];
