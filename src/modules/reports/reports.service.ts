import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { isUuid } from '../../platform/validation.ts';
import { findProjectsByIds, projectFacts, slugify } from '../projects/projects.service.ts';
import { approvedStatusesOfCycle, findReviewCycle } from '../reviews/reviews.service.ts';
import { type ProgressReportPublished, REPORT_EVENTS } from './reports.events.ts';
import { canManageProgressReports } from './reports.policy.ts';
import * as q from './reports.queries.ts';
import type { CreateProgressReportInput } from './reports.schemas.ts';

export { canManageProgressReports };

async function uniqueSlug(db: DbOrTx, tenantId: string, title: string) {
  const base = slugify(title) || 'bericht';
  const taken = new Set((await q.slugsLike(db, tenantId)).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Drafts a progress report for a review period: every public project with an approved status in that
 * period, its status as approved (a snapshot, so the published report never changes afterwards).
 */
export async function draftProgressReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CreateProgressReportInput,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team drafts progress reports.');
  const data = input;
  const cycle = await findReviewCycle(db, tenantId, data.cycleId);
  // A report covers the statuses of a period, which projects report in office-level cycles.
  if (cycle?.level !== 'office')
    throw new AppError('VALIDATION_FAILED', 'Unknown review period.', {
      cycleId: { key: 'validation.choice' },
    });
  const statuses = await approvedStatusesOfCycle(db, tenantId, cycle.id);
  const projects = new Map(
    (
      await findProjectsByIds(
        db,
        tenantId,
        statuses.map((s) => s.projectId),
      )
    ).map((p) => [p.id, p]),
  );
  const covered = statuses
    .filter((s) => projects.get(s.projectId)?.visibility === 'public')
    .sort((a, b) => projects.get(a.projectId)!.title.localeCompare(projects.get(b.projectId)!.title, 'de'));
  return db.transaction(async (tx) => {
    const [report] = await q.insertReport(tx, {
      tenantId,
      slug: await uniqueSlug(tx, tenantId, data.title),
      title: data.title,
      cycleId: cycle.id,
      summary: data.summary,
      createdBy: actor!.accountId,
    });
    await q.insertItems(
      tx,
      covered.map((s, position) => ({
        tenantId,
        reportId: report!.id,
        projectId: s.projectId,
        position,
        overallStatus: s.overallStatus,
        progress: s.progress,
        statusSummary: s.summary,
        reviewedAt: s.reviewedAt,
      })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.draft',
      entityType: 'progress_report',
      entityId: report!.id,
      after: { ...report, projects: covered.length },
      requestId: meta.requestId,
    });
    return report!;
  });
}

/**
 * Publishes a drafted report: it appears at /berichte, and everyone who follows a proposal behind one of
 * its projects is told that "their" proposal is mentioned.
 */
export async function publishProgressReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team publishes progress reports.');
  if (!isUuid(reportId)) throw notFound();
  return db.transaction(async (tx) => {
    const [before] = await q.findReport(tx, tenantId, reportId);
    if (!before) throw notFound('No such progress report.');
    if (before.state === 'published') throw invalidState('The report is published already.');
    const [after] = await q.updateReport(tx, tenantId, reportId, {
      state: 'published',
      publishedAt: new Date(),
    });
    const items = await q.itemsOf(tx, tenantId, reportId);
    const projects = await findProjectsByIds(
      tx,
      tenantId,
      items.map((i) => i.projectId),
    );
    await recordEvent<ProgressReportPublished>(tx, {
      tenantId,
      type: REPORT_EVENTS.published,
      subjectType: 'progress_report',
      subjectId: reportId,
      actorAccountId: actor!.accountId,
      payload: {
        title: after!.title,
        slug: after!.slug,
        projects: await Promise.all(projects.map((p) => projectFacts(tx, tenantId, p))),
      },
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.publish',
      entityType: 'progress_report',
      entityId: reportId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/**
 * The approved status summaries in published reports, for translation: `ids` names entries or whole
 * reports (the publishing event names the report).
 */
export async function publishedItemTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return (await q.publishedItemTexts(db, tenantId, ids)).map((i) => ({
    id: i.id,
    lang: 'de',
    fields: { summary: i.statusSummary },
  }));
}

/** Reports for the back office (drafts too) or the public (published only). */
export function listProgressReports(db: DbOrTx, tenantId: string, actor: Actor | null) {
  return q.list(db, tenantId, !canManageProgressReports(actor));
}

/** A report with its projects; drafts only for the CDO team. */
async function withItems(db: DbOrTx, tenantId: string, report: { id: string }) {
  const items = await q.itemsOf(db, tenantId, report.id);
  const projects = new Map(
    (
      await findProjectsByIds(
        db,
        tenantId,
        items.map((i) => i.projectId),
      )
    ).map((p) => [p.id, p]),
  );
  return items
    .filter((i) => projects.has(i.projectId))
    .map((i) => ({
      ...i,
      title: projects.get(i.projectId)!.title,
      slug: projects.get(i.projectId)!.slug,
    }));
}

export async function getPublishedReport(db: DbOrTx, tenantId: string, slug: string) {
  const [report] = await q.findBySlug(db, tenantId, slug);
  if (report?.state !== 'published') throw notFound('No such report.');
  const cycle = await findReviewCycle(db, tenantId, report.cycleId);
  return { report, period: cycle?.period ?? '', items: await withItems(db, tenantId, report) };
}

export async function getReportForEditing(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!canManageProgressReports(actor)) throw forbidden();
  if (!isUuid(id)) throw notFound();
  const [report] = await q.findReport(db, tenantId, id);
  if (!report) throw notFound('No such progress report.');
  const cycle = await findReviewCycle(db, tenantId, report.cycleId);
  return { report, period: cycle?.period ?? '', items: await withItems(db, tenantId, report) };
}

/** The newest published report covering each project (a proposal's journey ends there). */
export async function reportsCoveringProjects(db: DbOrTx, tenantId: string, projectIds: string[]) {
  const rows = await q.publishedCovering(db, tenantId, projectIds);
  const out = new Map<string, { slug: string; title: string; publishedAt: Date | null }>();
  for (const r of rows) if (!out.has(r.projectId)) out.set(r.projectId, r);
  return out;
}
