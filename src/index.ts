import { createRequire } from 'node:module';

import type { ESLint, Linter, Rule } from 'eslint';

import { rules } from './rules/index.js';

// Read at run time: importing package.json would make tsc copy it into dist.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export const namespace = 'http-status';

type ConfigName = 'recommended' | 'strict' | 'all';

type RuleEntry = (typeof rules)[keyof typeof rules];

/** Which configs turn a rule on, from its own meta, so README, docs and configs never drift. */
function isInConfig(rule: RuleEntry, config: ConfigName): boolean {
  const docs = rule.meta.docs as { recommended?: boolean; strict?: boolean } | undefined;
  if (config === 'all') return true;
  if (config === 'strict') return Boolean(docs?.recommended) || Boolean(docs?.strict);
  return Boolean(docs?.recommended);
}

/** `'error'`, or `['error', ...options]` when the rule asks for stricter options in `strict` and `all`. */
function ruleEntry(rule: RuleEntry, config: ConfigName): Linter.RuleEntry {
  const docs = rule.meta.docs as { strictOptions?: readonly unknown[] } | undefined;
  if (config !== 'recommended' && docs?.strictOptions && docs.strictOptions.length > 0) {
    return ['error', ...docs.strictOptions];
  }
  return 'error';
}

function buildRules(config: ConfigName): Linter.RulesRecord {
  const entries = Object.entries(rules)
    .filter(([, rule]) => isInConfig(rule, config))
    .map(([ruleName, rule]) => [`${namespace}/${ruleName}`, ruleEntry(rule, config)] as const);
  return Object.fromEntries(entries);
}

function buildConfig(config: ConfigName): Linter.Config {
  return {
    name: `${namespace}/${config}`,
    plugins: {
      get [namespace]() {
        return plugin;
      },
    },
    rules: buildRules(config),
  };
}

/** The plugin as ESLint sees it (typed with ESLint's own types, so flat configs accept it as is). */
export interface HttpStatusPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: Readonly<Record<keyof typeof rules, Rule.RuleModule>>;
  readonly configs: Readonly<Record<ConfigName, Linter.Config>>;
}

const plugin: HttpStatusPlugin = {
  meta: { name, version, namespace },
  // typescript-eslint's RuleModule is ESLint's rule shape with stricter types.
  rules: rules as unknown as HttpStatusPlugin['rules'],
  configs: {
    get recommended() {
      return recommended;
    },
    get strict() {
      return strict;
    },
    get all() {
      return all;
    },
  },
};

const recommended = buildConfig('recommended');
const strict = buildConfig('strict');
const all = buildConfig('all');

export { rules };
export type { DeclarableFrameworkId, HttpStatusSettings } from './settings.js';
export const configs = plugin.configs;
export default plugin;

// `require('eslint-plugin-http-status')` (Node's require(esm)) returns the plugin itself, as CommonJS configs expect.
export { plugin as 'module.exports' };
