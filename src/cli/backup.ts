import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import { MODULES } from '../modules/index.ts';
import { AppError } from '../platform/errors.ts';
import {
  auditEvents,
  domainEvents,
  statsDaily,
  translationGlossary,
  translationGlossarySync,
  translations,
  translationUsage,
} from '../platform/platform.table.ts';

/**
 * Every table a backup holds, in foreign-key order: the platform's lasting tables and each module's
 * (declared by its manifest), so a new table is backed up without a list kept here. Sessions and
 * rate-limit counters are transient and left out.
 */
export function backupTables(modules: readonly { tables?: readonly PgTable[] }[] = MODULES): string[] {
  const tables = [
    auditEvents,
    domainEvents,
    translations,
    translationUsage,
    translationGlossary,
    translationGlossarySync,
    statsDaily,
    ...modules.flatMap((m) => m.tables ?? []),
  ];
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of getTableConfig(byName.get(name)!).foreignKeys) {
      const target = getTableConfig(fk.reference().foreignTable).name;
      if (target !== name && byName.has(target)) visit(target);
    }
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/** Tables that are never backed up (they only make sense in the running processes, or are made anew). */
// Sessions, counters and the day's visitor hashes (with their salt) are never kept beyond their day; the
// saved count of the proposals' words is derived from the proposals and counted again when missing.
export const TRANSIENT_TABLES = [
  'sessions',
  'rate_limits',
  'stats_visitors',
  'stats_salts',
  'proposal_word_counts',
] as const;

export const BACKUP_TABLES = backupTables();

/**
 * Version 2 writes binary columns (files) as base64 and names them in the table's header line; version 1
 * (hex through row_to_json) is still read.
 */
const FORMAT = 'rathaus-backup/2';
const FORMATS = ['rathaus-backup/1', FORMAT];

/** Rows per query: small for tables holding files (a row may be 5 MB), large for the rest. */
const PAGE_ROWS = 1_000;
const PAGE_ROWS_BINARY = 4;
/** A restore batch ends at this many characters of JSON, so no string ever nears V8's limit. */
const BATCH_CHARS = 8 * 1024 * 1024;

type Tx = { execute: Database['db']['execute'] };

/** The schema version: how many migrations the database has applied. */
async function migrationCount(tx: Tx) {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row?.n ?? 0;
}

