import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isCodeInUse } from '../codes/index.js';
import { CONSTANT_LIBRARIES } from '../constants/libraries.js';
import { registerLintedFile, statusConstantNames } from '../constants/project-module.js';
import { FRAMEWORKS } from '../frameworks/index.js';
import { RESPONSE_NAME_PATTERN, SUPERTEST_MODULES } from '../frameworks/testing.js';
import type {
  BodyArgument,
  ExportShape,
  FrameworkDefinition,
  HeaderArgument,
  MethodShape,
  PropertyShape,
  ReceiverShape,
  ResponseEffect,
  ReturnShape,
  StatusArgument,
  StatusKeyShape,
  StatusRole,
} from '../frameworks/types.js';
import { findVariable, getPropertyName, getStaticValue } from './ast-utils.js';
import { RequestLinker } from './clients.js';
import { isFunction } from './flow.js';
import { ModuleUsageCollector, requiredSource, type ImportedBinding, type ModuleUsage } from './imports.js';
import type { ProjectManifest } from './project.js';
import { givenOnlyPlainObjects } from './related.js';
import { collectStatusComparisons, mayBeStatusAssertion, mayBeStatusRead } from './status-reads.js';
import { getTypeInfo, type TypeInfo } from './type-info.js';
import type {
  FileAnalysis,
  FoundKinds,
  MisplacedStatusSite,
  ResponseEvent,
  StatusRangeCheck,
  StatusSite,
  StatusValue,
  TrackedResponse,
} from './types.js';
import {
  isNullish,
  resolveStatusValue,
  resolveString,
  sendsNoContent,
  staticPropertyName,
  statusValueMembers,
  unwrapExpression,
} from './values.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

export interface AnalyzeOptions {
  readonly versionOf: (framework: FrameworkDefinition) => number | undefined;
  /**
   * The frameworks the file's package depends on whose receivers count without an import (`declaredReceivers`), asked
   * only when the file imports no framework with conventional receiver names.
   */
  readonly declaredFrameworks?: () => ReadonlySet<FrameworkDefinition> | undefined;
  /** The frameworks whose exports the file's package auto-imports (`autoImports`: Nuxt, Nitro), asked once. */
  readonly autoImports?: () => ReadonlySet<FrameworkDefinition> | undefined;
  /** The file's name, asked only to read a project module a status constant is imported from. */
  readonly filename?: () => string;
}

/**
 * What the analysis knows of a call's callee from the collector, worked out while ESLint's traversal has the node at
 * hand: a plain member's method name (`res.send(…)` → 'send'), or one of the kinds below. The passes that follow skip
 * most calls on this alone, without reading the call's nodes again (by then they have long left the CPU's caches, which
 * made those reads most of the analysis' time).
 */
type CalleeSummary = string | CalleeKind;

const enum CalleeKind {
  /** A `new` expression, or a call of anything but a member or an identifier (`f()()`): only a traced export can matter. */
  Other,
  /** A member whose name needs the scope (`res[name](…)`). */
  ComputedMember,
  /** A plain identifier (`status(404)`, destructured from a receiver). */
  Identifier,
}

/** Nodes the single walk keeps for the passes that follow. */
interface Candidates {
  readonly calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /** Per call (same index): its callee summary. */
  readonly callees: CalleeSummary[];
  /**
   * Puts `calls` and `callees` in source order (the traversal meets calls out of order only where a node's keys are not
   * in source order, which is rare) and returns each call's start offset. Reading a call's range is a memory access per
   * call, so only the passes that walk the calls in order ask (most files without a framework have none).
   */
  readonly callStartsInOrder: () => readonly number[];
  /** The calls the assertion pass may make a site of (`mayBeStatusAssertion`). */
  readonly assertingCalls: TSESTree.CallExpression[];
  /**
   * Assignments to a member (`res.statusCode = 404`) in source order, and per assignment (same index) the member's plain
   * name. Worked out when first asked: only files with a framework, a client or types need them.
   */
  readonly memberAssignments: () => MemberAssignments;
  /** Comparisons with an operand that may be a status read (`res.status === 404`). */
  readonly comparisons: TSESTree.BinaryExpression[];
  /** Switches whose discriminant may be a status read (`switch (res.status)`). */
  readonly switches: TSESTree.SwitchStatement[];
}

interface MemberAssignments {
  readonly assignments: readonly TSESTree.AssignmentExpression[];
  readonly names: readonly (string | undefined)[];
}

const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=']);

/**
 * Walks the file once and returns every status site and tracked response.
 * Callers go through `getFileAnalysis`, which caches the result per file.
 */
export function analyzeFile(
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: AnalyzeOptions,
  collected?: CandidateCollector,
): FileAnalysis {
  let collector = collected;
  if (!collector?.complete) {
    collector = new CandidateCollector();
    walk(sourceCode, collector);
  }
  const { modules } = collector;
  const types = getTypeInfo(sourceCode); // registers the file's type information (if any) for value resolution
  // Registers the file for value resolution too: constants imported from its project's files are read from their text.
  if (options.filename) registerLintedFile(sourceCode.ast, options.filename, modules);
  const selection = selectFrameworks(modules, options.declaredFrameworks);
  const frameworks = selection.frameworks;
  // Most files asked about auto-imports were already asked about declared frameworks, from the same package.json.
  const globals = tracedGlobals(selection.mayUseAutoImports ? options.autoImports?.() : undefined);
  // Fast path for most files: no framework imported, no types, no auto-imported helpers and no text that a status read
  // or a Fetch Response needs. Every site then needs one of those, so the file has none.
  if (
    frameworks.size === 0 &&
    !types &&
    !globals.autoImported &&
    !selection.moduleMap &&
    !SUPERTEST_MODULES.some((m) => modules.sources.has(m)) &&
    !hasStatusText(sourceCode)
  ) {
    return emptyAnalysis(modules, options);
  }
  const candidates = collector.finish();
  const globalsScope = scopeWithTracedGlobals(sourceCode, globals.names);
  // Without a framework, types or a traced global (`Response`), the only sites are comparisons, switches and assertions
  // on status reads: a file the collector kept none of (most files that merely spell `status`) has no site.
  if (
    frameworks.size === 0 &&
    !types &&
    !globalsScope &&
    !selection.moduleMap &&
    candidates.comparisons.length === 0 &&
    candidates.switches.length === 0 &&
    candidates.assertingCalls.length === 0
  ) {
    return emptyAnalysis(modules, options);
  }
  // Responses are only found through a framework, types or a traced global; without them the sites are the
  // comparisons, switches and assertions alone.
  const analyzer =
    frameworks.size > 0 || types || globalsScope || selection.moduleMap
      ? new Analyzer(sourceCode, modules, selection, options, globalsScope && { scope: globalsScope, map: globals.map })
      : undefined;
  analyzer?.run(candidates);
  const linker = new RequestLinker(sourceCode, modules, candidates.calls, () => candidates.memberAssignments().assignments);
  const { sites: comparisonSites, rangeChecks } = collectStatusComparisons(
    sourceCode,
    candidates.comparisons,
    candidates.switches,
    candidates.assertingCalls,
    modules,
    (node) => linker.requestOf(node) !== undefined,
  );
  const sites = (analyzer ? [...analyzer.sites, ...comparisonSites] : comparisonSites).sort((a, b) => a.node.range[0] - b.node.range[0]);
  const responses = analyzer?.responses ?? [];
  return {
    frameworks: selection.declared ? frameworksInUse(selection, sites) : frameworks,
    moduleSources: modules.sources,
    sites,
    responses,
    rangeChecks: analyzer ? analyzer.withInitialStatuses(rangeChecks) : rangeChecks,
    misplacedStatuses: analyzer?.misplaced ?? [],
    found: foundKinds(sites, responses, linker.usesClient),
    versionOf: options.versionOf,
    requestOf: (read) => linker.requestOf(read),
  };
}

/**
 * The selection's frameworks, less the declared ones (`FrameworkSelection.declared`) the file sets no status through: a
 * `(res) => res.json()` callback in client code of a package that also runs an Express server is no Express code.
 */
function frameworksInUse(selection: FrameworkSelection, sites: readonly StatusSite[]): ReadonlySet<FrameworkDefinition> {
  const declared = selection.declared!;
  const used = new Set<FrameworkDefinition>();
  for (const site of sites) if (site.framework && declared.has(site.framework)) used.add(site.framework);
  return new Set([...selection.frameworks].filter((framework) => !declared.has(framework) || used.has(framework)));
}

/**
 * The kinds of sites and events, taken while the sites and responses just made are still in the CPU's caches: the rules
 * run later, after other rules' code, and each one that read them only to find nothing it checks paid for it again.
 */
function foundKinds(sites: readonly StatusSite[], responses: readonly TrackedResponse[], usesClient: boolean): FoundKinds {
  const roles = new Set<StatusRole>();
  const numberRoles = new Set<StatusRole>();
  const valueKinds = new Set<StatusValue['kind']>();
  const sentCodes = new Set<number>();
  const eventTypes = new Set<ResponseEvent['type']>();
  let phrases = false;
  let statusOverrides = false;
  let irregularNumbers = false;
  let writtenNumbers = false;
  for (const site of sites) {
    const { role, value } = site;
    roles.add(role);
    valueKinds.add(value.kind);
    const sent = role === 'response' || role === 'redirect' || role === 'error';
    for (const member of statusValueMembers(value)) {
      valueKinds.add(member.kind);
      if (member.kind !== 'number') continue;
      numberRoles.add(role);
      if (sent) sentCodes.add(member.value);
      if (!writtenNumbers) writtenNumbers = !member.constant && !member.bigint && !member.fromType && !site.implicit;
    }
    if (site.phrase) phrases = true;
    if (!irregularNumbers && !site.implicit) irregularNumbers = hasIrregularNumber(site);
  }
  let redirectResponses = false;
  for (const response of responses) {
    let statuses = 0;
    for (const event of response.events) {
      eventTypes.add(event.type);
      if (event.type === 'status' && ++statuses > 1) statusOverrides = true;
      if (event.type !== 'call') continue;
      if (event.effect.overridesStatus) statusOverrides = true;
      if (event.effect.role !== 'redirect') continue;
      // hapi `h.redirect(url)` creates the response; Fastify `reply.redirect(url)` sends the status set before it.
      if ((event.node === response.anchor && event.effect.location) || event.effect.facts?.keepsEarlierStatus) redirectResponses = true;
    }
  }
  return {
    roles,
    numberRoles,
    valueKinds,
    sentCodes,
    writtenNumbers,
    usesClient,
    redirectResponses,
    eventTypes,
    phrases: phrases || eventTypes.has('phrase'),
    statusOverrides,
    irregularNumbers,
  };
}

/** Whether a number of the site is not a code in use or lies outside the range its API accepts (see `FoundKinds`). */
function hasIrregularNumber(site: StatusSite): boolean {
  const range = site.effect.accepts;
  for (const value of statusValueMembers(site.value)) {
    if (value.kind !== 'number') continue;
    const code = value.value;
    if (value.bigint || !isCodeInUse(code) || (range && (code < range.min || code > range.max))) return true;
  }
  return false;
}

const NOTHING_FOUND: FoundKinds = {
  roles: new Set(),
  numberRoles: new Set(),
  valueKinds: new Set(),
  sentCodes: new Set(),
  writtenNumbers: false,
  usesClient: false,
  redirectResponses: false,
  eventTypes: new Set(),
  phrases: false,
  statusOverrides: false,
  irregularNumbers: false,
};

/** Lookups derived from `FRAMEWORKS`, rebuilt if the list grows (tests register made-up frameworks). */
interface FrameworkIndex {
  readonly size: number;
  /** The frameworks each module specifier belongs to. */
  readonly byModule: ReadonlyMap<string, readonly FrameworkDefinition[]>;
  /** The frameworks whose exports each module re-exports (`autoImports.modules`: `#imports`). */
  readonly reexportedBy: ReadonlyMap<string, readonly FrameworkDefinition[]>;
  /** Selections already made, per set of imported (and declared) frameworks. */
  readonly selections: Map<string, FrameworkSelection>;
  /** The frameworks whose receivers have conventional names (`res`, `ctx`): a file importing one takes no declared ones. */
  readonly namedReceivers: ReadonlySet<FrameworkDefinition>;
  /** Per module specifier, the exports that are data (`FrameworkDefinition.dataExports`). */
  readonly dataExports: ReadonlyMap<string, ReadonlySet<string>>;
  /** The frameworks a file that takes only data from the module is the code of (see `FrameworkDefinition.dataModules`). */
  readonly byDataModule: ReadonlyMap<string, readonly FrameworkDefinition[]>;
  /**
   * The text test of the file gate, in one scan of the text: a status word (see `STATUS_WORDS`), or `require('m')` of a
   * framework or supertest (the only form `requiredSource` records; also `import x = require('m')`), or `require(`
   * followed by a comment, to be careful with. Global: a match inside a comment resumes the scan after the comment.
   */
  readonly statusWordOrKnownRequire: RegExp;
  /**
   * The gate's second test, for a file whose first match was a status word: what a status can be written with. A
   * digit that starts a literal (`404`, `'404'`, `0x194`: `literalDigit`, the common case, looked for on its own), or
   * (`statusValueText`) a constants library's specifier (`StatusCodes.NOT_FOUND`), a `require` of a framework after the
   * status word (`Boom.methodNotAllowed()` implies its status), the name of an API callable without an import whose
   * status is implied (see `namesWithImpliedStatus`), or a status constant's name (`UNAUTHORIZED`, `NotFound`: a project
   * module's, see `importedProjectConstant`). Imports are read from the statements.
   */
  readonly literalDigit: RegExp;
  readonly statusValueText: RegExp;
  /** The auto-imported wrappers whose default-exported call opens the gate (`autoImports.handlers`). */
  readonly autoImportHandlers: ReadonlySet<string>;
}

/**
 * The frameworks of a file, the trace map of the exports of those it imports, and what the passes ask of them, shared by
 * the files importing the same frameworks.
 */
interface FrameworkSelection {
  readonly frameworks: ReadonlySet<FrameworkDefinition>;
  readonly moduleMap: TraceMap | undefined;
  /**
   * `moduleMap` for `ReferenceTracker#iterateEsmReferences`, each module's entry already in the form its 'legacy' mode
   * builds for every import specifier (`import x from 'm'` is the whole module): marked `ESM` so that it is used as is.
   */
  readonly esmModuleMap: TraceMap | undefined;
  /** Method names the frameworks (and those they inherit from) define. */
  readonly methods: ReadonlySet<string>;
  /** Methods whose options the frameworks read status keys from (`get`, `post`, `route`…). */
  readonly statusKeyMethods: ReadonlySet<string>;
  /** Shapes of objects the frameworks read from exported functions' results (`getServerSideProps`). */
  readonly returnShapes: readonly { readonly shape: ReturnShape; readonly framework: FrameworkDefinition }[];
  /**
   * The frameworks taken from the package's dependencies rather than the file's imports (with those they include, but
   * not those the imports bring): they count as the file's frameworks only where one of their receivers is used.
   */
  readonly declared: ReadonlySet<FrameworkDefinition> | undefined;
  /**
   * Whether the file may use helpers its package auto-imports: it imports no framework, or one that is auto-imported
   * elsewhere (a Nuxt server file imports `type { H3Event } from 'h3'` and calls the auto-imported `setResponseStatus`).
   * A file that imports Express has no auto-imports to ask about.
   */
  readonly mayUseAutoImports: boolean;
  /** Whether any of them has destructured receivers (`({ set }) => …`), status keys, a receiver whose properties are headers. */
  readonly hasDestructured: boolean;
  readonly hasStatusKeys: boolean;
  readonly hasHeaderMaps: boolean;
  /** Whether two of them take request handlers from their `serverFactories` (Node http and http2 in one file). */
  readonly hasRivalServers: boolean;
}

