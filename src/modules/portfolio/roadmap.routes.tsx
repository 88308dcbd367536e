/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { parseInput } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import { roadmap, ZRoadmapQuery } from './roadmap.service.ts';
import { RoadmapPage } from './views/roadmap.tsx';

/** The roadmap: every public project on one timeline for everyone, every project for staff. */
export function roadmapRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const staff = requirePermission(PROJECT_PERMISSIONS, 'project:read-internal');

  app.get('/projekte/zeitplan', async (c) => {
    const query = parseInput(ZRoadmapQuery, c.req.query());
    const data = await roadmap(deps, c.get('tenant').id, {
      publicOnly: true,
      query,
      lang: c.get('lang'),
      today: todayOf(c),
    });
    return c.html(
      <RoadmapPage
        ctx={pageCtx(c)}
        roadmap={data}
        query={query}
        action="/projekte/zeitplan"
        projectHref={(r) => `/projekte/${r.slug}`}
      />,
    );
  });

  app.get('/intern/projekte/zeitplan', staff, async (c) => {
    const query = parseInput(ZRoadmapQuery, c.req.query());
    const data = await roadmap(deps, c.get('tenant').id, {
      publicOnly: false,
      query,
      lang: c.get('lang'),
      today: todayOf(c),
    });
    return c.html(
      <RoadmapPage
        ctx={pageCtx(c)}
        roadmap={data}
        query={query}
        action="/intern/projekte/zeitplan"
        projectHref={(r) => `/intern/projekte/${r.id}`}
      />,
    );
  });

  return app;
}
