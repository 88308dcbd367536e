/**
 * npm run bench:cockpit — the CDO cockpit and the public project list at portfolio scale: 2,000 projects
 * (BENCH_PROJECTS) with 8 quarterly review cycles of status reports, on PGlite by default or on the
 * PostgreSQL of DATABASE_URL. The same pages of a Bonn-sized tenant (40 projects, 8 cycles) in the same
 * process are the reference; the ratio says what scale costs.
 *
 * For each page: 200 sequential requests after 20 warm-up (p50/p95 of one request at a time), then
 * autocannon with 10 connections for BENCH_SECONDS (req/s and p97.5 under load). Each page is measured
 * without the caches (RESPONSE_CACHE=false: the cost of the first request after a change) and the cockpit
 * and the public list also with them (steady state). Measured, never asserted.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { type Db, openDatabase } from '../src/db/client.ts';
import { projectBudgets } from '../src/modules/delivery/delivery.table.ts';
import { createAccount, createTenant } from '../src/modules/orgs/orgs.service.ts';
import { orgUnits } from '../src/modules/orgs/orgs.table.ts';
import { milestones, projects } from '../src/modules/projects/projects.table.ts';
import { periodBounds } from '../src/modules/reviews/cycles.service.ts';
import { reportTasks, reviewCycles, statusReports } from '../src/modules/reviews/reviews.table.ts';
import { createFieldOfAction, createPillar } from '../src/modules/strategy/strategy.service.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { Client, testConfig, uniq } from '../test/helpers.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench password 2026';
const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/** A tenant with 5 departments of 4 offices, 8 fields of action and `n` projects over 8 cycles. */
export async function portfolio(db: Db, n: number) {
  const slug = uniq('bench');
  const host = `${slug}.bench`;
  const tenant = await createTenant(db, { slug, name: 'Bench', cityName: 'Benchstadt', hosts: [host] });
  const fields: string[] = [];
  for (const [i, name] of ['Digitale Verwaltung', 'Digitale Stadt'].entries()) {
    const pillar = await createPillar(db, tenant.id, { key: `p${i}`, name, position: i });
    for (let j = 0; j < 4; j++)
      fields.push(
        (
          await createFieldOfAction(db, tenant.id, {
            pillarId: pillar.id,
            key: `f${i}${j}`,
            name: `Feld ${i}.${j}`,
            position: j,
          })
        ).id,
      );
  }
  const [root] = await db
    .insert(orgUnits)
    .values({ tenantId: tenant.id, kind: 'administration', name: 'Verwaltung' })
    .returning();
  const offices: string[] = [];
  let firstDepartment = '';
  for (let d = 1; d <= 5; d++) {
    const [dep] = await db
      .insert(orgUnits)
      .values({ tenantId: tenant.id, parentId: root!.id, kind: 'department', name: `Dezernat ${d}` })
      .returning();
    firstDepartment ||= dep!.id;
    for (let o = 1; o <= 4; o++) {
      const [office] = await db
        .insert(orgUnits)
        .values({
          tenantId: tenant.id,
          parentId: dep!.id,
          kind: 'office',
          code: `${d}${o}`,
          name: `Amt ${d}${o}`,
        })
        .returning();
      offices.push(office!.id);
    }
  }
  await createAccount(db, tenant.id, {
    email: `cdo@${host}`,
    displayName: 'CDO',
    password: PASSWORD,
    roles: [{ role: 'cdo', orgUnitId: null }],
  });
  await createAccount(db, tenant.id, {
    email: `dep@${host}`,
    displayName: 'Dezernent',
    password: PASSWORD,
    roles: [{ role: 'department_head', orgUnitId: firstDepartment }],
  });
  const phases = [
    'in_progress',
    'in_progress',
    'in_progress',
    'in_progress',
    'planned',
    'paused',
    'completed',
  ] as const;
  const rows = Array.from({ length: n }, (_, i) => ({
    tenantId: tenant.id,
    slug: `projekt-${i + 1}`,
    title: `Projekt ${i + 1}: ${pick(['Online-Antrag', 'Sensorik', 'E-Akte', 'Portal', 'Datenplattform', 'Schul-IT'])} ${i + 1}`,
    summary: 'Ein Vorhaben des Digitalisierungsprogramms mit Meilensteinen und Statusberichten.',
    fieldOfActionId: pick(fields),
    ownerOrgUnitId: pick(offices),
    phase: pick(phases),
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
    budgetPlanned: '300000',
    budgetSpent: '120000',
    visibility: rand() < 0.85 ? ('public' as const) : ('internal' as const),
  }));
  const inserted: { id: string }[] = [];
  await insertChunked(rows, async (chunk) =>
    inserted.push(...(await db.insert(projects).values(chunk).returning({ id: projects.id }))),
  );
  const ids = inserted.map((p) => p.id);
  await insertChunked(
    ids.flatMap((projectId) =>
      ['2025-06-30', '2025-12-31', '2026-06-30', '2027-06-30'].map((dueOn, k) => ({
        tenantId: tenant.id,
        projectId,
        title: `Meilenstein ${k + 1}`,
        dueOn,
        doneOn: dueOn < '2026-11-01' && rand() < 0.93 ? dueOn : null,
      })),
    ),
    (chunk) => db.insert(milestones).values(chunk),
  );
  await insertChunked(
    ids.flatMap((projectId) =>
      [2025, 2026, 2027].map((year) => ({
        tenantId: tenant.id,
        projectId,
        year,
        planned: '100000',
        spent: year < 2026 ? String(80_000 + Math.round(rand() * 30_000)) : year === 2026 ? '50000' : '0',
      })),
    ),
    (chunk) => db.insert(projectBudgets).values(chunk),
  );
  const cycles = await db
    .insert(reviewCycles)
    .values(
      PERIODS.map((period, i) => {
        const { startsOn, endsOn } = periodBounds(period);
        const due = new Date(Date.parse(`${endsOn}T12:00:00Z`) + 15 * 86_400_000).toISOString().slice(0, 10);
        return {
          tenantId: tenant.id,
          period,
          level: 'office' as const,
          startsOn,
          endsOn,
          dueOn: due,
          state: i === PERIODS.length - 1 ? ('open' as const) : ('closed' as const),
        };
      }),
    )
    .returning();
  const statuses = ['on_track', 'on_track', 'on_track', 'at_risk', 'off_track'] as const;
  const reports = cycles.flatMap((cycle, ci) =>
    ids.flatMap((projectId) => {
      const open = ci === cycles.length - 1;
      if (open && rand() < 0.3) return [];
      return [
        {
          tenantId: tenant.id,
          projectId,
          cycleId: cycle.id,
          overallStatus: pick(statuses),
          progress: Math.min(100, ci * 12 + Math.round(rand() * 10)),
          summary:
            'Die Arbeitspakete des Quartals sind abgeschlossen; der nächste Meilenstein ist in Arbeit.',
          decisionNeeded: rand() < 0.03,
          state: open
            ? rand() < 0.5
              ? ('submitted' as const)
              : ('approved_office' as const)
            : ('approved_office' as const),
        },
      ];
    }),
  );
  await insertChunked(reports, (chunk) => db.insert(statusReports).values(chunk));
  await insertChunked(
    cycles.flatMap((cycle) =>
      ids.map((projectId) => ({ tenantId: tenant.id, cycleId: cycle.id, projectId })),
    ),
    (chunk) => db.insert(reportTasks).values(chunk).onConflictDoNothing(),
  );
  return { tenant, host, reports: reports.length };
}