function createSelection(
  frameworks: ReadonlySet<FrameworkDefinition>,
  moduleMap: TraceMap | undefined,
  declared?: ReadonlySet<FrameworkDefinition>,
  mayUseAutoImports = true,
): FrameworkSelection {
  const selected = [...frameworks];
  const methods = new Set<string>();
  for (const framework of selected) {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      for (const shape of current.methods ?? []) methods.add(shape.method);
    }
  }
  return {
    frameworks,
    moduleMap,
    declared,
    mayUseAutoImports,
    esmModuleMap: moduleMap && esmTraceMap(moduleMap),
    methods,
    returnShapes: selected.flatMap((framework) => (framework.returns ?? []).map((shape) => ({ shape, framework }))),
    statusKeyMethods: new Set(selected.flatMap((framework) => (framework.statusKeys ?? []).flatMap((shape) => shape.methods))),
    hasDestructured: selected.some((framework) => framework.receivers?.some((receiver) => receiver.destructured) ?? false),
    hasStatusKeys: selected.some((framework) => (framework.statusKeys?.length ?? 0) > 0),
    hasHeaderMaps: selected.some((framework) => framework.receivers?.some((receiver) => receiver.headerMap) ?? false),
    hasRivalServers: selected.filter((framework) => framework.serverFactories).length > 1,
  };
}

function esmTraceMap(moduleMap: TraceMap): TraceMap {
  const esm: TraceMap = {};
  for (const [source, entry] of Object.entries(moduleMap)) esm[source] = { default: entry, ...entry, [ReferenceTracker.ESM]: true };
  return esm;
}

const NO_SELECTION: FrameworkSelection = createSelection(new Set(), undefined);

const declaredByManifest = new WeakMap<ProjectManifest, { size: number; frameworks: ReadonlySet<FrameworkDefinition> }>();

/**
 * The frameworks whose receivers count in the package's files without an import: those with `declaredReceivers` that
 * the package.json depends on (`dependencies`, `peerDependencies`), and those whose exports it auto-imports (a Nuxt
 * server route's `event` is h3's, whichever helper it is handed to).
 */
export function declaredFrameworksOf(manifest: ProjectManifest, filename?: string): ReadonlySet<FrameworkDefinition> {
  const scoped = filename === undefined ? undefined : fileScopedAutoImports(manifest, filename);
  if (scoped) return scoped.declared;
  const cached = declaredByManifest.get(manifest);
  if (cached?.size === FRAMEWORKS.length) return cached.frameworks;
  const autoImported = autoImportsOf(manifest);
  const frameworks = new Set(
    FRAMEWORKS.filter(
      (framework) =>
        (framework.declaredReceivers &&
          [framework.packageName, ...(framework.declaringPackages ?? [])].some((name) => name !== undefined && manifest.runtimeDependencies.has(name))) ||
        autoImported.has(framework),
    ),
  );
  declaredByManifest.set(manifest, { size: FRAMEWORKS.length, frameworks });
  return frameworks;
}

const configuredBySetting = new WeakMap<object, { size: number; frameworks: ReadonlySet<FrameworkDefinition> }>();

/**
 * The frameworks `settings['http-status'].frameworks` names (`['express']`), whose receivers count in the files that
 * import no framework, as a dependency's do: for a middleware package that lists Express among its devDependencies
 * only. A value that names no such framework is a configuration error, and says so.
 */
export function configuredFrameworks(setting: unknown): ReadonlySet<FrameworkDefinition> | undefined {
  if (setting === undefined) return undefined;
  const known = FRAMEWORKS.filter((framework) => framework.declaredReceivers);
  const knownIds = () => [...new Set(known.map((framework) => framework.id))].sort().join(', ');
  if (!Array.isArray(setting)) {
    throw new TypeError(
      `eslint-plugin-http-status: settings['http-status'].frameworks must be an array of framework ids (${knownIds()}), not ${JSON.stringify(setting)}.`,
    );
  }
  const cached = configuredBySetting.get(setting);
  if (cached?.size === FRAMEWORKS.length) return cached.frameworks;
  const frameworks = new Set<FrameworkDefinition>();
  for (const id of setting as unknown[]) {
    const named = known.filter((framework) => framework.id === id);
    if (named.length === 0) {
      throw new TypeError(
        `eslint-plugin-http-status: settings['http-status'].frameworks: ${JSON.stringify(id)} is not one of ${knownIds()}.`,
      );
    }
    for (const framework of named) frameworks.add(framework);
  }
  configuredBySetting.set(setting, { size: FRAMEWORKS.length, frameworks });
  return frameworks;
}

const unionsByDeclared = new WeakMap<ReadonlySet<FrameworkDefinition>, WeakMap<ReadonlySet<FrameworkDefinition>, ReadonlySet<FrameworkDefinition>>>();
const NO_FRAMEWORKS: ReadonlySet<FrameworkDefinition> = new Set();

/** `declared` and `configured` together, in `FRAMEWORKS` order; the same set for the same two. */
export function withConfiguredFrameworks(
  declared: ReadonlySet<FrameworkDefinition> | undefined,
  configured: ReadonlySet<FrameworkDefinition>,
): ReadonlySet<FrameworkDefinition> {
  const base = declared ?? NO_FRAMEWORKS;
  let unions = unionsByDeclared.get(base);
  if (!unions) unionsByDeclared.set(base, (unions = new WeakMap()));
  let union = unions.get(configured);
  if (!union) {
    union = new Set(FRAMEWORKS.filter((framework) => base.has(framework) || configured.has(framework)));
    unions.set(configured, union);
  }
  return union;
}

const autoImportsByManifest = new WeakMap<ProjectManifest, { size: number; frameworks: ReadonlySet<FrameworkDefinition> }>();

/**
 * The frameworks whose exports the package.json's dependencies make globals of the package's files (`autoImports`:
 * Nuxt, Nitro; any dependency group).
 */
export function autoImportsOf(manifest: ProjectManifest, filename?: string): ReadonlySet<FrameworkDefinition> {
  const scoped = filename === undefined ? undefined : fileScopedAutoImports(manifest, filename);
  if (scoped) return scoped.autoImported;
  const cached = autoImportsByManifest.get(manifest);
  if (cached?.size === FRAMEWORKS.length) return cached.frameworks;
  const frameworks = new Set(
    FRAMEWORKS.filter((framework) => framework.autoImports?.packages.some((name) => manifest.dependencies.has(name))),
  );
  autoImportsByManifest.set(manifest, { size: FRAMEWORKS.length, frameworks });
  return frameworks;
}

/** What the package declares and auto-imports in one kind of file, where some auto-imports apply only to some files. */
interface FileScopedFrameworks {
  readonly declared: ReadonlySet<FrameworkDefinition>;
  readonly autoImported: ReadonlySet<FrameworkDefinition>;
}

/** Per manifest: its auto-imports limited to some files (`autoImports.files`), and the sets per combination matched. */
const fileScopedByManifest = new WeakMap<
  ProjectManifest,
  { readonly size: number; readonly scoped: readonly FrameworkDefinition[]; readonly variants: Map<string, FileScopedFrameworks> }
>();

/**
 * The declared and auto-imported frameworks of a file of the package, when the package auto-imports a framework into
 * some files only (Cypress): undefined for every other package, whose files all take the same (most packages: one
 * `WeakMap` look-up). The sets are shared by the files that match the same file patterns.
 */
function fileScopedAutoImports(manifest: ProjectManifest, filename: string): FileScopedFrameworks | undefined {
  let entry = fileScopedByManifest.get(manifest);
  if (entry?.size !== FRAMEWORKS.length) {
    const scoped = [...autoImportsOf(manifest)].filter((framework) => framework.autoImports!.files);
    entry = { size: FRAMEWORKS.length, scoped, variants: new Map() };
    fileScopedByManifest.set(manifest, entry);
  }
  if (entry.scoped.length === 0) return undefined;
  let key = '';
  for (const framework of entry.scoped) key += framework.autoImports!.files!.test(filename) ? '1' : '0';
  let variant = entry.variants.get(key);
  if (!variant) {
    const outside = new Set(entry.scoped.filter((_, index) => key[index] === '0'));
    const inside = entry.scoped.filter((_, index) => key[index] === '1');
    const exclusive = inside.filter((framework) => framework.autoImports!.exclusive);
    const autoImported = exclusive.length > 0 ? new Set(exclusive) : new Set([...autoImportsOf(manifest)].filter((framework) => !outside.has(framework)));
    const declared =
      exclusive.length > 0 ? new Set(exclusive) : new Set([...declaredFrameworksOf(manifest)].filter((framework) => !outside.has(framework)));
    variant = { declared, autoImported };
    entry.variants.set(key, variant);
  }
  return variant;
}

let frameworkIndex: FrameworkIndex | undefined;

function getFrameworkIndex(): FrameworkIndex {
  if (frameworkIndex?.size === FRAMEWORKS.length) return frameworkIndex;
  const byModule = new Map<string, FrameworkDefinition[]>();
  const reexportedBy = new Map<string, FrameworkDefinition[]>();
  const add = (map: Map<string, FrameworkDefinition[]>, specifier: string, framework: FrameworkDefinition) => {
    const list = map.get(specifier);
    if (list) list.push(framework);
    else map.set(specifier, [framework]);
  };
  const dataExports = new Map<string, Set<string>>();
  const byDataModule = new Map<string, FrameworkDefinition[]>();
  for (const framework of FRAMEWORKS) {
    for (const specifier of framework.modules) add(byModule, specifier, framework);
    if (framework.dataExports) {
      for (const specifier of [...framework.modules, ...(framework.dataModules ?? [])]) {
        add(byDataModule, specifier, framework);
        const names = dataExports.get(specifier) ?? new Set();
        for (const name of framework.dataExports) names.add(name);
        dataExports.set(specifier, names);
      }
    }
    for (const specifier of framework.autoImports?.modules ?? []) add(reexportedBy, specifier, framework);
  }
  const specifiers = [...byModule.keys(), ...reexportedBy.keys(), ...SUPERTEST_MODULES].map(escapeForPattern);
  const requiresKnownModule = `require\\s*\\(\\s*(?:['"](?:${specifiers.join('|')})['"]|/)`;
  // One alternation rather than two tests: the gate reads every file's text, and a second scan of the files without a
  // status word (most of them) cost as much as the first.
  const statusWordOrKnownRequire = new RegExp(`${STATUS_WORDS.source}|${requiresKnownModule}`, 'gu');
  const libraries = CONSTANT_LIBRARIES.flatMap((library) => library.modules);
  const implied = namesWithImpliedStatus();
  const anyOf = (names: Iterable<string>) => [...names].map(escapeForPattern).join('|');
  // Two expressions rather than one alternation: one that starts with the digit lets the engine skip to the digits
  // (three times faster over the corpus' gated files than the digit as one alternative among names).
  const literalDigit = /\d(?<![\w$]\d)/gu;
  const statusValueText = new RegExp(
    [
      requiresKnownModule,
      `['"](?:${anyOf(libraries)})['"]`,
      ...(implied.members.size > 0 ? [`(?:\\.\\s*|\\[\\s*['"])(?:${anyOf(implied.members)})\\b`] : []),
      ...(implied.words.size > 0 ? [`\\b(?:${anyOf(implied.words)})\\b`] : []),
      // A constant of the project's own module (`response.status(UNAUTHORIZED)`), whose value the analysis reads from
      // that module's text: named after a status in one of the styles constants libraries use (not camelCase: `ok`,
      // `created`, `found` are common words).
      `\\b(?:${anyOf(statusConstantNames(['SCREAMING_SNAKE', 'PascalCase']).keys())})\\b`,
    ].join('|'),
    'gu',
  );
  const namedReceivers = new Set(FRAMEWORKS.filter((framework) => framework.receivers?.some((receiver) => receiver.names.length > 0)));
  const autoImportHandlers = new Set(FRAMEWORKS.flatMap((framework) => framework.autoImports?.handlers ?? []));
  frameworkIndex = {
    size: FRAMEWORKS.length,
    byModule,
    reexportedBy,
    selections: new Map(),
    namedReceivers,
    dataExports,
    byDataModule,
    statusWordOrKnownRequire,
    literalDigit,
    statusValueText,
    autoImportHandlers,
  };
  return frameworkIndex;
}

/**
 * Frameworks the file imports, plus those they include, in `FRAMEWORKS` order (most specific first), and the trace map
 * of the imported ones' exports. Built once per set of imported frameworks. A file that imports no framework with
 * conventional receiver names takes those its package depends on (`declaredReceivers`), for their receivers only.
 */
function selectFrameworks(
  modules: ModuleUsage,
  declaredFrameworks: AnalyzeOptions['declaredFrameworks'],
): FrameworkSelection {
  const index = getFrameworkIndex();
  let imported: Set<FrameworkDefinition> | undefined;
  let reexported: Set<FrameworkDefinition> | undefined;
  let namedReceivers = false;
  // Modules the file takes only data from (`const { constants } = require('node:http2')`, which a fix may have added).
  let dataOnly: FrameworkDefinition[] | undefined;
  for (const source of modules.sources) {
    const reexporting = index.reexportedBy.size > 0 ? index.reexportedBy.get(source) : undefined;
    if (reexporting) for (const framework of reexporting) (reexported ??= new Set()).add(framework);
    const list = index.byModule.get(source);
    if (!list) continue;
    const data = index.dataExports.get(source);
    if (data && modules.usesOnly(source, data)) {
      (dataOnly ??= []).push(...index.byDataModule.get(source)!);
      continue;
    }
    for (const framework of list) {
      (imported ??= new Set()).add(framework);
      if (!namedReceivers) namedReceivers = index.namedReceivers.has(framework);
    }
  }
  const declared = namedReceivers ? undefined : declaredFrameworks?.();
  // Data alone makes a file its framework's code only when nothing else says what it is.
  if (dataOnly && !declared?.size) for (const framework of dataOnly) (imported ??= new Set()).add(framework);
  if (!imported && !reexported && !declared?.size) return NO_SELECTION;
  let key = '';
  for (let index = 0; index < FRAMEWORKS.length; index++) {
    const framework = FRAMEWORKS[index]!;
    if (imported?.has(framework)) key += `${index},`;
    else if (declared?.has(framework)) key += `d${index},`;
    if (reexported?.has(framework)) key += `r${index},`;
  }
  let selection = index.selections.get(key);
  if (!selection) {
    const withIncluded = (frameworks: readonly FrameworkDefinition[]) => [...frameworks, ...frameworks.flatMap((framework) => framework.includes ?? [])];
    const fromImports = new Set(withIncluded([...(imported ?? [])]));
    const fromDeclared = new Set(withIncluded([...(declared ?? [])]).filter((framework) => !fromImports.has(framework)));
    const wanted = new Set([...fromImports, ...fromDeclared]);
    let moduleMap: TraceMap | undefined;
    for (const framework of FRAMEWORKS) {
      if (!framework.exports?.length) continue;
      const sources = [
        ...(imported?.has(framework) ? framework.modules : []),
        ...(reexported?.has(framework) ? framework.autoImports!.modules : []),
      ];
      if (sources.length === 0) continue;
      moduleMap ??= {};
      for (const shape of framework.exports) for (const source of sources) addTrace(moduleMap, source, shape, framework);
    }
    selection = createSelection(
      new Set(FRAMEWORKS.filter((framework) => wanted.has(framework))),
      moduleMap,
      fromDeclared.size > 0 ? fromDeclared : undefined,
      imported === undefined || [...imported].some((framework) => framework.autoImports !== undefined),
    );
    index.selections.set(key, selection);
  }
  return selection;
}

/**
 * The names of the APIs a file can call without importing a framework whose status is implied rather than written
 * (`h.response().permanent()`, `c.notFound()`, `reply.unauthorized()`, `Response.redirect(url)`, `sendNoContent(event)`):
 * as `members`, the methods and properties of every framework's responses and the globals' methods; as `words` (plain
 * names), the exports of frameworks that are auto-imported, the methods of receivers that are destructured
 * (`({ redirect }) => redirect('/')`), and the keys of returned objects.
 */
