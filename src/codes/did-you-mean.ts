/**
 * "Did you mean …?" for unregistered status codes: the registered codes that are
 * one keyboard slip (one digit deleted, inserted, substituted, or two adjacent
 * digits swapped) away from the value that was written.
 */
import { IANA_STATUS_CODES, getStatusCodeInfo, type StatusCodeInfo } from './iana.js';

/** Most likely intended codes first; used to break ties between equally likely slips. */
const POPULARITY: readonly number[] = [
  200, 404, 500, 400, 401, 403, 201, 204, 302, 301, 304, 409, 422, 429, 503, 502, 307, 308, 303, 405, 410, 412,
  415, 504, 206,
];

const POPULARITY_RANK: ReadonlyMap<number, number> = new Map(POPULARITY.map((code, index) => [code, index]));

/** Codes a suggestion may point to: in use (assigned) or provisionally registered (temporary). */
const CANDIDATES: readonly StatusCodeInfo[] = IANA_STATUS_CODES.filter(
  (info) => info.registration === 'assigned' || info.registration === 'temporary',
);

/** Tiers: 1 = doubled/dropped duplicate digit or swapped pair; 2 = digit added/dropped at the end; 3 = anything else. */
type Tier = 1 | 2 | 3;

/** The best tier of a single edit turning `longer` into `shorter` by deleting one character, if any. */
function deletionTier(longer: string, shorter: string): Tier | undefined {
  let best: Tier | undefined;
  for (let i = 0; i < longer.length; i++) {
    if (longer.slice(0, i) + longer.slice(i + 1) !== shorter) {
      continue;
    }
    const digit = longer[i];
    let tier: Tier;
    if (longer[i - 1] === digit || longer[i + 1] === digit) {
      tier = 1;
    } else if (i === longer.length - 1) {
      tier = 2;
    } else {
      tier = 3;
    }
    if (best === undefined || tier < best) {
      best = tier;
    }
  }
  return best;
}

/** Tier of one edit turning `written` into `code` (both decimal strings), or undefined if it takes more than one. */
function editTier(written: string, code: string): Tier | undefined {
  if (written.length === code.length + 1) {
    // A digit too many: deleting it gives the code.
    return deletionTier(written, code);
  }
  if (written.length + 1 === code.length) {
    // A digit missing: deleting the same digit from the code gives what was written.
    return deletionTier(code, written);
  }
  if (written.length !== code.length) {
    return undefined;
  }
  const diffs: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (written[i] !== code[i]) {
      diffs.push(i);
    }
  }
  if (diffs.length === 1) {
    return 3; // one digit substituted
  }
  const [first, second] = diffs;
  if (
    diffs.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    written[first] === code[second] &&
    written[second] === code[first]
  ) {
    return 1; // two adjacent digits swapped
  }
  return undefined;
}

function popularity(code: number): number {
  return POPULARITY_RANK.get(code) ?? POPULARITY.length + code;
}

/**
 * The registered codes (registration 'assigned' or 'temporary') that are one
 * keyboard slip away from `value`, best guess first, at most `max` of them.
 * Returns an empty list when `value` is not a non-negative integer, or when it
 * is itself a registered code.
 */
export function suggestIntendedCodes(value: number, max = 3): readonly StatusCodeInfo[] {
  if (!Number.isSafeInteger(value) || value < 0 || max <= 0 || getStatusCodeInfo(value) !== undefined) {
    return [];
  }
  const written = String(value);
  const ranked: { info: StatusCodeInfo; tier: Tier }[] = [];
  for (const info of CANDIDATES) {
    const tier = editTier(written, String(info.code));
    if (tier !== undefined) {
      ranked.push({ info, tier });
    }
  }
  ranked.sort((a, b) => a.tier - b.tier || popularity(a.info.code) - popularity(b.info.code));
  return ranked.slice(0, max).map((entry) => entry.info);
}
