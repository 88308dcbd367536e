import type { Actor } from '../../platform/auth/actor.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import { visibleDepartments } from '../reviews/reviews.policy.ts';
import type { ActionItem, ReviewMeeting } from './meetings.table.ts';

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
