import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type EmbeddedClient, type EmbeddedOptions, startEmbedded } from './embedded.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import {
  digestOf,
  isNewDataDir,
  pgliteVersion,
  readTemplate,
  templatePath,
  writeTemplate,
} from './template.ts';
import { inTurn } from './turns.ts';

/** The typed database handle every query file receives; the same on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT>;
/** A handle or an open transaction: query functions accept either. */
export type DbOrTx = Db | Tx;

/** The notification channel a recorded change is announced on (migration 0030 and main.ts). */
export const CHANGE_CHANNEL = 'rathaus_changed';

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migrations this build ships (drizzle-kit's journal), to compare with what the database applied. */
export function shippedMigrations(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** A new embedded database unpacked from the prepared template (see template.ts). */
  fromTemplate?: boolean;
  /** Runs raw SQL and returns rows; for the few statements Drizzle cannot express. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * Plain SQL text with $n parameters, for libraries that bring their own SQL (the pg-boss job queue).
   * Without parameters the text may hold several statements.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
  migrate(): Promise<void>;
  /** Refreshes the planner's statistics; PGlite has no autovacuum, so call it after bulk changes. */
  analyze(): Promise<void>;
  /**
   * Hourly upkeep. PGlite runs no autovacuum: this vacuums and analyzes one table at a time (other
   * statements run between two tables), so deleted rows make room again, all-visible pages are marked
   * and the planner's statistics follow the data. On PostgreSQL autovacuum does that; this analyzes.
   */
  maintain(): Promise<void>;
  /**
   * Receives PostgreSQL notifications on `channel` (after the sender's commit). On PostgreSQL this holds
   * one session connection of its own and reconnects after a loss, calling `onMessage('*')` then, since
   * notifications sent meanwhile are lost. Returns the function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Receives the duration of every statement, in seconds (the metrics' database time). One observer per
   * database: a later call replaces the earlier one.
   */
  observeQueries(observer: ((seconds: number) => void) | undefined): void;
  /**
   * Receives the error of a PostgreSQL connection the server ended (a restart, `pg_terminate_backend`, a
   * dropped database): the pool drops that connection and opens another when asked, and the process goes
   * on. One handler per database, for the log; PGlite has no such connections.
   */
  onConnectionError(handler: ((err: Error) => void) | undefined): void;
  /**
   * Receives the error when the database can never answer again: the embedded database's thread died
   * (WebAssembly out of memory, say). The server exits then, for its supervisor to start it afresh.
   * PostgreSQL never calls it: a lost connection is replaced (onConnectionError).
   */
  onLost(handler: ((err: Error) => void) | undefined): void;
  /** The embedded cluster packed (gzip tar), to make a template of it; PGlite only. */
  dump?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; undefined for an in-memory one (tests). */
  dataDir?: string | undefined;
  /** Who owns the embedded directory, named in the refusal another process sees. */
  command?: string;
  poolSize?: number;
  /**
   * The embedded database's buffer pool (shared_buffers, such as 32MB): PGlite's default of 128MB is
   * taken from the process's memory at start, used or not.
   */
  sharedBuffers?: string | undefined;
  /**
   * PostgreSQL for what needs a session of its own (LISTEN, the migrations' advisory lock): behind
   * PgBouncer in transaction mode, the server's direct address. Defaults to `databaseUrl`.
   */
  directUrl?: string | undefined;
  /**
   * The packed cluster a new embedded database starts from (a prepared demo, say); the caller checked
   * that the directory is new. Without it, a new directory starts from the empty template if there is one.
   */
  template?: Blob | undefined;
  /**
   * The embedded database on a thread of its own (the default), or on the caller's thread, where every
   * statement blocks the event loop while it runs: the reference the benchmarks compare with.
   */
  thread?: boolean;
}

/** The embedded database's extensions; pglite.worker.mjs loads the same (a thread imports its own). */
const PGLITE_EXTENSIONS = { pg_trgm, unaccent, btree_gin };

type QueryObserver = ((seconds: number) => void) | undefined;

/**
 * Wraps an object's promise-returning query methods so each call's duration reaches the observer, and its
 * caller resumes in turns with the others answered at the same moment (turns.ts). A call that returns no
 * promise (node-postgres's streamed queries, a statement with a callback) passes as it is.
 */
function timeQueries<T extends object>(target: T, methods: (keyof T)[], observer: () => QueryObserver) {
  for (const m of methods) {
    const original = target[m] as unknown as (...args: unknown[]) => unknown;
    (target as Record<keyof T, unknown>)[m] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const result = original.apply(this, args);
      const observe = observer();
      if (!(result instanceof Promise)) return result;
      if (observe) {
        const done = () => observe((performance.now() - started) / 1000);
        result.then(done, done);
      }
      return inTurn(result);
    };
  }
}

