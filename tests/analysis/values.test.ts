import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { resolveStatusValue, resolveStatusValueAt, staticPropertyName } from '../../src/analysis/values.js';

/** The arguments of every `check(…)` call in `code`, with the file's SourceCode. */
function checkedArguments(code: string): { sourceCode: Readonly<TSESLint.SourceCode>; nodes: TSESTree.Node[] } {
  let sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  const nodes: TSESTree.Node[] = [];
  const probe: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        CallExpression(node) {
          const call = node as unknown as TSESTree.CallExpression;
          if (call.callee.type === 'Identifier' && call.callee.name === 'check') nodes.push(call.arguments[0]!);
        },
        'Program:exit'() {
          sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(code, [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { probe: { rules: { values: probe } } }, rules: { 'probe/values': 'error' } },
  ], 'file.ts');
  expect(messages).toEqual([]);
  return { sourceCode: sourceCode!, nodes };
}

describe('resolveStatusValueAt', () => {
  it('folds what resolveStatusValue folds, with or without a literal', () => {
    const { sourceCode, nodes } = checkedArguments(
      [
        "import { StatusCodes } from 'http-status-codes';",
        'const NOT_FOUND = 404;',
        'enum Codes { Gone = 410 }',
        'function f(code: number) {',
        '  check(201); check(204 as const); check(301n); check("404"); check(null); check(/x/);',
        '  check(NOT_FOUND); check(StatusCodes.CONFLICT); check(Codes.Gone); check(-1); check(`5${"00"}`); check(code);',
        '}',
      ].join('\n'),
    );
    const values = nodes.map((node) => resolveStatusValueAt(node, sourceCode));
    expect(values).toEqual(nodes.map((node) => resolveStatusValue(node, sourceCode.getScope(node))));
    expect(values.map((value) => (value.kind === 'number' || value.kind === 'string' ? value.value : value.kind))).toEqual([
      201, 204, 301, '404', 'unknown', 'unknown', 404, 409, 410, -1, '500', 'unknown',
    ]);
  });
});

describe('staticPropertyName', () => {
  it('names what the syntax alone names, and nothing that needs the scope', () => {
    const { nodes } = checkedArguments(
      [
        'class Box { #secret = 1; open() { return check(this.#secret); } }',
        'declare const res: any, key: string;',
        'check(res.status);',
        "check(res['statusCode']);",
        'check(res[0]);',
        'check(res[`status`]);',
        'check(res[key]);',
        "check(res['sta' + 'tus']);",
        'check(res[undefined]);',
      ].join('\n'),
    );
    const names = nodes.map((node) => (node.type === 'MemberExpression' ? staticPropertyName(node) : 'not a member'));
    expect(names).toEqual([null, 'status', 'statusCode', '0', 'status', null, 'status', null]);
  });
});
