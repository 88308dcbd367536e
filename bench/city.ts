/**
 * npm run bench:city — uncached work at city scale: 100,000 proposals (BENCH_PROPOSALS; the 2,314 real
 * contributions of the Bonner Rad-Dialog, copied with numbered titles), 2,000 projects with 8 review cycles
 * (BENCH_PROJECTS) and 500 staff accounts, on PGlite (default) or the PostgreSQL of DATABASE_URL. The
 * reference in the same run is a Bonn-sized tenant (the Rad-Dialog alone, 40 projects): the ratio says what
 * scale costs.
 *
 * - proposal search: 300 queries from the Rad-Dialog's own words (one to three words, common and rare),
 *   one at a time through the service (p50/p95/p99), then GET /api/v1/proposals?q=… with 10 connections;
 * - the cockpit with 10 staff at once (each their own session),
 *   BENCH_SECONDS each (the CDO and nine department heads), with the response cache off (the cost after a change) and on (steady state);
 * - signed-in /projekte (never cached): on PostgreSQL with `rathaus serve --workers 2` against one worker
 *   in the same run, else in-process;
 * - the event loop's longest block during each phase (perf_hooks.monitorEventLoopDelay), in-process phases.
 *
 * BENCH_EMBEDDED=process runs PGlite on the event loop's thread instead of its own (the reference).
 *
 * Measured, never asserted.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { RADDIALOG, RADDIALOG_CSV } from '../src/demo/seed.ts';
import { accounts, orgUnits, roleAssignments } from '../src/modules/orgs/orgs.table.ts';
import { importProposalsCsv } from '../src/modules/proposals/proposals.import.ts';
import { searchPublishedProposals } from '../src/modules/proposals/proposals.service.ts';
import { hashPassword } from '../src/platform/auth/password.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { Client, testConfig } from '../test/helpers.ts';
import { portfolio } from './cockpit.ts';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 100_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 2000);
const STAFF = Number(process.env.BENCH_STAFF ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench password 2026';
/**
 * The spawned servers must accept the session made in this process: one secret for both (without it, each
 * server kept its own and every "signed-in" request was an anonymous one with a cookie it refused).
 */
const SESSION_SECRET = 'bench session secret, the same in every process of this run';
const ROOT = path.resolve(import.meta.dirname, '..');

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The event loop's longest block while `fn` runs. */
async function lagDuring<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; maxLagMs: number; p99LagMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  try {
    const result = await fn();
    return { result, maxLagMs: h.max / 1e6, p99LagMs: h.percentile(99) / 1e6 };
  } finally {
    h.disable();
  }
}

/** A city: the portfolio of bench:cockpit, `staff` accounts across its offices, and `n` proposals. */
export async function city(database: Database, opts: { projects: number; proposals: number; staff: number }) {
  const { db } = database;
  const t = await portfolio(db, opts.projects);
  const tenantId = t.tenant.id;
  await importProposalsCsv(db, RADDIALOG_CSV, {
    tenantId,
    process: RADDIALOG,
    publish: true,
    numberPrefix: 'RAD',
  });
  // Copies of the real contributions, numbered, until there are `n`.
  const [{ n: real } = { n: 0 }] = await database.rows<{ n: number }>(
    sql`select count(*)::int as n from proposals where tenant_id = ${tenantId}`,
  );
  const copies = Math.max(0, Math.ceil(opts.proposals / real) - 1);
  if (copies)
    await db.execute(sql`
      insert into proposals (tenant_id, number, process_id, external_ref, title, body, author_kind, language,
                             category, state, published_at, created_at)
      select p.tenant_id, p.number || '-' || g, p.process_id, p.external_ref || '-' || g,
             p.title || ' (' || g || ')', p.body, p.author_kind, p.language, p.category, p.state,
             p.published_at, p.created_at + (g || ' days')::interval
        from proposals p cross join generate_series(1, ${copies}) g
       where p.tenant_id = ${tenantId}
       limit ${opts.proposals - real}`);
  // Staff in every office; nine are department heads, who read the cockpit with the CDO.
  const units = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind })
    .from(orgUnits)
    .where(sql`${orgUnits.tenantId} = ${tenantId}`);
  const departments = units.filter((u) => u.kind === 'department');
  const offices = units.filter((u) => u.kind === 'office');
  const hash = await hashPassword(PASSWORD);
  const people = Array.from({ length: opts.staff }, (_, i) => ({
    tenantId,
    email: `staff${i}@${t.host}`,
    displayName: `Mitarbeiterin ${i}`,
    passwordHash: hash,
    emailConfirmedAt: new Date(),
  }));
  const made = await db.insert(accounts).values(people).returning({ id: accounts.id });
  await db.insert(roleAssignments).values(
    made.map((a, i) => ({
      tenantId,
      accountId: a.id,
      ...(i < 9
        ? { role: 'department_head' as const, orgUnitId: departments[i % departments.length]!.id }
        : { role: 'staff' as const, orgUnitId: offices[i % offices.length]!.id }),
    })),
  );
  await database.analyze();
  const readers = [`cdo@${t.host}`, ...Array.from({ length: 9 }, (_, i) => `staff${i}@${t.host}`)];
  return { ...t, readers };
}

