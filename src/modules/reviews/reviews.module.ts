import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { reviewsJourney } from './reviews.journey.tsx';
import * as messages from './reviews.messages.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { sendReportReminders, sendRollupReminders } from './reviews.reminders.ts';
import { reviewsRoutes } from './reviews.routes.tsx';
import { seedReviews } from './reviews.seed.ts';
import * as tables from './reviews.table.ts';

/** The review calendar, cycles, status reports with their approval, and the roll-ups by level. */
export const reviewsModule: ModuleManifest = {
  name: 'reviews',
  layer: 'control',
  seed: seedReviews,
  messages,
  journey: [reviewsJourney],
  tables: tablesIn(tables),
  permissions: REVIEW_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/statusberichte',
      label: 'nav.internal.reports',
      order: 140,
      roles: REVIEW_PERMISSIONS['report:read-queue'],
    },
    {
      area: 'internal',
      href: '/intern/pruefkalender',
      label: 'nav.internal.calendar',
      order: 150,
      roles: REVIEW_PERMISSIONS['review:read'],
    },
  ],
  notices: {
    approved: 'notice.approved',
    returned: 'notice.returned',
    reportSubmitted: 'notice.reportSubmitted',
    cyclesPlanned: 'notice.cyclesPlanned',
    cyclesUnchanged: 'notice.cyclesUnchanged',
    cycleOpened: 'notice.cycleOpened',
    cycleOpenedRollup: 'notice.cycleOpenedRollup',
    cycleClosed: 'notice.cycleClosed',
    cycleRemoved: 'notice.cycleRemoved',
    cycleNotPlanned: 'notice.cycleNotPlanned',
    cycleNotRemovable: 'notice.cycleNotRemovable',
    cycleGone: 'notice.cycleGone',
    rollupSaved: 'notice.rollupSaved',
  },
  routes: reviewsRoutes,
  jobs: (deps) => [
    // Every morning: reminders before the due date and when overdue: status reports and roll-ups.
    {
      name: 'review-reminders',
      cron: '0 6 * * *',
      handler: async (data: { tenantId?: string; today?: string }) => ({
        reports: (await sendReportReminders(deps, data)).sent,
        rollups: (await sendRollupReminders(deps, data)).sent,
      }),
    },
  ],
};
