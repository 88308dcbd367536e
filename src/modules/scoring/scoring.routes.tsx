/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { portfolioChartSvg } from '../../platform/charts/charts.ts';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, handleForm, readBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { LOCALES } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { type ShownText, translationLookup } from '../../platform/translation/translation.ts';
import { ZNoFields, ZTextBody, zPageNumber } from '../../platform/validation.ts';
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
    locale: LOCALES[c.get('lang')],
    // Effort is 5 minus ease: the shading follows the same rule as the ranking (QUICK_WIN).
    quickWinArea: { minValue: QUICK_WIN.value, maxEffort: 5 - QUICK_WIN.ease },
  });
}

/** Prioritisation: the scoring model, scores, the ranked list (back office) and its public version. */
export function scoringRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(SCORING_PERMISSIONS, 'scoring:read');
  const managers = requirePermission(SCORING_PERMISSIONS, 'scoring:manage');

  app.get('/priorisierung', async (c) => {
    const tenant = c.get('tenant');
    const { model, items } = await ranking(db, tenant.id, { publicOnly: true, lang: c.get('lang') });
    // A shipped criterion already reads in the reader's language; the city's own wording (German) and
    // the projects' titles are shown translated where a translation exists.
    const original = c.req.query('original') === '1';
    const projects = items.filter((i) => i.type === 'project');
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'scoring_criterion', records: model.criteria.map((cr) => ({ id: cr.id })) },
        { type: 'project', records: projects },
        { type: 'idea', records: items.filter((i) => i.type === 'idea') },
      ],
      { original },
    );
    const shown: ShownText[] = [];
    const show = (id: string, field: string, text: string, lang: string) => {
      const s =
        lang === CONTENT_LANG
          ? texts.shown('scoring_criterion', id, field, text, lang)
          : { text, lang, machine: false, provider: null, original: null };
      shown.push(s);
      return s;
    };
    const criteria = model.criteria.map((cr) => {
      const name = show(cr.id, 'name', cr.name, cr.lang);
      const description = show(cr.id, 'description', cr.description, cr.descriptionLang);
      return {
        ...cr,
        name: name.text,
        lang: name.lang,
        description: description.text,
        descriptionLang: description.lang,
      };
    });
    const titled = items.map((i) => {
      const title = texts.shown(i.type === 'project' ? 'project' : 'idea', i.id, 'title', i.title);
      shown.push(title);
      return { ...i, title: title.text, titleLang: title.lang };
    });
    return c.html(
      <PublicPrioritisationPage
        ctx={pageCtx(c)}
        model={{ ...model, criteria }}
        items={titled}
        chart={chartOf(c, items)}
        quickWin={QUICK_WIN}
        translation={{
          texts: shown,
          originalHref: '/priorisierung?original=1',
          translatedHref: original ? '/priorisierung' : undefined,
        }}
      />,
    );
  });

  app.get('/intern/priorisierung', readers, async (c) => {
    const { model, items, unscored } = await ranking(db, c.get('tenant').id, {
      publicOnly: false,
      lang: c.get('lang'),
    });
    return c.html(
      <PrioritisationPage
        ctx={pageCtx(c)}
        model={model}
        items={items}
        unscored={unscored}
        unscoredPage={zPageNumber().parse(c.req.query('offen'))}
        chart={chartOf(c, items)}
        canScore={canManageScoring(c.get('actor'))}
      />,
    );
  });

  const weightsPage = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
    const model = await scoringModel(db, c.get('tenant').id, c.get('lang'));
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
    // One field per criterion (`weight-<criterion id>`), and the reason for the change.
    const values = await readBody(c, ZTextBody);
    const weights = Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => k.startsWith('weight-'))
        .map(([k, v]) => [k.slice('weight-'.length), v]),
    );
    return handleForm(c, ZNoFields, {
      values: {},
      action: () =>
        setWeights(db, c.get('tenant').id, actorOf(c), { weights, note: values.note ?? '' }, metaOf(c)),
      done: () => '/intern/priorisierung/gewichte?hinweis=saved',
      failed: (_values, errors) => weightsPage(c, values, errors),
    });
  });

  const scorePage = async (c: Ctx, values?: Record<string, string>, errors?: FormErrors) => {
    const type = TYPES[c.req.param('type') as keyof typeof TYPES];
    if (!type) throw new AppError('NOT_FOUND', 'Nothing to score here.');
    const { title, model, scores } = await subjectScores(
      db,
      c.get('tenant').id,
      type,
      c.req.param('id') ?? '',
      c.get('lang'),
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
    // A score and a justification per criterion (`score-<criterion id>`, `why-<criterion id>`).
    const values = await readBody(c, ZTextBody);
    const model = await scoringModel(db, c.get('tenant').id, c.get('lang'));
    const entries = model.criteria.map((cr) => ({
      criterionId: cr.id,
      score: values[`score-${cr.id}`] ?? '',
      justification: values[`why-${cr.id}`] ?? '',
    }));
    return handleForm(c, ZNoFields, {
      values: {},
      action: () =>
        scoreSubject(db, c.get('tenant').id, actorOf(c), type, c.req.param('id'), entries, metaOf(c)),
      done: () => '/intern/priorisierung?hinweis=saved',
      failed: (_values, errors) => scorePage(c, values, errors),
    });
  });

  return app;
}
