import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const COCKPIT_PERMISSIONS = {
  /** The cockpit: the CDO team sees the whole portfolio, a department head their department. */
  'cockpit:read': ['cdo', 'admin', 'department_head'],
} as const satisfies Permissions;

/** Whoever opens the cockpit (the CDO team all of it, a department head their department). */
export function canReadCockpit(actor: Actor | null): boolean {
  return granted(actor, COCKPIT_PERMISSIONS, 'cockpit:read');
}
