/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  Notice,
  PageTranslationNote,
  Select,
  StatusBadge,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import { STATUSES, type Status } from '../../reviews/reviews.service.ts';

interface ReportRow {
  id: string;
  slug: string;
  title: string;
  state: 'draft' | 'published';
  publishedAt: Date | null;
  createdAt: Date;
}

export interface ReportItem {
  projectId: string;
  slug: string;
  title: string;
  overallStatus: Status;
  progress: number;
  statusSummary: string;
  reviewedAt: Date | null;
  /** On the public page: the project's title and the summary in the reader's language where translated. */
  shown?: { title: ShownText; statusSummary: ShownText };
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

/** The projects of a report as a table with status as text, progress and the approved summary. */
function ItemsTable({ ctx, items }: { ctx: PageCtx; items: ReportItem[] }) {
  const { t } = ctx;
  const counts = STATUSES.map(
    (s) => `${t(`status.${s}`)}: ${items.filter((i) => i.overallStatus === s).length}`,
  );
  return (
    <div class="table-scroll" tabindex={0}>
      <table class="kern-table kern-table--striped">
        <caption>
          {t('progressReports.caption', { count: items.length })} ({counts.join(t('list.separator'))})
        </caption>
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
          {items.map((i) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                <a
                  class="kern-link"
                  href={`/projekte/${i.slug}`}
                  lang={i.shown ? textLang(ctx, i.shown.title.lang) : langAttr(ctx)}
                >
                  {i.shown?.title.text ?? i.title}
                </a>
              </th>
              <td class="kern-table__cell">
                <StatusBadge t={t} status={i.overallStatus} />
              </td>
              <td class="kern-table__cell kern-table__cell--numeric">{i.progress} %</td>
              <td
                class="kern-table__cell"
                lang={i.shown ? textLang(ctx, i.shown.statusSummary.lang) : langAttr(ctx)}
              >
                {i.shown?.statusSummary.text ?? i.statusSummary}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One published progress report. */
export function ReportPage({
  ctx,
  report,
  period,
  items,
  translation,
}: {
  ctx: PageCtx;
  report: { publishedAt: Date | null; shown: { title: ShownText; summary: ShownText } };
  period: string;
  items: ReportItem[];
  translation: TranslationLinks;
}) {
  const { t, lang } = ctx;
  const { title, summary } = report.shown;
  return (
    <Layout ctx={ctx} title={title.text}>
      <p class="kern-preline">{t('progressReports.label', { period })}</p>
      <h1 class="kern-heading-large" lang={textLang(ctx, title.lang)}>
        {title.text}
      </h1>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={[
          title,
          summary,
          ...items.flatMap((i) => (i.shown ? [i.shown.title, i.shown.statusSummary] : [])),
        ]}
        originalHref={translation.originalHref}
        translatedHref={translation.translatedHref}
      />
      <p class="meta">{t('progressReports.publishedOn', { date: formatDate(lang, report.publishedAt) })}</p>
      <p class="kern-body kern-preline-text" lang={textLang(ctx, summary.lang)}>
        {summary.text}
      </p>
      <ItemsTable ctx={ctx} items={items} />
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
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('progressReports.internalTitle')}>
      <h1 class="kern-heading-large">{t('progressReports.internalTitle')}</h1>
      <p class="kern-body">{t('progressReports.internalIntro')}</p>
      {rows.length ? (
        <ul class="kern-list list-plain">
          {rows.map((r) => (
            <li class="row-actions">
              <a class="kern-link" href={`/intern/berichte/${r.id}`}>
                {r.title}
              </a>
              <span class="meta">
                {r.state === 'published'
                  ? t('progressReports.publishedOn', { date: formatDate(lang, r.publishedAt) })
                  : t('progressReports.draftOf', { date: formatDate(lang, r.createdAt) })}
              </span>
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

/** A report before or after publication, with the button that publishes a draft. */
export function InternalReportPage({
  ctx,
  report,
  period,
  items,
}: {
  ctx: PageCtx;
  report: {
    id: string;
    slug: string;
    title: string;
    summary: string;
    state: string;
    publishedAt: Date | null;
  };
  period: string;
  items: ReportItem[];
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={report.title}>
      <p class="kern-preline">{t('progressReports.label', { period })}</p>
      <h1 class="kern-heading-large">{report.title}</h1>
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
          <p class="form-actions">
            <a class="kern-btn kern-btn--primary" href={`/intern/berichte/${report.id}/veroeffentlichen`}>
              <span class="kern-label">{t('progressReports.publish')}</span>
            </a>
          </p>
        </div>
      )}
      <p class="kern-body kern-preline-text">{report.summary}</p>
      <ItemsTable ctx={ctx} items={items} />
    </Layout>
  );
}
