import type { ModuleManifest } from '../../platform/module.ts';
import { registerProjectsApi } from './projects.api.ts';
import { PROJECT_PERMISSIONS } from './projects.policy.ts';
import { projectsRoutes } from './projects.routes.tsx';

/** The portfolio: projects and milestones, public and in the back office. */
export const projectsModule: ModuleManifest = {
  name: 'projects',
  permissions: PROJECT_PERMISSIONS,
  routes: projectsRoutes,
  api: registerProjectsApi,
};
