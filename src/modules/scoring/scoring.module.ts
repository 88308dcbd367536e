import type { ModuleManifest } from '../../platform/module.ts';
import { SCORING_PERMISSIONS } from './scoring.policy.ts';
import { scoringRoutes } from './scoring.routes.tsx';

/** Transparent prioritisation: versioned weights, justified scores, a ranked list and a portfolio chart. */
export const scoringModule: ModuleManifest = {
  name: 'scoring',
  layer: 'outputs',
  permissions: SCORING_PERMISSIONS,
  routes: scoringRoutes,
};
