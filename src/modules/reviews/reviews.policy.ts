import { type Actor, hasRole } from '../../platform/auth/actor.ts';
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

/** The CDO team plans and opens review cycles. */
export function canManageCycles(actor: Actor | null): boolean {
  return hasRole(actor, 'cdo') || hasRole(actor, 'admin');
}
