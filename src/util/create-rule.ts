import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

import { analysisListeners, fileNeedsRules, NO_LISTENERS } from '../analysis/index.js';

export interface HttpStatusRuleDocs {
  /** Enabled in `recommended` (and therefore `strict` and `all`). */
  recommended?: boolean;
  /** Enabled in `strict` (and `all`) but not in `recommended`. */
  strict?: boolean;
  /**
   * Options the `strict` (and `all`) config passes to a rule that `recommended` runs with its defaults,
   * e.g. `[{ strict: true }]` to turn on opt-in checks.
   */
  strictOptions?: readonly unknown[];
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

const baseCreateRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

/**
 * typescript-eslint's RuleCreator, plus the shared analysis' collecting listeners merged into the rule's own (they run
 * first, and only for the first rule created for a file), so the analysis reuses ESLint's traversal.
 * Files that cannot have a status site get no listeners at all (`fileNeedsRules`).
 * Options: ESLint (9.15+, flat config) already merges `meta.defaultOptions` into `context.options`, so RuleCreator's
 * per-file `structuredClone` of the defaults is skipped unless ESLint left options out.
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  type Options = Parameters<typeof spec.create>[1];
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  return {
    ...rule,
    create(context) {
      // Most files of a project have no status site: every rule skips them before any listener.
      if (!fileNeedsRules(context)) return NO_LISTENERS;
      const options =
        context.options.length >= defaults.length ? context.options : (ESLintUtils.applyDefault(defaults, context.options) as Options);
      return mergeListeners(analysisListeners(context), spec.create(context, options));
    },
  };
};

type Listener = (node: never) => void;

/** `first` is a fresh object (the collector's listeners), so the rule's listeners are merged into it in place. */
function mergeListeners(first: TSESLint.RuleListener, second: TSESLint.RuleListener): TSESLint.RuleListener {
  const merged = first as Record<string, Listener | undefined>;
  if (first === NO_LISTENERS) return second;
  const rule = second as Record<string, Listener | undefined>;
  for (const selector in rule) {
    const other = rule[selector];
    const listener = merged[selector];
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
