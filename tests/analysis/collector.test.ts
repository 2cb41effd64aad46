import { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { CandidateCollector, spellsWord } from '../../src/analysis/analyze.js';
import { analyzeCode } from './helpers.js';

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
    const { calls, callStartsInOrder, memberAssignments } = collector.finish();
    const { assignments } = memberAssignments();
    const text = (node: TSESTree.Node) => code.slice(...node.range);
    // Calls are put in order when a pass asks for their starts (files whose analysis walks no call never pay for it).
    expect(calls.map(text)).toEqual(['new C()', 'b()', 'a()']);
    callStartsInOrder();
    expect(calls.map(text)).toEqual(['a()', 'b()', 'new C()']);
    expect(assignments.map(text)).toEqual(['res.statusCode = 1', 'res.statusCode = 2']);
  });

  it('keeps the callee summary and start of each call, and the member name of each assignment, with their nodes when sorting', () => {
    const code = 'res.status(1); f(); res[k](2); new C(); x()(); res.statusCode = 3; res[k] = 4; plain = 5;';
    const collector = new CandidateCollector();
    const nodes = [...nodesOf(code, AST_NODE_TYPES.CallExpression), ...nodesOf(code, AST_NODE_TYPES.NewExpression), ...nodesOf(code, AST_NODE_TYPES.AssignmentExpression)];
    for (const node of nodes.reverse()) collector.visit(node);
    const { calls, callees, callStartsInOrder, memberAssignments } = collector.finish();
    const { assignments, names: assignedNames } = memberAssignments();
    expect(memberAssignments().assignments).toBe(assignments);
    const callStarts = callStartsInOrder();
    // Asked twice, the order and the starts stay as they are.
    expect(callStartsInOrder()).toBe(callStarts);
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

  it('keeps only the switches whose discriminant may be a status read', () => {
    const code = [
      'switch (res.status) { case 404: break; }',
      'switch (statusCode) { case 500: break; }',
      'switch (status) { case 201: break; }',
      'switch (action.type) { case "x": break; }',
      'switch (kind) { case 1: break; }',
    ].join('\n');
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.SwitchStatement)) collector.visit(node);
    expect(collector.finish().switches.map((node) => code.slice(node.range[0], code.indexOf(')', node.range[0]) + 1))).toEqual([
      'switch (res.status)',
      'switch (statusCode)',
      'switch (status)',
    ]);
  });

  it('keeps the order of a traversal in source order', () => {
    const code = 'f(g(1)); h();';
    const collector = new CandidateCollector();
    for (const node of nodesOf(code, AST_NODE_TYPES.CallExpression)) collector.visit(node);
    expect(collector.finish().calls.map((node) => code.slice(...node.range))).toEqual(['f(g(1))', 'g(1)', 'h()']);
  });
});

describe('spellsWord', () => {
  it('finds a word with no identifier character on either side', () => {
    expect(spellsWord('return new Response(null, { status: 204 });', 'Response')).toBe(true);
    expect(spellsWord('Response.json({})', 'Response')).toBe(true);
    expect(spellsWord('x = globalThis.Response', 'Response')).toBe(true);
    expect(spellsWord("globalThis['Response']", 'Response')).toBe(true);
    // A later occurrence counts when the first is part of a longer name.
    expect(spellsWord('NextResponse.json(a); new Response(b)', 'Response')).toBe(true);
  });

  it('does not take a longer name for the word', () => {
    expect(spellsWord('NextResponse.json({}, { status: 201 })', 'Response')).toBe(false);
    expect(spellsWord('const init: ResponseInit = {}; HttpResponse.text(""); $Response(); Response_()', 'Response')).toBe(false);
    expect(spellsWord('no such word', 'Response')).toBe(false);
  });

  it('looks from the offset it is given on', () => {
    const text = 'new Response(a); status; NextResponse.json(b)';
    expect(spellsWord(text, 'Response', 4)).toBe(true);
    expect(spellsWord(text, 'Response', 5)).toBe(false);
    expect(spellsWord(text, 'Response', text.length)).toBe(false);
  });
});

describe('files without a framework', () => {
  it('analyse to nothing when nothing was collected, however often they spell status', () => {
    const { analysis } = analyzeCode("const order = { status: 'paid' };\norder.status = 'shipped';\nlog(order.status, status);\n");
    expect(analysis.sites).toEqual([]);
    expect(analysis.responses).toEqual([]);
    expect(analysis.rangeChecks).toEqual([]);
  });

  it('still analyse comparisons, switches, assertions and the Fetch Response', () => {
    const file = analyzeCode(
      [
        'const res = await fetch(url);',
        'if (res.status === 404) {}',
        'switch (res.status) { case 500: break; }',
        'expect(res.status).toBe(201);',
        'export const GET = () => new Response(null, { status: 204 });',
      ].join('\n'),
    );
    expect(file.analysis.sites.map((site) => [site.role, file.text(site.node)])).toEqual([
      ['comparison', '404'],
      ['comparison', '500'],
      ['assertion', '201'],
      ['response', '204'],
    ]);
  });
});

