import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import {
  chooseConstantSource,
  constantNameFromPhrase,
  customProvider,
  getLibraryProvider,
  isModuleResolvable,
  isNodeServerCode,
  parseConstantSource,
  type FileFacts,
} from '../../src/constants/providers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (project: string): string => path.join(here, '../fixtures/constants', project, 'src/file.ts');
const outside = mkdtempSync(path.join(os.tmpdir(), 'providers-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

function facts(filename: string, extra: Partial<FileFacts> = {}): FileFacts {
  return { filename, importedModules: new Set(), nodeServer: false, ...extra };
}

describe('constantNameFromPhrase', () => {
  it('builds names in each style from the IANA phrase', () => {
    expect(constantNameFromPhrase(404, 'SCREAMING_SNAKE')).toBe('NOT_FOUND');
    expect(constantNameFromPhrase(404, 'PascalCase')).toBe('NotFound');
    expect(constantNameFromPhrase(404, 'camelCase')).toBe('notFound');
    expect(constantNameFromPhrase(203, 'SCREAMING_SNAKE')).toBe('NON_AUTHORITATIVE_INFORMATION');
    expect(constantNameFromPhrase(203, 'PascalCase')).toBe('NonAuthoritativeInformation');
    expect(constantNameFromPhrase(413, 'SCREAMING_SNAKE')).toBe('CONTENT_TOO_LARGE');
    expect(constantNameFromPhrase(505, 'camelCase')).toBe('httpVersionNotSupported');
    expect(constantNameFromPhrase(200, 'PascalCase')).toBe('Ok');
  });

  it('gives no name to unregistered and "(Unused)" codes', () => {
    expect(constantNameFromPhrase(418, 'SCREAMING_SNAKE')).toBeUndefined();
    expect(constantNameFromPhrase(306, 'PascalCase')).toBeUndefined();
    expect(constantNameFromPhrase(499, 'camelCase')).toBeUndefined();
  });
});

describe('customProvider', () => {
  it('uses the map when given, and only valid identifiers', () => {
    const provider = customProvider({ module: 'my-http', export: 'Http', map: { 404: 'NotFound', 500: 'not valid' } });
    expect(provider.nameFor(404)).toBe('NotFound');
    expect(provider.nameFor(500)).toBeUndefined();
    expect(provider.nameFor(200)).toBeUndefined();
  });

  it('names a default export after the module', () => {
    expect(customProvider({ module: '@acme/http-codes', export: 'default' }).preferredLocalName).toBe('httpCodes');
    expect(customProvider({ module: 'my-http', export: 'Http' }).preferredLocalName).toBe('Http');
  });
});

describe('parseConstantSource', () => {
  it('accepts the documented shapes and rejects the rest', () => {
    expect(parseConstantSource('auto')).toBe('auto');
    expect(parseConstantSource('node:http2')).toBe('node:http2');
    expect(parseConstantSource('http2')).toBeUndefined();
    expect(parseConstantSource(undefined)).toBeUndefined();
    expect(parseConstantSource({ module: 'm' })).toBeUndefined();
    expect(parseConstantSource({ module: 'm', export: 'E', naming: 'kebab' })).toEqual({ module: 'm', export: 'E' });
    expect(parseConstantSource({ module: 'm', export: 'E', naming: 'camelCase' })).toEqual({
      module: 'm',
      export: 'E',
      naming: 'camelCase',
    });
  });
});

describe('isModuleResolvable', () => {
  it('resolves builtins, installed packages, and nothing else', () => {
    expect(isModuleResolvable('node:http2', '/nowhere/file.js')).toBe(true);
    expect(isModuleResolvable('http-status-codes', fixture('hsc-project'))).toBe(true);
    expect(isModuleResolvable('http-status-codes', path.join(outside, 'src/file.js'))).toBe(false);
    expect(isModuleResolvable('no-such-package-xyz', fixture('hsc-project'))).toBe(false);
  });

  it('finds a package installed next to the file', () => {
    const directory = path.join(outside, 'installed');
    mkdirSync(path.join(directory, 'node_modules/esm-only'), { recursive: true });
    // An ESM-only package without a `require` condition still counts as installed.
    writeFileSync(
      path.join(directory, 'node_modules/esm-only/package.json'),
      JSON.stringify({ name: 'esm-only', type: 'module', exports: { import: './index.js' } }),
    );
    writeFileSync(path.join(directory, 'node_modules/esm-only/index.js'), 'export const Http = {};\n');
    expect(isModuleResolvable('esm-only', path.join(directory, 'src/file.js'))).toBe(true);
  });
});

describe('chooseConstantSource', () => {
  it('takes a configured source as is', () => {
    const choice = chooseConstantSource('http-status', facts(fixture('nest-project')));
    expect(choice).toMatchObject({ single: true, reason: 'configured' });
    expect(choice.providers.map((p) => p.id)).toEqual(['http-status']);
  });

  it('prefers a library imported in the file, then a bound one among several', () => {
    const imported = chooseConstantSource('auto', facts(fixture('nest-project'), { importedModules: new Set(['http2']) }));
    expect(imported).toMatchObject({ single: true, reason: 'imported' });
    expect(imported.providers[0]).toBe(getLibraryProvider('node:http2'));
    const bound = chooseConstantSource(
      'auto',
      facts(fixture('plain-project'), {
        importedModules: new Set(['http-status-codes', '@nestjs/common']),
        boundLibraries: new Set(['@nestjs/common']),
      }),
    );
    expect(bound.providers.map((p) => p.id)).toEqual(['@nestjs/common']);
  });

  it('reads the nearest package.json: one library, or several as suggestions', () => {
    expect(chooseConstantSource('auto', facts(fixture('nest-project'))).providers.map((p) => p.id)).toEqual(['@nestjs/common']);
    const several = chooseConstantSource('auto', facts(fixture('several-project')));
    expect(several).toMatchObject({ single: false, reason: 'package.json' });
    expect(several.providers.map((p) => p.id)).toEqual(['http-status-codes', 'http-status']);
  });

  it('falls back to node:http2 for Node server code, never to what is merely installed', () => {
    expect(chooseConstantSource('auto', facts(fixture('express-project'), { nodeServer: true }))).toMatchObject({
      single: true,
      reason: 'node-server',
    });
    // http-status-codes and http-status resolve from plain-project (the repository's node_modules), but its
    // package.json declares neither, and the repository's package.json above it is no workspace root.
    expect(chooseConstantSource('auto', facts(fixture('plain-project')))).toEqual({ providers: [], single: false, reason: 'none' });
    writeFileSync(path.join(outside, 'package.json'), '{}');
    expect(chooseConstantSource('auto', facts(path.join(outside, 'src/file.ts')))).toEqual({
      providers: [],
      single: false,
      reason: 'none',
    });
  });

  it("offers a workspace root's libraries as suggestions to packages that declare none", () => {
    const write = (file: string, text: string): void => {
      mkdirSync(path.dirname(path.join(outside, file)), { recursive: true });
      writeFileSync(path.join(outside, file), text);
    };
    const dependencies = { 'http-status-codes': '^2.3.0', '@nestjs/common': '^11.0.0' };
    write('npm-mono/package.json', JSON.stringify({ private: true, workspaces: ['packages/*'], devDependencies: dependencies }));
    write('npm-mono/packages/api/package.json', JSON.stringify({ name: 'api' }));
    write('npm-mono/packages/web/package.json', JSON.stringify({ name: 'web', dependencies: { 'http-status': '^2.0.0' } }));
    write('pnpm-mono/package.json', JSON.stringify({ private: true, dependencies: { 'http-status': '^2.0.0' } }));
    write('pnpm-mono/pnpm-workspace.yaml', 'packages:\n  - apps/*\n');
    write('pnpm-mono/apps/site/package.json', JSON.stringify({ name: 'site' }));
    write('pnpm-mono/node_modules/dep/package.json', JSON.stringify({ name: 'dep' }));

    // Not @nestjs/common: a framework is no constants library for a package that does not depend on it.
    const api = chooseConstantSource('auto', facts(path.join(outside, 'npm-mono/packages/api/src/routes.ts'), { nodeServer: true }));
    expect(api).toMatchObject({ single: false, reason: 'workspace' });
    expect(api.providers.map((p) => p.id)).toEqual(['http-status-codes']);
    // The package's own declaration wins.
    const web = chooseConstantSource('auto', facts(path.join(outside, 'npm-mono/packages/web/src/page.ts')));
    expect(web).toMatchObject({ single: true, reason: 'package.json' });
    expect(web.providers.map((p) => p.id)).toEqual(['http-status']);
    const site = chooseConstantSource('auto', facts(path.join(outside, 'pnpm-mono/apps/site/src/route.ts')));
    expect(site).toMatchObject({ single: false, reason: 'workspace' });
    expect(site.providers.map((p) => p.id)).toEqual(['http-status']);
    // A dependency inside node_modules belongs to no workspace of the project that installed it.
    expect(chooseConstantSource('auto', facts(path.join(outside, 'pnpm-mono/node_modules/dep/lib/index.js'))).reason).toBe('none');
  });
});

describe('isNodeServerCode', () => {
  it('knows Node server frameworks and modules', () => {
    expect(isNodeServerCode(new Set([{ id: 'express' }]), new Set())).toBe(true);
    expect(isNodeServerCode(new Set(), new Set(['node:https']))).toBe(true);
    expect(isNodeServerCode(new Set([{ id: 'fetch' }]), new Set(['vitest']))).toBe(false);
  });
});
