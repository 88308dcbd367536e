/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { barChartSvg } from '../../platform/charts/charts.ts';
import { todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import { LOCALES } from '../../platform/i18n/langs.ts';
import { type Permissions, requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { internalStatistics, publicStatistics } from './statistics.service.ts';
import { InternalStatisticsPage, StatisticsPage } from './views/statistics.tsx';

export const STATISTICS_PERMISSIONS = {
  /** Search words without results, entry pages and referrers: the CDO team and administrators. */
  'statistics:read-internal': ['cdo', 'admin'],
} as const satisfies Permissions;

/** /statistik (public) and /intern/statistik (what only the administration sees). */
export function statisticsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/statistik', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const stats = await publicStatistics(db, c.get('tenant').id, todayOf(c));
    // Thirty days as weeks: five bars read at a glance, on a phone too (the table below has every day).
    const weeks: { label: string; value: number }[] = [];
    stats.visits.forEach((d, i) => {
      if (i % 7 === 0)
        weeks.push({ label: t('statistics.weekOf', { date: formatDate(lang, d.day) }), value: 0 });
      weeks.at(-1)!.value += d.count;
    });
    const visitsChart = barChartSvg({
      bars: weeks,
      label: t('statistics.visitsAlt', { total: stats.totals.visits }),
      unit: t('statistics.visits'),
      locale: LOCALES[lang],
    });
    const participationChart = barChartSvg({
      bars: stats.participation.map((m) => ({ label: m.month, value: m.proposals })),
      label: t('statistics.participationAlt'),
      unit: t('statistics.proposals'),
      locale: LOCALES[lang],
    });
    return c.html(
      <StatisticsPage
        ctx={pageCtx(c)}
        stats={stats}
        visitsChart={visitsChart}
        participationChart={participationChart}
      />,
    );
  });

  app.get(
    '/intern/statistik',
    requirePermission(STATISTICS_PERMISSIONS, 'statistics:read-internal'),
    async (c) =>
      c.html(
        <InternalStatisticsPage
          ctx={pageCtx(c)}
          stats={await internalStatistics(db, c.get('tenant').id, todayOf(c))}
        />,
      ),
  );

  return app;
}
