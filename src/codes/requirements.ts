/**
 * What RFC 9110 (and RFC 6585) ask of particular statuses: header fields that must or should
 * accompany them, and statuses that cannot carry content. Data only; rules read it.
 * Source: /work/shared/reference/semantics.md (RFC 9110 §15, §6.4.1; RFC 6585 §4).
 */

/**
 * BCP 14 strength of a requirement. `implied`: the spec attaches no keyword but the status means nothing without it
 * (303). `optional`: no keyword, and the status stands without it (201: the target URI identifies the created resource
 * when Location is absent).
 */
export type RequirementStrength = 'MUST' | 'SHOULD' | 'MAY' | 'implied' | 'optional';

/**
 * - `default`: checked by `require-status-headers` out of the box (`recommended`);
 * - `strict`: checked only with `{ strict: true }` (the `strict` config).
 */
export type RequirementLevel = 'default' | 'strict';

export interface HeaderRequirement {
  readonly code: number;
  /** Canonical spelling, for messages (`WWW-Authenticate`). Compare lower-cased. */
  readonly header: string;
  readonly strength: RequirementStrength;
  readonly reference: string;
  readonly level: RequirementLevel;
}

const requirement = (
  code: number,
  header: string,
  strength: RequirementStrength,
  reference: string,
  level: RequirementLevel = 'default',
): HeaderRequirement => Object.freeze({ code, header, strength, reference, level });

/** Header fields a status needs, one entry per (code, header). */
export const HEADER_REQUIREMENTS: readonly HeaderRequirement[] = Object.freeze([
  requirement(101, 'Upgrade', 'MUST', 'RFC 9110 §15.2.2'),
  requirement(201, 'Location', 'optional', 'RFC 9110 §15.3.2', 'strict'),
  requirement(206, 'Content-Range', 'MUST', 'RFC 9110 §15.3.7.1', 'strict'),
  requirement(301, 'Location', 'SHOULD', 'RFC 9110 §15.4.2'),
  requirement(302, 'Location', 'SHOULD', 'RFC 9110 §15.4.3'),
  requirement(303, 'Location', 'implied', 'RFC 9110 §15.4.4'),
  requirement(307, 'Location', 'SHOULD', 'RFC 9110 §15.4.8'),
  requirement(308, 'Location', 'SHOULD', 'RFC 9110 §15.4.9'),
  requirement(401, 'WWW-Authenticate', 'MUST', 'RFC 9110 §15.5.2'),
  requirement(405, 'Allow', 'MUST', 'RFC 9110 §15.5.6'),
  requirement(407, 'Proxy-Authenticate', 'MUST', 'RFC 9110 §15.5.8'),
  requirement(416, 'Content-Range', 'SHOULD', 'RFC 9110 §15.5.17', 'strict'),
  requirement(426, 'Upgrade', 'MUST', 'RFC 9110 §15.5.22'),
  requirement(429, 'Retry-After', 'MAY', 'RFC 6585 §4', 'strict'),
  requirement(503, 'Retry-After', 'MAY', 'RFC 9110 §15.6.4', 'strict'),
]);

/** The requirements checked at a level: `default` alone, or `default` plus `strict`. */
export function headerRequirementsFor(code: number, strict: boolean): readonly HeaderRequirement[] {
  return HEADER_REQUIREMENTS.filter((r) => r.code === code && (strict || r.level === 'default'));
}

export interface ContentRestriction {
  /** Why the status cannot carry content, for messages. */
  readonly reference: string;
}

/**
 * Statuses that cannot carry content: 1xx (§15.2), 204 (§15.3.5), 205 (§15.3.6, MUST NOT generate),
 * 304 (§15.4.5). The Fetch standard's null body statuses are the same set (101, 103, 204, 205, 304).
 */
export function contentRestrictionOf(code: number): ContentRestriction | undefined {
  if (!Number.isInteger(code)) return undefined;
  if (code >= 100 && code <= 199) return { reference: 'RFC 9110 §15.2' };
  if (code === 204) return { reference: 'RFC 9110 §15.3.5' };
  if (code === 205) return { reference: 'RFC 9110 §15.3.6' };
  if (code === 304) return { reference: 'RFC 9110 §15.4.5' };
  return undefined;
}
