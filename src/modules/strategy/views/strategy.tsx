/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, formatNumber, type Lang } from '../../../platform/i18n/i18n.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  ChartFigure,
  Checkboxes,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FieldIds,
  PageTranslationNote,
  Radios,
  Select,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import type { GoalNode } from '../strategy.service.ts';
import type { Kpi, KpiMeasurement } from '../strategy.table.ts';

interface Guideline {
  id: string;
  key: string;
  title: string;
  description: string;
}

interface TreeView {
  pillars: {
    id: string;
    name: string;
    description: string;
    fields: { id: string; name: string; description: string; goals: GoalNode[] }[];
  }[];
  guidelines: Guideline[];
}

export type KpiView = Kpi & { measurements: KpiMeasurement[] };

const num = (lang: Lang, v: number) => formatNumber(lang, v, { maximumFractionDigits: 2 });

/** Latest value, target and how far the KPI has come, as words and numbers. */
function kpiLine(ctx: PageCtx, k: KpiView) {
  const { t, lang } = ctx;
  const latest = k.measurements.at(-1);
  return latest
    ? t('strategy.kpiLatest', {
        value: num(lang, latest.value),
        unit: k.unit,
        date: formatDate(lang, latest.measuredOn),
        target: num(lang, k.target),
        year: k.targetYear,
      })
    : t('strategy.kpiNoValue', { target: num(lang, k.target), unit: k.unit, year: k.targetYear });
}

/** One KPI: its U4SSC definition, a chart with the target line and the same numbers as a table. */
export function KpiPage({
  ctx,
  kpi,
  shown,
  chart,
  owner,
  goalId,
}: {
  ctx: PageCtx;
  kpi: KpiView;
  /** The city's texts about the KPI as the reader sees them (translated, or as written). */
  shown: {
    name: ShownText;
    definition: ShownText;
    method: ShownText;
    unit: ShownText;
    field: ShownText | undefined;
    goal: ShownText | undefined;
    original: boolean;
  };
  chart: string;
  owner: string | undefined;
  goalId: string | undefined;
}) {
  const { t, lang } = ctx;
  const txt = (s: ShownText) => <span lang={textLang(ctx, s.lang)}>{s.text}</span>;
  const base = `/strategie/kennzahlen/${kpi.id}`;
  return (
    <Layout ctx={ctx} title={shown.name.text}>
      <p class="kern-preline">{t('strategy.kpi')}</p>
      <h1 class="kern-heading-large" lang={textLang(ctx, shown.name.lang)}>
        {shown.name.text}
      </h1>
      <p class="kern-body kern-body--large">{kpiLine(ctx, kpi)}</p>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={[shown.name, shown.definition, shown.method, shown.unit]}
        originalHref={`${base}?original=1`}
        translatedHref={shown.original ? base : undefined}
      />
      <DescriptionList
        items={[
          [t('strategy.definition'), txt(shown.definition)],
          [t('strategy.unit'), txt(shown.unit)],
          [t('strategy.method'), txt(shown.method)],
          [t('strategy.source'), <span lang={langAttr(ctx)}>{kpi.source}</span>],
          [t('strategy.baseline'), `${num(lang, kpi.baseline)} ${kpi.unit} (${kpi.baselineYear})`],
          [t('strategy.target'), `${num(lang, kpi.target)} ${kpi.unit} (${kpi.targetYear})`],
          [t('strategy.direction'), t(`strategy.directions.${kpi.direction}`)],
          ...(owner
            ? ([[t('strategy.owner'), <span lang={langAttr(ctx)}>{owner}</span>]] as [string, Child][])
            : []),
          ...(shown.field ? ([[t('projects.field'), txt(shown.field)]] as [string, Child][]) : []),
          ...(goalId && shown.goal
            ? ([
                [
                  t('strategy.goal'),
                  <a class="kern-link" href={`/strategie/ziele/${goalId}`}>
                    {txt(shown.goal)}
                  </a>,
                ],
              ] as [string, Child][])
            : []),
        ]}
      />
      {kpi.measurements.length ? <ChartFigure svg={chart} caption={t('strategy.chartCaption')} /> : null}
      <MeasurementTable ctx={ctx} kpi={kpi} />
    </Layout>
  );
}

