import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { startEmbedded } from '../src/db/embedded.ts';
import { MODULES } from '../src/modules/index.ts';
import { listProjects } from '../src/modules/projects/projects.service.ts';
import { createOrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';

/** Rules the schema itself must keep, read from the migrated database's catalogue. */
describe('the database schema', () => {
  it('has an index starting with the columns of every foreign key', async () => {
    const database = await testDatabase();
    const missing = await database.rows<{ fk: string }>(sql`
      select c.conrelid::regclass::text || ' (' || (
               select string_agg(a.attname, ', ' order by array_position(c.conkey, a.attnum))
               from pg_attribute a where a.attrelid = c.conrelid and a.attnum = any(c.conkey)
             ) || ') ▸ ' || c.confrelid::regclass::text as fk
      from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
              = (select array_agg(k order by k) from unnest(c.conkey) k)
        )
      order by 1`);
    expect(missing.map((r) => r.fk)).toEqual([]);
  });

  it('sorts names and titles as German readers expect, on both engines', async () => {
    const database = await testDatabase();
    const { db } = database;
    const words = [
      'Zentrale',
      'Öffentliches WLAN',
      'amtliche Mitteilungen',
      'Ärztekammer',
      'Oma',
      'Bär',
      'Arbeit',
    ];
    const rows = await database.rows<{ w: string }>(
      sql`select w from unnest(${`{${words.map((w) => `"${w}"`).join(',')}}`}::text[]) as t(w) order by w collate rathaus_names`,
    );
    expect(rows.map((r) => r.w)).toEqual([
      'amtliche Mitteilungen',
      'Arbeit',
      'Ärztekammer',
      'Bär',
      'Öffentliches WLAN',
      'Oma',
      'Zentrale',
    ]);
    // A list that orders by title uses it.
    const f = await createOrgFixture(db);
    for (const title of ['Zentrale Bürgerdienste', 'Öffentliches WLAN', 'amtliche Mitteilungen online'])
      await createProjectFixture(db, f, { title });
    const { rows: listed } = await listProjects(db, f.tenant.id, { publicOnly: true, limit: 10, offset: 0 });
    expect(listed.map((p) => p.title)).toEqual([
      'amtliche Mitteilungen online',
      'Öffentliches WLAN',
      'Zentrale Bürgerdienste',
    ]);
  });

  it('guards every value list of the code with a CHECK constraint in the database', async () => {
    const database = await testDatabase();
    const present = new Set(
      (
        await database.rows<{ name: string }>(
          sql`select conname as name from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace`,
        )
      ).map((r) => r.name),
    );
    const lists = MODULES.flatMap((m) => m.tables ?? []).flatMap((t) => {
      const { name, columns } = getTableConfig(t);
      return columns.filter((c) => c.enumValues?.length).map((c) => `${name}_${c.name}_check`);
    });
    expect(lists.length).toBeGreaterThan(35);
    expect(lists.filter((c) => !present.has(c))).toEqual([]);
  });

  it('refuses values outside the ranges the code allows', async () => {
    const database = await testDatabase();
    for (const [table, constraint] of [
      ['status_reports', 'status_reports_progress_range'],
      ['project_risks', 'project_risks_probability_check'],
      ['project_risks', 'project_risks_impact_check'],
      ['scores', 'scores_score_range'],
      ['progress_report_items', 'progress_report_items_progress_range'],
    ])
      expect(
        await database.rows(
          sql`select 1 from pg_constraint where conname = ${constraint} and conrelid = ${table}::regclass`,
        ),
        constraint,
      ).toHaveLength(1);
  });
});

describe('database time', () => {
  it('reaches the observer for every statement, inside transactions too, and stops when it is removed', async () => {
    const database = await testDatabase();
    const seen: number[] = [];
    database.observeQueries((s) => seen.push(s));
    try {
      await database.rows(sql`select pg_sleep(0.02)`);
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await tx.execute(sql`select 2`);
      });
      await database.executeSql('select 3');
    } finally {
      database.observeQueries(undefined);
    }
    // begin and commit may count as statements too (node-postgres sends them as queries).
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(0.019);
    expect(seen.every((s) => s >= 0 && s < 5)).toBe(true);
    const before = seen.length;
    await database.rows(sql`select 4`);
    expect(seen.length).toBe(before);
  });
});

describe('a PostgreSQL connection the server ends', () => {
  const postgres = !!process.env.DATABASE_URL;

  it.skipIf(!postgres)(
    'is reported, not thrown, idle in the pool or inside a transaction, and the next query gets another',
    async () => {
      const worker = await testDatabase();
      const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 2 });
      const errors: string[] = [];
      database.onConnectionError((err) => errors.push(err.message));
      const terminate = (pid: number) => worker.executeSql('select pg_terminate_backend($1)', [pid]);
      try {
        // Idle in the pool (what a PostgreSQL restart does to every idle connection).
        const [idle] = await database.rows<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        await terminate(idle!.pid);
        await expect.poll(() => errors.length, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
        expect(errors[0]).toMatch(/terminat/i);
        expect(await database.rows(sql`select 1 as one`)).toEqual([{ one: 1 }]);

        // Checked out by a transaction, between two statements: the transaction fails, nothing throws.
        const failed = database.db.transaction(async (tx) => {
          const res = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
            rows: { pid: number }[];
          };
          await terminate(res.rows[0]!.pid);
          await new Promise((r) => setTimeout(r, 300));
          await tx.execute(sql`select 2`);
        });
        await expect(failed).rejects.toThrow();
        expect(await database.rows(sql`select 3 as three`)).toEqual([{ three: 3 }]);
      } finally {
        await database.close();
      }
    },
  );
});

