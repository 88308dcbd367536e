import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.ts';

/** A sheet as text: its header row and its rows, each cell trimmed; dates as YYYY-MM-DD, numbers as written by code. */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

/** The largest workbook accepted: far more than a city's portfolio, far less than what would hurt. */
export const MAX_ROWS = 20_000;

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A cell of exceljs as text: dates as calendar days, formulas by their result, rich text as its text. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  if (typeof v === 'boolean') return v ? 'ja' : 'nein';
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; hyperlink?: string };
    if ('result' in o) return cellText(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
  }
  return String(v);
}

/** Reads the first worksheet of an Excel workbook (.xlsx) or a CSV file (comma or semicolon, UTF-8). */
export async function readSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  let table: string[][];
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError('VALIDATION_FAILED', `${fileName} is not an Excel workbook that can be read.`, {
        file: { key: 'import.errors.unreadable' },
      });
    }
    const ws = wb.worksheets[0];
    table = [];
    ws?.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      // exceljs counts columns from 1.
      table.push(values.slice(1).map((v) => cellText(v).trim()));
    });
  } else {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (text.includes('\u0000'))
      throw new AppError('VALIDATION_FAILED', `${fileName} is neither an Excel workbook nor a CSV file.`, {
        file: { key: 'import.errors.unreadable' },
      });
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    try {
      table = (
        parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][]
      ).map((r) => r.map((c) => c.trim()));
    } catch {
      throw new AppError('VALIDATION_FAILED', `${fileName} is not a CSV file that can be read.`, {
        file: { key: 'import.errors.unreadable' },
      });
    }
  }
  const [head, ...rows] = table.filter((r) => r.some((c) => c !== ''));
  if (!head)
    throw new AppError('VALIDATION_FAILED', `${fileName} holds no rows.`, {
      file: { key: 'import.errors.empty' },
    });
  if (rows.length > MAX_ROWS)
    throw new AppError('VALIDATION_FAILED', `${fileName} has more than ${MAX_ROWS} rows.`, {
      file: { key: 'import.errors.tooMany' },
    });
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  return { headers: pad(head).map((h, i) => h || `Spalte ${i + 1}`), rows: rows.map(pad) };
}
