import { ESLintUtils } from '@typescript-eslint/utils';

export interface HttpStatusRuleDocs {
  /** Enabled in `recommended` (and therefore `strict` and `all`). */
  recommended?: boolean;
  /** Enabled in `strict` (and `all`) but not in `recommended`. */
  strict?: boolean;
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
