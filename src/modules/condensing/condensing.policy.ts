import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const CONDENSING_PERMISSIONS = {
  /** Confirm fields of action for proposals (with the suggester's help). */
  'proposal:categorise': ['moderator', 'cdo', 'admin'],
} as const satisfies Permissions;

/** Who confirms fields of action for proposals. */
export function canCategoriseProposals(actor: Actor | null): boolean {
  return granted(actor, CONDENSING_PERMISSIONS, 'proposal:categorise');
}
