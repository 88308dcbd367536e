import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './site.messages.ts';
import { SITE_PERMISSIONS, siteRoutes } from './site.routes.tsx';

/** Start page, legal pages, back-office start page. */
export const siteModule: ModuleManifest = {
  name: 'site',
  layer: 'pages',
  messages,
  permissions: SITE_PERMISSIONS,
  nav: [
    { area: 'public', href: '/', label: 'nav.home', order: 10 },
    { area: 'footer', href: '/impressum', label: 'footer.imprint', order: 10 },
    { area: 'footer', href: '/datenschutz', label: 'footer.privacy', order: 20 },
    { area: 'footer', href: '/barrierefreiheit', label: 'footer.accessibility', order: 30 },
    { area: 'footer', href: '/transparenz/algorithmen', label: 'footer.algorithms', order: 40 },
    { area: 'footer', href: '/cookies', label: 'footer.cookies', order: 50 },
    {
      area: 'internal',
      href: '/intern',
      label: 'nav.internal.overview',
      order: 10,
      roles: SITE_PERMISSIONS['backoffice:enter'],
    },
  ],
  routes: siteRoutes,
};
