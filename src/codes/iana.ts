/**
 * The IANA "Hypertext Transfer Protocol (HTTP) Status Code Registry" as typed data.
 *
 * Phrases follow RFC 9110 / the registry text exactly. Source of truth for the
 * data below: the IANA registry (registry text last updated 2022-06-08, plus
 * the later temporary registration of 104).
 * https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml
 */

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/**
 * - `assigned`: a normal registration.
 * - `deprecated`: still registered but must not be used for new work (305; 510 is marked OBSOLETED).
 * - `unused`: reserved, never to be sent (306, 418).
 * - `temporary`: a provisional registration tied to an Internet-Draft (104).
 */
export type Registration = 'assigned' | 'deprecated' | 'unused' | 'temporary';

export interface StatusCodeInfo {
  readonly code: number;
  /** Exact IANA / RFC 9110 phrase, e.g. 'Content Too Large'; '(Unused)' for 306 and 418. */
  readonly phrase: string;
  readonly class: StatusClass;
  readonly registration: Registration;
  /** Human-readable reference, e.g. 'RFC 9110 §15.5.5' or 'RFC 6585'. */
  readonly reference: string;
  readonly referenceUrl: string;
  /** Phrases this code was registered or specified under before (plain, without annotations). */
  readonly formerPhrases: readonly string[];
  /** One short sentence explaining an unusual registration, where useful. */
  readonly note?: string;
}

/** Status codes are three-digit integers from 100 to 599 (RFC 9110 §15). */
export const VALID_STATUS_RANGE: { readonly min: 100; readonly max: 599 } = Object.freeze({
  min: 100,
  max: 599,
});

function classFromFirstDigit(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < VALID_STATUS_RANGE.min || code > VALID_STATUS_RANGE.max) {
    return undefined;
  }
  switch (Math.floor(code / 100)) {
    case 1:
      return '1xx';
    case 2:
      return '2xx';
    case 3:
      return '3xx';
    case 4:
      return '4xx';
    default:
      return '5xx';
  }
}

function entry(
  code: number,
  phrase: string,
  registration: Registration,
  reference: string,
  referenceUrl: string,
  formerPhrases: readonly string[] = [],
  note?: string,
): StatusCodeInfo {
  const statusClass = classFromFirstDigit(code);
  if (statusClass === undefined) {
    throw new RangeError(`Invalid status code in the IANA table: ${code}`);
  }
  const info: StatusCodeInfo = {
    code,
    phrase,
    class: statusClass,
    registration,
    reference,
    referenceUrl,
    formerPhrases: Object.freeze([...formerPhrases]),
    ...(note === undefined ? {} : { note }),
  };
  return Object.freeze(info);
}