describe('the embedded database’s buffer pool', () => {
  it.skipIf(!!process.env.DATABASE_URL)('takes the configured size (PGLITE_SHARED_BUFFERS)', async () => {
    const database = await openDatabase({ sharedBuffers: '16MB' });
    try {
      expect(await database.rows(sql`show shared_buffers`)).toEqual([{ shared_buffers: '16MB' }]);
    } finally {
      await database.close();
    }
  });
});

describe('the hourly upkeep', () => {
  it('vacuums on PGlite, which has no autovacuum, and refreshes the statistics on both engines', async () => {
    const database = await testDatabase();
    await database.rows(sql`create table upkeep_probe (id int primary key, note text)`);
    try {
      await database.rows(
        sql`insert into upkeep_probe select i, repeat('x', 200) from generate_series(1, 2000) i`,
      );
      await database.rows(sql`delete from upkeep_probe where id > 100`);
      await database.maintain();
      const [table] = await database.rows<{ tuples: number; visible: number }>(
        sql`select reltuples::int as tuples, relallvisible::int as visible from pg_class where relname = 'upkeep_probe'`,
      );
      expect(table!.tuples).toBe(100);
      // Vacuumed: the pages left hold only live rows, marked all-visible (index-only scans can use them).
      if (!process.env.DATABASE_URL) expect(table!.visible).toBeGreaterThan(0);
    } finally {
      await database.rows(sql`drop table upkeep_probe`);
    }
  });
});

describe('the embedded database’s own thread', () => {
  it.skipIf(!!process.env.DATABASE_URL)(
    'fails what waits and every later statement, and tells its owner once, when the thread dies',
    async () => {
      const client = await startEmbedded({ worker: new URL('./fixtures/dying.worker.mjs', import.meta.url) });
      const lost: string[] = [];
      client.onLost((err) => lost.push(err.message));
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await expect(client.query("select 'die'")).rejects.toThrow(
        'The embedded database stopped: WebAssembly.Memory(): could not grow',
      );
      await expect(client.query('select 1')).rejects.toThrow('The embedded database stopped');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lost).toEqual(['The embedded database stopped: WebAssembly.Memory(): could not grow']);
      expect(client.closed).toBe(true);
    },
  );

  it.skipIf(!!process.env.DATABASE_URL)('reports no loss when it is closed on purpose', async () => {
    const client = await startEmbedded({});
    const lost: string[] = [];
    client.onLost((err) => lost.push(err.message));
    // A statement sent while it closes (a request during shutdown) fails; the close is no loss.
    const closed = client.close();
    const late = client.query('select 1');
    await closed;
    await expect(late).rejects.toThrow();
    await expect(client.query('select 1')).rejects.toThrow('The embedded database is closed.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toEqual([]);
  });

  it.skipIf(!!process.env.DATABASE_URL)(
    'lets the event loop turn while a statement runs, and keeps errors, transactions and notifications',
    async () => {
      const database = await openDatabase({});
      try {
        // Order, not timing: on the caller's thread the timer could only fire after the statement.
        const order: string[] = [];
        const long = database
          .rows(sql`select count(*)::int as n from generate_series(1, 3000000)`)
          .then(() => order.push('statement'));
        await new Promise((r) => setTimeout(r, 1));
        order.push('timer');
        await long;
        expect(order).toEqual(['timer', 'statement']);

        // PostgreSQL's fields cross the thread (fromDatabaseError reads the code).
        await database.executeSql('create table t (id int primary key, v text not null)');
        await database.executeSql('insert into t values (1, $1)', ['a']);
        const dup = await database.executeSql('insert into t values (1, $1)', ['b']).catch((e: unknown) => e);
        expect(dup).toMatchObject({ code: '23505', constraint: 't_pkey' });

        // A transaction that fails leaves nothing; one that succeeds keeps everything; dates stay text.
        await expect(
          database.db.transaction(async (tx) => {
            await tx.execute(sql`insert into t values (2, 'b')`);
            await tx.execute(sql`insert into t values (1, 'c')`);
          }),
        ).rejects.toThrow();
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`insert into t values (3, 'c')`);
          await tx.transaction(async (inner) => inner.execute(sql`insert into t values (4, 'd')`));
        });
        expect(await database.rows(sql`select id from t order by id`)).toEqual([
          { id: 1 },
          { id: 3 },
          { id: 4 },
        ]);
        expect(await database.rows(sql`select date '2026-12-04' as d`)).toEqual([{ d: '2026-12-04' }]);

        const heard: string[] = [];
        const stop = await database.listen('rathaus_test', (p) => heard.push(p));
        await database.executeSql(`notify rathaus_test, 'hello'`);
        await expect.poll(() => heard).toEqual(['hello']);
        await stop();
      } finally {
        await database.close();
      }
      // A statement after close() fails at once, as on the caller's thread.
      await expect(database.rows(sql`select 1`)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/closed/) },
      });
    },
  );
});
