import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin, { configs } from '../src/index.js';
import { rules } from '../src/rules/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleFiles = readdirSync(path.join(root, 'src/rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''));

describe('plugin', () => {
  it('has meta matching package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'http-status' });
  });

  it('exports every rule file, and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual([...ruleFiles].sort());
  });

  describe.each(ruleFiles)('rule %s', (ruleName) => {
    const rule = rules[ruleName as keyof typeof rules];

    it('has a doc page and a test file', () => {
      expect(readdirSync(path.join(root, 'docs/rules'))).toContain(`${ruleName}.md`);
      expect(readdirSync(path.join(root, 'tests/rules'))).toContain(`${ruleName}.test.ts`);
    });

    it('is in the configs its meta asks for', () => {
      const id = `http-status/${ruleName}`;
      const docs = rule.meta.docs as { recommended?: boolean; strict?: boolean; strictOptions?: unknown[] };
      // `strict` and `all` pass the rule's strictOptions, if it has any.
      const stricter = docs.strictOptions?.length ? ['error', ...docs.strictOptions] : 'error';
      expect(configs.all.rules?.[id]).toEqual(stricter);
      expect(configs.recommended.rules?.[id]).toBe(docs.recommended ? 'error' : undefined);
      expect(configs.strict.rules?.[id]).toEqual(docs.recommended || docs.strict ? stricter : undefined);
    });

    it('has a description, a schema with descriptions, and default options in meta', () => {
      expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/u);
      for (const schema of rule.meta.schema as readonly { properties?: Record<string, { description?: string }> }[]) {
        for (const property of Object.values(schema.properties ?? {})) expect(property.description).toBeTruthy();
      }
    });

    it('doc page names every option and has the required sections', () => {
      const doc = readFileSync(path.join(root, 'docs/rules', `${ruleName}.md`), 'utf8');
      expect(doc).toContain('## Examples');
      expect(doc).toContain('## When Not To Use It');
      for (const schema of rule.meta.schema as readonly { properties?: Record<string, unknown> }[]) {
        for (const option of Object.keys(schema.properties ?? {})) expect(doc).toContain(`### \`${option}\``);
      }
    });
  });

  it.each(['recommended', 'strict', 'all'] as const)('config %s loads in ESLint', async (name) => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [configs[name]] });
    const config = (await eslint.calculateConfigForFile('src/app.js')) as { rules: Record<string, unknown> };
    for (const [id, entry] of Object.entries(configs[name].rules ?? {})) {
      expect((config.rules[id] as unknown[])[0]).toBe(2);
      // Options given by the config reach the rule.
      if (Array.isArray(entry)) expect((config.rules[id] as unknown[]).slice(1)).toMatchObject(entry.slice(1));
    }
  });

  it('rejects invalid options with a readable schema error', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        { plugins: { 'http-status': plugin }, rules: { 'http-status/no-unknown-status': ['error', { allowVendors: ['acme'] }] } },
      ],
    });
    const error = await eslint.lintText('res.status(404)').then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(error?.message).toContain('http-status/no-unknown-status');
    expect(error?.message).toContain('Value "acme" should be equal to one of the allowed values');
  });
});

describe('module formats', () => {
  it('require() of the built package returns the plugin itself (CommonJS configs)', async () => {
    const { createRequire } = await import('node:module');
    const required = createRequire(import.meta.url)('../dist/index.js') as typeof plugin;
    expect(required.meta.name).toBe('eslint-plugin-http-status');
    expect(Object.keys(required.configs)).toEqual(['recommended', 'strict', 'all']);
  });
});
