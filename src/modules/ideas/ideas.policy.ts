import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';

/** Only the CDO team condenses proposals into ideas. */
export function canManageIdeas(actor: Actor | null) {
  return hasAnyRole(actor, ['cdo', 'admin']);
}
