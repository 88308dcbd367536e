import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const AGENDA_PERMISSIONS = {
  /** Draft, version, submit the annual agenda and record the council's decision: the CDO team only. */
  'agenda:manage': ['cdo', 'admin'],
  /** Read drafts in the back office. */
  'agenda:read': ['cdo', 'admin', 'department_head', 'office_head'],
} as const satisfies Permissions;

export function canManageAgenda(actor: Actor | null): boolean {
  return granted(actor, AGENDA_PERMISSIONS, 'agenda:manage');
}
