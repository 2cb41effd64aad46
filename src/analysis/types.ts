import type { TSESTree } from '@typescript-eslint/utils';

import type { ResolvedConstant } from '../constants/resolve.js';
import type { ClientDefinition } from '../frameworks/clients.js';
import type { FrameworkDefinition, MisplacedStatus, ResponseEffect, StatusRole } from '../frameworks/types.js';

/**
 * The value found in a status position, after constant folding.
 *
 * A status written as alternatives (`ok ? 200 : 4040`, `err.status || 500`) gives `union`, whose members may each be the
 * status, each with the expression it is written as. With type information (typed linting), an expression syntax cannot
 * fold falls back to its type: a literal type gives a `number`/`string` value with `fromType: true`; a union of literal
 * types (`200 | 4040`, a small enum) gives `union`.
 * Rules that check values should check every member (`statusValueMembers(value)`) and report at the member's `node` when
 * it has one (`require-status-headers` too: each member may be sent); rules that compare the status sent with the rest of
 * the call, whose branches may be correlated with it, treat a `union` like `unknown` (the reason-phrase rule) or only
 * report what holds for every member (the body rule: `fresh ? 304 : 204` with a body).
 */
export type StatusValue = NumberStatusValue | StringStatusValue | UnionStatusValue | { readonly kind: 'unknown' };

export interface NumberStatusValue {
  readonly kind: 'number';
  readonly value: number;
  readonly bigint?: boolean;
  readonly constant?: ResolvedConstant | LocalConstant;
  /** Read from the checker's literal type, not from the source text (typed linting only). */
  readonly fromType?: boolean;
  /** A member of a union written as alternatives: the branch it is written as (`500` in `err.status || 500`). */
  readonly node?: TSESTree.Node;
}

export interface StringStatusValue {
  readonly kind: 'string';
  readonly value: string;
  readonly fromType?: boolean;
  /** See `NumberStatusValue.node`. */
  readonly node?: TSESTree.Node;
}

/**
 * At most 16 values the status may take: the branches of `?:`, `||` and `??` that fold, or (typed linting) the members
 * of a union of number/string literal types.
 */
export interface UnionStatusValue {
  readonly kind: 'union';
  readonly members: readonly (NumberStatusValue | StringStatusValue)[];
  /** Some branch folds to nothing (`err.status || 500`): the status may also be a value no member names. */
  readonly partial?: boolean;
}

/**
 * A project constant the value came from (`const NOT_FOUND = 404`, enum member, `as const` object): declared
 * in this file, or (typed linting) imported from another file or package and read from its literal type.
 */
export interface LocalConstant {
  readonly local: true;
  readonly name: string;
}

/** One position in the file where an HTTP status is written, compared or asserted. */
export interface StatusSite {
  /** The expression in status position. */
  readonly node: TSESTree.Node;
  readonly value: StatusValue;
  readonly role: StatusRole;
  /** The framework whose API this is (undefined for generic comparisons and assertions). */
  readonly framework: FrameworkDefinition | undefined;
  /** What the API does with the status (range, defaults, label…). */
  readonly effect: ResponseEffect;
  /** The call, `new` or assignment that holds the status. */
  readonly owner: TSESTree.Node;
  /** The response the status is sent with, when it is tracked. */
  readonly response: TrackedResponse | undefined;
  /** A phrase given with the status (`writeHead(404, 'Not Found')`, `statusText`). */
  readonly phrase?: TSESTree.Node;
  /**
   * The status is implied by the API, not written (`Boom.notFound()` → 404, `effect.fixedStatus`):
   * `node` is the call itself, so rules must never replace its text.
   */
  readonly implicit?: boolean;
  /**
   * Headers the owner call sets itself (`createError(401, msg, { headers })`, `res.redirect()`'s Location),
   * when its shape declares any; also recorded as `headers` events when the response is tracked.
   */
  readonly headers?: { readonly names: readonly HeaderName[]; readonly unknown: boolean };
  /** For comparisons and assertions: the status read compared (`res.status`, `statusCode`, `response.status()`). */
  readonly subject?: TSESTree.Node;
}

/** A number at an argument position where the API reads no status (see `MisplacedStatus`). */
export interface MisplacedStatusSite {
  /** The misplaced argument. */
  readonly node: TSESTree.Node;
  readonly value: StatusValue & { readonly kind: 'number' };
  readonly misplaced: MisplacedStatus;
  /** For swapped forms: the argument that belongs where the number is. */
  readonly swapNode: TSESTree.Node | undefined;
  readonly framework: FrameworkDefinition;
  readonly effect: ResponseEffect;
  /** The call or `new`. */
  readonly owner: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly response: TrackedResponse | undefined;
}

/** An HTTP client request whose response a status read comes from (`const res = await axios.get(u)`). */
export interface ClientRequest {
  /** The request call. */
  readonly node: TSESTree.CallExpression;
  readonly client: ClientDefinition;
  /**
   * true: the client rejects before the status can be read for any status outside `resolves`;
   * false: the request (or its instance, or the client's defaults) changes that; undefined: cannot tell.
   */
  readonly throwsOnError: boolean | undefined;
  /** Statuses that reach the code after the request when it throws on errors. */
  readonly resolves: readonly StatusInterval[];
}

export interface StatusInterval {
  readonly min: number;
  readonly max: number;
}

export type HeaderName = string;

