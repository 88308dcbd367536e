import type { ModuleManifest } from '../../platform/module.ts';
import { registerPortfolioApi } from './portfolio.api.ts';
import { portfolioRoutes } from './portfolio.routes.tsx';

/**
 * The project pages, public and internal, and the projects in the API: each project with its milestones,
 * delivery, approved statuses, health and the proposals behind it. It sits above every module it shows.
 */
export const portfolioModule: ModuleManifest = {
  name: 'portfolio',
  layer: 'pages',
  permissions: {},
  routes: portfolioRoutes,
  api: registerPortfolioApi,
};
