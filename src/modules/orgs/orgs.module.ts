import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './orgs.messages.ts';
import { orgsRoutes } from './orgs.routes.tsx';
import { seedOrgs } from './orgs.seed.ts';
import * as tables from './orgs.table.ts';

/** Tenants, org chart, accounts and roles; sign-in, sign-out and the language switch. */
export const orgsModule: ModuleManifest = {
  name: 'orgs',
  layer: 'organisation',
  seed: seedOrgs,
  messages,
  tables: tablesIn(tables),
  permissions: {},
  notices: {
    loggedOut: 'notice.loggedOut',
    loggedIn: 'notice.loggedIn',
  },
  routes: orgsRoutes,
};
