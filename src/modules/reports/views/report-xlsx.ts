import { currentDay, DEFAULT_TIME_ZONE } from '../../../platform/dates.ts';
import { formatDate, type T } from '../../../platform/i18n/i18n.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import type { ReportContent } from '../reports.service.ts';
import { figureTables, healthReasons } from './figures.ts';

/**
 * A report's tables as an Excel workbook, for the council's staff who work on in spreadsheets: the status
 * overview and every project with its field of action, office, reviewed status, progress (a number, so it
 * sums and sorts), goal, summary, outlook and address. The same texts as the page, in its language.
 */
export async function reportXlsx(
  t: T,
  lang: Lang,
  content: ReportContent,
  meta: { city: string; portal: string },
): Promise<Buffer> {
  // Loaded when a workbook is asked for: it costs a fifth of a second at every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = meta.city;
  book.title = content.report.shown.title.text;
  book.subject = t('progressReports.label', { period: content.period });
  book.created = content.report.publishedAt ?? content.report.createdAt;
  const status = (s: string) => t(`status.${s}` as Parameters<T>[0]);

  const overview = book.addWorksheet(t('progressReports.overview'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  overview.columns = [
    { header: t('progressReports.status'), width: 24 },
    { header: t('progressReports.count'), width: 14 },
  ];
  for (const c of content.counts) overview.addRow([status(c.status), c.count]);
  overview.getRow(1).font = { bold: true };

  if (content.figures) {
    // Each table of figures under its caption, the counts as numbers.
    const figures = book.addWorksheet(t('progressReports.figures.title'));
    figures.columns = [{ width: 52 }, { width: 14 }];
    figures.addRow([t('progressReports.figures.intro', { date: formatDate(lang, content.figures.asOf) })]);
    for (const f of figureTables(t, lang, content.figures)) {
      figures.addRow([]);
      figures.addRow([f.caption]).font = { bold: true };
      figures.addRow(f.head).font = { italic: true };
      for (const r of f.rows) figures.addRow([r.label, r.count]);
    }
  }

  const projects = book.addWorksheet(t('progressReports.projectsSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const heads: [string, number][] = [
    [t('progressReports.fieldColumn'), 34],
    [t('progressReports.project'), 40],
    [t('progressReports.office'), 28],
    [t('progressReports.status'), 18],
    [t('health.computed'), 40],
    [t('progressReports.progress'), 12],
    [t('progressReports.reviewedColumn'), 14],
    [t('progressReports.goal'), 50],
    [t('progressReports.summary'), 60],
    [t('progressReports.outlook'), 50],
    [t('progressReports.link'), 50],
  ];
  projects.columns = heads.map(([header, width]) => ({ header, width }));
  // Text stays text: a title starting with "=" is written as a string cell, never as a formula.
  for (const s of content.sections)
    for (const i of s.items)
      projects.addRow([
        s.heading.text,
        i.shown.title.text,
        i.office,
        status(i.overallStatus),
        i.health
          ? `${status(i.health.status)}${i.health.reasons.length ? ` (${healthReasons(t, i.health)})` : ''}`
          : '',
        i.progress / 100,
        // The city's calendar day, as a date cell (noon UTC, so no time zone moves it to another day).
        i.reviewedAt ? new Date(`${currentDay(DEFAULT_TIME_ZONE, i.reviewedAt)}T12:00:00Z`) : '',
        i.shown.goal.text,
        i.shown.statusSummary.text,
        i.shown.outlook.text,
        `${meta.portal}/projekte/${i.slug}`,
      ]);
  projects.getColumn(6).numFmt = '0%';
  projects.getColumn(7).numFmt = 'dd.mm.yyyy';
  for (const col of [8, 9, 10]) projects.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  projects.getRow(1).font = { bold: true };
  projects.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: heads.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
