import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { projects } from '../projects/projects.table.ts';
import {
  APPROVED_STATES,
  type ReportState,
  reminders,
  reviewCycles,
  type Status,
  statusReports,
} from './reviews.table.ts';

export const APPROVED: ReportState[] = [...APPROVED_STATES];

/** A report with the cycle it belongs to (same tenant). */
const cycleOfReport = and(
  eq(reviewCycles.tenantId, statusReports.tenantId),
  eq(reviewCycles.id, statusReports.cycleId),
);

export function insertCycle(db: DbOrTx, values: typeof reviewCycles.$inferInsert) {
  return db.insert(reviewCycles).values(values).returning();
}

export function findCycle(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, id)));
}

/** Open office-level cycles: the ones projects report in. */
export function listOpenCycles(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(reviewCycles)
    .where(
      and(
        eq(reviewCycles.tenantId, tenantId),
        eq(reviewCycles.state, 'open'),
        eq(reviewCycles.level, 'office'),
      ),
    )
    .orderBy(desc(reviewCycles.startsOn));
}

export function findReport(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(statusReports)
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, id)));
}

export function findReportOfCycle(db: DbOrTx, tenantId: string, projectId: string, cycleId: string) {
  return db
    .select()
    .from(statusReports)
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        eq(statusReports.projectId, projectId),
        eq(statusReports.cycleId, cycleId),
      ),
    );
}

export function insertReport(db: DbOrTx, values: typeof statusReports.$inferInsert) {
  return db.insert(statusReports).values(values).returning();
}

export function updateReport(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof statusReports.$inferInsert>,
) {
  return db
    .update(statusReports)
    .set(patch)
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, id)))
    .returning();
}

/** The newest approved report of each of the projects (by the end of its cycle). */
export function latestApproved(db: DbOrTx, tenantId: string, projectIds: string[]) {
  return db
    .selectDistinctOn([statusReports.projectId], {
      projectId: statusReports.projectId,
      overallStatus: statusReports.overallStatus,
      progress: statusReports.progress,
      summary: statusReports.summary,
      period: reviewCycles.period,
      reviewedAt: statusReports.reviewedAt,
    })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        inArray(statusReports.projectId, projectIds),
        inArray(statusReports.state, APPROVED),
      ),
    )
    .orderBy(statusReports.projectId, desc(reviewCycles.endsOn));
}

export async function projectIdsWithLatestStatus(db: DbOrTx, tenantId: string, status: Status) {
  const res = await db.execute<{ project_id: string }>(sql`
    select project_id from (
      select distinct on (sr.project_id) sr.project_id, sr.overall_status
      from ${statusReports} sr join ${reviewCycles} rc on rc.tenant_id = sr.tenant_id and rc.id = sr.cycle_id
      where sr.tenant_id = ${tenantId} and sr.state in ('approved_office', 'approved_department')
      order by sr.project_id, rc.ends_on desc
    ) latest where overall_status = ${status}`);
  return (res as unknown as { rows: { project_id: string }[] }).rows.map((r) => r.project_id);
}

export function projectIdsWithAnyApproved(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinct({ id: statusReports.projectId })
    .from(statusReports)
    .where(and(eq(statusReports.tenantId, tenantId), inArray(statusReports.state, APPROVED)));
}

export function approvedOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({
      id: statusReports.id,
      period: reviewCycles.period,
      overallStatus: statusReports.overallStatus,
      progress: statusReports.progress,
      summary: statusReports.summary,
      reviewedAt: statusReports.reviewedAt,
    })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        eq(statusReports.projectId, projectId),
        inArray(statusReports.state, APPROVED),
      ),
    )
    .orderBy(desc(reviewCycles.endsOn));
}

export function allOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ report: statusReports, period: reviewCycles.period, cycleState: reviewCycles.state })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.projectId, projectId)))
    .orderBy(desc(reviewCycles.endsOn));
}

/**
 * A tenant's reports waiting for an office's approval; with `ownerUnits`, only those of projects the
 * units own.
 */
const waitingIn = (db: DbOrTx, tenantId: string, ownerUnits?: readonly string[]) =>
  and(
    eq(statusReports.tenantId, tenantId),
    eq(statusReports.state, 'submitted'),
    ownerUnits
      ? inArray(
          statusReports.projectId,
          db
            .select({ id: projects.id })
            .from(projects)
            .where(and(eq(projects.tenantId, tenantId), anyUuid(projects.ownerOrgUnitId, ownerUnits))),
        )
      : undefined,
  );

/** The queue's order: oldest first, the same for every page. */
const queueOrder = [asc(statusReports.submittedAt), asc(statusReports.id)];

