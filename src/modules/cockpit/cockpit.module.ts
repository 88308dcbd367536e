import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './cockpit.messages.ts';
import { COCKPIT_PERMISSIONS } from './cockpit.policy.ts';
import { cockpitRoutes } from './cockpit.routes.tsx';

/** The CDO cockpit: the portfolio at a glance, by department, pillar and field, with trends and what is overdue. */
export const cockpitModule: ModuleManifest = {
  name: 'cockpit',
  layer: 'control',
  messages,
  permissions: COCKPIT_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/cockpit',
      label: 'nav.internal.cockpit',
      order: 20,
      roles: COCKPIT_PERMISSIONS['cockpit:read'],
    },
  ],
  routes: cockpitRoutes,
};
