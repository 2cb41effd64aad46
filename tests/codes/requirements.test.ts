import { describe, expect, it } from 'vitest';

import { contentRestrictionOf, getStatusCodeInfo, HEADER_REQUIREMENTS, headerRequirementsFor } from '../../src/codes/index.js';

describe('header requirements', () => {
  it('lists registered codes with an RFC reference', () => {
    for (const requirement of HEADER_REQUIREMENTS) {
      expect(getStatusCodeInfo(requirement.code)).toBeDefined();
      expect(requirement.reference).toMatch(/^RFC \d+ §[\d.]+$/u);
    }
  });

  it('checks the MUSTs and redirects by default, the rest only when strict', () => {
    const defaults = HEADER_REQUIREMENTS.filter((r) => r.level === 'default').map((r) => `${r.code} ${r.header}`);
    expect(defaults).toEqual([
      '101 Upgrade',
      '301 Location',
      '302 Location',
      '303 Location',
      '307 Location',
      '308 Location',
      '401 WWW-Authenticate',
      '405 Allow',
      '407 Proxy-Authenticate',
      '426 Upgrade',
    ]);
    expect(headerRequirementsFor(201, false)).toEqual([]);
    expect(headerRequirementsFor(201, true).map((r) => r.header)).toEqual(['Location']);
    expect(headerRequirementsFor(503, true).map((r) => r.header)).toEqual(['Retry-After']);
    expect(headerRequirementsFor(200, true)).toEqual([]);
  });

  it('knows which statuses cannot carry content', () => {
    expect([100, 101, 103, 204, 205, 304].every((code) => contentRestrictionOf(code) !== undefined)).toBe(true);
    expect([200, 201, 206, 300, 301, 404, 204.5].some((code) => contentRestrictionOf(code) !== undefined)).toBe(false);
  });
});