async function rowsOf<T>(tx: Tx, query: ReturnType<typeof sql>) {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A table's columns, and which of them are binary (files: written as base64, read a few rows at a time). */
async function columnsOf(tx: Tx, table: string) {
  const rows = await rowsOf<{ c: string; binary: boolean }>(
    tx,
    sql`select column_name as c, data_type = 'bytea' as binary from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
  );
  return { all: rows.map((r) => r.c), binary: rows.filter((r) => r.binary).map((r) => r.c) };
}

/**
 * The JSON of a row; binary columns as base64 without line breaks (a third smaller than hex and cheap to
 * store), built without ever turning the file into hex first.
 */
function rowJson(cols: { all: string[]; binary: string[] }): string {
  if (!cols.binary.length) return 'row_to_json(t)::text';
  const fields = cols.all.map((c) =>
    cols.binary.includes(c) ? `replace(encode(t."${c}", 'base64'), E'\\n', '') as "${c}"` : `t."${c}"`,
  );
  return `row_to_json((select r from (select ${fields.join(', ')}) r))::text`;
}

/**
 * A gzip file written as one or more members (RFC 1952 allows several; every gunzip reads them in
 * turn), so parts can use different compression levels. Writes wait for the disk (backpressure).
 */
class GzipMembers {
  private readonly file: ReturnType<typeof createWriteStream>;
  private readonly done: Promise<void>;
  private gzip: ReturnType<typeof createGzip>;
  constructor(path: string) {
    this.file = createWriteStream(path);
    // A write error (disk full) must fail the backup, not leave it waiting for a drain that never comes.
    this.file.on('error', (err) => this.gzip.destroy(err));
    this.done = finished(this.file);
    this.done.catch(() => undefined);
    this.gzip = this.open(6);
  }
  /** The first error of the file or the compression, thrown at the next write. */
  private failure: Error | undefined;
  private open(level: number) {
    const gzip = createGzip({ level });
    // Kept for the next write (or the member's end) rather than thrown where nobody catches it.
    gzip.on('error', (err) => {
      this.failure ??= err;
    });
    gzip.pipe(this.file, { end: false });
    return gzip;
  }
  async write(line: string) {
    if (this.failure) throw this.failure;
    if (!this.gzip.write(`${line}\n`)) await once(this.gzip, 'drain');
  }
  /** Ends the current member and starts one at `level`. */
  async member(level: number) {
    await this.endMember();
    this.gzip = this.open(level);
  }
  private async endMember() {
    // A stream that failed already never ends: its error, rather than a wait for ever (a full disk).
    if (this.failure) throw this.failure;
    const ended = once(this.gzip, 'end');
    this.gzip.end();
    await ended;
  }
  async close() {
    await this.endMember();
    this.file.end();
    await this.done;
  }
  async abort(err: Error) {
    this.gzip.destroy(err);
    this.file.destroy(err);
    await this.done.catch(() => undefined);
  }
}

/**
 * Writes every table as gzip'd JSON lines from one REPEATABLE READ snapshot, so the dump is consistent
 * while the server keeps running (PostgreSQL) — the same format for both engines. Rows are streamed a
 * page at a time (by physical position, stable inside the snapshot) with backpressure, so memory stays
 * flat however large the files in the database; then the written file is read back and checked.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  onProgress?: (done: number, total: number) => void,
) {
  const counts: Record<string, number> = {};
  const out = new GzipMembers(file);
  const write = (line: string) => out.write(line);
  try {
    await database.db.transaction(
      async (tx) => {
        await write(
          JSON.stringify({
            format: FORMAT,
            migrations: await migrationCount(tx),
            createdAt: new Date().toISOString(),
          }),
        );
        for (const [i, table] of BACKUP_TABLES.entries()) {
          const [count] = await rowsOf<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${table}`));
          const total = count?.n ?? 0;
          const cols = await columnsOf(tx, table);
          const binary = cols.binary;
          await write(JSON.stringify({ table, rows: total, ...(binary.length ? { base64: binary } : {}) }));
          const page = binary.length ? PAGE_ROWS_BINARY : PAGE_ROWS;
          // Files are compressed already (PDF, PNG, JPEG): their rows go into a stored gzip member,
          // about twenty times faster than deflating base64 for a few per cent.
          if (binary.length) await out.member(0);
          // A cursor over the table in the snapshot: each fetch turns only its own rows into JSON (each
          // file is read once), and the scan goes on where it stopped (paging by position re-sorted the
          // rest of the table for every page, quadratic on large tables).
          await tx.execute(
            sql.raw(`declare backup_rows no scroll cursor for select ${rowJson(cols)} as j from ${table} t`),
          );
          let n = 0;
          for (;;) {
            const rows = await rowsOf<{ j: string }>(tx, sql.raw(`fetch forward ${page} from backup_rows`));
            for (const r of rows) await write(r.j);
            n += rows.length;
            if (rows.length < page) break;
          }
          await tx.execute(sql.raw('close backup_rows'));
          if (binary.length) await out.member(6);
          if (n !== total) throw new Error(`Backup of ${table} read ${n} rows, expected ${total}.`);
          counts[table] = n;
          onProgress?.(i + 1, BACKUP_TABLES.length);
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } catch (err) {
    await out.abort(err as Error);
    throw err;
  }
  await out.close();
  await verifyBackup(file, counts);
  return counts;
}

/**
 * The lines of a backup, decompressed as they are read: the next part of the file is read only when
 * the last line has been used (readline reads ahead without limit, which took 1.3 GB on a 1 GB restore
 * into PostgreSQL). A line of a file's row is a few MB; it is joined once from its parts.
 */
async function* backupLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    let text = decoder.write(chunk);
    let i = text.indexOf('\n');
    while (i >= 0) {
      parts.push(text.slice(0, i));
      yield parts.join('');
      parts = [];
      text = text.slice(i + 1);
      i = text.indexOf('\n');
    }
    if (text) parts.push(text);
  }
  const last = parts.join('') + decoder.end();
  if (last) yield last;
}

/**
 * Reads a written backup back (decompressing all of it) and checks that it holds what was written: the
 * header, every table, each one's rows as parseable JSON, in the numbers the snapshot gave (`expected`,
 * or else the count each table's line declares). Returns the rows found per table.
 */
