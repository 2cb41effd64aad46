import type { TSESTree } from '@typescript-eslint/utils';

import type { ResolvedConstant } from '../constants/resolve.js';
import type { FrameworkDefinition, ResponseEffect, StatusRole } from '../frameworks/types.js';

/** The value found in a status position, after constant folding. */
export type StatusValue =
  | { readonly kind: 'number'; readonly value: number; readonly bigint?: boolean; readonly constant?: ResolvedConstant | LocalConstant }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'unknown' };

/** A same-file constant the value came from (`const NOT_FOUND = 404`, enum member, `as const` object). */
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
  /** True once the response escaped to unknown code, or a header could not be read. */
  escaped: boolean;
}

/** A relational check on a status (`status >= 200 && status < 300`). */
export interface StatusRangeCheck {
  readonly node: TSESTree.BinaryExpression;
  /** The status read (`res.status`). */
  readonly subject: TSESTree.Node;
  readonly operator: '<' | '<=' | '>' | '>=';
  readonly bound: number;
  readonly boundNode: TSESTree.Node;
  /** The subject is a Fetch-style response (`.ok` exists). */
  readonly subjectObject: TSESTree.Node | undefined;
}

export interface FileAnalysis {
  /** Frameworks whose modules the file imports or requires. */
  readonly frameworks: ReadonlySet<FrameworkDefinition>;
  /** Every module specifier the file imports or requires (type-only imports included). */
  readonly moduleSources: ReadonlySet<string>;
  readonly sites: readonly StatusSite[];
  readonly responses: readonly TrackedResponse[];
  readonly rangeChecks: readonly StatusRangeCheck[];
  /** Major version of a framework in use, from settings or the nearest package.json. */
  versionOf(framework: FrameworkDefinition): number | undefined;
}
