import { readFileSync } from 'node:fs';
import { barChartSvgForPrint } from '../../../platform/charts/charts.ts';
import { currentDay } from '../../../platform/dates.ts';
import type { T } from '../../../platform/i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../../platform/i18n/shipped.ts';
import type { PdfJob } from '../../../platform/pdf/typst.ts';
import type { ReportContent } from '../reports.service.ts';
import { figureTables, healthReasons, kpiValue, reachedOn } from './figures.ts';
import { statusChart } from './reports.tsx';

/** The report's layout in Typst: read once, the same for every report. */
const TEMPLATE = readFileSync(new URL('./report.typ', import.meta.url), 'utf8');

/** A text with the language it is in (the PDF marks passages that differ from its own language). */
interface Text {
  text: string;
  lang: string;
}

/** What report.typ reads from `sys.inputs.report`. */
export interface ReportPdfData {
  lang: Lang;
  city: string;
  /** The city's logo for the title page: its path among the job's files and its alternative text. */
  logo: { path: string; alt: string } | null;
  title: Text;
  period: string;
  /** The document's date (publication, or the draft's creation) as [year, month, day] in Bonn's time. */
  date: [number, number, number];
  dateLine: string;
  draft: string | null;
  summary: Text;
  labels: Record<string, string>;
  overviewIntro: string;
  chart: { svg: string; alt: string; caption: string };
  counts: { label: string; count: string; share: string }[];
  /** The cross-cutting figures' tables and the milestones reached; none for older reports. */
  figures: {
    title: string;
    intro: string;
    tables: { caption: string; head: [string, string]; rows: { label: Text; value: string }[] }[];
    highlightsTitle: string;
    highlightsNone: string;
    highlights: { project: Text; reached: { milestone: Text; on: string }[] }[];
  } | null;
  sections: {
    heading: Text;
    items: {
      title: Text;
      office: Text;
      status: string;
      progress: string;
      reviewed: string;
      /** "Computed health: At risk (1 milestone overdue)", or empty. */
      health: string;
      goal: Text;
      summary: Text;
      outlook: Text;
      kpis: { name: Text; value: string }[];
      url: string;
    }[];
  }[];
}

/**
 * A progress report as a PDF job: the same sections, projects and figures as its HTML page, in the
 * reader's language; texts not translated stay in their original language, marked as such.
 */
export function reportPdfJob(opts: {
  t: T;
  lang: Lang;
  city: string;
  /** The portal's address in the reader's language, for each project's link (`https://…/en`). */
  portal: string;
  content: ReportContent;
  draft: boolean;
  /** The municipality's time zone: the document's date is its calendar day there. */
  timeZone: string;
  /** The city's logo (see TenantSettings.logo), whose file name changes with its bytes. */
  logo?: { file: string; content: Uint8Array } | undefined;
}): PdfJob {
  const { t, lang, content } = opts;
  const date = content.report.publishedAt ?? content.report.createdAt;
  const total = content.counts.reduce((n, c) => n + c.count, 0);
  const text = (s: { text: string; lang: string }): Text => ({ text: s.text, lang: s.lang });
  const chart = statusChart(t, lang, content.counts);
  const counts = content.counts.map((c) => ({
    label: t(`status.${c.status}`),
    count: formatNumber(lang, c.count),
    share: formatNumber(lang, total ? c.count / total : 0, { style: 'percent' }),
  }));
  const data: ReportPdfData = {
    lang,
    city: opts.city,
    logo: opts.logo
      ? { path: `/logo-${opts.logo.file}`, alt: t('citySettings.logoAlt', { city: opts.city }) }
      : null,
    title: text(content.report.shown.title),
    period: content.period,
    date: currentDay(opts.timeZone, date).split('-').map(Number) as [number, number, number],
    dateLine: content.report.publishedAt
      ? t('progressReports.publishedOn', { date: formatDate(lang, content.report.publishedAt) })
      : t('progressReports.draftOf', { date: formatDate(lang, content.report.createdAt) }),
    draft: opts.draft ? t('progressReports.draftMark') : null,
    summary: text(content.report.shown.summary),
    labels: {
      kind: t('progressReports.label', { period: content.period }),
      page: t('progressReports.pdfPage', { page: '%p', pages: '%n' }),
      contents: t('progressReports.contents'),
      overview: t('progressReports.overview'),
      status: t('progressReports.status'),
      count: t('progressReports.count'),
      share: t('progressReports.share'),
      office: t('progressReports.office'),
      progress: t('progressReports.progress'),
      goal: t('progressReports.goal'),
      summary: t('progressReports.summary'),
      outlook: t('progressReports.outlook'),
      onPortal: t('progressReports.onPortal'),
      annex: t('progressReports.annex'),
      project: t('progressReports.project'),
      kpis: t('progressReports.figures.kpis'),
    },
    overviewIntro: t('progressReports.overviewIntro', { count: total }),
    chart: {
      svg: barChartSvgForPrint({ ...chart, label: t('progressReports.chartTitle') }),
      alt: chart.label,
      caption: t('progressReports.chartTitle'),
    },
    counts,
    figures: content.figures
      ? {
          title: t('progressReports.figures.title'),
          intro: t('progressReports.figures.intro', { date: formatDate(lang, content.figures.asOf) }),
          tables: figureTables(t, lang, content.figures).map((f) => ({
            caption: f.caption,
            head: f.head,
            rows: f.rows.map((r) => ({
              label: { text: r.label, lang: f.id === 'services' ? CONTENT_LANG : lang },
              value: r.value,
            })),
          })),
          highlightsTitle: t('progressReports.figures.highlights'),
          highlightsNone: t('progressReports.figures.highlightsNone'),
          highlights: content.sections.flatMap((s) =>
            s.items
              .filter((i) => i.reached.length)
              .map((i) => ({
                project: text(i.shown.title),
                reached: i.reached.map((r) => ({
                  milestone: { text: r.milestone, lang: CONTENT_LANG },
                  on: reachedOn(t, lang, r.doneOn),
                })),
              })),
          ),
        }
      : null,
    sections: content.sections.map((s) => ({
      heading: text(s.heading),
      items: s.items.map((i) => ({
        title: text(i.shown.title),
        office: { text: i.office, lang: 'de' },
        status: t(`status.${i.overallStatus}`),
        progress: formatNumber(lang, i.progress / 100, { style: 'percent' }),
        reviewed: i.reviewedAt
          ? t('progressReports.reviewedOn', { date: formatDate(lang, i.reviewedAt) })
          : '',
        health: i.health
          ? `${t('health.computed')}: ${t(`status.${i.health.status}`)}${i.health.reasons.length ? ` (${healthReasons(t, i.health)})` : ''}`
          : '',
        goal: text(i.shown.goal),
        summary: text(i.shown.statusSummary),
        outlook: text(i.shown.outlook),
        kpis: i.kpis.map((k) => ({
          name: { text: k.name, lang: CONTENT_LANG },
          value: kpiValue(t, lang, k),
        })),
        url: `${opts.portal}/projekte/${i.slug}`,
      })),
    })),
  };
  return {
    template: TEMPLATE,
    inputs: { report: JSON.stringify(data) },
    standard: 'ua-1',
    timestamp: Math.floor(date.getTime() / 1000),
    files: opts.logo ? { [`/logo-${opts.logo.file}`]: opts.logo.content } : undefined,
  };
}
