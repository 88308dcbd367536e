import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const SCORING_PERMISSIONS = {
  /** Weights and scores: only the CDO team. */
  'scoring:manage': ['cdo', 'admin'],
  /** The ranked list and the portfolio chart in the back office. */
  'scoring:read': ['cdo', 'admin', 'department_head', 'office_head'],
} as const satisfies Permissions;

export function canManageScoring(actor: Actor | null): boolean {
  return granted(actor, SCORING_PERMISSIONS, 'scoring:manage');
}
