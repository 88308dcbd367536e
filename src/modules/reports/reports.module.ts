import type { ModuleManifest } from '../../platform/module.ts';
import { PROGRESS_REPORT_PERMISSIONS } from './reports.policy.ts';
import { reportsRoutes } from './reports.routes.tsx';

/** Progress reports for the council and the public, drafted from the approved statuses of a period. */
export const reportsModule: ModuleManifest = {
  name: 'reports',
  layer: 'outputs',
  permissions: PROGRESS_REPORT_PERMISSIONS,
  routes: reportsRoutes,
};