export async function verifyBackup(file: string, expected?: Record<string, number>) {
  const found: Record<string, number> = {};
  const declared: Record<string, number> = {};
  let table: string | undefined;
  let header = false;
  for await (const line of backupLines(file)) {
    if (!header) {
      try {
        header = FORMATS.includes(JSON.parse(line).format);
      } catch {
        header = false;
      }
      if (!header) throw new Error(`The backup ${file} was written without its header.`);
      continue;
    }
    if (line.startsWith('{"table":')) {
      const t = JSON.parse(line) as { table: string; rows: number };
      table = t.table;
      found[table] = 0;
      declared[table] = t.rows;
      continue;
    }
    if (!table) throw new Error(`The backup ${file} holds rows outside a table.`);
    JSON.parse(line);
    found[table]! += 1;
  }
  if (!header) throw new Error(`The backup ${file} is empty.`);
  for (const [t, n] of Object.entries(expected ?? declared))
    if (found[t] !== n)
      throw new Error(
        `The backup ${file} holds ${found[t] ?? 0} rows of ${t}, but ${n} were written. Do not rely on it.`,
      );
  return found;
}

/**
 * The scheduled backup: a dump into `dir` under a name that sorts by time, written under a temporary
 * name and renamed only once read back, then all but the newest `keep` backups deleted.
 */
/** A backup's file name: `rathaus-<UTC time>.jsonl.gz`, which sorts by time. */
function backupName(now: Date) {
  return `rathaus-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')}.jsonl.gz`;
}

/**
 * Where `rathaus backup <path>` writes: into a folder (one that exists, or a path ending in a slash)
 * under the nightly backups' name, else to the file named; its folder must exist.
 */
export async function backupTarget(given: string, now = new Date()): Promise<string> {
  const folder =
    given.endsWith('/') ||
    given.endsWith(path.sep) ||
    (await stat(given).catch(() => undefined))?.isDirectory();
  const file = folder ? path.join(given, backupName(now)) : given;
  const dir = path.dirname(file);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new AppError('VALIDATION_FAILED', `The folder ${dir} does not exist.`);
  return file;
}

export async function scheduledBackup(database: Database, dir: string, keep: number, now = new Date()) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, backupName(now));
  const partial = `${file}.partial`;
  try {
    const counts = await backupDatabase(database, partial);
    await rename(partial, file);
    const all = (await readdir(dir)).filter((f) => /^rathaus-\d{8}T\d{6}Z\.jsonl\.gz$/.test(f)).sort();
    const removed = all.slice(0, Math.max(0, all.length - keep));
    for (const old of removed) await rm(path.join(dir, old), { force: true });
    return { file, rows: Object.values(counts).reduce((a, b) => a + b, 0), removed };
  } finally {
    await rm(partial, { force: true });
  }
}