function namesWithImpliedStatus(): { members: Set<string>; words: Set<string> } {
  const members = new Set<string>();
  const words = new Set<string>();
  const implied = (effect: ResponseEffect) => effect.fixedStatus !== undefined || effect.defaultStatus !== undefined;
  for (const framework of FRAMEWORKS) {
    const destructured = framework.receivers?.some((receiver) => receiver.destructured) ?? false;
    for (const method of framework.methods ?? []) {
      if (!implied(method)) continue;
      members.add(method.method);
      if (destructured) words.add(method.method);
    }
    for (const property of framework.properties ?? []) if (implied(property)) members.add(property.property);
    for (const shape of framework.globals ?? []) if (implied(shape)) (shape.path.length > 1 ? members : words).add(shape.path.at(-1)!);
    for (const shape of framework.autoImports ? (framework.exports ?? []) : []) if (implied(shape)) words.add(shape.path.at(-1)!);
    for (const shape of framework.returns ?? []) {
      if (!implied(shape)) continue;
      const key = shape.path.at(-1);
      if (key !== undefined) words.add(key);
      if (shape.statusFlag) words.add(shape.statusFlag.key);
    }
  }
  return { members, words };
}

/** Each framework's methods by name (Fastify's reply has some fifty: most lookups are for names it does not have). */
const methodsByName = new WeakMap<FrameworkDefinition, ReadonlyMap<string, readonly MethodShape[]>>();

/** The shapes of `framework`'s own methods called `name`, in declaration order (shapes for other versions included). */
function methodsNamed(framework: FrameworkDefinition, name: string): readonly MethodShape[] {
  let index = methodsByName.get(framework);
  if (!index) {
    const built = new Map<string, MethodShape[]>();
    for (const shape of framework.methods ?? []) {
      const list = built.get(shape.method);
      if (list) list.push(shape);
      else built.set(shape.method, [shape]);
    }
    methodsByName.set(framework, (index = built));
  }
  return index.get(name) ?? NO_METHODS;
}
const NO_METHODS: readonly MethodShape[] = [];

function isBodyList(body: BodyArgument | readonly BodyArgument[]): body is readonly BodyArgument[] {
  return Array.isArray(body);
}

/** `text` matched literally inside a regular expression. */
function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * Words without which no status read (`status`, `statusCode`, `httpStatus`, `responseStatus`, `{ status }`) or Fetch
 * `Response` can appear in a file (`_status`, `statusText`, `ResponseInit` alone make no site).
 */
const STATUS_WORDS = /\bstatus(?:Code)?\b|[hH]ttpStatus|[rR]esponseStatus|\bResponse\b/u;

/** Whether the file's text has a status word; the gate's scan, when it found one, answers without another. */
function hasStatusText(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return (sourceCode.ast === gateScan.ast && gateScan.metStatusWord) || STATUS_WORDS.test(sourceCode.text);
}

/**
 * What the gate's scan of the last gated file's text found (the analysis of a file follows its gate): where it stopped
 * (its first match, or the end of the text), and whether that match was a status word.
 */
const gateScan: { ast: object | undefined; end: number; metStatusWord: boolean } = { ast: undefined, end: 0, metStatusWord: false };

/**
 * Whether the program's statements open the gate: an import declaration of a framework or supertest, or a default export
 * of an auto-imported handler (`export default defineEventHandler(…)`: its helpers may spell no status word).
 */
function opensByStatements(program: TSESTree.Program, index: FrameworkIndex): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = statement.source.value;
      if (index.byModule.has(source) || index.reexportedBy.has(source) || SUPERTEST_MODULES.includes(source)) return true;
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const exported = statement.declaration;
      if (
        exported.type === AST_NODE_TYPES.CallExpression &&
        exported.callee.type === AST_NODE_TYPES.Identifier &&
        index.autoImportHandlers.has(exported.callee.name)
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether the file can have a status site a rule reports, decided before the traversal from its type information, text
 * (a status word with something a status is written with, see `statusValueText`, or a `require` of a framework or
 * supertest), top-level statements (see `opensByStatements`) and, for a file none of those opens, a number written to a
 * status call of its package's frameworks (`res.sendStatus(201)` in an Express controller that imports nothing). Not
 * seen: such a file whose status is only implied (`reply.notFound()`) or comes from a variable (`reply.code(NOT_FOUND)`).
 * Files that cannot (most files of a project) skip the rules entirely.
 */
export function mayHaveStatusSites(
  sourceCode: Readonly<TSESLint.SourceCode>,
  /** The frameworks whose receivers count in the file without an import; asked only when the text and statements do not decide. */
  declaredFrameworks?: () => ReadonlySet<FrameworkDefinition> | undefined,
): boolean {
  const index = getFrameworkIndex();
  if (getTypeInfo(sourceCode) !== undefined) return true;
  // The text first: reading a bundle's thousands of top-level statements costs more than scanning up to a status word.
  const text = sourceCode.text;
  const match = matchOutsideComments(index.statusWordOrKnownRequire, text, sourceCode.ast.comments);
  gateScan.ast = sourceCode.ast;
  gateScan.end = match?.index ?? text.length;
  gateScan.metStatusWord = match !== undefined && !match[0].startsWith('require');
  if (match !== undefined && !gateScan.metStatusWord) return true;
  // A status word without anything a status is written with gives no rule anything to report (`job.status === 'done'`,
  // `res.status(code)` with a parameter): 63 of the real-code corpus' 867 gated files.
  if (
    match !== undefined &&
    (matchOutsideComments(index.literalDigit, text, sourceCode.ast.comments) ||
      matchOutsideComments(index.statusValueText, text, sourceCode.ast.comments))
  ) {
    return true;
  }
  if (opensByStatements(sourceCode.ast, index)) return true;
  // A handler file of a package that depends on a framework may set a status with neither a status word nor an import:
  // an Express controller's `res.sendStatus(201)`, a Fastify autoload plugin's `reply.code(404)`, a Koa router's
  // `ctx.throw(404)`, a Nitro util's auto-imported `sendRedirect(event, '/', 301)`. The package's frameworks are looked
  // up only for a file that writes a number of three digits or more as an argument (or a branch of one; a constants
  // library's name, `http-status-codes`, spells a status word): reading the file name and the package.json for every
  // file the text turned away cost 16 ms per pass over the real-code corpus, this scan about 6.
  if (!declaredFrameworks) return false;
  NUMBER_ARGUMENT.lastIndex = 0;
  if (!NUMBER_ARGUMENT.test(text)) return false;
  const declared = declaredFrameworks();
  return declared !== undefined && declared.size > 0 && matchOutsideComments(statusCallsOf(declared), text, sourceCode.ast.comments) !== undefined;
}

/**
 * A number of three digits or more that is an argument, or a branch of one (`(404`, `, 201`, `? 200`, `: 404`,
 * `|| 500`). Digits first, so that the engine skips to them (the lookbehind is checked only where they are).
 */
const NUMBER_ARGUMENT = /[1-9]\d\d+(?<=[(,?:|]\s*[1-9]\d\d+)(?![\w$.])/gu;

const statusCallsByFrameworks = new WeakMap<ReadonlySet<FrameworkDefinition>, RegExp>();

/**
 * The calls through which `frameworks`' receivers (and the exports they auto-import) can set a status: a member call of a
 * method with a status argument, an implied status or a misplaced one (`.sendStatus(`, `.code(`, `.json(`), and a call of
 * an auto-imported export by name (`sendRedirect(`). Their own and inherited methods (Express' `res` is Node's).
 */
function statusCallsOf(frameworks: ReadonlySet<FrameworkDefinition>): RegExp {
  let pattern = statusCallsByFrameworks.get(frameworks);
  if (pattern) return pattern;
  const members = new Set<string>();
  const words = new Set<string>();
  const setsStatus = (effect: ResponseEffect) =>
    effect.status !== undefined || effect.fixedStatus !== undefined || effect.defaultStatus !== undefined || effect.misplacedStatus !== undefined;
  const seen = new Set<FrameworkDefinition>();
  const addFramework = (framework: FrameworkDefinition | undefined): void => {
    if (!framework || seen.has(framework)) return;
    seen.add(framework);
    for (const method of framework.methods ?? []) if (setsStatus(method)) members.add(method.method);
    for (const property of framework.properties ?? []) if (property.value === 'status' || setsStatus(property)) members.add(property.property);
    if (framework.autoImports) for (const shape of framework.exports ?? []) if (setsStatus(shape)) words.add(shape.path[0]!);
    addFramework(framework.inherits);
    for (const included of framework.includes ?? []) addFramework(included);
  };
  for (const framework of frameworks) addFramework(framework);
  const anyOf = (names: Iterable<string>) => [...names].map(escapeForPattern).join('|');
  const alternatives = [
    ...(members.size > 0 ? [`\\.\\s*(?:${anyOf(members)})\\s*[(=]`] : []),
    ...(words.size > 0 ? [`\\b(?:${anyOf(words)})\\s*\\(`] : []),
  ];
  pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : /(?!)/gu;
  statusCallsByFrameworks.set(frameworks, pattern);
  return pattern;
}

/**
 * The first match of the global `pattern` in `text` that is not inside one of `comments` (in source order), or
 * undefined: a status word in a licence header or a doc comment alone makes no site.
 */
function matchOutsideComments(pattern: RegExp, text: string, comments: readonly TSESTree.Comment[] | undefined): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  let low = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    // Comments before the match are passed for good: the matches come in source order.
    let high = comments?.length ?? 0;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (comments![middle]!.range[1] <= at) low = middle + 1;
      else high = middle;
    }
    const comment = comments?.[low];
    if (!comment || comment.range[0] > at) return match;
    pattern.lastIndex = comment.range[1];
  }
  return undefined;
}

function emptyAnalysis(modules: ModuleUsage, options: AnalyzeOptions): FileAnalysis {
  return {
    frameworks: new Set(),
    moduleSources: modules.sources,
    sites: [],
    responses: [],
    rangeChecks: [],
    misplacedStatuses: [],
    found: NOTHING_FOUND,
    versionOf: options.versionOf,
    requestOf: () => undefined,
  };
}

/**
 * Collects the candidate nodes. Fed by ESLint's own traversal when a rule registered `analysisListeners` (every rule
 * made with `createRule` does), otherwise by `walk`.
 */
export class CandidateCollector {
  readonly modules = new ModuleUsageCollector();
  readonly candidates: Candidates = {
    calls: [],
    callees: [],
    callStartsInOrder: () => (this.callStarts ??= this.orderCalls()),
    assertingCalls: [],
    memberAssignments: () => (this.memberAssignments ??= this.orderMemberAssignments()),
    comparisons: [],
    switches: [],
  };
  /** True once the traversal reached `Program:exit`, so the candidates are complete. */
  complete = false;

  /** One node of any type (the fallback walk); the listeners below call the per-type methods directly. */
  visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        this.modules.addImport(node);
        break;
      case AST_NODE_TYPES.TSImportEqualsDeclaration:
        this.modules.addImportEquals(node);
        break;
      case AST_NODE_TYPES.CallExpression:
        this.visitCall(node);
        break;
      case AST_NODE_TYPES.NewExpression:
        this.addCall(node, CalleeKind.Other);
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        this.visitAssignment(node);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        this.visitBinary(node);
        break;
      case AST_NODE_TYPES.SwitchStatement:
        this.visitSwitch(node);
        break;
      default:
        break;
    }
  }

  private callStarts: readonly number[] | undefined;
  /** Every assignment met, read only when `memberAssignments` is asked for. */
  private readonly assignmentNodes: TSESTree.AssignmentExpression[] = [];
  private memberAssignments: MemberAssignments | undefined;

  private visitCall(node: TSESTree.CallExpression): void {
    const written = node.callee;
    if (written.type === AST_NODE_TYPES.Identifier && written.name === 'require') {
      const source = requiredSource(node);
      if (source !== undefined) {
        this.modules.addRequire(node, source);
        return;
      }
    }
    // The callee and its name are worked out once, for the summary and for the assertion question (one call per
    // node of a large share of every file, so the common callees skip the helpers).
    const plain = written.type === AST_NODE_TYPES.MemberExpression || written.type === AST_NODE_TYPES.Identifier;
    const callee = plain ? written : unwrapExpression(written);
    let summary: CalleeSummary;
    let name: string | null;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      name = staticPropertyName(callee);
      summary = name ?? CalleeKind.ComputedMember;
    } else if (callee.type === AST_NODE_TYPES.Identifier) {
      name = callee.name;
      summary = CalleeKind.Identifier;
    } else {
      name = null;
      summary = CalleeKind.Other;
    }
    this.addCall(node, summary);
    if (name !== null && mayBeStatusAssertion(node, callee, name)) this.candidates.assertingCalls.push(node);
  }

  private addCall(node: TSESTree.CallExpression | TSESTree.NewExpression, callee: CalleeSummary): void {
    this.candidates.calls.push(node);
    this.candidates.callees.push(callee);
  }

  private orderCalls(): readonly number[] {
    const { calls, callees } = this.candidates;
    const starts = calls.map((call) => call.range[0]);
    for (let index = 1; index < starts.length; index++) {
      if (starts[index]! >= starts[index - 1]!) continue;
      const order = sourceOrder(calls);
      reorder(calls, order);
      reorder(callees, order);
      reorder(starts, order);
      break;
    }
    return starts;
  }

  private visitAssignment(node: TSESTree.AssignmentExpression): void {
    this.assignmentNodes.push(node);
  }

  private orderMemberAssignments(): MemberAssignments {
    const assignments = this.assignmentNodes.filter((node) => node.left.type === AST_NODE_TYPES.MemberExpression);
    for (let index = 1; index < assignments.length; index++) {
      if (assignments[index]!.range[0] >= assignments[index - 1]!.range[0]) continue;
      reorder(assignments, sourceOrder(assignments));
      break;
    }
    const names = assignments.map((node) => staticPropertyName(node.left as TSESTree.MemberExpression) ?? undefined);
    return { assignments, names };
  }

  private visitBinary(node: TSESTree.BinaryExpression): void {
    if (!COMPARISON_OPERATORS.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
    if (mayBeStatusRead(node.left) || mayBeStatusRead(node.right)) this.candidates.comparisons.push(node);
  }

  private visitSwitch(node: TSESTree.SwitchStatement): void {
    if (mayBeStatusRead(node.discriminant)) this.candidates.switches.push(node);
  }

  /**
   * Rule listeners that feed the collector from ESLint's traversal (no second walk of the AST): one per node type, so
   * ESLint's dispatch is the only dispatch.
   */
  listeners(): TSESLint.RuleListener {
    return {
      ImportDeclaration: (node) => this.modules.addImport(node),
      TSImportEqualsDeclaration: (node) => this.modules.addImportEquals(node),
      CallExpression: (node) => this.visitCall(node),
      NewExpression: (node) => this.addCall(node, CalleeKind.Other),
      AssignmentExpression: (node) => this.visitAssignment(node),
      BinaryExpression: (node) => this.visitBinary(node),
      SwitchStatement: (node) => this.visitSwitch(node),
      'Program:exit': () => {
        this.complete = true;
      },
    };
  }

  /** The candidates, once the traversal is over (calls and assignments are put in source order when asked). */
  finish(): Candidates {
    return this.candidates;
  }
}

/** The indexes of `nodes` in source order (a stable sort). */
function sourceOrder(nodes: readonly TSESTree.Node[]): number[] {
  return nodes.map((_, index) => index).sort((a, b) => nodes[a]!.range[0] - nodes[b]!.range[0] || a - b);
}

/** Puts `items` in the order of `order` (indexes into `items`), in place. */
function reorder<T>(items: T[], order: readonly number[]): void {
  const copy = [...items];
  for (let index = 0; index < order.length; index++) items[index] = copy[order[index]!]!;
}

