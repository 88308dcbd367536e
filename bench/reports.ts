/**
 * npm run bench:reports — a progress report of about 100 projects (BENCH_PROJECTS portfolio projects, of
 * which the public ones with an approved status are reported) as HTML and as PDF/UA, on PGlite by default
 * or on the PostgreSQL of DATABASE_URL. The HTML page of the same report, rendered in the same process,
 * is the reference: the ratio says what the PDF costs beyond the page.
 *
 * Measured: the HTML page without the response cache (p50/p95 of 30 sequential requests); the PDF's first
 * request (worker start, fonts, layout); the layout alone for new data on the warm worker (10 renders of
 * the report with a changed title, so no kept PDF answers); a kept PDF; and the event loop's longest
 * stall while PDFs are laid out (they are laid out in a worker thread). Measured, never asserted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import { loadActor } from '../src/modules/orgs/orgs.service.ts';
import { accounts } from '../src/modules/orgs/orgs.table.ts';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import {
  draftProgressReport,
  getPublishedReport,
  publishProgressReport,
  reportContent,
} from '../src/modules/reports/reports.service.ts';
import { reportPdfJob } from '../src/modules/reports/views/report-pdf.ts';
import { reviewCycles } from '../src/modules/reviews/reviews.table.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { translator } from '../src/platform/i18n/i18n.ts';
import { pdfRenderer } from '../src/platform/pdf/typst.ts';
import { parseInput } from '../src/platform/validation.ts';
import { testConfig } from '../test/helpers.ts';
import { portfolio } from './cockpit.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 118);

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** One GET with the tenant's Host header, read to the end: status, bytes, milliseconds. */
function get(url: string, host: string) {
  const t0 = performance.now();
  return new Promise<{ status: number; bytes: number; ms: number }>((resolve, reject) => {
    http
      .get(url, { headers: { host }, agent }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
      })
      .on('error', reject);
  });
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 10 });
await database.migrate();
const { db } = database;
const { tenant, host } = await portfolio(db, PROJECTS);
const [cdoRow] = await db
  .select({ id: accounts.id })
  .from(accounts)
  .where(and(eq(accounts.tenantId, tenant.id), eq(accounts.email, `cdo@${host}`)));
const cdo = await loadActor(db, tenant.id, cdoRow!.id);
const [cycle] = await db
  .select({ id: reviewCycles.id })
  .from(reviewCycles)
  .where(and(eq(reviewCycles.tenantId, tenant.id), eq(reviewCycles.period, '2026-Q3')));
const report = await draftProgressReport(
  db,
  tenant.id,
  cdo,
  parseInput(ZCreateProgressReportInput, {
    title: 'Bericht an den Rat, 3. Quartal 2026',
    cycleId: cycle!.id,
    summary: 'Der Stand aller öffentlichen Projekte im dritten Quartal.\n\nZweiter Absatz.',
  }),
);
await publishProgressReport(db, tenant.id, cdo, report.id);

const { app, deps } = buildApp(testConfig({ responseCache: false, logLevel: 'warn' }), database);
const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
try {
  const loaded = await getPublishedReport(db, tenant.id, report.slug);
  const projects = loaded.items.length;

  const html: number[] = [];
  let htmlBytes = 0;
  for (let i = 0; i < 35; i++) {
    const r = await get(`${base}/berichte/${report.slug}`, host);
    if (r.status !== 200) throw new Error(`HTML answered ${r.status}`);
    htmlBytes = r.bytes;
    if (i >= 5) html.push(r.ms);
  }

  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const first = await get(`${base}/berichte/${report.slug}.pdf`, host);
  if (first.status !== 200) throw new Error(`PDF answered ${first.status}`);
  const kept: number[] = [];
  for (let i = 0; i < 20; i++) kept.push((await get(`${base}/berichte/${report.slug}.pdf`, host)).ms);

  // The layout alone, for data it has not seen: the report's content once, its title changed each time.
  const content = await reportContent(deps, tenant.id, loaded, 'de', false);
  lag.disable();
  const lagRequests = lag.max / 1e6;
  lag.reset();
  lag.enable();
  const layout: number[] = [];
  const jobBuild: number[] = [];
  let pages = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const job = reportPdfJob({
      t: translator('de'),
      lang: 'de',
      city: 'Benchstadt',
      portal: base,
      content: {
        ...content,
        report: {
          ...content.report,
          shown: { ...content.report.shown, title: { ...content.report.shown.title, text: `Bericht ${i}` } },
        },
      },
      draft: false,
      timeZone: 'Europe/Berlin',
    });
    const t1 = performance.now();
    const pdf = await pdfRenderer.render(job);
    layout.push(performance.now() - t1);
    jobBuild.push(t1 - t0);
    pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.body.toString('latin1'))?.[1] ?? 0);
  }
  lag.disable();
  const htmlP50 = pct(html, 50);
  const pdfP50 = pct(layout, 50) + pct(jobBuild, 50);
  console.log(
    `\nbench:reports — ${engine}, Node ${process.version}, ${os.cpus().length} cores; one report of ${projects} projects`,
  );
  console.log(
    `HTML page (no cache)         p50 ${ms(htmlP50)}  p95 ${ms(pct(html, 95))}  ${(htmlBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `PDF, first request            ${ms(first.ms)} (worker start, fonts, layout)  ${(first.bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `PDF, new data, warm worker    p50 ${ms(pdfP50)} (layout ${ms(pct(layout, 50))} + data and chart ${ms(pct(jobBuild, 50))})  max ${ms(Math.max(...layout))}${pages ? `  ${pages} pages` : ''}`,
  );
  console.log(`PDF, kept                     p50 ${ms(pct(kept, 50))}`);
  console.log(`ratio PDF ÷ HTML (p50)        ${(pdfP50 / htmlP50).toFixed(1)}×`);
  console.log(
    `event loop, longest stall: ${ms(lagRequests)} while PDFs were requested, ${ms(lag.max / 1e6)} while the worker laid out 10`,
  );
} finally {
  await deps.jobs.stop();
  await pdfRenderer.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
}
