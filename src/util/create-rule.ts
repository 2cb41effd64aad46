import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { analysisOf, collectorListeners, fileForRule, isEmptyAnalysis, NO_LISTENERS, type FileAnalysis } from '../analysis/index.js';

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

/** What a rule made with `createRule` is: typescript-eslint's rule spec, plus what it needs from the analysis. */
export type HttpStatusRuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HttpStatusRuleDocs>
> & {
  /**
   * Whether the rule can report anything in a file with this analysis: a cheap superset, read from the analysis alone
   * (`analysis.rangeChecks.length > 0`). In files where it cannot, the rule is not created and its context not read.
   * Without it, the rule runs in every file where the analysis found anything.
   */
  readonly appliesTo?: (analysis: FileAnalysis) => boolean;
};

/**
 * typescript-eslint's RuleCreator, for rules that read the shared analysis (`getFileAnalysis`) at `Program:exit` and
 * listen to nothing else: the analysis does the traversal, with the collecting listeners it merges into the first rule
 * created for a file.
 * - Files that cannot have a status site (`fileForRule`) get no listeners at all.
 * - Otherwise every rule gets the same `Program:exit` listener, made here: when the analysis found nothing the rule
 *   reads (`appliesTo`; by default nothing at all: most files that pass the gate), no rule's own code runs; else the
 *   rule's `create` runs then and its `Program:exit` at once. Code that did not run for the whole file is out of the
 *   CPU's caches, and so is each rule's context: eleven rules' worth of both cost more than the check.
 * Options: ESLint (9.15+, flat config) already merges `meta.defaultOptions` into `context.options`, so RuleCreator's
 * per-file `structuredClone` of the defaults is skipped unless ESLint left options out.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: HttpStatusRuleSpec<Options, MessageIds>,
): ReturnType<typeof baseCreateRule<Options, MessageIds>> {
  const rule = baseCreateRule(spec);
  const defaults = (spec.meta.defaultOptions ?? []) as unknown as Options;
  const appliesTo = spec.appliesTo ?? isNotEmpty;
  let selectorsChecked = false;
  return {
    ...rule,
    create(context) {
      const file = fileForRule(context);
      if (!file) return NO_LISTENERS;
      const check: ProgramListener = (program) => {
        if (!appliesTo(analysisOf(file, context))) return;
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
}

function isNotEmpty(analysis: FileAnalysis): boolean {
  return !isEmptyAnalysis(analysis);
}
