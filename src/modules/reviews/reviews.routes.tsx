/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { hasAnyRole } from '../../platform/auth/actor.ts';
import { barChartSvg, stackedColumnsSvg } from '../../platform/charts/charts.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { cyclesRoutes } from './cycles.routes.tsx';
import { cockpit } from './reviews.cockpit.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { approvalQueue, reviewStatusReport } from './reviews.service.ts';
import { CockpitPage } from './views/cockpit.tsx';
import { ApprovalQueuePage } from './views/queue.tsx';

/** The office heads' approval queue for status reports. */
export function reviewsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const reviewers = requirePermission(REVIEW_PERMISSIONS, 'report:read-queue');

  app.get('/intern/statusberichte', reviewers, async (c) => {
    const items = await approvalQueue(db, c.get('tenant').id, actorOf(c));
    return c.html(<ApprovalQueuePage ctx={pageCtx(c)} items={items} />);
  });

  app.post('/intern/statusberichte/:id', reviewers, async (c) => {
    const body = await formBody(c);
    const values = { decision: field(body, 'decision'), comment: field(body, 'comment') };
    try {
      const r = await reviewStatusReport(
        db,
        c.get('tenant').id,
        actorOf(c),
        c.req.param('id'),
        values as never,
        metaOf(c),
      );
      return c.redirect(
        `/intern/statusberichte?hinweis=${r.state === 'returned' ? 'returned' : 'approved'}`,
        303,
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      const items = await approvalQueue(db, c.get('tenant').id, actorOf(c));
      return c.html(
        <ApprovalQueuePage
          ctx={pageCtx(c)}
          items={items}
          failed={{ id: c.req.param('id'), errors: err.fields, values }}
        />,
        422,
      );
    }
  });

  app.get('/intern/cockpit', requirePermission(REVIEW_PERMISSIONS, 'cockpit:read'), async (c) => {
    const t = c.get('t');
    const tenantId = c.get('tenant').id;
    const actor = actorOf(c);
    // The cockpit reads the whole portfolio; like the public pages it is kept until the next change in
    // the tenant (or 30 s), per scope: the CDO team shares one, a department head has their own.
    const scope = hasAnyRole(actor, ['cdo', 'admin']) ? 'all' : actor.accountId;
    const key = `cockpit:${scope}:${currentDay()}`;
    const load = () => cockpit(db, tenantId, actor);
    const data = deps.config.responseCache ? await deps.cache.value(tenantId, key, load) : await load();
    const chart = barChartSvg({
      bars: (['on_track', 'at_risk', 'off_track', 'none'] as const).map((k) => ({
        label: t(`status.${k}`),
        value: data.totals[k],
      })),
      label: t('cockpit.chartAlt', {
        count: data.total,
        on: data.totals.on_track,
        risk: data.totals.at_risk,
        off: data.totals.off_track,
        none: data.totals.none,
      }),
      unit: t('cockpit.projects'),
      locale: c.get('lang') === 'de' ? 'de-DE' : 'en-GB',
    });
    const first = data.trend[0];
    const last = data.trend.at(-1);
    const trendChart =
      first && last
        ? stackedColumnsSvg({
            periods: data.trend.map((r) => r.period),
            series: [
              { key: 'on_track', label: t('status.on_track'), color: '#2e7d32' },
              { key: 'at_risk', label: t('status.at_risk'), color: '#c77700' },
              { key: 'off_track', label: t('status.off_track'), color: '#b3261e' },
            ],
            values: data.trend.map(({ on_track, at_risk, off_track }) => ({ on_track, at_risk, off_track })),
            label: t('cockpit.trendAlt', {
              count: data.trend.length,
              first: first.period,
              last: last.period,
              offFirst: first.off_track,
              offLast: last.off_track,
              totalFirst: first.total,
              totalLast: last.total,
            }),
            unit: t('cockpit.projects'),
            locale: c.get('lang') === 'de' ? 'de-DE' : 'en-GB',
          })
        : undefined;
    return c.html(<CockpitPage ctx={pageCtx(c)} data={data} chart={chart} trendChart={trendChart} />);
  });

  app.route('/', cyclesRoutes(deps));
  return app;
}
