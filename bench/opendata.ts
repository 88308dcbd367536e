/**
 * npm run bench:opendata — the proposals data set of a city with 100,000 proposals (BENCH_PROPOSALS) as a
 * CSV download over a real socket, on PGlite by default or on the PostgreSQL of DATABASE_URL.
 *
 * Measured: the first download (every page read in keyset order from one read-only snapshot and written to
 * a file), the event loop's longest stall meanwhile, a second download (the kept file), and a 304 for its
 * ETag. Reference, in the same process: the same rows read the way the export read them before, with
 * LIMIT/OFFSET pages in creation order outside a snapshot, whose later pages cost more and more. Measured,
 * never asserted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { testConfig } from '../test/helpers.ts';
import { city } from './city.ts';

const N = Number(process.env.BENCH_PROPOSALS ?? 100_000);
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 4 });
await database.migrate();
const t = await city(database, { projects: 50, proposals: N, staff: 5 });
const { app, deps } = buildApp(testConfig({ logLevel: 'warn' }), database);
const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const port = (server.address() as AddressInfo).port;

function download(path: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  return new Promise<{ status: number; bytes: number; ms: number; etag?: string; cacheControl?: string }>(
    (resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers: { host: t.host, ...headers } }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => {
            bytes += c.length;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              bytes,
              ms: performance.now() - t0,
              etag: res.headers.etag,
              cacheControl: res.headers['cache-control'],
            }),
          );
        })
        .on('error', reject);
    },
  );
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  console.log(`bench:opendata on ${engine}, ${N.toLocaleString('en')} proposals, Node ${process.version}`);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const first = await download('/daten/vorschlaege.csv');
  loop.disable();
  const kept = await download('/daten/vorschlaege.csv');
  const notModified = await download('/daten/vorschlaege.csv', { 'if-none-match': first.etag ?? '' });
  // The catalogue after the change: it brings every data set's whole files up to date in the background
  // and waits up to 5 s; until all are current it answers with their last recorded state, not kept.
  const catalogue = await download('/daten/katalog.ttl');
  const c0 = performance.now();
  let polls = 0;
  let catalogueCurrent = await download('/daten/katalog.ttl');
  while (catalogueCurrent.cacheControl !== 'public, max-age=300' && polls++ < 120)
    catalogueCurrent = await download('/daten/katalog.ttl');
  const allCurrent = catalogue.ms + (performance.now() - c0);
  // The paging alone, same query both ways: keyset pages as now, and the former LIMIT/OFFSET pages.
  const select = sql`
    select p.id, p.number, p.title, p.body, p.author_kind, p.organisation_name, f.key as field_of_action,
           pr.slug as process, pr.attribution, p.language, p.state, p.created_at, p.published_at, p.source_url,
           p.place, w.title as workshop, p.answer_state, p.answer_text as answer, p.answered_at,
           (select count(*)::int from supports s where s.tenant_id = p.tenant_id and s.proposal_id = p.id) as support_count,
           (select count(*)::int from comments c
             where c.tenant_id = p.tenant_id and c.proposal_id = p.id and c.state = 'published') as comment_count,
           coalesce((select string_agg(i.number, ';' order by i.number) from idea_proposals ip
                     join ideas i on i.tenant_id = ip.tenant_id and i.id = ip.idea_id
                     where ip.tenant_id = p.tenant_id and ip.proposal_id = p.id and ip.unlinked_at is null), '') as ideas
    from proposals p
    left join fields_of_action f on f.tenant_id = p.tenant_id and f.id = p.field_of_action_id
    left join participation_processes pr on pr.tenant_id = p.tenant_id and pr.id = p.process_id
    left join workshop_proposals wp on wp.tenant_id = p.tenant_id and wp.proposal_id = p.id
    left join workshops w on w.tenant_id = wp.tenant_id and w.id = wp.workshop_id
    where p.tenant_id = ${t.tenant.id} and p.state in ('published', 'merged')`;
  const pages = async (next: (after: string | null, offset: number) => ReturnType<typeof sql>) => {
    const t0 = performance.now();
    let rows = 0;
    let last = 0;
    let after: string | null = null;
    for (let offset = 0; ; offset += 1_000) {
      const p0 = performance.now();
      const page: { id: string }[] = await database.rows<{ id: string }>(next(after, offset));
      last = performance.now() - p0;
      rows += page.length;
      after = page.at(-1)?.id ?? after;
      if (page.length < 1_000) break;
    }
    return { ms: performance.now() - t0, rows, last };
  };
  const keyset = await pages((after) =>
    after
      ? sql`${select} and p.id > ${after} order by p.id limit 1000`
      : sql`${select} order by p.id limit 1000`,
  );
  const offset = await pages((_, o) => sql`${select} order by p.created_at, p.id limit 1000 offset ${o}`);
  console.log(
    [
      `first download (snapshot, keyset pages, file): ${s(first.ms)}, ${(first.bytes / 1e6).toFixed(1)} MB, status ${first.status}`,
      `  event loop's longest stall meanwhile: ${(loop.max / 1e6).toFixed(0)} ms`,
      `kept file: ${s(kept.ms)} (${(kept.bytes / 1e6 / (kept.ms / 1000)).toFixed(0)} MB/s); If-None-Match: ${notModified.status} in ${notModified.ms.toFixed(1)} ms`,
      `catalogue (DCAT-AP.de, Turtle), first: ${s(catalogue.ms)} (${catalogue.cacheControl === 'no-store' ? 'some downloads not yet current: not kept' : 'every download current'}); every download current after ${s(allCurrent)}`,
      `paging alone, keyset: ${s(keyset.ms)} for ${keyset.rows.toLocaleString('en')} rows, last page ${keyset.last.toFixed(0)} ms`,
      `reference, the former OFFSET pages: ${s(offset.ms)} for ${offset.rows.toLocaleString('en')} rows, last page ${offset.last.toFixed(0)} ms; keyset ÷ offset = ${(keyset.ms / offset.ms).toFixed(2)}`,
    ].join('\n'),
  );
} finally {
  server.close();
  await deps.jobs.stop();
  await database.close();
}
