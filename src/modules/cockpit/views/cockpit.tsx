/** @jsxImportSource hono/jsx */
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import { ChartFigure, TableScroll, withContent } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { cockpit } from '../cockpit.service.ts';

type Data = Awaited<ReturnType<typeof cockpit>>;
const KEYS = ['on_track', 'at_risk', 'off_track', 'none'] as const;

/**
 * One traffic-light table; each count links to the back office's list with the same projects (running
 * ones of that group and reported status), so a number leads to the names behind it.
 */
function Matrix({
  ctx,
  title,
  rows,
  filter,
}: {
  ctx: PageCtx;
  title: string;
  rows: Data['byPillar'];
  /** The list's filter that matches the group. */
  filter: 'pillar' | 'field' | 'department';
}) {
  const { t } = ctx;
  const href = (id: string, k: (typeof KEYS)[number]) =>
    `/intern/projekte?${new URLSearchParams({ [filter]: id, phase: 'active', status: k })}`;
  return (
    <TableScroll label={title}>
      <table class="kern-table kern-table--striped">
        <caption>{title}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('cockpit.group')}
            </th>
            {KEYS.map((k) => (
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t(`status.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell" lang={r.group ? langAttr(ctx) : undefined}>
                {r.group || '–'}
              </th>
              {KEYS.map((k) => (
                <td
                  class={`kern-table__cell kern-table__cell--numeric${r.counts[k] && k !== 'on_track' && k !== 'none' ? ` cell-${k}` : ''}`}
                >
                  {r.counts[k] && r.id ? (
                    <a class="kern-link" href={href(r.id, k)}>
                      {r.counts[k]}
                      <span class="kern-sr-only">
                        {' '}
                        {withContent(
                          ctx,
                          'cockpit.countLink',
                          { group: r.group },
                          { count: r.counts[k], status: t(`status.${k}`) },
                        )}
                      </span>
                    </a>
                  ) : (
                    r.counts[k]
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ProjectList({
  ctx,
  id,
  title,
  rows,
  note,
}: {
  ctx: PageCtx;
  /** The heading's id: a plain token (a title with spaces is not an id). */
  id: string;
  title: string;
  rows: Data['overdue'];
  note?: (r: Data['overdue'][number]) => string;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby={`h-${id}`}>
      <h2 class="kern-heading-medium" id={`h-${id}`}>
        {title} ({rows.length})
      </h2>
      {rows.length ? (
        <ul class="kern-list">
          {rows.map((r) => (
            <li>
              <a class="kern-link" href={`/intern/projekte/${r.id}`} lang={langAttr(ctx)}>
                {r.title}
              </a>{' '}
              <span class="meta">
                (<span lang={langAttr(ctx)}>{r.office}</span>
                {note ? `; ${note(r)}` : ''})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('cockpit.noneHere')}</p>
      )}
    </section>
  );
}

function Trend({ ctx, rows }: { ctx: PageCtx; rows: Data['trend'] }) {
  const { t } = ctx;
  const keys = ['on_track', 'at_risk', 'off_track'] as const;
  return (
    <TableScroll label={t('cockpit.trendTable')}>
      <table class="kern-table kern-table--striped">
        <caption>{t('cockpit.trendTable')}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.period')}
            </th>
            {keys.map((k) => (
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t(`status.${k}`)}
              </th>
            ))}
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('cockpit.reported')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('cockpit.meanProgress')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                {r.period}
              </th>
              {keys.map((k) => (
                <td
                  class={`kern-table__cell kern-table__cell--numeric${r[k] && k !== 'on_track' ? ` cell-${k}` : ''}`}
                >
                  {r[k]}
                </td>
              ))}
              <td class="kern-table__cell kern-table__cell--numeric">{r.total}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{r.progress} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The CDO cockpit: portfolio status by department, pillar and field, and what needs attention. */
export function CockpitPage({
  ctx,
  data,
  chart,
  trendChart,
  reach,
}: {
  ctx: PageCtx;
  data: Data;
  chart: string;
  trendChart: string | undefined;
  /** Visits and page views of the public portal in the last 30 days. */
  reach: { visits: number; views: number };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('cockpit.title')} wide>
      <h1 class="kern-heading-large">{t('cockpit.title')}</h1>
      <p class="kern-body">{t(data.scope === 'all' ? 'cockpit.introAll' : 'cockpit.introDepartment')}</p>
      <p class="kern-body kern-body--large" role="status">
        {t('cockpit.summary', {
          count: data.total,
          on: data.totals.on_track,
          risk: data.totals.at_risk,
          off: data.totals.off_track,
          none: data.totals.none,
        })}
      </p>
      <ChartFigure svg={chart} caption={t('cockpit.chartCaption')} />
      <p class="kern-body">
        {t('cockpit.reach', {
          count: reach.visits,
          visits: formatNumber(ctx.lang, reach.visits),
          views: formatNumber(ctx.lang, reach.views),
        })}{' '}
        <a class="kern-link" href="/statistik">
          {t('cockpit.reachLink')}
        </a>
      </p>
      <section aria-labelledby="h-trend" class="stack">
        <h2 class="kern-heading-medium" id="h-trend">
          {t('cockpit.trend')}
        </h2>
        {trendChart ? (
          <>
            <ChartFigure svg={trendChart} caption={t('cockpit.trendCaption')} />
            <Trend ctx={ctx} rows={data.trend} />
          </>
        ) : (
          <p class="kern-body">{t('cockpit.noTrend')}</p>
        )}
      </section>
      <Matrix ctx={ctx} title={t('cockpit.byDepartment')} rows={data.byDepartment} filter="department" />
      <Matrix ctx={ctx} title={t('cockpit.byPillar')} rows={data.byPillar} filter="pillar" />
      <Matrix ctx={ctx} title={t('cockpit.byField')} rows={data.byField} filter="field" />
      <ProjectList ctx={ctx} id="overdue" title={t('cockpit.overdue')} rows={data.overdue} />
      <ProjectList ctx={ctx} id="decisions" title={t('cockpit.decisions')} rows={data.decisions} />
      <section aria-labelledby="h-items">
        <h2 class="kern-heading-medium" id="h-items">
          {t('cockpit.overdueItems')} ({data.overdueItems.length})
        </h2>
        {data.overdueItems.length ? (
          <ul class="kern-list">
            {data.overdueItems.map(({ item, meeting }) => (
              <li>
                <span lang={langAttr(ctx)}>{item.title}</span>{' '}
                <span class="meta">
                  (
                  <a class="kern-link" href={`/intern/besprechungen/${meeting.id}`} lang={langAttr(ctx)}>
                    {meeting.title}
                  </a>
                  ; {t('meeting.dueOn', { date: formatDate(ctx.lang, item.dueOn) })})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('cockpit.noneHere')}</p>
        )}
      </section>
      <ProjectList
        ctx={ctx}
        id="disagreements"
        title={t('cockpit.disagreements')}
        rows={data.disagreements}
        note={(r) =>
          t('cockpit.disagreeNote', {
            reported: t(`status.${r.status}`),
            computed: t(`status.${r.health.status}`),
          })
        }
      />
    </Layout>
  );
}
