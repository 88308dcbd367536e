import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import type { OrgUnit } from './orgs.table.ts';

/** The tenant's org tree, for "is this unit inside that one" questions. */
export class OrgTree {
  private readonly parent = new Map<string, string | null>();
  readonly byId = new Map<string, OrgUnit>();

  constructor(units: readonly OrgUnit[]) {
    for (const u of units) {
      this.parent.set(u.id, u.parentId);
      this.byId.set(u.id, u);
    }
  }

  /** True when `unitId` is `ancestorId` or lies below it. */
  isWithin(unitId: string, ancestorId: string): boolean {
    let cur: string | null | undefined = unitId;
    for (let guard = 0; cur && guard < 50; guard++) {
      if (cur === ancestorId) return true;
      cur = this.parent.get(cur);
    }
    return false;
  }

  /** The department an office belongs to (or the unit itself when it is one). */
  departmentOf(unitId: string): OrgUnit | undefined {
    return this.nearest(unitId, 'department');
  }

  /** The office a unit belongs to (the unit itself when it is one): none for a department or above. */
  officeOf(unitId: string): OrgUnit | undefined {
    return this.nearest(unitId, 'office');
  }

  /** The unit itself or the closest one above it of that kind. */
  private nearest(unitId: string, kind: OrgUnit['kind']): OrgUnit | undefined {
    let cur = this.byId.get(unitId);
    for (let guard = 0; cur && guard < 50; guard++) {
      if (cur.kind === kind) return cur;
      cur = cur.parentId ? this.byId.get(cur.parentId) : undefined;
    }
    return undefined;
  }

  offices(): OrgUnit[] {
    return [...this.byId.values()].filter((u) => u.kind === 'office');
  }
}

/** True when the actor holds `role` at `unitId` or at any unit above it. */
export function holdsRoleOver(actor: Actor | null, tree: OrgTree, role: string, unitId: string): boolean {
  if (!actor) return false;
  return actor.roles.some(
    (r) => r.role === role && r.orgUnitId !== null && tree.isWithin(unitId, r.orgUnitId),
  );
}

/** The CDO team and admins see and steer the whole portfolio. */
export function isPortfolioManager(actor: Actor | null): boolean {
  return hasAnyRole(actor, ['cdo', 'admin']);
}

export const ORG_PERMISSIONS = {
  /** Accounts (invite, roles, deactivate), the org chart and the partner organisations: administrators. */
  'organisation:manage': ['admin'],
} as const satisfies Permissions;

/** Administrators keep the city's accounts, org chart and partners. */
export function canManageOrganisation(actor: Actor | null): boolean {
  return granted(actor, ORG_PERMISSIONS, 'organisation:manage');
}
