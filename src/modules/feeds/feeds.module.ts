import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './feeds.messages.ts';
import { feedsPersonalData } from './feeds.privacy.ts';
import { feedsRoutes } from './feeds.routes.tsx';
import * as tables from './feeds.table.ts';

/**
 * Feeds and calendars: Atom (RFC 4287) for the public news, per project and field of action, and the
 * city's answers; iCalendar (RFC 5545) for the public dates and, behind a personal address, a staff
 * member's due dates. Reads the lower modules' services; /abonnieren lists it all.
 */
export const feedsModule: ModuleManifest = {
  name: 'feeds',
  layer: 'pages',
  messages,
  tables: tablesIn(tables),
  permissions: {},
  personalData: feedsPersonalData,
  nav: [{ area: 'footer', href: '/abonnieren', label: 'footer.subscribe', order: 65 }],
  notices: {
    calendarCreated: 'notice.calendarCreated',
    calendarRenewed: 'notice.calendarRenewed',
    calendarRemoved: 'notice.calendarRemoved',
  },
  sitemap: async () => [{ path: '/abonnieren' }],
  routes: feedsRoutes,
};
