import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const WORKSHOP_PERMISSIONS = {
  /** Record co-creation workshops and enter their participants' proposals. */
  'workshop:manage': ['moderator', 'cdo', 'admin'],
} as const satisfies Permissions;

/** Who records workshops and enters proposals on behalf of their participants. */
export function canManageWorkshops(actor: Actor | null): boolean {
  return granted(actor, WORKSHOP_PERMISSIONS, 'workshop:manage');
}
