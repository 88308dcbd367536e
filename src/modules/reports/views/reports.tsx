/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { STATUS_COLORS } from '../../../platform/charts/charts.ts';
import { formatDate, formatNumber, type T } from '../../../platform/i18n/i18n.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  ChartFigure,
  Csrf,
  ErrorSummary,
  type Errors,
  Notice,
  PageTranslationNote,
  Paragraphs,
  Select,
  StatusBadge,
  TableScroll,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import type { ReportContent, ReportFigures } from '../reports.service.ts';
import { figureTables, healthReasons, kpiValue, reachedOn } from './figures.ts';

interface ReportRow {
  id: string;
  slug: string;
  title: string;
  state: 'draft' | 'published';
  publishedAt: Date | null;
  createdAt: Date;
}

/** The page with the originals, and (when they are shown) back to the translations. */
interface TranslationLinks {
  originalHref: string;
  translatedHref?: string | undefined;
}

/** The public archive of progress reports. */
export function ReportListPage({
  ctx,
  rows,
  translation,
}: {
  ctx: PageCtx;
  rows: (ReportRow & { shown: { title: ShownText } })[];
  translation: TranslationLinks;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('progressReports.title')}>
      <h1 class="kern-heading-large">{t('progressReports.title')}</h1>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={rows.map((r) => r.shown.title)}
        originalHref={translation.originalHref}
        translatedHref={translation.translatedHref}
      />
      <p class="kern-body">{t('progressReports.intro')}</p>
      {rows.length ? (
        <ul class="kern-list list-plain">
          {rows.map((r) => (
            <li class="row-actions">
              <a class="kern-link" href={`/berichte/${r.slug}`} lang={textLang(ctx, r.shown.title.lang)}>
                {r.shown.title.text}
              </a>
              <span class="meta">
                {t('progressReports.publishedOn', { date: formatDate(lang, r.publishedAt) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('progressReports.none')}</p>
      )}
    </Layout>
  );
}

/**
 * The status counts as a bar chart's options: a bar per status in the status colours, and `label`, the
 * text alternative that names every number (the page's chart and the PDF's figure say the same).
 */
export function statusChart(t: T, lang: Lang, counts: ReportContent['counts']) {
  const bars = counts.map((k) => ({
    label: t(`status.${k.status}`),
    value: k.count,
    color: STATUS_COLORS[k.status],
  }));
  return {
    bars,
    label: t('progressReports.chartAlt', {
      list: bars.map((b) => `${b.label} ${formatNumber(lang, b.value)}`).join(t('list.separator')),
    }),
    unit: t('progressReports.countUnit'),
    locale: lang,
  };
}

/** The overview: the status counts as a chart and as the table with the same numbers. */
function Overview({ ctx, content, chart }: { ctx: PageCtx; content: ReportContent; chart: string }) {
  const { t, lang } = ctx;
  const total = content.counts.reduce((n, c) => n + c.count, 0);
  return (
    <section aria-labelledby="overview">
      <h2 class="kern-heading-medium" id="overview">
        {t('progressReports.overview')}
      </h2>
      <p class="kern-body">{t('progressReports.overviewIntro', { count: total })}</p>
      <ChartFigure svg={chart} caption={t('progressReports.chartTitle')} />
      <TableScroll label={t('progressReports.chartTitle')}>
        <table class="kern-table kern-table--striped">
          <caption>{t('progressReports.chartTitle')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('progressReports.status')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('progressReports.count')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('progressReports.share')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {content.counts.map((c) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell">
                  <StatusBadge t={t} status={c.status} />
                </th>
                <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(lang, c.count)}</td>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {formatNumber(lang, total ? c.count / total : 0, { style: 'percent' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** One field of action's projects: a table with status as text, progress, summary and outlook. */
function SectionTable({ ctx, section }: { ctx: PageCtx; section: ReportContent['sections'][number] }) {
  const { t, lang } = ctx;
  const headingId = `feld-${section.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 class="kern-heading-medium" id={headingId} lang={textLang(ctx, section.heading.lang)}>
        {section.heading.text}
      </h2>
      {/* Named with its field of action: every field's table has the same caption. */}
      <TableScroll
        label={`${section.heading.text}: ${t('progressReports.caption', { count: section.items.length })}`}
      >
        <table class="kern-table kern-table--striped">
          <caption>{t('progressReports.caption', { count: section.items.length })}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('progressReports.project')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('progressReports.status')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('progressReports.progress')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('progressReports.summary')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {section.items.map((i) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell">
                  <a class="kern-link" href={`/projekte/${i.slug}`} lang={textLang(ctx, i.shown.title.lang)}>
                    {i.shown.title.text}
                  </a>
                  <span class="meta">
                    {' '}
                    ({t('progressReports.office')}: <span lang={textLang(ctx, 'de')}>{i.office}</span>)
                  </span>
                </th>
                <td class="kern-table__cell">
                  <StatusBadge t={t} status={i.overallStatus} />
                  {i.reviewedAt ? (
                    <span class="meta">
                      {' '}
                      {t('progressReports.reviewedOn', { date: formatDate(lang, i.reviewedAt) })}
                    </span>
                  ) : null}
                  {i.health ? (
                    <p class="kern-body kern-body--small">
                      {t('health.computed')}: <StatusBadge t={t} status={i.health.status} />
                      {i.health.reasons.length ? (
                        <span class="meta"> {healthReasons(t, i.health)}</span>
                      ) : null}
                    </p>
                  ) : null}
                </td>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {formatNumber(lang, i.progress / 100, { style: 'percent' })}
                </td>
                <td class="kern-table__cell">
                  <Paragraphs
                    text={i.shown.statusSummary.text}
                    lang={textLang(ctx, i.shown.statusSummary.lang)}
                  />
                  {i.kpis.length ? (
                    <p class="kern-body">
                      <strong>{t('progressReports.figures.kpis')}:</strong>{' '}
                      {i.kpis.map((k, n) => (
                        <>
                          {n ? '; ' : ''}
                          <span lang={textLang(ctx, 'de')}>{k.name}</span>: {kpiValue(t, lang, k)}
                        </>
                      ))}
                    </p>
                  ) : null}
                  {i.shown.outlook.text.trim() ? (
                    <p class="kern-body">
                      <strong>{t('progressReports.outlook')}:</strong>{' '}
                      <span class="kern-preline-text" lang={textLang(ctx, i.shown.outlook.lang)}>
                        {i.shown.outlook.text}
                      </span>
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The body both the public page and the back office show: introduction, overview, the fields. */
function ReportBody({ ctx, content, chart }: { ctx: PageCtx; content: ReportContent; chart: string }) {
  return (
    <>
      <Paragraphs
        text={content.report.shown.summary.text}
        lang={textLang(ctx, content.report.shown.summary.lang)}
      />
      <Overview ctx={ctx} content={content} chart={chart} />
      {content.figures ? <Figures ctx={ctx} content={content} figures={content.figures} /> : null}
      {content.sections.map((s) => (
        <SectionTable ctx={ctx} section={s} />
      ))}
    </>
  );
}

/** The cross-cutting figures as small tables, then the milestones the reported projects reached. */
function Figures({
  ctx,
  content,
  figures,
}: {
  ctx: PageCtx;
  content: ReportContent;
  figures: ReportFigures;
}) {
  const { t, lang } = ctx;
  const cl = textLang(ctx, 'de');
  const reached = content.sections.flatMap((s) => s.items.filter((i) => i.reached.length));
  return (
    <>
      <section aria-labelledby="querschnitt">
        <h2 class="kern-heading-medium" id="querschnitt">
          {t('progressReports.figures.title')}
        </h2>
        <p class="kern-body">
          {t('progressReports.figures.intro', { date: formatDate(lang, figures.asOf) })}
        </p>
        <div class="figure-tables">
          {figureTables(t, lang, figures).map((f) => (
            <TableScroll label={f.caption}>
              <table class="kern-table kern-table--small">
                <caption>{f.caption}</caption>
                <thead>
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">
                      {f.head[0]}
                    </th>
                    <th scope="col" class="kern-table__header kern-table__header--numeric">
                      {f.head[1]}
                    </th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {f.rows.map((r) => (
                    <tr class="kern-table__row">
                      <th scope="row" class="kern-table__cell" lang={f.id === 'services' ? cl : undefined}>
                        {r.label}
                      </th>
                      <td class="kern-table__cell kern-table__cell--numeric">{r.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
        </div>
      </section>
      <section aria-labelledby="highlights">
        <h2 class="kern-heading-medium" id="highlights">
          {t('progressReports.figures.highlights')}
        </h2>
        {reached.length ? (
          <ul class="kern-list">
            {reached.map((i) => (
              <li>
                <a class="kern-link" href={`/projekte/${i.slug}`} lang={textLang(ctx, i.shown.title.lang)}>
                  {i.shown.title.text}
                </a>
                :{' '}
                {i.reached.map((r, n) => (
                  <>
                    {n ? '; ' : ''}
                    <span lang={cl}>{r.milestone}</span> {reachedOn(t, lang, r.doneOn)}
                  </>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('progressReports.figures.highlightsNone')}</p>
        )}
      </section>
    </>
  );
}

/** Every text of a report as shown, for the page's note on translations. */
export function shownTextsOf(content: ReportContent): ShownText[] {
  return [
    content.report.shown.title,
    content.report.shown.summary,
    ...content.sections.flatMap((s) =>
      s.items.flatMap((i) => [i.shown.title, i.shown.goal, i.shown.statusSummary, i.shown.outlook]),
    ),
  ];
}

/** The link to the report's PDF with what it is, and to its tables as a workbook. */
function PdfLink({ ctx, href, xlsx }: { ctx: PageCtx; href: string; xlsx: string }) {
  const { t } = ctx;
  return (
    <>
      <p class="kern-body">
        {/* The link says "download": without the attribute a browser opens its viewer instead. */}
        <a class="kern-link" href={href} type="application/pdf" download>
          {t('progressReports.pdfDownload')}
        </a>{' '}
        <span class="meta">{t('progressReports.pdfNote')}</span>
      </p>
      <p class="kern-body">
        <a
          class="kern-link"
          href={xlsx}
          type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {t('progressReports.xlsxDownload')}
        </a>
      </p>
    </>
  );
}

/** One published progress report. */
export function ReportPage({
  ctx,
  content,
  chart,
  translation,
  council,
}: {
  ctx: PageCtx;
  content: ReportContent;
  /** The status counts as a chart (SVG). */
  chart: string;
  translation: TranslationLinks;
  /** The council papers it was presented with, and what came of them. */
  council?: Child;
}) {
  const { t, lang } = ctx;
  const { report, period } = content;
  const { title } = report.shown;
  return (
    <Layout ctx={ctx} title={title.text}>
      <p class="kern-preline">{t('progressReports.label', { period })}</p>
      <h1 class="kern-heading-large" lang={textLang(ctx, title.lang)}>
        {title.text}
      </h1>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={shownTextsOf(content)}
        originalHref={translation.originalHref}
        translatedHref={translation.translatedHref}
      />
      <p class="meta">{t('progressReports.publishedOn', { date: formatDate(lang, report.publishedAt) })}</p>
      <PdfLink ctx={ctx} href={`/berichte/${report.slug}.pdf`} xlsx={`/berichte/${report.slug}.xlsx`} />
      {council}
      <ReportBody ctx={ctx} content={content} chart={chart} />
    </Layout>
  );
}

/** The CDO team's reports: drafts and published ones, and the form to draft the next. */
export function InternalReportsPage({
  ctx,
  rows,
  cycles,
  values,
  errors,
}: {
  ctx: PageCtx;
  rows: ReportRow[];
  cycles: { id: string; period: string }[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('progressReports.internalTitle')}>
      <h1 class="kern-heading-large">{t('progressReports.internalTitle')}</h1>
      <p class="kern-body">{t('progressReports.internalIntro')}</p>
      {rows.length ? (
        <ul class="kern-list list-plain">
          {rows.map((r) => (
            <li class="row-actions">
              <a class="kern-link" href={`/intern/berichte/${r.id}`} lang={langAttr(ctx)}>
                {r.title}
              </a>
              <span class="meta">{stateLine(ctx, r)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('progressReports.none')}</p>
      )}
      <h2 class="kern-heading-medium">{t('progressReports.new')}</h2>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/intern/berichte" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('progressReports.fieldTitle')}
          hint={t('progressReports.fieldTitleHint')}
          value={values.title}
          errors={errors}
          required
        />
        <Select
          t={t}
          name="cycleId"
          label={t('progressReports.period')}
          empty={t('form.choose')}
          value={values.cycleId}
          options={cycles.map((c) => ({ value: c.id, label: c.period }))}
          errors={errors}
          required
        />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name="summary"
          label={t('progressReports.fieldSummary')}
          hint={t('progressReports.fieldSummaryHint')}
          value={values.summary}
          errors={errors}
          rows={6}
          required
        />
        <div class="form-actions">
          <Button>{t('progressReports.draft')}</Button>
        </div>
      </form>
    </Layout>
  );
}

/** "Veröffentlicht am …" or "Entwurf vom …": a report in the back office's lists. */
function stateLine(
  { t, lang }: Pick<PageCtx, 't' | 'lang'>,
  r: { state: 'draft' | 'published'; publishedAt: Date | null; createdAt: Date },
) {
  return r.state === 'published'
    ? t('progressReports.publishedOn', { date: formatDate(lang, r.publishedAt) })
    : t('progressReports.draftOf', { date: formatDate(lang, r.createdAt) });
}

/** A report before or after publication, with the button that publishes a draft. */
export function InternalReportPage({
  ctx,
  content,
  chart,
  council,
  samePeriod = [],
  values = {},
  errors,
}: {
  ctx: PageCtx;
  content: ReportContent;
  chart: string;
  /** Other reports of the same period, named on a draft before it is published. */
  samePeriod?: readonly {
    id: string;
    title: string;
    state: 'draft' | 'published';
    publishedAt: Date | null;
    createdAt: Date;
  }[];
  /** The panel that links the council papers it was presented with. */
  council?: Child;
  /** The draft's title and introduction as the form shows them (with errors after a failed save). */
  values?: Record<string, unknown>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  const { report, period } = content;
  return (
    <Layout ctx={ctx} title={report.shown.title.text}>
      <p class="kern-preline">{t('progressReports.label', { period })}</p>
      <h1 class="kern-heading-large" lang={textLang(ctx, report.shown.title.lang)}>
        {report.shown.title.text}
      </h1>
      {report.state === 'published' ? (
        <Notice
          kind="info"
          title={t('progressReports.publishedOn', { date: formatDate(lang, report.publishedAt) })}
        >
          <p class="kern-body">
            <a class="kern-link" href={`/berichte/${report.slug}`}>
              {t('progressReports.openPublic')}
            </a>
          </p>
        </Notice>
      ) : (
        <div class="stack">
          <p class="kern-body">{t('progressReports.publishHint')}</p>
          {samePeriod.length ? (
            <Notice kind="info" title={t('progressReports.samePeriod', { period, count: samePeriod.length })}>
              <ul class="kern-list">
                {samePeriod.map((r) => (
                  <li>
                    <a class="kern-link" href={`/intern/berichte/${r.id}`} lang={langAttr(ctx)}>
                      {r.title}
                    </a>{' '}
                    <span class="meta">({stateLine(ctx, r)})</span>
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <p class="kern-body">
            <a class="kern-link" href={`/intern/berichte/${report.id}/bericht.pdf`} type="application/pdf">
              {t('progressReports.draftPdf')}
            </a>
          </p>
          <p class="kern-body">
            <a
              class="kern-link"
              href={`/intern/berichte/${report.id}/tabellen.xlsx`}
              type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {t('progressReports.xlsxDownload')}
            </a>
          </p>
          {content.sections.length ? (
            <p class="form-actions">
              <a class="kern-btn kern-btn--primary" href={`/intern/berichte/${report.id}/veroeffentlichen`}>
                <span class="kern-label">{t('progressReports.publish')}</span>
              </a>
            </p>
          ) : (
            // A report to the council without a project says nothing: not offered until statuses are approved.
            <Notice kind="warning" title={t('progressReports.emptyTitle')}>
              <p class="kern-body">{t('progressReports.empty', { period })}</p>
            </Notice>
          )}
        </div>
      )}
      {report.state === 'draft' ? (
        <section aria-labelledby="entwurf-bearbeiten" class="stack">
          <h2 class="kern-heading-medium" id="entwurf-bearbeiten">
            {t('progressReports.editDraft')}
          </h2>
          <ErrorSummary t={t} errors={errors} />
          <form method="post" action={`/intern/berichte/${report.id}`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="title"
              label={t('progressReports.fieldTitle')}
              value={String(values.title ?? '')}
              errors={errors}
              required
            />
            <TextArea
              lang={langAttr(ctx)}
              t={t}
              name="summary"
              label={t('progressReports.fieldSummary')}
              hint={t('progressReports.fieldSummaryHint')}
              value={String(values.summary ?? '')}
              errors={errors}
              rows={8}
              required
            />
            <div class="form-actions">
              <Button>{t('progressReports.saveDraft')}</Button>
            </div>
          </form>
          <form method="post" action={`/intern/berichte/${report.id}/aktualisieren`} class="stack">
            <Csrf token={ctx.csrf} />
            <p class="kern-body">{t('progressReports.refreshHint')}</p>
            <div class="form-actions">
              <Button kind="secondary">{t('progressReports.refresh')}</Button>
            </div>
          </form>
          <form method="post" action={`/intern/berichte/${report.id}/loeschen`} class="stack">
            <Csrf token={ctx.csrf} />
            <p class="kern-body">{t('progressReports.deleteHint')}</p>
            <div class="form-actions">
              <Button kind="secondary">{t('progressReports.deleteDraft')}</Button>
            </div>
          </form>
        </section>
      ) : null}
      {council}
      <ReportBody ctx={ctx} content={content} chart={chart} />
    </Layout>
  );
}
