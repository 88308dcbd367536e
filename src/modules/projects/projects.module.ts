import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { projectsJourney } from './projects.journey.tsx';
import * as messages from './projects.messages.ts';
import { PROJECT_PERMISSIONS } from './projects.policy.ts';
import { publicProjectPages, publicProjectTexts } from './projects.queries.ts';
import { projectsRoutes } from './projects.routes.tsx';
import { seedProjects } from './projects.seed.ts';
import * as tables from './projects.table.ts';

/** Projects (the program's measures) and their milestones: starting one, editing its own facts. */
export const projectsModule: ModuleManifest = {
  name: 'projects',
  layer: 'delivery',
  seed: seedProjects,
  messages,
  journey: [projectsJourney],
  tables: tablesIn(tables),
  permissions: PROJECT_PERMISSIONS,
  sitemap: async (db, tenantId) =>
    (await publicProjectPages(db, tenantId)).map((p) => ({
      path: `/projekte/${p.slug}`,
      modified: p.modified,
    })),
  translatable: [
    {
      type: 'project',
      label: 'translatable.project',
      fields: ['title', 'summary', 'description'],
      events: ['project.created', 'project.updated'],
      originals: async (db, tenantId, ids) =>
        (await publicProjectTexts(db, tenantId, ids)).map(({ id, ...fields }) => ({
          id,
          lang: 'de',
          fields,
        })),
    },
  ],
  routes: projectsRoutes,
};
