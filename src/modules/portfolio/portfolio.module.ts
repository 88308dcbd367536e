import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import { removeStaleImports } from './import.service.ts';
import { registerPortfolioApi } from './portfolio.api.ts';
import * as messages from './portfolio.messages.ts';
import {
  openDataBudgets,
  openDataMilestones,
  openDataProjects,
  openDataStatuses,
} from './portfolio.queries.ts';
import { portfolioRoutes } from './portfolio.routes.tsx';
import * as tables from './portfolio.table.ts';

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
  tables: tablesIn(tables),
  jobs: (deps) => [
    {
      // Portfolio workbooks uploaded but never imported go after a day.
      name: 'project-imports-cleanup',
      cron: '20 3 * * *',
      handler: () => removeStaleImports(deps.database.db),
    },
  ],
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
  notices: {
    milestoneDeleted: 'milestone.deleted',
    budgetRemoved: 'delivery.budgetRemoved',
  },
  // Open data of the portfolio: public projects only, approved statuses only.
  exports: [
    {
      slug: 'projekte',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'slug', type: 'string' },
        { name: 'title', type: 'string' },
        { name: 'summary', type: 'string' },
        { name: 'pillar', type: 'string' },
        { name: 'field_of_action', type: 'string' },
        { name: 'owner_office', type: 'string' },
        { name: 'phase', type: 'string' },
        { name: 'starts_on', type: 'date' },
        { name: 'ends_on', type: 'date' },
        { name: 'budget_planned', type: 'number' },
        { name: 'budget_spent', type: 'number' },
        { name: 'quick_win', type: 'string' },
        { name: 'status', type: 'string' },
        { name: 'progress', type: 'integer' },
        { name: 'status_period', type: 'string' },
        { name: 'status_approved_at', type: 'date-time' },
        { name: 'idea', type: 'string' },
        { name: 'proposals', type: 'list' },
        { name: 'created_at', type: 'date-time' },
        { name: 'modified', type: 'date-time' },
      ],
      key: ['id'],
      modified: 'modified',
      themes: ['GOVE', 'TECH'],
      page: openDataProjects,
      translated: [
        { field: 'title', type: 'project' },
        { field: 'summary', type: 'project' },
      ],
    },
    {
      slug: 'meilensteine',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'project_id', type: 'string' },
        { name: 'project_slug', type: 'string' },
        { name: 'title', type: 'string' },
        { name: 'due_on', type: 'date' },
        { name: 'done_on', type: 'date' },
        { name: 'modified', type: 'date-time' },
      ],
      key: ['id'],
      modified: 'modified',
      themes: ['GOVE', 'TECH'],
      page: openDataMilestones,
    },
    {
      slug: 'statusberichte',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'project_id', type: 'string' },
        { name: 'project_slug', type: 'string' },
        { name: 'period', type: 'string' },
        { name: 'period_starts_on', type: 'date' },
        { name: 'period_ends_on', type: 'date' },
        { name: 'overall_status', type: 'string' },
        { name: 'scope_status', type: 'string' },
        { name: 'time_status', type: 'string' },
        { name: 'budget_status', type: 'string' },
        { name: 'resources_status', type: 'string' },
        { name: 'progress', type: 'integer' },
        { name: 'summary', type: 'string' },
        { name: 'next_steps', type: 'string' },
        { name: 'approved_at', type: 'date-time' },
      ],
      key: ['id'],
      modified: 'approved_at',
      themes: ['GOVE', 'TECH'],
      page: openDataStatuses,
    },
    {
      slug: 'budgets',
      fields: [
        { name: 'project_id', type: 'string' },
        { name: 'project_slug', type: 'string' },
        { name: 'year', type: 'integer' },
        { name: 'planned', type: 'number' },
        { name: 'spent', type: 'number' },
      ],
      key: ['project_id', 'year'],
      themes: ['GOVE', 'ECON'],
      page: openDataBudgets,
    },
  ],
  routes: portfolioRoutes,
  api: registerPortfolioApi,
};
