/**
 * npm run bench:backoffice — every page of the back office as each role meets it, at city scale: 2,000
 * projects (BENCH_PROJECTS) with their review cycles, 3,000 proposals (BENCH_PROPOSALS) and 500 staff
 * accounts (bench:city's city, without the 100,000 proposals the search needs), most running projects
 * scored and 50 proposals waiting for moderation, beside the same pages of a Bonn-sized tenant (40
 * projects) in the same run: the ratio says what scale costs a page.
 *
 * For the CDO, a department head, an office head, a project lead and a member of staff: the start page,
 * every back-office page it links to and one project page, each asked once to warm up and then REPEAT
 * times one after the other over a real socket, with the response cache on as in production. Printed per
 * page: its size, the first request's time (before anything it keeps was kept), the median time per
 * request, the event loop's longest block while it was asked, and (run with --expose-gc, as the npm script
 * does) the garbage it leaves per request.
 *
 * Measured, never asserted.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { createAccount } from '../src/modules/orgs/orgs.service.ts';
import { orgUnits } from '../src/modules/orgs/orgs.table.ts';
import { scoringModel } from '../src/modules/scoring/scoring.service.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { Client, testConfig } from '../test/helpers.ts';
import { city } from './city.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 2000);
const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 3000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const PASSWORD = 'bench password 2026';
const gc = (globalThis as { gc?: () => void }).gc;

/** An office head and a project lead (leading 20 of the office's projects) in the city's first office. */
async function moreRoles(database: Database, tenantId: string, host: string) {
  const { db } = database;
  const [office] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(sql`${orgUnits.tenantId} = ${tenantId} and ${orgUnits.kind} = 'office'`)
    .orderBy(orgUnits.code)
    .limit(1);
  await createAccount(db, tenantId, {
    email: `head@${host}`,
    displayName: 'Amtsleitung',
    password: PASSWORD,
    roles: [{ role: 'office_head', orgUnitId: office!.id }],
  });
  const lead = await createAccount(db, tenantId, {
    email: `lead@${host}`,
    displayName: 'Projektleitung',
    password: PASSWORD,
    roles: [{ role: 'project_lead', orgUnitId: office!.id }],
  });
  await db.execute(sql`
    update projects set lead_account_id = ${lead.id}
     where tenant_id = ${tenantId} and id in (
       select id from projects where tenant_id = ${tenantId} and owner_org_unit_id = ${office!.id}
        order by title limit 20)`);
}

/**
 * What the CDO's team has in hand in a working city: most running projects scored on every criterion
 * (the prioritisation ranks them), and 50 proposals waiting for moderation (each with its duplicate hints).
 */
async function scoredAndQueued(database: Database, tenantId: string) {
  const { db } = database;
  await scoringModel(db, tenantId);
  await db.execute(sql`
    insert into scores (tenant_id, subject_type, subject_id, criterion_id, score, justification)
    select p.tenant_id, 'project', p.id, k.id, (abs(hashtext(p.id::text || k.id::text)) % 6)::int,
           'Begründung der Bewertung'
      from projects p cross join scoring_criteria k
     where p.tenant_id = ${tenantId} and k.tenant_id = ${tenantId}
       and p.phase not in ('completed', 'stopped') and abs(hashtext(p.id::text)) % 5 <> 0`);
  await db.execute(sql`
    update proposals set state = 'submitted', published_at = null, moderated_at = null
     where tenant_id = ${tenantId} and id in (
       select id from proposals where tenant_id = ${tenantId} and state = 'published'
        order by id limit 50)`);
}

async function get(base: string, host: string, cookie: string, path: string) {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) =>
    http
      .get(`${base}${path}`, { headers: { host, cookie } }, (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => (bytes += d.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      })
      .on('error', reject),
  );
}

