import type { ModuleManifest } from '../../platform/module.ts';
import { orgsRoutes } from './orgs.routes.tsx';

/** Tenants, org chart, accounts and roles; sign-in, sign-out and the language switch. */
export const orgsModule: ModuleManifest = {
  name: 'orgs',
  layer: 'organisation',
  permissions: {},
  routes: orgsRoutes,
};
