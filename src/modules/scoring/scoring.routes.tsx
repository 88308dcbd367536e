/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { portfolioChartSvg } from '../../platform/charts/charts.ts';
import { pageOf } from '../../platform/collections.ts';
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
  readRanking,
  scoreSubject,
  scoringModel,
  setWeights,
  subjectScores,
} from './scoring.service.ts';
import {
  PrioritisationPage,
  PublicPrioritisationPage,
  RANK_PAGE_SIZE,
  ScoreFormPage,
  WeightsPage,
} from './views/scoring.tsx';

const TYPES = { idee: 'idea', projekt: 'project' } as const;

/**
 * The portfolio chart of one page of the ranking, with its text alternative (which ranks, how many quick
 * wins): the dots are labelled with their ranks, and the table below holds the same entries (a chart of
 * a city's 2,000 dots would show none of them).
 */
function chartOf(c: Ctx, shown: RankedItem[], total: number) {
  const t = c.get('t');
  const quickWins = shown.filter((i) => i.quickWin).length;
  return portfolioChartSvg({
    // Only what the chart draws: it is kept by its input (see drawnOnce).
    items: shown.map(({ rank, value, effort, quickWin }) => ({ rank, value, effort, quickWin })),
    label:
      shown.length < total
        ? t('scoring.chartAltPage', {
            from: shown[0]?.rank ?? 0,
            to: shown.at(-1)?.rank ?? 0,
            quickWins,
          })
        : t('scoring.chartAlt', { count: shown.length, quickWins }),
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
    const { model, items } = await readRanking(deps, tenant.id, { publicOnly: true, lang: c.get('lang') });
    // A shipped criterion already reads in the reader's language; the city's own wording (German) and
    // the projects' titles are shown translated where a translation exists.
    const original = c.req.query('original') === '1';
    const rankPage = zPageNumber().parse(c.req.query('rang'));
    // Only the page shown is translated; the chart shows every entry by its place, not its title.
    const shownPage = pageOf(items, rankPage, RANK_PAGE_SIZE).items;
    const projects = shownPage.filter((i) => i.type === 'project');
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'scoring_criterion', records: model.criteria.map((cr) => ({ id: cr.id })) },
        { type: 'project', records: projects },
        { type: 'idea', records: shownPage.filter((i) => i.type === 'idea') },
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
    const titled = shownPage.map((i) => {
      const title = texts.shown(i.type === 'project' ? 'project' : 'idea', i.id, 'title', i.title);
      shown.push(title);
      return { ...i, title: title.text, titleLang: title.lang };
    });
    return c.html(
      <PublicPrioritisationPage
        ctx={pageCtx(c)}
        model={{ ...model, criteria }}
        items={titled}
        page={rankPage}
        total={items.length}
        pageHref={(page) => {
          const u = new URLSearchParams();
          if (original) u.set('original', '1');
          if (page > 1) u.set('rang', String(page));
          return `/priorisierung${u.size ? `?${u}` : ''}#ranking`;
        }}
        chart={chartOf(c, shownPage, items.length)}
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
    const { model, items, unscored } = await readRanking(deps, c.get('tenant').id, {
      publicOnly: false,
      lang: c.get('lang'),
    });
    const rankPage = zPageNumber().parse(c.req.query('rang'));
    return c.html(
      <PrioritisationPage
        ctx={pageCtx(c)}
        model={model}
        items={items}
        rankPage={rankPage}
        unscored={unscored}
        unscoredPage={zPageNumber().parse(c.req.query('offen'))}
        chart={chartOf(c, pageOf(items, rankPage, RANK_PAGE_SIZE).items, items.length)}
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
