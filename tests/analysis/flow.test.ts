import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { alwaysRunsBefore } from '../../src/analysis/flow.js';

/** Parses `code` and returns the calls `a()` and `b()` (the first of each). */
function calls(code: string): { a: TSESTree.Node; b: TSESTree.Node } {
  const { ast, visitorKeys } = parseForESLint(code, { range: true, loc: true });
  const found = new Map<string, TSESTree.Node>();
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && !found.has(node.callee.name)) {
        found.set(node.callee.name, node);
      }
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier') {
        const name = node.callee.property.name;
        if ((name === 'a' || name === 'b') && !found.has(name)) found.set(name, node);
      }
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node, node);
      }
    }
  };
  visit(ast, undefined);
  return { a: found.get('a')!, b: found.get('b')! };
}

describe('alwaysRunsBefore', () => {
  it.each([
    ['a(); b();', true],
    ['a(); if (x) b();', true],
    ['a(); if (x) { y(); } else { b(); }', true],
    ['a(); try { b(); } catch { }', true],
    ['if (a()) b();', true],
    ['a() && b();', true],
    ['switch (x) { case 1: a(); b(); }', true],
    ['res.a().b();', true],
    ['b(); a();', false],
    ['if (x) a(); b();', false],
    ['if (x) { a(); } else { b(); }', false],
    ['x ? a() : b();', false],
    ['x && a(); b();', false],
    ['for (const i of list) a(); b();', false],
    ['try { a(); } catch { b(); }', false],
    ['list.forEach(() => a()); b();', false],
    ['res?.a(); b();', true],
  ])('%s → %s', (code, expected) => {
    const { a, b } = calls(code);
    expect(alwaysRunsBefore(a, b)).toBe(expected);
  });
});
