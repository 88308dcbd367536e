import type { ModuleManifest } from '../../platform/module.ts';
import { registerAgendasApi } from './agendas.api.ts';
import { AGENDA_PERMISSIONS } from './agendas.policy.ts';
import { agendasRoutes } from './agendas.routes.tsx';

/** The annual agenda: drafted from ranked ideas and running projects, versioned, adopted by the council. */
export const agendasModule: ModuleManifest = {
  name: 'agendas',
  layer: 'outputs',
  permissions: AGENDA_PERMISSIONS,
  routes: agendasRoutes,
  api: registerAgendasApi,
};
