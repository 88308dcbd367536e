import type { ModuleManifest } from '../../platform/module.ts';
import { pruneStagedAttachments } from './attachments.service.ts';
import { registerProposalsApi } from './proposals.api.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsRoutes } from './proposals.routes.tsx';
import { runClusterJob } from './proposals.service.ts';

/** Participation: submit, moderate, browse and follow proposals. */
export const proposalsModule: ModuleManifest = {
  name: 'proposals',
  permissions: PROPOSAL_PERMISSIONS,
  routes: proposalsRoutes,
  api: registerProposalsApi,
  jobs: (deps) => [
    // Files of submissions never sent are deleted after a day.
    {
      name: 'attachments-prune',
      cron: '45 3 * * *',
      handler: () => pruneStagedAttachments(deps.database.db),
    },
    // Clustering of large participation processes (more than 5,000 proposals), in a worker thread.
    {
      name: 'cluster-proposals',
      expireInSeconds: 3600,
      handler: (data: { tenantId: string; runId: string }) =>
        runClusterJob(deps.database.db, data.tenantId, data.runId),
    },
  ],
};