export function MeasurementTable({ ctx, kpi }: { ctx: PageCtx; kpi: KpiView }) {
  const { t, lang } = ctx;
  if (!kpi.measurements.length) return <p class="kern-body">{t('strategy.noMeasurements')}</p>;
  return (
    <TableScroll label={t('strategy.measurements', { name: kpi.name })}>
      <table class="kern-table kern-table--striped">
        <caption>{withContent(ctx, 'strategy.measurements', { name: kpi.name })}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('strategy.measuredOn')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('strategy.value', { unit: kpi.unit })}
            </th>
            <th scope="col" class="kern-table__header">
              {t('strategy.note')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {kpi.measurements.map((m) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{formatDate(lang, m.measuredOn)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{num(lang, m.value)}</td>
              <td class="kern-table__cell" lang={m.note ? langAttr(ctx) : undefined}>
                {m.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The CDO team's strategy page: the tree, a goal form and a KPI form. */
export function StrategyAdminPage(p: {
  ctx: PageCtx;
  tree: TreeView & { goals: GoalNode[] };
  kpis: KpiView[];
  fields: { value: string; label: string }[];
  offices: { value: string; label: string }[];
  canManage: boolean;
  form?: { name: 'goal' | 'kpi'; values: Record<string, string | string[]>; errors: Errors } | undefined;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const goal = p.form?.name === 'goal' ? p.form : undefined;
  const kpi = p.form?.name === 'kpi' ? p.form : undefined;
  const v = (f: typeof goal, k: string) => {
    const x = f?.values[k];
    return Array.isArray(x) ? x[0] : x;
  };
  const goalOptions = p.tree.goals.map((g) => ({ value: g.id, label: g.title }));
  return (
    <Layout ctx={ctx} title={t('strategy.adminTitle')}>
      <h1 class="kern-heading-large">{t('strategy.adminTitle')}</h1>
      <p class="kern-body">
        <a class="kern-link" href="/strategie">
          {t('strategy.publicLink')}
        </a>
      </p>
      <h2 class="kern-heading-medium">{t('strategy.kpis')}</h2>
      <ul class="kern-list list-plain">
        {p.kpis.map((k) => (
          <li class="row-actions">
            <a class="kern-link" href={`/intern/strategie/kennzahlen/${k.id}`} lang={langAttr(ctx)}>
              {k.name}
            </a>
            <span class="meta">{kpiLine(ctx, k)}</span>
          </li>
        ))}
      </ul>
      {p.canManage ? (
        <>
          <h2 class="kern-heading-medium">{t('strategy.newGoal')}</h2>
          <FieldIds scope="goal">
            {' '}
            <ErrorSummary t={t} errors={goal?.errors} />
            <form method="post" action="/intern/strategie/ziele" class="stack" novalidate>
              <Csrf token={ctx.csrf} />
              <Select
                t={t}
                name="fieldOfActionId"
                label={t('projects.field')}
                empty={t('form.choose')}
                value={v(goal, 'fieldOfActionId')}
                options={contentOptions(ctx, p.fields)}
                errors={goal?.errors}
                required
              />
              <Select
                t={t}
                name="parentId"
                label={t('strategy.parent')}
                hint={t('strategy.parentHint')}
                empty={t('strategy.noParent')}
                value={v(goal, 'parentId')}
                options={contentOptions(ctx, goalOptions)}
                errors={goal?.errors}
              />
              <TextField
                lang={langAttr(ctx)}
                t={t}
                name="title"
                label={t('strategy.goalTitle')}
                value={v(goal, 'title')}
                errors={goal?.errors}
                required
              />
              <TextArea
                lang={langAttr(ctx)}
                t={t}
                name="description"
                label={t('strategy.goalDescription')}
                value={v(goal, 'description')}
                errors={goal?.errors}
                rows={3}
              />
              <Checkboxes
                t={t}
                name="guidelineIds"
                label={t('strategy.charter')}
                values={(goal?.values.guidelineIds as string[] | undefined) ?? []}
                options={contentOptions(
                  ctx,
                  p.tree.guidelines.map((g) => ({ value: g.id, label: g.title })),
                )}
                errors={goal?.errors}
              />
              <div class="form-actions">
                <Button>{t('strategy.createGoal')}</Button>
              </div>
            </form>
          </FieldIds>
          <h2 class="kern-heading-medium">{t('strategy.newKpi')}</h2>
          <p class="kern-body">{t('strategy.kpiIntro')}</p>
          <FieldIds scope="kpi">
            {' '}
            <ErrorSummary t={t} errors={kpi?.errors} />
            <form method="post" action="/intern/strategie/kennzahlen" class="stack" novalidate>
              <Csrf token={ctx.csrf} />
              <TextField
                lang={langAttr(ctx)}
                t={t}
                name="name"
                label={t('strategy.kpiName')}
                value={v(kpi, 'name')}
                errors={kpi?.errors}
                required
              />
              <TextField
                t={t}
                name="key"
                label={t('strategy.kpiKey')}
                hint={t('strategy.kpiKeyHint')}
                value={v(kpi, 'key')}
                errors={kpi?.errors}
                required
              />
              <TextArea
                lang={langAttr(ctx)}
                t={t}
                name="definition"
                label={t('strategy.definition')}
                value={v(kpi, 'definition')}
                errors={kpi?.errors}
                rows={3}
                required
              />
              <TextField
                t={t}
                name="unit"
                label={t('strategy.unit')}
                value={v(kpi, 'unit')}
                errors={kpi?.errors}
                required
              />
              <TextArea
                t={t}
                name="method"
                label={t('strategy.method')}
                value={v(kpi, 'method')}
                errors={kpi?.errors}
                rows={3}
                required
              />
              <TextField
                lang={langAttr(ctx)}
                t={t}
                name="source"
                label={t('strategy.source')}
                value={v(kpi, 'source')}
                errors={kpi?.errors}
                required
              />
              <TextField
                t={t}
                name="baseline"
                label={t('strategy.baseline')}
                value={v(kpi, 'baseline')}
                errors={kpi?.errors}
                inputmode="decimal"
                required
              />
              <TextField
                t={t}
                name="baselineYear"
                label={t('strategy.baselineYear')}
                value={v(kpi, 'baselineYear')}
                errors={kpi?.errors}
                inputmode="numeric"
                required
              />
              <TextField
                t={t}
                name="target"
                label={t('strategy.target')}
                value={v(kpi, 'target')}
                errors={kpi?.errors}
                inputmode="decimal"
                required
              />
              <TextField
                t={t}
                name="targetYear"
                label={t('strategy.targetYear')}
                value={v(kpi, 'targetYear')}
                errors={kpi?.errors}
                inputmode="numeric"
                required
              />
              <Radios
                t={t}
                name="direction"
                label={t('strategy.direction')}
                value={v(kpi, 'direction') || 'increase'}
                options={[
                  { value: 'increase', label: t('strategy.directions.increase') },
                  { value: 'decrease', label: t('strategy.directions.decrease') },
                ]}
                errors={kpi?.errors}
              />
              <Select
                t={t}
                name="ownerOrgUnitId"
                label={t('strategy.owner')}
                empty={t('form.choose')}
                value={v(kpi, 'ownerOrgUnitId')}
                options={contentOptions(ctx, p.offices)}
                errors={kpi?.errors}
              />
              <Select
                t={t}
                name="fieldOfActionId"
                label={t('projects.field')}
                empty={t('form.choose')}
                value={v(kpi, 'fieldOfActionId')}
                options={contentOptions(ctx, p.fields)}
                errors={kpi?.errors}
              />
              <Select
                t={t}
                name="goalId"
                label={t('strategy.goal')}
                empty={t('form.choose')}
                value={v(kpi, 'goalId')}
                options={contentOptions(ctx, goalOptions)}
                errors={kpi?.errors}
              />
              <div class="form-actions">
                <Button>{t('strategy.createKpi')}</Button>
              </div>
            </form>
          </FieldIds>
        </>
      ) : null}
    </Layout>
  );
}

/** A KPI's measurements and the form to add one (CDO team, head of the owning office). */
export function KpiAdminPage({
  ctx,
  kpi,
  canMeasure,
  values,
  errors,
}: {
  ctx: PageCtx;
  kpi: KpiView;
  canMeasure: boolean;
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={kpi.name}>
      <p class="kern-preline">{t('strategy.kpi')}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {kpi.name}
      </h1>
      <p class="kern-body">
        <a class="kern-link" href={`/strategie/kennzahlen/${kpi.id}`}>
          {t('strategy.publicLink')}
        </a>
      </p>
      <MeasurementTable ctx={ctx} kpi={kpi} />
      {canMeasure ? (
        <>
          <h2 class="kern-heading-medium">{t('strategy.addMeasurement')}</h2>
          <ErrorSummary t={t} errors={errors} />
          <form method="post" action={`/intern/strategie/kennzahlen/${kpi.id}`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="measuredOn"
              type="date"
              label={t('strategy.measuredOn')}
              value={values.measuredOn}
              errors={errors}
              required
            />
            <TextField
              t={t}
              name="value"
              label={t('strategy.value', { unit: kpi.unit })}
              value={values.value}
              errors={errors}
              inputmode="decimal"
              required
            />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="note"
              label={t('strategy.note')}
              value={values.note}
              errors={errors}
            />
            <div class="form-actions">
              <Button>{t('strategy.saveMeasurement')}</Button>
            </div>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
