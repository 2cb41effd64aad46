import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { StatusValue } from '../../src/analysis/types.js';
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

describe('resolveStatusValue of alternatives', () => {
  it('folds `?:`, `||` and `??` to a union of their branches, each with the branch it is written as', () => {
    const { sourceCode, nodes } = checkedArguments(
      [
        'const GONE = 410;',
        'function f(ok: boolean, err: { status?: number }, code: number) {',
        '  check(ok ? 200 : 4040); check(err.status || 500); check(code ?? GONE); check(ok ? (code ? 304 : "200") : 201);',
        '  check(404 || code); check(0 || 503); check("" || code); check(204 ?? code); check(ok && 404); check(ok ? code : err.status);',
        '}',
      ].join('\n'),
    );
    const text = sourceCode.getText();
    const summary = (value: StatusValue) =>
      value.kind === 'union'
        ? { members: value.members.map((member) => [member.value, member.node && text.slice(...member.node.range)]), partial: value.partial ?? false }
        : value.kind === 'unknown'
          ? 'unknown'
          : value.value;
    expect(nodes.map((node) => summary(resolveStatusValue(node, sourceCode.getScope(node))))).toEqual([
      { members: [[200, '200'], [4040, '4040']], partial: false },
      { members: [[500, '500']], partial: true },
      { members: [[410, 'GONE']], partial: true },
      { members: [[304, '304'], ['200', '"200"'], [201, '201']], partial: false },
      // A left operand that folds decides which branch is taken.
      { members: [[404, '404']], partial: false },
      { members: [[503, '503']], partial: false },
      'unknown',
      { members: [[204, '204']], partial: false },
      // `&&` gives its left operand when it is falsy: no status.
      'unknown',
      'unknown',
    ]);
  });

  it('folds a const initialised with alternatives, as a named value reported where the name is used', () => {
    const { sourceCode, nodes } = checkedArguments(
      [
        'function f(err: { status?: number }, ok: boolean, input: number) {',
        '  const status = err.status || 5000;',
        '  const code = ok ? 200 : 401;',
        '  let changing = ok ? 200 : 404;',
        '  const { fallback = 500 } = err as { fallback?: number };',
        '  const a: number = b || 1;',
        '  const b: number = a || 2;',
        '  check(status); check(code); check(changing); check(fallback); check(a);',
        '}',
      ].join('\n'),
    );
    const values = nodes.map((node) => resolveStatusValue(node, sourceCode.getScope(node)));
    expect(values.slice(0, 2)).toEqual([
      { kind: 'union', members: [{ kind: 'number', value: 5000, constant: { local: true, name: 'status' } }], partial: true },
      {
        kind: 'union',
        members: [
          { kind: 'number', value: 200, constant: { local: true, name: 'code' } },
          { kind: 'number', value: 401, constant: { local: true, name: 'code' } },
        ],
      },
    ]);
    // A `let` may change, a pattern is no one expression; two consts that refer to each other stop at the second look.
    expect(values.slice(2, 4)).toEqual([{ kind: 'unknown' }, { kind: 'unknown' }]);
    expect(values[4]).toMatchObject({ kind: 'union', partial: true });
  });

  it('gives up on more than sixteen alternatives', () => {
    const branches = Array.from({ length: 17 }, (_, index) => `c${index} ? ${200 + index} : `).join('');
    const { sourceCode, nodes } = checkedArguments(`declare const ${Array.from({ length: 17 }, (_, i) => `c${i}`).join(', ')}: boolean;\ncheck(${branches}500);`);
    expect(resolveStatusValue(nodes[0]!, sourceCode.getScope(nodes[0]!))).toEqual({ kind: 'unknown' });
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
