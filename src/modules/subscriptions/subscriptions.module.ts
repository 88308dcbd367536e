import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './subscriptions.messages.ts';
import { subscriptionsPersonalData } from './subscriptions.privacy.ts';
import { subscriptionReactions } from './subscriptions.reactions.ts';
import { subscriptionsRoutes } from './subscriptions.routes.tsx';
import { deliverDigests, deliverImmediate, pruneUnconfirmed } from './subscriptions.service.ts';
import * as tables from './subscriptions.table.ts';

/** Following proposals by e-mail: double opt-in, immediate mail or a weekly digest, one-click unsubscribe. */
export const subscriptionsModule: ModuleManifest = {
  name: 'subscriptions',
  layer: 'participation',
  messages,
  tables: tablesIn(tables),
  personalData: subscriptionsPersonalData,
  permissions: {},
  // A follower's management link and the confirmation link carry their tokens.
  privatePaths: ['/benachrichtigungen'],
  routes: subscriptionsRoutes,
  events: subscriptionReactions,
  jobs: (deps) => [
    // Every minute for all tenants; a job sent with { tenantId } delivers one tenant's at once.
    {
      name: 'notifications-immediate',
      cron: '* * * * *',
      handler: (data: { tenantId?: string }) => deliverImmediate(deps, { tenantId: data.tenantId }),
    },
    // Mondays 07:00 UTC.
    {
      name: 'notifications-digest',
      cron: '0 7 * * 1',
      handler: (data: { tenantId?: string }) => deliverDigests(deps, { tenantId: data.tenantId }),
    },
    { name: 'subscriptions-prune', cron: '15 3 * * *', handler: () => pruneUnconfirmed(deps.database.db) },
  ],
};
