import type { DbOrTx } from '../../db/client.ts';
import { addDays } from '../../platform/dates.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import * as q from './statistics.queries.ts';

/** The days from `from` to `to`, each with its count (0 where nothing was counted). */
function everyDay(from: string, to: string, rows: { day: string; count: number }[]) {
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  const out: { day: string; count: number }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ day: d, count: byDay.get(d) ?? 0 });
  return out;
}

/** The twelve months up to the current one, `YYYY-MM`. */
function lastMonths(today: string, n = 12) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/**
 * What /statistik shows: visits per day (30 days), page views, most-read projects, participation per
 * month (12 months) and open-data downloads — all counted without tracking.
 */
export async function publicStatistics(db: DbOrTx, tenantId: string, today: string) {
  const from = addDays(today, -29);
  const months = lastMonths(today);
  const since = `${months[0]}-01`;
  const [visits, views, returning, projectViews, downloads, proposals, supports] = await Promise.all([
    q.dailyCounts(db, tenantId, 'visit', from, today),
    q.dailyCounts(db, tenantId, 'view', from, today),
    q.dailyCounts(db, tenantId, 'returning', from, today),
    q.topKeys(db, tenantId, 'view', from, today, 50, '/projekte/'),
    q.topKeys(db, tenantId, 'download', from, today, 20),
    q.proposalsPerMonth(db, tenantId, since),
    q.supportsPerMonth(db, tenantId, since),
  ]);
  const slugs = projectViews.map((p) => p.key.slice('/projekte/'.length));
  const titles = new Map((await q.publicProjectsBySlug(db, tenantId, slugs)).map((p) => [p.slug, p.title]));
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const proposalsBy = new Map(proposals.map((r) => [r.month, r.count]));
  const supportsBy = new Map(supports.map((r) => [r.month, r.count]));
  return {
    from,
    to: today,
    visits: everyDay(from, today, visits),
    totals: { visits: sum(visits), views: sum(views), returning: sum(returning), downloads: sum(downloads) },
    topProjects: projectViews
      .map((p) => ({ slug: p.key.slice('/projekte/'.length), views: p.count }))
      .filter((p) => titles.has(p.slug))
      .slice(0, 10)
      .map((p) => ({ ...p, title: titles.get(p.slug)! })),
    participation: months.map((month) => ({
      month,
      proposals: proposalsBy.get(month) ?? 0,
      supports: supportsBy.get(month) ?? 0,
    })),
    downloads: downloads.map((d) => ({ file: d.key, count: d.count })),
  };
}

/** What only the city's staff see: entry pages, referring hosts, searches that found nothing (30 days). */
export async function internalStatistics(db: DbOrTx, tenantId: string, today: string) {
  const from = addDays(today, -29);
  const [entries, referrers, misses] = await Promise.all([
    q.topKeys(db, tenantId, 'entry', from, today, 15),
    q.topKeys(db, tenantId, 'referrer', from, today, 15),
    q.topKeys(db, tenantId, 'search_empty', from, today, 25),
  ]);
  return { from, to: today, entries, referrers, misses };
}

/** Rows of the statistics for open data (no search words). */
export function openDataStatisticsPage(db: DbOrTx, tenantId: string, request: OpenDataPageRequest) {
  return q.openDataStatistics(db, tenantId, request);
}
