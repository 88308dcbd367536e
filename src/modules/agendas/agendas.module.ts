import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { registerAgendasApi } from './agendas.api.ts';
import * as messages from './agendas.messages.ts';
import { AGENDA_PERMISSIONS } from './agendas.policy.ts';
import { adoptedAgendaYears, adoptedVersionTexts, openDataAgendaItems } from './agendas.queries.ts';
import { agendasRoutes } from './agendas.routes.tsx';
import { seedAgendas } from './agendas.seed.ts';
import * as tables from './agendas.table.ts';

/** The annual agenda: drafted from ranked ideas and running projects, versioned, adopted by the council. */
export const agendasModule: ModuleManifest = {
  name: 'agendas',
  layer: 'outputs',
  seed: seedAgendas,
  messages,
  tables: tablesIn(tables),
  permissions: AGENDA_PERMISSIONS,
  nav: [
    { area: 'public', href: '/agenda', label: 'nav.agenda', order: 40 },
    {
      area: 'internal',
      href: '/intern/agenda',
      label: 'nav.internal.agenda',
      order: 100,
      roles: AGENDA_PERMISSIONS['agenda:read'],
    },
  ],
  translatable: [
    {
      // The adopted version of a year's agenda, as the council adopted it; drafts are never public.
      type: 'agenda_version',
      label: 'translatable.agenda_version',
      fields: ['title', 'introduction'],
      originals: async (db, tenantId, ids) =>
        (await adoptedVersionTexts(db, tenantId, ids)).map(({ id, ...fields }) => ({
          id,
          lang: 'de',
          fields,
        })),
    },
  ],
  sitemap: async (db, tenantId) =>
    (await adoptedAgendaYears(db, tenantId)).map((a) => ({
      path: `/agenda/${a.year}`,
      modified: a.modified,
    })),
  exports: [
    {
      slug: 'agenda',
      fields: [
        { name: 'year', type: 'integer' },
        { name: 'position', type: 'integer' },
        { name: 'decision_date', type: 'date' },
        { name: 'decision_reference', type: 'string' },
        { name: 'council_document_url', type: 'string' },
        { name: 'subject_type', type: 'string' },
        { name: 'subject', type: 'string' },
        { name: 'title', type: 'string' },
      ],
      key: ['year', 'position'],
      themes: ['GOVE', 'TECH'],
      page: openDataAgendaItems,
    },
  ],
  routes: agendasRoutes,
  api: registerAgendasApi,
};
