import type { ModuleManifest } from '../../platform/module.ts';
import { PROPOSAL_PERMISSIONS } from '../proposals/proposals.policy.ts';
import * as messages from './moderation.messages.ts';
import { moderationRoutes } from './moderation.routes.tsx';

/** The moderation queue: proposals (filters, bulk decisions), comments and reported contributions. */
export const moderationModule: ModuleManifest = {
  name: 'moderation',
  layer: 'participation',
  messages,
  permissions: {},
  nav: [
    {
      area: 'internal',
      href: '/intern/moderation',
      label: 'nav.internal.moderation',
      order: 30,
      roles: PROPOSAL_PERMISSIONS['proposal:moderate'],
    },
  ],
  routes: moderationRoutes,
};