/** Walks the AST itself when no collector ran with ESLint's traversal. */
function walk(sourceCode: Readonly<TSESLint.SourceCode>, collector: CandidateCollector): void {
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    collector.visit(node);
    if (node.type === AST_NODE_TYPES.ImportDeclaration) continue;
    const childKeys = keys[node.type];
    if (!childKeys) continue;
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item) stack.push(item);
        }
      } else if (child && typeof child === 'object' && 'type' in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** A receiver resolved to a tracked response. */
interface Receiver {
  readonly response: TrackedResponse;
  /** The receiver shape it matched (absent for chains and created responses). */
  readonly shape?: ReceiverShape;
  /** Its path from the root parameter (`['res']` for `event.res`); absent for created responses. */
  readonly path?: readonly string[];
}

type ExportInfo = { shape: ExportShape; framework: FrameworkDefinition };

class Analyzer {
  readonly sites: StatusSite[] = [];
  readonly responses: TrackedResponse[] = [];
  readonly misplaced: MisplacedStatusSite[] = [];
  private readonly responseByKey = new Map<unknown, TrackedResponse>();
  private readonly receiverCache = new Map<TSESTree.Node, Receiver | null>();
  private readonly variableOfResponse = new Map<TrackedResponse, Variable[]>();
  private readonly exportShapes = new Map<TSESTree.Node, ExportInfo[]>();
  /** References to a response that a known API consumes (`setResponseStatus(event, …)`): not escapes. */
  private readonly knownUses = new Set<TSESTree.Node>();
  private readonly typedReceiverCache = new Map<TSESTree.Node, Receiver | null>();
  /** Typed linting: the checker's verdict per receiver (variable + path), asked at most once. */
  private readonly typeVerdicts = new Map<string, ReturnType<TypeInfo['responseTypeOf']>>();
  /** The responses of `ExportShape.implicitResponse` calls, each anchored at its outermost function (or the program). */
  private implicitResponses: Set<TrackedResponse> | undefined;
  private readonly types: TypeInfo | undefined;

  private readonly frameworks: ReadonlySet<FrameworkDefinition>;
  private readonly moduleMap: FrameworkSelection['moduleMap'];
  private readonly esmModuleMap: FrameworkSelection['esmModuleMap'];
  private readonly hasDestructured: boolean;
  private readonly hasStatusKeys: boolean;
  private readonly hasHeaderMaps: boolean;
  private readonly hasReceivers: boolean;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly modules: ModuleUsage,
    private readonly selection: FrameworkSelection,
    private readonly options: AnalyzeOptions,
    /**
     * The global scope, with implicit globals, when the file uses a traced global (`scopeWithTracedGlobals`), and the
     * trace map of the globals (`Response`, and the exports the file's package auto-imports).
     */
    private readonly globals: { readonly scope: Scope; readonly map: TraceMap } | undefined,
  ) {
    this.frameworks = selection.frameworks;
    this.moduleMap = selection.moduleMap;
    this.esmModuleMap = selection.esmModuleMap;
    this.hasDestructured = selection.hasDestructured;
    this.hasStatusKeys = selection.hasStatusKeys;
    this.hasHeaderMaps = selection.hasHeaderMaps;
    this.types = getTypeInfo(sourceCode);
    // Without an imported framework, receivers can only be found through types.
    this.hasReceivers = this.frameworks.size > 0 || this.types !== undefined;
  }

  /** The candidates `run` reads, kept for the questions asked while it runs. */
  private candidates: Candidates | undefined;

  run(candidates: Candidates): void {
    this.candidates = candidates;
    if (this.types) this.statusRoots = collectStatusRoots(candidates);
    this.trackExports();
    const { calls, callees } = candidates;
    // Calls are told apart by their collected summaries; a call's node is read only when it may matter.
    if (!this.hasReceivers && !this.hasDestructured) {
      // Only traced exports and globals (`new Response()`) can act: visit them alone, in source order, rather than read
      // every call's position to find them (files without a framework).
      const traced = [...this.exportShapes.keys()].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
      for (const call of traced) this.visitCall(call as TSESTree.CallExpression | TSESTree.NewExpression);
    }
    const tracedStarts = this.exportShapes.size > 0 ? new Set([...this.exportShapes.keys()].map((node) => node.range[0])) : undefined;
    if (this.hasReceivers || this.hasDestructured) {
      const callStarts = candidates.callStartsInOrder();
      for (let index = 0; index < calls.length; index++) {
        if (this.mayAffectResponse(callees[index]!) || tracedStarts?.has(callStarts[index]!)) this.visitCall(calls[index]!);
      }
    }
    if (this.hasStatusKeys) {
      const keyMethods = this.selection.statusKeyMethods;
      candidates.callStartsInOrder();
      for (let index = 0; index < calls.length; index++) {
        const callee = callees[index]!;
        if (typeof callee === 'string' ? keyMethods.has(callee) : callee === CalleeKind.ComputedMember) this.visitStatusKeys(calls[index]!);
      }
    }
    if (this.hasReceivers) {
      const { assignments, names } = candidates.memberAssignments();
      for (let index = 0; index < assignments.length; index++) {
        // A property no framework's response has is no effect, unless the receiver's properties are headers.
        const name = names[index];
        if (name === undefined || this.hasHeaderMaps || isResponseMember(name)) this.visitAssignment(assignments[index]!);
      }
    }
    this.visitReturnShapes();
    this.addUntrackedHeaderWrites(candidates);
    this.findEscapes();
    this.findImplicitEscapes(candidates);
    // Same start: an inner call of a chain (`r.code(503)` in `r.code(503).header(…)`) ends first and happens first.
    for (const response of this.responses) {
      response.events.sort((a, b) => a.node.range[0] - b.node.range[0] || a.node.range[1] - b.node.range[1]);
    }
  }

  /**
   * Error sites that no tracked response stands for (`throw new UnauthorizedException()`) take the headers set in the
   * same function through a header method of the file's frameworks, on any object: a Nest guard's
   * `context.switchToHttp().getResponse().setHeader('WWW-Authenticate', …)` is on the response the error becomes, though
   * the analysis does not follow that object.
   */
  private addUntrackedHeaderWrites(candidates: Candidates): void {
    let methods: ReadonlySet<string> | undefined;
    for (const [index, site] of this.sites.entries()) {
      if (site.role !== 'error' || site.response) continue;
      let fn: TSESTree.Node | undefined = site.owner.parent;
      while (fn && !isFunction(fn)) fn = fn.parent;
      if (!fn) continue;
      methods ??= headerPairMethods(this.frameworks);
      if (methods.size === 0) return;
      const starts = candidates.callStartsInOrder();
      const { calls, callees } = candidates;
      const names: string[] = [];
      let unknown = false;
      for (let call = firstAtOrAfter(starts, fn.range[0]); call < calls.length && starts[call]! < fn.range[1]; call++) {
        const callee = callees[call];
        if (typeof callee !== 'string' || !methods.has(callee)) continue;
        const node = calls[call]!;
        const first = node.arguments[0];
        if (!first) continue;
        const name = first.type === AST_NODE_TYPES.SpreadElement ? undefined : resolveString(first, this.scopeOf(node));
        if (name === undefined) unknown = true;
        else names.push(name.toLowerCase());
      }
      if (names.length > 0 || unknown) this.sites[index] = { ...site, headers: mergeHeaders(site.headers, { names, unknown }) };
    }
  }

  // ---- imported functions and globals (createError, new Response, Response.redirect…) ----

  private trackExports(): void {
    const moduleMap = this.moduleMap;
    const hasModules = moduleMap !== undefined;
    const globals = this.globals;
    // Nothing to track: no framework module imported and none of the globals (`Response`) used.
    if (!hasModules && !globals) return;
    // 'legacy' mode: `import x from 'm'` is the whole module (CommonJS interop) and named imports
    // (`import { setResponseStatus } from 'h3'`) are traced too; 'strict' would only see the default.
    const scope = globals?.scope ?? this.sourceCode.scopeManager!.globalScope!;
    const tracker = new ReferenceTracker(scope as unknown as ConstructorParameters<typeof ReferenceTracker>[0], { mode: 'legacy' });
    const found = [
      ...(hasModules ? tracker.iterateEsmReferences(this.esmModuleMap!) : []),
      ...(hasModules ? this.requiredReferences(tracker, moduleMap) : []),
      ...(globals ? tracker.iterateGlobalReferences(globals.map) : []),
    ];
    for (const reference of found) {
      // eslint-utils types its nodes as ESTree's; they are this file's TSESTree nodes.
      const node = reference.node as TSESTree.Node;
      const list = this.exportShapes.get(node) ?? [];
      for (const info of (reference.info as TraceInfo).shapes) {
        if (!list.some((entry) => entry.shape === info.shape)) list.push(info);
      }
      this.exportShapes.set(node, list);
    }
  }

  /**
   * The CommonJS side of the export tracing (what `ReferenceTracker#iterateCjsReferences` finds), from the `require`
   * calls the collector recorded rather than from every unresolved reference of the file: `require('m')` of a traced
   * module, where `require` is not a variable of the file.
   */
  private *requiredReferences(tracker: ReferenceTracker, moduleMap: TraceMap): Generator<{ node: unknown; info: unknown }> {
    for (const { call, source } of this.modules.requireCalls) {
      const traced = Object.hasOwn(moduleMap, source) ? moduleMap[source] : undefined;
      if (!traced) continue;
      const require = findVariable(this.scopeOf(call), 'require');
      if (require && require.defs.length > 0) continue;
      yield* tracker.iteratePropertyReferences(call as unknown as Parameters<ReferenceTracker['iteratePropertyReferences']>[0], traced);
    }
  }

  // ---- calls ----

  /** Whether a call with this callee can act on a response (traced exports aside), as far as `visitCall` goes. */
  private mayAffectResponse(callee: CalleeSummary): boolean {
    switch (callee) {
      case CalleeKind.Other:
        return false;
      case CalleeKind.Identifier:
        return this.hasDestructured;
      case CalleeKind.ComputedMember:
        return this.hasReceivers;
      default:
        // Without types, a receiver's framework is one of the file's: a method none of them defines has no effect.
        return this.hasReceivers && (this.types !== undefined || this.selection.methods.has(callee));
    }
  }

  private visitCall(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    // Size first: a Map lookup gives every node it is asked about an identity hash, which costs on every call.
    const exported = this.exportShapes.size > 0 ? this.exportShapes.get(call) : undefined;
    if (exported) {
      for (const { shape, framework } of this.selectExportShapes(call, exported)) {
        this.applyExportShape(call, shape, framework);
      }
      return;
    }
    if (call.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (this.hasDestructured) this.visitDestructuredCall(call, callee);
      return;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    if (!this.hasReceivers) return;
    const method = propertyName(callee, () => this.scopeOf(call));
    if (method === null) return;
    // Without types, a receiver's framework is one of the file's: a method none of them defines has no effect.
    if (!this.types && !this.selection.methods.has(method)) return;
    const receiver = this.resolveReceiver(callee.object, isResponseMember(method) && this.mayAskTypes(callee.object));
    if (!receiver) return;
    const shape = this.findMethod(receiver.response.framework, method, receiver.path);
    if (!shape) return;
    const response = shape.createsResponse ? this.createdResponse(call, receiver.response.framework) : receiver.response;
    this.applyEffect(response, call, call.arguments, shape, method);
    this.addMisplaced(call, shape, receiver.response.framework, response);
    if (shape.createsResponse || shape.chainable) this.registerConstHolder(call);
  }

  /** `const response = h.response(x).code(201)`: the const holds the response, so passing it on is an escape. */
  private registerConstHolder(call: TSESTree.CallExpression): void {
    let holder: TSESTree.Node = call;
    while (holder.parent?.type === AST_NODE_TYPES.AwaitExpression || holder.parent?.type === AST_NODE_TYPES.TSAsExpression) {
      holder = holder.parent;
    }
    const declarator = holder.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== holder) return;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return;
    const variable = findVariable(this.scopeOf(declarator), declarator.id);
    if (variable) this.constReceiver(variable);
  }

  /**
   * The shapes that apply to one call of an export. Shapes limited to `versions` describe one export in
   * several majors: when the version is unknown, the first of them listed wins, so a call gets one site.
   */
  private selectExportShapes(call: TSESTree.CallExpression | TSESTree.NewExpression, exported: readonly ExportInfo[]): ExportInfo[] {
    const selected: ExportInfo[] = [];
    const versioned = new Set<string>();
    for (const info of exported) {
      const { shape, framework } = info;
      if (Boolean(shape.construct) !== (call.type === AST_NODE_TYPES.NewExpression)) continue;
      if (!this.appliesToVersion(shape, framework)) continue;
      if (shape.versions) {
        const key = `${framework.id}:${shape.path.join('.')}`;
        if (versioned.has(key)) continue;
        versioned.add(key);
      }
      selected.push(info);
    }
    return selected;
  }

  /** `({ status }) => status(404)`: a function destructured from a receiver parameter is one of its methods. */
  private visitDestructuredCall(call: TSESTree.CallExpression, callee: TSESTree.Identifier): void {
    const variable = findVariable(this.scopeOf(callee), callee);
    const destructured = variable && destructuredParameter(variable);
    if (!destructured) return;
    for (const framework of this.frameworks) {
      for (const receiver of framework.receivers ?? []) {
        if (!receiver.destructured || (receiver.path ?? []).length > 0) continue;
        const shape = this.findMethod(framework, destructured.key, []);
        if (!shape) continue;
        const owner = shape.createsResponse
          ? this.createdResponse(call, framework)
          : this.responseFor(patternKey(destructured.pattern, framework, receiver.sharesResponseWith ?? []), framework, destructured.pattern);
        this.applyEffect(owner, call, call.arguments, shape, destructured.key);
        return;
      }
    }
  }

  /** A response created by a factory call (`h.response()`), keyed by the call. */
  private createdResponse(call: TSESTree.Node, framework: FrameworkDefinition): TrackedResponse {
    return this.responseFor(call, framework, call);
  }

  // ---- statuses as object keys (route response schemas) ----

  private visitStatusKeys(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
    if (call.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(callee);
    if (method === null || !this.selection.statusKeyMethods.has(method)) return;
    // Keys are read from object literal arguments only; most route calls have none (`app.get('/', handler)`), and the
    // scope costs a walk up the tree.
    if (!call.arguments.some(isObjectArgument)) return;
    const scope = this.scopeOf(call);
    for (const framework of this.frameworks) {
      for (const shape of framework.statusKeys ?? []) {
        if (!shape.methods.includes(method) || !this.appliesToVersion(shape, framework)) continue;
        for (const argument of call.arguments) {
          const keyed = objectAtPath(argument, shape.path, scope);
          if (keyed) this.addKeySites(keyed, call, shape, framework, scope);
        }
      }
    }
  }

  private addKeySites(
    object: TSESTree.ObjectExpression,
    owner: TSESTree.Node,
    shape: StatusKeyShape,
    framework: FrameworkDefinition,
    scope: Scope,
  ): void {
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      this.sites.push({
        node: property.key,
        value: statusKeyValue(property, scope),
        role: shape.role ?? 'schema',
        framework,
        effect: shape,
        owner,
        response: undefined,
      });
    }
  }

  private applyExportShape(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    shape: ExportShape,
    framework: FrameworkDefinition,
  ): void {
    if (shape.argumentCount !== undefined && call.arguments.length !== shape.argumentCount) return;
    let response: TrackedResponse | undefined;
    if (shape.createsResponse) response = this.responseFor(call, framework, call);
    else if (shape.decorator) response = this.decoratedResponse(call, framework);
    else if (shape.implicitResponse) response = this.implicitResponseOf(call, framework);
    if (shape.responseArgument !== undefined) response = this.responseArgument(call, shape.responseArgument) ?? response;
    if (shape.createsResponse && response && isStoredOrPassed(call)) {
      // `const res = new Response(…); res.headers.set(…)`: later changes are not tracked, so assume any.
      response.escaped = true;
      response.events.push({ type: 'escape', node: call });
    }
    if (response) {
      this.applyEffect(response, call, call.arguments, shape, shape.label ?? shape.path.join('.'));
    } else {
      this.addSites(undefined, call, call.arguments, shape, framework);
    }
    if (shape.numericInit) this.addNumericInitSite(call, shape, shape.numericInit, framework, response);
    if (shape.decoratedReturns) this.visitDecoratedReturns(call, shape.decoratedReturns, framework);
    this.addMisplaced(call, shape, framework, response);
  }

  /**
   * `@HttpCode(204)`: every decorator of one class member acts on one response, keyed by the member.
   * Outside a decorator position the call has no response of its own.
   */
  private decoratedResponse(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    framework: FrameworkDefinition,
  ): TrackedResponse | undefined {
    const decorator = call.parent;
    if (decorator?.type !== AST_NODE_TYPES.Decorator || decorator.expression !== call) return undefined;
    const member = decorator.parent;
    return this.responseFor(member, framework, member);
  }

  /**
   * TanStack Start's `setResponseStatus(401)`: the response of the request being handled, one per outermost function
   * (a server function's handler, with the callbacks inside it: `.then(() => setResponseStatus(404))` acts on the
   * handler's response), or per program for calls outside any function.
   */
  private implicitResponseOf(call: TSESTree.CallExpression | TSESTree.NewExpression, framework: FrameworkDefinition): TrackedResponse {
    let anchor: TSESTree.Node = call;
    let outermost: TSESTree.Node | undefined;
    for (; anchor.parent; anchor = anchor.parent) if (isFunction(anchor)) outermost = anchor;
    if (outermost) anchor = outermost;
    const response = this.responseFor(anchor, framework, anchor);
    (this.implicitResponses ??= new Set()).add(response);
    return response;
  }

  /**
   * Any call in the function of an implicit response, other than the framework's own and those inside their arguments
   * (`setResponseHeaders(new Headers(…))`), may set that response's headers or status: an escape where it runs.
   */
  private findImplicitEscapes(candidates: Candidates): void {
    const implicit = this.implicitResponses;
    if (!implicit) return;
    const starts = candidates.callStartsInOrder();
    const { calls } = candidates;
    for (const response of implicit) {
      const [start, end] = response.anchor.range;
      let knownUntil = -1;
      for (let index = firstAtOrAfter(starts, start); index < calls.length && starts[index]! < end; index++) {
        const call = calls[index]!;
        if (starts[index]! < knownUntil) continue;
        if (this.exportShapes.has(call)) {
          knownUntil = call.range[1];
          continue;
        }
        response.escaped = true;
        response.events.push({ type: 'escape', node: call });
      }
    }
  }

  /**
   * A number where an init object is expected (`json(data, 201)` in SvelteKit, `new Response(x, 201)`): recorded as a
   * site whose effect says the status is not used (`unusedStatus`), so unknown codes are still reported and other
   * rules can explain what the API really does. No status event is added to the response.
   */
  private addNumericInitSite(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    shape: ExportShape,
    numericInit: NonNullable<ExportShape['numericInit']>,
    framework: FrameworkDefinition,
    response: TrackedResponse | undefined,
  ): void {
    const scope = this.scopeOf(call);
    const node = argumentAt(call.arguments, { index: numericInit.index }, scope);
    if (!node) return;
    const value = resolveStatusValue(node, scope);
    if (value.kind !== 'number') return;
    if (this.sites.some((site) => site.node === node)) return;
    this.sites.push({ node, value, role: shape.role ?? 'response', framework, effect: numericInitEffect(shape, numericInit), owner: call, response });
  }

  // ---- objects returned from exported functions (Next.js getServerSideProps → { redirect: { statusCode } }) ----

  private visitReturnShapes(): void {
    const wanted = this.selection.returnShapes;
    if (wanted.length === 0) return;
    for (const [name, fn] of exportedFunctions(this.sourceCode)) {
      for (const { shape, framework } of wanted) {
        if (!shape.functions.includes(name) || !this.appliesToVersion(shape, framework)) continue;
        for (const returned of returnedExpressions(fn, this.sourceCode)) this.applyReturnShape(returned, shape, framework);
      }
    }
  }

  /** `@Redirect()` on a method: the objects the method returns override its arguments (`ExportShape.decoratedReturns`). */
  private visitDecoratedReturns(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    shape: NonNullable<ExportShape['decoratedReturns']>,
    framework: FrameworkDefinition,
  ): void {
    const decorator = call.parent;
    if (decorator?.type !== AST_NODE_TYPES.Decorator || decorator.expression !== call) return;
    const method = decorator.parent;
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.value.type !== AST_NODE_TYPES.FunctionExpression) return;
    for (const returned of returnedExpressions(method.value, this.sourceCode)) this.applyReturnShape(returned, shape, framework);
  }

  private applyReturnShape(returned: TSESTree.Node, shape: Omit<ReturnShape, 'functions'>, framework: FrameworkDefinition): void {
    const scope = this.scopeOf(returned);
    let object: TSESTree.Node | undefined = unwrapExpression(returned);
    if (object.type === AST_NODE_TYPES.ConditionalExpression) {
      this.applyReturnShape(object.consequent, shape, framework);
      this.applyReturnShape(object.alternate, shape, framework);
      return;
    }
    for (const key of shape.path) {
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      object = findProperty(object, [key], scope);
      if (!object) return;
      object = unwrapExpression(object);
    }
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
    if (this.addSites(undefined, object, [object], shape, framework) || !shape.statusFlag) return;
    const flag = findProperty(object, [shape.statusFlag.key], scope);
    if (!flag) return;
    const folded = getStaticValue(unwrapExpression(flag), scope);
    const value: StatusValue =
      typeof folded?.value === 'boolean'
        ? { kind: 'number', value: folded.value ? shape.statusFlag.whenTrue : shape.statusFlag.whenFalse }
        : { kind: 'unknown' };
    this.sites.push({ node: flag, value, role: shape.role ?? 'response', framework, effect: shape, owner: object, response: undefined });
  }

  /** Numbers where the API reads no status: declared `misplacedStatus` forms, and a number for a ResponseInit object. */
  private addMisplaced(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    effect: ResponseEffect & { readonly numericInit?: ExportShape['numericInit'] },
    framework: FrameworkDefinition,
    response: TrackedResponse | undefined,
  ): void {
    const forms = [...(effect.misplacedStatus ?? [])];
    if (effect.numericInit) {
      forms.push({ index: effect.numericInit.index, kind: 'rejected', outcome: effect.numericInit.outcome, initObject: true });
    }
    // `facts.ignoresStatusArgument: 1` (Koa ctx.redirect, Next Pages res.redirect): a number there is dropped.
    const ignored = effect.facts?.ignoresStatusArgument;
    if (typeof ignored === 'number' && !forms.some((form) => form.index === ignored)) {
      const sent = effect.defaultStatus === undefined ? 'its default status' : String(effect.defaultStatus);
      forms.push({ index: ignored, kind: 'ignored', outcome: `${effect.label ?? 'the call'} takes no status there and sends ${sent}` });
    }
    if (forms.length === 0) return;
    const scope = this.scopeOf(call);
    const args = call.arguments;
    for (const misplaced of forms) {
      if (misplaced.versions) {
        const version = this.options.versionOf(framework);
        if (version === undefined || !misplaced.versions.includes(version)) continue;
      }
      const node = argumentAt(args, { index: misplaced.index }, scope);
      if (!node) continue;
      const value = resolveStatusValue(node, scope);
      if (value.kind !== 'number') continue;
      let swapNode: TSESTree.Node | undefined;
      if (misplaced.swapWith !== undefined) {
        swapNode = argumentAt(args, { index: misplaced.swapWith }, scope);
        // `(url, 301)` is swapped only when the other argument is the location or message, not another number.
        if (!swapNode || looksNumeric(resolveStatusValue(swapNode, scope))) continue;
      }
      this.misplaced.push({ node, value, misplaced, swapNode, framework, effect, owner: call, response });
    }
  }

  private applyEffect(
    response: TrackedResponse,
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    args: readonly TSESTree.CallExpressionArgument[],
    effect: ResponseEffect,
    method: string,
  ): void {
    const events = response.events;
    if (call.type === AST_NODE_TYPES.CallExpression) events.push({ type: 'call', node: call, effect, method });
    // Read once: the site records the headers its own call sets, the response gets them as events.
    const headerEvents = this.headerEvents(call, args, effect);
    const site = this.addSites(response, call, args, effect, response.framework, headerEvents);
    if (site) events.push({ type: 'status', node: call, site });
    if (effect.phrase) {
      const phrase = argumentAt(args, effect.phrase, this.scopeOf(call));
      if (phrase && !(isStringish(phrase) === false)) events.push({ type: 'phrase', node: call, value: phrase });
    }
    for (const event of headerEvents) events.push(event);
    if (effect.body === true) events.push({ type: 'body', node: call, effect });
    else if (effect.body) {
      for (const form of isBodyList(effect.body) ? effect.body : [effect.body]) {
        const body = form.key ? argumentAt(args, { index: form.index, key: form.key }, this.scopeOf(call)) : args[form.index];
        if (body && body.type !== AST_NODE_TYPES.SpreadElement && !sendsNoContent(body, form.nonNull)) {
          events.push({ type: 'body', node: body, effect });
          break;
        }
      }
    }
  }

  /** `setResponseStatus(event, 201)`: the response passed at `index`, when it is one. */
  private responseArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TrackedResponse | undefined {
    for (let i = 0; i <= index; i++) if (call.arguments[i]?.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const argument = call.arguments[index];
    if (!argument) return undefined;
    const receiver = this.resolveReceiver(argument);
    if (!receiver) return undefined;
    this.knownUses.add(unwrapExpression(argument));
    return receiver.response;
  }

  /** Records the status site(s) of a call; returns the site of its own status argument. */
  private addSites(
    response: TrackedResponse | undefined,
    owner: TSESTree.Node,
    args: readonly TSESTree.CallExpressionArgument[],
    effect: ResponseEffect,
    framework: FrameworkDefinition,
    /** The events `headerEvents` gives for this call, when the caller has them. */
    headerEvents?: readonly ResponseEvent[],
  ): StatusSite | undefined {
    if (!effect.status) return this.addFixedStatusSite(response, owner, effect, framework);
    const scope = this.scopeOf(owner);
    const node = argumentAt(args, effect.status, scope);
    if (!node) return undefined;
    const value = resolveStatusValue(node, scope);
    if ('numericOnly' in effect.status && effect.status.numericOnly && !looksNumeric(value)) return undefined;
    const phraseNode = effect.phrase ? argumentAt(args, effect.phrase, scope) : undefined;
    const headers = mergeHeaders(
      ownHeaders(effect, headerEvents ?? this.headerEvents(owner, args, effect)),
      this.errorHeadersAfter(response, owner, effect, framework, scope),
    );
    const lifted = rangeLifted(effect, args, scope);
    if (lifted && response && !response.escaped) {
      // The runtime completes this response itself (a Cloudflare WebSocket upgrade adds its own Upgrade headers).
      response.escaped = true;
      response.events.push({ type: 'escape', node: owner });
    }
    const site: StatusSite = {
      node,
      value,
      role: effect.role ?? 'response',
      framework,
      effect: lifted ? withoutRange(effect) : effect,
      owner,
      response,
      ...(phraseNode && isStringish(phraseNode) !== false ? { phrase: phraseNode } : {}),
      ...(headers ? { headers } : {}),
    };
    this.sites.push(site);
    return site;
  }

  /** For an error that no tracked response stands for, the headers code gives it after the call (see `errorHeadersAfter`). */
  private errorHeadersAfter(
    response: TrackedResponse | undefined,
    owner: TSESTree.Node,
    effect: ResponseEffect,
    framework: FrameworkDefinition,
    scope?: Scope,
  ): SiteHeaders | undefined {
    if (response || effect.role !== 'error' || !framework.errorHeaders) return undefined;
    return errorHeadersAfter(owner, framework.errorHeaders, scope ?? this.scopeOf(owner), effect);
  }

  /** A call that always uses one status (`effect.fixedStatus`): the site sits on its callee. */
  private addFixedStatusSite(
    response: TrackedResponse | undefined,
    owner: TSESTree.Node,
    effect: ResponseEffect,
    framework: FrameworkDefinition,
  ): StatusSite | undefined {
    if (effect.fixedStatus === undefined) return undefined;
    const isCall = owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression;
    const headers = this.errorHeadersAfter(response, owner, effect, framework);
    const site: StatusSite = {
      node: isCall ? owner.callee : owner,
      value: { kind: 'number', value: this.fixedStatusOf(owner, effect, framework) ?? effect.fixedStatus },
      role: effect.role ?? 'response',
      framework,
      effect,
      owner,
      response,
      implicit: true,
      ...(headers ? { headers } : {}),
    };
    this.sites.push(site);
    return site;
  }

  /**
   * The status a call with a fixed status sets: `fixedStatus`, or, for a call whose status depends on the one before it
   * (`fixedStatusOnlyAfter`), what the chain it ends says; undefined where the chain does not say.
   */
  private fixedStatusOf(call: TSESTree.Node, effect: ResponseEffect, framework: FrameworkDefinition): number | undefined {
    const rule = effect.fixedStatusOnlyAfter;
    if (!rule) return effect.fixedStatus;
    const before = this.statusBeforeInChain(call, framework);
    if (before === undefined) return undefined;
    return before !== null && rule.statuses.includes(before) ? effect.fixedStatus : rule.otherwise;
  }

  /**
   * The status the response of a chained call has before it runs, read from the links of its chain, nearest first:
   * a status argument, a fixed status, or the factory the chain starts at (its `defaultStatus`, or null where it sets
   * none: hapi's `h.response()`). Links that set only headers or a body are passed; undefined where a link is not the
   * framework's, its status is not a number, or the chain starts at anything but a call (a response in a variable).
   */
  private statusBeforeInChain(call: TSESTree.Node, framework: FrameworkDefinition): number | null | undefined {
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    let link = unwrapExpression(call.callee.object);
    for (;;) {
      if (link.type !== AST_NODE_TYPES.CallExpression || link.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const name = staticPropertyName(link.callee);
      const shape = name === null ? undefined : this.findMethod(framework, name, undefined);
      if (!shape) return undefined;
      if (shape.status) {
        const scope = this.scopeOf(link);
        const node = argumentAt(link.arguments, shape.status, scope);
        const value = node && resolveStatusValue(node, scope);
        return value?.kind === 'number' ? value.value : undefined;
      }
      if (shape.fixedStatus !== undefined) return this.fixedStatusOf(link, shape, framework);
      if (shape.createsResponse) return shape.defaultStatus ?? null;
      link = unwrapExpression(link.callee.object);
    }
  }

  /** The header events of the call's own arguments (or of the shape itself), one per header the effect describes. */
  private headerEvents(owner: TSESTree.Node, args: readonly TSESTree.CallExpressionArgument[], effect: ResponseEffect): ResponseEvent[] {
    const events: ResponseEvent[] = [];
    for (const header of effect.headers ?? []) {
      const event = this.readHeaders(owner, args, header, effect);
      if (event) events.push(event);
    }
    return events;
  }

  private readHeaders(
    call: TSESTree.Node,
    args: readonly TSESTree.CallExpressionArgument[],
    header: HeaderArgument,
    effect: ResponseEffect,
  ): ResponseEvent | undefined {
    const scope = this.scopeOf(call);
    if (header.kind === 'fixed') {
      if (header.ifArgument !== undefined && isNullish(args[header.ifArgument])) return undefined;
      return { type: 'headers', node: call, names: header.names, unknown: false, effect };
    }
    if (header.kind === 'pair') {
      const nameNode = args[header.nameIndex];
      if (!nameNode) return undefined;
      if (nameNode.type === AST_NODE_TYPES.SpreadElement) return { type: 'headers', node: call, names: [], unknown: true, effect };
      const name = resolveString(nameNode, scope);
      if (name !== undefined) return { type: 'headers', node: call, names: [name.toLowerCase()], unknown: false, effect };
      if (header.objectForm) return headersFromValue(call, nameNode, scope, effect);
      return { type: 'headers', node: call, names: [], unknown: true, effect };
    }
    const index = header.index === 'last' ? args.length - 1 : header.index;
    if (index < 0 || (header.minIndex !== undefined && index < header.minIndex)) return undefined;
    let value: TSESTree.Node | undefined = args[index];
    if (!value) return undefined;
    if (value.type === AST_NODE_TYPES.SpreadElement) return { type: 'headers', node: call, names: [], unknown: true, effect };
    if (header.key) {
      const expression = unwrapExpression(value);
      if (expression.type !== AST_NODE_TYPES.ObjectExpression) {
        // `writeHead(404, 'Not Found')`: the last argument is the phrase, not headers.
        if (isStringish(expression) === true || expression.type === AST_NODE_TYPES.Literal) return undefined;
        // `c.json(x, 201)`: a status in the init position (see `StatusArgument.orValue`) carries no headers.
        if (resolveStatusValue(expression, scope).kind === 'number') return undefined;
        return { type: 'headers', node: call, names: [], unknown: true, effect };
      }
      value = findProperty(expression, header.key, scope);
      if (!value) {
        return hasUnknownKeys(expression) ? { type: 'headers', node: call, names: [], unknown: true, effect } : undefined;
      }
    }
    const expression = unwrapExpression(value);
    if (header.index === 'last' && !header.key && (expression.type === AST_NODE_TYPES.Literal || index === 0)) {
      // writeHead(status[, phrase][, headers]): only a later object argument is headers.
      if (expression.type !== AST_NODE_TYPES.ObjectExpression && expression.type !== AST_NODE_TYPES.ArrayExpression) {
        return undefined;
      }
    }
    return headersFromValue(call, value, scope, effect);
  }

  // ---- assignments (res.statusCode = 404, ctx.body = x) ----

  private visitAssignment(assignment: TSESTree.AssignmentExpression): void {
    if (assignment.operator !== '=' || !this.hasReceivers) return;
    if (this.visitHeaderMapAssignment(assignment)) return;
    const target = assignment.left as TSESTree.MemberExpression;
    const scope = this.scopeOf(assignment);
    const property = getPropertyName(target, scope);
    if (property === null) return;
    const receiver = this.resolveReceiver(target.object, isResponseMember(property) && this.mayAskTypes(target.object));
    if (!receiver) return;
    const response = receiver.response;
    const shape = this.findProperty(response.framework, property, receiver.path);
    if (!shape) return;
    if (shape.value === 'status') {
      const value = resolveStatusValue(assignment.right, scope);
      const site: StatusSite = {
        node: assignment.right,
        value,
        role: shape.role ?? 'response',
        framework: response.framework,
        effect: shape,
        owner: assignment,
        response,
      };
      this.sites.push(site);
      response.events.push({ type: 'status', node: assignment, site });
    } else if (shape.value === 'phrase') {
      response.events.push({ type: 'phrase', node: assignment, value: assignment.right });
    } else if (shape.value === 'headers') {
      response.events.push(headersFromValue(assignment, assignment.right, scope, shape));
    } else if (shape.value === 'body' && !sendsNoContent(assignment.right)) {
      response.events.push({ type: 'body', node: assignment.right, effect: shape });
    }
    this.addAssignedFixedHeaders(assignment, shape, response);
  }

  /** `set.redirect = '/x'` sets Location: the `fixed` headers of a property shape. */
  private addAssignedFixedHeaders(assignment: TSESTree.AssignmentExpression, shape: PropertyShape, response: TrackedResponse): void {
    for (const header of shape.headers ?? []) {
      if (header.kind === 'fixed') response.events.push({ type: 'headers', node: assignment, names: header.names, unknown: false, effect: shape });
    }
  }

  /** `set.headers['location'] = u` on a receiver whose properties are headers. */
  private visitHeaderMapAssignment(assignment: TSESTree.AssignmentExpression): boolean {
    const target = assignment.left as TSESTree.MemberExpression;
    const receiver = this.resolveReceiver(target.object);
    if (!receiver?.shape?.headerMap) return false;
    const name = getPropertyName(target, this.scopeOf(assignment));
    const effect: ResponseEffect = { label: 'header assignment' };
    receiver.response.events.push(
      name === null
        ? { type: 'headers', node: assignment, names: [], unknown: true, effect }
        : { type: 'headers', node: assignment, names: [name.toLowerCase()], unknown: false, effect },
    );
    return true;
  }

  // ---- receivers ----

  /** Typed linting: roots (`reply`, `this`) of the file's status-setting member uses (`reply.code(…)`, `x.statusCode = …`). */
  private statusRoots: ReadonlySet<string> | undefined;

  /**
   * Typed linting: whether the checker may be asked about this receiver: only when its root gets a status somewhere in
   * the file (`reply.code(404)`, `res.statusCode = 500`). `set`, `write`, `send`, `error`… are members of many other
   * objects; a response whose status is never set gives the rules nothing to check; and every question costs checker
   * time.
   */
  private mayAskTypes(object: TSESTree.Node): boolean {
    const root = rootName(object);
    // `err.statusCode = 400`: an error is given a status for an error handler to send; it is no response.
    if (ERROR_ROOT.test(root)) return false;
    return this.statusRoots?.has(root) ?? true;
  }

  /**
   * Decides whether an expression is a response object of an imported framework:
   * a parameter with a conventional name (`res`, `ctx`, `reply`) or a framework type annotation,
   * a path from one (`ctx.response`), or a chain of chainable calls on one (`res.status(404)`).
   */
  /**
   * `checks`, each with the initial value of the status it reads (`StatusRangeCheck.initialStatus`) where that status is
   * a property of a response the file's code sends (`res.statusCode > 200` in a handler that answers through `res`).
   * Asked after the run, when every response's events are known; a read of no response is left as it is.
   */
  withInitialStatuses(checks: readonly StatusRangeCheck[]): readonly StatusRangeCheck[] {
    if (!this.hasReceivers || checks.length === 0) return checks;
    return checks.map((check) => {
      const read = unwrapExpression(check.subject);
      if (read.type !== AST_NODE_TYPES.MemberExpression) return check;
      const property = getPropertyName(read);
      if (property === null) return check;
      const receiver = this.resolveReceiver(read.object);
      if (!receiver || !receiver.response.events.some(isSendingEvent)) return check;
      const initial = this.findProperty(receiver.response.framework, property, receiver.path)?.initial;
      return initial === undefined ? check : { ...check, initialStatus: initial };
    });
  }

  private resolveReceiver(node: TSESTree.Node, typed = false): Receiver | undefined {
    // `typed`: the member used on it is a response member of some framework, so the checker may be asked.
    const useTypes = typed && this.types !== undefined;
    const cache = useTypes ? this.typedReceiverCache : this.receiverCache;
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    // Guards against cycles (`const r = r.code()`).
    cache.set(node, null);
    const result = this.computeReceiver(unwrapExpression(node), useTypes) ?? null;
    cache.set(node, result);
    return result ?? undefined;
  }

  private computeReceiver(node: TSESTree.Node, typed = false): Receiver | undefined {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      const inner = callee.type === AST_NODE_TYPES.MemberExpression ? this.resolveReceiver(callee.object, typed) : undefined;
      if (!inner) return typed ? this.typedExpressionReceiver(node, node) : undefined;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = getPropertyName(callee);
      const shape = method === null ? undefined : this.findMethod(inner.response.framework, method, inner.path);
      if (shape?.createsResponse) return { response: this.createdResponse(node, inner.response.framework) };
      return shape?.chainable ? { response: inner.response, ...(inner.path ? { path: inner.path } : {}) } : undefined;
    }
    const path: string[] = [];
    let root: TSESTree.Node = node;
    while (root.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(root);
      if (name === null) return undefined;
      path.unshift(name);
      root = unwrapExpression(root.object);
    }
    if (root.type === AST_NODE_TYPES.ThisExpression && typed && path.length > 0) {
      // `this.res` (a controller or a wrapper class): one response per function that reads it.
      const owner = this.scopeOf(root).variableScope.block;
      return this.typedExpressionReceiver(node, `this.${path.join('.')}@${owner.range[0]}`);
    }
    if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.scopeOf(root), root);
    if (!variable) return undefined;
    for (const framework of this.frameworks) {
      for (const receiver of framework.receivers ?? []) {
        if (!samePath(receiver.path ?? [], path)) continue;
        if (this.selection.hasRivalServers && framework.serverFactories && !this.isOwnHandlerParameter(variable, framework)) continue;
        if (this.matchesReceiver(variable, receiver.names, receiver.typeNames ?? [], framework)) {
          // Typed linting: `res: Order` is a domain object whatever its name, and a `c` typed as a Koa context
          // is no Hono context even in a file that imports both. The checker is asked only when it can change the
          // answer cheaply: the parameter has a type annotation, or the name fits several imported frameworks
          // (inferring a callback parameter's type from a framework's overloads can cost seconds, e.g. Fastify's).
          const verdict =
            isAnnotated(variable) || this.nameFitsSeveralFrameworks(variable.name, path)
              ? this.typeVerdict(node, variable, path)
              : undefined;
          if (verdict === null && receiver.typeNames) continue;
          if (verdict && verdict.framework !== framework) continue;
          const response = this.responseFor(`${framework.id}:${(receiver.sharesResponseWith ?? path).join('.')}`, framework, root, variable);
          return { response, shape: receiver, path };
        }
      }
    }
    const structural = this.destructuredReceiver(variable, path) ?? (path.length === 0 ? this.constReceiver(variable) : undefined);
    if (structural || !typed) return structural;
    // `request.log.error(…)`, `this.db.send(…)`: a property path into an object is asked about only when its last
    // name is one responses go by (`this.reply`, `ctx.res`, `reply.raw`, `wrapper.response`).
    if (path.length > 0 && !isResponsePathName(path.at(-1)!)) return undefined;
    // Typed linting: `out: AppResponse`, `const r = makeReply()`: the type says it is a response, whatever the name or import.
    const match = this.typeVerdict(node, variable, path);
    if (!match) return undefined;
    return { response: this.responseFor(`${match.framework.id}:${path.join('.')}`, match.framework, root, variable) };
  }

  /**
   * Typed linting: a response reached through an expression the analysis cannot follow (`currentResponse()`,
   * `this.res`). Anything may happen to it elsewhere, so it counts as escaped.
   */
  private typedExpressionReceiver(node: TSESTree.Node, key: string | TSESTree.Node): Receiver | undefined {
    const match = this.types?.responseTypeOf(node);
    if (!match) return undefined;
    const response = this.responseFor(typeof key === 'string' ? `${match.framework.id}:${key}` : key, match.framework, node);
    response.escaped = true;
    response.opaque = true;
    return { response };
  }

  /**
   * Whether `variable` can be a receiver of `framework`, one of several with `serverFactories`: unless it is a parameter
   * of a handler of one server factory (`http2.createServer((req, res) => …)`, see `serverOf`), of this framework's.
   */
  private isOwnHandlerParameter(variable: Variable, framework: FrameworkDefinition): boolean {
    const server = this.serverOf(variable);
    return server === null || server === framework;
  }

  private readonly servers = new Map<TSESTree.Node, FrameworkDefinition | null>();

  /**
   * The framework whose server factory takes, as its handler, the function that declares `variable`: written as the
   * factory's argument, or declared apart and passed to it by name (`createSecureServer(tls, onRequest)`).
   */
  private serverOf(variable: Variable): FrameworkDefinition | null {
    const definition = variable.defs[0];
    if (definition?.type !== 'Parameter') return null;
    const handler = definition.node;
    let server = this.servers.get(handler);
    if (server !== undefined) return server;
    server = null;
    const parent = handler.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(handler as TSESTree.CallExpressionArgument)) {
      server = this.serverFactoryFramework(parent);
    } else {
      // `function onRequest(req, res) {…}` or `const onRequest = (req, res) => …`: the factories it is passed to.
      const declaring =
        handler.type === AST_NODE_TYPES.FunctionDeclaration
          ? handler
          : parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === handler
            ? parent
            : undefined;
      const named = declaring && this.sourceCode.getDeclaredVariables(declaring).find((declared) => declared.defs.some((def) => def.node === declaring));
      for (const reference of named?.references ?? []) {
        const call = reference.identifier.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(reference.identifier as TSESTree.Identifier)) continue;
        const framework = this.serverFactoryFramework(call);
        if (framework === null) continue;
        if (server !== null && server !== framework) {
          server = null; // handed to two kinds of server: either response
          break;
        }
        server = framework;
      }
    }
    this.servers.set(handler, server);
    return server;
  }

  /** The framework whose server factory `call` calls: `createServer(…)` imported by name, or `http2.createServer(…)`. */
  private serverFactoryFramework(call: TSESTree.CallExpression): FrameworkDefinition | null {
    const callee = unwrapExpression(call.callee);
    let binding: ImportedBinding | undefined;
    let name: string | null = null;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      binding = this.modules.bindings.get(callee.name);
      name = binding?.imported ?? null;
    } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
      binding = this.modules.bindings.get(callee.object.name);
      if (binding?.imported === 'default' || binding?.imported === '*') name = getPropertyName(callee);
    }
    if (!binding || name === null) return null;
    for (const framework of this.frameworks) {
      if (framework.serverFactories?.includes(name) && framework.modules.includes(binding.source)) return framework;
    }
    return null;
  }

  private nameFitsSeveralFrameworks(name: string, path: readonly string[]): boolean {
    let count = 0;
    for (const framework of this.frameworks) {
      if (framework.receivers?.some((receiver) => receiver.names.includes(name) && samePath(receiver.path ?? [], path))) count++;
    }
    return count > 1;
  }

  /** The checker's verdict on a receiver expression (cached per variable and path). */
  private typeVerdict(node: TSESTree.Node, variable: Variable, path: readonly string[]): ReturnType<TypeInfo['responseTypeOf']> {
    if (!this.types) return undefined;
    const key = variableKey(variable, path.join('.'));
    if (this.typeVerdicts.has(key)) return this.typeVerdicts.get(key);
    const verdict = this.types.responseTypeOf(node);
    this.typeVerdicts.set(key, verdict);
    return verdict;
  }

  /** `({ set }) => set.status = 201`: a property of an object-pattern parameter, as the receiver path it stands for. */
  private destructuredReceiver(variable: Variable, path: readonly string[]): Receiver | undefined {
    const destructured = destructuredParameter(variable);
    if (!destructured) return undefined;
    const full = [destructured.key, ...path];
    for (const framework of this.frameworks) {
      for (const receiver of framework.receivers ?? []) {
        if (!receiver.destructured || !samePath(receiver.path ?? [], full)) continue;
        const key = patternKey(destructured.pattern, framework, receiver.sharesResponseWith ?? full);
        const response = this.responseFor(key, framework, destructured.pattern);
        this.addResponseVariable(response, variable);
        return { response, shape: receiver, path: full };
      }
    }
    return undefined;
  }

  /** `const response = h.response(doc)`: a const initialised with a factory or chainable call on a receiver. */
  private constReceiver(variable: Variable): Receiver | undefined {
    const definition = variable.defs[0];
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || variable.defs.length !== 1) return undefined;
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
    let init = unwrapExpression(declarator.init);
    if (init.type === AST_NODE_TYPES.AwaitExpression) init = unwrapExpression(init.argument);
    if (init.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const receiver = this.resolveReceiver(init);
    if (!receiver) return undefined;
    this.addResponseVariable(receiver.response, variable);
    return { response: receiver.response, ...(receiver.path ? { path: receiver.path } : {}) };
  }

  private addResponseVariable(response: TrackedResponse, variable: Variable): void {
    const list = this.variableOfResponse.get(response) ?? [];
    if (!list.includes(variable)) list.push(variable);
    this.variableOfResponse.set(response, list);
  }

  private matchesReceiver(
    variable: Variable,
    names: readonly string[],
    typeNames: readonly string[],
    framework: FrameworkDefinition,
  ): boolean {
    const definition = variable.defs[0];
    if (definition?.type !== 'Parameter') return false;
    const annotation = parameterTypeName(definition.name);
    if (annotation !== undefined) {
      const binding = this.modules.bindings.get(annotation.root);
      const exported = binding && (annotation.member ?? (binding.imported === 'default' || binding.imported === '*' ? undefined : binding.imported));
      if (binding && exported !== undefined) {
        if (framework.modules.includes(binding.source)) {
          if (typeNames.includes(exported)) return true;
        } else if (this.isReceiverType(binding.source, exported)) {
          // `res: Http2ServerResponse` in a file that also imports `node:http`: the type names the other framework.
          return false;
        }
      }
    }
    if (!names.includes(variable.name)) return false;
    // A file that imports the framework means it; one that only its package declares may hold other objects by the
    // same names (a service's own `response` models).
    return !this.selection.declared?.has(framework) || !this.isPlainObjectParameter(variable);
  }

  /** Parameters whose function the file calls only with plain objects (see `givenOnlyPlainObjects`), asked once each. */
  private plainObjectParameters: Map<Variable, boolean> | undefined;

  private isPlainObjectParameter(variable: Variable): boolean {
    this.plainObjectParameters ??= new Map();
    let plain = this.plainObjectParameters.get(variable);
    if (plain === undefined) {
      plain = givenOnlyPlainObjects(variable, this.sourceCode, (name) => this.memberCallsNamed(name));
      this.plainObjectParameters.set(variable, plain);
    }
    return plain;
  }

  /** The file's calls of a member named `name` (`this.updateResponsePrefer(…)`, `handler.send(…)`). */
  private memberCallsNamed(name: string): TSESTree.CallExpression[] {
    const { calls, callees } = this.candidates!;
    const found: TSESTree.CallExpression[] = [];
    for (let index = 0; index < calls.length; index++) {
      const call = calls[index]!;
      if (callees[index] === name && call.type === AST_NODE_TYPES.CallExpression) found.push(call);
    }
    return found;
  }

  /** Whether `exported` of `source` is a receiver type of one of the file's frameworks (`typeNames`). */
  private isReceiverType(source: string, exported: string): boolean {
    for (const framework of this.frameworks) {
      if (framework.modules.includes(source) && framework.receivers?.some((receiver) => receiver.typeNames?.includes(exported))) return true;
    }
    return false;
  }

  private responseFor(
    key: unknown,
    framework: FrameworkDefinition,
    anchor: TSESTree.Node,
    variable?: Variable,
  ): TrackedResponse {
    const fullKey = variable ? `${key as string}` : key;
    const scopedKey = variable ? variableKey(variable, fullKey as string) : fullKey;
    let response = this.responseByKey.get(scopedKey);
    if (!response) {
      response = { id: this.responses.length, framework, anchor, events: [], escaped: false, opaque: false };
      this.responseByKey.set(scopedKey, response);
      this.responses.push(response);
      if (variable) this.addResponseVariable(response, variable);
    }
    return response;
  }

  /** A response passed to unknown code (`helper(res)`, `{ res }`, `other = res`) may get any header. */
  private findEscapes(): void {
    for (const [response, variables] of this.variableOfResponse) {
      for (const reference of variables.flatMap((variable) => variable.references)) {
        const parent = reference.identifier.parent;
        if (!parent || this.knownUses.has(reference.identifier)) continue;
        const escapes =
          (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(reference.identifier as TSESTree.Identifier)) ||
          (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments.includes(reference.identifier as TSESTree.Identifier)) ||
          (parent.type === AST_NODE_TYPES.Property && parent.value === reference.identifier) ||
          (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === reference.identifier) ||
          (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === reference.identifier) ||
          parent.type === AST_NODE_TYPES.SpreadElement ||
          parent.type === AST_NODE_TYPES.ArrayExpression;
        if (escapes) {
          response.escaped = true;
          response.events.push({ type: 'escape', node: reference.identifier });
        }
      }
    }
  }

  // ---- lookups ----

  private findMethod(framework: FrameworkDefinition, name: string, path: readonly string[] | undefined): MethodShape | undefined {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      for (const shape of methodsNamed(current, name)) {
        if (this.appliesToVersion(shape, framework) && onReceiverPath(shape, path)) return shape;
      }
    }
    return undefined;
  }

  private findProperty(framework: FrameworkDefinition, name: string, path: readonly string[] | undefined): PropertyShape | undefined {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      const shape = current.properties?.find(
        (p) => p.property === name && this.appliesToVersion(p, framework) && onReceiverPath(p, path),
      );
      if (shape) return shape;
    }
    return undefined;
  }

  private appliesToVersion(effect: ResponseEffect, framework: FrameworkDefinition): boolean {
    if (!effect.versions) return true;
    const version = this.options.versionOf(framework);
    return version === undefined || effect.versions.includes(version);
  }

  private scopeOf(node: TSESTree.Node): Scope {
    return this.sourceCode.getScope(node);
  }
}

