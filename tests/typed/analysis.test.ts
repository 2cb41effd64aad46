import { describe, expect, it } from 'vitest';

import { packageOfPath } from '../../src/analysis/type-info.js';
import type { StatusValue } from '../../src/analysis/types.js';
import { analyzeFixture } from '../typed-rule-tester.js';

/** A site's value, with each union member's written node given by its text. */
const valueOf = (value: StatusValue, code: string): StatusValue | { kind: 'union'; members: readonly object[] } =>
  value.kind === 'union'
    ? { ...value, members: value.members.map(({ node, ...member }) => (node ? { ...member, written: code.slice(...node.range) } : member)) }
    : value;
const values = (code: string, typed = true) =>
  analyzeFixture(code, { typed }).sites.map((site) => ({ role: site.role, framework: site.framework?.id, value: valueOf(site.value, code) }));

describe('type-aware analysis', () => {
  it('resolves values from literal types: imported constants, package enums, as-const objects, unions', () => {
    const code = `
import express from 'express';
import { Status } from 'status-kit';
import { CODES, NOT_FOUND, type Outcome } from './src/codes.js';
export function handler(req: express.Request, res: express.Response, outcome: Outcome, ok: boolean) {
  res.status(NOT_FOUND);
  res.status(Status.NotFound);
  res.status(CODES.GONE);
  res.status(outcome);
  res.status(ok ? 200 : 201);
}
`;
    expect(values(code)).toEqual([
      { role: 'response', framework: 'express', value: { kind: 'number', value: 404, fromType: true, constant: { local: true, name: 'NOT_FOUND' } } },
      { role: 'response', framework: 'express', value: { kind: 'number', value: 404, fromType: true, constant: { local: true, name: 'Status.NotFound' } } },
      { role: 'response', framework: 'express', value: { kind: 'number', value: 410, fromType: true, constant: { local: true, name: 'CODES.GONE' } } },
      {
        role: 'response',
        framework: 'express',
        value: { kind: 'union', members: [{ kind: 'number', value: 200, fromType: true }, { kind: 'number', value: 4040, fromType: true }] },
      },
      {
        role: 'response',
        framework: 'express',
        // A conditional folds from the syntax, each member with the branch it is written as.
        value: { kind: 'union', members: [{ kind: 'number', value: 200, written: '200' }, { kind: 'number', value: 201, written: '201' }] },
      },
    ]);
    // One member of a union (`Outcome`: 200 | 4040) is enough for the rules that check codes to run.
    expect(analyzeFixture(code, { typed: true }).found.irregularNumbers).toBe(true);
    // Without types the same sites exist: the project file's constants are read from its text (`NOT_FOUND`,
    // `CODES.GONE`), the package's enum and the parameter's type stay unknown, the conditional folds from the syntax.
    expect(values(code, false).map((site) => site.value)).toEqual([
      { kind: 'number', value: 404, constant: { local: true, name: 'NOT_FOUND' } },
      { kind: 'unknown' },
      { kind: 'number', value: 410, constant: { local: true, name: 'CODES.GONE' } },
      { kind: 'unknown' },
      expect.objectContaining({ kind: 'union' }),
    ]);
    expect(analyzeFixture(code, { typed: false }).found.irregularNumbers).toBe(false);
  });

  it('leaves wide types unknown: number, string, large unions', () => {
    const code = `
import express from 'express';
export function handler(req: express.Request, res: express.Response, code: number, text: string) {
  res.status(code);
  res.status(Number(text));
}
`;
    expect(values(code).map((site) => site.value)).toEqual([{ kind: 'unknown' }, { kind: 'unknown' }]);
  });

  it('finds receivers by type: any name, helper aliases, inferred parameters, other frameworks', () => {
    const analysis = analyzeFixture(`
import { createServer } from 'node:http';
import Koa from 'koa';
import { currentResponse, type AppResponse, type Out } from './src/http-types.js';
export function a(out: Out) { out.status(201).json({}); }
export function b(target: AppResponse) { target.sendStatus(202); }
export function c() { const current = currentResponse(); current.status(203); }
createServer((request, sink) => { sink.statusCode = 204; sink.end(); });
new Koa().use((c) => { c.status = 205; c.response.status = 206; });
`);
    expect(analysis.sites.map((site) => [site.framework?.id, site.value.kind === 'number' ? site.value.value : undefined])).toEqual([
      ['express', 201],
      ['express', 202],
      ['express', 203],
      ['node-http', 204],
      ['koa', 205],
      ['koa', 206],
    ]);
    // Without types none of these names is a receiver.
    expect(analyzeFixture(analysisCodeWithoutImports, { typed: false }).sites).toEqual([]);
  });

  it('asks the checker about a root only where it may be a response: not an error, not a logger given an error text', () => {
    // `err.statusCode = 400` gives an error the status an error handler sends; `logger.error(err.message)` passes a text
    // where Elysia's `error()` takes a status. Neither is asked about, so these typed-as-response roots stay unknown,
    // while `out` and `e` (an event as often as an error) are found by their type.
    const analysis = analyzeFixture(`
import type { Out } from './src/http-types.js';
export function a(err: Out) { err.statusCode = 4040; }
export function b(logger: Out, failure: Error) { logger.error(failure.message); logger.error(failure.stack); }
export function c(out: Out) { out.status(201).json({}); }
export function d(e: Out) { e.statusCode = 202; }
`);
    expect(analysis.sites.map((site) => [site.framework?.id, site.value.kind === 'number' ? site.value.value : undefined])).toEqual([
      ['express', 201],
      ['express', 202],
    ]);
    expect(analysis.responses).toHaveLength(2);
  });

  it('reads unannotated callback parameters from the overloads they are passed to, without inferring them', () => {
    // No framework import: only the declared parameter types of `server.get/route/register` make these receivers,
    // through an overload, an object-literal handler (method and arrow), a destructured parameter, a nested
    // callback and a `this` parameter. `done` is declared by the queue as no response.
    const analysis = analyzeFixture(`
import { server } from './src/server.js';
import type { JobQueue } from './src/domain.js';
server.get('/a', (request, out) => { out.code(201).send(); });
server.get('/b', {}, function (request, out) { out.code(202); });
server.route({ method: 'GET', url: '/c', handler(request, out) { out.code(203); } });
server.route({ method: 'GET', url: '/d', handler: (request, { raw }) => { raw.statusCode = 204; } });
server.register((instance) => { instance.get('/e', (request, out) => out.status(205)); });
server.get('/f', function (this: unknown, request, out) { out.code(206); });
export function work(queue: JobQueue) { queue.process((job, done) => done.code(4040)); }
`);
    expect(analysis.sites.map((site) => [site.framework?.id, site.value.kind === 'number' ? site.value.value : undefined])).toEqual([
      ['fastify', 201],
      ['fastify', 202],
      ['fastify', 203],
      ['node-http', 204],
      ['fastify', 205],
      ['fastify', 206],
    ]);
  });

  it('prefers the type over the name when they name different frameworks', () => {
    // ctx is a Koa receiver name, but this one is typed as an Express response; res is typed as a Node ServerResponse.
    const analysis = analyzeFixture(`
import Koa from 'koa';
import express from 'express';
import type { ServerResponse } from 'node:http';
export function send(ctx: express.Response, res: ServerResponse) {
  ctx.status(201);
  res.statusCode = 202;
}
new Koa().use((ctx) => { ctx.status = 203; });
`);
    expect(analysis.sites.map((site) => [site.framework?.id, site.value.kind === 'number' ? site.value.value : undefined])).toEqual([
      ['express', 201],
      ['node-http', 202],
      ['koa', 203],
    ]);
  });

  it('finds receivers returned by calls and held in fields, as escaped responses', () => {
    const analysis = analyzeFixture(`
import type { Response } from 'express';
import { currentResponse } from './src/http-types.js';
export function direct() { currentResponse().status(207).json({}); }
export class Controller {
  constructor(private readonly out: Response) {}
  gone() { this.out.set('Retry-After', '60'); this.out.status(208).end(); }
}
`);
    expect(analysis.sites.map((site) => [site.framework?.id, site.value.kind === 'number' ? site.value.value : undefined])).toEqual([
      ['express', 207],
      ['express', 208],
    ]);
    expect(analysis.responses.map((response) => [response.escaped, response.events.map((event) => event.type).sort()])).toEqual([
      [true, ['body', 'call', 'call', 'status']],
      [true, ['call', 'call', 'call', 'headers', 'status']],
    ]);
  });

  it('rejects a conventionally named receiver whose type is a project domain type', () => {
    const code = `
import express from 'express';
import type { Job } from './src/domain.js';
export function run(res: Job, ctx: { status(code: number): void }) { res.status(201); }
export const handler: express.RequestHandler = (req, res) => { res.status(202); };
`;
    expect(values(code).map((site) => site.value)).toEqual([{ kind: 'number', value: 202 }]);
    expect(values(code, false).map((site) => site.value)).toEqual([
      { kind: 'number', value: 201 },
      { kind: 'number', value: 202 },
    ]);
  });

  it('decides status reads by type', () => {
    const code = `
import { findOne } from 'db-kit';
import { loadShipment, type ApiResponse } from './src/domain.js';
export async function client(r: Response, api: ApiResponse, response: ApiResponse) {
  if (r.status === 201) return;
  const shipment = await loadShipment('1');
  const res = shipment;
  if (res.status === 202) return;
  const resp = await findOne('1');
  if (resp.status == 203) return;
  if (response.status === 204) return;
}
`;
    // Fetch Response named r: gained. A project Shipment named res, a db-kit row whose status is a string: rejected.
    // A project type named like a response (ApiResponse) stays with the syntax: response.status is read, api.status is not.
    expect(values(code).map((site) => (site.value.kind === 'number' ? site.value.value : site.value.kind))).toEqual([201, 204]);
    expect(values(code, false).map((site) => (site.value.kind === 'number' ? site.value.value : site.value.kind))).toEqual([
      202, 203, 204,
    ]);
  });

  it('compares a `status` typed number with strings only: other comparisons of a plain variable stay out', () => {
    const code = `
import { getPage } from './src/client.js';
export async function check(status: number, url: string) {
  if (status === 1) return 'one';
  if (status === '200') return 'ok';
  const { status: code } = await getPage(url);
  const { status: other } = { status: 404 };
  return code === 404 || other === 404;
}
`;
    expect(values(code)).toEqual([
      { role: 'comparison', framework: undefined, value: { kind: 'string', value: '200' } },
    ]);
    expect(values(code, false)).toEqual([]);
  });

  it('reads `status` destructured from a value typed as a response', () => {
    const code = `
import { getPage } from './src/client.js';
import { loadShipment } from './src/domain.js';
export async function check(url: string) {
  const { status } = await getPage(url);
  if (status === 404) return 'missing';
  return 'ok';
}
export async function track(id: string) {
  const { status } = await loadShipment(id);
  return status === 404;
}
`;
    expect(values(code)).toEqual([{ role: 'comparison', framework: undefined, value: { kind: 'number', value: 404 } }]);
    expect(values(code, false)).toEqual([]);
  });

  it('keeps a response passed to a helper escaped: a helper signature does not tell which headers it sets', () => {
    const analysis = analyzeFixture(`
import type { Response } from 'express';
declare function withCors(res: Response): void;
export function handler(out: Response) {
  withCors(out);
  out.status(301).end();
}
`);
    expect(analysis.responses).toHaveLength(1);
    expect(analysis.responses[0]!.escaped).toBe(true);
    expect(analysis.responses[0]!.events.map((event) => event.type).sort()).toEqual(['call', 'call', 'escape', 'status']);
  });

  it('reads package names from declaration paths', () => {
    expect(packageOfPath('/p/node_modules/@types/express-serve-static-core/index.d.ts')).toBe('express-serve-static-core');
    expect(packageOfPath('/p/node_modules/@types/koa__router/index.d.ts')).toBe('@koa/router');
    expect(packageOfPath('C:\\p\\node_modules\\hono\\dist\\types\\context.d.ts')).toBe('hono');
    expect(packageOfPath('/p/node_modules/.pnpm/fastify@5.0.0/node_modules/fastify/types/reply.d.ts')).toBe('fastify');
    expect(packageOfPath('/p/src/types.ts')).toBeUndefined();
  });
});

const analysisCodeWithoutImports = `
import { currentResponse, type Out } from './src/http-types.js';
export function a(out: Out) { out.status(201).json({}); }
export function c() { const current = currentResponse(); current.status(203); }
`;