/** Words people search the Rad-Dialog for: taken from its titles, frequent and rare, one to three. */
export async function searchTerms(database: Database, tenantId: string, n: number) {
  const rows = await database.rows<{ title: string }>(
    sql`select title from proposals where tenant_id = ${tenantId} order by number`,
  );
  const words = rows.flatMap((r) => r.title.match(/\p{L}{4,}/gu) ?? []);
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, () => {
    const k = 1 + Math.floor(rand() * 3);
    return Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]!).join(' ');
  });
}

async function searchFigures(database: Database, tenantId: string, terms: string[]) {
  const times: number[] = [];
  let hits = 0;
  const { maxLagMs } = await lagDuring(async () => {
    for (const [i, q] of terms.entries()) {
      const t0 = performance.now();
      const r = await searchPublishedProposals(database.db, tenantId, { q, page: 1, pageSize: 20 });
      if (i >= 20) times.push(performance.now() - t0);
      hits += r.total;
      // Between two queries the loop turns, as between two requests: the lag sampled is one query's block
      // (a chain of PGlite promises alone never lets a timer run, and would show no lag at all).
      await new Promise((r) => setImmediate(r));
    }
  });
  return {
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    avgHits: hits / terms.length,
    maxLagMs,
  };
}

/** `connections` loops, each with its own session, for `seconds`: latencies of every request. */
async function concurrent(base: string, host: string, path: string, cookies: string[], seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: cookies.length });
  const times: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie) => {
      while (Date.now() < until) {
        const t0 = performance.now();
        const status = await new Promise<number>((resolve, reject) =>
          http
            .get(`${base}${path}`, { agent, headers: { host, cookie } }, (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            })
            .on('error', reject),
        );
        if (status !== 200) errors++;
        times.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  return {
    rps: times.length / seconds,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    errors,
  };
}

async function listen(database: Database, cache: boolean) {
  const { app, deps } = buildApp(
    testConfig({ responseCache: cache, logLevel: 'warn', sessionSecret: SESSION_SECRET }),
    database,
  );
  const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    app,
    deps,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await deps.jobs.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A load run's last requests, abandoned by their clients, still finish before the database closes.
      await server.settled(10_000);
    },
  };
}

/** Refuses to measure a page as signed in when the server does not take the session (a sign-out link). */
async function assertSignedIn(base: string, host: string, cookie: string) {
  const { status, html } = await new Promise<{ status: number; html: string }>((resolve, reject) =>
    http
      .get(`${base}/projekte`, { headers: { host, cookie } }, (res) => {
        let html = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (html += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, html }));
      })
      .on('error', reject),
  );
  if (status !== 200 || !html.includes('action="/abmelden"'))
    throw new Error(`${base}/projekte does not answer as signed in (status ${status})`);
}

