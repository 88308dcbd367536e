import type { ModuleManifest } from '../../platform/module.ts';
import { sendActionItemReminders } from './meetings.reminders.ts';
import { meetingsRoutes } from './meetings.routes.tsx';

/** Review meetings with their decisions and action items; everyone's list of what they owe. */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  layer: 'control',
  permissions: {},
  routes: meetingsRoutes,
  jobs: (deps) => [
    // Every morning: action items three days before they are due, and once they are overdue.
    {
      name: 'meeting-reminders',
      cron: '0 6 * * *',
      handler: async (data: { tenantId?: string; today?: string }) => ({
        actionItems: (await sendActionItemReminders(deps, data)).sent,
      }),
    },
  ],
};
