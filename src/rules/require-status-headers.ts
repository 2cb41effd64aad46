import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  alwaysRunsBefore,
  callerMayHaveHeader,
  cannotFollow,
  containsNode,
  getFileAnalysis,
  headerSources,
  mayEscapeAround,
  responseParameterFromCallers,
  responseParameterHandedOn,
  restatesHandledErrorStatus,
  statusReplacement,
  statusValueMembers,
  type FileAnalysis,
  type ResponseEvent,
  type StatusSite,
  type TrackedResponse,
} from '../analysis/index.js';
import { describeStatus, headerRequirementsFor, type HeaderRequirement } from '../codes/index.js';
import { createRule } from '../util/create-rule.js';

export type Options = [{ strict?: boolean; requirements?: Record<string, string[]> }];
export type MessageIds = 'missingHeader' | 'missingOptionalHeader' | 'missingConfiguredHeader' | 'headerDropped' | 'headerAfterHead';

type HeadersEvent = Extract<ResponseEvent, { type: 'headers' }>;
type CallEvent = Extract<ResponseEvent, { type: 'call' }>;

/** One status a site may send, and where it is written (a branch of `ok ? 200 : 401`, or the site itself). */
interface SentStatus {
  readonly code: number;
  readonly node: TSESTree.Node;
}

/** How a message words a requirement; undefined: the RFC leaves the header optional (only `strict` asks for it). */
const STRENGTH_WORD: Record<HeaderRequirement['strength'], string | undefined> = {
  MUST: 'must',
  SHOULD: 'should',
  MAY: undefined,
  implied: 'should',
  optional: undefined,
};

/** A requirement as the rule checks it: from the table, or from the `requirements` option. */
interface Requirement {
  readonly header: string;
  readonly strength: HeaderRequirement['strength'];
  readonly reference: string | undefined;
}

export default createRule<Options, MessageIds>({
  name: 'require-status-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the header fields that a status code needs, such as Location for redirects and WWW-Authenticate for 401',
      recommended: true,
      strictOptions: [{ strict: true }],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          strict: {
            type: 'boolean',
            description:
              'Also require the optional headers: Location with 201, Retry-After with 429 and 503, Content-Range with 206 and 416 (on in the strict config).',
          },
          requirements: {
            type: 'object',
            description:
              'Header names required per status code; an entry replaces the built-in requirements of that code, and an empty list turns them off.',
            patternProperties: {
              '^[1-5][0-9][0-9]$': { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
            },
            additionalProperties: false,
          },
        },
      },
    ],
    defaultOptions: [{ strict: false }],
    messages: {
      missingHeader: '{{status}} {{strength}} carry {{article}} {{header}} header ({{reference}}).',
      missingOptionalHeader: '{{status}} has no {{header}} header ({{reference}} makes it optional; the `strict` option asks for it).',
      missingConfiguredHeader: '{{status}} must carry {{article}} {{header}} header (required by the `requirements` option).',
      headerDropped:
        '{{api}} discards headers set before it, so this {{header}} header never reaches the {{status}} response{{reference}}. Pass it to {{api}} instead.',
      headerAfterHead:
        '{{header}} is set after {{api}} has sent the head, so it never reaches the {{status}} response{{reference}}. Set it before {{api}}.',
    },
  },
  // A number sent (by a response, redirect or error site) that the table or the `requirements` option asks headers of.
  appliesTo: ({ found: { sentCodes } }, [{ strict = false, requirements = {} }]) => {
    for (const code of sentCodes) if (Object.hasOwn(requirements, code) || headerRequirementsFor(code, strict).length > 0) return true;
    return false;
  },
  create(context, [{ strict = false, requirements = {} }]) {
    const custom = new Map(Object.entries(requirements).map(([code, headers]) => [Number(code), headers]));
    const requirementsOf = (code: number): readonly Requirement[] => {
      const configured = custom.get(code);
      if (configured) return configured.map((header) => ({ header, strength: 'MUST', reference: undefined }));
      return headerRequirementsFor(code, strict);
    };
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context);
        for (const site of analysis.sites) {
          if (site.role !== 'response' && site.role !== 'redirect' && site.role !== 'error') continue;
          // A number the API does not send as the status (`Response.json(data, 401)`): no-ignored-status reports it.
          if (site.effect.unusedStatus !== undefined) continue;
          // Each branch of `res.status(user ? 200 : 401)` is a status the response may be sent with, reported where it
          // is written.
          for (const value of statusValueMembers(site.value)) {
            if (value.kind !== 'number') continue;
            const code = value.value;
            // A helper that throws on this code (SvelteKit error(302), new Boom.Boom() below 400, NextResponse.redirect(u, 300))
            // sends no such response: no-unknown-status and valid-redirect report it.
            const range = site.effect.accepts;
            if (range && (code < range.min || code > range.max)) continue;
            if (site.effect.acceptsOnly && !site.effect.acceptsOnly.codes.includes(code)) continue;
            const sent = { code, node: value.node ?? site.node };
            for (const requirement of requirementsOf(code)) check(context, analysis, site, sent, requirement);
          }
        }
      },
    };
  },
});

