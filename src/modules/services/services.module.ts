import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { registerServicesApi } from './services.api.ts';
import * as messages from './services.messages.ts';
import { SERVICE_PERMISSIONS } from './services.policy.ts';
import { openDataServices, serviceTexts } from './services.queries.ts';
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
  translatable: [
    {
      // The catalogue is public as a whole; the names are the city's own, in German. The maturity levels
      // are shipped in every language (shippedRow), and a city cannot reword them.
      type: 'online_service',
      label: 'translatable.online_service',
      fields: ['name'],
      originals: async (db, tenantId, ids) =>
        (await serviceTexts(db, tenantId, ids)).map(({ id, name }) => ({ id, lang: 'de', fields: { name } })),
    },
  ],
  sitemap: async () => [{ path: '/onlinedienste' }],
  exports: [
    {
      slug: 'onlinedienste',
      fields: [
        { name: 'leika_key', type: 'string' },
        { name: 'name', type: 'string' },
        { name: 'office', type: 'string' },
        { name: 'url', type: 'string' },
        { name: 'maturity_model', type: 'string' },
        { name: 'maturity_level', type: 'integer' },
        { name: 'maturity_level_name', type: 'string' },
        { name: 'projects', type: 'list' },
        { name: 'modified', type: 'date-time' },
      ],
      key: ['leika_key'],
      modified: 'modified',
      themes: ['GOVE', 'TECH'],
      page: openDataServices,
    },
  ],
  routes: servicesRoutes,
  api: registerServicesApi,
};
