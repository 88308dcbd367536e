import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { afterKey, changedSince, pageRows } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { progressReportItems, progressReports } from './reports.table.ts';

export function insertReport(db: DbOrTx, row: typeof progressReports.$inferInsert) {
  return db.insert(progressReports).values(row).returning();
}

export function insertItems(db: DbOrTx, rows: (typeof progressReportItems.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve();
  return db
    .insert(progressReportItems)
    .values(rows)
    .then(() => undefined);
}

export function findReport(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.tenantId, tenantId), eq(progressReports.id, id)));
}

export function findBySlug(db: DbOrTx, tenantId: string, slug: string) {
  return db
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.tenantId, tenantId), eq(progressReports.slug, slug)));
}

export function slugsLike(db: DbOrTx, tenantId: string) {
  return db
    .select({ slug: progressReports.slug })
    .from(progressReports)
    .where(eq(progressReports.tenantId, tenantId));
}

export function list(db: DbOrTx, tenantId: string, publishedOnly: boolean) {
  return db
    .select()
    .from(progressReports)
    .where(
      and(
        eq(progressReports.tenantId, tenantId),
        publishedOnly ? eq(progressReports.state, 'published') : undefined,
      ),
    )
    .orderBy(desc(progressReports.publishedAt), desc(progressReports.createdAt));
}

export function itemsOf(db: DbOrTx, tenantId: string, reportId: string) {
  return db
    .select()
    .from(progressReportItems)
    .where(and(eq(progressReportItems.tenantId, tenantId), eq(progressReportItems.reportId, reportId)))
    .orderBy(asc(progressReportItems.position));
}

/** Published reports that cover any of the projects, newest first, with the project they cover. */
export function publishedCovering(db: DbOrTx, tenantId: string, projectIds: string[]) {
  if (!projectIds.length) return Promise.resolve([]);
  return db
    .select({
      projectId: progressReportItems.projectId,
      slug: progressReports.slug,
      title: progressReports.title,
      publishedAt: progressReports.publishedAt,
    })
    .from(progressReportItems)
    .innerJoin(
      progressReports,
      and(
        eq(progressReports.tenantId, progressReportItems.tenantId),
        eq(progressReports.id, progressReportItems.reportId),
      ),
    )
    .where(
      and(
        eq(progressReportItems.tenantId, tenantId),
        inArray(progressReportItems.projectId, projectIds),
        eq(progressReports.state, 'published'),
      ),
    )
    .orderBy(desc(progressReports.publishedAt));
}

/** The published reports' pages, for the sitemap. */
export function publishedReportPages(db: DbOrTx, tenantId: string) {
  return db
    .select({ slug: progressReports.slug, modified: progressReports.publishedAt })
    .from(progressReports)
    .where(and(eq(progressReports.tenantId, tenantId), eq(progressReports.state, 'published')))
    .orderBy(desc(progressReports.publishedAt));
}

/** The published reports' texts (`ids`: only these), the only ones the public sees, for translation. */
export function publishedReportTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: progressReports.id, title: progressReports.title, summary: progressReports.summary })
    .from(progressReports)
    .where(
      and(
        eq(progressReports.tenantId, tenantId),
        eq(progressReports.state, 'published'),
        ids ? anyUuid(progressReports.id, ids) : undefined,
      ),
    );
}

/** The approved status summaries in the published reports, for translation. */
export function publishedItemTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({
      id: progressReportItems.id,
      statusSummary: progressReportItems.statusSummary,
      nextSteps: progressReportItems.nextSteps,
    })
    .from(progressReportItems)
    .innerJoin(
      progressReports,
      and(
        eq(progressReports.tenantId, progressReportItems.tenantId),
        eq(progressReports.id, progressReportItems.reportId),
      ),
    )
    .where(
      and(
        eq(progressReportItems.tenantId, tenantId),
        eq(progressReports.state, 'published'),
        ids
          ? or(anyUuid(progressReportItems.id, ids), anyUuid(progressReportItems.reportId, ids))
          : undefined,
      ),
    );
}

/** Published progress reports, by slug: period, summary and how many of their projects stood where. */
export function openDataReports(db: DbOrTx, tenantId: string, { after, limit, since }: OpenDataPageRequest) {
  return pageRows(
    db,
    sql`
    select r.slug, r.title, c.period, r.summary, r.published_at,
           (select count(*)::int from progress_report_items it where it.tenant_id = r.tenant_id and it.report_id = r.id)
             as projects,
           (select count(*)::int from progress_report_items it
             where it.tenant_id = r.tenant_id and it.report_id = r.id and it.overall_status = 'on_track') as on_track,
           (select count(*)::int from progress_report_items it
             where it.tenant_id = r.tenant_id and it.report_id = r.id and it.overall_status = 'at_risk') as at_risk,
           (select count(*)::int from progress_report_items it
             where it.tenant_id = r.tenant_id and it.report_id = r.id and it.overall_status = 'off_track') as off_track
    from progress_reports r
    join review_cycles c on c.tenant_id = r.tenant_id and c.id = r.cycle_id
    where r.tenant_id = ${tenantId} and r.state = 'published' and ${afterKey([sql`r.slug`], after)}
      ${changedSince(sql`r.published_at`, since)}
    order by r.slug
    limit ${limit}`,
  );
}

/** Deletes a report if it is still a draft (its items go with it); no row back: it was published meanwhile. */
export function deleteDraft(db: DbOrTx, tenantId: string, id: string) {
  return db
    .delete(progressReports)
    .where(
      and(
        eq(progressReports.tenantId, tenantId),
        eq(progressReports.id, id),
        eq(progressReports.state, 'draft'),
      ),
    )
    .returning();
}

/** A draft's items, before they are taken again. */
export function deleteItems(db: DbOrTx, tenantId: string, reportId: string) {
  return db
    .delete(progressReportItems)
    .where(and(eq(progressReportItems.tenantId, tenantId), eq(progressReportItems.reportId, reportId)));
}

/**
 * Changes a report. The use cases change only drafts (`draftOnly`; publishing is the last such change): a
 * published report is frozen, and the row lock orders a change against a publication; no row back means
 * it was not a draft. The demo seed alone dates a published report back.
 */
export function updateReport(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof progressReports.$inferInsert>,
  opts: { draftOnly: boolean },
) {
  return db
    .update(progressReports)
    .set(patch)
    .where(
      and(
        eq(progressReports.tenantId, tenantId),
        eq(progressReports.id, id),
        opts.draftOnly ? eq(progressReports.state, 'draft') : undefined,
      ),
    )
    .returning();
}
