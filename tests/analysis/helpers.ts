import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { afterAll } from 'vitest';

import { getFileAnalysis, type FileAnalysis, type ResponseEvent, type StatusSite, type TrackedResponse } from '../../src/analysis/index.js';

export interface AnalyzeCodeOptions {
  /** Defaults to `file.ts` in the working directory. */
  readonly filename?: string;
  /** ESLint `settings` (for example `{ 'http-status': { versions: { express: 5 } } }`). */
  readonly settings?: Record<string, unknown>;
  /** ESLint's working directory, for a `filename` outside the repository (it lints only files below it). */
  readonly cwd?: string;
}

export interface AnalyzedFile {
  readonly analysis: FileAnalysis;
  readonly code: string;
  /** The source text of a node. */
  text(node: { range: readonly [number, number] }): string;
}

/**
 * Parses `code` with the TypeScript parser, runs the shared analysis through a throw-away rule and returns it.
 * Any parse error fails loudly.
 */
export function analyzeCode(code: string, options: AnalyzeCodeOptions = {}): AnalyzedFile {
  let analysis: FileAnalysis | undefined;
  const probe: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        'Program:exit'() {
          analysis = getFileAnalysis(context as unknown as Parameters<typeof getFileAnalysis>[0]);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat', ...(options.cwd ? { cwd: options.cwd } : {}) });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { probe: { rules: { analysis: probe } } },
        rules: { 'probe/analysis': 'error' },
        ...(options.settings ? { settings: options.settings } : {}),
      },
    ],
    options.filename ?? path.join(process.cwd(), 'file.ts'),
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message} (${fatal.line}:${fatal.column})`);
  if (!analysis) throw new Error(`the analysis did not run: ${JSON.stringify(messages)}`);
  return { analysis, code, text: (node) => code.slice(node.range[0], node.range[1]) };
}

/** A compact, comparable view of a site: its source text, value, role, framework, label and facts. */
export function summarizeSite(file: AnalyzedFile, site: StatusSite): Record<string, unknown> {
  return {
    text: file.text(site.node),
    value: valueOf(site.value) ?? 'unknown',
    role: site.role,
    framework: site.framework?.id,
    label: site.effect.label,
    ...(site.effect.unusedStatus ? { unused: true } : {}),
    ...(site.response ? { response: site.response.id } : {}),
  };
}

/** Every site of the file, summarised, in source order. */
export function summarizeSites(file: AnalyzedFile): Record<string, unknown>[] {
  return file.analysis.sites.map((site) => summarizeSite(file, site));
}

/** The events of a response as short strings: `status 404`, `headers location`, `body`, `call json`, `escape`. */
export function summarizeEvents(file: AnalyzedFile, response: TrackedResponse): string[] {
  return response.events.map((event: ResponseEvent) => {
    switch (event.type) {
      case 'status':
        return `status ${String(valueOf(event.site.value) ?? '?')}`;
      case 'headers':
        return `headers ${event.names.join(',')}${event.unknown ? ' +unknown' : ''}`;
      case 'body':
        return 'body';
      case 'phrase':
        return `phrase ${file.text(event.value)}`;
      case 'call':
        return `call ${event.method}`;
      case 'escape':
        return 'escape';
    }
  });
}

export interface AnalyzeOptions {
  readonly filename?: string;
  /** `settings['http-status']`, e.g. `{ versions: { h3: 2 } }`. */
  readonly settings?: Record<string, unknown>;
}

/** The shared analysis of `code` (with `settings['http-status']` set from `options.settings`). */
export function analyze(code: string, options: AnalyzeOptions = {}): FileAnalysis {
  return analyzeCode(code, {
    ...(options.filename ? { filename: options.filename } : {}),
    ...(options.settings ? { settings: { 'http-status': options.settings } } : {}),
  }).analysis;
}

/** A compact, comparable view of a site: `{ text, value, role, framework, implicit }`. */
export function describeSite(site: StatusSite, code: string): Record<string, unknown> {
  return {
    text: code.slice(site.node.range[0], site.node.range[1]),
    value: valueOf(site.value),
    role: site.role,
    framework: site.framework?.name,
    label: site.effect.label,
    ...(site.implicit ? { implicit: true } : {}),
  };
}

/** Sites of `code`, described. */
export function sitesOf(code: string, options?: AnalyzeOptions): Record<string, unknown>[] {
  return analyze(code, options).sites.map((site) => describeSite(site, code));
}

/** Header names set on each tracked response that has events, in order. */
export function headersOf(analysis: FileAnalysis): string[][] {
  return analysis.responses
    .filter((response) => response.events.length > 0)
    .map((response) => response.events.flatMap((event) => (event.type === 'headers' ? event.names : [])));
}

/** A status value as a plain value: the number or string, the members of a union, or undefined when unknown. */
function valueOf(value: StatusSite['value']): number | string | (number | string)[] | undefined {
  if (value.kind === 'unknown') return undefined;
  if (value.kind === 'union') return value.members.map((member) => member.value);
  return value.value;
}

/**
 * Projects written outside the repository (whose own package.json would otherwise be the nearest), a package.json each,
 * removed after the test file: `project(name, manifest)` writes one and returns the path of a file in it.
 */
export function temporaryProjects(prefix: string): {
  readonly root: string;
  readonly project: (name: string, manifest: Record<string, unknown>) => (file: string) => string;
} {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    root,
    project: (name, manifest) => {
      mkdirSync(path.join(root, name), { recursive: true });
      writeFileSync(path.join(root, name, 'package.json'), JSON.stringify({ name, ...manifest }));
      return (file) => path.join(root, name, file);
    },
  };
}
