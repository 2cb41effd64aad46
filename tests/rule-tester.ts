import { RuleTester } from '@typescript-eslint/rule-tester';

/** The shared tester: TypeScript parser, ESM, no type information (the plugin's default mode). */
export const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
});
