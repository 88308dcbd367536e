import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { REPORT_EVENTS } from './reports.events.ts';
import { reportsJourney } from './reports.journey.tsx';
import * as messages from './reports.messages.ts';
import { PROGRESS_REPORT_PERMISSIONS } from './reports.policy.ts';
import { openDataReports, publishedReportPages, publishedReportTexts } from './reports.queries.ts';
import { reportsRoutes } from './reports.routes.tsx';
import { seedReports } from './reports.seed.ts';
import { publishedItemTexts } from './reports.service.ts';
import * as tables from './reports.table.ts';

/** Progress reports for the council and the public, drafted from the approved statuses of a period. */
export const reportsModule: ModuleManifest = {
  name: 'reports',
  layer: 'outputs',
  seed: seedReports,
  messages,
  journey: [reportsJourney],
  tables: tablesIn(tables),
  permissions: PROGRESS_REPORT_PERMISSIONS,
  nav: [
    { area: 'public', href: '/berichte', label: 'nav.reports', order: 60 },
    {
      area: 'internal',
      href: '/intern/berichte',
      label: 'nav.internal.progressReports',
      order: 180,
      roles: PROGRESS_REPORT_PERMISSIONS['reporting:manage'],
    },
  ],
  notices: {
    reportPublished: 'progressReports.published',
    reportRefreshed: 'progressReports.refreshed',
    reportDeleted: 'progressReports.deleted',
  },
  translatable: [
    {
      // Published reports only; a published report never changes, so publishing is the one event.
      type: 'progress_report',
      label: 'translatable.progress_report',
      fields: ['title', 'summary'],
      events: [REPORT_EVENTS.published],
      originals: async (db, tenantId, ids) =>
        (await publishedReportTexts(db, tenantId, ids)).map(({ id, ...fields }) => ({
          id,
          lang: 'de',
          fields,
        })),
    },
    {
      // Each project's approved status summary and next steps as the published report froze them.
      type: 'progress_report_item',
      label: 'translatable.progress_report_item',
      fields: ['summary', 'outlook'],
      events: [REPORT_EVENTS.published],
      originals: publishedItemTexts,
    },
  ],
  sitemap: async (db, tenantId) =>
    (await publishedReportPages(db, tenantId)).map((r) => ({
      path: `/berichte/${r.slug}`,
      modified: r.modified,
    })),
  exports: [
    {
      slug: 'berichte',
      fields: [
        { name: 'slug', type: 'string' },
        { name: 'title', type: 'string' },
        { name: 'period', type: 'string' },
        { name: 'summary', type: 'string' },
        { name: 'published_at', type: 'date-time' },
        { name: 'projects', type: 'integer' },
        { name: 'on_track', type: 'integer' },
        { name: 'at_risk', type: 'integer' },
        { name: 'off_track', type: 'integer' },
      ],
      key: ['slug'],
      modified: 'published_at',
      themes: ['GOVE', 'TECH'],
      page: openDataReports,
    },
  ],
  routes: reportsRoutes,
};
