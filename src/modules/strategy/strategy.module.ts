import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { registerStrategyApi } from './strategy.api.ts';
import * as messages from './strategy.messages.ts';
import { STRATEGY_PERMISSIONS } from './strategy.policy.ts';
import { openDataKpiMeasurements, openDataKpis, strategyPages, strategyTexts } from './strategy.queries.ts';
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
  exports: [
    {
      slug: 'kennzahlen',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'key', type: 'string' },
        { name: 'name', type: 'string' },
        { name: 'definition', type: 'string' },
        { name: 'unit', type: 'string' },
        { name: 'method', type: 'string' },
        { name: 'source', type: 'string' },
        { name: 'baseline', type: 'number' },
        { name: 'baseline_year', type: 'integer' },
        { name: 'target', type: 'number' },
        { name: 'target_year', type: 'integer' },
        { name: 'direction', type: 'string' },
        { name: 'field_of_action', type: 'string' },
        { name: 'owner_office', type: 'string' },
        { name: 'latest_value', type: 'number' },
        { name: 'latest_measured_on', type: 'date' },
      ],
      key: ['id'],
      themes: ['GOVE', 'TECH'],
      page: openDataKpis,
      translated: [
        { field: 'name', type: 'kpi' },
        { field: 'definition', type: 'kpi' },
        { field: 'method', type: 'kpi' },
        { field: 'unit', type: 'kpi' },
      ],
    },
    {
      slug: 'kennzahlen-messwerte',
      fields: [
        { name: 'kpi', type: 'string' },
        { name: 'measured_on', type: 'date' },
        { name: 'value', type: 'number' },
        { name: 'unit', type: 'string' },
        { name: 'note', type: 'string' },
      ],
      key: ['kpi', 'measured_on'],
      themes: ['GOVE', 'TECH'],
      page: openDataKpiMeasurements,
    },
  ],
  routes: strategyRoutes,
  api: registerStrategyApi,
};
