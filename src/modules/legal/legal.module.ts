import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './legal.messages.ts';
import { legalRoutes } from './legal.routes.tsx';

/** Imprint, privacy, accessibility, how Rathaus computes, cookies: linked from every page's footer. */
export const legalModule: ModuleManifest = {
  name: 'legal',
  layer: 'organisation',
  messages,
  permissions: {},
  nav: [
    { area: 'footer', href: '/impressum', label: 'footer.imprint', order: 10 },
    { area: 'footer', href: '/datenschutz', label: 'footer.privacy', order: 20 },
    { area: 'footer', href: '/barrierefreiheit', label: 'footer.accessibility', order: 30 },
    { area: 'footer', href: '/transparenz/algorithmen', label: 'footer.algorithms', order: 40 },
    { area: 'footer', href: '/cookies', label: 'footer.cookies', order: 50 },
  ],
  notices: { consentGiven: 'legal.cookies.consentGiven', consentRefused: 'legal.cookies.consentRefused' },
  routes: legalRoutes,
};