/** The globals a file's references are traced from: every framework's `globals`, plus the exports its package auto-imports. */
interface TracedGlobals {
  readonly map: TraceMap;
  /** The names the map starts from (`Response`, `setResponseStatus`…). */
  readonly names: readonly string[];
  /** Whether auto-imported exports are among them. */
  readonly autoImported: boolean;
}

/** Per set of auto-imported frameworks (their positions in `FRAMEWORKS`; '' for none), rebuilt if the list grows. */
let tracedGlobalsCache: { readonly size: number; readonly byKey: Map<string, TracedGlobals> } | undefined;

/** The globals to trace in a file whose package auto-imports the exports of `autoImported`. */
function tracedGlobals(autoImported: ReadonlySet<FrameworkDefinition> | undefined): TracedGlobals {
  if (tracedGlobalsCache?.size !== FRAMEWORKS.length) tracedGlobalsCache = { size: FRAMEWORKS.length, byKey: new Map() };
  let key = '';
  if (autoImported?.size) for (let index = 0; index < FRAMEWORKS.length; index++) if (autoImported.has(FRAMEWORKS[index]!)) key += `${index},`;
  const cached = tracedGlobalsCache.byKey.get(key);
  if (cached) return cached;
  const map: TraceMap = {};
  for (const framework of FRAMEWORKS) {
    for (const shape of framework.globals ?? []) addTrace(map, undefined, shape, framework);
  }
  for (const framework of FRAMEWORKS) {
    if (!autoImported?.has(framework)) continue;
    // Named exports only: a module's default export has no name to be auto-imported under.
    for (const shape of framework.exports ?? []) if (shape.path[0] !== 'default') addTrace(map, undefined, shape, framework);
  }
  const globals: TracedGlobals = { map, names: Object.keys(map), autoImported: key !== '' };
  tracedGlobalsCache.byKey.set(key, globals);
  return globals;
}

