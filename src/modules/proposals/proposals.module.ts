import type { ModuleManifest } from '../../platform/module.ts';
import { pruneStagedAttachments } from './attachments.service.ts';
import { registerProposalsApi } from './proposals.api.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsRoutes } from './proposals.routes.tsx';

/** Participation: submit, moderate, browse and follow proposals. */
export const proposalsModule: ModuleManifest = {
  name: 'proposals',
  layer: 'participation',
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
  ],
};
