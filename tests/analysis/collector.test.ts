import { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { CandidateCollector } from '../../src/analysis/analyze.js';

function nodesOf(code: string, type: AST_NODE_TYPES): TSESTree.Node[] {
  const { ast, visitorKeys } = parseForESLint(code, { range: true, loc: true });
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === type) found.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(ast);
  return found;
}

describe('CandidateCollector', () => {
  it('hands out calls and assignments in source order, whatever order the traversal met them in', () => {
    const code = 'a(); res.statusCode = 1; b(); res.statusCode = 2; new C();';
    const collector = new CandidateCollector();
    const nodes = [...nodesOf(code, AST_NODE_TYPES.CallExpression), ...nodesOf(code, AST_NODE_TYPES.NewExpression), ...nodesOf(code, AST_NODE_TYPES.AssignmentExpression)];
    for (const node of nodes.reverse()) collector.visit(node);
    const { calls, assignments } = collector.finish();
    const text = (node: TSESTree.Node) => code.slice(...node.range);
    expect(calls.map(text)).toEqual(['a()', 'b()', 'new C()']);
    expect(assignments.map(text)).toEqual(['res.statusCode = 1', 'res.statusCode = 2']);
  });

  it('keeps the order of a traversal in source order', () => {
    const code = 'f(g(1)); h();';
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.CallExpression)) collector.visit(node);
    expect(collector.finish().calls.map((node) => code.slice(...node.range))).toEqual(['f(g(1))', 'g(1)', 'h()']);
  });
});
