import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { projects } from '../projects/projects.table.ts';
import { APPROVED } from './reviews.queries.ts';
import { reportTasks, reviewCalendar, reviewCycles, reviewRollups, statusReports } from './reviews.table.ts';

export function listCalendar(db: DbOrTx, tenantId: string) {
  return db.select().from(reviewCalendar).where(eq(reviewCalendar.tenantId, tenantId));
}

export function upsertCalendar(db: DbOrTx, rows: (typeof reviewCalendar.$inferInsert)[]) {
  return db
    .insert(reviewCalendar)
    .values(rows)
    .onConflictDoUpdate({
      target: [reviewCalendar.tenantId, reviewCalendar.level],
      set: {
        cadence: sql`excluded.cadence`,
        dueDays: sql`excluded.due_days`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
}

export function insertCycles(db: DbOrTx, rows: (typeof reviewCycles.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve([]);
  return db.insert(reviewCycles).values(rows).onConflictDoNothing().returning();
}

/** Deletes a cycle while it is planned (nothing refers to it yet), returning it; none when it is not. */
export function deletePlannedCycle(db: DbOrTx, tenantId: string, id: string) {
  return db
    .delete(reviewCycles)
    .where(
      and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, id), eq(reviewCycles.state, 'planned')),
    )
    .returning();
}

export function setCycleState(db: DbOrTx, tenantId: string, id: string, state: 'open' | 'closed') {
  return db
    .update(reviewCycles)
    .set({ state })
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, id)))
    .returning();
}

export function insertTasks(db: DbOrTx, tenantId: string, cycleId: string, projectIds: string[]) {
  if (!projectIds.length) return Promise.resolve([]);
  return db
    .insert(reportTasks)
    .values(projectIds.map((projectId) => ({ tenantId, cycleId, projectId })))
    .onConflictDoNothing()
    .returning();
}

/** The tasks of cycles with the report each has (if any): who still owes one. */
export function tasksWithReports(db: DbOrTx, tenantId: string, cycleIds: string[]) {
  if (!cycleIds.length) return Promise.resolve([]);
  return db
    .select({
      cycleId: reportTasks.cycleId,
      projectId: reportTasks.projectId,
      reportId: statusReports.id,
      state: statusReports.state,
      overallStatus: statusReports.overallStatus,
      progress: statusReports.progress,
      decisionNeeded: statusReports.decisionNeeded,
    })
    .from(reportTasks)
    .leftJoin(
      statusReports,
      and(
        eq(statusReports.tenantId, reportTasks.tenantId),
        eq(statusReports.cycleId, reportTasks.cycleId),
        eq(statusReports.projectId, reportTasks.projectId),
      ),
    )
    .where(and(eq(reportTasks.tenantId, tenantId), inArray(reportTasks.cycleId, cycleIds)));
}

/** Tasks of some projects in some cycles (for the health of a project list). */
export function tasksOfProjects(db: DbOrTx, tenantId: string, cycleIds: string[], projectIds: string[]) {
  if (!cycleIds.length || !projectIds.length) return Promise.resolve([]);
  return db
    .select({ cycleId: reportTasks.cycleId, projectId: reportTasks.projectId })
    .from(reportTasks)
    .where(
      and(
        eq(reportTasks.tenantId, tenantId),
        inArray(reportTasks.cycleId, cycleIds),
        inArray(reportTasks.projectId, projectIds),
      ),
    );
}

export function rollupsOfCycles(db: DbOrTx, tenantId: string, cycleIds: string[]) {
  if (!cycleIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(reviewRollups)
    .where(and(eq(reviewRollups.tenantId, tenantId), inArray(reviewRollups.cycleId, cycleIds)));
}

export function upsertRollup(db: DbOrTx, row: typeof reviewRollups.$inferInsert) {
  return db
    .insert(reviewRollups)
    .values(row)
    .onConflictDoUpdate({
      target: [reviewRollups.tenantId, reviewRollups.cycleId, reviewRollups.orgUnitId],
      set: { summary: row.summary, submittedBy: row.submittedBy, submittedAt: sql`now()` },
    })
    .returning();
}

/** Office-approved reports of these projects in these cycles become approved for the CDO roll-up. */
export function approveForDepartment(db: DbOrTx, tenantId: string, cycleIds: string[], projectIds: string[]) {
  if (!cycleIds.length || !projectIds.length) return Promise.resolve([]);
  return db
    .update(statusReports)
    .set({ state: 'approved_department' })
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        inArray(statusReports.cycleId, cycleIds),
        inArray(statusReports.projectId, projectIds),
        eq(statusReports.state, 'approved_office'),
      ),
    )
    .returning({
      id: statusReports.id,
      projectId: statusReports.projectId,
      overallStatus: statusReports.overallStatus,
    });
}

