import type { ModuleManifest } from '../../platform/module.ts';
import { WORKFORCE_PERMISSIONS } from './workforce.policy.ts';
import { workforceRoutes } from './workforce.routes.tsx';

/** Administration work beyond projects: the process inventory per office and the trainings with coverage. */
export const workforceModule: ModuleManifest = {
  name: 'workforce',
  layer: 'outputs',
  permissions: WORKFORCE_PERMISSIONS,
  routes: workforceRoutes,
};
