import type { ModuleManifest } from '../../platform/module.ts';
import { registerProposalsApi } from './proposals.api.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { proposalsRoutes } from './proposals.routes.tsx';

/** Participation: submit, moderate, browse and follow proposals. */
export const proposalsModule: ModuleManifest = {
  name: 'proposals',
  permissions: PROPOSAL_PERMISSIONS,
  routes: proposalsRoutes,
  api: registerProposalsApi,
};