/** One GET with the tenant's Host header (fetch would not send it), read to the end. */
function get(url: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function measure(base: string, path: string, host: string, cookie?: string) {
  const headers: Record<string, string> = { host, ...(cookie ? { cookie } : {}) };
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const t0 = performance.now();
    const status = await get(`${base}${path}`, headers);
    if (status !== 200) throw new Error(`${path} answered ${status}`);
    if (i >= 20) times.push(performance.now() - t0);
  }
  const load = await autocannon({ url: `${base}${path}`, headers, connections: 10, duration: SECONDS });
  return {
    p50: pct(times, 50),
    p95: pct(times, 95),
    rps: load.requests.average,
    p975: load.latency.p97_5,
    errors: load.errors + load.non2xx,
  };
}

async function main() {
  const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 10 });
  await database.migrate();
  const { db } = database;
  let t0 = performance.now();
  const big = await portfolio(db, PROJECTS);
  const bigSeconds = (performance.now() - t0) / 1000;
  const small = await portfolio(db, 40);
  if (engine === 'PostgreSQL') await db.execute(sql`analyze`);
  console.log(
    `${engine}: ${PROJECTS} projects, ${big.reports} status reports over ${PERIODS.length} cycles in ${bigSeconds.toFixed(1)} s`,
  );

  const lines: string[] = [];
  for (const cache of [false, true]) {
    const { app, deps } = buildApp(testConfig({ responseCache: cache, logLevel: 'warn' }), database);
    const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const runs: [string, string, 'cdo' | 'dep' | undefined][] = cache
        ? [
            ['/intern/cockpit', 'cockpit, CDO, cache on', 'cdo'],
            ['/projekte', 'public list, cache on', undefined],
          ]
        : [
            ['/intern/cockpit', 'cockpit, CDO, cache off', 'cdo'],
            ['/intern/cockpit', 'cockpit, department head, cache off', 'dep'],
            ['/projekte', 'public list, cache off', undefined],
            ['/projekte?page=20&status=at_risk', 'public list filtered, cache off', undefined],
          ];
      for (const [path, label, who] of runs) {
        const figures = [];
        for (const t of [big, small]) {
          let cookie: string | undefined;
          if (who) {
            const c = new Client(app, t.host);
            await c.login(`${who}@${t.host}`, PASSWORD);
            cookie = c.cookie;
          }
          figures.push(await measure(base, path, t.host, cookie));
        }
        const [b, s] = figures as [Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>];
        lines.push(
          `${label.padEnd(34)} ${PROJECTS} projects: p50 ${b.p50.toFixed(1).padStart(6)} ms  p95 ${b.p95.toFixed(1).padStart(6)} ms  ${b.rps.toFixed(0).padStart(5)} req/s (p97.5 ${b.p975} ms)${b.errors ? ` ${b.errors} errors` : ''} | 40 projects: p95 ${s.p95.toFixed(1)} ms ${s.rps.toFixed(0)} req/s | ratio p95 ${(b.p95 / s.p95).toFixed(1)}×`,
        );
        console.log(lines.at(-1));
      }
    } finally {
      await deps.jobs.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
  console.log(
    `\nbench:cockpit — ${engine}, Node ${process.version}, ${os.cpus().length} cores, autocannon 10 connections × ${SECONDS} s`,
  );
  for (const l of lines) console.log(l);
  t0 = performance.now();
  await database.close();
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
