/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadLookup } from './portfolio.service.ts';
import { goalInOverview, strategyOverview } from './strategy.service.ts';
import { GoalPage, StrategyOverviewPage } from './views/strategy.tsx';

/**
 * The strategy in the open, leading from each goal to its KPIs and the projects that serve it: it
 * combines the strategy with projects and their approved statuses, so it lives with the pages.
 */
export function strategyPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/strategie', async (c) => {
    const data = await strategyOverview(db, c.get('tenant').id, { publicOnly: true });
    return c.html(<StrategyOverviewPage ctx={pageCtx(c)} data={data} />);
  });

  app.get('/strategie/ziele/:id', async (c) => {
    const tenantId = c.get('tenant').id;
    const [data, { lookup }] = await Promise.all([
      strategyOverview(db, tenantId, { publicOnly: true }),
      loadLookup(deps, tenantId),
    ]);
    const at = goalInOverview(data, c.req.param('id'));
    return c.html(<GoalPage ctx={pageCtx(c)} data={data} at={at} lookup={lookup} />);
  });

  return app;
}
