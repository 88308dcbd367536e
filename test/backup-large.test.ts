import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../src/cli/backup.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { createTenant } from '../src/modules/orgs/orgs.service.ts';

/** How much the round trip carries: at least a gigabyte, in 5 MB files (the largest a proposal takes). */
const TOTAL_MB = Number(process.env.BACKUP_TEST_MB ?? 1024);
const FILE_MB = 5;
const FILES = Math.ceil(TOTAL_MB / FILE_MB);

/**
 * Two databases of their own (a restore replaces everything): on-disk PGlite directories, or two fresh
 * databases on the PostgreSQL server of DATABASE_URL.
 */
async function ownDatabases(
  dir: string,
): Promise<{ source: Database; target: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return {
      source: await openDatabase({ dataDir: path.join(dir, 'source') }),
      target: await openDatabase({ dataDir: path.join(dir, 'target') }),
      drop: async () => undefined,
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const names = [`rathaus_backup_src_${process.pid}`, `rathaus_backup_dst_${process.pid}`];
  for (const n of names) {
    await admin.query(`drop database if exists ${n}`);
    await admin.query(`create database ${n}`);
  }
  const at = (n: string) => {
    const u = new URL(url);
    u.pathname = `/${n}`;
    return u.toString();
  };
  return {
    source: await openDatabase({ databaseUrl: at(names[0]!), poolSize: 2 }),
    target: await openDatabase({ databaseUrl: at(names[1]!), poolSize: 2 }),
    drop: async () => {
      for (const n of names) await admin.query(`drop database if exists ${n}`);
      await admin.end();
    },
  };
}

describe('backup and restore of a gigabyte of attachments', () => {
  let dir: string;
  let dbs: Awaited<ReturnType<typeof ownDatabases>>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rathaus-backup-large-'));
    dbs = await ownDatabases(dir);
    await dbs.source.migrate();
    await dbs.target.migrate();
  }, 120_000);
  afterAll(async () => {
    await dbs?.source.close();
    await dbs?.target.close();
    await dbs?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it(`streams ${FILES} files of ${FILE_MB} MB out and back, checks what it wrote, and restores every byte`, async () => {
    const { source, target } = dbs;
    const tenant = await createTenant(source.db, {
      slug: 'gross',
      name: 'Groß',
      cityName: 'Groß',
      hosts: [],
    });
    // The files are made by the database itself (fast on both engines); each differs from the others.
    await source.db.execute(sql`
      insert into proposal_attachments (tenant_id, staging_token, filename, media_type, size, content)
      select ${tenant.id}::uuid, 'big' || lpad(i::text, 21, '0'), 'scan-' || i || '.pdf', 'application/pdf',
             ${FILE_MB * 1024 * 1024}, decode(repeat(lpad(to_hex(i), 8, '0') || md5(i::text), ${(FILE_MB * 1024 * 1024) / 20}), 'hex')
      from generate_series(1, ${FILES}) i`);
    const [before] = await source.rows<{ n: number; bytes: string; sum: string }>(
      sql`select count(*)::int as n, sum(length(content))::text as bytes, md5(string_agg(md5(content), '' order by filename)) as sum from proposal_attachments`,
    );
    expect(Number(before!.bytes)).toBeGreaterThanOrEqual(1024 * 1024 * 1024 * (TOTAL_MB / 1024));

    const file = path.join(dir, 'backup.jsonl.gz');
    const counts = await backupDatabase(source, file);
    expect(counts.proposal_attachments).toBe(FILES);
    expect((await stat(file)).size).toBeGreaterThan(0);

    const restored = await restoreDatabase(target, file, { force: true });
    expect(restored.proposal_attachments).toBe(FILES);
    const [after] = await target.rows<{ n: number; bytes: string; sum: string }>(
      sql`select count(*)::int as n, sum(length(content))::text as bytes, md5(string_agg(md5(content), '' order by filename)) as sum from proposal_attachments`,
    );
    expect(after).toEqual(before);
  }, 900_000);
});
