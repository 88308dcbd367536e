import { and, asc, desc, eq, gte, inArray, like, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { afterKey } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { type StatMetric, statsDaily } from '../../platform/platform.table.ts';
import { supports } from '../comments/comments.table.ts';
import { projects } from '../projects/projects.table.ts';
import { proposals } from '../proposals/proposals.table.ts';

/** One count per day of a metric between two days (days without any are missing). */
export function dailyCounts(db: DbOrTx, tenantId: string, metric: StatMetric, from: string, to: string) {
  return db
    .select({ day: statsDaily.day, count: sql<number>`sum(${statsDaily.count})::int` })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.tenantId, tenantId),
        eq(statsDaily.metric, metric),
        gte(statsDaily.day, from),
        lte(statsDaily.day, to),
      ),
    )
    .groupBy(statsDaily.day)
    .orderBy(asc(statsDaily.day));
}

/** The most counted keys of a metric (pages, hosts, files …) between two days. */
export function topKeys(
  db: DbOrTx,
  tenantId: string,
  metric: StatMetric,
  from: string,
  to: string,
  limit: number,
  prefix?: string,
) {
  const total = sql<number>`sum(${statsDaily.count})::int`;
  return db
    .select({ key: statsDaily.key, count: total })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.tenantId, tenantId),
        eq(statsDaily.metric, metric),
        gte(statsDaily.day, from),
        lte(statsDaily.day, to),
        ...(prefix ? [like(statsDaily.key, `${prefix}%`)] : []),
      ),
    )
    .groupBy(statsDaily.key)
    .orderBy(desc(total), asc(statsDaily.key))
    .limit(limit);
}

/** The public projects behind some page paths' slugs, for their titles. */
export function publicProjectsBySlug(db: DbOrTx, tenantId: string, slugs: string[]) {
  if (!slugs.length) return Promise.resolve([]);
  return db
    .select({ slug: projects.slug, title: projects.title })
    .from(projects)
    .where(
      and(eq(projects.tenantId, tenantId), eq(projects.visibility, 'public'), inArray(projects.slug, slugs)),
    );
}

/** Published proposals per month (by submission) since a day. */
export function proposalsPerMonth(db: DbOrTx, tenantId: string, since: string) {
  const month = sql<string>`to_char(${proposals.createdAt}, 'YYYY-MM')`;
  return db
    .select({ month, count: sql<number>`count(*)::int` })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, ['published', 'merged']),
        gte(proposals.createdAt, new Date(`${since}T00:00:00Z`)),
      ),
    )
    .groupBy(month)
    .orderBy(month);
}

/** Supports per month since a day. */
export function supportsPerMonth(db: DbOrTx, tenantId: string, since: string) {
  const month = sql<string>`to_char(${supports.createdAt}, 'YYYY-MM')`;
  return db
    .select({ month, count: sql<number>`count(*)::int` })
    .from(supports)
    .where(and(eq(supports.tenantId, tenantId), gte(supports.createdAt, new Date(`${since}T00:00:00Z`))))
    .groupBy(month)
    .orderBy(month);
}

/**
 * The metrics open data publishes: what /statistik shows. Not search words (people may type anything),
 * entry pages and referring websites (the staff's view: a referrer can name an intranet's host, and
 * anyone can send any).
 */
export const PUBLISHED_METRICS: readonly StatMetric[] = ['view', 'visit', 'returning', 'download'];

/**
 * The daily counts for open data, without the pages of projects that are not public (staff's views of
 * them counted before such views were left out; the address is made from the title).
 */
export function openDataStatistics(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  const slug = sql`substring(${statsDaily.key} from '^/projekte/([^/]+)')`;
  return db
    .select({ day: statsDaily.day, metric: statsDaily.metric, key: statsDaily.key, count: statsDaily.count })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.tenantId, tenantId),
        inArray(statsDaily.metric, [...PUBLISHED_METRICS]),
        sql`not exists (select 1 from ${projects} where ${projects.tenantId} = ${statsDaily.tenantId}
          and ${projects.visibility} <> 'public' and ${projects.slug} = ${slug})`,
        afterKey([sql`${statsDaily.day}::text`, sql`${statsDaily.metric}`, sql`${statsDaily.key}`], after),
      ),
    )
    .orderBy(asc(statsDaily.day), asc(statsDaily.metric), asc(statsDaily.key))
    .limit(limit);
}
