import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './journeys.messages.ts';
import { journeysRoutes } from './journeys.routes.tsx';
import { openDataProposals } from './journeys.service.ts';

/** A proposal's page with its whole journey, and the open data of proposals with the ideas they went into. */
export const journeysModule: ModuleManifest = {
  name: 'journeys',
  layer: 'pages',
  messages,
  permissions: {},
  sitemap: async () => [{ path: '/mitmachen/vorschlaege' }],
  routes: journeysRoutes,
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
        { name: 'answer_state', type: 'string' },
        { name: 'answer', type: 'string' },
        { name: 'answered_at', type: 'date-time' },
        { name: 'support_count', type: 'integer' },
        { name: 'comment_count', type: 'integer' },
        { name: 'ideas', type: 'list' },
      ],
      key: ['id'],
      themes: ['GOVE', 'SOCI'],
      page: openDataProposals,
      translated: [
        { field: 'title', type: 'proposal', langField: 'language' },
        { field: 'body', type: 'proposal', langField: 'language' },
        { field: 'answer', type: 'proposal_answer', from: 'text' },
      ],
    },
  ],
};
