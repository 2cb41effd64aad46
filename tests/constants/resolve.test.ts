import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getConstantLibrary, type ConstantLibraryId } from '../../src/constants/libraries.js';
import { findImportedLibraryBinding, resolveLibraryConstant } from '../../src/constants/resolve.js';

type Scope = TSESLint.Scope.Scope;

function parse(code: string) {
  return parseForESLint(code, { sourceType: 'module', ecmaVersion: 'latest', range: true, loc: true });
}

/** Depth-first walk over every AST node (skipping `parent` links). */
function* walk(node: TSESTree.Node): Generator<TSESTree.Node> {
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
        yield* walk(child as TSESTree.Node);
      }
    }
  }
}

/** The innermost scope whose block contains `node`. */
function innermostScope(globalScope: Scope, node: TSESTree.Node): Scope {
  let scope = globalScope;
  for (;;) {
    const child = scope.childScopes.find(
      (s) => s.block.range[0] <= node.range[0] && node.range[1] <= s.block.range[1],
    );
    if (!child) return scope;
    scope = child;
  }
}

/** Resolves the first argument of the last `use(...)` call in `code`. */
function resolveIn(code: string) {
  const { ast, scopeManager } = parse(code);
  const calls = [...walk(ast)].filter(
    (n): n is TSESTree.CallExpression =>
      n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'use',
  );
  const call = calls.at(-1);
  if (!call) throw new Error('no use(...) call in test code');
  const arg = call.arguments[0];
  if (!arg) throw new Error('use() without argument');
  const globalScope = scopeManager.globalScope as Scope | null;
  if (!globalScope) throw new Error('no global scope');
  const resolved = resolveLibraryConstant(arg, innermostScope(globalScope, arg));
  return resolved && { library: resolved.library.id, name: resolved.name, code: resolved.code };
}

function expectResolves(code: string, library: ConstantLibraryId, name: string, codeNumber: number): void {
  expect(resolveIn(code), code).toEqual({ library, name, code: codeNumber });
}

function expectUnresolved(code: string): void {
  expect(resolveIn(code), code).toBeUndefined();
}

