/** @jsxImportSource hono/jsx */
import { pageOf } from '../../../platform/collections.ts';
import { formatDate, formatNumber, type Lang } from '../../../platform/i18n/i18n.ts';
import { CONTENT_LANG } from '../../../platform/i18n/shipped.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  ChartFigure,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  PageTranslationNote,
  Pagination,
  TableScroll,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import type { RankedItem } from '../scoring.service.ts';
import type { ScoringCriterion, SubjectType } from '../scoring.table.ts';

interface ModelView {
  /** Each text with the language it is in: shipped ones in the reader's, the city's own as written or translated. */
  criteria: (ScoringCriterion & { lang: string; descriptionLang: string })[];
  current: { version: number; createdAt: Date; note: string };
  weights: Map<string, number>;
  history: { id: string; version: number; createdAt: Date; note: string; weights: Map<string, number> }[];
}

const n1 = (lang: Lang, v: number) =>
  formatNumber(lang, v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function WeightsTable({ ctx, model }: { ctx: PageCtx; model: ModelView }) {
  const { t, lang } = ctx;
  const sum = [...model.weights.values()].reduce((a, b) => a + b, 0);
  return (
    <TableScroll
      label={t('scoring.weightsCaption', {
        version: model.current.version,
        date: formatDate(lang, model.current.createdAt),
      })}
    >
      <table class="kern-table kern-table--striped">
        <caption>
          {t('scoring.weightsCaption', {
            version: model.current.version,
            date: formatDate(lang, model.current.createdAt),
          })}
        </caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('scoring.criterion')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('scoring.axis')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('scoring.weight')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {model.criteria.map((c) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                <span class="criterion-name" lang={textLang(ctx, c.lang)}>
                  {c.name}
                </span>
                {c.description ? (
                  <span class="kern-hint criterion-description" lang={textLang(ctx, c.descriptionLang)}>
                    {c.description}
                  </span>
                ) : null}
              </th>
              <td class="kern-table__cell">{t(`scoring.axes.${c.axis}`)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">
                {formatNumber(lang, model.weights.get(c.id) ?? 0)} (
                {formatNumber(lang, sum ? ((model.weights.get(c.id) ?? 0) / sum) * 100 : 0, {
                  maximumFractionDigits: 0,
                })}{' '}
                %)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RankTable({
  ctx,
  items,
  total,
  model,
  showScores,
  canScore,
}: {
  ctx: PageCtx;
  /** One page of the ranking; `titleLang`: the language of a translated title (else the city's, German). */
  items: (RankedItem & { titleLang?: string })[];
  /** How many entries the whole ranking has. */
  total: number;
  model: ModelView;
  showScores: boolean;
  canScore: boolean;
}) {
  const { t, lang } = ctx;
  // A page past the end shows no empty table (its pagination says so and leads back).
  if (!items.length && total) return null;
  const caption =
    items.length < total
      ? t('scoring.rankCaptionPage', {
          count: total,
          total: formatNumber(lang, total),
          from: formatNumber(lang, items[0]!.rank),
          to: formatNumber(lang, items.at(-1)!.rank),
        })
      : t('scoring.rankCaption', { count: total });
  return (
    <TableScroll label={caption}>
      <table class="kern-table kern-table--striped" id="ranking">
        <caption>{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('scoring.rank')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('scoring.subject')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('scoring.total')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('scoring.value')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('scoring.ease')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('scoring.quickWin')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {items.map((i) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell kern-table__cell--numeric">{i.rank}</td>
              <th scope="row" class="kern-table__cell">
                {i.type === 'project' ? (
                  <a class="kern-link" href={i.href} lang={textLang(ctx, i.titleLang ?? CONTENT_LANG)}>
                    {i.title}
                  </a>
                ) : (
                  <span lang={textLang(ctx, i.titleLang ?? CONTENT_LANG)}>{i.title}</span>
                )}{' '}
                <span class="meta">({t(`scoring.types.${i.type}`)})</span>
                {canScore ? (
                  <>
                    {' '}
                    <a
                      class="kern-link"
                      href={`/intern/priorisierung/${i.type === 'idea' ? 'idee' : 'projekt'}/${i.id}`}
                    >
                      {t('scoring.rescore')}
                      <span class="kern-sr-only">
                        {' '}
                        <span lang={textLang(ctx, i.titleLang ?? CONTENT_LANG)}>{i.title}</span>
                      </span>
                    </a>
                  </>
                ) : null}
                {showScores ? (
                  <details>
                    <summary class="kern-link">{t('scoring.showScores')}</summary>
                    <ul class="kern-list">
                      {i.scores.map((s) => (
                        <li>
                          {(() => {
                            const c = model.criteria.find((x) => x.id === s.criterionId);
                            return <span lang={c && textLang(ctx, c.lang)}>{c?.name}</span>;
                          })()}: {s.score} – <span lang={langAttr(ctx)}>{s.justification}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{n1(lang, i.total)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{n1(lang, i.value)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{n1(lang, i.ease)}</td>
              <td class="kern-table__cell">
                {i.quickWin ? (
                  <span class="kern-badge kern-badge--success">
                    <span class="kern-label">{t('scoring.quickWin')}</span>
                  </span>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Unscored projects and ideas on one page of the prioritisation (a city has thousands). */
export const UNSCORED_PAGE_SIZE = 100;
/** Ranked entries on one page of the prioritisation and of its public version. */
export const RANK_PAGE_SIZE = 100;

/** The ranking's pages, below its table (`?rang=`). */
function RankPages(p: { ctx: PageCtx; page: number; total: number; href: (page: number) => string }) {
  return (
    <Pagination
      t={p.ctx.t}
      page={p.page}
      pages={Math.ceil(p.total / RANK_PAGE_SIZE)}
      href={p.href}
      label={p.ctx.t('scoring.rankPages')}
    />
  );
}

/** The CDO team's ranked list, portfolio chart and what still needs a score. */

export function PrioritisationPage(p: {
  ctx: PageCtx;
  model: ModelView;
  items: RankedItem[];
  /** The page of the ranking shown (`?rang=`). */
  rankPage: number;
  unscored: { type: SubjectType; id: string; title: string }[];
  /** The page of the unscored list shown (`?offen=`). */
  unscoredPage: number;
  chart: string;
  canScore: boolean;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const ranked = pageOf(p.items, p.rankPage, RANK_PAGE_SIZE);
  const unscored = pageOf(p.unscored, p.unscoredPage, UNSCORED_PAGE_SIZE);
  // Each list's links keep the page the other shows (where it exists: one past the end is not carried).
  const href = (rang: number, offen: number, anchor: string) => {
    const u = new URLSearchParams();
    if (rang > 1 && rang <= ranked.pages) u.set('rang', String(rang));
    if (offen > 1 && offen <= unscored.pages) u.set('offen', String(offen));
    return `/intern/priorisierung${u.size ? `?${u}` : ''}#${anchor}`;
  };
  return (
    <Layout ctx={ctx} title={t('scoring.title')} wide>
      <h1 class="kern-heading-large">{t('scoring.title')}</h1>
      <p class="kern-body">{t('scoring.intro')}</p>
      <p class="form-actions">
        <a class="kern-link" href="/intern/priorisierung/gewichte">
          {t('scoring.editWeights')}
        </a>
        <a class="kern-link" href="/priorisierung">
          {t('scoring.publicLink')}
        </a>
      </p>
      {ranked.items.length ? <ChartFigure svg={p.chart} caption={t('scoring.chartCaption')} /> : null}
      <RankTable
        ctx={ctx}
        items={ranked.items}
        total={p.items.length}
        model={p.model}
        showScores
        canScore={p.canScore}
      />
      <RankPages
        ctx={ctx}
        page={p.rankPage}
        total={p.items.length}
        href={(page) => href(page, p.unscoredPage, 'ranking')}
      />
      {p.unscored.length ? (
        <section aria-labelledby="unscored-title">
          <h2 class="kern-heading-medium" id="unscored-title">
            {t('scoring.unscored', { count: p.unscored.length })}
          </h2>
          {unscored.items.length ? (
            <ul class="kern-list">
              {unscored.items.map((u) => (
                <li>
                  {p.canScore ? (
                    <a
                      class="kern-link"
                      href={`/intern/priorisierung/${u.type === 'idea' ? 'idee' : 'projekt'}/${u.id}`}
                      lang={langAttr(ctx)}
                    >
                      {u.title}
                    </a>
                  ) : (
                    <span lang={langAttr(ctx)}>{u.title}</span>
                  )}{' '}
                  <span class="meta">({t(`scoring.types.${u.type}`)})</span>
                </li>
              ))}
            </ul>
          ) : null}
          <Pagination
            t={t}
            page={p.unscoredPage}
            pages={unscored.pages}
            href={(page) => href(p.rankPage, page, 'unscored-title')}
            label={t('scoring.unscoredPages')}
          />
        </section>
      ) : null}
    </Layout>
  );
}

/** The public prioritisation: weights, scores with justifications, the rank and how to recompute it. */
export function PublicPrioritisationPage(p: {
  ctx: PageCtx;
  model: ModelView;
  /** One page of the ranking (`page`, of `total` entries). */
  items: (RankedItem & { titleLang?: string })[];
  page: number;
  total: number;
  /** Where another page of the ranking is (keeping the originals when they are shown). */
  pageHref: (page: number) => string;
  chart: string;
  /** The quick-win thresholds the ranking used. */
  quickWin: { value: number; ease: number };
  /** Every text shown from the city (translated or not), and the page with the originals and back. */
  translation: { texts: readonly ShownText[]; originalHref: string; translatedHref?: string | undefined };
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('scoring.publicTitle')} wide>
      <h1 class="kern-heading-large">{t('scoring.publicTitle')}</h1>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={p.translation.texts}
        originalHref={p.translation.originalHref}
        translatedHref={p.translation.translatedHref}
      />
      <p class="kern-body">{t('scoring.publicIntro')}</p>
      <p class="kern-body">
        {t('scoring.formula', {
          value: formatNumber(lang, p.quickWin.value),
          ease: formatNumber(lang, p.quickWin.ease),
        })}
      </p>
      <WeightsTable ctx={ctx} model={p.model} />
      {p.items.length ? <ChartFigure svg={p.chart} caption={t('scoring.chartCaption')} /> : null}
      <RankTable ctx={ctx} items={p.items} total={p.total} model={p.model} showScores canScore={false} />
      <RankPages ctx={ctx} page={p.page} total={p.total} href={p.pageHref} />
    </Layout>
  );
}

/** Scores for one idea or project: 0–5 per criterion, each with a short justification. */
export function ScoreFormPage(p: {
  ctx: PageCtx;
  title: string;
  action: string;
  model: ModelView;
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('scoring.scoreTitle', { title: p.title })}>
      <p class="kern-preline">{t('scoring.title')}</p>
      <h1 class="kern-heading-large">{withContent(ctx, 'scoring.scoreTitle', { title: p.title })}</h1>
      <p class="kern-body">{t('scoring.scoreIntro')}</p>
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={p.action} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        {p.model.criteria.map((c) => {
          const err = p.errors?.[`score-${c.id}`];
          return (
            <fieldset class={`kern-fieldset${err ? ' kern-fieldset--error' : ''}`} id={`f-score-${c.id}`}>
              <legend class="kern-label">
                <span lang={textLang(ctx, c.lang)}>{c.name}</span>{' '}
                <span class="kern-hint">
                  ({t(`scoring.axes.${c.axis}`)}; {t('scoring.weight')} {p.model.weights.get(c.id) ?? 0})
                </span>
              </legend>
              <div class="kern-hint" lang={textLang(ctx, c.descriptionLang)}>
                {c.description}
              </div>
              <FieldErrorMessage t={t} id={`f-score-${c.id}-error`} error={err} />
              <div class="kern-fieldset__body kern-fieldset__body--horizontal">
                {[0, 1, 2, 3, 4, 5].map((n) => (
                  <div class="kern-form-check">
                    <input
                      class="kern-form-check__radio"
                      type="radio"
                      id={`f-score-${c.id}-${n}`}
                      name={`score-${c.id}`}
                      value={String(n)}
                      checked={p.values[`score-${c.id}`] === String(n)}
                    />
                    <label class="kern-label" for={`f-score-${c.id}-${n}`}>
                      {n}
                    </label>
                  </div>
                ))}
              </div>
              <TextField
                t={t}
                name={`why-${c.id}`}
                label={t('scoring.justification')}
                hint={t('scoring.justificationHint')}
                value={p.values[`why-${c.id}`]}
                errors={p.errors}
                // Needed with the points (a criterion left blank altogether is left out).
                conditional
              />
            </fieldset>
          );
        })}
        <div class="form-actions">
          <Button>{t('scoring.saveScores')}</Button>
        </div>
      </form>
    </Layout>
  );
}

/** Weights of the model (a change makes a new version) and the history of versions. */
export function WeightsPage(p: {
  ctx: PageCtx;
  model: ModelView;
  values: Record<string, string>;
  errors?: Errors | undefined;
  canEdit: boolean;
}) {
  const { ctx, model } = p;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('scoring.weightsTitle')} wide>
      <h1 class="kern-heading-large">{t('scoring.weightsTitle')}</h1>
      <p class="kern-body">{t('scoring.weightsIntro')}</p>
      {p.canEdit ? (
        <>
          <ErrorSummary t={t} errors={p.errors} />
          <form method="post" action="/intern/priorisierung/gewichte" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            {model.criteria.map((c) => (
              <TextField
                t={t}
                name={`weight-${c.id}`}
                label={`${c.name} (${t(`scoring.axes.${c.axis}`)})`}
                hint={c.description}
                value={p.values[`weight-${c.id}`] ?? String(model.weights.get(c.id) ?? 0)}
                errors={p.errors}
                inputmode="decimal"
                required
              />
            ))}
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="note"
              label={t('scoring.note')}
              hint={t('scoring.noteHint')}
              value={p.values.note}
              errors={p.errors}
              required
            />
            <div class="form-actions">
              <Button>{t('scoring.saveWeights')}</Button>
            </div>
          </form>
        </>
      ) : (
        <WeightsTable ctx={ctx} model={model} />
      )}
      <TableScroll label={t('scoring.history')}>
        <table class="kern-table kern-table--striped">
          <caption>{t('scoring.history')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('scoring.version')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('scoring.note')}
              </th>
              {model.criteria.map((c) => (
                <th
                  scope="col"
                  class="kern-table__header kern-table__header--numeric"
                  lang={textLang(ctx, c.lang)}
                >
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {model.history.map((h) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell">
                  {h.version} ({formatDate(lang, h.createdAt)})
                </th>
                <td class="kern-table__cell">{h.note}</td>
                {model.criteria.map((c) => (
                  <td class="kern-table__cell kern-table__cell--numeric">
                    {formatNumber(lang, h.weights.get(c.id) ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}
