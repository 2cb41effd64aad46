/**
 * Named-constant libraries that expose HTTP status codes as object members,
 * as data: which modules provide them, which export holds the object, and the
 * member name ↔ code tables.
 *
 * The member tables were generated from the installed packages
 * (http-status-codes 2.3.0, @nestjs/common 12.5.1, node:http2 on Node 20,
 * http-status 2.1.0, axios 1.21.1) and cross-checked against
 * /work/shared/reference/constants.json; tests/constants/libraries.test.ts
 * re-checks every entry against the real packages.
 */

export type ConstantLibraryId = 'http-status-codes' | '@nestjs/common' | 'node:http2' | 'http-status' | 'axios';

export interface ConstantLibrary {
  readonly id: ConstantLibraryId;
  /** Import specifiers that provide the library. */
  readonly modules: readonly string[];
  /** The export holding the status object: 'StatusCodes' | 'HttpStatus' | 'constants' | 'default'. */
  readonly exportName: string;
  /** Other exports holding the same object. */
  readonly alternativeExportNames: readonly string[];
  /** Binding name to use when a fixer adds an import. */
  readonly preferredLocalName: string;
  /** The member a fixer should emit for each code (the library's own primary name; one per code). */
  readonly codeToName: ReadonlyMap<number, string>;
  /** Every numeric member name (including aliases and non-IANA members) → code. */
  readonly nameToCode: ReadonlyMap<string, number>;
  /**
   * The package is no constants library but exports a status object too (axios' `HttpStatusCode`): it is a source of
   * constants only in a file that already binds that object, never because the file imports the package for something
   * else or its package.json depends on it.
   */
  readonly onlyWhereBound?: boolean;
}

/**
 * `[code, memberName]` for every numeric member of the status object. When a
 * code has several members, the first one listed is the primary name (the one
 * `codeToName` returns). In the versions above no library has two names for
 * one code.
 */
type MemberTable = readonly (readonly [number, string])[];

