import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { pruneStagedAttachments } from './attachments.service.ts';
import { registerProposalsApi } from './proposals.api.ts';
import * as messages from './proposals.messages.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsPersonalData } from './proposals.privacy.ts';
import { publicProposalTexts, publishedProposalPages } from './proposals.queries.ts';
import { proposalsRoutes } from './proposals.routes.tsx';
import { seedProposals } from './proposals.seed.ts';
import * as tables from './proposals.table.ts';
import { warmUpHints } from './similar.service.ts';

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
  sitemap: async (db, tenantId) =>
    (await publishedProposalPages(db, tenantId)).map((p) => ({
      path: `/mitmachen/vorschlaege/${p.id}`,
      modified: p.modified,
    })),
  translatable: [
    {
      // In the language it was written in (detected on intake).
      type: 'proposal',
      label: 'translatable.proposal',
      fields: ['title', 'body'],
      events: ['proposal.moderated'],
      originals: async (db, tenantId, ids) =>
        (await publicProposalTexts(db, tenantId, ids)).map((p) => ({
          id: p.id,
          lang: p.lang,
          fields: { title: p.title, body: p.body },
        })),
    },
    {
      // The city's answer, written in German whatever the proposal's language.
      type: 'proposal_answer',
      label: 'translatable.proposal_answer',
      fields: ['text'],
      events: ['proposal.answered'],
      originals: async (db, tenantId, ids) =>
        (await publicProposalTexts(db, tenantId, ids))
          .filter((p) => p.answerText)
          .map((p) => ({ id: p.id, lang: 'de', fields: { text: p.answerText } })),
    },
  ],
  // The thank-you page names the reference of a proposal not yet published.
  privatePaths: ['/mitmachen/danke'],
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
  warmUp: (deps) => warmUpHints(deps.database.db),
};
