import { describe, expect, it } from 'vitest';

import { FRAMEWORKS } from '../../src/frameworks/index.js';
import type { DeclarableFrameworkId } from '../../src/index.js';

import { analyzeCode, summarizeSite, temporaryProjects } from './helpers.js';

/**
 * Handlers, controllers and middleware kept in files of their own import nothing from their framework: the package's
 * dependencies name it (`declaredReceivers`). Projects are written outside the repository, whose own package.json would
 * otherwise be the nearest.
 */
const { root, project } = temporaryProjects('declared-frameworks-');

const expressApp = project('express-app', { dependencies: { express: '^5.1.0' } });
const koaApp = project('koa-app', { dependencies: { koa: '^3.0.0' } });
const nextApp = project('next-app', { dependencies: { next: '^15.0.0', react: '^19.0.0' } });
const expressTooling = project('express-tooling', { devDependencies: { express: '^5.1.0' } });
const runtimeAgnostic = project('runtime-agnostic', { peerDependencies: { fastify: '*', next: '*' } });
const noFramework = project('no-framework', { dependencies: { lodash: '^4.0.0' } });
const connectApp = project('connect-app', { dependencies: { connect: '^3.7.0', 'serve-static': '^1.16.0' } });
const polkaApp = project('polka-app', { dependencies: { polka: '^0.5.2' } });

const expressController = `
const db = require('../db');
exports.show = async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.status(200).json(user);
};
`;

const sites = (code: string, filename: string) => {
  const file = analyzeCode(code, { filename, cwd: root });
  return { file, sites: file.analysis.sites.map((site) => summarizeSite(file, site)) };
};

describe('frameworks the package depends on', () => {
  it('finds the receivers of an Express controller that imports nothing', () => {
    const { file, sites: found } = sites(expressController, expressApp('src/controllers/users.js'));
    expect(found.map((site) => [site.text, site.framework, site.role])).toEqual([
      ['404', 'express', 'response'],
      ['200', 'express', 'response'],
    ]);
    expect([...file.analysis.frameworks].map((framework) => framework.id)).toEqual(['express']);
    // The version comes from the same package.json.
    expect(file.analysis.versionOf(file.analysis.frameworks.values().next().value!)).toBe(5);
  });

  it('finds a Koa context and a Next.js API route the same way', () => {
    const koa = sites('export async function remove(ctx) {\n  await db.items.delete(ctx.params.id);\n  ctx.status = 204;\n}\n', koaApp('src/items.js'));
    expect(koa.sites.map((site) => [site.text, site.framework])).toEqual([['204', 'koa']]);
    const next = sites(
      "export default function handler(req, res) {\n  if (req.method !== 'POST') return res.status(405).end();\n  res.status(201).json({ ok: true });\n}\n",
      nextApp('pages/api/items.js'),
    );
    expect(next.sites.map((site) => [site.text, site.framework])).toEqual([
      ['405', 'nextjs'],
      ['201', 'nextjs'],
    ]);
  });

  it('also when the file imports a framework without conventional receivers (http-errors)', () => {
    const code = `const createError = require('http-errors');\n${expressController}`;
    expect(sites(code, expressApp('src/controllers/users.js')).sites.map((site) => site.framework)).toEqual(['express', 'express']);
  });

  it('not from devDependencies, nor without a framework among the dependencies', () => {
    expect(sites(expressController, expressTooling('scripts/serve.js')).sites).toEqual([]);
    expect(sites(expressController, noFramework('src/users.js')).sites).toEqual([]);
  });

  it('not when the file imports a framework with receivers of its own', () => {
    const code = `import Koa from 'koa';\nexport const app = new Koa();\nexport function legacy(req, res) {\n  res.status(404).end();\n}\n`;
    expect(sites(code, expressApp('src/legacy.js')).sites).toEqual([]);
  });

  it('counts a declared framework as the file’s only where a status is set through it', () => {
    // Client code in a package that also runs an Express server: \`res\` is a fetch result, and no status is set on it.
    const client = sites(
      "export async function load(api) {\n  return api.get('/users').then((res) => {\n    if (res.status === 404) return null;\n    return res.json();\n  });\n}\n",
      expressApp('src/client/users.js'),
    );
    expect(client.sites.map((site) => [site.text, site.role, site.framework])).toEqual([['404', 'comparison', undefined]]);
    expect([...client.file.analysis.frameworks]).toEqual([]);

    // tRPC-like code: fastify and next are peers, the file itself only builds Fetch responses (it also runs on Workers).
    const fetchOnly = sites("export function head() {\n  return new Response(null, { status: 204 });\n}\n", runtimeAgnostic('src/http.ts'));
    expect(fetchOnly.sites.map((site) => [site.text, site.framework])).toEqual([['204', 'fetch']]);
    expect([...fetchOnly.file.analysis.frameworks].map((framework) => framework.id)).not.toContain('fastify');
    const adapter = sites('export function send(req, reply) {\n  reply.code(201).send({ ok: true });\n}\n', runtimeAgnostic('src/adapters/fastify.ts'));
    expect(adapter.sites.map((site) => [site.text, site.framework])).toEqual([['201', 'fastify']]);
    expect([...adapter.file.analysis.frameworks].map((framework) => framework.id)).toContain('fastify');
  });
});

