import type { ModuleManifest } from '../../platform/module.ts';
import { SITE_PERMISSIONS, siteRoutes } from './site.routes.tsx';

/** Start page, legal pages, back-office start page. */
export const siteModule: ModuleManifest = {
  name: 'site',
  layer: 'pages',
  permissions: SITE_PERMISSIONS,
  routes: siteRoutes,
};
