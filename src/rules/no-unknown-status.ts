import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, statusValueMembers, type NumberStatusValue, type StatusSite } from '../analysis/index.js';
import {
  describeStatus,
  getStatusCodeInfo,
  getVendorCodes,
  suggestIntendedCodes,
  VALID_STATUS_RANGE,
  VENDOR_IDS,
  vendorCodesOf,
  type VendorCode,
  type VendorId,
} from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [{ allow?: number[]; allowVendors?: VendorId[] }];
export type MessageIds =
  | 'notInteger'
  | 'outOfRange'
  | 'unassigned'
  | 'vendorCode'
  | 'reserved'
  | 'deprecated'
  | 'outsideApiRange'
  | 'replaceWithCode';

export default createRule<Options, MessageIds>({
  name: 'no-unknown-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow HTTP status codes that are not in the IANA registry',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            description: 'Extra status codes to accept (for example an internal 599).',
            items: { type: 'integer', minimum: 100, maximum: 999 },
            uniqueItems: true,
          },
          allowVendors: {
            type: 'array',
            description: 'Vendor code groups to accept, such as "nginx" (444, 499) or "cloudflare" (520–526, 530).',
            items: { type: 'string', enum: [...VENDOR_IDS] },
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], allowVendors: [] }],
    messages: {
      notInteger: '{{value}} is not an HTTP status code: status codes are integers from 100 to 599 (RFC 9110 §15).',
      outOfRange: '{{value}} is not an HTTP status code (valid codes are 100–599, RFC 9110 §15).{{didYouMean}}',
      unassigned: '{{value}} is not a registered HTTP status code (unassigned in the IANA registry).{{didYouMean}}',
      vendorCode:
        "{{value}} is not a registered HTTP status code, only a vendor's ({{vendors}}): allow it with `allowVendors` if that is meant.{{didYouMean}}",
      reserved: '{{status}} is reserved ({{reference}}): it has no meaning a client can rely on, so do not use it.',
      deprecated: '{{status}} is deprecated ({{reference}}).',
      outsideApiRange: '{{status}} is outside the range {{api}} accepts ({{min}}–{{max}}): {{outcome}}.',
      replaceWithCode: 'Replace with {{status}}.',
    },
  },
  appliesTo: (analysis) => analysis.found.irregularNumbers,
  create(context, [{ allow, allowVendors }]) {
    return {
      'Program:exit'() {
        const sites = getFileAnalysis(context).sites;
        if (sites.length === 0) return;
        const allowed = allowedCodes(allow, allowVendors);
        for (const site of sites) {
          // Implied statuses (`Boom.teapot()`, `new ImATeapotException()`) are the library's deliberate choice, not a typo.
          if (site.implicit) continue;
          // A union (`ok ? 200 : 4040`; typed linting: `code: 200 | 4040`) is checked member by member.
          for (const value of statusValueMembers(site.value)) {
            if (value.kind === 'number') checkValue(context, site, value, allowed);
          }
        }
      },
    };
  },
});

/**
 * Values a client can read as a status that no server sends, so comparing with them is legitimate: Fetch and
 * XMLHttpRequest report 0 for opaque and network-error responses, and Internet Explorer's XMLHttpRequest reported 1223
 * for a 204 (client libraries such as superagent still map it back).
 */
const READ_ONLY_VALUES: ReadonlySet<number> = new Set([0, 1223]);

/**
 * Whether comparing a status read with `code`, or asserting it, is legitimate although no registered code: a value only
 * clients report (`READ_ONLY_VALUES`), or a vendor's code, which servers do send (nginx 499 in access logs, Cloudflare
 * 522, Twitter's 420 in a retry list). Sending one is still reported, unless its vendor is allowed.
 */
function isReadByClients(code: number): boolean {
  return READ_ONLY_VALUES.has(code) || getVendorCodes(code).length > 0;
}

/**
 * Whether a value compared with a status read, or asserted, says that what is read is no HTTP status: a whole number
 * below 100 (`res.status === 1` on the result of `spawnSync`, an API envelope's `{ status: 1 }`, a gRPC code). Status
 * reads are recognised by their names, and such values are far more often another kind of status than a typo.
 */
function isOtherKindOfStatus(code: number): boolean {
  return Number.isInteger(code) && code < VALID_STATUS_RANGE.min;
}

function describeVendorCode(entry: VendorCode): string {
  return `${entry.vendor}: ${entry.phrase}`;
}

/** The allowed codes per options (ESLint hands every file of a config the same options arrays). */
const allowedCache = new WeakMap<readonly number[], WeakMap<readonly VendorId[], ReadonlySet<number>>>();
const NO_CODES: readonly number[] = [];
const NO_VENDORS: readonly VendorId[] = [];

function allowedCodes(allow: readonly number[] = NO_CODES, allowVendors: readonly VendorId[] = NO_VENDORS): ReadonlySet<number> {
  let byVendors = allowedCache.get(allow);
  if (!byVendors) allowedCache.set(allow, (byVendors = new WeakMap()));
  let allowed = byVendors.get(allowVendors);
  if (!allowed) byVendors.set(allowVendors, (allowed = new Set<number>([...allow, ...vendorCodesOf(allowVendors)])));
  return allowed;
}

function checkValue(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  site: StatusSite,
  value: NumberStatusValue,
  allowed: ReadonlySet<number>,
): void {
  // A branch of `ok ? 200 : 4040` is reported (and replaced) where it is written.
  const node = value.node ?? site.node;
  const code = value.value;
  if ((site.role === 'comparison' || site.role === 'assertion') && (isReadByClients(code) || isOtherKindOfStatus(code))) return;
  const text = value.bigint ? `${code}n` : String(code);
  if (value.bigint || !Number.isInteger(code)) {
    context.report({ node, messageId: 'notInteger', data: { value: text } });
    return;
  }
  if (allowed.has(code)) return;
  const info = getStatusCodeInfo(code);
  if (!info) {
    const inRange = code >= VALID_STATUS_RANGE.min && code <= VALID_STATUS_RANGE.max;
    const guesses = suggestIntendedCodes(code);
    const best = guesses[0];
    const didYouMean = best ? ` Did you mean ${describeStatus(best.code)}?` : '';
    const vendors = getVendorCodes(code);
    context.report({
      node,
      ...(vendors.length > 0
        ? { messageId: 'vendorCode', data: { value: text, vendors: vendors.map(describeVendorCode).join('; '), didYouMean } }
        : { messageId: inRange ? 'unassigned' : 'outOfRange', data: { value: text, didYouMean } }),
      suggest: isNumericLiteral(node)
        ? guesses.map((guess) => ({
            messageId: 'replaceWithCode' as const,
            data: { status: describeStatus(guess.code) },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, String(guess.code)),
          }))
        : [],
    });
    return;
  }
  if (info.registration === 'unused') {
    context.report({ node, messageId: 'reserved', data: { status: describeStatus(code), reference: info.reference } });
    return;
  }
  if (info.registration === 'deprecated') {
    context.report({ node, messageId: 'deprecated', data: { status: describeStatus(code), reference: info.reference } });
    return;
  }
  const range = site.effect.accepts;
  if (range && (code < range.min || code > range.max)) {
    context.report({
      node,
      messageId: 'outsideApiRange',
      data: {
        status: describeStatus(code),
        api: site.effect.label ?? 'this API',
        min: range.min,
        max: range.max,
        outcome: range.outcome,
      },
    });
  }
}

function isNumericLiteral(node: TSESTree.Node): boolean {
  return node.type === 'Literal' && typeof node.value === 'number';
}