/** Something that happens to one response, in source order. */
export type ResponseEvent =
  | { readonly type: 'status'; readonly node: TSESTree.Node; readonly site: StatusSite }
  | {
      readonly type: 'headers';
      readonly node: TSESTree.Node;
      /** Lower-cased names; `unknown` when a name or a spread cannot be read (then rules assume any header may be set). */
      readonly names: readonly HeaderName[];
      readonly unknown: boolean;
      readonly effect: ResponseEffect;
    }
  | { readonly type: 'body'; readonly node: TSESTree.Node; readonly effect: ResponseEffect }
  /** A reason phrase set apart from the status (`res.statusMessage = 'OK'`). */
  | { readonly type: 'phrase'; readonly node: TSESTree.Node; readonly value: TSESTree.Node }
  | { readonly type: 'call'; readonly node: TSESTree.CallExpression; readonly effect: ResponseEffect; readonly method: string }
  /** The response is handed to code the analysis cannot see. */
  | { readonly type: 'escape'; readonly node: TSESTree.Node };

/** One response object within a function (a `res` parameter, a `new Response(...)`, an `h.response()` chain). */
export interface TrackedResponse {
  readonly id: number;
  readonly framework: FrameworkDefinition;
  /** Where the response lives: the variable's identifier, or the creating call. */
  readonly anchor: TSESTree.Node;
  /** The function the events belong to (for parameters: that function; for created responses: the creating node). */
  readonly events: ResponseEvent[];
  /** True once the response escaped to unknown code (where: the `escape` events, unless `opaque`). */
  escaped: boolean;
  /**
   * Reached through an expression the analysis cannot follow (typed `this.res`): anything may happen to it anywhere,
   * and no `escape` event says where.
   */
  opaque: boolean;
}

/** A relational check on a status (`status >= 200 && status < 300`). */
export interface StatusRangeCheck {
  readonly node: TSESTree.BinaryExpression;
  /** The status read (`res.status`). */
  readonly subject: TSESTree.Node;
  readonly operator: '<' | '<=' | '>' | '>=';
  readonly bound: number;
  readonly boundNode: TSESTree.Node;
  /** The response object when it is a Fetch `Response` (`.ok` exists): `res` in `res.status` where `const res = await fetch(u)`. */
  readonly subjectObject: TSESTree.Node | undefined;
  /**
   * Where the status read is a property of a response the file's code sends (sets its status, a header or its body):
   * the value that property has until code sets one (`res.statusCode` starts at 200, see `PropertyShape.initial`).
   */
  readonly initialStatus?: number;
}

/** What kinds of sites and response events a file has (see `FileAnalysis.found`). */
export interface FoundKinds {
  readonly roles: ReadonlySet<StatusRole>;
  /** The roles of the sites with a number among their values (one number, or a member of a union). */
  readonly numberRoles: ReadonlySet<StatusRole>;
  /** The kinds of the sites' values and of their unions' members. */
  readonly valueKinds: ReadonlySet<StatusValue['kind']>;
  /**
   * The numbers a response may be sent with: the values of `response`, `redirect` and `error` sites, written or implied
   * (`Boom.unauthorized()` → 401), and the branches of those written as alternatives.
   */
  readonly sentCodes: ReadonlySet<number>;
  /** A number written at a site as it is (or as a branch of it): not a constant, a bigint, a type's literal or implied by the API. */
  readonly writtenNumbers: boolean;
  /**
   * A tracked response created by a redirect helper that sets its Location (hapi `h.redirect(url)`): a status set on it
   * later goes out with that Location. Also a response redirected by a helper that sends the status set before it
   * (Fastify `reply.code(404).redirect(url)`, `facts.keepsEarlierStatus`).
   */
  readonly redirectResponses: boolean;
  /** The file uses an HTTP client library, so a status read can come from one of its requests (`requestOf`). */
  readonly usesClient: boolean;
  readonly eventTypes: ReadonlySet<ResponseEvent['type']>;
  /** A reason phrase given with a status (`writeHead(404, 'Not Found')`) or set apart from it (a `phrase` event). */
  readonly phrases: boolean;
  /**
   * A status that something later on its response may replace: a call that replaces the status set before it
   * (`effect.overridesStatus`: Express `redirect`), or a second status set on one response (see `statusReplacement`).
   */
  readonly statusOverrides: boolean;
  /**
   * A number at a site that is not a code in use (not an integer, unregistered, reserved or deprecated) or lies outside
   * the range its API accepts (`effect.accepts`); sites that only default a status (`implicit`) do not count.
   */
  readonly irregularNumbers: boolean;
}

export interface FileAnalysis {
  /**
   * Frameworks whose modules the file imports or requires (with those they include), and those its package depends on
   * (`declaredReceivers`) that the file sets a status through.
   */
  readonly frameworks: ReadonlySet<FrameworkDefinition>;
  /** Every module specifier the file imports or requires (type-only imports included). */
  readonly moduleSources: ReadonlySet<string>;
  readonly sites: readonly StatusSite[];
  readonly responses: readonly TrackedResponse[];
  readonly rangeChecks: readonly StatusRangeCheck[];
  /** Calls that pass a number where the API reads no status, for frameworks in their known version. */
  readonly misplacedStatuses: readonly MisplacedStatusSite[];
  /** The kinds of sites and events found, so that a rule tells whether it has anything to check without reading them. */
  readonly found: FoundKinds;
  /** Major version of a framework in use, from settings or the nearest package.json. */
  versionOf(framework: FrameworkDefinition): number | undefined;
  /** The client request a status read comes from (`res.status` where `const res = await axios.get(u)`), if known. */
  requestOf(statusRead: TSESTree.Node): ClientRequest | undefined;
}
