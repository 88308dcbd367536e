import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const IDEA_PERMISSIONS = {
  /** See the project ideas in the back office. */
  'idea:read': STAFF_ROLES,
  /** Condense proposals into project ideas: the CDO team. */
  'idea:create': ['cdo', 'admin'],
} as const satisfies Permissions;

/** Only the CDO team condenses proposals into ideas. */
export function canManageIdeas(actor: Actor | null) {
  return granted(actor, IDEA_PERMISSIONS, 'idea:create');
}
