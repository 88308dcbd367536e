import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { REVIEW_PERMISSIONS } from '../reviews/reviews.policy.ts';
import * as messages from './meetings.messages.ts';
import { sendActionItemReminders } from './meetings.reminders.ts';
import { meetingsRoutes } from './meetings.routes.tsx';
import { seedMeetings } from './meetings.seed.ts';
import * as tables from './meetings.table.ts';

/** Review meetings with their decisions and action items; everyone's list of what they owe. */
export const meetingsModule: ModuleManifest = {
  name: 'meetings',
  layer: 'control',
  seed: seedMeetings,
  messages,
  tables: tablesIn(tables),
  permissions: {},
  nav: [
    {
      area: 'internal',
      href: '/intern/besprechungen',
      label: 'nav.internal.meetings',
      order: 160,
      roles: REVIEW_PERMISSIONS['review:read'],
    },
    {
      area: 'internal',
      href: '/intern/aufgaben',
      label: 'nav.internal.tasks',
      order: 170,
      roles: REVIEW_PERMISSIONS['review:read'],
    },
  ],
  notices: {
    meetingCreated: 'notice.meetingCreated',
    decisionRecorded: 'notice.decisionRecorded',
    itemAdded: 'notice.itemAdded',
  },
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
