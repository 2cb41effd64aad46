/**
 * Non-IANA status codes used by specific vendors, servers or libraries.
 *
 * None of these is registered with IANA, so the rules reject them unless the
 * user opts in per vendor (rule option `allowVendors: ['nginx', 'cloudflare']`).
 * Codes that collide with an IANA registration (e.g. Exchange's 451, Spring's
 * 421, the teapot 418) are deliberately absent: the IANA meaning wins.
 */

export type VendorId =
  | 'nginx'
  | 'cloudflare'
  | 'laravel'
  | 'iis'
  | 'twitter'
  | 'webdav-drafts'
  | 'arcgis'
  | 'cpanel'
  | 'proxies'
  | 'apache'
  | 'anthropic';

export const VENDOR_IDS: readonly VendorId[] = Object.freeze([
  'nginx',
  'cloudflare',
  'laravel',
  'iis',
  'twitter',
  'webdav-drafts',
  'arcgis',
  'cpanel',
  'proxies',
  'apache',
  'anthropic',
] as const);

export interface VendorCode {
  readonly code: number;
  readonly vendor: VendorId;
  /** A clean, title-cased reason phrase. */
  readonly phrase: string;
  /** Where the code was read (vendor source, docs or library data). */
  readonly source: string;
}

function vendorCode(code: number, vendor: VendorId, phrase: string, source: string): VendorCode {
  return Object.freeze({ code, vendor, phrase, source });
}

const CLOUDFLARE_DOCS =
  'cloudflare-docs .../cloudflare-5xx-errors/index.mdx';
const MS_ASHTTP = 'MS-ASHTTP 2.2.2.1.1';
const WEBDAV_DRAFT_SOURCE = 'as for 419 Insufficient Space on Resource';

