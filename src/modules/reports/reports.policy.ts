import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const PROGRESS_REPORT_PERMISSIONS = {
  /** Draft and publish progress reports for the council and the public: the CDO team. */
  'reporting:manage': ['cdo', 'admin'],
} as const satisfies Permissions;

export function canManageProgressReports(actor: Actor | null): boolean {
  return granted(actor, PROGRESS_REPORT_PERMISSIONS, 'reporting:manage');
}
