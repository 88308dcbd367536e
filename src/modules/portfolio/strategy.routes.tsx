/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadLookup } from './portfolio.service.ts';
import { type GoalAt, goalInOverview, type StrategyOverview, strategyOverview } from './strategy.service.ts';
import { GoalPage, StrategyOverviewPage } from './views/strategy.tsx';

/**
 * The strategy in the open, leading from each goal to its KPIs and the projects that serve it: it
 * combines the strategy with projects and their approved statuses, so it lives with the pages.
 */
export function strategyPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  /**
   * The overview with its texts in the reader's language (one look-up for pillars, fields of action,
   * goals, KPIs and projects), and the texts a page shows for its translation note.
   */
  const shownOverview = async (c: Ctx, data: StrategyOverview, onPage: (d: StrategyOverview) => Texts) => {
    const original = c.req.query('original') === '1';
    const fields = data.tree.pillars.flatMap((p) => p.fields);
    const projects = data.tree.goals.flatMap((g) => data.projectsOf(g));
    const lookup = await translationLookup(
      db,
      c.get('tenant').id,
      c.get('lang'),
      [
        { type: 'pillar', records: data.tree.pillars },
        { type: 'field_of_action', records: fields },
        { type: 'goal', records: data.tree.goals },
        { type: 'kpi', records: data.kpis },
        { type: 'project', records: projects },
      ],
      { original },
    );
    const texts = onPage(data)
      .filter(([, , , text]) => text)
      .map(([type, id, field, text]) => lookup.shown(type, id, field, text));
    return { ...data, shown: lookup.shown, texts, original };
  };

  app.get('/strategie', async (c) => {
    const data = await strategyOverview(db, c.get('tenant').id, { publicOnly: true });
    const shown = await shownOverview(c, data, (d) => [
      ...d.tree.pillars.flatMap(
        (p): Texts => [
          ['pillar', p.id, 'name', p.name],
          ['pillar', p.id, 'description', p.description],
          ...p.fields.flatMap(
            (f): Texts => [
              ['field_of_action', f.id, 'name', f.name],
              ['field_of_action', f.id, 'description', f.description],
            ],
          ),
        ],
      ),
      ...d.tree.goals.map((g): Text => ['goal', g.id, 'title', g.title]),
      ...d.kpis.map((k): Text => ['kpi', k.id, 'name', k.name]),
    ]);
    return c.html(<StrategyOverviewPage ctx={pageCtx(c)} data={shown} />);
  });

  app.get('/strategie/ziele/:id', async (c) => {
    const tenantId = c.get('tenant').id;
    const [data, { lookup }] = await Promise.all([
      strategyOverview(db, tenantId, { publicOnly: true }),
      loadLookup(deps, tenantId),
    ]);
    const at = goalInOverview(data, c.req.param('id'));
    const shown = await shownOverview(c, data, (d) => goalPageTexts(d, at));
    return c.html(<GoalPage ctx={pageCtx(c)} data={shown} at={at} lookup={lookup} />);
  });

  return app;
}

type Text = [type: string, id: string, field: string, text: string];
type Texts = Text[];

/** What a goal's page shows of the city's texts. */
function goalPageTexts(d: StrategyOverview, { goal, pillar, field, parent }: GoalAt): Texts {
  return [
    ['pillar', pillar.id, 'name', pillar.name],
    ['field_of_action', field.id, 'name', field.name],
    ['goal', goal.id, 'title', goal.title],
    ['goal', goal.id, 'description', goal.description],
    ...(parent ? [['goal', parent.id, 'title', parent.title] as Text] : []),
    ...goal.children.map((c): Text => ['goal', c.id, 'title', c.title]),
    ...d.kpisUnder(goal).map((k): Text => ['kpi', k.id, 'name', k.name]),
    ...d.projectsOf(goal).map((p): Text => ['project', p.id, 'title', p.title]),
  ];
}