/** Every vendor code, sorted by code and then by the order of `VENDOR_IDS`. */
export const VENDOR_CODES: readonly VendorCode[] = Object.freeze([
  vendorCode(218, 'apache', 'This Is Fine', 'http-status@2.1.0 extra.unofficial[218]'),
  vendorCode(
    419,
    'laravel',
    'Page Expired',
    "github laravel/framework src/Illuminate/Foundation/Exceptions/views/419.blade.php (title 'Page Expired'); http-status@2.1.0 extra.unofficial[419]",
  ),
  vendorCode(
    419,
    'webdav-drafts',
    'Insufficient Space on Resource',
    'pkgs/node_modules/http-status-codes/build/cjs/status-codes.d.ts; spring-projects/spring-framework git history of spring-web/src/main/java/org/springframework/http/HttpStatus.java',
  ),
  vendorCode(
    420,
    'twitter',
    'Enhance Your Calm',
    'mail-archive.com twitter-development-talk msg18311; twittercommunity.com/t/streaming-api-rate-limiting/15192; http-status@2.1.0 extra.unofficial[420]',
  ),
  vendorCode(420, 'webdav-drafts', 'Method Failure', WEBDAV_DRAFT_SOURCE),
  vendorCode(440, 'iis', 'Login Time-out', 'http-status@2.1.0 extra.iis[440]; status-code-enum@1.0.0'),
  vendorCode(
    444,
    'nginx',
    'Connection Closed Without Response',
    'github nginx/nginx@3f6f782 (2026-08-21) src/http/ngx_http_request.h lines 113-114',
  ),
  vendorCode(
    449,
    'iis',
    'Retry With',
    "learn.microsoft.com openspecs windows_protocols ms-wdv 3.1.5.5 'Retrying a Request with the 449 Status Code' (+ ms-wdv server section)",
  ),
  vendorCode(450, 'iis', 'Blocked by Windows Parental Controls', 'http-status@2.1.0 extra.unofficial[450]'),
  vendorCode(456, 'iis', 'Blocked', 'MS-ASHTTP 2.2.2.1.1; @nestjs/common@12.5.1 enums/http-status.enum.d.ts'),
  vendorCode(457, 'iis', 'Expired Password', MS_ASHTTP),
  vendorCode(
    494,
    'nginx',
    'Request Header Too Large',
    'nginx/nginx src/http/ngx_http_request.h line 118; src/http/ngx_http_special_response.c ngx_http_error_494_page and lines 516-523',
  ),
  vendorCode(
    495,
    'nginx',
    'SSL Certificate Error',
    'nginx/nginx src/http/ngx_http_request.h line 120; ngx_http_special_response.c',
  ),
  vendorCode(
    496,
    'nginx',
    'SSL Certificate Required',
    'nginx/nginx src/http/ngx_http_request.h line 121; ngx_http_special_response.c',
  ),
  vendorCode(
    497,
    'nginx',
    'HTTP Request Sent to HTTPS Port',
    'nginx/nginx src/http/ngx_http_request.h line 127; ngx_http_special_response.c',
  ),
  vendorCode(
    498,
    'arcgis',
    'Invalid Token',
    'nginx/nginx src/http/ngx_http_request.h line 129; http-status@2.1.0 extra.unofficial[498]',
  ),
  vendorCode(
    499,
    'nginx',
    'Client Closed Request',
    'nginx/nginx src/http/ngx_http_request.h lines 131-137 (comment + define)',
  ),
  vendorCode(
    499,
    'arcgis',
    'Token Required',
    'nginx/nginx src/http/ngx_http_request.h lines 131-137 (comment + define)',
  ),
  vendorCode(
    509,
    'cpanel',
    'Bandwidth Limit Exceeded',
    'see libraries; jshttp/statuses src/apache.json; docs.ruby-lang.org Net::HTTPNetworkAuthenticationRequired',
  ),
  vendorCode(
    520,
    'cloudflare',
    'Unknown Error',
    'github cloudflare/cloudflare-docs src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/index.mdx (+ error-520.mdx)',
  ),
  vendorCode(521, 'cloudflare', 'Web Server Is Down', CLOUDFLARE_DOCS),
  vendorCode(522, 'cloudflare', 'Connection Timed Out', CLOUDFLARE_DOCS),
  vendorCode(523, 'cloudflare', 'Origin Is Unreachable', CLOUDFLARE_DOCS),
  vendorCode(524, 'cloudflare', 'A Timeout Occurred', CLOUDFLARE_DOCS),
  vendorCode(525, 'cloudflare', 'SSL Handshake Failed', CLOUDFLARE_DOCS),
  vendorCode(526, 'cloudflare', 'Invalid SSL Certificate', CLOUDFLARE_DOCS),
  vendorCode(527, 'cloudflare', 'Railgun Error', 'http-status@2.1.0 extra.cloudflare[527]'),
  vendorCode(
    529,
    'anthropic',
    'Overloaded',
    '@anthropic-ai/sdk@1.14.0 src/core/error.ts (529 → OverloadedError, `status: 529`) and src/lib/middleware.ts (retried like 429)',
  ),
  vendorCode(
    530,
    'cloudflare',
    'Origin Hostname Cannot Be Resolved',
    'cloudflare-docs .../cloudflare-5xx-errors/error-530.mdx; http-status@2.1.0 extra.unofficial[530]',
  ),
  vendorCode(
    598,
    'proxies',
    'Network Read Timeout Error',
    'http-status@2.1.0; help.aliyun.com edge-security-acceleration dcdn http-status-codes',
  ),
  vendorCode(
    599,
    'proxies',
    'Network Connect Timeout Error',
    'laminas-diactoros src/Response.php (namespace Laminas\\Diactoros); help.aliyun.com dcdn http-status-codes',
  ),
]);

const BY_CODE: ReadonlyMap<number, readonly VendorCode[]> = (() => {
  const map = new Map<number, VendorCode[]>();
  for (const entry of VENDOR_CODES) {
    const list = map.get(entry.code);
    if (list === undefined) {
      map.set(entry.code, [entry]);
    } else {
      list.push(entry);
    }
  }
  return map;
})();

/** The set of codes allowed by the given vendors. */
export function vendorCodesOf(vendors: readonly VendorId[]): ReadonlySet<number> {
  const wanted = new Set<string>(vendors);
  return new Set(VENDOR_CODES.filter((entry) => wanted.has(entry.vendor)).map((entry) => entry.code));
}

/** Every vendor that uses `code` (a code can belong to several vendors); empty when none does. */
export function getVendorCodes(code: number): readonly VendorCode[] {
  return BY_CODE.get(code) ?? [];
}
