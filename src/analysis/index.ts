import type { TSESLint } from '@typescript-eslint/utils';

import type { FrameworkDefinition } from '../frameworks/types.js';
import { getSettings } from '../settings.js';
import {
  analyzeFile,
  autoImportsOf,
  CandidateCollector,
  configuredFrameworks,
  declaredFrameworksOf,
  mayHaveStatusSites,
  withConfiguredFrameworks,
} from './analyze.js';
import { dependencyMajor, findProjectManifest, type ProjectManifest } from './project.js';
import type { FileAnalysis } from './types.js';

export type * from './types.js';
export { isStatusRead } from './status-reads.js';
export { resolveStatusValue, resolveString, staticPropertyName, statusValueMembers, unwrapExpression } from './values.js';
export { projectUsesPackage } from './project.js';
export { getTypeInfo, type ResponseTypeMatch, type TypeInfo } from './type-info.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The file being linted, as the rules created for it share it: whether its gate let the rules in, the collector
 * registered by the first rule created for it and, once asked for, its analysis. ESLint lints one file at a time, so
 * one slot is enough (a weak map per file cost its entries' upkeep in every garbage collection); the state is strongly
 * held only until the next file. Each rule keeps the state it was created with, so that at `Program:exit` it reaches
 * the analysis without reading its rule context again (by then the context has left the CPU's caches).
 */
export interface LintedFile {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file can have a status site: the rules run (see `mayHaveStatusSites`). */
  readonly gateOpen: boolean;
  collector: CandidateCollector | undefined;
  analysis: FileAnalysis | undefined;
}
let current: LintedFile | undefined;

let analysisRuns = 0;

/**
 * The file a rule is being created for, or undefined when it cannot have a status site (no framework specifier, no
 * status or response text, no types), so that the rules skip it without listeners. The gate runs once per file.
 */
export function fileForRule(context: AnyContext): LintedFile | undefined {
  const sourceCode = context.sourceCode;
  let file = current;
  if (file?.sourceCode !== sourceCode) {
    const gateOpen = mayHaveStatusSites(sourceCode, () => {
      const filename = context.filename;
      return declaredFrameworksFor(context, findProjectManifest(filename), filename);
    });
    current = file = { sourceCode, gateOpen, collector: undefined, analysis: undefined };
  }
  return file.gateOpen ? file : undefined;
}

/**
 * The frameworks whose receivers count in a file of the package `manifest` describes without an import: those the
 * package depends on (`declaredFrameworksOf`) and those `settings['http-status'].frameworks` names.
 */
function declaredFrameworksFor(
  context: AnyContext,
  manifest: ProjectManifest | undefined,
  filename: string,
): ReadonlySet<FrameworkDefinition> | undefined {
  const declared = manifest && declaredFrameworksOf(manifest, filename);
  const configured = configuredFrameworks(getSettings(context).frameworks);
  // A file an exclusive auto-import applies to (a Cypress spec) takes no other framework, configured ones included.
  if (configured && declared && [...declared].some((framework) => framework.autoImports?.exclusive)) return declared;
  return configured ? withConfiguredFrameworks(declared, configured) : declared;
}

/**
 * Listeners that collect the analysis' candidate nodes during ESLint's own traversal, so the analysis needs no second
 * walk of the AST: for the first rule created for the file; undefined for the others.
 */
export function collectorListeners(file: LintedFile): TSESLint.RuleListener | undefined {
  if (file.collector) return undefined;
  file.collector = new CandidateCollector();
  return file.collector.listeners();
}

/** What `createRule` returns to every rule for a file whose gate is closed. */
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
  if (served) return served;
  const sourceCode = context.sourceCode;
  let file = current;
  // Asked for outside the rules' traversal (no collector registered): the analysis walks the file itself.
  if (file?.sourceCode !== sourceCode) current = file = { sourceCode, gateOpen: true, collector: undefined, analysis: undefined };
  return file.analysis ?? analyze(file, context);
}

/**
 * The analysis `getFileAnalysis` answers with while `createRule` runs the rules of its file at `Program:exit`, so that a
 * rule asking for it does not read its own context (by then out of the CPU's caches) to find the file.
 */
let served: FileAnalysis | undefined;

/** Runs `run` with `analysis` served to every rule that asks for the file's analysis (see `served`). */
export function serveAnalysis(analysis: FileAnalysis, run: () => void): void {
  served = analysis;
  try {
    run();
  } finally {
    served = undefined;
  }
}

/** The analysis of `file`, the file `context` belongs to: computed by the first rule that asks, then shared. */
export function analysisOf(file: LintedFile, context: AnyContext): FileAnalysis {
  return file.analysis ?? analyze(file, context);
}

function analyze(file: LintedFile, context: AnyContext): FileAnalysis {
  analysisRuns++;
  const versions = new Map<FrameworkDefinition, number | undefined>();
  // The settings and the file name are read from the context only for files with a framework whose shapes depend
  // on its version: each read of a rule context's property costs (every file's contexts are new objects).
  let settings: ReturnType<typeof getSettings> | undefined;
  // The file name and the nearest package.json, read once for the questions below (null: none).
  let filename: string | undefined;
  const filenameOfFile = (): string => (filename ??= context.filename);
  let manifest: ProjectManifest | null | undefined;
  const manifestOfFile = (): ProjectManifest | undefined => {
    if (manifest === undefined) manifest = findProjectManifest(filenameOfFile()) ?? null;
    return manifest ?? undefined;
  };
  // The file's source code as kept at the gate, not the context's: at `Program:exit` the context is out of the caches.
  const analysis = analyzeFile(file.sourceCode, {
    versionOf(framework) {
      if (versions.has(framework)) return versions.get(framework);
      settings ??= getSettings(context);
      const configured = settings.versions?.[framework.id];
      let version: number | undefined = typeof configured === 'number' ? configured : undefined;
      if (version === undefined && framework.packageName) {
        const found = manifestOfFile();
        version = found && dependencyMajor(found, framework.packageName);
      }
      versions.set(framework, version);
      return version;
    },
    declaredFrameworks() {
      return declaredFrameworksFor(context, manifestOfFile(), filenameOfFile());
    },
    autoImports() {
      const found = manifestOfFile();
      return found && autoImportsOf(found, filenameOfFile());
    },
    filename: filenameOfFile,
  }, file.collector);
  file.analysis = analysis;
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
export {
  callerMayHaveHeader,
  cannotFollow,
  headerSources,
  mayEscapeAround,
  relatedResponses,
  responseParameterFromCallers,
  responseParameterHandedOn,
  restatesHandledErrorStatus,
} from './related.js';
export { statusReplacement, type StatusReplacement } from './replacement.js';
