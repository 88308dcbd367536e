import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { isPortfolioManager } from '../orgs/orgs.policy.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { getEditableProject, listProjects } from '../projects/projects.service.ts';
import type { RequestMeta } from '../proposals/proposals.service.ts';
import { canApproveReport, canManageCycles } from './reviews.policy.ts';
import {
  type CreateCycleInput,
  type ReviewReportInput,
  type SubmitStatusReportInput,
  ZCreateCycleInput,
  ZReviewReportInput,
  ZSubmitStatusReportInput,
} from './reviews.schemas.ts';
import { type ReportState, reviewCycles, type Status, statusReports } from './reviews.table.ts';

export const APPROVED: ReportState[] = ['approved_office', 'approved_department'];

/** Start and end of a period such as 2027-Q1 or 2027-H2. */
export function periodBounds(period: string): { startsOn: string; endsOn: string } {
  const m = /^(\d{4})-(Q|H)(\d)$/.exec(period);
  if (!m) throw new AppError('VALIDATION_FAILED', `Invalid period ${period}.`);
  const year = Number(m[1]);
  const months = m[2] === 'Q' ? 3 : 6;
  const startMonth = (Number(m[3]) - 1) * months;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + months, 0));
  return { startsOn: start.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10) };
}

/** Plans (and usually opens) a review cycle; offices report by the due date, 15 days after the period by default. */
export async function createCycle(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  input: CreateCycleInput,
  opts: { system?: boolean } = {},
) {
  if (!opts.system && !canManageCycles(actor)) throw forbidden('Only the CDO team plans review cycles.');
  const data = parseInput(ZCreateCycleInput, input);
  const { startsOn, endsOn } = periodBounds(data.period);
  const due =
    data.dueOn ??
    new Date(new Date(`${endsOn}T12:00:00Z`).getTime() + 15 * 86400_000).toISOString().slice(0, 10);
  const [row] = await db
    .insert(reviewCycles)
    .values({
      tenantId,
      period: data.period,
      level: data.level,
      startsOn,
      endsOn,
      dueOn: due,
      state: data.open ? 'open' : 'planned',
    })
    .returning();
  return row!;
}

export async function listCycles(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(reviewCycles)
    .where(eq(reviewCycles.tenantId, tenantId))
    .orderBy(desc(reviewCycles.startsOn));
}

export async function openCycles(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.state, 'open')))
    .orderBy(desc(reviewCycles.startsOn));
}

export async function closeCycle(db: DbOrTx, tenantId: string, cycleId: string) {
  await db
    .update(reviewCycles)
    .set({ state: 'closed' })
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, cycleId)));
}

/** The lead reports status for an open cycle; a returned report may be submitted again. */
export async function submitStatusReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: SubmitStatusReportInput,
  meta: RequestMeta = {},
) {
  const data = parseInput(ZSubmitStatusReportInput, input);
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const [cycle] = await db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, data.cycleId)));
  if (cycle?.state !== 'open')
    throw new AppError('VALIDATION_FAILED', 'The review cycle is not open.', {
      cycleId: { key: 'validation.cycleNotOpen' },
    });
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(statusReports)
      .where(
        and(
          eq(statusReports.tenantId, tenantId),
          eq(statusReports.projectId, project.id),
          eq(statusReports.cycleId, cycle.id),
        ),
      );
    if (before && before.state !== 'returned' && before.state !== 'submitted')
      throw invalidState('This report is approved already.');
    const values = {
      overallStatus: data.overallStatus,
      progress: data.progress,
      summary: data.summary,
      state: 'submitted' as const,
      submittedBy: actor!.accountId,
      submittedAt: new Date(),
      reviewedBy: null,
      reviewedAt: null,
    };
    const [after] = before
      ? await tx
          .update(statusReports)
          .set(values)
          .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, before.id)))
          .returning()
      : await tx
          .insert(statusReports)
          .values({ tenantId, projectId: project.id, cycleId: cycle.id, ...values })
          .returning();
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'status_report.submit',
      entityType: 'status_report',
      entityId: after!.id,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** The office head approves a submitted report (it becomes public for public projects) or returns it with a comment. */
export async function reviewStatusReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  input: ReviewReportInput,
  meta: RequestMeta = {},
) {
  const data = parseInput(ZReviewReportInput, input);
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) throw notFound();
  const [before] = await db
    .select()
    .from(statusReports)
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, reportId)));
  if (!before) throw notFound('No such status report.');
  const { rows } = await listProjects(db, tenantId, {
    publicOnly: false,
    idIn: [before.projectId],
    limit: 1,
    offset: 0,
  });
  const project = rows[0]!;
  if (!canApproveReport(actor, project, await loadOrgTree(db, tenantId)))
    throw forbidden('Only the head of the owning office may review this report.');
  if (before.state !== 'submitted') throw invalidState('Only submitted reports can be reviewed.');
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(statusReports)
      .set({
        state: data.decision === 'approve' ? 'approved_office' : 'returned',
        reviewedBy: actor!.accountId,
        reviewedAt: new Date(),
        reviewComment: data.comment ?? null,
      })
      .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.id, reportId)))
      .returning();
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: `status_report.${data.decision}`,
      entityType: 'status_report',
      entityId: reportId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

