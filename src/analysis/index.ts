import type { TSESLint } from '@typescript-eslint/utils';

import type { FrameworkDefinition } from '../frameworks/types.js';
import { getSettings } from '../settings.js';
import { analyzeFile, CandidateCollector, mayHaveStatusSites } from './analyze.js';
import { dependencyMajor, findProjectManifest } from './project.js';
import type { FileAnalysis } from './types.js';

export type * from './types.js';
export { isStatusRead } from './status-reads.js';
export { resolveStatusValue, resolveString, statusValueMembers, unwrapExpression } from './values.js';
export { getTypeInfo, type ResponseTypeMatch, type TypeInfo } from './type-info.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The file being linted: the collector registered by the first rule created for it and, once asked for, its analysis,
 * shared by every rule. ESLint lints one file at a time, so one slot is enough (a weak map per file cost its entries'
 * upkeep in every garbage collection); the state is strongly held only until the next file.
 */
interface FileState {
  readonly ast: object;
  readonly collector: CandidateCollector | undefined;
  analysis: FileAnalysis | undefined;
}
let current: FileState | undefined;

let analysisRuns = 0;

/**
 * Listeners that collect the analysis' candidate nodes during ESLint's own traversal, so the analysis needs no second
 * walk of the AST. Only the first rule created for a file gets them; `createRule` merges them into every rule.
 */
export function analysisListeners(context: AnyContext): TSESLint.RuleListener {
  const ast = context.sourceCode.ast;
  // The rules of one file are created one after the other: the other ten rules stop here.
  if (current?.ast === ast) return NO_LISTENERS;
  const collector = new CandidateCollector();
  current = { ast, collector, analysis: undefined };
  return collector.listeners();
}

/**
 * Whether any rule needs to run on the file: false when it cannot have a status site (no framework specifier, no
 * status or response text, no types), so the rules skip it without listeners. Asked once per file.
 */
export function fileNeedsRules(context: AnyContext): boolean {
  const ast = context.sourceCode.ast;
  if (ast !== gatedAst) {
    gatedAst = ast;
    gateOpen = mayHaveStatusSites(context.sourceCode);
  }
  return gateOpen;
}
let gatedAst: object | undefined;
let gateOpen = false;

/** What `analysisListeners` returns to every rule but the first of a file. */
export const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/** How many files have been analysed since the process started (tests prove the cache with it). */
export function getAnalysisRunCount(): number {
  return analysisRuns;
}

/**
 * The status sites, tracked responses and range checks of the file being linted.
 * Computed on first request and cached: ten rules cost one walk.
 */
export function getFileAnalysis(context: AnyContext): FileAnalysis {
  const sourceCode = context.sourceCode;
  const ast = sourceCode.ast;
  let state = current;
  if (state?.ast === ast) {
    if (state.analysis) return state.analysis;
  } else {
    // Asked for outside the rules' traversal (no collector registered): the analysis walks the file itself.
    state = current = { ast, collector: undefined, analysis: undefined };
  }
  analysisRuns++;
  const settings = getSettings(context);
  const filename = context.filename;
  const versions = new Map<FrameworkDefinition, number | undefined>();
  const analysis = analyzeFile(sourceCode, {
    versionOf(framework) {
      if (versions.has(framework)) return versions.get(framework);
      const configured = settings.versions?.[framework.id];
      let version: number | undefined = typeof configured === 'number' ? configured : undefined;
      if (version === undefined && framework.packageName) {
        const manifest = findProjectManifest(filename);
        version = manifest && dependencyMajor(manifest, framework.packageName);
      }
      versions.set(framework, version);
      return version;
    },
  }, state.collector);
  state.analysis = analysis;
  return analysis;
}

/** Whether the analysis found nothing a rule reads: no status site, tracked response, range check or misplaced status. */
export function isEmptyAnalysis(analysis: FileAnalysis): boolean {
  return (
    analysis.sites.length === 0 &&
    analysis.responses.length === 0 &&
    analysis.rangeChecks.length === 0 &&
    analysis.misplacedStatuses.length === 0
  );
}

export { alwaysRunsBefore, containsNode } from './flow.js';
export { relatedResponses } from './related.js';
