/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { lineChartSvg } from '../../platform/charts/charts.ts';
import { type FormErrors, type FormValues, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { formatNumber } from '../../platform/i18n/i18n.ts';
import { LOCALES } from '../../platform/i18n/langs.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { STRATEGY_PERMISSIONS } from './strategy.policy.ts';
import { ZGoalInput, ZKpiInput, ZMeasurementInput } from './strategy.schemas.ts';
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
import { KpiAdminPage, KpiPage, type KpiView, StrategyAdminPage } from './views/strategy.tsx';

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

  app.get('/strategie/kennzahlen/:id', async (c) => {
    const tenant = c.get('tenant');
    const kpi = await getKpi(db, tenant.id, c.req.param('id'));
    const [tree, orgs] = await Promise.all([strategyTree(db, tenant.id), loadOrgTree(db, tenant.id)]);
    const field = tree.pillars.flatMap((p) => p.fields).find((f) => f.id === kpi.fieldOfActionId);
    const goal = tree.goals.find((g) => g.id === kpi.goalId);
    // Name, definition and method in the reader's language where a translation exists.
    const original = c.req.query('original') === '1';
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'kpi', records: [kpi] },
        { type: 'field_of_action', records: field ? [field] : [] },
        { type: 'goal', records: goal ? [goal] : [] },
      ],
      { original },
    );
    const [shown] = texts.records('kpi', [kpi], ['name', 'definition', 'method', 'unit']);
    // Name and unit also stand inside sentences, the chart and the table: there in the reader's language.
    const local = { ...kpi, name: shown!.shown.name.text, unit: shown!.shown.unit.text };
    const chart = lineChartSvg({
      points: kpi.measurements.map((m) => ({ date: new Date(`${m.measuredOn}T00:00:00Z`), value: m.value })),
      target: kpi.target,
      unit: local.unit,
      label: kpiChartText(c, local),
      targetLabel: c.get('t')('strategy.targetLine', { year: kpi.targetYear }),
      locale: LOCALES[c.get('lang')],
    });
    return c.html(
      <KpiPage
        ctx={pageCtx(c)}
        kpi={local}
        shown={{
          ...shown!.shown,
          field: field ? texts.shown('field_of_action', field.id, 'name', field.name) : undefined,
          goal: goal ? texts.shown('goal', goal.id, 'title', goal.title) : undefined,
          original,
        }}
        chart={chart}
        owner={kpi.ownerOrgUnitId ? orgs.byId.get(kpi.ownerOrgUnitId)?.name : undefined}
        goalId={goal?.id}
      />,
    );
  });

  const adminPage = async (
    c: Ctx,
    form?: { name: 'goal' | 'kpi'; values: FormValues; errors: FormErrors },
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

  app.post('/intern/strategie/ziele', managers, (c) =>
    handleForm(c, ZGoalInput, {
      action: (input) => createGoal(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/strategie?hinweis=created',
      failed: (values, errors) => adminPage(c, { name: 'goal', values, errors }),
    }),
  );

  app.post('/intern/strategie/kennzahlen', managers, (c) =>
    handleForm(c, ZKpiInput, {
      action: (input) => createKpi(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: (kpi) => `/intern/strategie/kennzahlen/${kpi.id}?hinweis=created`,
      failed: (values, errors) => adminPage(c, { name: 'kpi', values, errors }),
    }),
  );

  const kpiAdmin = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
    const tenant = c.get('tenant');
    const kpi = await getKpi(db, tenant.id, c.req.param('id') ?? '');
    const canMeasure = canMeasureKpi(c.get('actor'), kpi, await loadOrgTree(db, tenant.id));
    return c.html(
      <KpiAdminPage ctx={pageCtx(c)} kpi={kpi} canMeasure={canMeasure} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/strategie/kennzahlen/:id', readers, (c) => kpiAdmin(c));

  app.post('/intern/strategie/kennzahlen/:id', readers, (c) =>
    handleForm(c, ZMeasurementInput, {
      action: (input) =>
        recordMeasurement(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/strategie/kennzahlen/${c.req.param('id')}?hinweis=saved`,
      failed: (values, errors) => kpiAdmin(c, values, errors),
    }),
  );

  return app;
}