describe("frameworks named in settings['http-status'].frameworks", () => {
  const settings = (frameworks: unknown) => ({ 'http-status': { frameworks } });
  const analyzed = (code: string, filename: string, frameworks: unknown) => {
    const file = analyzeCode(code, { filename, cwd: root, settings: settings(frameworks) });
    return { file, sites: file.analysis.sites.map((site) => summarizeSite(file, site)) };
  };

  // express-basic-auth's shape: a middleware package that lists Express among its devDependencies only.
  const basicAuthMiddleware = `
module.exports = function buildMiddleware(options) {
  return function authMiddleware(req, res, next) {
    if (options.authorizer(req)) return next();
    if (options.challenge) res.set('WWW-Authenticate', 'Basic realm="app"');
    return res.status(401).send('Unauthorized');
  };
};
`;

  it('counts their receivers in a file that imports nothing, with the version its package.json gives', () => {
    const { file, sites: found } = analyzed(basicAuthMiddleware, expressTooling('index.js'), ['express']);
    expect(found.map((site) => [site.text, site.framework, site.role])).toEqual([['401', 'express', 'response']]);
    expect([...file.analysis.frameworks].map((framework) => framework.id)).toEqual(['express']);
    expect(file.analysis.versionOf(file.analysis.frameworks.values().next().value!)).toBe(5);
  });

  it('adds to the frameworks the package.json depends on, and needs none', () => {
    const koaController = 'export async function remove(ctx) {\n  ctx.status = 204;\n}\n';
    expect(analyzed(koaController, expressApp('src/items.js'), ['koa']).sites.map((site) => [site.text, site.framework])).toEqual([['204', 'koa']]);
    expect(analyzed(expressController, expressApp('src/users.js'), ['koa']).sites.map((site) => site.framework)).toEqual(['express', 'express']);
    expect(analyzed(koaController, noFramework('src/items.js'), ['koa', 'hono']).sites.map((site) => site.framework)).toEqual(['koa']);
    expect(analyzed(koaController, noFramework('src/items.js'), []).sites).toEqual([]);
  });

  it("counts Node's responses in a package that depends on connect or polka, which hand middleware Node's own `res`", () => {
    // Metro's dev server: connect middleware in files that import nothing.
    const middleware = `
module.exports = function symbolicate(config) {
  return async function (req, res, next) {
    if (req.url !== '/symbolicate') return next();
    try {
      const stack = await config.symbolicate(JSON.parse(req.rawBody));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ stack }));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  };
};
`;
    for (const file of [connectApp('src/middleware/symbolicate.js'), polkaApp('src/middleware/symbolicate.js')]) {
      const { file: analysis, sites: found } = analyzed(middleware, file, undefined);
      expect(found.map((site) => [site.text, site.framework, site.label])).toEqual([
        ['200', 'node-http', 'res.writeHead()'],
        ['500', 'node-http', 'res.statusCode'],
      ]);
      expect([...analysis.analysis.frameworks].map((framework) => framework.id)).toEqual(['node-http']);
    }
    expect(analyzed(middleware, noFramework('src/middleware/symbolicate.js'), undefined).sites).toEqual([]);
  });

  it("declares Node's http for connect-style middleware of a package that depends on neither", () => {
    // serve-favicon's shape: a raw Node response in a package with no framework among its dependencies.
    const favicon = `
module.exports = function favicon(icon) {
  return function (req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = req.method === 'OPTIONS' ? 200 : 405;
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/x-icon' });
    res.end(icon);
  };
};
`;
    expect(analyzed(favicon, noFramework('index.js'), undefined).sites).toEqual([]);
    const { file, sites: found } = analyzed(favicon, noFramework('index.js'), ['node-http']);
    expect(found.map((site) => [site.text, site.framework, site.label])).toEqual([
      ["req.method === 'OPTIONS' ? 200 : 405", 'node-http', 'res.statusCode'],
      ['200', 'node-http', 'res.writeHead()'],
    ]);
    expect([...file.analysis.frameworks].map((framework) => framework.id)).toEqual(['node-http']);
  });

  it('does not apply in a file that imports a framework with receivers of its own', () => {
    const code = `import Koa from 'koa';\nexport const app = new Koa();\nexport function legacy(req, res) {\n  res.status(404).end();\n}\n`;
    expect(analyzed(code, expressTooling('src/legacy.js'), ['express']).sites).toEqual([]);
  });

  it("takes node's status data (http2 `constants`, http `STATUS_CODES`) for no framework of its own while the package depends on one", () => {
    const taking = [
      "const { constants } = require('node:http2');",
      "import { constants } from 'node:http2';",
      "const { STATUS_CODES } = require('http');\nconst OK = require('http2').constants.HTTP_STATUS_OK;",
    ];
    for (const imports of taking) {
      const { file, sites: found } = sites(`${imports}\n${expressController}`, expressApp('src/controllers/users.js'));
      expect(found.map((site) => [site.text, site.framework])).toEqual([
        ['404', 'express'],
        ['200', 'express'],
      ]);
      expect([...file.analysis.frameworks].map((framework) => framework.id)).toEqual(['express']);
    }
    // Anything else from the module is Node's API: the file is Node code, and Express's `res.status()` is not known there.
    const using = [
      "const { constants, createServer } = require('node:http2');",
      "import http2, { constants } from 'node:http2';",
      "import type { ServerResponse } from 'node:http';",
      "const http2 = require('node:http2');",
    ];
    for (const imports of using) {
      expect(sites(`${imports}\n${expressController}`, expressApp('src/controllers/users.js')).sites).toEqual([]);
    }
    // With no framework in the package, the data still says Node.
    const plain = sites(
      "const { constants } = require('node:http2');\nmodule.exports = (req, res) => {\n  res.statusCode = 404;\n  res.end();\n};\n",
      noFramework('src/handler.js'),
    );
    expect(plain.sites.map((site) => [site.text, site.framework])).toEqual([['404', 'node-http']]);
  });

  it('takes exactly the ids the settings type declares', () => {
    // Spelled out as the type's members: a framework that gains or loses conventional receivers must update the type.
    const typed: Record<DeclarableFrameworkId, true> = { express: true, fastify: true, hapi: true, hono: true, koa: true, nextjs: true, 'node-http': true, playwright: true, restify: true };
    const declarable = new Set(FRAMEWORKS.filter((framework) => framework.declaredReceivers).map((framework) => framework.id));
    expect([...declarable].sort()).toEqual(Object.keys(typed).sort());
  });

  it('rejects a value that names no such framework with a readable error', () => {
    expect(() => analyzed(expressController, noFramework('src/users.js'), ['expres'])).toThrow(
      `eslint-plugin-http-status: settings['http-status'].frameworks: "expres" is not one of express, fastify, hapi, hono, koa, nextjs, node-http, playwright, restify.`,
    );
    // http2 streams (\`stream.respond()\`) are recognised by their import only: \`stream\` names too much else.
    expect(() => analyzed(expressController, noFramework('src/users.js'), ['http2'])).toThrow('"http2" is not one of');
    expect(() => analyzed(expressController, noFramework('src/users.js'), [404])).toThrow('404 is not one of');
    expect(() => analyzed(expressController, noFramework('src/users.js'), 'express')).toThrow(
      `eslint-plugin-http-status: settings['http-status'].frameworks must be an array of framework ids (express, fastify, hapi, hono, koa, nextjs, node-http, playwright, restify), not "express".`,
    );
  });
});
