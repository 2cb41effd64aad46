import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { alwaysRunsAfter, alwaysRunsBefore, exitsBefore } from '../../src/analysis/flow.js';

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
    ['a(); setTimeout(() => b());', true],
    ['f(); a(); function f() { b(); }', false],
  ])('%s → %s', (code, expected) => {
    const { a, b } = calls(code);
    expect(alwaysRunsBefore(a, b)).toBe(expected);
  });
});

describe('alwaysRunsAfter', () => {
  it.each([
    ['a(); b();', true],
    ['a(); y(); return b();', true],
    ['if (x) a(); b();', true],
    ['for (const i of list) a(); b();', true],
    ['function f() { a(); b(); }', true],
    ['switch (x) { case 1: a(); b(); }', true],
    ['res.a().b();', true],
    ['a(); if (x) b();', false],
    ['a(); x ? b() : y();', false],
    ['a(); x && b();', false],
    ['a(); if (x) return; b();', false],
    ['if (x) { a(); return; } b();', false],
    ['a(); try { b(); } catch { }', false],
    ['list.forEach(() => a()); b();', false],
    ['a(); list.forEach(() => b());', false],
    ['b(); a();', false],
    ['a(), b();', false],
    ['res.b(a());', false],
  ])('%s → %s', (code, expected) => {
    const { a, b } = calls(code);
    expect(alwaysRunsAfter(a, b)).toBe(expected);
  });
});

describe('exitsBefore', () => {
  // The response lives in the outer function's scope: the argument \`owner\` is its body.
  it.each([
    ['function h() { if (x) { a(); return; } b(); }', true],
    ['function h() { if (x) { a(); throw e; } b(); }', true],
    ['function h() { if (x) { a(); } b(); }', false],
    ['function h() { b(); if (x) { a(); return; } }', false],
    ['function h() { for (const i of l) { if (i) { a(); return; } b(); } }', false],
    ['function h() { try { if (x) { a(); return; } } finally { b(); } }', false],
    ['function h() { if (x) { a(); return; } function f() { b(); } }', false],
    ['function h() { if (x) { a(); return; } const f = () => b(); }', true],
    ['function h() { switch (x) { case 1: a(); break; } b(); }', false],
  ])('%s → %s', (code, expected) => {
    const { a, b } = calls(code);
    let owner: TSESTree.Node = a;
    while (owner.type !== 'FunctionDeclaration' || owner.id?.name !== 'h') owner = owner.parent!;
    expect(exitsBefore(a, b, owner.body)).toBe(expected);
  });
});