/** The back-office pages a role's start page links to, one project page among them. */
async function pagesOf(base: string, host: string, cookie: string) {
  const html = await new Promise<string>((resolve, reject) =>
    http
      .get(`${base}/intern`, { headers: { host, cookie } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve(text));
      })
      .on('error', reject),
  );
  const links = [...html.matchAll(/href="(\/intern[^"#?]*)"/g)].map((m) => m[1]!);
  const project = links.find((l) => /^\/intern\/projekte\/[0-9a-f-]{36}$/.test(l));
  const pages = new Set([
    '/intern',
    ...links.filter((l) => !/\/[0-9a-f-]{36}/.test(l) && !/\.(csv|xlsx)$/.test(l)),
  ]);
  if (project) pages.add(project);
  return [...pages];
}

interface PageFigure {
  path: string;
  status: number;
  kb: number;
  /** The first request's time: what the first reader after a start meets (kept readings not yet made). */
  firstMs: number;
  ms: number;
  blockMs: number;
  mb: number | undefined;
}

async function measure(base: string, host: string, cookie: string, path: string): Promise<PageFigure> {
  const started = performance.now();
  const first = await get(base, host, cookie, path);
  const firstMs = performance.now() - started;
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    await get(base, host, cookie, path);
    times.push(performance.now() - t0);
  }
  h.disable();
  times.sort((a, b) => a - b);
  // The garbage of one more request, without a collection in between (the npm script gives the young
  // generation room for it).
  let mb: number | undefined;
  if (gc) {
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    await get(base, host, cookie, path);
    mb = Math.max(0, v8.getHeapStatistics().used_heap_size - before) / 1e6;
  }
  return {
    path,
    status: first.status,
    kb: first.bytes / 1024,
    firstMs,
    ms: times[Math.floor(times.length / 2)]!,
    blockMs: h.max / 1e6,
    mb,
  };
}

async function main() {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 10 });
  await database.migrate();
  const t0 = performance.now();
  const big = await city(database, { projects: PROJECTS, proposals: PROPOSALS, staff: 500 });
  const small = await city(database, { projects: 40, proposals: 0, staff: 20 });
  for (const t of [big, small]) {
    await moreRoles(database, t.tenant.id, t.host);
    await scoredAndQueued(database, t.tenant.id);
  }
  await database.analyze();
  const built = (performance.now() - t0) / 1000;
  const { app, deps } = buildApp(testConfig({ responseCache: true, logLevel: 'warn' }), database);
  const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const roles = [
    ['CDO', 'cdo'],
    ['department head', 'staff0'],
    ['office head', 'head'],
    ['project lead', 'lead'],
    ['staff', 'staff10'],
  ] as const;
  const lines: string[] = [];
  let worstBlock = { ms: 0, where: '' };
  for (const [role, user] of roles) {
    const cookieOf = async (host: string) => {
      const c = new Client(app, host);
      await c.login(`${user}@${host}`, PASSWORD);
      return c.cookie!;
    };
    const bigCookie = await cookieOf(big.host);
    const smallCookie = await cookieOf(small.host);
    const figures: [PageFigure, PageFigure | undefined][] = [];
    const smallPages = new Set(await pagesOf(base, small.host, smallCookie));
    for (const path of await pagesOf(base, big.host, bigCookie)) {
      const at = await measure(base, big.host, bigCookie, path);
      const ref = smallPages.has(path) ? await measure(base, small.host, smallCookie, path) : undefined;
      figures.push([at, ref]);
      if (at.blockMs > worstBlock.ms) worstBlock = { ms: at.blockMs, where: `${role}: ${path}` };
    }
    lines.push(`\n${role} (${user}) — ${figures.length} pages, slowest first:`);
    lines.push(
      `${'page'.padEnd(44)} ${'status'.padStart(6)} ${'KB'.padStart(6)} ${'first'.padStart(7)} ${'ms'.padStart(7)} ${'block'.padStart(6)} ${gc ? 'MB'.padStart(6) : ''} | 40 projects: ms · ratio`,
    );
    for (const [f, ref] of figures.sort((a, b) => b[0].ms - a[0].ms)) {
      const page = /^\/intern\/projekte\/[0-9a-f-]{36}$/.test(f.path) ? '/intern/projekte/:id' : f.path;
      lines.push(
        `${page.padEnd(44)} ${String(f.status).padStart(6)} ${f.kb.toFixed(0).padStart(6)} ${f.firstMs.toFixed(0).padStart(7)} ${f.ms.toFixed(1).padStart(7)} ${f.blockMs.toFixed(0).padStart(6)} ${f.mb === undefined ? '' : f.mb.toFixed(1).padStart(6)} | ${ref ? `${ref.ms.toFixed(1).padStart(6)} · ${(f.ms / ref.ms).toFixed(1)}×` : '–'}`,
      );
    }
  }
  console.log(
    `bench:backoffice — ${database.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}, Node ${process.version}, ${os.cpus().length} cores; ${PROJECTS} projects, ${PROPOSALS} proposals, 500 staff built in ${built.toFixed(0)} s; ${REPEAT} requests a page after one to warm up, the response cache on`,
  );
  for (const l of lines) console.log(l);
  console.log(`\nthe event loop's longest block: ${worstBlock.ms.toFixed(0)} ms (${worstBlock.where})`);
  await deps.jobs.stop();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
}

await main();
