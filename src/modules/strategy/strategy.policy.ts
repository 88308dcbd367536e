import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { holdsRoleOver, type OrgTree } from '../orgs/orgs.policy.ts';
import type { Kpi } from './strategy.table.ts';

export const STRATEGY_PERMISSIONS = {
  /** Goals, the charter links and KPI definitions: the CDO team. */
  'strategy:manage': ['cdo', 'admin'],
  /** See the strategy back office (KPI measurements are a record-level rule, canMeasureKpi). */
  'strategy:read': ['cdo', 'admin', 'office_head', 'department_head', 'project_lead', 'staff', 'moderator'],
} as const satisfies Permissions;

export function canManageStrategy(actor: Actor | null): boolean {
  return granted(actor, STRATEGY_PERMISSIONS, 'strategy:manage');
}

/** The CDO team records measurements of any KPI; an office head those of KPIs their office owns. */
export function canMeasureKpi(actor: Actor | null, kpi: Pick<Kpi, 'ownerOrgUnitId'>, tree: OrgTree): boolean {
  if (canManageStrategy(actor)) return true;
  return !!kpi.ownerOrgUnitId && holdsRoleOver(actor, tree, 'office_head', kpi.ownerOrgUnitId);
}
