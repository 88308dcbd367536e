import type { Permissions } from '../../platform/permissions.ts';

export const TRANSLATION_PERMISSIONS = {
  /** Correct and review translations, keep the glossary, lift a pause: the CDO team and administrators. */
  'translation:review': ['cdo', 'admin'],
} as const satisfies Permissions;
