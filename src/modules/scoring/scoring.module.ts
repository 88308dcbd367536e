import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './scoring.messages.ts';
import { SCORING_PERMISSIONS } from './scoring.policy.ts';
import { scoringRoutes } from './scoring.routes.tsx';
import { seedScoring } from './scoring.seed.ts';
import { ownCriterionTexts } from './scoring.service.ts';
import * as tables from './scoring.table.ts';

/** Transparent prioritisation: versioned weights, justified scores, a ranked list and a portfolio chart. */
export const scoringModule: ModuleManifest = {
  name: 'scoring',
  layer: 'outputs',
  seed: seedScoring,
  messages,
  tables: tablesIn(tables),
  permissions: SCORING_PERMISSIONS,
  nav: [
    {
      area: 'internal',
      href: '/intern/priorisierung',
      label: 'nav.internal.prioritisation',
      order: 90,
      roles: SCORING_PERMISSIONS['scoring:read'],
    },
  ],
  translatable: [
    {
      // Public on /priorisierung. Only a city's own wording is translated: the default criteria come in
      // every language (shippedRow). No form rewords a criterion yet, so no event names one: what a city
      // wrote some other way is found by the nightly run.
      type: 'scoring_criterion',
      label: 'translatable.scoring_criterion',
      fields: ['name', 'description'],
      originals: ownCriterionTexts,
    },
  ],
  sitemap: async () => [{ path: '/priorisierung' }],
  routes: scoringRoutes,
};