function check(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  analysis: FileAnalysis,
  site: StatusSite,
  sent: SentStatus,
  requirement: Requirement,
): void {
  const name = requirement.header.toLowerCase();
  const status = describeStatus(sent.code);
  const reference = requirement.reference === undefined ? '' : ` (${requirement.reference})`;
  if (site.headers && (site.headers.unknown || site.headers.names.includes(name))) return;
  // A redirect helper with a location argument sets Location itself, whether or not its shape lists the header.
  if (name === 'location' && site.effect.location) return;
  // An error handler answering with its error's own status: what raised the error may have set the header.
  if (restatesHandledErrorStatus(sent.node, sent.code)) return;
  const response = site.response;
  if (!response) {
    // An error helper without a tracked response (`createError(401)`): headers set on a response in the
    // same function (Express keeps them for the error page), a response handed to unknown code, or what the callers
    // of a helper with a response parameter set on it, count.
    if (
      !nearbyResponsesMayHave(analysis, site.owner, name, context.sourceCode) &&
      !responseParameterHandedOn(analysis, site.owner, context.sourceCode) &&
      !responseParameterFromCallers(analysis, site.owner, name, context.sourceCode)
    ) {
      reportMissing(context, sent.node, status, requirement);
    }
    return;
  }
  // Koa `ctx`, `ctx.response` and `ctx.res` are one response on the wire, and an h3 handler's returned Response goes out
  // with the headers set on its `event`: their headers all count.
  const related = headerSources(analysis, response, context.sourceCode);
  if (related.some((r) => mayEscapeAround(r, site.owner, context.sourceCode))) return;
  const owner = response.events.find((event): event is CallEvent => event.type === 'call' && event.node === site.owner);
  // `res.status(401).redirect('/login')`, Koa `ctx.status = 401; ctx.redirect('/login')`, Hono `c.status(201); return
  // c.json(x, 200)`: a later call or write replaces the status, so it is never sent.
  if (statusReplacement(site, sent.code)) return;
  const headerEvents = related.flatMap((r) => r.events).filter((event): event is HeadersEvent => event.type === 'headers');
  if (owner?.effect.dropsEarlierHeaders) {
    // Koa `ctx.throw()`: only headers passed to the call itself survive.
    // Only a header that certainly ran first is "lost"; one in another branch leaves the call simply without it.
    const earlier = headerEvents.find(
      (event) => event.node !== site.owner && event.names.includes(name) && alwaysRunsBefore(event.node, site.owner),
    );
    if (earlier && !headerEvents.some((event) => event.node === site.owner && (event.unknown || event.names.includes(name)))) {
      context.report({
        node: earlier.node,
        messageId: 'headerDropped',
        data: { api: owner.effect.label ?? owner.method, header: requirement.header, status, reference },
      });
      return;
    }
    if (headerEvents.some((event) => event.node === site.owner && (event.unknown || event.names.includes(name)))) return;
    reportMissing(context, sent.node, status, requirement);
    return;
  }
  const headSenders = related.flatMap((r) => r.events).filter((event): event is CallEvent => event.type === 'call' && Boolean(event.effect.sendsHead));
  let lost: { event: HeadersEvent; sender: CallEvent } | undefined;
  for (const event of headerEvents) {
    if (!event.unknown && !event.names.includes(name)) continue;
    // Set only on paths that never send this status (after its branch's `return`): no help to it.
    if (related.every((r) => !r.events.includes(event) || cannotFollow(r, site.owner, event.node, context.sourceCode))) continue;
    const sender = headSenders.find((call) => call.node !== event.node && alwaysRunsBefore(call.node, event.node));
    if (!sender) return; // present (flow-insensitive otherwise: any branch counts)
    if (!event.unknown) lost ??= { event, sender };
  }
  // A response parameter of a function this file calls with another response: what its callers set counts too.
  if (!lost && related.some((r) => callerMayHaveHeader(analysis, r, name, context.sourceCode))) return;
  if (lost) {
    context.report({
      node: lost.event.node,
      messageId: 'headerAfterHead',
      data: { api: lost.sender.effect.label ?? lost.sender.method, header: requirement.header, status, reference },
    });
    return;
  }
  reportMissing(context, sent.node, status, requirement);
}

function reportMissing(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  node: TSESTree.Node,
  status: string,
  requirement: Requirement,
): void {
  if (requirement.reference === undefined) {
    context.report({
      node,
      messageId: 'missingConfiguredHeader',
      data: { status, header: requirement.header, article: articleFor(requirement.header) },
    });
    return;
  }
  const strength = STRENGTH_WORD[requirement.strength];
  if (strength === undefined) {
    context.report({
      node,
      messageId: 'missingOptionalHeader',
      data: { status, header: requirement.header, reference: requirement.reference },
    });
    return;
  }
  context.report({
    node,
    messageId: 'missingHeader',
    data: { status, header: requirement.header, article: articleFor(requirement.header), strength, reference: requirement.reference },
  });
}

/**
 * Could a response handled in the same function carry the header (or anything, when it escaped) when `owner` runs? Not
 * through a hand-off or header that only runs after the branch holding `owner` has returned
 * (`if (req.method !== 'GET') return next(createError(405)); serveStatic(req, res, next);`).
 */
function nearbyResponsesMayHave(
  analysis: FileAnalysis,
  owner: TSESTree.Node,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const fn = enclosingFunction(owner);
  const within = (node: TSESTree.Node) => (fn ? containsNode(fn, node) : true);
  return analysis.responses.some(
    (response: TrackedResponse) =>
      response.events.some((event) => within(event.node)) &&
      (mayEscapeAround(response, owner, sourceCode) ||
        response.events.some(
          (event) =>
            event.type === 'headers' &&
            within(event.node) &&
            (event.unknown || event.names.includes(name)) &&
            !cannotFollow(response, owner, event.node, sourceCode),
        )),
  );
}

function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === 'FunctionDeclaration' ||
      current.type === 'FunctionExpression' ||
      current.type === 'ArrowFunctionExpression'
    ) {
      return current;
    }
  }
  return undefined;
}

function articleFor(header: string): string {
  return /^[aeiou]/iu.test(header) ? 'an' : 'a';
}
