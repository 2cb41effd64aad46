import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { findProjectConstantsModule, projectModuleProvider } from '../../src/constants/project-module.js';
import { chooseConstantSource } from '../../src/constants/providers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** tests/fixtures/constants/own-project: src/lib/http-status.ts (named exports), codes.js (an object), index.ts (re-exports). */
const routeFile = path.join(here, '../fixtures/constants/own-project/src/routes/route.js');

/**
 * The module a file takes status constants from, as `prefer-status-constant` finds it from the status expressions: here
 * the argument of each `status(…)` call.
 */
function moduleUsedBy(code: string): ReturnType<typeof findProjectConstantsModule> {
  let found: ReturnType<typeof findProjectConstantsModule>;
  const probe = {
    create(context: { sourceCode: unknown }) {
      return {
        'Program:exit'() {
          const sourceCode = context.sourceCode as TSESLint.SourceCode;
          const arguments_: TSESTree.Node[] = [];
          for (const match of code.matchAll(/status\(([^)]+)\)/gu)) {
            const node = sourceCode.getNodeByRangeIndex(match.index + 'status('.length);
            // The node at the start of `Http.NotFound` is `Http`: take the member expression above it.
            if (node) arguments_.push(node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node ? node.parent : node);
          }
          found = findProjectConstantsModule(sourceCode, arguments_, new Set(sourceCode.ast.body.flatMap((statement) => (statement.type === AST_NODE_TYPES.ImportDeclaration ? [statement.source.value] : []))), routeFile);
        },
      };
    },
  };
  new Linter().verify(
    code,
    { languageOptions: { sourceType: 'module' }, plugins: { probe: { rules: { find: probe } } }, rules: { 'probe/find': 'error' } },
    { filename: routeFile },
  );
  return found;
}

describe('findProjectConstantsModule', () => {
  it('finds a module whose named exports the file uses as statuses, and their naming style', () => {
    expect(moduleUsedBy(`import { NOT_FOUND } from '../lib/http-status.js';\nres.status(NOT_FOUND);`)).toEqual({
      style: 'named',
      specifier: '../lib/http-status.js',
      naming: 'SCREAMING_SNAKE',
    });
    expect(moduleUsedBy(`import * as codes from '../lib/http-status.js';\nres.status(codes.NOT_FOUND);`)).toEqual({
      style: 'named',
      specifier: '../lib/http-status.js',
      naming: 'SCREAMING_SNAKE',
    });
  });

  it('finds an object of constants imported from a module', () => {
    expect(moduleUsedBy(`import { Http } from '../lib/codes.js';\nres.status(Http.NotFound);`)).toEqual({
      style: 'object',
      specifier: '../lib/codes.js',
      exportName: 'Http',
      naming: 'PascalCase',
    });
    expect(moduleUsedBy(`import Http from '../lib/codes.js';\nres.status(Http.NotFound);`)).toMatchObject({ style: 'object', exportName: 'default' });
  });

  it('ignores names that are no status constant, packages, constants libraries and local constants', () => {
    expect(moduleUsedBy(`import { code } from '../lib/http-status.js';\nres.status(code);`)).toBeUndefined();
    expect(moduleUsedBy(`import { HTTP_STATUS } from '@verdaccio/core';\nres.status(HTTP_STATUS.NOT_FOUND);`)).toBeUndefined();
    expect(moduleUsedBy(`import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);`)).toBeUndefined();
    expect(moduleUsedBy(`const NOT_FOUND = 404;\nres.status(NOT_FOUND);`)).toBeUndefined();
  });
});

describe('projectModuleProvider', () => {
  it('offers the constants the module defines, certain where it defines them as the same number', () => {
    const provider = projectModuleProvider({ style: 'named', specifier: '../lib/http-status.js', naming: 'SCREAMING_SNAKE' }, routeFile);
    expect(provider.namedExports).toBe(true);
    expect([provider.nameFor(401), provider.confirms?.(401)]).toEqual(['UNAUTHORIZED', true]);
    // `export const BAD_REQUEST = INVALID_PAYLOAD`: defined, but not as a number the text shows.
    expect([provider.nameFor(400), provider.confirms?.(400)]).toEqual(['BAD_REQUEST', false]);
    // Not defined at all.
    expect([provider.nameFor(410), provider.confirms?.(410)]).toEqual([undefined, false]);
  });

  it('reads the ways a module defines a constant, and no other use of the name', () => {
    const provider = projectModuleProvider({ style: 'named', specifier: '../lib/forms.cjs', naming: 'SCREAMING_SNAKE' }, routeFile);
    for (const code of [410, 409, 202, 423]) expect([code, provider.confirms?.(code)]).toEqual([code, true]);
    // `STRICT ? NOT_IMPLEMENTED : 501` uses the name, and defines none.
    expect(provider.nameFor(501)).toBeUndefined();
  });

  it('takes a module that re-exports others as possibly defining any constant', () => {
    const provider = projectModuleProvider({ style: 'named', specifier: '../lib/index.js', naming: 'SCREAMING_SNAKE' }, routeFile);
    expect([provider.nameFor(410), provider.confirms?.(410)]).toEqual(['GONE', true]);
    expect([provider.nameFor(401), provider.confirms?.(401)]).toEqual(['UNAUTHORIZED', false]);
  });

  it('offers every constant of a module it cannot read, none of them certain', () => {
    const provider = projectModuleProvider({ style: 'named', specifier: '@/lib/http-status', naming: 'SCREAMING_SNAKE' }, routeFile);
    expect([provider.nameFor(503), provider.confirms?.(503)]).toEqual(['SERVICE_UNAVAILABLE', false]);
  });

  it('is chosen over the library the package.json declares, after one the file imports', () => {
    const projectModule = projectModuleProvider({ style: 'object', specifier: '../lib/codes.js', exportName: 'Http', naming: 'PascalCase' }, routeFile);
    const facts = { filename: routeFile, importedModules: new Set(['../lib/codes.js']), nodeServer: true, projectModule };
    expect(chooseConstantSource('auto', facts)).toMatchObject({ reason: 'project module', single: true, providers: [projectModule] });
    expect(
      chooseConstantSource('auto', { ...facts, importedModules: new Set(['../lib/codes.js', 'http-status-codes']), boundLibraries: new Set(['http-status-codes']) }),
    ).toMatchObject({ reason: 'imported' });
    expect(chooseConstantSource('auto', { ...facts, projectModule: undefined })).toMatchObject({ reason: 'package.json' });
  });
});