describe('resolveLibraryConstant: http-status-codes', () => {
  const lib = 'http-status-codes';
  it('named import', () => {
    expectResolves(`import { StatusCodes } from 'http-status-codes'; use(StatusCodes.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
  });
  it('legacy and non-IANA member names', () => {
    const imp = `import { StatusCodes } from 'http-status-codes';`;
    expectResolves(`${imp} use(StatusCodes.MOVED_TEMPORARILY);`, lib, 'MOVED_TEMPORARILY', 302);
    expectResolves(`${imp} use(StatusCodes.REQUEST_TOO_LONG);`, lib, 'REQUEST_TOO_LONG', 413);
    expectResolves(`${imp} use(StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE);`, lib, 'INSUFFICIENT_SPACE_ON_RESOURCE', 419);
  });
  it('aliased import', () => {
    expectResolves(`import { StatusCodes as SC } from 'http-status-codes'; use(SC.CREATED);`, lib, 'CREATED', 201);
  });
  it('namespace import', () => {
    expectResolves(`import * as hsc from 'http-status-codes'; use(hsc.StatusCodes.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
  });
  it('default import of the CJS package', () => {
    expectResolves(`import hsc from 'http-status-codes'; use(hsc.StatusCodes.GONE);`, lib, 'GONE', 410);
  });
  it('require destructuring', () => {
    expectResolves(`const { StatusCodes } = require('http-status-codes'); use(StatusCodes.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`const { StatusCodes: S } = require('http-status-codes'); use(S.OK);`, lib, 'OK', 200);
  });
  it('require assignment', () => {
    expectResolves(`const hsc = require('http-status-codes'); use(hsc.StatusCodes.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`const SC = require('http-status-codes').StatusCodes; use(SC.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
  });
  it('computed string keys', () => {
    const imp = `import { StatusCodes } from 'http-status-codes';`;
    expectResolves(`${imp} use(StatusCodes['NOT_FOUND']);`, lib, 'NOT_FOUND', 404);
    expectResolves(`${imp} use(StatusCodes[\`NOT_FOUND\`]);`, lib, 'NOT_FOUND', 404);
    expectResolves(`import * as hsc from 'http-status-codes'; use(hsc['StatusCodes']["NOT_FOUND"]);`, lib, 'NOT_FOUND', 404);
  });
  it('optional chaining and TS wrappers', () => {
    const imp = `import { StatusCodes } from 'http-status-codes';`;
    expectResolves(`${imp} use(StatusCodes?.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`${imp} use(StatusCodes.NOT_FOUND as number);`, lib, 'NOT_FOUND', 404);
    expectResolves(`${imp} use(StatusCodes!.NOT_FOUND!);`, lib, 'NOT_FOUND', 404);
    expectResolves(`${imp} use((StatusCodes as any).NOT_FOUND satisfies number);`, lib, 'NOT_FOUND', 404);
    expectResolves(`import * as hsc from 'http-status-codes'; use(hsc?.StatusCodes?.['NOT_FOUND']);`, lib, 'NOT_FOUND', 404);
  });
  it('inside nested functions', () => {
    expectResolves(
      `import { StatusCodes } from 'http-status-codes';
       function handler(req, res) { return () => { if (req) use(StatusCodes.BAD_REQUEST); }; }`,
      lib,
      'BAD_REQUEST',
      400,
    );
  });
  it('a local alias of the imported object', () => {
    expectResolves(`import { StatusCodes } from 'http-status-codes'; const S = StatusCodes; use(S.ACCEPTED);`, lib, 'ACCEPTED', 202);
  });
});

describe('resolveLibraryConstant: @nestjs/common', () => {
  it('HttpStatus', () => {
    expectResolves(`import { HttpStatus } from '@nestjs/common'; use(HttpStatus.NOT_FOUND);`, '@nestjs/common', 'NOT_FOUND', 404);
    expectResolves(`import { Controller, HttpStatus as H } from '@nestjs/common'; use(H.CONTENT_DIFFERENT);`, '@nestjs/common', 'CONTENT_DIFFERENT', 210);
    expectResolves(`const { HttpStatus } = require('@nestjs/common'); use(HttpStatus.FOUND);`, '@nestjs/common', 'FOUND', 302);
  });
  it('names Nest lacks do not resolve', () => {
    expectUnresolved(`import { HttpStatus } from '@nestjs/common'; use(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS);`);
    expectUnresolved(`import { HttpStatus } from '@nestjs/common'; use(HttpStatus.MOVED_TEMPORARILY);`);
  });
});

describe('resolveLibraryConstant: node:http2', () => {
  const lib = 'node:http2';
  it('named constants import from node:http2 and http2', () => {
    expectResolves(`import { constants } from 'node:http2'; use(constants.HTTP_STATUS_NOT_FOUND);`, lib, 'HTTP_STATUS_NOT_FOUND', 404);
    expectResolves(`import { constants } from 'http2'; use(constants.HTTP_STATUS_TEAPOT);`, lib, 'HTTP_STATUS_TEAPOT', 418);
    expectResolves(`import { constants as c } from 'http2'; use(c['HTTP_STATUS_OK']);`, lib, 'HTTP_STATUS_OK', 200);
  });
  it('default, namespace and require of the module', () => {
    expectResolves(`import http2 from 'node:http2'; use(http2.constants.HTTP_STATUS_NOT_FOUND);`, lib, 'HTTP_STATUS_NOT_FOUND', 404);
    expectResolves(`import * as http2 from 'http2'; use(http2.constants.HTTP_STATUS_NOT_FOUND);`, lib, 'HTTP_STATUS_NOT_FOUND', 404);
    expectResolves(`const http2 = require('http2'); use(http2.constants.HTTP_STATUS_NOT_FOUND);`, lib, 'HTTP_STATUS_NOT_FOUND', 404);
    expectResolves(`const { constants } = require('node:http2'); use(constants.HTTP_STATUS_GONE);`, lib, 'HTTP_STATUS_GONE', 410);
    expectResolves(`import http2 = require('http2'); use(http2.constants.HTTP_STATUS_NOT_FOUND);`, lib, 'HTTP_STATUS_NOT_FOUND', 404);
  });
  it('destructured members used as bare identifiers', () => {
    expectResolves(
      `import http2 from 'node:http2'; const { HTTP_STATUS_NOT_FOUND } = http2.constants; use(HTTP_STATUS_NOT_FOUND);`,
      lib,
      'HTTP_STATUS_NOT_FOUND',
      404,
    );
    expectResolves(
      `import { constants } from 'http2'; const { HTTP_STATUS_NOT_FOUND, HTTP_STATUS_OK: OK } = constants; use(OK);`,
      lib,
      'HTTP_STATUS_OK',
      200,
    );
    expectResolves(
      `const http2 = require('http2'); const { HTTP_STATUS_NOT_FOUND } = http2.constants; use(HTTP_STATUS_NOT_FOUND);`,
      lib,
      'HTTP_STATUS_NOT_FOUND',
      404,
    );
    expectResolves(
      `const { constants: { HTTP_STATUS_CONFLICT } } = require('http2'); use(HTTP_STATUS_CONFLICT);`,
      lib,
      'HTTP_STATUS_CONFLICT',
      409,
    );
  });
  it('non-status members and other modules do not resolve', () => {
    expectUnresolved(`import { constants } from 'node:http2'; use(constants.NGHTTP2_NO_ERROR);`);
    expectUnresolved(`import { constants } from 'node:http2'; use(constants.HTTP2_HEADER_STATUS);`);
    expectUnresolved(`import { constants } from 'node:os'; use(constants.HTTP_STATUS_NOT_FOUND);`);
    expectUnresolved(`const { HTTP_STATUS_NOT_FOUND } = somethingElse.constants; use(HTTP_STATUS_NOT_FOUND);`);
    expectUnresolved(`import http2 from 'node:http2'; const { HTTP_STATUS_NOT_FOUND } = http2; use(HTTP_STATUS_NOT_FOUND);`);
  });
});

describe('resolveLibraryConstant: http-status', () => {
  const lib = 'http-status';
  it('default import, named status, namespace and require', () => {
    expectResolves(`import httpStatus from 'http-status'; use(httpStatus.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`import { status } from 'http-status'; use(status.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`import { status as s } from 'http-status'; use(s.REQUEST_ENTITY_TOO_LARGE);`, lib, 'REQUEST_ENTITY_TOO_LARGE', 413);
    expectResolves(`import * as hs from 'http-status'; use(hs.default.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`import * as hs from 'http-status'; use(hs.status.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`const httpStatus = require('http-status'); use(httpStatus.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`const { status } = require('http-status'); use(status.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
    expectResolves(`const httpStatus = require('http-status').default; use(httpStatus.NOT_FOUND);`, lib, 'NOT_FOUND', 404);
  });
  it('string members and unknown names do not resolve', () => {
    expectUnresolved(`import httpStatus from 'http-status'; use(httpStatus['404_NAME']);`);
    expectUnresolved(`import httpStatus from 'http-status'; use(httpStatus['404_MESSAGE']);`);
    expectUnresolved(`import httpStatus from 'http-status'; use(httpStatus[404]);`);
    expectUnresolved(`import httpStatus from 'http-status'; use(httpStatus.extra);`);
    expectUnresolved(`import httpStatus from 'http-status'; use(httpStatus.extra.unofficial.THIS_IS_FINE);`);
    expectUnresolved(`import { httpStatus } from 'http-status'; use(httpStatus.NOT_FOUND);`); // no such export in 2.1.0
  });
});

describe('resolveLibraryConstant: negatives', () => {
  it('a local object with the same name is not the library', () => {
    expectUnresolved(`const StatusCodes = { NOT_FOUND: 4040 }; use(StatusCodes.NOT_FOUND);`);
    expectUnresolved(`const HttpStatus = { NOT_FOUND: 404 }; use(HttpStatus.NOT_FOUND);`);
    expectUnresolved(`use(StatusCodes.NOT_FOUND);`); // undeclared global
  });
  it('a shadowing parameter is not the import', () => {
    expectUnresolved(
      `import { StatusCodes } from 'http-status-codes'; function f(StatusCodes) { use(StatusCodes.NOT_FOUND); }`,
    );
    expectUnresolved(
      `import { StatusCodes } from 'http-status-codes'; function f({ StatusCodes }) { use(StatusCodes.NOT_FOUND); }`,
    );
    expectUnresolved(
      `import { constants } from 'node:http2'; const f = (constants) => use(constants.HTTP_STATUS_NOT_FOUND);`,
    );
  });
  it('a shadowing block-scoped variable is not the import', () => {
    expectUnresolved(
      `import { StatusCodes } from 'http-status-codes'; { const StatusCodes = { NOT_FOUND: 4040 }; use(StatusCodes.NOT_FOUND); }`,
    );
  });
  it('unknown member names and dynamic keys do not resolve', () => {
    const imp = `import { StatusCodes } from 'http-status-codes';`;
    expectUnresolved(`${imp} use(StatusCodes.NOT_FOUNDD);`);
    expectUnresolved(`${imp} use(StatusCodes.FOUND);`); // http-status-codes spells 302 MOVED_TEMPORARILY
    expectUnresolved(`${imp} const k = 'NOT_FOUND'; use(StatusCodes[k]);`);
    expectUnresolved(`${imp} use(StatusCodes[\`\${'NOT_FOUND'}\`]);`);
    expectUnresolved(`${imp} use(StatusCodes);`);
    expectUnresolved(`${imp} use(StatusCodes.NOT_FOUND.toString);`);
    expectUnresolved(`${imp} use(StatusCodes.NOT_FOUND + 1);`);
  });
  it('other exports and other modules do not resolve', () => {
    expectUnresolved(`import { ReasonPhrases } from 'http-status-codes'; use(ReasonPhrases.NOT_FOUND);`);
    expectUnresolved(`import { StatusCodes } from 'my-status-codes'; use(StatusCodes.NOT_FOUND);`);
    expectUnresolved(`import * as hsc from 'http-status-codes'; use(hsc.NOT_FOUND);`);
    expectUnresolved(`const hsc = require('http-status-codes'); use(hsc.NOT_FOUND);`);
    expectUnresolved(`const { StatusCodes } = require('other'); use(StatusCodes.NOT_FOUND);`);
  });
  it('type-only imports do not resolve as values', () => {
    expectUnresolved(`import type { StatusCodes } from 'http-status-codes'; use(StatusCodes.NOT_FOUND);`);
    expectUnresolved(`import { type StatusCodes } from 'http-status-codes'; use(StatusCodes.NOT_FOUND);`);
  });
  it('a user-defined require or reassigned binding does not resolve', () => {
    expectUnresolved(
      `function require(m) { return { StatusCodes: {} }; } const { StatusCodes } = require('http-status-codes'); use(StatusCodes.NOT_FOUND);`,
    );
    expectUnresolved(
      `let http2 = require('http2'); http2 = { constants: {} }; use(http2.constants.HTTP_STATUS_NOT_FOUND);`,
    );
    expectUnresolved(`let S; S = require('http-status-codes').StatusCodes; use(S.NOT_FOUND);`);
  });
  it('createRequire counts as require', () => {
    expectResolves(
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
       const { StatusCodes } = require('http-status-codes'); use(StatusCodes.NOT_FOUND);`,
      'http-status-codes',
      'NOT_FOUND',
      404,
    );
  });
});

describe('findImportedLibraryBinding', () => {
  function bindingIn(code: string, id: ConstantLibraryId) {
    const { ast, scopeManager, services, visitorKeys } = parse(code);
    const sourceCode = new SourceCode({
      text: code,
      ast: ast as never,
      scopeManager: scopeManager as never,
      parserServices: services,
      visitorKeys: visitorKeys as never,
    }) as unknown as TSESLint.SourceCode;
    return findImportedLibraryBinding(sourceCode, getConstantLibrary(id));
  }

  it('finds named, aliased and default imports', () => {
    expect(bindingIn(`import { StatusCodes } from 'http-status-codes';`, 'http-status-codes')).toEqual({
      localName: 'StatusCodes',
      kind: 'value',
    });
    expect(bindingIn(`import { StatusCodes as SC } from 'http-status-codes';`, 'http-status-codes')).toEqual({
      localName: 'SC',
      kind: 'value',
    });
    expect(bindingIn(`import { Get, HttpStatus } from '@nestjs/common';`, '@nestjs/common')).toEqual({
      localName: 'HttpStatus',
      kind: 'value',
    });
    expect(bindingIn(`import { constants } from 'http2';`, 'node:http2')).toEqual({ localName: 'constants', kind: 'value' });
    expect(bindingIn(`import hs from 'http-status';`, 'http-status')).toEqual({ localName: 'hs', kind: 'value' });
    expect(bindingIn(`import { status } from 'http-status';`, 'http-status')).toEqual({ localName: 'status', kind: 'value' });
  });

  it('reports type-only imports', () => {
    expect(bindingIn(`import type { StatusCodes } from 'http-status-codes';`, 'http-status-codes')).toEqual({
      localName: 'StatusCodes',
      kind: 'type-only',
    });
    expect(bindingIn(`import { type StatusCodes } from 'http-status-codes';`, 'http-status-codes')).toEqual({
      localName: 'StatusCodes',
      kind: 'type-only',
    });
    expect(bindingIn(`import type { HttpStatus as H } from '@nestjs/common';`, '@nestjs/common')).toEqual({
      localName: 'H',
      kind: 'type-only',
    });
  });

  it('prefers a value binding over a type-only one', () => {
    expect(
      bindingIn(
        `import type { StatusCodes as T } from 'http-status-codes'; import { StatusCodes } from 'http-status-codes';`,
        'http-status-codes',
      ),
    ).toEqual({ localName: 'StatusCodes', kind: 'value' });
  });

  it('finds require forms', () => {
    expect(bindingIn(`const { StatusCodes } = require('http-status-codes');`, 'http-status-codes')).toEqual({
      localName: 'StatusCodes',
      kind: 'value',
    });
    expect(bindingIn(`const { StatusCodes: SC } = require('http-status-codes');`, 'http-status-codes')).toEqual({
      localName: 'SC',
      kind: 'value',
    });
    expect(bindingIn(`const httpStatus = require('http-status');`, 'http-status')).toEqual({
      localName: 'httpStatus',
      kind: 'value',
    });
    expect(bindingIn(`const { constants } = require('node:http2');`, 'node:http2')).toEqual({
      localName: 'constants',
      kind: 'value',
    });
  });

  it('gives a member path when only the module is bound', () => {
    expect(bindingIn(`import * as hsc from 'http-status-codes';`, 'http-status-codes')).toEqual({
      localName: 'hsc.StatusCodes',
      kind: 'value',
    });
    expect(bindingIn(`import http2 from 'node:http2';`, 'node:http2')).toEqual({ localName: 'http2.constants', kind: 'value' });
    expect(bindingIn(`const http2 = require('http2');`, 'node:http2')).toEqual({ localName: 'http2.constants', kind: 'value' });
    expect(bindingIn(`import http2, { constants as C } from 'node:http2';`, 'node:http2')).toEqual({
      localName: 'C',
      kind: 'value',
    });
  });

  it('returns undefined when the library is not imported', () => {
    expect(bindingIn(`import { ReasonPhrases } from 'http-status-codes';`, 'http-status-codes')).toBeUndefined();
    expect(bindingIn(`import { StatusCodes } from 'http-status-codes';`, '@nestjs/common')).toBeUndefined();
    expect(bindingIn(`const StatusCodes = { NOT_FOUND: 404 };`, 'http-status-codes')).toBeUndefined();
    expect(bindingIn(`import 'node:http2';`, 'node:http2')).toBeUndefined();
  });
});
