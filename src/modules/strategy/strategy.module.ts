import type { ModuleManifest } from '../../platform/module.ts';
import { registerStrategyApi } from './strategy.api.ts';
import { STRATEGY_PERMISSIONS } from './strategy.policy.ts';
import { strategyRoutes } from './strategy.routes.tsx';

/** Pillars, fields of action, goals, the Smart City Charter and KPIs; public at /strategie and in the API. */
export const strategyModule: ModuleManifest = {
  name: 'strategy',
  layer: 'strategy',
  permissions: STRATEGY_PERMISSIONS,
  routes: strategyRoutes,
  api: registerStrategyApi,
};
