import type { ModuleManifest } from '../../platform/module.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import { registerPortfolioApi } from './portfolio.api.ts';
import * as messages from './portfolio.messages.ts';
import { portfolioRoutes } from './portfolio.routes.tsx';

/**
 * The project pages, public and internal, and the projects in the API: each project with its milestones,
 * delivery, approved statuses, health and the proposals behind it; the public strategy page, leading from
 * each goal to its KPIs and projects. It sits above every module it shows.
 */
export const portfolioModule: ModuleManifest = {
  name: 'portfolio',
  layer: 'pages',
  messages,
  permissions: {},
  nav: [
    { area: 'public', href: '/projekte', label: 'nav.projects', order: 20 },
    { area: 'public', href: '/strategie', label: 'nav.strategy', order: 30 },
    {
      area: 'internal',
      href: '/intern/projekte',
      label: 'nav.internal.projects',
      order: 80,
      roles: PROJECT_PERMISSIONS['project:read-internal'],
    },
  ],
  routes: portfolioRoutes,
  api: registerPortfolioApi,
};
