/** @jsxImportSource hono/jsx */
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import { ChartFigure, DescriptionList, TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { internalStatistics, publicStatistics } from '../statistics.service.ts';

type PublicStats = Awaited<ReturnType<typeof publicStatistics>>;
type InternalStats = Awaited<ReturnType<typeof internalStatistics>>;

/** A two-column table of names and counts, with its caption. */
function CountTable({
  ctx,
  caption,
  head,
  rows,
}: {
  ctx: PageCtx;
  caption: string;
  head: string;
  rows: { label: string; href?: string; count: number; lang?: string | undefined }[];
}) {
  const { t, lang } = ctx;
  if (!rows.length) return <p class="kern-body">{t('statistics.noneYet')}</p>;
  return (
    <TableScroll label={caption}>
      <table class="kern-table">
        <caption class="kern-sr-only">{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {head}
            </th>
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              {t('statistics.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row" lang={r.lang}>
                {r.href ? (
                  <a class="kern-link" href={r.href}>
                    {r.label}
                  </a>
                ) : (
                  r.label
                )}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(lang, r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function StatisticsPage({
  ctx,
  stats,
  visitsChart,
  participationChart,
}: {
  ctx: PageCtx;
  stats: PublicStats;
  visitsChart: string;
  participationChart: string;
}) {
  const { t, lang } = ctx;
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang, { month: 'long', year: 'numeric' }).format(
      new Date(`${m}-15T12:00:00Z`),
    );
  return (
    <Layout ctx={ctx} title={t('statistics.title')}>
      <h1 class="kern-heading-large">{t('statistics.title')}</h1>
      <p class="kern-body">{t('statistics.intro')}</p>
      <h2 class="kern-heading-medium">
        {t('statistics.period', { from: formatDate(lang, stats.from), to: formatDate(lang, stats.to) })}
      </h2>
      <DescriptionList
        items={[
          [t('statistics.visits'), formatNumber(lang, stats.totals.visits)],
          [t('statistics.views'), formatNumber(lang, stats.totals.views)],
          [t('statistics.returning'), formatNumber(lang, stats.totals.returning)],
          [t('statistics.downloads'), formatNumber(lang, stats.totals.downloads)],
        ]}
      />
      <h2 class="kern-heading-medium">{t('statistics.visitsWeekly')}</h2>
      <ChartFigure svg={visitsChart} caption={t('statistics.visitsWeekly')} />
      <details>
        <summary class="kern-link">{t('statistics.visitsChart')}</summary>
        <CountTable
          ctx={ctx}
          caption={t('statistics.visitsChart')}
          head={t('statistics.day')}
          rows={stats.visits.map((d) => ({ label: formatDate(lang, d.day), count: d.count }))}
        />
      </details>
      <h2 class="kern-heading-medium">{t('statistics.topProjects')}</h2>
      <CountTable
        ctx={ctx}
        caption={t('statistics.topProjects')}
        head={t('statistics.project')}
        rows={stats.topProjects.map((p) => ({
          label: p.title,
          href: `/projekte/${p.slug}`,
          count: p.views,
          lang: langAttr(ctx),
        }))}
      />
      <h2 class="kern-heading-medium">{t('statistics.participation')}</h2>
      <ChartFigure svg={participationChart} caption={t('statistics.participation')} />
      <TableScroll label={t('statistics.participation')}>
        <table class="kern-table">
          <caption class="kern-sr-only">{t('statistics.participation')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('statistics.month')}
              </th>
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {t('statistics.proposals')}
              </th>
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {t('statistics.supports')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.participation.map((m) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {monthName(m.month)}
                </th>
                <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(lang, m.proposals)}</td>
                <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(lang, m.supports)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 class="kern-heading-medium">{t('statistics.downloads')}</h2>
      <CountTable
        ctx={ctx}
        caption={t('statistics.downloads')}
        head={t('statistics.file')}
        rows={stats.downloads.map((d) => ({ label: d.file, href: `/daten/${d.file}`, count: d.count }))}
      />
      <p class="kern-body">
        <a class="kern-link" href="/daten">
          {t('statistics.openData')}
        </a>
      </p>
    </Layout>
  );
}

export function InternalStatisticsPage({ ctx, stats }: { ctx: PageCtx; stats: InternalStats }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('statistics.internalTitle')}>
      <h1 class="kern-heading-large">{t('statistics.internalTitle')}</h1>
      <p class="kern-body">{t('statistics.internalIntro')}</p>
      <p class="kern-body">
        {t('statistics.period', { from: formatDate(lang, stats.from), to: formatDate(lang, stats.to) })} ·{' '}
        <a class="kern-link" href="/statistik">
          {t('statistics.publicLink')}
        </a>
      </p>
      <h2 class="kern-heading-medium">{t('statistics.misses')}</h2>
      <CountTable
        ctx={ctx}
        caption={t('statistics.misses')}
        head={t('statistics.words')}
        rows={stats.misses.map((m) => ({ label: m.key, count: m.count, lang: 'und' }))}
      />
      <h2 class="kern-heading-medium">{t('statistics.entries')}</h2>
      <CountTable
        ctx={ctx}
        caption={t('statistics.entries')}
        head={t('statistics.page')}
        rows={stats.entries.map((m) => ({ label: m.key, href: m.key, count: m.count }))}
      />
      <h2 class="kern-heading-medium">{t('statistics.referrers')}</h2>
      <CountTable
        ctx={ctx}
        caption={t('statistics.referrers')}
        head={t('statistics.host')}
        rows={stats.referrers.map((m) => ({ label: m.key, count: m.count }))}
      />
    </Layout>
  );
}
