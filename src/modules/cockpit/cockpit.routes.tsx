/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { portalReach } from '../../platform/analytics/collector.ts';
import { hasAnyRole } from '../../platform/auth/actor.ts';
import { barChartSvg, STATUS_COLORS, stackedColumnsSvg } from '../../platform/charts/charts.ts';
import { addDays } from '../../platform/dates.ts';
import { actorOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { LOCALES } from '../../platform/i18n/langs.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { COCKPIT_PERMISSIONS } from './cockpit.policy.ts';
import { cockpit, readCockpitBase } from './cockpit.service.ts';
import { CockpitPage } from './views/cockpit.tsx';

/** The CDO cockpit (/intern/cockpit): the portfolio by status, trend, overdue reports and action items. */
export function cockpitRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/intern/cockpit', requirePermission(COCKPIT_PERMISSIONS, 'cockpit:read'), async (c) => {
    const t = c.get('t');
    const tenantId = c.get('tenant').id;
    const actor = actorOf(c);
    // The cockpit reads the whole portfolio once for all its readers (readCockpitBase). Each reader's
    // share is kept per scope with the cache on: the CDO team shares one, a department head has their own.
    const scope = hasAnyRole(actor, ['cdo', 'admin']) ? 'all' : actor.accountId;
    const today = todayOf(c);
    const key = `cockpit:${scope}:${today}`;
    const base = readCockpitBase(deps, tenantId, today);
    const load = () => cockpit(db, tenantId, actor, today, base);
    const data = deps.config.responseCache ? await deps.cache.value(tenantId, key, load) : await load();
    // The charts are a function of the data and the language: drawn once per cached version (Observable
    // Plot on linkedom costs more than the rest of the page).
    const lang = c.get('lang');
    const draw = async () => {
      const chart = barChartSvg({
        bars: (['on_track', 'at_risk', 'off_track', 'none'] as const).map((k) => ({
          label: t(`status.${k}`),
          value: data.totals[k],
          color: STATUS_COLORS[k],
        })),
        label: t('cockpit.chartAlt', {
          count: data.total,
          on: data.totals.on_track,
          risk: data.totals.at_risk,
          off: data.totals.off_track,
          none: data.totals.none,
        }),
        unit: t('cockpit.projects'),
        locale: LOCALES[lang],
      });
      const trendChart = data.trend.length
        ? stackedColumnsSvg({
            periods: data.trend.map((r) => r.period),
            series: [
              { key: 'on_track', label: t('status.on_track'), color: STATUS_COLORS.on_track },
              { key: 'at_risk', label: t('status.at_risk'), color: STATUS_COLORS.at_risk },
              { key: 'off_track', label: t('status.off_track'), color: STATUS_COLORS.off_track },
            ],
            values: data.trend.map(({ on_track, at_risk, off_track }) => ({
              on_track,
              at_risk,
              off_track,
            })),
            // Every cycle's counts, as the table below has them: a first and last cycle alone misled
            // (the last may be open, with few reports approved yet).
            label: t('cockpit.trendAlt', {
              periods: data.trend
                .map((r) =>
                  t('cockpit.trendAltPeriod', {
                    period: r.period,
                    on: r.on_track,
                    risk: r.at_risk,
                    off: r.off_track,
                  }),
                )
                .join('; '),
            }),
            unit: t('cockpit.projects'),
            locale: LOCALES[lang],
          })
        : undefined;
      return { chart, trendChart };
    };
    const { chart, trendChart } = deps.config.responseCache
      ? await deps.cache.value(tenantId, `${key}:charts:${lang}`, draw)
      : await draw();
    // How far the portal reaches (counted without tracking): the last 30 days.
    const reach = await portalReach(db, tenantId, addDays(today, -29), today);
    return c.html(
      <CockpitPage ctx={pageCtx(c)} data={data} chart={chart} trendChart={trendChart} reach={reach} />,
    );
  });

  return app;
}