/** How many status reports of each cycle wait for the office head's approval. */
export function waitingInCycles(db: DbOrTx, tenantId: string, cycleIds: readonly string[]) {
  return db
    .select({ cycleId: statusReports.cycleId, n: sql<number>`count(*)::int` })
    .from(statusReports)
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        anyUuid(statusReports.cycleId, cycleIds),
        eq(statusReports.state, 'submitted'),
      ),
    )
    .groupBy(statusReports.cycleId);
}

/**
 * Report tasks of open office cycles still owed (no report, or returned), with the cycle's due date; only
 * of the given projects, or of the projects an account leads, when asked.
 */
export function owedInOpenCycles(
  db: DbOrTx,
  tenantId: string,
  of: { projectIds?: readonly string[]; leadAccountId?: string } = {},
) {
  return db
    .select({
      projectId: reportTasks.projectId,
      cycleId: reportTasks.cycleId,
      period: reviewCycles.period,
      dueOn: reviewCycles.dueOn,
      returned: sql<boolean>`${statusReports.id} is not null`,
    })
    .from(reportTasks)
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, reportTasks.tenantId), eq(reviewCycles.id, reportTasks.cycleId)),
    )
    .leftJoin(
      statusReports,
      and(
        eq(statusReports.tenantId, reportTasks.tenantId),
        eq(statusReports.cycleId, reportTasks.cycleId),
        eq(statusReports.projectId, reportTasks.projectId),
      ),
    )
    .where(
      and(
        eq(reportTasks.tenantId, tenantId),
        eq(reviewCycles.state, 'open'),
        eq(reviewCycles.level, 'office'),
        sql`(${statusReports.id} is null or ${statusReports.state} = 'returned')`,
        of.projectIds ? anyUuid(reportTasks.projectId, of.projectIds) : undefined,
        of.leadAccountId
          ? inArray(
              reportTasks.projectId,
              db
                .select({ id: projects.id })
                .from(projects)
                .where(and(eq(projects.tenantId, tenantId), eq(projects.leadAccountId, of.leadAccountId))),
            )
          : undefined,
      ),
    );
}

/** Projects whose report in an open office cycle asks for a decision. */
export function decisionsInOpenCycles(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinct({ projectId: statusReports.projectId })
    .from(statusReports)
    .innerJoin(
      reviewCycles,
      and(eq(reviewCycles.tenantId, statusReports.tenantId), eq(reviewCycles.id, statusReports.cycleId)),
    )
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        eq(reviewCycles.state, 'open'),
        eq(reviewCycles.level, 'office'),
        eq(statusReports.decisionNeeded, true),
        sql`${statusReports.state} <> 'returned'`,
      ),
    );
}

/**
 * Approved statuses per cycle of the newest office-level cycles, counted in the database: per cycle and
 * status the number of projects and their summed progress (of `projectIds` only, when given).
 */
export function trendRows(db: DbOrTx, tenantId: string, cycles: number) {
  const recent = db
    .select({ id: reviewCycles.id })
    .from(reviewCycles)
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.level, 'office')))
    .orderBy(desc(reviewCycles.endsOn))
    .limit(cycles);
  return db
    .select({
      cycleId: statusReports.cycleId,
      ownerOrgUnitId: projects.ownerOrgUnitId,
      overallStatus: statusReports.overallStatus,
      count: sql<number>`count(*)::int`,
      progress: sql<number>`sum(${statusReports.progress})::int`,
    })
    .from(statusReports)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, statusReports.tenantId), eq(projects.id, statusReports.projectId)),
    )
    .where(
      and(
        eq(statusReports.tenantId, tenantId),
        inArray(statusReports.cycleId, recent),
        inArray(statusReports.state, APPROVED),
      ),
    )
    .groupBy(statusReports.cycleId, projects.ownerOrgUnitId, statusReports.overallStatus);
}
