import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { ideasJourney } from './ideas.journey.ts';
import * as messages from './ideas.messages.ts';
import { IDEA_PERMISSIONS } from './ideas.policy.ts';
import { ideaTexts } from './ideas.queries.ts';
import { ideasRoutes } from './ideas.routes.tsx';
import { seedIdeas } from './ideas.seed.ts';
import { openDataIdeas } from './ideas.service.ts';
import * as tables from './ideas.table.ts';

/** Project ideas condensed from proposals, with their provenance. */
export const ideasModule: ModuleManifest = {
  name: 'ideas',
  layer: 'ideas',
  seed: seedIdeas,
  messages,
  journey: [ideasJourney],
  tables: tablesIn(tables),
  permissions: IDEA_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/ideen',
      label: 'nav.internal.ideas',
      order: 70,
      roles: IDEA_PERMISSIONS['idea:read'],
    },
  ],
  routes: ideasRoutes,
  translatable: [
    {
      // Written by the CDO team in the city's language when proposals are condensed.
      type: 'idea',
      label: 'translatable.idea',
      fields: ['title', 'description'],
      events: ['idea.created'],
      originals: async (db, tenantId, ids) =>
        (await ideaTexts(db, tenantId, ids)).map(({ id, ...fields }) => ({ id, lang: 'de', fields })),
    },
  ],
  exports: [
    {
      slug: 'projektideen',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'number', type: 'string' },
        { name: 'title', type: 'string' },
        { name: 'description', type: 'string' },
        { name: 'field_of_action', type: 'string' },
        { name: 'state', type: 'string' },
        { name: 'created_at', type: 'date-time' },
        { name: 'proposal_count', type: 'integer' },
        { name: 'proposals', type: 'list' },
      ],
      key: ['id'],
      themes: ['GOVE', 'SOCI'],
      page: openDataIdeas,
      translated: [
        { field: 'title', type: 'idea' },
        { field: 'description', type: 'idea' },
      ],
    },
  ],
};
