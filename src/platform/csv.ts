import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError } from './errors.ts';

/**
 * Reads a whole CSV file with a header row into records (lower-cased column names), refusing with one
 * sentence a missing file, broken CSV, an empty file or missing columns.
 */
export async function readCsv(file: string, required: readonly string[]): Promise<Record<string, string>[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${file}.`);
  });
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
    });
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', `${file} is not a valid CSV file: ${(err as Error).message}`);
  }
  if (!rows.length) throw new AppError('VALIDATION_FAILED', `${file} has no rows.`);
  const cols = Object.keys(rows[0]!);
  if (required.some((c) => !cols.includes(c))) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file} needs the columns ${required.join(', ')}; found ${cols.join(', ')}.`,
    );
  }
  return rows;
}

/** What a spreadsheet would read as the start of a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV line (CRLF, every text quoted). Text that a spreadsheet would run as a formula gets a leading
 * apostrophe, so `=cmd|' /C calc'!A0` opens as text; numbers stay numbers (a negative figure is data).
 */
export function csvRow(values: readonly (string | number | null | undefined)[], delimiter = ','): string {
  const cells = values.map((v) =>
    v === null || v === undefined ? '' : typeof v === 'number' ? v : FORMULA_START.test(v) ? `'${v}` : v,
  );
  return stringify([cells], { record_delimiter: 'windows', quoted_string: true, delimiter });
}
