import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, type OrgTree } from '../orgs/orgs.policy.ts';
import type { OnlineService } from './services.table.ts';

export const SERVICE_PERMISSIONS = {
  /** Add services to the catalogue and choose the maturity model: the CDO team. */
  'service:manage': ['cdo', 'admin'],
  /** See the catalogue's back office (updating a level is a record-level rule, canRateService). */
  'service:read': ['cdo', 'admin', 'office_head', 'department_head', 'project_lead', 'staff'],
} as const satisfies Permissions;

export function canManageServices(actor: Actor | null): boolean {
  return granted(actor, SERVICE_PERMISSIONS, 'service:manage');
}

/** The CDO team, or the head of the responsible office, updates a service's level and links. */
export function canRateService(
  actor: Actor | null,
  s: Pick<OnlineService, 'officeId'>,
  tree: OrgTree,
): boolean {
  return canManageServices(actor) || holdsRoleOver(actor, tree, 'office_head', s.officeId);
}