/** Reports waiting for approval, oldest first (`page`: only those rows); with `ownerUnits`, see waitingIn. */
export function submitted(
  db: DbOrTx,
  tenantId: string,
  ownerUnits?: readonly string[],
  page?: { limit: number; offset: number },
) {
  const query = db
    .select({ report: statusReports, period: reviewCycles.period })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .where(waitingIn(db, tenantId, ownerUnits))
    .orderBy(...queueOrder);
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/** The ids of the reports waiting, in the queue's order (where a report stands in it). */
export function submittedIds(db: DbOrTx, tenantId: string, ownerUnits?: readonly string[]) {
  return db
    .select({ id: statusReports.id })
    .from(statusReports)
    .where(waitingIn(db, tenantId, ownerUnits))
    .orderBy(...queueOrder);
}

export async function countSubmitted(
  db: DbOrTx,
  tenantId: string,
  ownerUnits?: readonly string[],
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(statusReports)
    .where(waitingIn(db, tenantId, ownerUnits));
  return row?.n ?? 0;
}

/** Approved status reports of one cycle (one per project). */
export function approvedOfCycle(db: DbOrTx, tenantId: string, cycleId: string) {
  return db
    .select({
      projectId: statusReports.projectId,
      overallStatus: statusReports.overallStatus,
      progress: statusReports.progress,
      summary: statusReports.summary,
      nextSteps: statusReports.nextSteps,
      reviewedAt: statusReports.reviewedAt,
    })
    .from(statusReports)
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        eq(statusReports.cycleId, cycleId),
        inArray(statusReports.state, APPROVED),
      ),
    );
}

/** Every cycle, newest first (for choosing the period of a progress report). */
export function listCycles(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(reviewCycles)
    .where(eq(reviewCycles.tenantId, tenantId))
    .orderBy(desc(reviewCycles.endsOn));
}

/** Open office-level cycles of every tenant (the reminder job looks at all of them). */
export function openCyclesEverywhere(db: DbOrTx) {
  return db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.state, 'open'), eq(reviewCycles.level, 'office')));
}

/** Claims a reminder; returns nothing when it was sent before. */
export function claimReminder(db: DbOrTx, row: typeof reminders.$inferInsert) {
  return db.insert(reminders).values(row).onConflictDoNothing().returning();
}

export function releaseReminder(
  db: DbOrTx,
  row: Pick<typeof reminders.$inferInsert, 'tenantId' | 'kind' | 'cycleId' | 'projectId'>,
) {
  return db
    .delete(reminders)
    .where(
      and(
        eq(reminders.tenantId, row.tenantId),
        eq(reminders.kind, row.kind),
        eq(reminders.cycleId, row.cycleId),
        eq(reminders.projectId, row.projectId),
      ),
    );
}

/** The newest approved report of every project of the tenant (one sorted pass: the whole portfolio). */
export function latestApprovedOfTenant(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinctOn([statusReports.projectId], {
      projectId: statusReports.projectId,
      overallStatus: statusReports.overallStatus,
      period: reviewCycles.period,
    })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .where(and(eq(statusReports.tenantId, tenantId), inArray(statusReports.state, APPROVED)))
    .orderBy(statusReports.projectId, desc(reviewCycles.endsOn));
}

/**
 * The newest approved report of each of the projects, one indexed look-up per project (the ids travel as
 * one array parameter): the cockpit reads thousands at once, and this stays fast without statistics.
 */
export async function latestApprovedOfProjects(db: DbOrTx, tenantId: string, projectIds: readonly string[]) {
  if (!projectIds.length) return [];
  const res = await db.execute(sql`
    select ids.id as "projectId", last.overall_status as "overallStatus", last.period
    from unnest(${`{${projectIds.join(',')}}`}::uuid[]) as ids(id)
    cross join lateral (
      select sr.overall_status, rc.period
      from ${statusReports} sr
      join ${reviewCycles} rc on rc.tenant_id = sr.tenant_id and rc.id = sr.cycle_id
      where sr.tenant_id = ${tenantId} and sr.project_id = ids.id
        and sr.state in ('approved_office', 'approved_department')
      order by rc.ends_on desc
      limit 1
    ) last`);
  return (res as unknown as { rows: { projectId: string; overallStatus: Status; period: string }[] }).rows;
}

/** Open department- and CDO-level cycles of every tenant: the roll-ups the reminder job watches. */
export function openRollupCyclesEverywhere(db: DbOrTx) {
  return db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.state, 'open'), sql`${reviewCycles.level} <> 'office'`));
}

export function reportWithProject(db: DbOrTx, tenantId: string, reportId: string) {
  return db
    .select({ period: reviewCycles.period, projectTitle: projects.title })
    .from(statusReports)
    .innerJoin(reviewCycles, cycleOfReport)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, statusReports.tenantId), eq(projects.id, statusReports.projectId)),
    )
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, reportId)));
}
