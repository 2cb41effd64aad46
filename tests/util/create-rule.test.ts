import * as parser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getFileAnalysis } from '../../src/analysis/index.js';
import { createRule } from '../../src/util/create-rule.js';

/** A rule made with createRule that records when its own `create` and `Program:exit` run, and reports each site. */
function recordingRule(calls: string[]) {
  return createRule<[], 'site'>({
    name: 'recording',
    meta: { type: 'problem', docs: { description: 'Records its calls' }, schema: [], messages: { site: 'site' } },
    defaultOptions: [],
    create(context) {
      calls.push('create');
      return {
        'Program:exit'() {
          calls.push('exit');
          for (const site of getFileAnalysis(context).sites) context.report({ node: site.node, messageId: 'site' });
        },
      };
    },
  });
}

function lint(rule: unknown, code: string): Linter.LintMessage[] {
  return lintWith({ rule }, code);
}

/** Lints `code` with each of `rules` enabled, in the order given, as `test/<name>`. */
function lintWith(rules: Record<string, unknown>, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { test: { rules: rules as Record<string, Rule.RuleModule> } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`test/${name}`, 'error'])),
      },
    ],
    'app.ts',
  );
}

/** A rule made with createRule that reports every site with its own message, or throws when asked to. */
function siteRule(name: string, behaviour: 'report' | 'throw') {
  return createRule<[], 'site'>({
    name,
    meta: { type: 'problem', docs: { description: 'Reports each site' }, schema: [], messages: { site: `${name} site` } },
    defaultOptions: [],
    create(context) {
      return {
        'Program:exit'() {
          if (behaviour === 'throw') throw new Error(`${name} failed`);
          for (const site of getFileAnalysis(context).sites) context.report({ node: site.node, messageId: 'site' });
        },
      };
    },
  });
}

const EXPRESS_404 = "import express from 'express';\nexpress().get('/', (req, res) => res.status(404).end());\n";

describe('createRule', () => {
  it("runs the rule's own code only for a file whose analysis found something", () => {
    const calls: string[] = [];
    const rule = recordingRule(calls);
    // Passes the file gate (the word `status` and a digit) but has no status site, response, range check or misplaced
    // status.
    expect(lint(rule, "const status = 'draft';\nexport function publish(post) { post.status = status; post.version = 2; }\n")).toEqual([]);
    expect(calls).toEqual([]);
    // Fails the gate: nothing runs either.
    expect(lint(rule, 'export const port = 8080;\n')).toEqual([]);
    expect(calls).toEqual([]);
    const messages = lint(rule, "import express from 'express';\nexpress().get('/', (req, res) => res.status(404).end());\n");
    expect(messages.map((message) => [message.line, message.column])).toEqual([[2, 45]]);
    expect(calls).toEqual(['create', 'exit']);
  });

  it('creates a rule only in files where its appliesTo holds', () => {
    const calls: string[] = [];
    const seen: number[] = [];
    const rule = createRule<[], 'site'>({
      name: 'ranges',
      meta: { type: 'problem', docs: { description: 'Reports range checks' }, schema: [], messages: { site: 'site' } },
      defaultOptions: [],
      appliesTo: (analysis) => {
        seen.push(analysis.sites.length);
        return analysis.rangeChecks.length > 0;
      },
      create(context) {
        calls.push('create');
        return {
          'Program:exit'() {
            calls.push('exit');
            for (const check of getFileAnalysis(context).rangeChecks) context.report({ node: check.node, messageId: 'site' });
          },
        };
      },
    });
    // A status site but no range check: the analysis is asked, the rule is not created.
    expect(lint(rule, "import express from 'express';\nexpress().get('/', (req, res) => res.status(404).end());\n")).toEqual([]);
    expect(seen).toEqual([1]);
    expect(calls).toEqual([]);
    const messages = lint(rule, 'export async function ok(url) {\n  const res = await fetch(url);\n  return res.status <= 300;\n}\n');
    expect(messages.map((message) => [message.line, message.column])).toEqual([[3, 10]]);
    expect(calls).toEqual(['create', 'exit']);
  });

  it('hands appliesTo the options, with their defaults, when it declares them', () => {
    const seen: unknown[] = [];
    const rule = createRule<[{ codes?: number[]; label?: string }], 'site'>({
      name: 'configured',
      meta: {
        type: 'problem',
        docs: { description: 'Reports configured codes' },
        schema: [{ type: 'object', properties: { codes: { type: 'array', items: { type: 'integer' } }, label: { type: 'string' } } }],
        defaultOptions: [{ label: 'site' }],
        messages: { site: '{{label}}' },
      },
      defaultOptions: [{ label: 'site' }],
      appliesTo: (analysis, [{ codes = [] }]) => {
        seen.push(codes);
        return [...analysis.found.sentCodes].some((code) => codes.includes(code));
      },
      create(context, [{ label = 'site' }]) {
        return {
          'Program:exit'() {
            for (const site of getFileAnalysis(context).sites) context.report({ node: site.node, messageId: 'site', data: { label } });
          },
        };
      },
    });
    const lintConfigured = (options: unknown[]) =>
      new Linter({ configType: 'flat' }).verify(
        EXPRESS_404,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
            plugins: { test: { rules: { configured: rule as unknown as Rule.RuleModule } } },
            rules: { 'test/configured': ['error', ...options] },
          },
        ],
        'app.ts',
      );
    expect(lintConfigured([])).toEqual([]);
    expect(lintConfigured([{ codes: [500] }])).toEqual([]);
    expect(lintConfigured([{ codes: [404] }]).map((message) => [message.message, message.line, message.column])).toEqual([['site', 2, 45]]);
    expect(seen).toEqual([[], [500], [404]]);
  });

  it('rejects a rule that listens to anything but Program:exit, naming the rule and the selector', () => {
    const rule = createRule<[], 'site'>({
      name: 'walker',
      meta: { type: 'problem', docs: { description: 'Walks' }, schema: [], messages: { site: 'site' } },
      defaultOptions: [],
      create: () => ({ CallExpression() {} }),
    });
    expect(() => lint(rule, "import express from 'express';\nexpress().get('/', (req, res) => res.status(404).end());\n")).toThrow(
      "walker: rules made with createRule listen to 'Program:exit' only, not 'CallExpression'.",
    );
  });

  it("reports each rule's findings under its own rule id, whichever rule was created first", () => {
    const messages = lintWith({ first: siteRule('first', 'report'), second: siteRule('second', 'report') }, EXPRESS_404);
    expect(messages.map((message) => [message.ruleId, message.message, message.line, message.column])).toEqual([
      ['test/first', 'first site', 2, 45],
      ['test/second', 'second site', 2, 45],
    ]);
    // Only the second rule enabled: it is the first created for the file and runs alone.
    expect(lintWith({ second: siteRule('second', 'report') }, EXPRESS_404).map((message) => message.ruleId)).toEqual(['test/second']);
  });

  it('names the rule that threw, not the first rule created for the file', () => {
    const rules = { first: siteRule('first', 'report'), broken: siteRule('broken', 'throw') };
    expect(() => lintWith(rules, EXPRESS_404)).toThrow(/broken failed[\s\S]*Rule: "test\/broken"/u);
  });
});
