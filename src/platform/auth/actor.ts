import type { StaffLang } from '../i18n/langs.ts';

/** The signed-in person as the policies see them: their roles at org units. */
export interface Actor {
  accountId: string;
  tenantId: string;
  displayName: string;
  email: string;
  /** The account's language: the back office and the mails it receives speak it. */
  language?: StaffLang;
  roles: ReadonlyArray<{ role: string; orgUnitId: string | null }>;
}

/** True when the actor holds any of the roles anywhere. */
export function hasAnyRole(actor: Actor | null | undefined, roles: readonly string[]): boolean {
  return !!actor && actor.roles.some((r) => roles.includes(r.role));
}

/** Every role that belongs to the city's staff and may enter the back office. */
export const STAFF_ROLES = [
  'staff',
  'project_lead',
  'office_head',
  'department_head',
  'cdo',
  'moderator',
  'admin',
] as const;
