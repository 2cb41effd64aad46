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

  it("takes axios' HttpStatusCode only where the file binds it, never for importing or depending on axios", () => {
    const bound = chooseConstantSource(
      'auto',
      facts(fixture('plain-project'), { importedModules: new Set(['axios']), boundLibraries: new Set(['axios']) }),
    );
    expect(bound).toMatchObject({ single: true, reason: 'imported' });
    expect(bound.providers.map((p) => p.id)).toEqual(['axios']);
    // `import axios from 'axios'`: the client, not the status object.
    const client = chooseConstantSource('auto', facts(fixture('plain-project'), { importedModules: new Set(['axios']), boundLibraries: new Set() }));
    expect(client.reason).toBe('enclosing package.json');
    expect(client.providers.map((p) => p.id)).toEqual(['http-status-codes', 'http-status']);
    writeFileSync(path.join(outside, 'package.json'), JSON.stringify({ dependencies: { axios: '^1.7.0' } }));
    expect(chooseConstantSource('auto', facts(path.join(outside, 'src/client.ts'))).reason).toBe('none');
    expect(getLibraryProvider('axios')).toMatchObject({ module: 'axios', exportName: 'HttpStatusCode', literalTypes: true });
  });

  it('reads the nearest package.json: one library, or several as suggestions', () => {
    expect(chooseConstantSource('auto', facts(fixture('nest-project'))).providers.map((p) => p.id)).toEqual(['@nestjs/common']);
    const several = chooseConstantSource('auto', facts(fixture('several-project')));
    expect(several).toMatchObject({ single: false, reason: 'package.json' });
    expect(several.providers.map((p) => p.id)).toEqual(['http-status-codes', 'http-status']);
  });

  it('falls back to node:http2 for Node server code, then to what a package.json further up declares', () => {
    expect(chooseConstantSource('auto', facts(fixture('express-project'), { nodeServer: true }))).toMatchObject({
      single: true,
      reason: 'node-server',
    });
    // plain-project's package.json declares no library; the repository's package.json above it declares two.
    const enclosing = chooseConstantSource('auto', facts(fixture('plain-project')));
    expect(enclosing).toMatchObject({ single: false, reason: 'enclosing package.json' });
    expect(enclosing.providers.map((p) => p.id)).toEqual(['http-status-codes', 'http-status']);
    writeFileSync(path.join(outside, 'package.json'), '{}');
    expect(chooseConstantSource('auto', facts(path.join(outside, 'src/file.ts')))).toEqual({
      providers: [],
      single: false,
      reason: 'none',
    });
  });

  it('offers what a monorepo root declares, never a library that is merely installed', () => {
    const write = (file: string, text: string): void => {
      mkdirSync(path.dirname(path.join(outside, file)), { recursive: true });
      writeFileSync(path.join(outside, file), text);
    };
    const dependencies = { 'http-status-codes': '^2.3.0', '@nestjs/common': '^11.0.0' };
    write('mono/package.json', JSON.stringify({ private: true, workspaces: ['packages/*'], devDependencies: dependencies }));
    write('mono/packages/api/package.json', JSON.stringify({ name: 'api' }));
    write('mono/packages/web/package.json', JSON.stringify({ name: 'web', dependencies: { 'http-status': '^2.0.0' } }));
    write('mono/node_modules/dep/package.json', JSON.stringify({ name: 'dep' }));
    // A library hoisted into node_modules as some dependency's dependency: installed, declared nowhere.
    write('hoisted/package.json', JSON.stringify({ name: 'hoisted', dependencies: { 'some-sdk': '^1.0.0' } }));
    write('hoisted/node_modules/http-status-codes/package.json', JSON.stringify({ name: 'http-status-codes', main: 'index.js' }));
    write('hoisted/node_modules/http-status-codes/index.js', 'exports.StatusCodes = { NOT_FOUND: 404 };\n');

    // Not @nestjs/common: a framework is no constants library for a package that does not depend on it.
    const api = chooseConstantSource('auto', facts(path.join(outside, 'mono/packages/api/src/route.ts')));
    expect(api).toMatchObject({ single: false, reason: 'enclosing package.json' });
    expect(api.providers.map((p) => p.id)).toEqual(['http-status-codes']);
    // The package's own declaration wins, and so does node:http2 for Node server code.
    const web = chooseConstantSource('auto', facts(path.join(outside, 'mono/packages/web/src/page.ts')));
    expect(web).toMatchObject({ single: true, reason: 'package.json' });
    expect(web.providers.map((p) => p.id)).toEqual(['http-status']);
    const server = chooseConstantSource('auto', facts(path.join(outside, 'mono/packages/api/src/server.ts'), { nodeServer: true }));
    expect(server.providers.map((p) => p.id)).toEqual(['node:http2']);
    // A dependency inside node_modules belongs to no project above it.
    expect(chooseConstantSource('auto', facts(path.join(outside, 'mono/node_modules/dep/lib/index.js'))).reason).toBe('none');
    const hoisted = path.join(outside, 'hoisted/src/route.ts');
    expect(isModuleResolvable('http-status-codes', hoisted)).toBe(true);
    expect(chooseConstantSource('auto', facts(hoisted)).reason).toBe('none');
  });
});

describe('isNodeServerCode', () => {
  it('knows Node server frameworks and modules', () => {
    expect(isNodeServerCode(new Set([{ id: 'express' }]), new Set())).toBe(true);
    expect(isNodeServerCode(new Set(), new Set(['node:https']))).toBe(true);
    expect(isNodeServerCode(new Set([{ id: 'fetch' }]), new Set(['vitest']))).toBe(false);
    // h3 includes node-http (`event.node.res`) but runs on Workers, Deno and Bun too.
    expect(isNodeServerCode(new Set([{ id: 'h3' }, { id: 'node-http' }]), new Set(['h3']))).toBe(false);
    expect(isNodeServerCode(new Set([{ id: 'h3' }, { id: 'node-http' }]), new Set(['h3', 'node:http']))).toBe(true);
    // A Node response with no such framework (connect-style middleware declared in the settings, importing nothing).
    expect(isNodeServerCode(new Set([{ id: 'node-http' }]), new Set(['fresh']))).toBe(true);
    expect(isNodeServerCode(new Set([{ id: 'nuxt' }, { id: 'node-http' }]), new Set())).toBe(false);
  });
});
