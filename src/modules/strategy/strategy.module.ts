import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { registerStrategyApi } from './strategy.api.ts';
import * as messages from './strategy.messages.ts';
import { STRATEGY_PERMISSIONS } from './strategy.policy.ts';
import { strategyPages, strategyTexts } from './strategy.queries.ts';
import { strategyRoutes } from './strategy.routes.tsx';
import { seedStrategy } from './strategy.seed.ts';
import * as tables from './strategy.table.ts';

/** Pillars, fields of action, goals, the Smart City Charter and KPIs; in the API and on KPI pages (the /strategie overview is the portfolio's). */
export const strategyModule: ModuleManifest = {
  name: 'strategy',
  layer: 'strategy',
  seed: seedStrategy,
  messages,
  tables: tablesIn(tables),
  permissions: STRATEGY_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/strategie',
      label: 'nav.internal.strategy',
      order: 40,
      roles: STRATEGY_PERMISSIONS['strategy:read'],
    },
  ],
  sitemap: (db, tenantId) => strategyPages(db, tenantId),
  // The strategy in the portal's languages; every record of it is public.
  translatable: (['pillar', 'field_of_action', 'goal', 'kpi'] as const).map((type) => ({
    type,
    label: `translatable.${type}`,
    fields: {
      pillar: ['name', 'description'],
      field_of_action: ['name', 'description'],
      goal: ['title', 'description'],
      kpi: ['name', 'definition', 'method', 'unit'],
    }[type],
    originals: (db, tenantId, ids) => strategyTexts(db, tenantId, type, ids),
  })),
  routes: strategyRoutes,
  api: registerStrategyApi,
};
