import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const COUNCIL_PERMISSIONS = {
  /** Configure the council information system and start its synchronisation: the CDO team. */
  'council:manage': ['cdo', 'admin'],
  /** Link a council paper to an agenda or a report (the pages that link check their own rights too). */
  'council:link': ['cdo', 'admin'],
} as const satisfies Permissions;

export function canManageCouncil(actor: Actor | null): boolean {
  return granted(actor, COUNCIL_PERMISSIONS, 'council:manage');
}

export function canLinkPaper(actor: Actor | null): boolean {
  return granted(actor, COUNCIL_PERMISSIONS, 'council:link');
}
