import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './orgs.messages.ts';
import { ORG_PERMISSIONS } from './orgs.policy.ts';
import { orgsPersonalData } from './orgs.privacy.ts';
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
  personalData: orgsPersonalData,
  permissions: ORG_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/verwaltung/konten',
      label: 'nav.internal.admin',
      order: 90,
      roles: ORG_PERMISSIONS['organisation:manage'],
    },
  ],
  notices: {
    loggedOut: 'notice.loggedOut',
    sessionEnded: 'notice.sessionEnded',
    loggedIn: 'notice.loggedIn',
    emailConfirmed: 'notice.emailConfirmed',
    passwordChanged: 'notice.passwordChanged',
    passwordUpdated: 'notice.passwordUpdated',
    passkeyAdded: 'notice.passkeyAdded',
    passkeyRemoved: 'notice.passkeyRemoved',
    passkeyRenamed: 'notice.passkeyRenamed',
  },
  // Confirmation and reset links carry their tokens.
  privatePaths: ['/registrieren/bestaetigen', '/passwort-neu'],
  routes: orgsRoutes,
};
