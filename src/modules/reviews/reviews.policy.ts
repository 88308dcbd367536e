import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import { ACTIVE_PHASES, type Project } from '../projects/projects.service.ts';

/** The office head of the owning office (or a head of a unit above it at office level) approves or returns. */
export function canApproveReport(
  actor: Actor | null,
  p: Pick<Project, 'ownerOrgUnitId'>,
  tree: OrgTree,
): boolean {
  return holdsRoleOver(actor, tree, 'office_head', p.ownerOrgUnitId);
}

/**
 * Whether a project owes (or may still send) a report for an open cycle: active projects do, and so does
 * one that was asked when the cycle opened and completed or stopped since (its last report). A project
 * already completed or stopped when the cycle opened is not asked again.
 */
export function expectsReport(p: Pick<Project, 'phase'>, askedInCycle: boolean): boolean {
  return ACTIVE_PHASES.includes(p.phase) || askedInCycle;
}

/**
 * The open cycle a project's report form is for, and the other open cycles it still owes a report in. With
 * several office cycles open (the last quarter's still missing reports when the next one opens), the form
 * is for the one asked for (a task's link, a refused form), else the oldest owing one, else the newest.
 */
export function reportCycleFor<C extends { id: string; dueOn: string }>(
  p: Pick<Project, 'phase'>,
  cycles: readonly C[],
  taskCycleIds: readonly string[],
  reports: readonly { cycleId: string; state: string }[],
  asked?: string,
): { cycle: C | undefined; expected: boolean; alsoOwed: C[] } {
  const owes = (c: C) => {
    const report = reports.find((r) => r.cycleId === c.id);
    return report
      ? report.state === 'returned'
      : taskCycleIds.includes(c.id) || (c === cycles[0] && ACTIVE_PHASES.includes(p.phase));
  };
  const byDue = [...cycles].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const cycle = cycles.find((c) => c.id === asked) ?? byDue.find(owes) ?? cycles[0];
  return {
    cycle,
    expected: !!cycle && expectsReport(p, taskCycleIds.includes(cycle.id)),
    alsoOwed: byDue.filter((c) => c !== cycle && owes(c)),
  };
}

export const REVIEW_PERMISSIONS = {
  /** See the queue of submitted reports (approving one is a record-level rule: canApproveReport). */
  'report:read-queue': STAFF_ROLES,
  /** Plan and open review cycles: the CDO team. */
  'cycle:manage': ['cdo', 'admin'],
  /** The review calendar, the cycles with their roll-ups and the review meetings: every employee reads. */
  'review:read': STAFF_ROLES,
  /** Record review meetings (record-level: canHoldMeeting) and write roll-ups (department heads, the CDO). */
  'meeting:hold': ['office_head', 'department_head', 'cdo', 'admin'],
} as const satisfies Permissions;

/** The CDO team plans and opens review cycles. */
export function canManageCycles(actor: Actor | null): boolean {
  return granted(actor, REVIEW_PERMISSIONS, 'cycle:manage');
}

/**
 * The departments whose reviews the actor sees: the CDO team all (undefined), everyone else the
 * department(s) they work in or head. A department head sees only their department.
 */
export function visibleDepartments(actor: Actor | null, tree: OrgTree): Set<string> | undefined {
  if (isPortfolioManager(actor)) return undefined;
  const out = new Set<string>();
  for (const r of actor?.roles ?? []) {
    const dep = r.orgUnitId ? tree.departmentOf(r.orgUnitId) : undefined;
    if (dep) out.add(dep.id);
  }
  return out;
}
