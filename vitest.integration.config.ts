// Integration tests: the real eslint binaries and the ESLint language server on consumer projects
// that install the packed plugin. Run with `npm run test:integration` (part of `npm test`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    exclude: ['tests/integration/fixtures/**', 'node_modules/**'],
    globalSetup: ['tests/integration/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
