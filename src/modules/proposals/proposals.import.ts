import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { ensureProcess } from './proposals.service.ts';
import { AUTHOR_KINDS, type AuthorKind, proposals } from './proposals.table.ts';
import { forgetQueuedLookups, markFrequenciesStale } from './similar.service.ts';

export interface ImportOptions {
  tenantId: string;
  process: {
    slug: string;
    title: string;
    description?: string;
    startsOn?: string;
    endsOn?: string;
    attribution?: string;
  };
  fieldOfActionId?: string | null;
  /** Prefix of the public reference, e.g. RAD ▸ RAD-B1440. */
  numberPrefix?: string;
  /** Publish the imported proposals (they were public in the original process). */
  publish: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  read: number;
  inserted: number;
  skipped: number;
}

const BATCH = 250;

/**
 * Imports a past participation process from CSV (columns id, title, text; optional category, url,
 * created, author_kind). Idempotent: rows are keyed by (process, id), so a second run adds nothing.
 */
export async function importProposalsCsv(db: Db, file: string, opts: ImportOptions): Promise<ImportResult> {
  const size = (
    await stat(file).catch(() => {
      throw new AppError('VALIDATION_FAILED', `Cannot read ${file}.`);
    })
  ).size;
  const process = await ensureProcess(db, opts.tenantId, opts.process);
  const input = createReadStream(file);
  const parser = input.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }),
  );
  let read = 0;
  let inserted = 0;
  let batch: (typeof proposals.$inferInsert)[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = await db
      .insert(proposals)
      .values(batch)
      .onConflictDoNothing()
      .returning({ id: proposals.id });
    inserted += rows.length;
    batch = [];
    opts.onProgress?.(input.bytesRead, size);
  };
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      read++;
      if (read === 1 && (!('id' in rec) || !('title' in rec))) {
        throw new AppError(
          'VALIDATION_FAILED',
          `${file}: the CSV needs the columns id and title (and usually text); found ${Object.keys(rec).join(', ')}.`,
        );
      }
      const ref = rec.id?.trim();
      const title = rec.title?.trim();
      if (!ref || !title)
        throw new AppError('VALIDATION_FAILED', `${file}, record ${read}: id and title must not be empty.`);
      const created = rec.created ? new Date(rec.created) : new Date();
      if (Number.isNaN(created.getTime()))
        throw new AppError('VALIDATION_FAILED', `${file}, record ${read}: "${rec.created}" is not a date.`);
      const kind = (rec.author_kind?.trim() || 'citizen') as AuthorKind;
      if (!AUTHOR_KINDS.includes(kind))
        throw new AppError('VALIDATION_FAILED', `${file}, record ${read}: unknown author_kind "${kind}".`);
      batch.push({
        tenantId: opts.tenantId,
        number: `${opts.numberPrefix ?? 'IMP'}-${ref}`.slice(0, 60),
        processId: process.id,
        externalRef: ref,
        title: title.slice(0, 300),
        body: (rec.text ?? '').trim(),
        authorKind: kind,
        category: rec.category?.trim() || null,
        sourceUrl: rec.url?.trim() || null,
        fieldOfActionId: opts.fieldOfActionId ?? null,
        state: opts.publish ? 'published' : 'submitted',
        publishedAt: opts.publish ? created : null,
        createdAt: created,
      });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION_FAILED', `${file} is not a valid CSV file: ${(err as Error).message}`);
  }
  opts.onProgress?.(size, size);
  if (inserted) {
    markFrequenciesStale(db, opts.tenantId);
    // Imported proposals keep their dates: the queue's kept lookups would not see them arrive.
    forgetQueuedLookups(db, opts.tenantId);
  }
  return { read, inserted, skipped: read - inserted };
}