/** What the trace map holds at a call or construct: every shape described for that export, in order. */
interface TraceInfo {
  readonly shapes: ExportInfo[];
}

/** eslint-utils' trace map: module (or global) name, then property path, then `CALL` / `CONSTRUCT` → `TraceInfo`. */
type TraceMap = Parameters<ReferenceTracker['iterateEsmReferences']>[0];

function addTrace(
  map: TraceMap,
  source: string | undefined,
  shape: ExportShape,
  framework: FrameworkDefinition,
): void {
  const kind = shape.construct ? ReferenceTracker.CONSTRUCT : ReferenceTracker.CALL;
  // 'default' of a CommonJS-style module is the module itself (`require('x')(...)`, `import x from 'x'`).
  const path = shape.path[0] === 'default' ? shape.path.slice(1) : shape.path;
  const keys = source === undefined ? path : [source, ...path];
  let node = map as Record<PropertyKey, unknown>;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Record<PropertyKey, unknown>;
  }
  const info = (node[kind] ??= { shapes: [] }) as TraceInfo;
  info.shapes.push({ shape, framework });
}

/** A parameter property: `({ set })`, `({ set: s })`, `({ set = fallback })` → the pattern and 'set'. */
function destructuredParameter(variable: Variable): { pattern: TSESTree.ObjectPattern; key: string } | undefined {
  const definition = variable.defs[0];
  if (definition?.type !== 'Parameter') return undefined;
  let node: TSESTree.Node = definition.name;
  if (node.parent?.type === AST_NODE_TYPES.AssignmentPattern && node.parent.left === node) node = node.parent;
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node) return undefined;
  const pattern = property.parent;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const owner = pattern.parent?.type === AST_NODE_TYPES.AssignmentPattern ? pattern.parent.parent : pattern.parent;
  const isParameter =
    owner !== undefined &&
    (owner.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      owner.type === AST_NODE_TYPES.FunctionExpression ||
      owner.type === AST_NODE_TYPES.FunctionDeclaration);
  if (!isParameter) return undefined;
  const key = getPropertyName(property);
  return key === null ? undefined : { pattern, key };
}

