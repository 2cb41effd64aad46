import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  IANA_STATUS_CODES,
  VALID_STATUS_RANGE,
  describeStatus,
  findCodesByPhrase,
  getStatusCodeInfo,
  isRegisteredPhraseOf,
  statusClassOf,
} from '../../src/codes/index.js';

interface FixtureCode {
  code: number;
  phrase: string;
  class: string;
  status: string;
  reference: string;
  formerPhrases?: string[];
}

interface Fixture {
  codes: FixtureCode[];
  unassignedRanges: [number, number][];
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/status-codes.json', import.meta.url), 'utf8'),
) as Fixture;

/** '[RFC9110, Section 15.5.5]' -> 'RFC 9110 §15.5.5'; '[RFC6585]' -> 'RFC 6585'; several groups joined by '; '. */
function humanReference(raw: string): string {
  return [...raw.matchAll(/\[([^\]]+)\]/g)]
    .map(([, part = '']) => {
      const section = /^RFC(\d+), Section ([\d.]+)$/.exec(part);
      if (section) return `RFC ${section[1]} §${section[2]}`;
      const rfc = /^RFC(\d+)$/.exec(part);
      if (rfc) return `RFC ${rfc[1]}`;
      return part;
    })
    .join('; ');
}

/** The first "[RFCnnnn, Section x]" / "[RFCnnnn]" of a fixture reference as a URL. */
function referenceUrl(raw: string): string {
  const section = /^\[RFC(\d+), Section ([\d.]+)\]/.exec(raw);
  if (section) return `https://www.rfc-editor.org/rfc/rfc${section[1]}#section-${section[2]}`;
  const rfc = /^\[RFC(\d+)\]/.exec(raw);
  if (rfc) return `https://www.rfc-editor.org/rfc/rfc${rfc[1]}`;
  const draft = /^\[(draft-[^\]]+)\]/.exec(raw);
  if (draft) return `https://datatracker.ietf.org/doc/html/${draft[1]}`;
  throw new Error(`Unexpected reference ${raw}`);
}

/** The 39 rows of the original Chinese table (see scripts/data/seed-codes.json). */
const seedRows = JSON.parse(
  readFileSync(new URL('../../scripts/data/seed-codes.json', import.meta.url), 'utf8'),
) as { code: number; seedPhrase: string }[];

describe('IANA_STATUS_CODES', () => {
  it('has exactly the 64 codes of the registry, sorted by code', () => {
    expect(IANA_STATUS_CODES).toHaveLength(64);
    expect(fixture.codes).toHaveLength(64);
    expect(IANA_STATUS_CODES.map((info) => info.code)).toEqual(fixture.codes.map((entry) => entry.code));
    const sorted = [...IANA_STATUS_CODES].sort((a, b) => a.code - b.code);
    expect(IANA_STATUS_CODES).toEqual(sorted);
  });

  it.each(fixture.codes)('$code matches the registry fixture', (entry) => {
    const info = getStatusCodeInfo(entry.code);
    expect(info).toBeDefined();
    expect(info?.code).toBe(entry.code);
    expect(info?.phrase).toBe(entry.phrase);
    expect(info?.class).toBe(entry.class);
    expect(info?.registration).toBe(entry.status);
    expect(info?.reference).toBe(humanReference(entry.reference));
    expect(info?.referenceUrl).toBe(referenceUrl(entry.reference));
    // Former phrases are the fixture's, without their "(RFC …)" annotations.
    const expectedFormer = (entry.formerPhrases ?? []).map((phrase) => phrase.replace(/\s*\(.*\)$/, ''));
    expect(info?.formerPhrases).toEqual(expectedFormer);
  });

  it('maps the special registrations', () => {
    const byRegistration = (registration: string): number[] =>
      IANA_STATUS_CODES.filter((info) => info.registration === registration).map((info) => info.code);
    expect(byRegistration('deprecated')).toEqual([305, 510]);
    expect(byRegistration('unused')).toEqual([306, 418]);
    expect(byRegistration('temporary')).toEqual([104]);
    expect(getStatusCodeInfo(306)?.phrase).toBe('(Unused)');
    expect(getStatusCodeInfo(418)?.phrase).toBe('(Unused)');
    expect(getStatusCodeInfo(104)?.note).toContain('2026-11-13');
  });

  it('does not list "I\'m a teapot" as a former IANA phrase of 418, but explains it', () => {
    const teapot = getStatusCodeInfo(418);
    expect(teapot?.formerPhrases).toEqual([]);
    expect(teapot?.note).toContain("I'm a teapot");
    expect(isRegisteredPhraseOf(418, "I'm a teapot")).toBe(false);
  });

  it('every reference URL points at rfc-editor.org or the IETF datatracker', () => {
    for (const info of IANA_STATUS_CODES) {
      expect(info.referenceUrl).toMatch(/^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+|datatracker\.ietf\.org\/doc\/)/);
    }
  });

  it('has no entry in any unassigned range of the fixture', () => {
    expect(fixture.unassignedRanges.length).toBeGreaterThan(0);
    for (const [from, to] of fixture.unassignedRanges) {
      for (let code = from; code <= to; code++) {
        expect(getStatusCodeInfo(code), String(code)).toBeUndefined();
      }
    }
  });

  it('registered codes plus unassigned ranges cover 100..599 exactly', () => {
    let unassigned = 0;
    for (const [from, to] of fixture.unassignedRanges) unassigned += to - from + 1;
    expect(unassigned + IANA_STATUS_CODES.length).toBe(VALID_STATUS_RANGE.max - VALID_STATUS_RANGE.min + 1);
  });

  it('knows every code of the original Chinese table, under its registry name', () => {
    expect(seedRows).toHaveLength(39);
    const expectedNames: Record<number, string> = {
      100: 'Continue',
      101: 'Switching Protocols',
      203: 'Non-Authoritative Information',
      204: 'No Content',
      304: 'Not Modified',
      307: 'Temporary Redirect',
      400: 'Bad Request',
      406: 'Not Acceptable',
      408: 'Request Timeout',
      413: 'Content Too Large',
      414: 'URI Too Long',
      416: 'Range Not Satisfiable',
      501: 'Not Implemented',
      502: 'Bad Gateway',
      504: 'Gateway Timeout',
      505: 'HTTP Version Not Supported',
    };
    for (const { code, seedPhrase } of seedRows) {
      const info = getStatusCodeInfo(code);
      expect(info, String(code)).toBeDefined();
      expect(info?.phrase).toBe(expectedNames[code] ?? seedPhrase);
    }
    expect(getStatusCodeInfo(205)?.phrase).toBe('Reset Content');
    expect(getStatusCodeInfo(305)?.registration).toBe('deprecated');
  });
});

