import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './site.messages.ts';
import { SITE_PERMISSIONS, siteRoutes } from './site.routes.tsx';

/** Start page and back-office start page. */
export const siteModule: ModuleManifest = {
  name: 'site',
  layer: 'pages',
  messages,
  permissions: SITE_PERMISSIONS,
  nav: [
    { area: 'public', href: '/', label: 'nav.home', order: 10 },
    {
      area: 'internal',
      href: '/intern',
      label: 'nav.internal.overview',
      order: 10,
      roles: SITE_PERMISSIONS['backoffice:enter'],
    },
    {
      area: 'internal',
      href: '/intern/fuer-mich',
      label: 'nav.internal.forMe',
      order: 12,
      roles: SITE_PERMISSIONS['backoffice:enter'],
    },
  ],
  routes: siteRoutes,
};
