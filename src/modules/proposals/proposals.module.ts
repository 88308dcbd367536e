import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { pruneStagedAttachments } from './attachments.service.ts';
import { registerProposalsApi } from './proposals.api.ts';
import * as messages from './proposals.messages.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsPersonalData } from './proposals.privacy.ts';
import { proposalsRoutes } from './proposals.routes.tsx';
import { seedProposals } from './proposals.seed.ts';
import * as tables from './proposals.table.ts';

/** Participation: submit, moderate, browse and follow proposals. */
export const proposalsModule: ModuleManifest = {
  name: 'proposals',
  layer: 'participation',
  seed: seedProposals,
  messages,
  tables: tablesIn(tables),
  personalData: proposalsPersonalData,
  permissions: PROPOSAL_PERMISSIONS,
  nav: [{ area: 'public', href: '/mitmachen', label: 'nav.participate', order: 50 }],
  notices: {
    submitted: 'notice.submitted',
  },
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