describe('VALID_STATUS_RANGE', () => {
  it('is 100..599', () => {
    expect(VALID_STATUS_RANGE).toEqual({ min: 100, max: 599 });
  });
});

describe('statusClassOf', () => {
  it('classifies by the first digit, registered or not', () => {
    expect(statusClassOf(100)).toBe('1xx');
    expect(statusClassOf(199)).toBe('1xx');
    expect(statusClassOf(250)).toBe('2xx');
    expect(statusClassOf(399)).toBe('3xx');
    expect(statusClassOf(404)).toBe('4xx');
    expect(statusClassOf(599)).toBe('5xx');
  });

  it('returns undefined outside 100..599 and for non-integers', () => {
    for (const value of [0, 99, 600, 1000, -404, 404.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(statusClassOf(value), String(value)).toBeUndefined();
    }
  });
});

describe('describeStatus', () => {
  it('gives the code and phrase of registered codes', () => {
    expect(describeStatus(404)).toBe('404 Not Found');
    expect(describeStatus(413)).toBe('413 Content Too Large');
    expect(describeStatus(306)).toBe('306 (Unused)');
  });

  it('gives just the number for unknown codes', () => {
    expect(describeStatus(4040)).toBe('4040');
    expect(describeStatus(299)).toBe('299');
    expect(describeStatus(444)).toBe('444');
  });
});

describe('isRegisteredPhraseOf', () => {
  it('accepts the current phrase, ignoring case and hyphen/space differences', () => {
    expect(isRegisteredPhraseOf(404, 'Not Found')).toBe(true);
    expect(isRegisteredPhraseOf(404, 'not found')).toBe(true);
    expect(isRegisteredPhraseOf(203, 'Non Authoritative Information')).toBe(true);
    expect(isRegisteredPhraseOf(203, 'non-authoritative information')).toBe(true);
    expect(isRegisteredPhraseOf(207, 'Multi Status')).toBe(true);
  });

  it('accepts former phrases', () => {
    expect(isRegisteredPhraseOf(302, 'Moved Temporarily')).toBe(true);
    expect(isRegisteredPhraseOf(413, 'Payload Too Large')).toBe(true);
    expect(isRegisteredPhraseOf(413, 'Request Entity Too Large')).toBe(true);
    expect(isRegisteredPhraseOf(414, 'Request-URI Too Long')).toBe(true);
    expect(isRegisteredPhraseOf(414, 'Request URI Too Long')).toBe(true);
    expect(isRegisteredPhraseOf(416, 'Requested Range Not Satisfiable')).toBe(true);
    expect(isRegisteredPhraseOf(422, 'Unprocessable Entity')).toBe(true);
  });

  it('rejects phrases of other codes, misspellings and unknown codes', () => {
    expect(isRegisteredPhraseOf(404, 'OK')).toBe(false);
    expect(isRegisteredPhraseOf(203, 'No Content')).toBe(false);
    expect(isRegisteredPhraseOf(304, 'Not Modify')).toBe(false);
    expect(isRegisteredPhraseOf(416, 'Request Range Not Satisfiable')).toBe(false);
    expect(isRegisteredPhraseOf(444, 'No Response')).toBe(false);
  });
});

describe('findCodesByPhrase', () => {
  const codes = (phrase: string): number[] => findCodesByPhrase(phrase).map((info) => info.code);

  it('finds the code of a current phrase', () => {
    expect(codes('OK')).toEqual([200]);
    expect(codes('ok')).toEqual([200]);
    expect(codes('Not Found')).toEqual([404]);
    expect(codes('non authoritative information')).toEqual([203]);
  });

  it('finds the code of a former phrase', () => {
    expect(codes('Payload Too Large')).toEqual([413]);
    expect(codes('Moved Temporarily')).toEqual([302]);
    expect(codes('Unprocessable Entity')).toEqual([422]);
  });

  it('finds both reserved codes for "(Unused)" and nothing for unknown phrases', () => {
    expect(codes('(Unused)')).toEqual([306, 418]);
    expect(codes("I'm a teapot")).toEqual([]);
    expect(codes('Not Modify')).toEqual([]);
    expect(codes('')).toEqual([]);
  });
});
