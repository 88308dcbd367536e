import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import type { Project } from '../projects/projects.service.ts';
import type { ActionItem, ReviewMeeting } from './reviews.table.ts';

/** The office head of the owning office (or a head of a unit above it at office level) approves or returns. */
export function canApproveReport(
  actor: Actor | null,
  p: Pick<Project, 'ownerOrgUnitId'>,
  tree: OrgTree,
): boolean {
  return holdsRoleOver(actor, tree, 'office_head', p.ownerOrgUnitId);
}

export const REVIEW_PERMISSIONS = {
  /** See the queue of submitted reports (approving one is a record-level rule: canApproveReport). */
  'report:read-queue': STAFF_ROLES,
  /** Plan and open review cycles: the CDO team. */
  'cycle:manage': ['cdo', 'admin'],
  /** The cockpit: the CDO team sees the whole portfolio, a department head their department. */
  'cockpit:read': ['cdo', 'admin', 'department_head'],
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
 * Who records a review meeting and its decisions and action items: the head of the unit that met (an office
 * head for an office, a department head for a department, or a head above it), and the CDO team at any level.
 */
export function canHoldMeeting(
  actor: Actor | null,
  meeting: Pick<ReviewMeeting, 'level' | 'orgUnitId'>,
  tree: OrgTree,
): boolean {
  if (isPortfolioManager(actor)) return true;
  if (meeting.level === 'cdo' || !meeting.orgUnitId) return false;
  return (
    holdsRoleOver(actor, tree, 'department_head', meeting.orgUnitId) ||
    (meeting.level === 'office' && holdsRoleOver(actor, tree, 'office_head', meeting.orgUnitId))
  );
}

/** An action item is ticked off by its owner or by whoever manages the meeting it came from. */
export function canUpdateActionItem(
  actor: Actor | null,
  item: Pick<ActionItem, 'ownerAccountId'>,
  meeting: Pick<ReviewMeeting, 'level' | 'orgUnitId'>,
  tree: OrgTree,
): boolean {
  return !!actor && (item.ownerAccountId === actor.accountId || canHoldMeeting(actor, meeting, tree));
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

/**
 * Who sees a review meeting: whoever may record it, whoever owns one of its action items, and the staff of
 * the department it belongs to; CDO rounds the CDO team and the department heads.
 */
export function canSeeMeeting(
  actor: Actor | null,
  meeting: Pick<ReviewMeeting, 'level' | 'orgUnitId'>,
  tree: OrgTree,
  ownsItem = false,
): boolean {
  if (ownsItem || canHoldMeeting(actor, meeting, tree)) return true;
  if (!meeting.orgUnitId) return (actor?.roles ?? []).some((r) => r.role === 'department_head');
  const dep = tree.departmentOf(meeting.orgUnitId);
  return !!dep && (visibleDepartments(actor, tree)?.has(dep.id) ?? true);
}
