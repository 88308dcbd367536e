import type { ModuleManifest } from '../../platform/module.ts';
import { IDEA_PERMISSIONS } from './ideas.policy.ts';
import { ideasRoutes } from './ideas.routes.tsx';

/** Project ideas condensed from proposals, with their provenance. */
export const ideasModule: ModuleManifest = {
  name: 'ideas',
  permissions: IDEA_PERMISSIONS,
  routes: ideasRoutes,
};
