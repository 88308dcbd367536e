import type { DbOrTx } from '../../db/client.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { groupBy } from '../../platform/collections.ts';
import { currentDay } from '../../platform/dates.ts';
import { forbidden } from '../../platform/errors.ts';
import { activePortfolio } from '../delivery/delivery.service.ts';
import { openActionItems } from '../meetings/meetings.service.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { decisionsInOpenCycles, owedInOpenCycles, trendData, trendOf } from '../reviews/cycles.service.ts';
import { healthOfProjects, latestApprovedRows, STATUS_RANK } from '../reviews/reviews.service.ts';
import { listStrategy } from '../strategy/strategy.service.ts';
import { canReadCockpit } from './cockpit.policy.ts';

const STATUS_KEYS = ['on_track', 'at_risk', 'off_track', 'none'] as const;
type StatusKey = (typeof STATUS_KEYS)[number];

function countStatuses(rows: readonly { status: StatusKey }[]) {
  const counts: Record<StatusKey, number> = { on_track: 0, at_risk: 0, off_track: 0, none: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** How many cycles back the cockpit's trend looks (two years of quarters). */
export const TREND_CYCLES = 8;

/**
 * What every reader's cockpit is made of, read once for the whole tenant: the org chart, the strategy, the
 * active portfolio with the latest approved statuses, the reports owed, the decisions asked for and the
 * trend's rows. The CDO and every department head draw their share from the same one (see cockpit), so
 * ten of them after a change cost one reading, not ten.
 */
export async function cockpitBase(db: DbOrTx, tenantId: string, today = currentDay()) {
  const [tree, strategy, portfolio, statuses, owed, decisions, trend] = await Promise.all([
    loadOrgTree(db, tenantId),
    listStrategy(db, tenantId),
    activePortfolio(db, tenantId, today),
    latestApprovedRows(db, tenantId),
    owedInOpenCycles(db, tenantId),
    decisionsInOpenCycles(db, tenantId),
    trendData(db, tenantId, TREND_CYCLES),
  ]);
  return { today, tree, strategy, portfolio, statuses, owed, decisions, trend };
}
export type CockpitBase = Awaited<ReturnType<typeof cockpitBase>>;

/**
 * The CDO cockpit: the whole portfolio (a department head: their department) by pillar, field of action
 * and department with its latest approved status, the traffic-light matrix, overdue reports, decisions
 * needed, where the facts look worse than the reported status, the trend and overdue action items. The
 * facts are aggregated in the database (a few round trips for any portfolio size; see bench/cockpit.ts)
 * once per tenant (`base`, shared by all readers); only the action items are read per reader.
 */
export async function cockpit(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  today = currentDay(),
  base?: Promise<CockpitBase>,
) {
  if (!canReadCockpit(actor)) throw forbidden();
  const { tree, strategy, portfolio, statuses, owed, decisions, trend } = await (base ??
    cockpitBase(db, tenantId, today));
  const isCdo = hasAnyRole(actor, ['cdo', 'admin']);
  const departments = actor!.roles
    .filter((r) => r.role === 'department_head' && r.orgUnitId)
    .map((r) => r.orgUnitId!);
  const projects = isCdo
    ? portfolio
    : portfolio.filter((p) => departments.some((d) => tree.isWithin(p.ownerOrgUnitId, d)));
  const items = await openActionItems(db, tenantId, actor, { tree, today, all: isCdo });
  // A department's trend: every report of its offices' projects in those cycles (finished ones too).
  const recent = trendOf(
    trend,
    isCdo ? undefined : (unit) => departments.some((d) => tree.isWithin(unit, d)),
  );
  const statusOf = new Map(statuses.map((s) => [s.projectId, s]));
  const healthOf = healthOfProjects(projects, owed, today);
  const needsDecision = new Set(decisions.map((d) => d.projectId));
  const fieldOf = new Map(
    strategy.flatMap((p) => p.fields.map((f) => [f.id, { field: f.name, pillar: p.name }] as const)),
  );
  const rows = projects.map((p) => {
    const status = statusOf.get(p.id);
    const health = healthOf.get(p.id)!;
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
      disagrees: status !== undefined && STATUS_RANK[health.status] > STATUS_RANK[status.overallStatus],
      overdue: health.reasons.some((r) => r.key === 'health.reportOverdue'),
      decisionNeeded: needsDecision.has(p.id),
    };
  });
  const matrix = (key: 'pillar' | 'field' | 'department') =>
    [...groupBy(rows, (r) => r[key])]
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([group, members]) => ({ group, counts: countStatuses(members) }));
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'de');
  return {
    scope: isCdo ? ('all' as const) : ('department' as const),
    total: rows.length,
    totals: countStatuses(rows),
    trend: recent,
    overdueItems: items.filter((i) => i.overdue),
    byPillar: matrix('pillar'),
    byField: matrix('field'),
    byDepartment: matrix('department'),
    overdue: rows.filter((r) => r.overdue).sort(byTitle),
    decisions: rows.filter((r) => r.decisionNeeded).sort(byTitle),
    disagreements: rows.filter((r) => r.disagrees).sort(byTitle),
  };
}
