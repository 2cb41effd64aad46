import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { resolveProjectFile, stripJsonComments } from '../../src/analysis/project-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../fixtures/constants');
/**
 * tests/fixtures/constants/aliased-project: package.json `imports` (`#status`, `#lib/*` with conditions), a solution
 * tsconfig.json whose referenced tsconfig.app.json extends config/tsconfig.base.json (`baseUrl: ".."`, `@/*`,
 * `@app/http`, `@app/*`), and js-app/ with a jsconfig.json (`~/*` → ./app/*, no baseUrl).
 */
const aliased = (file: string): string => path.join(fixtures, 'aliased-project', file);
const route = aliased('src/routes/users.ts');
const constantsFile = aliased('src/lib/http-status.ts');

describe('resolveProjectFile', () => {
  it('resolves relative paths as TypeScript does (the .js of an import names the .ts source)', () => {
    expect(resolveProjectFile('../lib/http-status.js', route)).toBe(constantsFile);
    expect(resolveProjectFile('../lib/http-status', route)).toBe(constantsFile);
    expect(resolveProjectFile('../lib', route)).toBeNull();
  });

  it("resolves subpath imports through the package.json's `imports`, exact keys and patterns with conditions", () => {
    expect(resolveProjectFile('#status', route)).toBe(constantsFile);
    // `types` → ./src/lib/http-status.ts exists; `default` → ./dist/… does not.
    expect(resolveProjectFile('#lib/http-status', route)).toBe(constantsFile);
    expect(resolveProjectFile('#lib/missing', route)).toBeNull();
    expect(resolveProjectFile('#unmapped', route)).toBeNull();
  });

  it("resolves tsconfig path aliases through a solution config's reference and the config it extends", () => {
    expect(resolveProjectFile('@/lib/http-status', route)).toBe(constantsFile);
    // An exact key wins over the pattern; the pattern's first substitution that exists is taken.
    expect(resolveProjectFile('@app/http', route)).toBe(constantsFile);
    expect(resolveProjectFile('@app/lib/http-status.js', route)).toBe(constantsFile);
    // `baseUrl` resolves non-relative specifiers too.
    expect(resolveProjectFile('src/lib/http-status', route)).toBe(constantsFile);
  });

  it("resolves a jsconfig.json's paths relative to the config when it sets no baseUrl", () => {
    expect(resolveProjectFile('~/status.js', aliased('js-app/app/routes/index.js'))).toBe(aliased('js-app/app/status.js'));
    expect(resolveProjectFile('~/status', aliased('js-app/app/routes/index.js'))).toBe(aliased('js-app/app/status.js'));
  });

  it('tells packages from project aliases that lead nowhere', () => {
    // A package (no tsconfig mapping, no such project file): not a project file.
    expect(resolveProjectFile('http-status-codes', route)).toBeUndefined();
    expect(resolveProjectFile('@app/unknown', route)).toBeUndefined();
    // `@/` and `~/` can only be aliases: a project file that cannot be found.
    expect(resolveProjectFile('~/lib/http-status', route)).toBeNull();
    expect(resolveProjectFile('@/lib/http-status', path.join(fixtures, 'own-project/src/routes/me.ts'))).toBeNull();
  });
});

describe('stripJsonComments', () => {
  it('drops comments and trailing commas and keeps strings as written', () => {
    const text = `// head\n{ "a": "http://x // not a comment", /* block */ "b": [1, 2, /* c */ ], "c": "\\"/*\\"", }\n`;
    expect(JSON.parse(stripJsonComments(text))).toEqual({ a: 'http://x // not a comment', b: [1, 2], c: '"/*"' });
  });
});
