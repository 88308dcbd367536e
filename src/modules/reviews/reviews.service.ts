import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { isUuid } from '../../platform/validation.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { findProjectsByIds, getEditableProject, projectFacts } from '../projects/projects.service.ts';
import { insertTasks, tasksOfProjects } from './cycles.queries.ts';
import { REVIEW_EVENTS, type StatusReportApproved } from './reviews.events.ts';
import { canApproveReport, expectsReport } from './reviews.policy.ts';
import * as q from './reviews.queries.ts';
import type { ReviewReportInput, SubmitStatusReportInput } from './reviews.schemas.ts';
import type { Status } from './reviews.table.ts';

export const APPROVED = q.APPROVED;

/** The status-report tasks of projects in open cycles (which projects owe a report where). */
export function reportTasksOfProjects(
  db: DbOrTx,
  tenantId: string,
  cycleIds: string[],
  projectIds: string[],
) {
  return tasksOfProjects(db, tenantId, cycleIds, projectIds);
}

/** Open review cycles, newest first: the ones leads report for now. */
export function openCycles(db: DbOrTx, tenantId: string) {
  return q.listOpenCycles(db, tenantId);
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
  const data = input;
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const [cycle] = await q.findCycle(db, tenantId, data.cycleId);
  if (cycle?.state !== 'open' || cycle.level !== 'office')
    throw new AppError('VALIDATION_FAILED', 'The review cycle is not open.', {
      cycleId: { key: 'validation.cycleNotOpen' },
    });
  return db.transaction(async (tx) => {
    const [before] = await q.findReportOfCycle(tx, tenantId, project.id, cycle.id);
    if (before && before.state !== 'returned' && before.state !== 'submitted')
      throw invalidState('This report is approved already.');
    const asked = (await tasksOfProjects(tx, tenantId, [cycle.id], [project.id])).length > 0;
    if (!before && !expectsReport(project, asked))
      throw new AppError(
        'VALIDATION_FAILED',
        'The project was completed or stopped before the cycle opened.',
        {
          cycleId: { key: 'validation.reportNotExpected' },
        },
      );
    const values = {
      overallStatus: data.overallStatus,
      progress: data.progress,
      summary: data.summary,
      scopeStatus: data.scopeStatus ?? null,
      timeStatus: data.timeStatus ?? null,
      budgetStatus: data.budgetStatus ?? null,
      resourcesStatus: data.resourcesStatus ?? null,
      nextSteps: data.nextSteps,
      risks: data.risks,
      decisionNeeded: data.decisionNeeded,
      state: 'submitted' as const,
      submittedBy: actor!.accountId,
      submittedAt: new Date(),
      reviewedBy: null,
      reviewedAt: null,
    };
    const [after] = before
      ? await q.updateReport(tx, tenantId, before.id, values)
      : await q.insertReport(tx, { tenantId, projectId: project.id, cycleId: cycle.id, ...values });
    // A project started after the cycle opened has no task yet; reporting creates it.
    await insertTasks(tx, tenantId, cycle.id, [project.id]);
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
  const data = input;
  if (!isUuid(reportId)) throw notFound();
  const [before] = await q.findReport(db, tenantId, reportId);
  if (!before) throw notFound('No such status report.');
  const [project] = await findProjectsByIds(db, tenantId, [before.projectId]);
  if (!project) throw notFound('No such project.');
  if (!canApproveReport(actor, project, await loadOrgTree(db, tenantId)))
    throw forbidden('Only the head of the owning office may review this report.');
  if (before.state !== 'submitted') throw invalidState('Only submitted reports can be reviewed.');
  return db.transaction(async (tx) => {
    const [after] = await q.updateReport(tx, tenantId, reportId, {
      state: data.decision === 'approve' ? 'approved_office' : 'returned',
      reviewedBy: actor!.accountId,
      reviewedAt: new Date(),
      reviewComment: data.comment ?? null,
    });
    if (data.decision === 'approve') {
      const [cycle] = await q.findCycle(tx, tenantId, after!.cycleId);
      await recordEvent<StatusReportApproved>(tx, {
        tenantId,
        type: REVIEW_EVENTS.reportApproved,
        subjectType: 'status_report',
        subjectId: reportId,
        actorAccountId: actor!.accountId,
        payload: {
          projectId: project.id,
          project: await projectFacts(tx, tenantId, project),
          status: after!.overallStatus,
          progress: after!.progress,
          period: cycle?.period ?? '',
        },
      });
    }
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
  const rows = await q.latestApproved(db, tenantId, projectIds);
  return new Map(rows.map((r) => [r.projectId, r]));
}

/** Ids of projects whose latest approved status is `status`; for the status filter of the project list. */
export function projectIdsWithLatestStatus(db: DbOrTx, tenantId: string, status: Status) {
  return q.projectIdsWithLatestStatus(db, tenantId, status);
}

/** Ids of projects that have any approved status (for the "no status yet" filter). */
export async function projectIdsWithAnyApprovedStatus(db: DbOrTx, tenantId: string) {
  return (await q.projectIdsWithAnyApproved(db, tenantId)).map((r) => r.id);
}

/** Public status history of a project: approved reports, newest first. */
export function approvedHistory(db: DbOrTx, tenantId: string, projectId: string) {
  return q.approvedOfProject(db, tenantId, projectId);
}

/** All reports of a project for the back office (any state). */
export function reportsOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return q.allOfProject(db, tenantId, projectId);
}

/**
 * The offices whose reports the actor's queue holds: undefined for the CDO team (every office's, read
 * only), else the units an office head may approve for (chosen in the database: a city has hundreds
 * waiting, an office a handful).
 */
async function queueScope(db: DbOrTx, tenantId: string, actor: Actor | null) {
  const tree = await loadOrgTree(db, tenantId);
  const units = isPortfolioManager(actor)
    ? undefined
    : [...tree.byId.keys()].filter((u) => holdsRoleOver(actor, tree, 'office_head', u));
  return { tree, units };
}

/** Queue rows with their projects and whether the actor may decide on each. */
async function withProjects(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  tree: OrgTree,
  rows: Awaited<ReturnType<typeof q.submitted>>,
) {
  if (!rows.length) return [];
  const projects = await findProjectsByIds(
    db,
    tenantId,
    rows.map((r) => r.report.projectId),
  );
  const byId = new Map(projects.map((p) => [p.id, p]));
  return rows.map((r) => {
    const project = byId.get(r.report.projectId)!;
    return { ...r, project, mayApprove: canApproveReport(actor, project, tree) };
  });
}

/** Submitted reports the actor may approve (office heads: their offices; the CDO team sees all, read only). */
export async function approvalQueue(db: DbOrTx, tenantId: string, actor: Actor | null) {
  const { tree, units } = await queueScope(db, tenantId, actor);
  if (units && !units.length) return [];
  return withProjects(db, tenantId, actor, tree, await q.submitted(db, tenantId, units));
}

/**
 * One page of approvalQueue, with how many wait in all; with `clamp`, a page past the end is the last
 * one (after a decision the queue is one shorter, and its last page may be gone).
 */
export async function approvalQueuePage(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  opts: { page: number; size: number; clamp?: boolean },
) {
  const { tree, units } = await queueScope(db, tenantId, actor);
  if (units && !units.length) return { items: [], total: 0, page: opts.page };
  const total = await q.countSubmitted(db, tenantId, units);
  const last = Math.max(1, Math.ceil(total / opts.size));
  const page = opts.clamp ? Math.min(opts.page, last) : opts.page;
  const rows = total
    ? await q.submitted(db, tenantId, units, { limit: opts.size, offset: (page - 1) * opts.size })
    : [];
  return { items: await withProjects(db, tenantId, actor, tree, rows), total, page };
}

/** Where a report stands in the actor's queue (0-based), or -1 when it is not in it. */
export async function positionInQueue(db: DbOrTx, tenantId: string, actor: Actor | null, reportId: string) {
  const { units } = await queueScope(db, tenantId, actor);
  if (units && !units.length) return -1;
  return (await q.submittedIds(db, tenantId, units)).findIndex((r) => r.id === reportId);
}

/** How many status reports wait for an office's approval (the CDO team's count of approvalQueue). */
export function countSubmittedReports(db: DbOrTx, tenantId: string) {
  return q.countSubmitted(db, tenantId);
}

/** A report's period and its project's title, for a confirmation that names what was decided. */
export async function reportWithProject(db: DbOrTx, tenantId: string, reportId: string) {
  if (!isUuid(reportId)) return undefined;
  const [row] = await q.reportWithProject(db, tenantId, reportId);
  return row;
}

/** The approved statuses of one review cycle, for a progress report's snapshot. */
export function approvedStatusesOfCycle(db: DbOrTx, tenantId: string, cycleId: string) {
  return q.approvedOfCycle(db, tenantId, cycleId);
}

/** The periods projects report in (office-level cycles), newest first: what a progress report covers. */
export async function listReviewCycles(db: DbOrTx, tenantId: string) {
  return (await q.listCycles(db, tenantId)).filter((c) => c.level === 'office');
}

export async function findReviewCycle(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await q.findCycle(db, tenantId, id);
  return row;
}

export {
  computeHealth,
  cycleFacts,
  type Health,
  type HealthFacts,
  healthOfProjects,
  STATUS_RANK,
} from './reviews.health.ts';

/**
 * The latest approved report of every project of the tenant (one sorted pass), or of the given projects
 * (look-ups per project): the rows the cockpit counts.
 */
export function latestApprovedRows(db: DbOrTx, tenantId: string, projectIds?: string[]) {
  return projectIds
    ? q.latestApprovedOfProjects(db, tenantId, projectIds)
    : q.latestApprovedOfTenant(db, tenantId);
}

export {
  isApproved,
  REVIEW_LEVELS,
  type ReviewCycle,
  type ReviewLevel,
  STATUSES,
  type Status,
  type StatusReport,
} from './reviews.table.ts';
