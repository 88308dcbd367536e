import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, type OrgTree } from '../orgs/orgs.policy.ts';
import type { Project } from '../projects/projects.table.ts';

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
} as const satisfies Permissions;

/** The CDO team plans and opens review cycles. */
export function canManageCycles(actor: Actor | null): boolean {
  return granted(actor, REVIEW_PERMISSIONS, 'cycle:manage');
}
