import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './legal.messages.ts';
import { legalRoutes } from './legal.routes.tsx';
import { LEGAL_PERMISSIONS, remindAccessibilityFeedback } from './legal.service.ts';
import * as tables from './legal.table.ts';

/** Imprint, privacy, accessibility, how Rathaus computes, cookies: linked from every page's footer. */
export const legalModule: ModuleManifest = {
  name: 'legal',
  layer: 'organisation',
  messages,
  permissions: LEGAL_PERMISSIONS,
  tables: tablesIn(tables),
  jobs: (deps) => [
    {
      // Reports due within a week, and overdue ones: the administration hears of each once.
      name: 'accessibility-feedback-reminders',
      cron: '0 7 * * *',
      handler: () => remindAccessibilityFeedback(deps),
    },
  ],
  nav: [
    { area: 'footer', href: '/impressum', label: 'footer.imprint', order: 10 },
    { area: 'footer', href: '/datenschutz', label: 'footer.privacy', order: 20 },
    { area: 'footer', href: '/barrierefreiheit', label: 'footer.accessibility', order: 30 },
    { area: 'footer', href: '/transparenz/algorithmen', label: 'footer.algorithms', order: 40 },
    { area: 'footer', href: '/cookies', label: 'footer.cookies', order: 50 },
    { area: 'footer', href: '/leichte-sprache', label: 'footer.easy', order: 35 },
    {
      area: 'internal',
      href: '/intern/barrierefreiheit',
      label: 'nav.internal.accessibility',
      order: 210,
      roles: LEGAL_PERMISSIONS['accessibility:answer'],
    },
  ],
  notices: {
    consentGiven: 'legal.cookies.consentGiven',
    consentRefused: 'legal.cookies.consentRefused',
    feedbackSent: 'legal.feedback.sent',
    feedbackSentNoReply: 'legal.feedback.sentNoReply',
  },
  routes: legalRoutes,
};
