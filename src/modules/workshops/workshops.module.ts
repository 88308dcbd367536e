import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './workshops.messages.ts';
import { WORKSHOP_PERMISSIONS } from './workshops.policy.ts';
import { workshopsRoutes } from './workshops.routes.tsx';
import { seedWorkshops } from './workshops.seed.ts';
import * as tables from './workshops.table.ts';

/** Co-creation workshops and the proposals staff enter for their participants. */
export const workshopsModule: ModuleManifest = {
  name: 'workshops',
  layer: 'participation',
  seed: seedWorkshops,
  messages,
  tables: tablesIn(tables),
  permissions: WORKSHOP_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/werkstaetten',
      label: 'nav.internal.workshops',
      order: 60,
      roles: WORKSHOP_PERMISSIONS['workshop:manage'],
    },
  ],
  routes: workshopsRoutes,
};
