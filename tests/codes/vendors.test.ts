import { describe, it, expect } from 'vitest';
import {
  VENDOR_CODES,
  VENDOR_IDS,
  getStatusCodeInfo,
  getVendorCodes,
  vendorCodesOf,
  type VendorId,
} from '../../src/codes/index.js';

const codesOf = (vendor: VendorId): number[] =>
  VENDOR_CODES.filter((entry) => entry.vendor === vendor).map((entry) => entry.code);

describe('VENDOR_CODES', () => {
  it('has the expected vendor ids', () => {
    expect([...VENDOR_IDS].sort()).toEqual(
      ['anthropic', 'apache', 'arcgis', 'cloudflare', 'cpanel', 'iis', 'laravel', 'nginx', 'proxies', 'twitter', 'webdav-drafts'].sort(),
    );
  });

  it('groups the codes by vendor', () => {
    expect(codesOf('nginx')).toEqual([444, 494, 495, 496, 497, 499]);
    expect(codesOf('cloudflare')).toEqual([520, 521, 522, 523, 524, 525, 526, 527, 530]);
    expect(codesOf('laravel')).toEqual([419]);
    expect(codesOf('iis')).toEqual([440, 449, 450, 456, 457]);
    expect(codesOf('twitter')).toEqual([420]);
    expect(codesOf('webdav-drafts')).toEqual([419, 420]);
    expect(codesOf('arcgis')).toEqual([498, 499]);
    expect(codesOf('cpanel')).toEqual([509]);
    expect(codesOf('proxies')).toEqual([598, 599]);
    expect(codesOf('apache')).toEqual([218]);
    expect(codesOf('anthropic')).toEqual([529]);
  });

  it('never contains an IANA-registered code or a library artifact', () => {
    for (const entry of VENDOR_CODES) {
      expect(getStatusCodeInfo(entry.code), String(entry.code)).toBeUndefined();
    }
    const all = new Set(VENDOR_CODES.map((entry) => entry.code));
    for (const code of [103, 210, 229, 306, 418, 421, 425, 451]) {
      expect(all.has(code), String(code)).toBe(false);
    }
  });

  it('has clean phrases and a source for every entry, each vendor/code pair once', () => {
    const pairs = new Set<string>();
    for (const entry of VENDOR_CODES) {
      expect(VENDOR_IDS).toContain(entry.vendor);
      expect(entry.phrase).not.toMatch(/[()]/);
      expect(entry.phrase).toMatch(/^[A-Z]/);
      expect(entry.source.length).toBeGreaterThan(0);
      const key = `${entry.code}/${entry.vendor}`;
      expect(pairs.has(key), key).toBe(false);
      pairs.add(key);
    }
  });

  it('is sorted by code', () => {
    const codes = VENDOR_CODES.map((entry) => entry.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('uses the expected phrases for well-known codes', () => {
    const phrase = (code: number, vendor: VendorId): string | undefined =>
      getVendorCodes(code).find((entry) => entry.vendor === vendor)?.phrase;
    expect(phrase(419, 'laravel')).toBe('Page Expired');
    expect(phrase(419, 'webdav-drafts')).toBe('Insufficient Space on Resource');
    expect(phrase(420, 'twitter')).toBe('Enhance Your Calm');
    expect(phrase(420, 'webdav-drafts')).toBe('Method Failure');
    expect(phrase(499, 'nginx')).toBe('Client Closed Request');
    expect(phrase(499, 'arcgis')).toBe('Token Required');
    expect(phrase(527, 'cloudflare')).toBe('Railgun Error');
    expect(phrase(509, 'cpanel')).toBe('Bandwidth Limit Exceeded');
    expect(phrase(218, 'apache')).toBe('This Is Fine');
  });
});

describe('vendorCodesOf', () => {
  it('returns the union of the chosen vendors', () => {
    expect([...vendorCodesOf(['nginx'])].sort()).toEqual([444, 494, 495, 496, 497, 499]);
    const both = vendorCodesOf(['nginx', 'cloudflare']);
    expect(both.size).toBe(15);
    expect(both.has(499)).toBe(true);
    expect(both.has(530)).toBe(true);
    expect(both.has(419)).toBe(false);
  });

  it('returns an empty set for no vendors', () => {
    expect(vendorCodesOf([]).size).toBe(0);
  });

  it('covers every vendor code when all vendors are chosen', () => {
    expect(vendorCodesOf(VENDOR_IDS)).toEqual(new Set(VENDOR_CODES.map((entry) => entry.code)));
  });
});

describe('getVendorCodes', () => {
  it('lists every vendor of a shared code', () => {
    expect(getVendorCodes(419).map((entry) => entry.vendor)).toEqual(['laravel', 'webdav-drafts']);
    expect(getVendorCodes(420).map((entry) => entry.vendor)).toEqual(['twitter', 'webdav-drafts']);
    expect(getVendorCodes(499).map((entry) => entry.vendor)).toEqual(['nginx', 'arcgis']);
  });

  it('returns a single vendor or nothing', () => {
    expect(getVendorCodes(444)).toEqual([expect.objectContaining({ code: 444, vendor: 'nginx' })]);
    expect(getVendorCodes(404)).toEqual([]);
    expect(getVendorCodes(451)).toEqual([]);
  });
});