// http-status-codes
const HTTP_STATUS_CODES_DATA: MemberTable = [
  [100, 'CONTINUE'], [101, 'SWITCHING_PROTOCOLS'], [102, 'PROCESSING'], [103, 'EARLY_HINTS'],
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [204, 'NO_CONTENT'], [205, 'RESET_CONTENT'], [206, 'PARTIAL_CONTENT'], [207, 'MULTI_STATUS'],
  [300, 'MULTIPLE_CHOICES'], [301, 'MOVED_PERMANENTLY'], [302, 'MOVED_TEMPORARILY'],
  [303, 'SEE_OTHER'], [304, 'NOT_MODIFIED'], [305, 'USE_PROXY'], [307, 'TEMPORARY_REDIRECT'],
  [308, 'PERMANENT_REDIRECT'], [400, 'BAD_REQUEST'], [401, 'UNAUTHORIZED'],
  [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'], [404, 'NOT_FOUND'], [405, 'METHOD_NOT_ALLOWED'],
  [406, 'NOT_ACCEPTABLE'], [407, 'PROXY_AUTHENTICATION_REQUIRED'], [408, 'REQUEST_TIMEOUT'],
  [409, 'CONFLICT'], [410, 'GONE'], [411, 'LENGTH_REQUIRED'], [412, 'PRECONDITION_FAILED'],
  [413, 'REQUEST_TOO_LONG'], [414, 'REQUEST_URI_TOO_LONG'], [415, 'UNSUPPORTED_MEDIA_TYPE'],
  [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'], [417, 'EXPECTATION_FAILED'], [418, 'IM_A_TEAPOT'],
  [419, 'INSUFFICIENT_SPACE_ON_RESOURCE'], [420, 'METHOD_FAILURE'], [421, 'MISDIRECTED_REQUEST'],
  [422, 'UNPROCESSABLE_ENTITY'], [423, 'LOCKED'], [424, 'FAILED_DEPENDENCY'],
  [426, 'UPGRADE_REQUIRED'], [428, 'PRECONDITION_REQUIRED'], [429, 'TOO_MANY_REQUESTS'],
  [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'], [451, 'UNAVAILABLE_FOR_LEGAL_REASONS'],
  [500, 'INTERNAL_SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
  [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
  [507, 'INSUFFICIENT_STORAGE'], [511, 'NETWORK_AUTHENTICATION_REQUIRED'],
];

// @nestjs/common
const NEST_HTTP_STATUS_DATA: MemberTable = [
  [100, 'CONTINUE'], [101, 'SWITCHING_PROTOCOLS'], [102, 'PROCESSING'], [103, 'EARLYHINTS'],
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [204, 'NO_CONTENT'], [205, 'RESET_CONTENT'], [206, 'PARTIAL_CONTENT'], [207, 'MULTI_STATUS'],
  [208, 'ALREADY_REPORTED'], [210, 'CONTENT_DIFFERENT'], [300, 'AMBIGUOUS'],
  [301, 'MOVED_PERMANENTLY'], [302, 'FOUND'], [303, 'SEE_OTHER'], [304, 'NOT_MODIFIED'],
  [307, 'TEMPORARY_REDIRECT'], [308, 'PERMANENT_REDIRECT'], [400, 'BAD_REQUEST'],
  [401, 'UNAUTHORIZED'], [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'], [404, 'NOT_FOUND'],
  [405, 'METHOD_NOT_ALLOWED'], [406, 'NOT_ACCEPTABLE'], [407, 'PROXY_AUTHENTICATION_REQUIRED'],
  [408, 'REQUEST_TIMEOUT'], [409, 'CONFLICT'], [410, 'GONE'], [411, 'LENGTH_REQUIRED'],
  [412, 'PRECONDITION_FAILED'], [413, 'PAYLOAD_TOO_LARGE'], [414, 'URI_TOO_LONG'],
  [415, 'UNSUPPORTED_MEDIA_TYPE'], [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'],
  [417, 'EXPECTATION_FAILED'], [418, 'I_AM_A_TEAPOT'], [421, 'MISDIRECTED'],
  [422, 'UNPROCESSABLE_ENTITY'], [423, 'LOCKED'], [424, 'FAILED_DEPENDENCY'],
  [428, 'PRECONDITION_REQUIRED'], [429, 'TOO_MANY_REQUESTS'], [456, 'UNRECOVERABLE_ERROR'],
  [500, 'INTERNAL_SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
  [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
  [507, 'INSUFFICIENT_STORAGE'], [508, 'LOOP_DETECTED'],
];

// node:http2 (member names without the common `HTTP_STATUS_` prefix, added by buildLibrary)
const NODE_HTTP2_DATA: MemberTable = [
  [100, 'CONTINUE'], [101, 'SWITCHING_PROTOCOLS'], [102, 'PROCESSING'], [103, 'EARLY_HINTS'],
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [204, 'NO_CONTENT'], [205, 'RESET_CONTENT'], [206, 'PARTIAL_CONTENT'], [207, 'MULTI_STATUS'],
  [208, 'ALREADY_REPORTED'], [226, 'IM_USED'], [300, 'MULTIPLE_CHOICES'],
  [301, 'MOVED_PERMANENTLY'], [302, 'FOUND'], [303, 'SEE_OTHER'], [304, 'NOT_MODIFIED'],
  [305, 'USE_PROXY'], [307, 'TEMPORARY_REDIRECT'], [308, 'PERMANENT_REDIRECT'],
  [400, 'BAD_REQUEST'], [401, 'UNAUTHORIZED'], [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'],
  [404, 'NOT_FOUND'], [405, 'METHOD_NOT_ALLOWED'], [406, 'NOT_ACCEPTABLE'],
  [407, 'PROXY_AUTHENTICATION_REQUIRED'], [408, 'REQUEST_TIMEOUT'], [409, 'CONFLICT'],
  [410, 'GONE'], [411, 'LENGTH_REQUIRED'], [412, 'PRECONDITION_FAILED'],
  [413, 'PAYLOAD_TOO_LARGE'], [414, 'URI_TOO_LONG'], [415, 'UNSUPPORTED_MEDIA_TYPE'],
  [416, 'RANGE_NOT_SATISFIABLE'], [417, 'EXPECTATION_FAILED'], [418, 'TEAPOT'],
  [421, 'MISDIRECTED_REQUEST'], [422, 'UNPROCESSABLE_ENTITY'], [423, 'LOCKED'],
  [424, 'FAILED_DEPENDENCY'], [425, 'TOO_EARLY'], [426, 'UPGRADE_REQUIRED'],
  [428, 'PRECONDITION_REQUIRED'], [429, 'TOO_MANY_REQUESTS'],
  [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'], [451, 'UNAVAILABLE_FOR_LEGAL_REASONS'],
  [500, 'INTERNAL_SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
  [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
  [506, 'VARIANT_ALSO_NEGOTIATES'], [507, 'INSUFFICIENT_STORAGE'], [508, 'LOOP_DETECTED'],
  [509, 'BANDWIDTH_LIMIT_EXCEEDED'], [510, 'NOT_EXTENDED'],
  [511, 'NETWORK_AUTHENTICATION_REQUIRED'],
];

// http-status
const HTTP_STATUS_DATA: MemberTable = [
  [100, 'CONTINUE'], [101, 'SWITCHING_PROTOCOLS'], [102, 'PROCESSING'], [103, 'EARLY_HINTS'],
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [204, 'NO_CONTENT'], [205, 'RESET_CONTENT'], [206, 'PARTIAL_CONTENT'], [207, 'MULTI_STATUS'],
  [208, 'ALREADY_REPORTED'], [226, 'IM_USED'], [300, 'MULTIPLE_CHOICES'],
  [301, 'MOVED_PERMANENTLY'], [302, 'FOUND'], [303, 'SEE_OTHER'], [304, 'NOT_MODIFIED'],
  [305, 'USE_PROXY'], [306, 'SWITCH_PROXY'], [307, 'TEMPORARY_REDIRECT'],
  [308, 'PERMANENT_REDIRECT'], [400, 'BAD_REQUEST'], [401, 'UNAUTHORIZED'],
  [402, 'PAYMENT_REQUIRED'], [403, 'FORBIDDEN'], [404, 'NOT_FOUND'], [405, 'METHOD_NOT_ALLOWED'],
  [406, 'NOT_ACCEPTABLE'], [407, 'PROXY_AUTHENTICATION_REQUIRED'], [408, 'REQUEST_TIMEOUT'],
  [409, 'CONFLICT'], [410, 'GONE'], [411, 'LENGTH_REQUIRED'], [412, 'PRECONDITION_FAILED'],
  [413, 'REQUEST_ENTITY_TOO_LARGE'], [414, 'REQUEST_URI_TOO_LONG'],
  [415, 'UNSUPPORTED_MEDIA_TYPE'], [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'],
  [417, 'EXPECTATION_FAILED'], [418, 'IM_A_TEAPOT'], [421, 'MISDIRECTED_REQUEST'],
  [422, 'UNPROCESSABLE_ENTITY'], [423, 'LOCKED'], [424, 'FAILED_DEPENDENCY'], [425, 'TOO_EARLY'],
  [426, 'UPGRADE_REQUIRED'], [428, 'PRECONDITION_REQUIRED'], [429, 'TOO_MANY_REQUESTS'],
  [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE'], [451, 'UNAVAILABLE_FOR_LEGAL_REASONS'],
  [500, 'INTERNAL_SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'],
  [503, 'SERVICE_UNAVAILABLE'], [504, 'GATEWAY_TIMEOUT'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
  [506, 'VARIANT_ALSO_NEGOTIATES'], [507, 'INSUFFICIENT_STORAGE'], [508, 'LOOP_DETECTED'],
  [510, 'NOT_EXTENDED'], [511, 'NETWORK_AUTHENTICATION_REQUIRED'],
];

// axios (`HttpStatusCode`, a TypeScript enum since axios 1.3.0): the members a fixer may emit, present since 1.3.0.
const AXIOS_DATA: MemberTable = [
  [100, 'Continue'], [101, 'SwitchingProtocols'], [102, 'Processing'], [103, 'EarlyHints'], [200, 'Ok'],
  [201, 'Created'], [202, 'Accepted'], [203, 'NonAuthoritativeInformation'], [204, 'NoContent'],
  [205, 'ResetContent'], [206, 'PartialContent'], [207, 'MultiStatus'], [208, 'AlreadyReported'], [226, 'ImUsed'],
  [300, 'MultipleChoices'], [301, 'MovedPermanently'], [302, 'Found'], [303, 'SeeOther'], [304, 'NotModified'],
  [305, 'UseProxy'], [306, 'Unused'], [307, 'TemporaryRedirect'], [308, 'PermanentRedirect'], [400, 'BadRequest'],
  [401, 'Unauthorized'], [402, 'PaymentRequired'], [403, 'Forbidden'], [404, 'NotFound'], [405, 'MethodNotAllowed'],
  [406, 'NotAcceptable'], [407, 'ProxyAuthenticationRequired'], [408, 'RequestTimeout'], [409, 'Conflict'],
  [410, 'Gone'], [411, 'LengthRequired'], [412, 'PreconditionFailed'], [413, 'PayloadTooLarge'],
  [414, 'UriTooLong'], [415, 'UnsupportedMediaType'], [416, 'RangeNotSatisfiable'], [417, 'ExpectationFailed'],
  [418, 'ImATeapot'], [421, 'MisdirectedRequest'], [422, 'UnprocessableEntity'], [423, 'Locked'],
  [424, 'FailedDependency'], [425, 'TooEarly'], [426, 'UpgradeRequired'], [428, 'PreconditionRequired'],
  [429, 'TooManyRequests'], [431, 'RequestHeaderFieldsTooLarge'], [451, 'UnavailableForLegalReasons'],
  [500, 'InternalServerError'], [501, 'NotImplemented'], [502, 'BadGateway'], [503, 'ServiceUnavailable'],
  [504, 'GatewayTimeout'], [505, 'HttpVersionNotSupported'], [506, 'VariantAlsoNegotiates'],
  [507, 'InsufficientStorage'], [508, 'LoopDetected'], [510, 'NotExtended'], [511, 'NetworkAuthenticationRequired'],
];

// axios members added after 1.3.0 (the RFC 9110 names of 413 and 422, Cloudflare's 52x): recognised where code uses
// them, never emitted by a fixer, since an older axios would read them as undefined.
const AXIOS_LATER_DATA: MemberTable = [
  [413, 'ContentTooLarge'], [422, 'UnprocessableContent'], [520, 'WebServerReturnsAnUnknownError'],
  [521, 'WebServerIsDown'], [522, 'ConnectionTimedOut'], [523, 'OriginIsUnreachable'], [524, 'TimeoutOccurred'],
  [525, 'SslHandshakeFailed'], [526, 'InvalidSslCertificate'],
];

function buildLibrary(
  base: Omit<ConstantLibrary, 'codeToName' | 'nameToCode'>,
  table: MemberTable,
  { memberPrefix = '', recognisedOnly = [] }: { memberPrefix?: string; recognisedOnly?: MemberTable } = {},
): ConstantLibrary {
  const codeToName = new Map<number, string>();
  const nameToCode = new Map<string, number>();
  for (const [code, suffix] of table) {
    const name = memberPrefix + suffix;
    nameToCode.set(name, code);
    if (!codeToName.has(code)) codeToName.set(code, name);
  }
  for (const [code, suffix] of recognisedOnly) nameToCode.set(memberPrefix + suffix, code);
  return Object.freeze({ ...base, codeToName, nameToCode });
}

export const CONSTANT_LIBRARIES: readonly ConstantLibrary[] = Object.freeze([
  buildLibrary(
    {
      id: 'http-status-codes',
      modules: ['http-status-codes'],
      exportName: 'StatusCodes',
      alternativeExportNames: [],
      preferredLocalName: 'StatusCodes',
    },
    HTTP_STATUS_CODES_DATA,
  ),
  buildLibrary(
    {
      id: '@nestjs/common',
      modules: ['@nestjs/common'],
      exportName: 'HttpStatus',
      alternativeExportNames: [],
      preferredLocalName: 'HttpStatus',
    },
    NEST_HTTP_STATUS_DATA,
  ),
  buildLibrary(
    {
      id: 'node:http2',
      modules: ['node:http2', 'http2'],
      exportName: 'constants',
      alternativeExportNames: [],
      preferredLocalName: 'constants',
    },
    NODE_HTTP2_DATA,
    { memberPrefix: 'HTTP_STATUS_' },
  ),
  buildLibrary(
    {
      id: 'http-status',
      modules: ['http-status'],
      exportName: 'default',
      // http-status 2.1.0 exports the same object as `default` and as `status`
      // (there is no `httpStatus` export in 2.1.0).
      alternativeExportNames: ['status'],
      preferredLocalName: 'httpStatus',
    },
    HTTP_STATUS_DATA,
  ),
  buildLibrary(
    {
      id: 'axios',
      modules: ['axios'],
      exportName: 'HttpStatusCode',
      alternativeExportNames: [],
      preferredLocalName: 'HttpStatusCode',
      onlyWhereBound: true,
    },
    AXIOS_DATA,
    { recognisedOnly: AXIOS_LATER_DATA },
  ),
]);

export function getConstantLibrary(id: ConstantLibraryId): ConstantLibrary {
  const library = CONSTANT_LIBRARIES.find((lib) => lib.id === id);
  if (!library) throw new Error(`Unknown constant library: ${String(id)}`);
  return library;
}

export function findLibraryByModule(specifier: string): ConstantLibrary | undefined {
  return CONSTANT_LIBRARIES.find((lib) => lib.modules.includes(specifier));
}
