import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './comments.messages.ts';
import { commentsPersonalData } from './comments.privacy.ts';
import { publishedCommentTexts } from './comments.queries.ts';
import { seedComments } from './comments.seed.ts';
import { settleReportsOfModeratedProposal } from './comments.service.ts';
import * as tables from './comments.table.ts';

/** Supports, comments with one reply level, and reports of contributions to the moderators. */
export const commentsModule: ModuleManifest = {
  name: 'comments',
  layer: 'participation',
  seed: seedComments,
  messages,
  tables: tablesIn(tables),
  personalData: commentsPersonalData,
  permissions: {},
  translatable: [
    {
      // In the language it was written in (detected on intake); translated once a moderator published it.
      type: 'comment',
      label: 'translatable.comment',
      fields: ['body'],
      originals: async (db, tenantId, ids) =>
        (await publishedCommentTexts(db, tenantId, ids)).map((c) => ({
          id: c.id,
          lang: c.language,
          fields: { body: c.body },
        })),
    },
  ],
  events: {
    // A hidden proposal settles the reports made about it, in the same transaction.
    handle: [{ on: 'proposal.moderated', handler: settleReportsOfModeratedProposal }],
  },
};