export interface ApprovedStatus {
  projectId: string;
  overallStatus: Status;
  progress: number;
  summary: string;
  period: string;
  reviewedAt: Date | null;
}

/** The latest approved status of each project (only approved reports ever reach the public). */
export async function latestApprovedStatuses(
  db: DbOrTx,
  tenantId: string,
  projectIds: string[],
): Promise<Map<string, ApprovedStatus>> {
  if (!projectIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([statusReports.projectId], {
      projectId: statusReports.projectId,
      overallStatus: statusReports.overallStatus,
      progress: statusReports.progress,
      summary: statusReports.summary,
      period: reviewCycles.period,
      reviewedAt: statusReports.reviewedAt,
    })
    .from(statusReports)
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, statusReports.tenantId), eq(reviewCycles.id, statusReports.cycleId)),
    )
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        inArray(statusReports.projectId, projectIds),
        inArray(statusReports.state, APPROVED),
      ),
    )
    .orderBy(statusReports.projectId, desc(reviewCycles.endsOn));
  return new Map(rows.map((r) => [r.projectId, r]));
}

/** Ids of projects whose latest approved status is `status`; for the status filter of the project list. */
export async function projectIdsWithLatestStatus(db: DbOrTx, tenantId: string, status: Status) {
  const rows = await db.execute<{ project_id: string }>(sql`
    select project_id from (
      select distinct on (sr.project_id) sr.project_id, sr.overall_status
      from ${statusReports} sr join ${reviewCycles} rc on rc.tenant_id = sr.tenant_id and rc.id = sr.cycle_id
      where sr.tenant_id = ${tenantId} and sr.state in ('approved_office', 'approved_department')
      order by sr.project_id, rc.ends_on desc
    ) latest where overall_status = ${status}`);
  return (rows as unknown as { rows: { project_id: string }[] }).rows.map((r) => r.project_id);
}

/** Ids of projects that have any approved status (for the "no status yet" filter). */
export async function projectIdsWithAnyApprovedStatus(db: DbOrTx, tenantId: string) {
  const rows = await db
    .selectDistinct({ id: statusReports.projectId })
    .from(statusReports)
    .where(and(eq(statusReports.tenantId, tenantId), inArray(statusReports.state, APPROVED)));
  return rows.map((r) => r.id);
}

/** Public status history of a project: approved reports, newest first. */
export async function approvedHistory(db: DbOrTx, tenantId: string, projectId: string) {
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
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, statusReports.tenantId), eq(reviewCycles.id, statusReports.cycleId)),
    )
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        eq(statusReports.projectId, projectId),
        inArray(statusReports.state, APPROVED),
      ),
    )
    .orderBy(desc(reviewCycles.endsOn));
}

/** All reports of a project for the back office (any state). */
export async function reportsOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ report: statusReports, period: reviewCycles.period, cycleState: reviewCycles.state })
    .from(statusReports)
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, statusReports.tenantId), eq(reviewCycles.id, statusReports.cycleId)),
    )
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.projectId, projectId)))
    .orderBy(desc(reviewCycles.endsOn));
}

/** Submitted reports the actor may approve (office heads: their offices; the CDO team sees all, read only). */
export async function approvalQueue(db: DbOrTx, tenantId: string, actor: Actor | null) {
  const tree = await loadOrgTree(db, tenantId);
  const rows = await db
    .select({ report: statusReports, period: reviewCycles.period })
    .from(statusReports)
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, statusReports.tenantId), eq(reviewCycles.id, statusReports.cycleId)),
    )
    .where(and(eq(statusReports.tenantId, tenantId), eq(statusReports.state, 'submitted')))
    .orderBy(statusReports.submittedAt);
  if (!rows.length) return [];
  const { rows: projs } = await listProjects(db, tenantId, {
    publicOnly: false,
    idIn: rows.map((r) => r.report.projectId),
    limit: rows.length,
    offset: 0,
  });
  const byId = new Map(projs.map((p) => [p.id, p]));
  return rows
    .map((r) => ({
      ...r,
      project: byId.get(r.report.projectId)!,
      mayApprove: canApproveReport(actor, byId.get(r.report.projectId)!, tree),
    }))
    .filter((r) => r.mayApprove || isPortfolioManager(actor));
}
