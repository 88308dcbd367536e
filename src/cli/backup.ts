import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import { MODULES } from '../modules/index.ts';
import { auditEvents, domainEvents } from '../platform/platform.table.ts';

/**
 * Every table a backup holds, in foreign-key order: the platform's lasting tables and each module's
 * (declared by its manifest), so a new table is backed up without a list kept here. Sessions and
 * rate-limit counters are transient and left out.
 */
export function backupTables(modules: readonly { tables?: readonly PgTable[] }[] = MODULES): string[] {
  const tables = [auditEvents, domainEvents, ...modules.flatMap((m) => m.tables ?? [])];
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

/** Tables of the platform that are never backed up (they only make sense in the running process). */
export const TRANSIENT_TABLES = ['sessions', 'rate_limits'] as const;

export const BACKUP_TABLES = backupTables();

const FORMAT = 'rathaus-backup/1';

async function migrationCount(database: Database) {
  const [row] = await database.rows<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row?.n ?? 0;
}

/**
 * Writes every table as gzip'd JSON lines from one REPEATABLE READ snapshot, so the dump is consistent
 * while the server keeps running (PostgreSQL) — the same format for both engines.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  onProgress?: (done: number, total: number) => void,
) {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  await database.db.transaction(
    async (tx) => {
      lines.push(
        JSON.stringify({
          format: FORMAT,
          migrations: await migrationCountTx(tx),
          createdAt: new Date().toISOString(),
        }),
      );
      for (const [i, table] of BACKUP_TABLES.entries()) {
        const res = (await tx.execute(
          sql.raw(`select row_to_json(t)::text as j from ${table} t`),
        )) as unknown as { rows: { j: string }[] };
        counts[table] = res.rows.length;
        lines.push(JSON.stringify({ table, rows: res.rows.length }));
        for (const r of res.rows) lines.push(r.j);
        onProgress?.(i + 1, BACKUP_TABLES.length);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  async function* gen() {
    for (const l of lines) yield `${l}\n`;
  }
  await pipeline(gen, createGzip(), createWriteStream(file));
  return counts;
}

async function migrationCountTx(tx: { execute: Database['db']['execute'] }) {
  const res = (await tx.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number }[] };
  return res.rows[0]?.n ?? 0;
}

/** Restores a backup into a migrated database in one transaction; refuses a non-empty one unless forced. */
export async function restoreDatabase(
  database: Database,
  file: string,
  opts: { force: boolean },
  onProgress?: (done: number, total: number) => void,
) {
  const rl = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const it = rl[Symbol.asyncIterator]();
  const first = await it.next().catch((err: Error) => {
    throw new Error(`${file} is not a Rathaus backup (${err.message}).`);
  });
  let header: { format?: string; migrations?: number };
  try {
    header = JSON.parse(String(first.value ?? '{}'));
  } catch {
    throw new Error(`${file} is not a Rathaus backup.`);
  }
  if (header.format !== FORMAT)
    throw new Error(`${file} is not a Rathaus backup (format ${header.format ?? 'unknown'}).`);
  const migrations = await migrationCount(database);
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
    let done = 0;
    const columns = new Map<string, string>();
    const flush = async () => {
      if (!table || !batch.length) return;
      let cols = columns.get(table);
      if (!cols) {
        const res = (await tx.execute(
          sql`select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as c from information_schema.columns where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'`,
        )) as unknown as { rows: { c: string }[] };
        cols = res.rows[0]!.c;
        columns.set(table, cols);
      }
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
      try {
        await tx.execute(
          sql`${sql.raw(`insert into ${table} (${cols}) select ${cols} from json_populate_recordset(null::${table}, `)}${`[${rows.join(',')}]`}::json)`,
        );
      } catch (err) {
        throw refusal(table, err);
      }
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    const duplicates: [string, string][] = [];
    for (let line = await it.next(); !line.done; line = await it.next()) {
      const text = String(line.value);
      if (!text) continue;
      if (text.startsWith('{"table":')) {
        await flush();
        const next = JSON.parse(text).table as string;
        if (!BACKUP_TABLES.includes(next)) throw new Error(`Unknown table ${next} in backup.`);
        table = next;
        onProgress?.(++done, BACKUP_TABLES.length);
        continue;
      }
      batch.push(text);
      // org_units reference each other: keep them in one batch so parents can go first.
      if (batch.length >= 500 && table && !['org_units', 'comments', 'goals'].includes(table)) await flush();
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
