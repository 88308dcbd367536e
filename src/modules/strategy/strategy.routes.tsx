/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { lineChartSvg } from '../../platform/charts/charts.ts';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { formatNumber } from '../../platform/i18n/i18n.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { STRATEGY_PERMISSIONS } from './strategy.policy.ts';
import {
  canManageStrategy,
  canMeasureKpi,
  createGoal,
  createKpi,
  fieldOptions,
  getKpi,
  kpisWithMeasurements,
  recordMeasurement,
  strategyTree,
} from './strategy.service.ts';
import { KpiAdminPage, KpiPage, type KpiView, StrategyAdminPage, StrategyPage } from './views/strategy.tsx';

const KPI_FIELDS = [
  'key',
  'name',
  'definition',
  'unit',
  'method',
  'source',
  'baseline',
  'baselineYear',
  'target',
  'targetYear',
  'direction',
  'ownerOrgUnitId',
  'fieldOfActionId',
  'goalId',
] as const;

/** The KPI chart's text alternative: what a sighted reader takes from the chart, in one sentence. */
export function kpiChartText(c: Ctx, kpi: KpiView) {
  const t = c.get('t');
  const lang = c.get('lang');
  const first = kpi.measurements[0];
  const last = kpi.measurements.at(-1);
  if (!first || !last) return '';
  const n = (v: number) => formatNumber(lang, v, { maximumFractionDigits: 2 });
  return t('strategy.chartAlt', {
    name: kpi.name,
    count: kpi.measurements.length,
    first: n(first.value),
    firstDate: first.measuredOn,
    last: n(last.value),
    lastDate: last.measuredOn,
    unit: kpi.unit,
    target: n(kpi.target),
    year: kpi.targetYear,
  });
}

/** /strategie (public) and the CDO team's strategy back office. */
export function strategyRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(STRATEGY_PERMISSIONS, 'strategy:read');
  const managers = requirePermission(STRATEGY_PERMISSIONS, 'strategy:manage');

  app.get('/strategie', async (c) => {
    const tenant = c.get('tenant');
    const [tree, kpis] = await Promise.all([
      strategyTree(db, tenant.id),
      kpisWithMeasurements(db, tenant.id),
    ]);
    return c.html(<StrategyPage ctx={pageCtx(c)} tree={tree} kpis={kpis} />);
  });

  app.get('/strategie/kennzahlen/:id', async (c) => {
    const tenant = c.get('tenant');
    const kpi = await getKpi(db, tenant.id, c.req.param('id'));
    const [tree, orgs] = await Promise.all([strategyTree(db, tenant.id), loadOrgTree(db, tenant.id)]);
    const chart = lineChartSvg({
      points: kpi.measurements.map((m) => ({ date: new Date(`${m.measuredOn}T00:00:00Z`), value: m.value })),
      target: kpi.target,
      unit: kpi.unit,
      label: kpiChartText(c, kpi),
      targetLabel: c.get('t')('strategy.targetLine', { year: kpi.targetYear }),
      locale: c.get('lang') === 'de' ? 'de-DE' : 'en-GB',
    });
    return c.html(
      <KpiPage
        ctx={pageCtx(c)}
        kpi={kpi}
        chart={chart}
        owner={kpi.ownerOrgUnitId ? orgs.byId.get(kpi.ownerOrgUnitId)?.name : undefined}
        field={tree.pillars.flatMap((p) => p.fields).find((f) => f.id === kpi.fieldOfActionId)?.name}
        goal={tree.goals.find((g) => g.id === kpi.goalId)?.title}
      />,
    );
  });

  const adminPage = async (
    c: Ctx,
    form?: { name: 'goal' | 'kpi'; values: Record<string, string | string[]>; errors: AppError['fields'] },
  ) => {
    const tenant = c.get('tenant');
    const [tree, kpis, orgs] = await Promise.all([
      strategyTree(db, tenant.id),
      kpisWithMeasurements(db, tenant.id),
      loadOrgTree(db, tenant.id),
    ]);
    return c.html(
      <StrategyAdminPage
        ctx={pageCtx(c)}
        tree={tree}
        kpis={kpis}
        fields={fieldOptions(tree.pillars)}
        offices={orgs.offices().map((o) => ({ value: o.id, label: o.name }))}
        canManage={canManageStrategy(c.get('actor'))}
        form={form ? { ...form, errors: form.errors ?? {} } : undefined}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/strategie', readers, (c) => adminPage(c));

  app.post('/intern/strategie/ziele', managers, async (c) => {
    const body = await formBody(c);
    const values = {
      fieldOfActionId: field(body, 'fieldOfActionId'),
      parentId: field(body, 'parentId'),
      title: field(body, 'title'),
      description: field(body, 'description'),
      guidelineIds: fields(body, 'guidelineIds'),
    };
    try {
      await createGoal(db, c.get('tenant').id, actorOf(c), values, metaOf(c));
      return c.redirect('/intern/strategie?hinweis=created', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return adminPage(c, { name: 'goal', values, errors: err.fields });
    }
  });

  app.post('/intern/strategie/kennzahlen', managers, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(KPI_FIELDS.map((f) => [f, field(body, f)]));
    try {
      const kpi = await createKpi(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect(`/intern/strategie/kennzahlen/${kpi.id}?hinweis=created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return adminPage(c, { name: 'kpi', values, errors: err.fields });
    }
  });

  const kpiAdmin = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const kpi = await getKpi(db, tenant.id, c.req.param('id') ?? '');
    const canMeasure = canMeasureKpi(c.get('actor'), kpi, await loadOrgTree(db, tenant.id));
    return c.html(
      <KpiAdminPage ctx={pageCtx(c)} kpi={kpi} canMeasure={canMeasure} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/strategie/kennzahlen/:id', readers, (c) => kpiAdmin(c));

  app.post('/intern/strategie/kennzahlen/:id', readers, async (c) => {
    const body = await formBody(c);
    const values = {
      measuredOn: field(body, 'measuredOn'),
      value: field(body, 'value'),
      note: field(body, 'note'),
    };
    try {
      await recordMeasurement(db, c.get('tenant').id, actorOf(c), c.req.param('id'), values, metaOf(c));
      return c.redirect(`/intern/strategie/kennzahlen/${c.req.param('id')}?hinweis=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return kpiAdmin(c, values, err.fields);
    }
  });

  return app;
}