/** Restores a backup into a migrated database in one transaction; refuses a non-empty one unless forced. */
export async function restoreDatabase(
  database: Database,
  file: string,
  opts: { force: boolean },
  onProgress?: (done: number, total: number) => void,
) {
  const it = backupLines(file);
  const first = await it.next().catch((err: Error) => {
    throw new Error(`${file} is not a Rathaus backup (${err.message}).`);
  });
  let header: { format?: string; migrations?: number };
  try {
    header = JSON.parse(String(first.value ?? '{}'));
  } catch {
    throw new Error(`${file} is not a Rathaus backup.`);
  }
  if (!FORMATS.includes(header.format ?? ''))
    throw new Error(`${file} is not a Rathaus backup (format ${header.format ?? 'unknown'}).`);
  const migrations = await migrationCount(database.db);
  if (header.migrations !== migrations) {
    throw new Error(
      `The backup was made at schema version ${header.migrations}, this database is at ${migrations}. Restore with the Rathaus version that made it.`,
    );
  }
  const [existing] = await database.rows<{ n: number }>(sql`select count(*)::int as n from tenants`);
  if ((existing?.n ?? 0) > 0 && !opts.force)
    throw new Error('The database is not empty. Use --force to replace all its data with the backup.');

  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${[...BACKUP_TABLES, ...TRANSIENT_TABLES].join(', ')} cascade`));
    let table: string | undefined;
    let batch: string[] = [];
    let batchChars = 0;
    let done = 0;
    const columns = new Map<string, string[]>();
    /** The binary columns of the current table, written as base64 (format 2). */
    let base64: string[] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      let names = columns.get(table);
      if (!names) {
        const res = (await tx.execute(
          sql`select quote_ident(column_name) as c from information_schema.columns where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`,
        )) as unknown as { rows: { c: string }[] };
        names = res.rows.map((r) => r.c);
        columns.set(table, names);
      }
      const cols = names.join(', ');
      let rows = table === 'org_units' || table === 'goals' ? parentsFirst(batch) : batch;
      // Replies go one level deep: comments without a parent first.
      if (table === 'comments')
        rows = [...rows].sort(
          (a, b) => Number(a.includes('"parent_id":"')) - Number(b.includes('"parent_id":"')),
        );
      // A proposal may point at another as its original (duplicate_of_id): set those after all rows exist.
      if (table === 'proposals') {
        rows = rows.map((r) => {
          const o = JSON.parse(r) as { id: string; duplicate_of_id?: string | null };
          if (!o.duplicate_of_id) return r;
          duplicates.push([o.id, o.duplicate_of_id]);
          return JSON.stringify({ ...o, duplicate_of_id: null });
        });
      }
      const json = `[${rows.join(',')}]`;
      try {
        if (base64.length) {
          const values = names
            .map((c) => (base64.includes(c) ? `decode(j->>'${c}', 'base64')` : `r.${c}`))
            .join(', ');
          await tx.execute(
            sql`${sql.raw(`insert into ${table} (${cols}) select ${values} from json_array_elements(`)}${json}${sql.raw(`::json) j, json_populate_record(null::${table}, j) r`)}`,
          );
        } else
          await tx.execute(
            sql`${sql.raw(`insert into ${table} (${cols}) select ${cols} from json_populate_recordset(null::${table}, `)}${json}::json)`,
          );
      } catch (err) {
        throw refusal(table, err);
      }
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
      batchChars = 0;
    };
    const duplicates: [string, string][] = [];
    for (let line = await it.next(); !line.done; line = await it.next()) {
      const text = String(line.value);
      if (!text) continue;
      if (text.startsWith('{"table":')) {
        await flush();
        const head = JSON.parse(text) as { table: string; base64?: string[] };
        if (!BACKUP_TABLES.includes(head.table)) throw new Error(`Unknown table ${head.table} in backup.`);
        table = head.table;
        base64 = (head.base64 ?? []).filter((c) => /^[a-z_][a-z0-9_]*$/.test(c));
        onProgress?.(++done, BACKUP_TABLES.length);
        continue;
      }
      // A batch ends at 500 rows or 8 MB of JSON (a file is one row of up to ~7 MB, so it goes nearly
      // alone); trees (org units, goals, comment threads) stay in one batch so parents can go first.
      const tree = !!table && ['org_units', 'comments', 'goals'].includes(table);
      if (!tree && batch.length && batchChars + text.length > BATCH_CHARS) await flush();
      batch.push(text);
      batchChars += text.length;
      if (!tree && batch.length >= 500) await flush();
    }
    await flush();
    for (const [id, of] of duplicates)
      await tx.execute(sql`update proposals set duplicate_of_id = ${of}::uuid where id = ${id}::uuid`);
  });
  return counts;
}

/** Database errors a backup's own rows can cause: they mean the file is not a consistent Rathaus backup. */
const ROW_ERRORS: Record<string, string> = {
  '23514': 'breaks the rule',
  '23503': 'refers to a row that is not there',
  '23505': 'repeats a key',
  '23502': 'lacks a required value',
  '22P02': 'holds a value of the wrong kind',
  '22007': 'holds an invalid date',
  '22008': 'holds an invalid date',
};

/** A restore that the database refuses, in one sentence: which table, which rule; nothing was changed. */
export function refusal(table: string, err: unknown): Error {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 4; depth++) {
    const e = cur as { code?: string; constraint?: string; message?: string };
    const what = e.code ? ROW_ERRORS[e.code] : undefined;
    if (what)
      return new Error(
        `The backup cannot be restored: a row of ${table} ${what}${e.constraint ? ` (${e.constraint})` : ''}: ${e.message}. Nothing was restored; the database is unchanged.`,
      );
    cur = (cur as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err : new Error(String(err));
}

function parentsFirst(rows: string[]): string[] {
  const parsed = rows.map((r) => ({ r, o: JSON.parse(r) as { id: string; parent_id: string | null } }));
  const placed = new Set<string>();
  const out: string[] = [];
  let pending = parsed;
  while (pending.length) {
    const next = pending.filter(
      (p) => !p.o.parent_id || placed.has(p.o.parent_id) || !parsed.some((q) => q.o.id === p.o.parent_id),
    );
    if (!next.length) throw new Error('The tree in the backup contains a cycle.');
    for (const p of next) {
      placed.add(p.o.id);
      out.push(p.r);
    }
    pending = pending.filter((p) => !placed.has(p.o.id));
  }
  return out;
}
