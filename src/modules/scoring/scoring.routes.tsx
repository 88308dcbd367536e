/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { portfolioChartSvg } from '../../platform/charts/charts.ts';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { SCORING_PERMISSIONS } from './scoring.policy.ts';
import {
  canManageScoring,
  QUICK_WIN,
  type RankedItem,
  ranking,
  scoreSubject,
  scoringModel,
  setWeights,
  subjectScores,
} from './scoring.service.ts';
import {
  PrioritisationPage,
  PublicPrioritisationPage,
  ScoreFormPage,
  WeightsPage,
} from './views/scoring.tsx';

const TYPES = { idee: 'idea', projekt: 'project' } as const;

/** The portfolio chart with its text alternative (how many items, how many quick wins). */
function chartOf(c: Ctx, items: RankedItem[]) {
  const t = c.get('t');
  return portfolioChartSvg({
    items,
    label: t('scoring.chartAlt', { count: items.length, quickWins: items.filter((i) => i.quickWin).length }),
    xLabel: t('scoring.effortAxis'),
    yLabel: t('scoring.valueAxis'),
    quickWinLabel: t('scoring.quickWins'),
  });
}

/** Prioritisation: the scoring model, scores, the ranked list (back office) and its public version. */
export function scoringRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(SCORING_PERMISSIONS, 'scoring:read');
  const managers = requirePermission(SCORING_PERMISSIONS, 'scoring:manage');

  app.get('/priorisierung', async (c) => {
    const { model, items } = await ranking(db, c.get('tenant').id, { publicOnly: true });
    return c.html(
      <PublicPrioritisationPage
        ctx={pageCtx(c)}
        model={model}
        items={items}
        chart={chartOf(c, items)}
        quickWin={QUICK_WIN}
      />,
    );
  });

  app.get('/intern/priorisierung', readers, async (c) => {
    const { model, items, unscored } = await ranking(db, c.get('tenant').id, { publicOnly: false });
    return c.html(
      <PrioritisationPage
        ctx={pageCtx(c)}
        model={model}
        items={items}
        unscored={unscored}
        chart={chartOf(c, items)}
        canScore={canManageScoring(c.get('actor'))}
      />,
    );
  });

  const weightsPage = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const model = await scoringModel(db, c.get('tenant').id);
    return c.html(
      <WeightsPage
        ctx={pageCtx(c)}
        model={model}
        values={values}
        errors={errors}
        canEdit={canManageScoring(c.get('actor'))}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/priorisierung/gewichte', readers, (c) => weightsPage(c));

  app.post('/intern/priorisierung/gewichte', managers, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]),
    );
    const weights = Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => k.startsWith('weight-'))
        .map(([k, v]) => [k.slice('weight-'.length), v]),
    );
    try {
      await setWeights(db, c.get('tenant').id, actorOf(c), { weights, note: field(body, 'note') }, metaOf(c));
      return c.redirect('/intern/priorisierung/gewichte?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return weightsPage(c, values, err.fields);
    }
  });

  const scorePage = async (c: Ctx, values?: Record<string, string>, errors?: AppError['fields']) => {
    const type = TYPES[c.req.param('type') as keyof typeof TYPES];
    if (!type) throw new AppError('NOT_FOUND', 'Nothing to score here.');
    const { title, model, scores } = await subjectScores(
      db,
      c.get('tenant').id,
      type,
      c.req.param('id') ?? '',
    );
    const current =
      values ??
      Object.fromEntries(
        scores.flatMap((s) => [
          [`score-${s.criterionId}`, String(s.score)],
          [`why-${s.criterionId}`, s.justification],
        ]),
      );
    return c.html(
      <ScoreFormPage
        ctx={pageCtx(c)}
        title={title}
        action={c.req.path}
        model={model}
        values={current}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/priorisierung/:type{idee|projekt}/:id', managers, (c) => scorePage(c));

  app.post('/intern/priorisierung/:type{idee|projekt}/:id', managers, async (c) => {
    const type = TYPES[c.req.param('type') as keyof typeof TYPES];
    const body = await formBody(c);
    const values = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]),
    );
    const model = await scoringModel(db, c.get('tenant').id);
    const entries = model.criteria.map((cr) => ({
      criterionId: cr.id,
      score: values[`score-${cr.id}`] ?? '',
      justification: values[`why-${cr.id}`] ?? '',
    }));
    try {
      await scoreSubject(db, c.get('tenant').id, actorOf(c), type, c.req.param('id'), entries, metaOf(c));
      return c.redirect('/intern/priorisierung?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return scorePage(c, values, err.fields);
    }
  });

  return app;
}
