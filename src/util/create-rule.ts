import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { analysisOf, collectorListeners, fileForRule, isEmptyAnalysis, NO_LISTENERS } from '../analysis/index.js';

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

type ProgramListener = (program: TSESTree.Program) => void;

/**
 * typescript-eslint's RuleCreator, for rules that read the shared analysis (`getFileAnalysis`) at `Program:exit` and
 * listen to nothing else: the analysis does the traversal, with the collecting listeners it merges into the first rule
 * created for a file.
 * - Files that cannot have a status site (`fileForRule`) get no listeners at all.
 * - Otherwise every rule gets the same `Program:exit` listener, made here: when the analysis found nothing in the file
 *   (no site, response, range check or misplaced status: most files that pass the gate), no rule's own code runs; else
 *   the rule's `create` runs then and its `Program:exit` at once. Code that did not run for the whole file is out of the
 *   CPU's caches, and eleven rules' worth of it cost more than the check.
 * Options: ESLint (9.15+, flat config) already merges `meta.defaultOptions` into `context.options`, so RuleCreator's
 * per-file `structuredClone` of the defaults is skipped unless ESLint left options out.
 */
export const createRule: typeof baseCreateRule = (spec) => {
  const rule = baseCreateRule(spec);
  type Options = Parameters<typeof spec.create>[1];
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  let selectorsChecked = false;
  return {
    ...rule,
    create(context) {
      const file = fileForRule(context);
      if (!file) return NO_LISTENERS;
      const check: ProgramListener = (program) => {
        if (isEmptyAnalysis(analysisOf(file, context))) return;
        const options =
          context.options.length >= defaults.length ? context.options : (ESLintUtils.applyDefault(defaults, context.options) as Options);
        const listeners = spec.create(context, options) as Record<string, ProgramListener | undefined>;
        // A rule's listeners are an object literal: one look at its selectors is enough.
        if (!selectorsChecked) {
          for (const selector in listeners) {
            if (selector !== 'Program:exit') throw new Error(`${spec.name}: rules made with createRule listen to 'Program:exit' only, not '${selector}'.`);
          }
          selectorsChecked = true;
        }
        listeners['Program:exit']?.(program);
      };
      const collecting = collectorListeners(file);
      if (!collecting) return { 'Program:exit': check };
      // `collecting` is a fresh object: its own `Program:exit` (the traversal is complete) runs first.
      const listeners = collecting as Record<string, ProgramListener | undefined>;
      const completed = listeners['Program:exit'];
      listeners['Program:exit'] = completed
        ? (program) => {
            completed(program);
            check(program);
          }
        : check;
      return collecting;
    },
  };
};
