import type { ModuleManifest } from '../../platform/module.ts';
import { pruneStagedAttachments } from './attachments.service.ts';
import { registerProposalsApi } from './proposals.api.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsRoutes } from './proposals.routes.tsx';
import { openDataProposals, runClusterJob } from './proposals.service.ts';

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
  exports: [
    {
      slug: 'vorschlaege',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'number', type: 'string' },
        { name: 'title', type: 'string' },
        { name: 'body', type: 'string' },
        { name: 'author_kind', type: 'string' },
        { name: 'organisation_name', type: 'string' },
        { name: 'field_of_action', type: 'string' },
        { name: 'process', type: 'string' },
        { name: 'attribution', type: 'string' },
        { name: 'language', type: 'string' },
        { name: 'state', type: 'string' },
        { name: 'created_at', type: 'date-time' },
        { name: 'published_at', type: 'date-time' },
        { name: 'source_url', type: 'string' },
        { name: 'place', type: 'string' },
        { name: 'workshop', type: 'string' },
        { name: 'support_count', type: 'integer' },
        { name: 'comment_count', type: 'integer' },
        { name: 'ideas', type: 'list' },
      ],
      page: (deps, tenantId, offset, size) => openDataProposals(deps.database.db, tenantId, offset, size),
    },
  ],
};
