import type { ModuleManifest } from '../../platform/module.ts';
import { moderationRoutes } from './moderation.routes.tsx';

/** The moderation queue: proposals (filters, bulk decisions), comments and reported contributions. */
export const moderationModule: ModuleManifest = {
  name: 'moderation',
  layer: 'participation',
  permissions: {},
  routes: moderationRoutes,
};
