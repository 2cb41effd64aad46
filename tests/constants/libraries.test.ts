import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  CONSTANT_LIBRARIES,
  findLibraryByModule,
  getConstantLibrary,
  type ConstantLibraryId,
} from '../../src/constants/libraries.js';

/** The real status object of each library, from the installed packages. */
async function realObject(id: ConstantLibraryId): Promise<Record<string, unknown>> {
  switch (id) {
    case 'http-status-codes':
      return (await import('http-status-codes')).StatusCodes;
    case '@nestjs/common':
      return (await import('@nestjs/common')).HttpStatus;
    case 'node:http2':
      return (await import('node:http2')).constants;
    case 'http-status':
      return (await import('http-status')).default;
    case 'axios':
      return (await import('axios')).HttpStatusCode;
  }
}

/** Numeric members of the real object, as the library tables should list them. */
function realNumericMembers(id: ConstantLibraryId, obj: Record<string, unknown>): Map<string, number> {
  const members = new Map<string, number>();
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'number' || /^\d/.test(key)) continue;
    if (id === 'node:http2' && !key.startsWith('HTTP_STATUS_')) continue;
    members.set(key, value);
  }
  return members;
}

describe('CONSTANT_LIBRARIES against the installed packages', () => {
  for (const library of CONSTANT_LIBRARIES) {
    describe(library.id, () => {
      it('every codeToName entry evaluates to its code', async () => {
        const obj = await realObject(library.id);
        expect(library.codeToName.size).toBeGreaterThan(40);
        for (const [code, name] of library.codeToName) {
          expect(obj[name], `${library.id} ${name}`).toBe(code);
        }
      });

      it('every nameToCode entry evaluates to its code', async () => {
        const obj = await realObject(library.id);
        for (const [name, code] of library.nameToCode) {
          expect(obj[name], `${library.id} ${name}`).toBe(code);
        }
      });

      it('lists every numeric member of the real object (no gaps)', async () => {
        const real = realNumericMembers(library.id, await realObject(library.id));
        expect(new Map(library.nameToCode)).toEqual(real);
      });

      it('codeToName and nameToCode agree, one name per code', () => {
        for (const [code, name] of library.codeToName) expect(library.nameToCode.get(name)).toBe(code);
        // Every code has a name a fixer emits, except axios' members added after 1.3.0 (recognised only).
        const unnamed = [...library.nameToCode.values()].filter((code) => !library.codeToName.has(code));
        expect(new Set(unnamed)).toEqual(new Set(library.id === 'axios' ? [520, 521, 522, 523, 524, 525, 526] : []));
      });
    });
  }

  it('the export names hold the object in the real modules', async () => {
    const hsc = (await import('http-status-codes')) as unknown as Record<string, unknown>;
    const nest = (await import('@nestjs/common')) as unknown as Record<string, unknown>;
    const http2 = (await import('node:http2')) as unknown as Record<string, unknown>;
    const hs = (await import('http-status')) as unknown as Record<string, unknown>;
    const axios = (await import('axios')) as unknown as Record<string, unknown>;
    const modules: Record<ConstantLibraryId, Record<string, unknown>> = {
      'http-status-codes': hsc,
      '@nestjs/common': nest,
      'node:http2': http2,
      'http-status': hs,
      axios,
    };
    for (const library of CONSTANT_LIBRARIES) {
      const mod = modules[library.id];
      const obj = await realObject(library.id);
      expect(mod[library.exportName]).toBe(obj);
      for (const alt of library.alternativeExportNames) expect(mod[alt], `${library.id} ${alt}`).toBe(obj);
    }
    // http-status 2.1.0 exports `status` but no `httpStatus`.
    expect('httpStatus' in hs).toBe(false);
  });
});

describe('notable names', () => {
  it('http-status-codes uses its legacy names', () => {
    const lib = getConstantLibrary('http-status-codes');
    expect(lib.codeToName.get(302)).toBe('MOVED_TEMPORARILY');
    expect(lib.codeToName.get(413)).toBe('REQUEST_TOO_LONG');
    expect(lib.codeToName.get(416)).toBe('REQUESTED_RANGE_NOT_SATISFIABLE');
    expect(lib.nameToCode.get('INSUFFICIENT_SPACE_ON_RESOURCE')).toBe(419);
    expect(lib.nameToCode.get('METHOD_FAILURE')).toBe(420);
    expect(lib.nameToCode.has('FOUND')).toBe(false);
  });

  it('Nest has no 451 but has the non-IANA 210 and its own spellings', () => {
    const lib = getConstantLibrary('@nestjs/common');
    expect(lib.codeToName.has(451)).toBe(false);
    expect(lib.nameToCode.get('CONTENT_DIFFERENT')).toBe(210);
    expect(lib.codeToName.get(103)).toBe('EARLYHINTS');
    expect(lib.codeToName.get(300)).toBe('AMBIGUOUS');
    expect(lib.codeToName.get(418)).toBe('I_AM_A_TEAPOT');
  });

  it('node:http2 418 is HTTP_STATUS_TEAPOT', () => {
    const lib = getConstantLibrary('node:http2');
    expect(lib.codeToName.get(418)).toBe('HTTP_STATUS_TEAPOT');
    expect(lib.codeToName.get(404)).toBe('HTTP_STATUS_NOT_FOUND');
  });

  it('http-status has only the numeric top-level members', () => {
    const lib = getConstantLibrary('http-status');
    expect(lib.codeToName.get(413)).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(lib.codeToName.get(306)).toBe('SWITCH_PROXY');
    expect([...lib.nameToCode.keys()].every((name) => /^[A-Z][A-Z0-9_]*$/.test(name))).toBe(true);
    expect(lib.nameToCode.has('404_NAME')).toBe(false);
    expect(lib.codeToName.has(218)).toBe(false); // extra.unofficial only
  });

  it('axios emits the names it has had since 1.3.0 and recognises the later ones', () => {
    const lib = getConstantLibrary('axios');
    expect(lib.onlyWhereBound).toBe(true);
    expect(lib.codeToName.get(404)).toBe('NotFound');
    expect(lib.codeToName.get(200)).toBe('Ok');
    // RFC 9110's names came later: an older axios reads them as undefined.
    expect(lib.codeToName.get(413)).toBe('PayloadTooLarge');
    expect(lib.codeToName.get(422)).toBe('UnprocessableEntity');
    expect(lib.nameToCode.get('ContentTooLarge')).toBe(413);
    expect(lib.nameToCode.get('UnprocessableContent')).toBe(422);
    expect(lib.nameToCode.get('WebServerIsDown')).toBe(521);
    expect(lib.codeToName.has(521)).toBe(false);
  });
});

describe('lookup helpers', () => {
  it('getConstantLibrary / findLibraryByModule', () => {
    expect(getConstantLibrary('http-status').exportName).toBe('default');
    expect(getConstantLibrary('http-status').preferredLocalName).toBe('httpStatus');
    expect(findLibraryByModule('http2')?.id).toBe('node:http2');
    expect(findLibraryByModule('node:http2')?.id).toBe('node:http2');
    expect(findLibraryByModule('http-status-codes')?.id).toBe('http-status-codes');
    expect(findLibraryByModule('@nestjs/common')?.id).toBe('@nestjs/common');
    expect(findLibraryByModule('http-status')?.id).toBe('http-status');
    expect(findLibraryByModule('axios')?.id).toBe('axios');
    expect(findLibraryByModule('http-status/unofficial')).toBeUndefined();
    expect(findLibraryByModule('node:http')).toBeUndefined();
    expect(() => getConstantLibrary('nope' as ConstantLibraryId)).toThrow();
  });
});