describe('FileAnalysis.found', () => {
  it('lists the roles, value kinds and event types found, phrases and status overrides', () => {
    const { analysis } = analyzeCode(
      [
        "import express from 'express';",
        'const app = express();',
        "app.get('/a', (req, res) => { res.status(301); res.redirect('/b'); });",
        "app.get('/c', (req, res) => { res.writeHead(404, 'Not Found'); res.end('gone'); });",
        "app.get('/d', (req, res) => { res.status('500').send('x'); });",
        'export async function probe() { const r = await fetch("/x"); return r.status === 204; }',
      ].join('\n'),
    );
    const { roles, valueKinds, eventTypes, phrases, statusOverrides } = analysis.found;
    expect([...roles].sort()).toEqual(['comparison', 'response']);
    expect([...valueKinds].sort()).toEqual(['number', 'string']);
    // `redirect` sets its Location header; `writeHead(404, 'Not Found')` gives its phrase with the status.
    expect([...eventTypes].sort()).toEqual(['body', 'call', 'headers', 'phrase', 'status']);
    expect(phrases).toBe(true);
    expect(statusOverrides).toBe(true);
    expect(analysis.found.irregularNumbers).toBe(false);
    // `status('500')` is a string: its role counts, not its number; comparisons send nothing.
    expect([...analysis.found.numberRoles].sort()).toEqual(['comparison', 'response']);
    expect([...analysis.found.sentCodes].sort()).toEqual([301, 404]);
    expect(analysis.found.writtenNumbers).toBe(true);
    expect(analysis.found.usesClient).toBe(false);
    expect(analysis.found.redirectResponses).toBe(false);
  });

  it('tells numbers written from constants, implied codes and numbers from a client request apart', () => {
    const { analysis } = analyzeCode(
      [
        "import Boom from '@hapi/boom';",
        "import { StatusCodes } from 'http-status-codes';",
        "import axios from 'axios';",
        "import express from 'express';",
        "express().get('/', (req, res) => res.status(StatusCodes.CREATED).end());",
        'export const deny = () => Boom.unauthorized();',
        "export async function probe() { const res = await axios.get('/x'); return res.status === StatusCodes.OK; }",
      ].join('\n'),
    );
    expect([...analysis.found.numberRoles].sort()).toEqual(['comparison', 'error', 'response']);
    expect([...analysis.found.sentCodes].sort()).toEqual([201, 401]);
    expect(analysis.found.writtenNumbers).toBe(false);
    expect(analysis.found.usesClient).toBe(true);
  });

  it('finds a response a redirect helper created, whose status goes out with its Location', () => {
    const { analysis } = analyzeCode(
      [
        "import Hapi from '@hapi/hapi';",
        'const server = Hapi.server();',
        "server.route({ method: 'GET', path: '/', handler: (request, h) => h.redirect('/app').code(200) });",
      ].join('\n'),
    );
    expect(analysis.found.redirectResponses).toBe(true);
    expect([...analysis.found.numberRoles]).toEqual(['response']);
  });

  it('is empty for a file without sites or responses', () => {
    const { analysis } = analyzeCode("const status = 'draft';\nexport function publish(post) { post.status = status; }\n");
    expect(analysis.found).toEqual({
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
    });
  });

  it.each([
    ['an unregistered code', 'res.status(4040);'],
    ['a reserved code', 'res.status(306);'],
    ['a deprecated code', 'res.status(305);'],
    ['a fraction', 'res.status(200.5);'],
    ['a bigint', 'res.status(404n);'],
    ['a code outside the range the API accepts', 'res.writeHead(99);'],
    ['a code outside the range Response accepts', 'export const GET = () => new Response(null, { status: 101 });'],
  ])('tells irregular numbers apart: %s', (_, statement) => {
    const { analysis } = analyzeCode(`import express from 'express';\nexpress().get('/', (req, res) => { ${statement} });\n`);
    expect(analysis.sites.length).toBeGreaterThan(0);
    expect(analysis.found.irregularNumbers).toBe(true);
  });

  it('has no irregular numbers for codes in use, within range, or a status only defaulted', () => {
    const { analysis } = analyzeCode(
      [
        "import express from 'express';",
        "express().get('/', (req, res) => { res.status(ok ? 201 : 103); res.sendStatus(429); res.send('x'); });",
        'export const GET = () => new Response(null, { status: 204 });',
      ].join('\n'),
    );
    expect(analysis.sites.length).toBeGreaterThan(1);
    expect(analysis.found.irregularNumbers).toBe(false);
  });
});
