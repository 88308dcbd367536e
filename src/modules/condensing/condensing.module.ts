import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { runClusterJob } from './cluster.service.ts';
import * as messages from './condensing.messages.ts';
import { CONDENSING_PERMISSIONS } from './condensing.policy.ts';
import { condensingRoutes } from './condensing.routes.tsx';
import * as tables from './condensing.table.ts';

/** Helping the CDO team condense: clusters of similar proposals and field-of-action suggestions. */
export const condensingModule: ModuleManifest = {
  name: 'condensing',
  layer: 'ideas',
  messages,
  tables: tablesIn(tables),
  permissions: CONDENSING_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/themenfelder',
      label: 'nav.internal.categorise',
      order: 50,
      roles: CONDENSING_PERMISSIONS['proposal:categorise'],
    },
  ],
  routes: condensingRoutes,
  jobs: (deps) => [
    // Clustering of large participation processes (more than 5,000 proposals), in a worker thread.
    {
      name: 'cluster-proposals',
      expireInSeconds: 3600,
      handler: (data: { tenantId: string; runId: string }) =>
        runClusterJob(deps.database.db, data.tenantId, data.runId),
    },
  ],
};
