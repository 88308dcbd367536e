import { csvRow } from '../../platform/csv.ts';
import { type Lang, messageKey, type T } from '../../platform/i18n/i18n.ts';
import type { InternalProjectRow } from './list.service.ts';

/** The columns of the exported project list: a heading (translated) and a cell per project. */
function columns(t: T, baseUrl: string) {
  const status = (s: string) => t(messageKey(`status.${s}`));
  return [
    { head: t('internal.projects.col.title'), width: 40, cell: (r: InternalProjectRow) => r.title },
    { head: t('internal.projects.col.department'), width: 30, cell: (r: InternalProjectRow) => r.department },
    { head: t('internal.projects.col.office'), width: 30, cell: (r: InternalProjectRow) => r.office },
    { head: t('internal.projects.col.pillar'), width: 24, cell: (r: InternalProjectRow) => r.pillar },
    { head: t('internal.projects.col.field'), width: 30, cell: (r: InternalProjectRow) => r.field },
    {
      head: t('internal.projects.col.phase'),
      width: 16,
      cell: (r: InternalProjectRow) => t(`phase.${r.phase}`),
    },
    {
      head: t('internal.projects.col.visibility'),
      width: 14,
      cell: (r: InternalProjectRow) => t(`visibility.${r.visibility}`),
    },
    { head: t('internal.projects.col.status'), width: 18, cell: (r: InternalProjectRow) => status(r.status) },
    { head: t('internal.projects.col.period'), width: 12, cell: (r: InternalProjectRow) => r.period },
    { head: t('internal.projects.col.progress'), width: 12, cell: (r: InternalProjectRow) => r.progress },
    {
      head: t('internal.projects.col.health'),
      width: 18,
      cell: (r: InternalProjectRow) => (r.health ? status(r.health.status) : ''),
    },
    {
      head: t('internal.projects.col.reasons'),
      width: 50,
      cell: (r: InternalProjectRow) => r.health?.reasons.map((x) => t(x.key, x.values)).join('; ') ?? '',
    },
    { head: t('internal.projects.col.starts'), width: 12, cell: (r: InternalProjectRow) => r.startsOn },
    { head: t('internal.projects.col.ends'), width: 12, cell: (r: InternalProjectRow) => r.endsOn },
    {
      head: t('internal.projects.col.link'),
      width: 50,
      cell: (r: InternalProjectRow) => `${baseUrl}/intern/projekte/${r.id}`,
    },
  ];
}

/**
 * The list as CSV (UTF-8 with BOM so spreadsheet programs read the umlauts; formulas neutralised). German
 * spreadsheet programs split columns at semicolons, so the German file uses them.
 */
export function projectListCsv(
  t: T,
  lang: Lang,
  baseUrl: string,
  rows: readonly InternalProjectRow[],
): string {
  const cols = columns(t, baseUrl);
  const sep = lang === 'de' ? ';' : ',';
  return `\uFEFF${csvRow(
    cols.map((c) => c.head),
    sep,
  )}${rows
    .map((r) =>
      csvRow(
        cols.map((c) => c.cell(r)),
        sep,
      ),
    )
    .join('')}`;
}

/** The list as an Excel workbook: a header row that stays in view, filters on every column. */
export async function projectListXlsx(
  t: T,
  baseUrl: string,
  rows: readonly InternalProjectRow[],
  meta: { city: string; title: string },
): Promise<Buffer> {
  // Loaded when a workbook is asked for: it costs a fifth of a second at every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const cols = columns(t, baseUrl);
  const book = new ExcelJS.Workbook();
  book.creator = meta.city;
  book.title = meta.title;
  book.created = new Date();
  const sheet = book.addWorksheet(t('internal.projects.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = cols.map((c) => ({ header: c.head, width: c.width }));
  // Text stays text: a title starting with "=" is written as a string cell, never as a formula.
  for (const r of rows) sheet.addRow(cols.map((c) => c.cell(r) ?? ''));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
