import type { TSESLint } from '@typescript-eslint/utils';

import type { ConstantSourceSetting } from './constants/providers.js';

/** The frameworks `frameworks` can name: those with conventional receiver names (see `FrameworkDefinition.declaredReceivers`). */
export type DeclarableFrameworkId = 'express' | 'fastify' | 'hapi' | 'hono' | 'koa' | 'nextjs' | 'node-http' | 'playwright' | 'restify';

/**
 * Shared settings, read from `settings['http-status']` in the user's flat config.
 *
 * ```js
 * settings: { 'http-status': { versions: { express: 5 }, constants: 'http-status-codes', frameworks: ['express'] } }
 * ```
 */
export interface HttpStatusSettings {
  /** Major version per framework id, overriding what the nearest package.json says. */
  readonly versions?: Readonly<Record<string, number>>;
  /**
   * Constant source for `prefer-status-constant`: `'auto'`, a library (`'http-status-codes'`, `'@nestjs/common'`,
   * `'node:http2'`, `'http-status'`, `'axios'`) or a custom module (`{ module, export, naming }` / `{ module, export, map }`).
   */
  readonly constants?: ConstantSourceSetting;
  /**
   * Frameworks whose conventional receivers (`res`, `ctx`, `reply`, `h`, `c`) count in files that import no framework,
   * besides those the nearest package.json depends on: `['express']` for a middleware package that lists Express among
   * its devDependencies only, `['node-http']` for connect-style middleware on raw Node responses. Ids: `express`,
   * `fastify`, `hapi`, `hono`, `koa`, `nextjs`, `node-http`, `restify`.
   */
  readonly frameworks?: readonly DeclarableFrameworkId[];
}

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): HttpStatusSettings {
  const raw = (context.settings as Record<string, unknown> | undefined)?.['http-status'];
  return raw !== null && typeof raw === 'object' ? (raw) : {};
}
