import type { ModuleManifest } from '../../platform/module.ts';
import { registerServicesApi } from './services.api.ts';
import { SERVICE_PERMISSIONS } from './services.policy.ts';
import { servicesRoutes } from './services.routes.tsx';

/** The catalogue of online services on a configurable maturity model (OZG 1.1 and 2.0 shipped as data). */
export const servicesModule: ModuleManifest = {
  name: 'services',
  layer: 'outputs',
  permissions: SERVICE_PERMISSIONS,
  routes: servicesRoutes,
  api: registerServicesApi,
};