function patternKey(pattern: TSESTree.ObjectPattern, framework: FrameworkDefinition, path: readonly string[]): string {
  return `${pattern.range[0]}:pattern:${framework.id}:${path.join('.')}`;
}

/** Every header a site's own call sets, merged from its header events; undefined when the effect sets none. */
function ownHeaders(effect: ResponseEffect, events: readonly ResponseEvent[]): StatusSite['headers'] {
  if (!effect.headers || effect.headers.length === 0) return undefined;
  const names: string[] = [];
  let unknown = false;
  for (const event of events) {
    if (event.type !== 'headers') continue;
    names.push(...event.names);
    unknown ||= event.unknown;
  }
  return { names, unknown };
}

/** An argument that is an object literal (`{ schema }`), however wrapped (`{…} as const`). */
function isObjectArgument(argument: TSESTree.CallExpressionArgument): boolean {
  return argument.type !== AST_NODE_TYPES.SpreadElement && unwrapExpression(argument).type === AST_NODE_TYPES.ObjectExpression;
}

/** The object literal reached from `argument` by `path` (`{ schema: { response: {…} } }`). */
function objectAtPath(
  argument: TSESTree.CallExpressionArgument,
  path: readonly string[],
  scope: Scope,
): TSESTree.ObjectExpression | undefined {
  if (argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  let current = unwrapExpression(argument);
  for (const key of path) {
    if (current.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const next = findProperty(current, [key], scope);
    if (!next) return undefined;
    current = unwrapExpression(next);
  }
  return current.type === AST_NODE_TYPES.ObjectExpression ? current : undefined;
}

/** `200:` and `'404':` are numbers; `'2xx'`, `default`, `ok` are strings; `[StatusCodes.OK]` is folded. */
function statusKeyValue(property: TSESTree.Property, scope: Scope): StatusValue {
  if (property.computed) return resolveStatusValue(property.key, scope);
  if (property.key.type === AST_NODE_TYPES.Identifier) return { kind: 'string', value: property.key.name };
  const value = resolveStatusValue(property.key, scope);
  if (value.kind === 'string' && /^\d+$/u.test(value.value)) return { kind: 'number', value: Number(value.value) };
  return value;
}

/** The scope to trace the file's globals (`Response`) from (see `globalScopeUsing`); undefined when it uses none. */
function scopeWithTracedGlobals(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): Scope | undefined {
  const text = sourceCode.text;
  // A global the text never spells as a word is not used, which spares most files a look through their unresolved
  // references (`NextResponse`, `HttpResponse`, `ResponseInit` are other names).
  // Outside comments, the gate's scan met no status word before where it stopped, and `Response` is one: the rest of
  // the text is enough for it (a `Response` in an earlier comment is no reference either).
  // A name that contains a status word (`setResponseStatus`) starts at most its length before the scan's stop.
  const scanned = sourceCode.ast === gateScan.ast ? gateScan.end : 0;
  if (!names.some((name) => spellsWord(text, name, STATUS_WORDS.test(name) ? Math.max(0, scanned - name.length) : 0))) return undefined;
  return globalScopeUsing(sourceCode.scopeManager!.globalScope!, names);
}

/**
 * Whether `word` occurs in `text`, from offset `from` on, with no identifier character (ASCII letter, digit, `_`, `$`)
 * on either side.
 */
export function spellsWord(text: string, word: string, from = 0): boolean {
  for (let index = text.indexOf(word, from); index !== -1; index = text.indexOf(word, index + 1)) {
    if (!isIdentifierCharCode(text.charCodeAt(index - 1)) && !isIdentifierCharCode(text.charCodeAt(index + word.length))) return true;
  }
  return false;
}

/** ASCII identifier characters; NaN (outside the text) and every other code is not one. */
function isIdentifierCharCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * The global scope the export tracer starts from when the file uses one of `names` (`Response`), or undefined when it
 * uses none. ReferenceTracker only follows globals the config declares; files linted without `globals` (TypeScript
 * projects rarely set them) still say `new Response()`, so unresolved references to those names are presented to the
 * tracker as implicit globals. One pass over the unresolved references; the scope's own variables are not copied.
 */
function globalScopeUsing(globalScope: Scope, names: readonly string[]): Scope | undefined {
  const declaredUse = names.some((name) => (globalScope.set.get(name)?.references.length ?? 0) > 0);
  // Configured globals (`globals.node` has `Response`) are variables with their references: nothing to look for.
  if (names.every((name) => globalScope.set.has(name))) return declaredUse ? globalScope : undefined;
  const implicit = new Map<string, TSESLint.Scope.Reference[]>();
  for (const reference of globalScope.through) {
    // A type reference (`Promise<Response>`, typescript-eslint's scopes only) is never a call or construct.
    if ((reference as { isValueReference?: boolean }).isValueReference === false) continue;
    const name = reference.identifier.name;
    if (!names.includes(name) || globalScope.set.has(name)) continue;
    const list = implicit.get(name);
    if (list) list.push(reference);
    else implicit.set(name, [reference]);
  }
  if (implicit.size === 0) return declaredUse ? globalScope : undefined;
  const set = new VariablesWithImplicit(globalScope.set);
  for (const [name, references] of implicit) set.set(name, { name, defs: [], references, identifiers: [] } as unknown as Variable);
  return withVariables(globalScope, set);
}

/**
 * `globalScope` as `ReferenceTracker` reads it (`set`, `block`, `childScopes`, `upper`), with `set` in place of its
 * variables. A plain object rather than one derived from the scope (`Object.create`): V8 turns an object that becomes a
 * prototype into a prototype map, and doing that to the global scope of every such file cost more than the rest of
 * `globalScopeUsing` in a sampled profile.
 */
function withVariables(globalScope: Scope, set: Map<string, Variable>): Scope {
  const { type, block, childScopes, references, through, variables } = globalScope;
  return { type, block, childScopes, references, through, variables, set, upper: null } as unknown as Scope;
}

/** A scope's variables plus implicit globals, read through to the scope's own map (the tracker only calls get/has). */
class VariablesWithImplicit extends Map<string, Variable> {
  constructor(private readonly declared: ReadonlyMap<string, Variable>) {
    super();
  }

  override get(name: string): Variable | undefined {
    return super.get(name) ?? this.declared.get(name);
  }

  override has(name: string): boolean {
    return super.has(name) || this.declared.has(name);
  }
}

/** The name of a member's property; the scope is only computed for computed members (`res['status']`). */
function propertyName(member: TSESTree.MemberExpression, scope: () => Scope): string | null {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  return getPropertyName(member, scope());
}

function variableKey(variable: Variable, key: string): string {
  const id = variable.identifiers[0];
  return `${id ? id.range[0] : -1}:${variable.name}:${key}`;
}

/** A shape limited to one receiver path (`onPath`) applies only there. */
function onReceiverPath(effect: ResponseEffect, path: readonly string[] | undefined): boolean {
  return effect.onPath === undefined || (path !== undefined && samePath(effect.onPath, path));
}

/** A parameter written with a type annotation (`res: Job`), not one whose type is inferred from its context. */
function isAnnotated(variable: Variable): boolean {
  const name = variable.defs[0]?.name;
  return name !== undefined && 'typeAnnotation' in name && name.typeAnnotation !== undefined;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** `res: Response` → { root: 'Response' }; `ctx: Koa.Context` → { root: 'Koa', member: 'Context' }. */
function parameterTypeName(id: TSESTree.Node): { root: string; member?: string } | undefined {
  const annotation = 'typeAnnotation' in id ? (id.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : undefined;
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return { root: name.name };
  if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier) {
    return { root: name.left.name, member: name.right.name };
  }
  return undefined;
}

function argumentAt(
  args: readonly TSESTree.CallExpressionArgument[],
  spec: StatusArgument,
  scope: Scope,
): TSESTree.Node | undefined {
  // Arguments after a spread have unknown positions.
  for (let i = 0; i <= spec.index && i < args.length; i++) {
    if (args[i]?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  }
  const argument = args[spec.index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!('key' in spec)) return argument;
  const object = unwrapExpression(argument);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return spec.orValue && !isNullish(object) && !foldsToObject(object, scope) ? argument : undefined;
  }
  return findProperty(object, spec.key, scope);
}

/** `const init = { status: 201 }` passed by name: an init object, not a status (`undefined`/`null` are no init). */
function foldsToObject(node: TSESTree.Node, scope: Scope): boolean {
  const folded = getStaticValue(node, scope);
  return folded !== null && typeof folded.value === 'object' && folded.value !== null;
}

const numericInitEffects = new WeakMap<ExportShape, ResponseEffect>();

/** The effect of a site recorded through `numericInit`: the shape's, without its range, marked as unused. */
function numericInitEffect(shape: ExportShape, numericInit: NonNullable<ExportShape['numericInit']>): ResponseEffect {
  let effect = numericInitEffects.get(shape);
  if (!effect) {
    effect = {
      ...shape,
      accepts: undefined,
      acceptsOnly: undefined,
      status: { index: numericInit.index },
      unusedStatus: numericInit.outcome,
      facts: { ...shape.facts, numericInit: true },
    };
    numericInitEffects.set(shape, effect);
  }
  return effect;
}

/** Exported functions by name: `export function f`, `export const f = () => …`, `export { f }`. */
function exportedFunctions(sourceCode: Readonly<TSESLint.SourceCode>): Map<string, TSESTree.FunctionLike> {
  const result = new Map<string, TSESTree.FunctionLike>();
  const functionOf = (node: TSESTree.Node | null | undefined): TSESTree.FunctionLike | undefined => {
    if (!node) return undefined;
    const expression = unwrapExpression(node);
    return expression.type === AST_NODE_TYPES.FunctionDeclaration ||
      expression.type === AST_NODE_TYPES.FunctionExpression ||
      expression.type === AST_NODE_TYPES.ArrowFunctionExpression
      ? expression
      : undefined;
  };
  const addDeclaration = (declaration: TSESTree.Node | null | undefined, only?: ReadonlyMap<string, string>): void => {
    if (!declaration) return;
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      const exported = only ? only.get(declaration.id.name) : declaration.id.name;
      if (exported !== undefined) result.set(exported, declaration);
    } else if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        const exported = only ? only.get(declarator.id.name) : declarator.id.name;
        const fn = functionOf(declarator.init);
        if (exported !== undefined && fn) result.set(exported, fn);
      }
    }
  };
  const locals = new Map<string, string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    if (statement.declaration) addDeclaration(statement.declaration);
    else if (!statement.source) {
      for (const specifier of statement.specifiers) {
        if (specifier.local.type !== AST_NODE_TYPES.Identifier) continue;
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        locals.set(specifier.local.name, exported);
      }
    }
  }
  if (locals.size > 0) {
    for (const statement of sourceCode.ast.body) addDeclaration(statement, locals);
  }
  return result;
}