/** The empty template of this build: PGlite's version, the extensions and every shipped migration. */
export function emptyTemplateFile(): string {
  return templatePath(
    `empty-${pgliteVersion()}-${digestOf([MIGRATIONS_FOLDER], Object.keys(PGLITE_EXTENSIONS))}`,
  );
}

/** The embedded database's own folder inside DATA_DIR. */
export function embeddedDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/**
 * `rathaus prepare` (run by `npm ci`): an in-memory cluster with every migration applied (and what
 * `finish` adds: the job queue's schema), packed as the template new data directories start from.
 * Returns the file, or nothing when this build's is there.
 */
export async function prepareTemplate(
  finish?: (database: Database) => Promise<void>,
): Promise<{ file: string; bytes: number } | undefined> {
  const file = emptyTemplateFile();
  if (readTemplate(file)) return undefined;
  const database = await openDatabase({});
  try {
    await database.migrate();
    await finish?.(database);
    const packed = await database.dump!();
    writeTemplate(file, packed);
    return { file, bytes: packed.byteLength };
  } finally {
    await database.close();
  }
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite (taking its directory lock first). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl)
    return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts.directUrl ?? opts.databaseUrl);
  let lock: DataDirLock | undefined;
  let dataDir: string | undefined;
  if (opts.dataDir) {
    lock = acquireDataDirLock(opts.dataDir, opts.command ?? 'rathaus');
    dataDir = embeddedDir(opts.dataDir);
  }
  try {
    // A new directory starts from the given template, else from the migrated empty one when prepared.
    const template =
      opts.template ?? (dataDir && isNewDataDir(dataDir) ? readTemplate(emptyTemplateFile()) : undefined);
    const embeddedOptions = { dataDir, template, sharedBuffers: opts.sharedBuffers };
    const client =
      opts.thread === false ? await startInProcess(embeddedOptions) : await startEmbedded(embeddedOptions);
    let observer: QueryObserver;
    // Statements inside a transaction run on the transaction's own handle.
    timeQueries(client, ['query', 'exec'], () => observer);
    const transaction = client.transaction.bind(client);
    client.transaction = (fn) =>
      transaction((tx) => {
        timeQueries(tx, ['query', 'exec'], () => observer);
        return fn(tx);
      });
    // Drizzle's PGlite session calls only query() and transaction(), which the client has.
    const pgliteDb = drizzlePglite({ client: client as unknown as PGlite });
    const db = pgliteDb as unknown as Db;
    return {
      db,
      engine: 'pglite',
      fromTemplate: !!template,
      async rows<T>(query: SQL) {
        const res = await db.execute(query);
        return (res as unknown as { rows: T[] }).rows;
      },
      async executeSql(text: string, values?: unknown[]) {
        // PGlite prepares parameterised statements, which hold one command; plain text may hold several.
        if (!values?.length) {
          const results = await client.exec(text);
          const last = results[results.length - 1];
          return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
        }
        const res = await client.query(text, values);
        return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
      },
      async migrate() {
        await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
      },
      async analyze() {
        await client.exec('analyze');
      },
      async maintain() {
        const tables = await client.query(
          `select format('%I.%I', n.nspname, c.relname) as name from pg_class c
           join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('r', 'm') and n.nspname not in ('pg_catalog', 'information_schema')
           order by 1`,
        );
        for (const { name } of tables.rows as { name: string }[])
          await client.exec(`vacuum (analyze) ${name}`);
      },
      listen: (channel, onMessage) => client.listen(channel, onMessage),
      observeQueries(o) {
        observer = o;
      },
      onConnectionError() {},
      onLost: (handler) => client.onLost(handler),
      dump: () => client.dump(),
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** PGlite on the caller's thread, with the embedded thread's interface. */
async function startInProcess(opts: EmbeddedOptions): Promise<EmbeddedClient> {
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    extensions: PGLITE_EXTENSIONS,
    ...(opts.template ? { loadDataDir: opts.template } : {}),
    ...(opts.sharedBuffers
      ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.sharedBuffers}`] }
      : {}),
  });
  return {
    query: (text, params, options) => pglite.query(text, params, options),
    exec: (text) => pglite.exec(text),
    transaction: (fn) => pglite.transaction((tx) => fn(tx)),
    async listen(channel, onMessage) {
      const stop = await pglite.listen(channel, onMessage);
      return async () => {
        if (!pglite.closed) await stop();
      };
    },
    dump: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
    close: () => pglite.close(),
    get closed() {
      return pglite.closed;
    },
    // On the caller's thread PGlite cannot die apart from the process.
    onLost() {},
  };
}

async function openPostgres(url: string, max: number, directUrl: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  const analyze = async () => {
    await pool.query('analyze');
  };
  let observer: QueryObserver;
  let onLost: ((err: Error) => void) | undefined;
  // An 'error' event without a listener throws in Node: a connection the server ends, idle in the pool,
  // checked out between two statements, or ending after close(), must not take the process down.
  const lost = (err: Error) => onLost?.(err);
  pool.on('error', lost);
  // pool.query (which hands the statement to a client with a callback, untimed there) and the statements
  // of transactions on a client of their own.
  timeQueries(pool, ['query'], () => observer);
  pool.on('connect', (client) => {
    client.on('error', lost);
    timeQueries(client, ['query'], () => observer);
  });
  // Fail at start with a clear message rather than at the first request.
  const probe = await pool.connect().catch((err: Error) => {
    throw new Error(`Cannot connect to PostgreSQL at DATABASE_URL (${redact(url)}): ${err.message}`);
  });
  probe.release();
  const db = drizzlePg({ client: pool }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    async rows<T>(query: SQL) {
      const res = await db.execute(query);
      return (res as unknown as { rows: T[] }).rows;
    },
    async executeSql(text: string, values?: unknown[]) {
      const res = await pool.query(text, values);
      const last = Array.isArray(res) ? res[res.length - 1] : res;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    },
    async migrate() {
      // One migrator at a time across processes: a session lock, so on a session of its own (PgBouncer in
      // transaction mode would hand lock and unlock to different server connections).
      const client = new pg.Client({ connectionString: directUrl });
      client.on('error', lost);
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('select pg_advisory_unlock(727274)').catch(() => {});
        await client.end();
      }
    },
    analyze,
    // Autovacuum does the rest.
    maintain: analyze,
    listen: (channel, onMessage) => listenPostgres(directUrl, channel, onMessage),
    observeQueries(o) {
      observer = o;
    },
    onConnectionError(handler) {
      onLost = handler;
    },
    onLost() {},
    async close() {
      await pool.end();
    },
  };
}

/** One session connection that LISTENs, reconnecting (after 1 s, then up to every 30 s) when it is lost. */
async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 1000;
  const connect = async (first: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '');
    });
    const lost = () => {
      if (stopped || client !== c) return;
      client = undefined;
      c.end().catch(() => {});
      retry = setTimeout(() => void reconnect(), delay);
      delay = Math.min(delay * 2, 30_000);
    };
    c.on('error', lost);
    c.on('end', lost);
    client = c;
    await c.connect();
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    delay = 1000;
    // Whatever was sent while the connection was away is lost: the listener must assume any change.
    if (!first) onMessage('*');
  };
  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect(false);
    } catch {
      if (client) {
        const c = client;
        client = undefined;
        c.end().catch(() => {});
      }
      if (!stopped) retry = setTimeout(() => void reconnect(), delay);
      delay = Math.min(delay * 2, 30_000);
    }
  };
  try {
    await connect(true);
  } catch (err) {
    stopped = true;
    await client?.end().catch(() => {});
    throw new Error(`Cannot LISTEN on PostgreSQL (${redact(url)}): ${(err as Error).message}`);
  }
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = undefined;
    await c?.end().catch(() => {});
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export { sql };
