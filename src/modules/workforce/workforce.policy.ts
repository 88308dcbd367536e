import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, type OrgTree } from '../orgs/orgs.policy.ts';

export const WORKFORCE_PERMISSIONS = {
  /** Read the process inventory and the training overview: every employee. */
  'workforce:read': ['staff', 'project_lead', 'office_head', 'department_head', 'cdo', 'moderator', 'admin'],
  /** Record trainings and their participants: the CDO team (with the personnel office's lists). */
  'training:manage': ['cdo', 'admin'],
} as const satisfies Permissions;

export function canManageTrainings(actor: Actor | null): boolean {
  return granted(actor, WORKFORCE_PERMISSIONS, 'training:manage');
}

/** The CDO team keeps every office's inventory; an office head their own office's. */
export function canEditProcesses(actor: Actor | null, officeId: string, tree: OrgTree): boolean {
  return canManageTrainings(actor) || holdsRoleOver(actor, tree, 'office_head', officeId);
}