/** Expressions a function returns (its own `return`s, not those of nested functions; an arrow's expression body). */
function returnedExpressions(fn: TSESTree.FunctionLike, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  if (!fn.body) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const found: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      continue;
    }
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.ClassBody
    ) {
      continue;
    }
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as (TSESTree.Node | null)[]) if (item) stack.push(item);
      } else if (child && typeof child === 'object' && 'type' in child) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/** The status sits in an object argument that also has a key of `accepts.unlessKeys` (`{ status: 101, webSocket }`). */
function rangeLifted(effect: ResponseEffect, args: readonly TSESTree.CallExpressionArgument[], scope: Scope): boolean {
  const unlessKeys = effect.accepts?.unlessKeys;
  if (!unlessKeys || !effect.status || !('key' in effect.status)) return false;
  const argument = args[effect.status.index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return false;
  const object = unwrapExpression(argument);
  return object.type === AST_NODE_TYPES.ObjectExpression && findProperty(object, unlessKeys, scope) !== undefined;
}

function withoutRange(effect: ResponseEffect): ResponseEffect {
  const rest: { -readonly [K in keyof ResponseEffect]: ResponseEffect[K] } = { ...effect };
  delete rest.accepts;
  return rest;
}

/** The value of the first property named one of `keys` (`{ status: 404 }`, `{ ':status': 404 }`, `{ [HTTP2_HEADER_STATUS]: … }`). */
function findProperty(object: TSESTree.ObjectExpression, keys: readonly string[], scope: Scope): TSESTree.Node | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i]!;
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = getPropertyName(property, scope);
    if (name !== null && keys.includes(name)) return property.value;
  }
  return undefined;
}

function hasUnknownKeys(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) => property.type === AST_NODE_TYPES.SpreadElement || (property.computed && property.key.type !== AST_NODE_TYPES.Literal),
  );
}

/** Header names from `{ Location: u }`, `new Headers({…})`, `[['Location', u]]`, `['Location', u]` (flat). */
function headersFromValue(
  call: TSESTree.Node,
  value: TSESTree.Node,
  scope: Scope,
  effect: ResponseEffect,
): Extract<ResponseEvent, { type: 'headers' }> {
  let expression = unwrapExpression(value);
  if (
    expression.type === AST_NODE_TYPES.NewExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'Headers'
  ) {
    const init = expression.arguments[0];
    if (!init) return { type: 'headers', node: call, names: [], unknown: false, effect };
    expression = unwrapExpression(init);
  }
  const names: string[] = [];
  let unknown = false;
  if (expression.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of expression.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        unknown = true;
        continue;
      }
      const name = getPropertyName(property, scope);
      if (name === null) unknown = true;
      else names.push(name.toLowerCase());
    }
  } else if (expression.type === AST_NODE_TYPES.ArrayExpression) {
    for (const [i, element] of expression.elements.entries()) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) {
        unknown = true;
        continue;
      }
      const entry = unwrapExpression(element);
      if (entry.type === AST_NODE_TYPES.ArrayExpression) {
        const first = entry.elements[0];
        const name = first && first.type !== AST_NODE_TYPES.SpreadElement ? resolveString(first, scope) : undefined;
        if (name === undefined) unknown = true;
        else names.push(name.toLowerCase());
      } else if (i % 2 === 0) {
        // Flat [name, value, name, value] form of writeHead.
        const name = resolveString(entry, scope);
        if (name === undefined) unknown = true;
        else names.push(name.toLowerCase());
      }
    }
  } else {
    unknown = true;
  }
  return { type: 'headers', node: call, names, unknown, effect };
}

/**
 * The expression `node` stands for, through the wrappers that pass its value on (`await x`, `x as T`, `x!`, a branch of
 * `?:`, the right side of `||`/`??`), and the node that takes that value.
 */
function valueUse(node: TSESTree.Node): { readonly node: TSESTree.Node; readonly parent: TSESTree.Node | undefined } {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== child) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === child))
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { node: child, parent };
}

/** A created response that lands in a variable, property, array or argument can be changed by code the analysis does not follow. */
function isStoredOrPassed(node: TSESTree.Node): boolean {
  const { node: child, parent } = valueUse(node);
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === child;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === child;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(child as TSESTree.CallExpressionArgument);
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
      return true;
    default:
      return false;
  }
}

type SiteHeaders = NonNullable<StatusSite['headers']>;

const UNKNOWN_HEADERS: SiteHeaders = { names: [], unknown: true };

/**
 * The headers code gives an error after the call that creates it, at `path` (`FrameworkDefinition.errorHeaders`): kept
 * in a variable, what is written there (`err.headers = { 'WWW-Authenticate': 'Basic' }` before `next(err)`); handed on
 * (returned, stored in a property, an array or another variable), unknown. A thrown error, or one passed to a function
 * (`next(createError(401))`), gets none.
 */
function errorHeadersAfter(call: TSESTree.Node, path: readonly string[], scope: Scope, effect: ResponseEffect): SiteHeaders | undefined {
  const { node, parent } = valueUse(call);
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init !== node) return undefined;
      return parent.id.type === AST_NODE_TYPES.Identifier ? headersWrittenThrough(parent.id, path, scope, effect) : UNKNOWN_HEADERS;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right !== node) return undefined;
      return parent.left.type === AST_NODE_TYPES.Identifier ? headersWrittenThrough(parent.left, path, scope, effect) : UNKNOWN_HEADERS;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node ? UNKNOWN_HEADERS : undefined;
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
      return UNKNOWN_HEADERS;
    default:
      return undefined;
  }
}

/** The headers written at `path` of the error that `binding` (a variable) holds, as `errorHeadersAfter` tells them. */
function headersWrittenThrough(binding: TSESTree.Identifier, path: readonly string[], scope: Scope, effect: ResponseEffect): SiteHeaders | undefined {
  const variable = findVariable(scope, binding);
  if (!variable) return UNKNOWN_HEADERS;
  const names: string[] = [];
  let unknown = false;
  let written = false;
  for (const reference of variable.references) {
    if (reference.identifier === binding || reference.isWrite()) continue;
    const { node, parent } = valueUse(reference.identifier);
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const headers = headersWrittenAt(parent, path, scope, effect);
      if (!headers) continue;
      written = true;
      names.push(...headers.names);
      unknown ||= headers.unknown;
      continue;
    }
    if (
      parent.type === AST_NODE_TYPES.ReturnStatement ||
      parent.type === AST_NODE_TYPES.Property ||
      parent.type === AST_NODE_TYPES.ArrayExpression ||
      parent.type === AST_NODE_TYPES.SpreadElement ||
      (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) ||
      (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) ||
      (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node)
    ) {
      return UNKNOWN_HEADERS;
    }
  }
  return written ? { names, unknown } : undefined;
}

/**
 * What the member use `member` (`err.headers…`, its object the error) writes at `path`: the names of
 * `err.headers = { … }` or `err.headers['www-authenticate'] = …`, unknown for any other use of the headers object than
 * reading one of them; undefined when it does not reach `path` (`err.expose = true`).
 */
function headersWrittenAt(member: TSESTree.MemberExpression, path: readonly string[], scope: Scope, effect: ResponseEffect): SiteHeaders | undefined {
  let current: TSESTree.Node = member;
  for (const [index, key] of path.entries()) {
    if (current.type !== AST_NODE_TYPES.MemberExpression) return UNKNOWN_HEADERS; // `Object.assign(err.output, …)`
    const name = getPropertyName(current, scope);
    if (name === null) return UNKNOWN_HEADERS;
    if (name !== key) return undefined;
    if (index < path.length - 1) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) return UNKNOWN_HEADERS;
      current = parent;
    }
  }
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === current) {
    const { names, unknown } = headersFromValue(parent, parent.right, scope, effect);
    return { names, unknown };
  }
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
    const assignment = parent.parent;
    // Reading one header (`err.headers.allow`) writes none.
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== parent) return undefined;
    const name = getPropertyName(parent, scope);
    return name === null ? UNKNOWN_HEADERS : { names: [name.toLowerCase()], unknown: false };
  }
  return UNKNOWN_HEADERS;
}

/** Names of the methods that set a header named by their first argument, of `frameworks` and those they inherit from. */
function headerPairMethods(frameworks: ReadonlySet<FrameworkDefinition>): ReadonlySet<string> {
  const methods = new Set<string>();
  for (const framework of frameworks) {
    for (let current: FrameworkDefinition | undefined = framework; current; current = current.inherits) {
      for (const shape of current.methods ?? []) {
        if (shape.headers?.some((header) => header.kind === 'pair' && header.nameIndex === 0)) methods.add(shape.method);
      }
    }
  }
  return methods;
}

/** The index of the first of `starts` (ascending) at or after `offset`. */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Both sets of headers, or the one there is. */
function mergeHeaders(first: SiteHeaders | undefined, second: SiteHeaders | undefined): SiteHeaders | undefined {
  if (!first || !second) return first ?? second;
  return { names: [...first.names, ...second.names], unknown: first.unknown || second.unknown };
}

function looksNumeric(value: StatusValue): boolean {
  // `body || 200` may be anything: only a union whose every branch folds is a number for sure.
  if (value.kind === 'union') return !value.partial && value.members.every(looksNumeric);
  return value.kind === 'number' || (value.kind === 'string' && /^\s*\d+\s*$/u.test(value.value));
}

let responseMembers: ReadonlySet<string> | undefined;

/** Cheap guard before asking the checker: is `name` a method or property some framework's response has? */
let receiverPathNames: Set<string> | undefined;

/** A property name a response object goes by: a conventional response name, or the end of a framework receiver path. */
function isResponsePathName(name: string): boolean {
  receiverPathNames ??= new Set(FRAMEWORKS.flatMap((framework) => (framework.receivers ?? []).flatMap((receiver) => receiver.path?.slice(-1) ?? [])));
  return receiverPathNames.has(name) || RESPONSE_NAME_PATTERN.test(name);
}

/** Per member name that takes or sets a status in some framework: the status argument's index, or null for none. */
let statusMembers: Map<string, (number | null)[]> | undefined;

function statusMemberShapes(): Map<string, (number | null)[]> {
  if (!statusMembers) {
    statusMembers = new Map();
    const add = (name: string, index: number | null) => {
      const list = statusMembers!.get(name);
      if (list) list.push(index);
      else statusMembers!.set(name, [index]);
    };
    for (const framework of FRAMEWORKS) {
      for (const shape of framework.methods ?? []) {
        if (shape.status) add(shape.method, shape.status.index);
        else if ((shape.fixedStatus ?? shape.defaultStatus ?? shape.createsResponse) !== undefined) add(shape.method, null);
      }
      for (const shape of framework.properties ?? []) if (shape.value === 'status') add(shape.property, null);
    }
  }
  return statusMembers;
}

/**
 * A member use that sets a status in some framework: `reply.code(404)`, `x.statusCode = …`, `h.redirect(u)`; not
 * `logger.error('failed')` or `logger.error(err)` (a string or an error where Elysia's `error()` takes its status).
 */
function setsStatus(name: string, args: readonly TSESTree.CallExpressionArgument[] | undefined): boolean {
  const shapes = statusMemberShapes().get(name);
  if (!shapes) return false;
  return shapes.some((index) => {
    if (index === null || args === undefined) return true;
    const argument = args[index];
    if (!argument) return false;
    const value = unwrapExpression(argument);
    if (value.type === AST_NODE_TYPES.TemplateLiteral || (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string')) {
      return false;
    }
    // `logger.error(err)`: an error object, not a status; `logger.error(err.message)`: its text.
    const name = value.type === AST_NODE_TYPES.Identifier ? value.name : value.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(value) : null;
    return name === null || !(ERROR_NAME.test(name) || (value.type === AST_NODE_TYPES.MemberExpression && ERROR_TEXT.has(name)));
  });
}

/** Names of variables and properties that hold an error. */
const ERROR_NAME = /^(?:e|err|error|ex|exception|reason)$|(?:Error|Err|Exception)$/u;
/** Names of variables that hold an error (not `e`, which may as well be an event: `e.node.res.statusCode = 404`). */
const ERROR_ROOT = /^(?:err|error|ex|exception)$|(?:Error|Err|Exception)$/u;

/** Properties that hold an error's text, never a status: `err.message`, `error.stack`. */
const ERROR_TEXT: ReadonlySet<string> = new Set(['message', 'stack']);

/** The root of a member chain or call chain: `reply` for `reply.raw.code(…)`, 'this' for `this.res`. */
function rootName(node: TSESTree.Node): string {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else break;
  }
  return current.type === AST_NODE_TYPES.Identifier ? current.name : current.type === AST_NODE_TYPES.ThisExpression ? 'this' : '';
}

/** Typed linting: the root names of the file's status-setting member uses, for `Analyzer.mayAskTypes`. */
function collectStatusRoots(candidates: Candidates): Set<string> {
  const roots = new Set<string>();
  for (const call of candidates.calls) {
    const callee = call.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(call.callee) : undefined;
    if (callee?.type !== AST_NODE_TYPES.MemberExpression) continue;
    const name = getPropertyName(callee);
    if (name !== null && setsStatus(name, call.arguments)) roots.add(rootName(callee.object));
  }
  for (const assignment of candidates.memberAssignments().assignments) {
    const target = assignment.left as TSESTree.MemberExpression;
    const name = getPropertyName(target);
    if (name !== null && setsStatus(name, undefined)) roots.add(rootName(target.object));
  }
  return roots;
}

/** The code sends through the response: it sets its status, a header, its body or its phrase, or ends it. */
function isSendingEvent(event: ResponseEvent): boolean {
  switch (event.type) {
    case 'status':
    case 'headers':
    case 'body':
    case 'phrase':
      return true;
    case 'call':
      return event.effect.terminal === true;
    case 'escape':
      return false;
  }
}

function isResponseMember(name: string): boolean {
  if (!responseMembers) {
    const names = new Set<string>();
    for (const framework of FRAMEWORKS) {
      for (const shape of framework.methods ?? []) names.add(shape.method);
      for (const shape of framework.properties ?? []) names.add(shape.property);
    }
    responseMembers = names;
  }
  return responseMembers.has(name);
}

/** true: certainly a string; false: certainly not; undefined: cannot tell. */
function isStringish(node: TSESTree.Node): boolean | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal) return typeof expression.value === 'string';
  if (expression.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (
    expression.type === AST_NODE_TYPES.ObjectExpression ||
    expression.type === AST_NODE_TYPES.ArrayExpression ||
    expression.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    expression.type === AST_NODE_TYPES.FunctionExpression
  ) {
    return false;
  }
  return undefined;
}
