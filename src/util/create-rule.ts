import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  analysisOf,
  collectorListeners,
  fileForRule,
  isEmptyAnalysis,
  NO_LISTENERS,
  serveAnalysis,
  type FileAnalysis,
  type LintedFile,
} from '../analysis/index.js';

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
   * Whether the rule can report anything in a file with this analysis: a cheap superset, read from `analysis.found` and
   * the like (`analysis.rangeChecks.length > 0`). In files where it cannot, the rule is not created. Its context is not
   * read either, unless the predicate declares a second parameter: then it gets the rule's options (with defaults), for
   * a rule whose options decide what it can report (`require-status-headers`' configured requirements).
   * Without it, the rule runs in every file where the analysis found anything.
   */
  readonly appliesTo?: (analysis: FileAnalysis, options: Options) => boolean;
};

/** One rule created for the file being linted: what the first rule's `Program:exit` runs for it. */
interface CreatedRule {
  readonly context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  readonly runner: RuleRunner;
}

/** What a rule made with `createRule` does at `Program:exit`, shared by every file. */
interface RuleRunner {
  /** Creates the rule and runs its `Program:exit`, if its `appliesTo` holds for the analysis. */
  readonly runIfApplies: (context: CreatedRule['context'], analysis: FileAnalysis, program: TSESTree.Program) => void;
}

/** The rules created for `rulesFile`, in creation order (ESLint lints one file at a time: one slot is enough). */
let rulesFile: LintedFile | undefined;
let createdRules: CreatedRule[] = [];

/**
 * typescript-eslint's RuleCreator, for rules that read the shared analysis (`getFileAnalysis`) at `Program:exit` and
 * listen to nothing else: the analysis does the traversal, with the collecting listeners it merges into the first rule
 * created for a file.
 * - Files that cannot have a status site (`fileForRule`) get no listeners at all.
 * - Otherwise the first rule created for the file gets the collector's listeners and the one `Program:exit`; the
 *   others only note their context. That listener asks for the analysis and, when it found anything a rule reads
 *   (`appliesTo`; by default anything at all: most files that pass the gate have nothing), calls the rule's `create`
 *   with the rule's own context and its `Program:exit` at once, so reports carry that rule's id. Why: each listener
 *   ESLint calls costs its dispatch and timing, and code or a context that was not used for the whole file is out of
 *   the CPU's caches; ten more `Program:exit` listeners per file cost more than the checks that decide nothing runs.
 *   ESLint charges the time of every rule's check to the first rule's listener (`--stats`, `TIMING`).
 * Options: ESLint (9.15+, flat config) already merges `meta.defaultOptions` into `context.options`, so RuleCreator's
 * per-file `structuredClone` of the defaults is skipped unless ESLint left options out.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: HttpStatusRuleSpec<Options, MessageIds>,
): ReturnType<typeof baseCreateRule<Options, MessageIds>> {
  const rule = baseCreateRule(spec);
  const defaults = (spec.meta.defaultOptions ?? []) as unknown as Options;
  const appliesTo = (spec.appliesTo ?? isNotEmpty) as (analysis: FileAnalysis, options?: Options) => boolean;
  const readsOptions = appliesTo.length > 1;
  let selectorsChecked = false;
  const runner: RuleRunner = {
    runIfApplies(anyContext, analysis, program) {
      if (!readsOptions && !appliesTo(analysis)) return;
      const context = anyContext as Parameters<typeof spec.create>[0];
      const options =
        context.options.length >= defaults.length ? context.options : (ESLintUtils.applyDefault(defaults, context.options) as Options);
      if (readsOptions && !appliesTo(analysis, options)) return;
      const listeners = spec.create(context, options) as Record<string, ProgramListener | undefined>;
      // A rule's listeners are an object literal: one look at its selectors is enough.
      if (!selectorsChecked) {
        for (const selector in listeners) {
          if (selector !== 'Program:exit') throw new Error(`${spec.name}: rules made with createRule listen to 'Program:exit' only, not '${selector}'.`);
        }
        selectorsChecked = true;
      }
      listeners['Program:exit']?.(program);
    },
  };
  return {
    ...rule,
    create(context) {
      const file = fileForRule(context);
      if (!file) return NO_LISTENERS;
      if (rulesFile !== file) {
        rulesFile = file;
        createdRules = [];
      }
      createdRules.push({ context, runner });
      const collecting = collectorListeners(file);
      if (!collecting) return NO_LISTENERS;
      // `collecting` is a fresh object: its own `Program:exit` (the traversal is complete) runs first.
      const listeners = collecting as Record<string, ProgramListener | undefined>;
      const completed = listeners['Program:exit'];
      const rules = createdRules;
      listeners['Program:exit'] = (program) => {
        completed?.(program);
        runCreatedRules(file, rules, program);
      };
      return collecting;
    },
  };
}

/** Runs every rule created for `file` whose `appliesTo` holds; an error names the rule that threw it (or its `appliesTo`). */
function runCreatedRules(file: LintedFile, rules: readonly CreatedRule[], program: TSESTree.Program): void {
  const analysis = analysisOf(file, rules[0]!.context);
  if (isEmptyAnalysis(analysis)) return;
  serveAnalysis(analysis, () => {
    for (const { context, runner } of rules) {
      try {
        runner.runIfApplies(context, analysis, program);
      } catch (error) {
        throw attributed(error, context.id);
      }
    }
  });
}

/**
 * `error`, marked as thrown by rule `ruleId`. ESLint sets `ruleId` on an error thrown from a listener to the rule that
 * registered it (here the first rule created for the file), so the property keeps the rule that threw.
 */
function attributed(error: unknown, ruleId: string): unknown {
  if (error !== null && (typeof error === 'object' || typeof error === 'function') && Object.isExtensible(error)) {
    Object.defineProperty(error, 'ruleId', { configurable: true, enumerable: true, get: () => ruleId, set: () => undefined });
  }
  return error;
}

function isNotEmpty(analysis: FileAnalysis): boolean {
  return !isEmptyAnalysis(analysis);
}
