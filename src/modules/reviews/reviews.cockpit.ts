import type { DbOrTx } from '../../db/client.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { groupBy } from '../../platform/collections.ts';
import { forbidden } from '../../platform/errors.ts';
import { granted } from '../../platform/permissions.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { budgetsOfProjects, budgetToDate } from '../projects/delivery.service.ts';
import { listProjects, milestonesOfProjects } from '../projects/projects.service.ts';
import { listStrategy } from '../strategy/strategy.service.ts';
import { approvedOfRecentCycles, tasksOfProjects } from './cycles.queries.ts';
import { openActionItems } from './meetings.service.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import * as q from './reviews.queries.ts';
import { computeHealth, cycleFacts, latestApprovedStatuses } from './reviews.service.ts';

const STATUS_KEYS = ['on_track', 'at_risk', 'off_track', 'none'] as const;
type StatusKey = (typeof STATUS_KEYS)[number];
const rank = { on_track: 0, at_risk: 1, off_track: 2 } as const;

function countStatuses(rows: readonly { status: StatusKey }[]) {
  const counts: Record<StatusKey, number> = { on_track: 0, at_risk: 0, off_track: 0, none: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** How many cycles back the cockpit's trend looks (two years of quarters). */
export const TREND_CYCLES = 8;

/**
 * The trend across the newest office-level cycles: per cycle, how many of the projects in scope reported
 * each status (approved reports only) and their mean progress.
 */
async function trendOfCycles(db: DbOrTx, tenantId: string, scope: ReadonlySet<string>, count: number) {
  const [cycles, reports] = await Promise.all([
    q.listCycles(db, tenantId),
    approvedOfRecentCycles(db, tenantId, count),
  ]);
  const byCycle = groupBy(
    reports.filter((r) => scope.has(r.projectId)),
    (r) => r.cycleId,
  );
  return cycles
    .filter((c) => c.level === 'office' && byCycle.has(c.id))
    .slice(0, count)
    .reverse()
    .map((c) => {
      const members = byCycle.get(c.id)!;
      const counts = { on_track: 0, at_risk: 0, off_track: 0 };
      for (const r of members) counts[r.overallStatus]++;
      return {
        period: c.period,
        ...counts,
        total: members.length,
        progress: Math.round(members.reduce((sum, r) => sum + r.progress, 0) / members.length),
      };
    });
}

/**
 * The CDO cockpit: the whole portfolio (a department head: their department) by pillar, field of action
 * and department with its latest approved status, the traffic-light matrix, overdue reports, decisions
 * needed and where the facts look worse than the reported status.
 */
export async function cockpit(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  today = new Date().toISOString().slice(0, 10),
) {
  if (!granted(actor, REVIEW_PERMISSIONS, 'cockpit:read')) throw forbidden();
  const [tree, strategy, all, cycles] = await Promise.all([
    loadOrgTree(db, tenantId),
    listStrategy(db, tenantId),
    listProjects(db, tenantId, { publicOnly: false, limit: 100_000, offset: 0 }),
    q.listOpenCycles(db, tenantId),
  ]);
  const isCdo = hasAnyRole(actor, ['cdo', 'admin']);
  const departments = actor!.roles
    .filter((r) => r.role === 'department_head' && r.orgUnitId)
    .map((r) => r.orgUnitId!);
  const projects = all.rows.filter(
    (p) =>
      (p.phase === 'planned' || p.phase === 'in_progress' || p.phase === 'paused') &&
      (isCdo || departments.some((d) => tree.isWithin(p.ownerOrgUnitId, d))),
  );
  const ids = projects.map((p) => p.id);
  const cycleIds = cycles.map((c) => c.id);
  const [statuses, milestones, openReports, tasks, recent, items, budgets] = await Promise.all([
    latestApprovedStatuses(db, tenantId, ids),
    milestonesOfProjects(db, tenantId, ids),
    q.reportsOfCycles(db, tenantId, cycleIds),
    tasksOfProjects(db, tenantId, cycleIds, ids),
    trendOfCycles(db, tenantId, new Set(ids), TREND_CYCLES),
    openActionItems(db, tenantId, actor, { tree, today, all: isCdo }),
    budgetsOfProjects(db, tenantId, ids),
  ]);
  const budgetsOf = groupBy(budgets, (b) => b.projectId);
  const milestonesOf = groupBy(milestones, (m) => m.projectId);
  const reportsOf = groupBy(openReports, (r) => r.projectId);
  const tasksOf = groupBy(tasks, (t) => t.projectId);
  const fieldOf = new Map(
    strategy.flatMap((p) => p.fields.map((f) => [f.id, { field: f.name, pillar: p.name }] as const)),
  );
  const rows = projects.map((p) => {
    const status = statuses.get(p.id);
    const reportsHere = reportsOf.get(p.id) ?? [];
    const health = computeHealth(
      {
        milestones: milestonesOf.get(p.id) ?? [],
        cycles: cycleFacts(cycles, reportsHere, tasksOf.get(p.id) ?? []),
        ...budgetToDate(budgetsOf.get(p.id) ?? [], p, today),
      },
      today,
    );
    const statusKey: StatusKey = status?.overallStatus ?? 'none';
    return {
      id: p.id,
      title: p.title,
      pillar: fieldOf.get(p.fieldOfActionId)?.pillar ?? '',
      field: fieldOf.get(p.fieldOfActionId)?.field ?? '',
      department: tree.departmentOf(p.ownerOrgUnitId)?.name ?? '',
      office: tree.byId.get(p.ownerOrgUnitId)?.name ?? '',
      status: statusKey,
      period: status?.period ?? '',
      health,
      disagrees: status !== undefined && rank[health.status] > rank[status.overallStatus],
      overdue: health.reasons.some((r) => r.key === 'health.reportOverdue'),
      decisionNeeded: reportsHere.some((r) => r.decisionNeeded && r.state !== 'returned'),
    };
  });
  const matrix = (key: 'pillar' | 'field' | 'department') =>
    [...groupBy(rows, (r) => r[key])]
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([group, members]) => ({ group, counts: countStatuses(members) }));
  return {
    scope: isCdo ? ('all' as const) : ('department' as const),
    total: rows.length,
    totals: countStatuses(rows),
    trend: recent,
    overdueItems: items.filter((i) => i.overdue),
    byPillar: matrix('pillar'),
    byField: matrix('field'),
    byDepartment: matrix('department'),
    overdue: rows.filter((r) => r.overdue),
    decisions: rows.filter((r) => r.decisionNeeded),
    disagreements: rows.filter((r) => r.disagrees),
  };
}
