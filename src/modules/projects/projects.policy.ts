import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import type { Project } from './projects.table.ts';

export const PROJECT_PERMISSIONS = {
  /** See every project, internal ones too, in the back office. */
  'project:read-internal': STAFF_ROLES,
  /** Open projects in the portfolio: the CDO team. Editing one is a record-level rule (canEditProject). */
  'project:create': ['cdo', 'admin'],
} as const satisfies Permissions;

/** Staff see every project, internal ones too; the public only public ones. */
export function canViewProject(actor: Actor | null, p: Pick<Project, 'visibility'>): boolean {
  return p.visibility === 'public' || granted(actor, PROJECT_PERMISSIONS, 'project:read-internal');
}

/** Only the CDO team opens projects in the portfolio. */
export function canCreateProject(actor: Actor | null): boolean {
  return granted(actor, PROJECT_PERMISSIONS, 'project:create');
}

/**
 * Who may change a project and report on it: its lead, a project lead or office head of the owning
 * office (or a unit above it), and the CDO team. A lead of office A never edits office B's project.
 */
export function canEditProject(
  actor: Actor | null,
  p: Pick<Project, 'leadAccountId' | 'ownerOrgUnitId'>,
  tree: OrgTree,
): boolean {
  if (!actor) return false;
  if (isPortfolioManager(actor)) return true;
  if (p.leadAccountId === actor.accountId) return true;
  return (
    holdsRoleOver(actor, tree, 'project_lead', p.ownerOrgUnitId) ||
    holdsRoleOver(actor, tree, 'office_head', p.ownerOrgUnitId)
  );
}
