import type { DbOrTx } from '../../db/client.ts';
import { inTurn } from '../../db/turns.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { groupBy } from '../../platform/collections.ts';
import { currentDay } from '../../platform/dates.ts';
import { forbidden } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
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

/** Readings in flight per app (single flight): a second reader waits for the first one's. */
const inFlight = new WeakMap<Deps, Map<string, Promise<CockpitBase>>>();

/**
 * The tenant's portfolio as the cockpit and the CDO's start page read it (cockpitBase), read once for all
 * who ask: kept until the next change in the tenant with the response cache on, and shared while it is
 * read with the cache off, so readers arriving together after a change wait for one reading.
 */
export function readCockpitBase(deps: Deps, tenantId: string, today: string): Promise<CockpitBase> {
  const read = () => {
    let reading = inFlight.get(deps);
    if (!reading) {
      reading = new Map();
      inFlight.set(deps, reading);
    }
    const key = `${tenantId}:${today}`;
    const flight = reading.get(key);
    // Those who join draw their pages in turns when it ends, not all in one turn of the event loop.
    if (flight) return inTurn(flight);
    const started = cockpitBase(deps.database.db, tenantId, today).finally(() => reading.delete(key));
    reading.set(key, started);
    return started;
  };
  return deps.config.responseCache ? deps.cache.value(tenantId, `cockpit-base:${today}`, read) : read();
}

/** Some active projects of a reading as the cockpit shows them. */
function portfolioRows(base: CockpitBase, projects: CockpitBase['portfolio']) {
  const { tree, strategy, statuses, owed, decisions, today } = base;
  const statusOf = new Map(statuses.map((s) => [s.projectId, s]));
  const healthOf = healthOfProjects(projects, owed, today);
  const needsDecision = new Set(decisions.map((d) => d.projectId));
  const fieldOf = new Map(
    strategy.flatMap((p) =>
      p.fields.map((f) => [f.id, { field: f.name, pillar: p.name, pillarId: p.id }] as const),
    ),
  );
  return projects.map((p) => {
    const status = statusOf.get(p.id);
    const health = healthOf.get(p.id)!;
    const statusKey: StatusKey = status?.overallStatus ?? 'none';
    return {
      id: p.id,
      title: p.title,
      pillar: fieldOf.get(p.fieldOfActionId)?.pillar ?? '',
      pillarId: fieldOf.get(p.fieldOfActionId)?.pillarId ?? '',
      field: fieldOf.get(p.fieldOfActionId)?.field ?? '',
      fieldId: p.fieldOfActionId,
      department: tree.departmentOf(p.ownerOrgUnitId)?.name ?? '',
      departmentId: tree.departmentOf(p.ownerOrgUnitId)?.id ?? '',
      office: tree.byId.get(p.ownerOrgUnitId)?.name ?? '',
      status: statusKey,
      period: status?.period ?? '',
      health,
      disagrees: status !== undefined && STATUS_RANK[health.status] > STATUS_RANK[status.overallStatus],
      overdue: health.reasons.some((r) => r.key === 'health.reportOverdue'),
      decisionNeeded: needsDecision.has(p.id),
    };
  });
}

/**
 * What a scope (the whole portfolio, or some departments) sees of one reading, action items aside; its
 * rows too (the CDO's start page counts in them). Only the scope's projects are drawn: a department's
 * heads alone in a reading do not pay for the whole city's.
 */
function scopeView(base: CockpitBase, departments: readonly string[] | null) {
  const { tree, trend, portfolio } = base;
  const inScope = (unit: string) => departments!.some((d) => tree.isWithin(unit, d));
  const rows = portfolioRows(
    base,
    departments ? portfolio.filter((p) => inScope(p.ownerOrgUnitId)) : portfolio,
  );
  // Grouped by id (two units may share a name), named and ordered by name; the id lets a count link to
  // the back office's list filtered the same way.
  const matrix = (key: 'pillar' | 'field' | 'department') =>
    [...groupBy(rows, (r) => r[`${key}Id`])]
      .map(([id, members]) => ({ group: members[0]![key], id, counts: countStatuses(members) }))
      .sort((a, b) => a.group.localeCompare(b.group, 'de'));
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'de');
  return {
    rows,
    view: {
      scope: departments ? ('department' as const) : ('all' as const),
      total: rows.length,
      totals: countStatuses(rows),
      // A department's trend: every report of its offices' projects in those cycles (finished ones too).
      trend: trendOf(trend, departments ? inScope : undefined),
      byPillar: matrix('pillar'),
      byField: matrix('field'),
      byDepartment: matrix('department'),
      overdue: rows.filter((r) => r.overdue).sort(byTitle),
      decisions: rows.filter((r) => r.decisionNeeded).sort(byTitle),
      disagreements: rows.filter((r) => r.disagrees).sort(byTitle),
    },
  };
}

/**
 * What each scope sees of a reading, derived once: the readers who share a reading and a scope (the CDO
 * team, a department's heads) share what is drawn from it too. Held as long as the reading is (a reading
 * is never changed).
 */
const derived = new WeakMap<CockpitBase, Map<string, ReturnType<typeof scopeView>>>();

function scopeOf(base: CockpitBase, departments: readonly string[] | null) {
  let views = derived.get(base);
  if (!views) {
    views = new Map();
    derived.set(base, views);
  }
  const key = departments ? `departments:${[...departments].sort().join()}` : 'all';
  let scope = views.get(key);
  if (!scope) {
    scope = scopeView(base, departments);
    views.set(key, scope);
  }
  return scope;
}

/**
 * The CDO cockpit: the whole portfolio (a department head: their department) by pillar, field of action
 * and department with its latest approved status, the traffic-light matrix, overdue reports, decisions
 * needed, where the facts look worse than the reported status, the trend and overdue action items. The
 * facts are aggregated in the database (a few round trips for any portfolio size; see bench/cockpit.ts)
 * once per tenant (`base`, shared by all readers, and so is what each scope sees of it); only the action
 * items are read per reader.
 */
export async function cockpit(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  today = currentDay(),
  base?: Promise<CockpitBase>,
) {
  if (!canReadCockpit(actor)) throw forbidden();
  const reading = await (base ?? cockpitBase(db, tenantId, today));
  const isCdo = hasAnyRole(actor, ['cdo', 'admin']);
  const departments = isCdo
    ? null
    : actor!.roles.filter((r) => r.role === 'department_head' && r.orgUnitId).map((r) => r.orgUnitId!);
  const items = await openActionItems(db, tenantId, actor, { tree: reading.tree, today, all: isCdo });
  return { ...scopeOf(reading, departments).view, overdueItems: items.filter((i) => i.overdue) };
}

/**
 * The whole portfolio in figures for the CDO's start page, from the same reading as the cockpit: the
 * running projects by reported status, how many look worse by the facts or are off track by them, the
 * reports owed (and overdue) in open cycles, and the projects asking for a decision (the same the cockpit
 * lists: running ones).
 */
export function portfolioSummary(base: CockpitBase) {
  const { view, rows } = scopeOf(base, null);
  return {
    active: view.total,
    statusCount: view.totals,
    worse: view.disagreements.length,
    offTrack: rows.filter((r) => r.health.status === 'off_track').length,
    owed: base.owed.length,
    overdue: base.owed.filter((o) => o.dueOn < base.today).length,
    // The open cycles the owed reports belong to: one of them is where a reader goes to chase them.
    owedCycleIds: [...new Set(base.owed.map((o) => o.cycleId))],
    decisions: view.decisions.map((r) => ({ id: r.id, title: r.title })),
  };
}
