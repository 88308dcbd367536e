import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
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
