import { describe, it, expect } from 'vitest';
import { IANA_STATUS_CODES, getStatusCodeInfo, suggestIntendedCodes } from '../../src/codes/index.js';

const suggest = (value: number, max?: number): number[] =>
  suggestIntendedCodes(value, max).map((info) => info.code);

/** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const rowI = d[i];
      if (rowI) rowI[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('suggestIntendedCodes', () => {
  it.each([
    [4040, 404],
    [4004, 404],
    [40, 400],
    [44, 404],
    [440, 404],
    [2000, 200],
    [5000, 500],
    [3021, 302],
    [20, 200],
  ])('%i -> first suggestion %i', (value, expected) => {
    expect(suggest(value)[0]).toBe(expected);
  });

  it.each([0, -1, 404.5, Number.NaN, Number.POSITIVE_INFINITY, -404])('%d -> no suggestion', (value) => {
    expect(suggest(value)).toEqual([]);
  });

  it('gives no suggestion for registered codes, even reserved ones', () => {
    for (const value of [200, 404, 306, 418, 305, 104]) {
      expect(suggest(value), String(value)).toEqual([]);
    }
  });

  it('ranks the suggestions', () => {
    expect(suggest(4040)).toEqual([404, 400]);
    expect(suggest(440)).toEqual([404, 400, 410]);
    expect(suggest(40, 5)).toEqual([400, 404, 401, 403, 409]);
    expect(suggest(20, 4)).toEqual([200, 201, 204, 206]);
    expect(suggest(3021)).toEqual([302, 301]);
  });

  it('respects max', () => {
    expect(suggest(40, 1)).toEqual([400]);
    expect(suggest(40, 0)).toEqual([]);
    expect(suggest(40)).toHaveLength(3);
  });

  it('never suggests deprecated or unused codes', () => {
    // 3050 is one deletion from 305 (deprecated); 3006 one deletion from 306 (unused).
    expect(suggest(3050)).not.toContain(305);
    expect(suggest(3006)).not.toContain(306);
    expect(suggest(5100)).not.toContain(510);
  });

  it('may suggest the temporary 104', () => {
    expect(suggest(1044)).toContain(104);
  });

  it('only returns assigned codes exactly one edit away, without duplicates', () => {
    const values: number[] = [];
    for (let value = 0; value <= 1000; value++) values.push(value);
    for (const info of IANA_STATUS_CODES) {
      values.push(info.code * 10, info.code * 10 + 7, Number(`${info.code}${String(info.code).at(-1)}`));
    }
    for (const value of values) {
      const suggestions = suggestIntendedCodes(value, 100);
      if (getStatusCodeInfo(value) !== undefined) {
        expect(suggestions).toEqual([]);
        continue;
      }
      const codes = suggestions.map((info) => info.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const info of suggestions) {
        expect(['assigned', 'temporary']).toContain(info.registration);
        expect(editDistance(String(value), String(info.code)), `${value} -> ${info.code}`).toBe(1);
      }
    }
  });

  it('finds every assigned code one edit away', () => {
    const value = 4001;
    const expected = IANA_STATUS_CODES.filter(
      (info) =>
        (info.registration === 'assigned' || info.registration === 'temporary') &&
        editDistance(String(value), String(info.code)) === 1,
    ).map((info) => info.code);
    expect(suggest(value, 100).sort()).toEqual(expected.sort());
  });
});
