import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { registerServicesApi } from './services.api.ts';
import * as messages from './services.messages.ts';
import { SERVICE_PERMISSIONS } from './services.policy.ts';
import { servicesRoutes } from './services.routes.tsx';
import { seedServices } from './services.seed.ts';
import * as tables from './services.table.ts';

/** The catalogue of online services on a configurable maturity model (OZG 1.1 and 2.0 shipped as data). */
export const servicesModule: ModuleManifest = {
  name: 'services',
  layer: 'outputs',
  seed: seedServices,
  messages,
  tables: tablesIn(tables),
  permissions: SERVICE_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/onlinedienste',
      label: 'nav.internal.services',
      order: 110,
      roles: SERVICE_PERMISSIONS['service:read'],
    },
  ],
  sitemap: async () => [{ path: '/onlinedienste' }],
  routes: servicesRoutes,
  api: registerServicesApi,
};
