import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { getFileAnalysis, type FileAnalysis, type StatusSite } from '../../src/analysis/index.js';

export interface AnalyzeOptions {
  readonly filename?: string;
  /** `settings['http-status']`, e.g. `{ versions: { h3: 2 } }`. */
  readonly settings?: Record<string, unknown>;
}

/** Lints `code` with a throwaway rule that captures the shared analysis of the file. */
export function analyze(code: string, options: AnalyzeOptions = {}): FileAnalysis {
  let captured: FileAnalysis | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        'Program:exit'() {
          captured = getFileAnalysis(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { test: { rules: { capture: rule } } },
        rules: { 'test/capture': 'error' },
        settings: options.settings ? { 'http-status': options.settings } : {},
      },
    ],
    options.filename ?? 'file.ts',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!captured) throw new Error('analysis was not captured');
  return captured;
}

/** A compact, comparable view of a site: `{ text, value, role, framework, implicit }`. */
export function describeSite(site: StatusSite, code: string): Record<string, unknown> {
  return {
    text: code.slice(site.node.range[0], site.node.range[1]),
    value: site.value.kind === 'unknown' ? undefined : site.value.value,
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
