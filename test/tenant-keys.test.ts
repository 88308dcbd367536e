import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from './helpers.ts';

/**
 * Ready to distribute by tenant (Citus `create_distributed_table(…, 'tenant_id')`, see docs/OPERATIONS.md):
 * every table of tenant data has `tenant_id` first in its primary key and in every foreign key, and each
 * unique rule includes it, so all of one tenant's rows and their joins stay on one node. The only tables
 * without it are the few global ones listed here, which stay reference or coordinator tables.
 */
const GLOBAL_TABLES = ['rate_limits', 'stats_salts', 'tenants'];

describe('tenant-led keys in every table', () => {
  it('starts every primary and foreign key with tenant_id and puts it into every unique rule', async () => {
    const database = await testDatabase();
    const tables = await database.rows<{ table: string; tenant: boolean }>(sql`
      select c.relname as table,
             exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`);
    expect(
      tables
        .filter((t) => !t.tenant)
        .map((t) => t.table)
        .sort(),
    ).toEqual(GLOBAL_TABLES);

    const keys = await database.rows<{
      table: string;
      name: string;
      kind: string;
      columns: string[];
      target: string | null;
    }>(sql`
      select c.conrelid::regclass::text as table, c.conname as name, c.contype as kind,
             array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
             case when c.contype = 'f' then c.confrelid::regclass::text end as target
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.contype in ('p', 'f', 'u')`);
    const tenantTables = new Set(tables.filter((t) => t.tenant).map((t) => t.table));
    const wrong: string[] = [];
    for (const k of keys) {
      if (!tenantTables.has(k.table)) continue;
      if (k.kind === 'u' && !k.columns.includes('tenant_id'))
        wrong.push(`${k.table}.${k.name}: unique without tenant_id`);
      if (k.kind !== 'u' && k.columns[0] !== 'tenant_id')
        wrong.push(
          `${k.table}.${k.name} (${k.kind === 'p' ? 'primary' : 'foreign'} key ${k.columns.join(', ')})`,
        );
    }
    const uniqueIndexes = await database.rows<{ table: string; name: string; def: string }>(sql`
      select tablename as table, indexname as name, indexdef as def from pg_indexes
      where schemaname = 'public' and indexdef like 'CREATE UNIQUE INDEX%'`);
    for (const i of uniqueIndexes)
      if (tenantTables.has(i.table) && !/\btenant_id\b/.test(i.def))
        wrong.push(`${i.table}.${i.name}: unique index without tenant_id`);
    expect(wrong).toEqual([]);
    // The check saw the schema, not an empty database.
    expect(keys.filter((k) => k.kind === 'f').length).toBeGreaterThan(50);
  });
});
