import type { ModuleManifest } from '../../platform/module.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { sendReportReminders, sendRollupReminders } from './reviews.reminders.ts';
import { reviewsRoutes } from './reviews.routes.tsx';

/** The review calendar, cycles, status reports with their approval, and the roll-ups by level. */
export const reviewsModule: ModuleManifest = {
  name: 'reviews',
  layer: 'control',
  permissions: REVIEW_PERMISSIONS,
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
