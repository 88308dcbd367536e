import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './workforce.messages.ts';
import { WORKFORCE_PERMISSIONS } from './workforce.policy.ts';
import { workforceRoutes } from './workforce.routes.tsx';
import { seedWorkforce } from './workforce.seed.ts';
import * as tables from './workforce.table.ts';

/** Administration work beyond projects: the process inventory per office and the trainings with coverage. */
export const workforceModule: ModuleManifest = {
  name: 'workforce',
  layer: 'outputs',
  seed: seedWorkforce,
  messages,
  tables: tablesIn(tables),
  permissions: WORKFORCE_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/prozesse',
      label: 'nav.internal.processes',
      order: 120,
      roles: WORKFORCE_PERMISSIONS['workforce:read'],
    },
    {
      area: 'internal',
      href: '/intern/schulungen',
      label: 'nav.internal.trainings',
      order: 130,
      roles: WORKFORCE_PERMISSIONS['workforce:read'],
    },
  ],
  routes: workforceRoutes,
};