/** `rathaus serve --workers N` on the bench's PostgreSQL, answering once it listens. */
async function serveWorkers(workers: number, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/rathaus.js'), 'serve', '--workers', String(workers)],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        DATABASE_URL: process.env.DATABASE_URL,
        PORT: String(port),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        SESSION_SECRET,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const until = Date.now() + 60_000;
  while (!/Rathaus is running|listening/.test(out)) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`serve did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // Every worker listens: give the last ones a moment after the first banner.
  await new Promise((r) => setTimeout(r, 1500));
  return child;
}

async function signedInProjects(base: string, host: string, cookie: string) {
  await assertSignedIn(base, host, cookie);
  const load = await autocannon({
    url: `${base}/projekte`,
    headers: { host, cookie },
    connections: 50,
    duration: SECONDS,
  });
  return { rps: load.requests.average, p99: load.latency.p99, errors: load.errors + load.non2xx };
}

async function main() {
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  const where =
    engine === 'PGlite'
      ? process.env.BENCH_EMBEDDED === 'process'
        ? ' on the event loop'
        : ' on its own thread'
      : '';
  // BENCH_EMBEDDED=process: PGlite on the event loop's own thread, the reference for its own thread.
  const thread = process.env.BENCH_EMBEDDED !== 'process';
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 10, thread });
  await database.migrate();
  let t0 = performance.now();
  const big = await city(database, { projects: PROJECTS, proposals: PROPOSALS, staff: STAFF });
  const built = (performance.now() - t0) / 1000;
  const small = await city(database, { projects: 40, proposals: 0, staff: 20 });
  const lines: string[] = [];
  const say = (l: string) => {
    lines.push(l);
    console.log(l);
  };
  const [{ n: proposalCount } = { n: 0 }] = await database.rows<{ n: number }>(
    sql`select count(*)::int as n from proposals where tenant_id = ${big.tenant.id}`,
  );
  say(
    `${engine}${where}: ${proposalCount} proposals, ${PROJECTS} projects, ${STAFF} staff built in ${built.toFixed(0)} s; reference: ${PROJECTS === 40 ? '' : '40 projects, '}the Rad-Dialog alone`,
  );

  // Search, one query at a time through the service.
  // From the reference tenant, which holds the real contributions only.
  const terms = await searchTerms(database, small.tenant.id, 320);
  if (terms.some((t) => !t.trim())) throw new Error('no search terms');
  const sBig = await searchFigures(database, big.tenant.id, terms);
  const sSmall = await searchFigures(database, small.tenant.id, terms);
  say(
    `proposal search, one at a time      ${proposalCount} proposals: p50 ${ms(sBig.p50)}  p95 ${ms(sBig.p95)}  p99 ${ms(sBig.p99)}  (${sBig.avgHits.toFixed(0)} hits per query; loop blocked ≤ ${ms(sBig.maxLagMs)}) | 2,314: p95 ${ms(sSmall.p95)} | ratio p95 ${(sBig.p95 / sSmall.p95).toFixed(1)}×`,
  );

  for (const cache of [false, true]) {
    const server = await listen(database, cache);
    try {
      if (!cache) {
        // The search API under 10 connections (anonymous reads are cached only with the cache on).
        const { result, maxLagMs } = await lagDuring(() =>
          autocannon({
            url: `${server.base}/api/v1/proposals?pageSize=20&q=${encodeURIComponent('Radweg')}`,
            headers: { host: big.host },
            connections: 10,
            duration: SECONDS,
          }),
        );
        say(
          `GET /api/v1/proposals?q=Radweg     10 connections: ${result.requests.average.toFixed(0)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}; loop blocked ≤ ${ms(maxLagMs)}`,
        );
      }
      for (const [t, label] of [
        [big, `${PROJECTS} projects`],
        [small, '40 projects'],
      ] as const) {
        const cookies: string[] = [];
        for (const email of t.readers) {
          const c = new Client(server.app, t.host);
          await c.login(email, PASSWORD);
          cookies.push(c.cookie!);
        }
        const { result: r, maxLagMs } = await lagDuring(() =>
          concurrent(server.base, t.host, '/intern/cockpit', cookies, SECONDS),
        );
        say(
          `cockpit, 10 staff at once, cache ${cache ? 'on ' : 'off'} ${label.padEnd(13)}: ${r.rps.toFixed(0).padStart(4)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}${r.errors ? `  ${r.errors} errors` : ''}; loop blocked ≤ ${ms(maxLagMs)}`,
        );
        if (cache) {
          // As in production: the cache on, and a change in the tenant every second (what any write does),
          // after which the ten read anew.
          const changes = setInterval(() => server.deps.cache.invalidate(t.tenant.id), 1000);
          try {
            const { result: c, maxLagMs: lag } = await lagDuring(() =>
              concurrent(server.base, t.host, '/intern/cockpit', cookies, SECONDS),
            );
            say(
              `cockpit, 10 staff at once, a change every second ${label.padEnd(13)}: ${c.rps.toFixed(0).padStart(4)} req/s  p50 ${ms(c.p50)}  p95 ${ms(c.p95)}  p99 ${ms(c.p99)}${c.errors ? `  ${c.errors} errors` : ''}; loop blocked ≤ ${ms(lag)}`,
            );
          } finally {
            clearInterval(changes);
          }
        }
      }
      if (engine === 'PGlite') {
        const c = new Client(server.app, big.host);
        await c.login(big.readers[0]!, PASSWORD);
        const { result: r, maxLagMs } = await lagDuring(() =>
          signedInProjects(server.base, big.host, c.cookie!),
        );
        say(
          `signed-in /projekte, one process, cache ${cache ? 'on ' : 'off'} ${PROJECTS} projects: ${r.rps.toFixed(0)} req/s  p99 ${r.p99} ms  errors ${r.errors}; loop blocked ≤ ${ms(maxLagMs)}`,
        );
      }
    } finally {
      await server.close();
    }
  }

  if (engine === 'PostgreSQL') {
    // Two processes against one, the same data and the same session.
    const inProcess = await listen(database, true);
    const c = new Client(inProcess.app, big.host);
    await c.login(big.readers[0]!, PASSWORD);
    await inProcess.close();
    for (const workers of [1, 2]) {
      const port = 41_000 + workers;
      const child = await serveWorkers(workers, port);
      try {
        const r = await signedInProjects(`http://127.0.0.1:${port}`, big.host, c.cookie!);
        say(
          `signed-in /projekte, ${workers} process${workers > 1 ? 'es' : '  '}  ${PROJECTS} projects: ${r.rps.toFixed(0)} req/s  p99 ${r.p99} ms  errors ${r.errors}`,
        );
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  }
  t0 = performance.now();
  console.log(
    `\nbench:city — ${engine}, Node ${process.version}, ${os.cpus().length} cores, ${SECONDS} s per load run`,
  );
  for (const l of lines) console.log(l);
  await database.close();
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
