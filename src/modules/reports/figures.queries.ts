import { and, between, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { statsDaily } from '../../platform/platform.table.ts';
import { supports } from '../comments/comments.table.ts';
import { ideas } from '../ideas/ideas.table.ts';
import { milestones, projectGoals } from '../projects/projects.table.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { maturityLevels, maturityModels, onlineServices } from '../services/services.table.ts';
import { kpiMeasurements, kpis } from '../strategy/strategy.table.ts';
import { processes } from '../workforce/workforce.table.ts';

/** The active maturity model's levels with the number of services on each (zero included). */
export async function servicesPerLevel(db: DbOrTx, tenantId: string) {
  return db
    .select({
      model: maturityModels.name,
      level: maturityLevels.level,
      name: maturityLevels.name,
      count: sql<number>`count(${onlineServices.id})::int`,
    })
    .from(maturityModels)
    .innerJoin(
      maturityLevels,
      and(
        eq(maturityLevels.tenantId, maturityModels.tenantId),
        eq(maturityLevels.modelId, maturityModels.id),
      ),
    )
    .leftJoin(
      onlineServices,
      and(
        eq(onlineServices.tenantId, maturityLevels.tenantId),
        eq(onlineServices.modelId, maturityLevels.modelId),
        eq(onlineServices.level, maturityLevels.level),
      ),
    )
    .where(and(eq(maturityModels.tenantId, tenantId), eq(maturityModels.active, true)))
    .groupBy(maturityModels.name, maturityLevels.level, maturityLevels.name)
    .orderBy(maturityLevels.level);
}

/** Processes per digital state, and how many were redesigned. */
export function processStates(db: DbOrTx, tenantId: string) {
  return db
    .select({
      state: processes.digitalState,
      count: sql<number>`count(*)::int`,
      redesigned: sql<number>`count(*) filter (where ${processes.redesigned})::int`,
    })
    .from(processes)
    .where(eq(processes.tenantId, tenantId))
    .groupBy(processes.digitalState);
}

/** Public proposals (all, and those submitted in the period), project ideas and supports. */
export async function participationCounts(db: DbOrTx, tenantId: string, from: string, to: string) {
  const visible = and(eq(proposals.tenantId, tenantId), inArray(proposals.state, ['published', 'merged']));
  const [[all], [inPeriod], [idea], [support]] = await Promise.all([
    db.select({ n: count() }).from(proposals).where(visible),
    db
      .select({ n: count() })
      .from(proposals)
      .where(
        and(
          visible,
          sql`(${proposals.createdAt} at time zone 'Europe/Berlin')::date between ${from}::date and ${to}::date`,
        ),
      ),
    db
      .select({ n: count() })
      .from(ideas)
      .where(and(eq(ideas.tenantId, tenantId), inArray(ideas.state, ['open', 'in_project']))),
    // Supports of the proposals the public sees, as the counts beside them.
    db
      .select({ n: count() })
      .from(supports)
      .innerJoin(
        proposals,
        and(eq(proposals.tenantId, supports.tenantId), eq(proposals.id, supports.proposalId)),
      )
      .where(visible),
  ]);
  return {
    proposals: all?.n ?? 0,
    proposalsInPeriod: inPeriod?.n ?? 0,
    ideas: idea?.n ?? 0,
    supports: support?.n ?? 0,
  };
}

/** Visits and page views counted on the days of the period. */
export async function reachInPeriod(db: DbOrTx, tenantId: string, from: string, to: string) {
  const rows = await db
    .select({ metric: statsDaily.metric, n: sql<number>`coalesce(sum(${statsDaily.count}), 0)::int` })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.tenantId, tenantId),
        inArray(statsDaily.metric, ['visit', 'view']),
        between(statsDaily.day, from, to),
      ),
    )
    .groupBy(statsDaily.metric);
  const of = (m: string) => rows.find((r) => r.metric === m)?.n ?? 0;
  return { visits: of('visit'), views: of('view') };
}

/** Milestones of the projects reached in the period, in order. */
export function milestonesReached(
  db: DbOrTx,
  tenantId: string,
  projectIds: string[],
  from: string,
  to: string,
) {
  return db
    .select({ projectId: milestones.projectId, milestone: milestones.title, doneOn: milestones.doneOn })
    .from(milestones)
    .where(
      and(
        eq(milestones.tenantId, tenantId),
        anyUuid(milestones.projectId, projectIds),
        between(milestones.doneOn, from, to),
      ),
    )
    .orderBy(milestones.doneOn, byName(milestones.title));
}

/** The KPIs of the projects' goals with their latest measurement up to a day, one row per project and KPI. */
export function kpisOfProjects(db: DbOrTx, tenantId: string, projectIds: string[], upTo: string) {
  return db
    .selectDistinctOn([projectGoals.projectId, kpis.id], {
      projectId: projectGoals.projectId,
      name: kpis.name,
      unit: kpis.unit,
      value: kpiMeasurements.value,
      measuredOn: kpiMeasurements.measuredOn,
      target: kpis.target,
      targetYear: kpis.targetYear,
    })
    .from(projectGoals)
    .innerJoin(kpis, and(eq(kpis.tenantId, projectGoals.tenantId), eq(kpis.goalId, projectGoals.goalId)))
    .innerJoin(
      kpiMeasurements,
      and(eq(kpiMeasurements.tenantId, kpis.tenantId), eq(kpiMeasurements.kpiId, kpis.id)),
    )
    .where(
      and(
        eq(projectGoals.tenantId, tenantId),
        anyUuid(projectGoals.projectId, projectIds),
        sql`${kpiMeasurements.measuredOn} <= ${upTo}::date`,
      ),
    )
    .orderBy(projectGoals.projectId, kpis.id, sql`${kpiMeasurements.measuredOn} desc`);
}