/** Every code in the IANA registry, sorted by code. */
export const IANA_STATUS_CODES: readonly StatusCodeInfo[] = Object.freeze([
  entry(100, 'Continue', 'assigned', 'RFC 9110 §15.2.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1'),
  entry(101, 'Switching Protocols', 'assigned', 'RFC 9110 §15.2.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2'),
  entry(102, 'Processing', 'assigned', 'RFC 2518', 'https://www.rfc-editor.org/rfc/rfc2518', [], 'Registered against RFC 2518; RFC 4918 obsoleted that RFC and dropped 102, so it is rarely used.'),
  entry(103, 'Early Hints', 'assigned', 'RFC 8297', 'https://www.rfc-editor.org/rfc/rfc8297'),
  entry(104, 'Upload Resumption Supported', 'temporary', 'draft-ietf-httpbis-resumable-upload-05', 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05', [], 'Temporary registration for an Internet-Draft (resumable uploads); it expires on 2026-11-13 unless renewed.'),
  entry(200, 'OK', 'assigned', 'RFC 9110 §15.3.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1'),
  entry(201, 'Created', 'assigned', 'RFC 9110 §15.3.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2'),
  entry(202, 'Accepted', 'assigned', 'RFC 9110 §15.3.3', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3'),
  entry(203, 'Non-Authoritative Information', 'assigned', 'RFC 9110 §15.3.4', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4'),
  entry(204, 'No Content', 'assigned', 'RFC 9110 §15.3.5', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5'),
  entry(205, 'Reset Content', 'assigned', 'RFC 9110 §15.3.6', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6'),
  entry(206, 'Partial Content', 'assigned', 'RFC 9110 §15.3.7', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7'),
  entry(207, 'Multi-Status', 'assigned', 'RFC 4918', 'https://www.rfc-editor.org/rfc/rfc4918'),
  entry(208, 'Already Reported', 'assigned', 'RFC 5842', 'https://www.rfc-editor.org/rfc/rfc5842'),
  entry(226, 'IM Used', 'assigned', 'RFC 3229', 'https://www.rfc-editor.org/rfc/rfc3229'),
  entry(300, 'Multiple Choices', 'assigned', 'RFC 9110 §15.4.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1'),
  entry(301, 'Moved Permanently', 'assigned', 'RFC 9110 §15.4.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2'),
  entry(302, 'Found', 'assigned', 'RFC 9110 §15.4.3', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3', ['Moved Temporarily']),
  entry(303, 'See Other', 'assigned', 'RFC 9110 §15.4.4', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4'),
  entry(304, 'Not Modified', 'assigned', 'RFC 9110 §15.4.5', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5'),
  entry(305, 'Use Proxy', 'deprecated', 'RFC 9110 §15.4.6', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6', [], 'Deprecated by RFC 7231 and RFC 9110 because configuring a proxy in-band is a security risk.'),
  entry(306, '(Unused)', 'unused', 'RFC 9110 §15.4.7', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7', [], 'Reserved and no longer used; early drafts called it "Switch Proxy".'),
  entry(307, 'Temporary Redirect', 'assigned', 'RFC 9110 §15.4.8', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8'),
  entry(308, 'Permanent Redirect', 'assigned', 'RFC 9110 §15.4.9', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9'),
  entry(400, 'Bad Request', 'assigned', 'RFC 9110 §15.5.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1'),
  entry(401, 'Unauthorized', 'assigned', 'RFC 9110 §15.5.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2'),
  entry(402, 'Payment Required', 'assigned', 'RFC 9110 §15.5.3', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3'),
  entry(403, 'Forbidden', 'assigned', 'RFC 9110 §15.5.4', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4'),
  entry(404, 'Not Found', 'assigned', 'RFC 9110 §15.5.5', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5'),
  entry(405, 'Method Not Allowed', 'assigned', 'RFC 9110 §15.5.6', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'),
  entry(406, 'Not Acceptable', 'assigned', 'RFC 9110 §15.5.7', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7'),
  entry(407, 'Proxy Authentication Required', 'assigned', 'RFC 9110 §15.5.8', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8'),
  entry(408, 'Request Timeout', 'assigned', 'RFC 9110 §15.5.9', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9'),
  entry(409, 'Conflict', 'assigned', 'RFC 9110 §15.5.10', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10'),
  entry(410, 'Gone', 'assigned', 'RFC 9110 §15.5.11', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11'),
  entry(411, 'Length Required', 'assigned', 'RFC 9110 §15.5.12', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12'),
  entry(412, 'Precondition Failed', 'assigned', 'RFC 9110 §15.5.13', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13'),
  entry(413, 'Content Too Large', 'assigned', 'RFC 9110 §15.5.14', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14', ['Payload Too Large', 'Request Entity Too Large']),
  entry(414, 'URI Too Long', 'assigned', 'RFC 9110 §15.5.15', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15', ['Request-URI Too Long']),
  entry(415, 'Unsupported Media Type', 'assigned', 'RFC 9110 §15.5.16', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16'),
  entry(416, 'Range Not Satisfiable', 'assigned', 'RFC 9110 §15.5.17', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17', ['Requested Range Not Satisfiable']),
  entry(417, 'Expectation Failed', 'assigned', 'RFC 9110 §15.5.18', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18'),
  entry(418, '(Unused)', 'unused', 'RFC 9110 §15.5.19', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19', [], "Reserved because the April 1 joke \"I'm a teapot\" (RFC 2324) was deployed; that name was never an IANA phrase."),
  entry(421, 'Misdirected Request', 'assigned', 'RFC 9110 §15.5.20', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', [], 'Defined by RFC 7540 (HTTP/2) before it moved into RFC 9110.'),
  entry(422, 'Unprocessable Content', 'assigned', 'RFC 9110 §15.5.21', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21', ['Unprocessable Entity']),
  entry(423, 'Locked', 'assigned', 'RFC 4918', 'https://www.rfc-editor.org/rfc/rfc4918'),
  entry(424, 'Failed Dependency', 'assigned', 'RFC 4918', 'https://www.rfc-editor.org/rfc/rfc4918'),
  entry(425, 'Too Early', 'assigned', 'RFC 8470', 'https://www.rfc-editor.org/rfc/rfc8470'),
  entry(426, 'Upgrade Required', 'assigned', 'RFC 9110 §15.5.22', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22'),
  entry(428, 'Precondition Required', 'assigned', 'RFC 6585', 'https://www.rfc-editor.org/rfc/rfc6585'),
  entry(429, 'Too Many Requests', 'assigned', 'RFC 6585', 'https://www.rfc-editor.org/rfc/rfc6585'),
  entry(431, 'Request Header Fields Too Large', 'assigned', 'RFC 6585', 'https://www.rfc-editor.org/rfc/rfc6585'),
  entry(451, 'Unavailable For Legal Reasons', 'assigned', 'RFC 7725', 'https://www.rfc-editor.org/rfc/rfc7725'),
  entry(500, 'Internal Server Error', 'assigned', 'RFC 9110 §15.6.1', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1'),
  entry(501, 'Not Implemented', 'assigned', 'RFC 9110 §15.6.2', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2'),
  entry(502, 'Bad Gateway', 'assigned', 'RFC 9110 §15.6.3', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3'),
  entry(503, 'Service Unavailable', 'assigned', 'RFC 9110 §15.6.4', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4'),
  entry(504, 'Gateway Timeout', 'assigned', 'RFC 9110 §15.6.5', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5'),
  entry(505, 'HTTP Version Not Supported', 'assigned', 'RFC 9110 §15.6.6', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6'),
  entry(506, 'Variant Also Negotiates', 'assigned', 'RFC 2295', 'https://www.rfc-editor.org/rfc/rfc2295'),
  entry(507, 'Insufficient Storage', 'assigned', 'RFC 4918', 'https://www.rfc-editor.org/rfc/rfc4918'),
  entry(508, 'Loop Detected', 'assigned', 'RFC 5842', 'https://www.rfc-editor.org/rfc/rfc5842'),
  entry(510, 'Not Extended', 'deprecated', 'RFC 2774; status-change-http-experiments-to-historic', 'https://www.rfc-editor.org/rfc/rfc2774', [], 'Marked OBSOLETED in the registry: RFC 2774 was moved to Historic.'),
  entry(511, 'Network Authentication Required', 'assigned', 'RFC 6585', 'https://www.rfc-editor.org/rfc/rfc6585'),
]);

const BY_CODE: ReadonlyMap<number, StatusCodeInfo> = new Map(
  IANA_STATUS_CODES.map((info) => [info.code, info] as const),
);

/** Normalises a reason phrase for comparison: case-insensitive, hyphens and runs of spaces treated alike. */
function normalisePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/[\s\-_]+/g, ' ');
}

const BY_PHRASE: ReadonlyMap<string, readonly StatusCodeInfo[]> = (() => {
  const map = new Map<string, StatusCodeInfo[]>();
  for (const info of IANA_STATUS_CODES) {
    const keys = new Set([info.phrase, ...info.formerPhrases].map(normalisePhrase));
    for (const key of keys) {
      const list = map.get(key);
      if (list === undefined) {
        map.set(key, [info]);
      } else {
        list.push(info);
      }
    }
  }
  return map;
})();

/** The registry entry for `code`, or `undefined` when the code is not registered. */
export function getStatusCodeInfo(code: number): StatusCodeInfo | undefined {
  return BY_CODE.get(code);
}

/** Whether `code` is registered for use: assigned, or provisionally registered (`temporary`); not reserved or deprecated. */
export function isCodeInUse(code: number): boolean {
  const registration = BY_CODE.get(code)?.registration;
  return registration === 'assigned' || registration === 'temporary';
}

/** '404 Not Found' for registered codes; just the number (e.g. '4040') otherwise. */
export function describeStatus(code: number): string {
  const info = BY_CODE.get(code);
  return info === undefined ? String(code) : `${info.code} ${info.phrase}`;
}

/** The class of an integer status in 100..599, by its first digit (registered or not). */
export function statusClassOf(code: number): StatusClass | undefined {
  return classFromFirstDigit(code);
}

/**
 * Whether `phrase` is the current or a former registered phrase of `code`.
 * Case-insensitive; hyphens and spaces are interchangeable ("Non Authoritative Information" matches 203).
 */
export function isRegisteredPhraseOf(code: number, phrase: string): boolean {
  const info = BY_CODE.get(code);
  if (info === undefined) {
    return false;
  }
  const wanted = normalisePhrase(phrase);
  return normalisePhrase(info.phrase) === wanted || info.formerPhrases.some((p) => normalisePhrase(p) === wanted);
}

/** Codes whose current or former phrase matches `phrase` (same normalisation as `isRegisteredPhraseOf`). */
export function findCodesByPhrase(phrase: string): readonly StatusCodeInfo[] {
  return BY_PHRASE.get(normalisePhrase(phrase)) ?? [];
}
