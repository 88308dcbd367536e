import type { ModuleManifest } from '../../platform/module.ts';
import { WORKSHOP_PERMISSIONS } from './workshops.policy.ts';
import { workshopsRoutes } from './workshops.routes.tsx';

/** Co-creation workshops and the proposals staff enter for their participants. */
export const workshopsModule: ModuleManifest = {
  name: 'workshops',
  layer: 'participation',
  permissions: WORKSHOP_PERMISSIONS,
  routes: workshopsRoutes,
};
