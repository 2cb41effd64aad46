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

  it('keeps the callee summary and start of each call, and the member name of each assignment, with their nodes when sorting', () => {
    const code = 'res.status(1); f(); res[k](2); new C(); x()(); res.statusCode = 3; res[k] = 4;';
    const collector = new CandidateCollector();
    const nodes = [...nodesOf(code, AST_NODE_TYPES.CallExpression), ...nodesOf(code, AST_NODE_TYPES.NewExpression), ...nodesOf(code, AST_NODE_TYPES.AssignmentExpression)];
    for (const node of nodes.reverse()) collector.visit(node);
    const { calls, callees, callStarts, assignments, assignedNames } = collector.finish();
    // Calls with one start (`x()()` and `x()`) keep the order they were met in.
    expect(calls.map((node) => code.slice(...node.range))).toEqual(['res.status(1)', 'f()', 'res[k](2)', 'new C()', 'x()', 'x()()']);
    // CalleeKind: 0 other (new, call of a call), 1 computed member, 2 identifier; a plain member's name as is.
    expect(callees).toEqual(['status', 2, 1, 0, 2, 0]);
    expect(callStarts).toEqual(calls.map((node) => node.range[0]));
    expect(assignments.map((node) => code.slice(...node.range))).toEqual(['res.statusCode = 3', 'res[k] = 4']);
    expect(assignedNames).toEqual(['statusCode', undefined]);
  });

  it('keeps only the comparisons with an operand that may be a status read', () => {
    const code = [
      'if (res.status === 404) {}',
      "if (res['statusCode'] >= 500) {}",
      'if (page.status() === 200) {}',
      'if (status !== 201) {}',
      'if (200 == httpStatus) {}',
      'if ((res.status as number) === 204) {}',
      'if (i < n) {}',
      "if (typeof x === 'string') {}",
      'if (res.statusText === "OK") {}',
      'if (res.status + 1 > 2) {}',
    ].join('\n');
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.BinaryExpression)) collector.visit(node);
    expect(collector.finish().comparisons.map((node) => code.slice(...node.range))).toEqual([
      'res.status === 404',
      "res['statusCode'] >= 500",
      'page.status() === 200',
      'status !== 201',
      '200 == httpStatus',
      '(res.status as number) === 204',
    ]);
  });

  it('keeps only the calls that may assert a status', () => {
    const code = [
      'expect(res.status).toBe(404);',
      'expect(response.statusCode).not.toEqual(500);',
      "expect(res).toHaveProperty('status', 201);",
      'assert.equal(res.statusCode, 200);',
      'assert.strictEqual(201, status);',
      'equal(res.status, 204);',
      '[301, 302].includes(res.status);',
      "request(app).get('/').expect(200);",
      'expect(items.length).toBe(3);',
      "assert.equal(user.name, 'x');",
      '[1, 2].includes(n);',
      'log(res.status);',
      "res.send('ok');",
    ].join('\n');
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.CallExpression)) collector.visit(node);
    expect(collector.finish().assertingCalls.map((node) => code.slice(...node.range))).toEqual([
      'expect(res.status).toBe(404)',
      'expect(response.statusCode).not.toEqual(500)',
      "expect(res).toHaveProperty('status', 201)",
      'assert.equal(res.statusCode, 200)',
      'assert.strictEqual(201, status)',
      'equal(res.status, 204)',
      '[301, 302].includes(res.status)',
      "request(app).get('/').expect(200)",
    ]);
  });

  it('keeps the order of a traversal in source order', () => {
    const code = 'f(g(1)); h();';
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.CallExpression)) collector.visit(node);
    expect(collector.finish().calls.map((node) => code.slice(...node.range))).toEqual(['f(g(1))', 'g(1)', 'h()']);
  });
});
