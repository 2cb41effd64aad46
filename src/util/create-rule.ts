import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

import { analysisListeners } from '../analysis/index.js';

export interface HttpStatusRuleDocs {
  /** Enabled in `recommended` (and therefore `strict` and `all`). */
  recommended?: boolean;
  /** Enabled in `strict` (and `all`) but not in `recommended`. */
  strict?: boolean;
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

const baseCreateRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

/**
 * typescript-eslint's RuleCreator, plus the shared analysis' collecting listeners merged into the rule's own (they run
 * first, and only for the first rule created for a file), so the analysis reuses ESLint's traversal.
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  return {
    ...rule,
    create(context) {
      return mergeListeners(analysisListeners(context), rule.create(context));
    },
  };
};

type Listener = (node: never) => void;

function mergeListeners(first: TSESLint.RuleListener, second: TSESLint.RuleListener): TSESLint.RuleListener {
  const merged: Record<string, Listener | undefined> = { ...(second as Record<string, Listener | undefined>) };
  for (const [selector, listener] of Object.entries(first as Record<string, Listener | undefined>)) {
    const other = merged[selector];
    merged[selector] =
      listener && other
        ? (node: never) => {
            listener(node);
            other(node);
          }
        : (listener ?? other);
  }
  return merged;
}
