import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './council.messages.ts';
import { COUNCIL_PERMISSIONS } from './council.policy.ts';
import { councilRoutes } from './council.routes.tsx';
import { isWeeklyFullRun, syncAllCouncils, syncCouncil } from './council.service.ts';
import * as tables from './council.table.ts';

/**
 * The council information system through OParl 1.1: papers, meetings and their results, read hourly, so
 * an agenda or a report links to the paper the council decided on instead of a typed-in address.
 */
export const councilModule: ModuleManifest = {
  name: 'council',
  layer: 'organisation',
  messages,
  permissions: COUNCIL_PERMISSIONS,
  tables: tablesIn(tables),
  jobs: (deps) => [
    {
      // Every tenant with a council information system, asking only for what changed since the last run.
      name: 'council-sync-all',
      cron: '17 * * * *',
      expireInSeconds: 3600,
      handler: async () => {
        const outcomes = await syncAllCouncils(deps.database.db, {
          allowPrivateHosts: deps.config.oparlAllowPrivateHosts,
          full: isWeeklyFullRun(new Date()),
        });
        // Pages showing linked papers' results are served from memory: what changed turns them stale.
        for (const [tenantId, o] of Object.entries(outcomes))
          if (o && o.papers + o.meetings > 0) deps.cache.invalidate(tenantId);
        return outcomes;
      },
    },
    {
      // One tenant's run, started by the CDO team's "synchronise now".
      name: 'council-sync',
      expireInSeconds: 3600,
      handler: async (data: { tenantId: string }) => {
        const outcome = await syncCouncil(deps.database.db, data.tenantId, {
          allowPrivateHosts: deps.config.oparlAllowPrivateHosts,
        });
        if (outcome && outcome.papers + outcome.meetings > 0) deps.cache.invalidate(data.tenantId);
        return outcome;
      },
    },
  ],
  nav: [
    {
      area: 'internal',
      href: '/intern/rat',
      label: 'nav.internal.council',
      order: 105,
      roles: COUNCIL_PERMISSIONS['council:manage'],
    },
  ],
  notices: {
    councilSynced: 'council.synced',
    councilSyncQueued: 'council.syncQueued',
    councilSyncFailed: 'council.syncFailed',
    councilDisconnected: 'council.disconnected',
    paperLinked: 'council.paperLinked',
    paperUnlinked: 'council.paperUnlinked',
  },
  routes: councilRoutes,
};
