import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { readTemplate } from '../src/db/template.ts';
import { usableDemoTemplate } from '../src/demo/template.ts';
import { verifyPassword } from '../src/platform/auth/password.ts';
import { testDatabase } from './helpers.ts';

// The templates a new embedded database starts from (src/db/template.ts, src/demo/template.ts), made by
// the real `rathaus prepare` into a folder of this test's own. Embedded database only.

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-template-'));
const templates = path.join(tmp, 'templates');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  RATHAUS_TEMPLATE_DIR: templates,
};

/** What a schema holds, to compare two databases: tables and columns, indexes, constraints, triggers. */
const SCHEMA_FINGERPRINT = sql`
  select 'column' as kind, table_schema || '.' || table_name || '.' || column_name || ' ' || data_type ||
         ' ' || is_nullable || ' ' || coalesce(column_default, '') as item
    from information_schema.columns where table_schema in ('public', 'drizzle')
  union all select 'index', schemaname || '.' || indexname || ' ' || indexdef from pg_indexes
    where schemaname in ('public', 'drizzle')
  union all select 'constraint', conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace
  union all select 'trigger', tgrelid::regclass::text || ' ' || tgname from pg_trigger
    where not tgisinternal and tgrelid::regclass::text not like 'pgboss.%'
  union all select 'extension', extname from pg_extension
  union all select 'migrations', count(*)::text from drizzle.__drizzle_migrations
  order by 1, 2`;

describe.skipIf(!!process.env.DATABASE_URL)('the templates a new embedded database starts from', () => {
  it('rathaus prepare packs a migrated empty cluster with the job queue and today’s demo, once', () => {
    const first = spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'prepare'], {
      env,
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Template of an empty embedded database written to .*empty-.*\.tar\.gz/);
    expect(first.stdout).toMatch(/Today's demo template written to .*demo-.*\.tar\.gz/);
    expect(
      readdirSync(templates)
        .sort()
        .map((f) => f.split('-')[0]),
    ).toEqual(['demo', 'empty']);
    const again = spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'prepare'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(again.stdout).toContain('Template of an empty embedded database is up to date.');
    expect(again.stdout).toContain("Today's demo template is up to date.");
  }, 240_000);

  it('the empty template holds exactly the schema the migrations make', async () => {
    const file = readdirSync(templates).find((f) => f.startsWith('empty-'))!;
    const fromTemplate = await openDatabase({ template: readTemplate(path.join(templates, file)) });
    try {
      expect(fromTemplate.fromTemplate).toBe(true);
      await fromTemplate.migrate(); // nothing left to apply
      const migrated = await testDatabase();
      const expected = await migrated.rows<{ kind: string; item: string }>(SCHEMA_FINGERPRINT);
      const found = await fromTemplate.rows<{ kind: string; item: string }>(SCHEMA_FINGERPRINT);
      expect(found.length).toBeGreaterThan(500);
      expect(found).toEqual(expected);
      // The job queue's tables are there, its schedules are not (each start makes its own).
      const [queues] = await fromTemplate.rows<{ n: number }>(
        sql`select count(*)::int as n from pgboss.queue`,
      );
      expect(queues!.n).toBeGreaterThan(3);
      const [schedules] = await fromTemplate.rows<{ n: number }>(
        sql`select count(*)::int as n from pgboss.schedule`,
      );
      expect(schedules!.n).toBe(0);
    } finally {
      await fromTemplate.close();
    }
  }, 60_000);

  it('serves the demo from today’s template with a password of its own; another day seeds afresh', async () => {
    const dataDir = path.join(tmp, 'data');
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: { ...env, DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await expect.poll(() => out, { timeout: 90_000, interval: 200 }).toContain('Rathaus is running');
      expect(out).toContain('the Bonn demo was unpacked from the template npm ci prepared today');
      expect(out).not.toContain('Demo seeded in');
      const page = await fetch(`http://127.0.0.1:${port}/projekte`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Online-Terminvergabe für die Bürgerdienste');
      const rad = await (
        await fetch(`http://127.0.0.1:${port}/api/v1/proposals?pageSize=1&q=Kölnstraße`)
      ).json();
      expect(rad.meta.total).toBeGreaterThan(10);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    const password = /Password for all of them: (\S+)/.exec(out)![1]!;
    expect(readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8')).toContain(password);
    const database = await openDatabase({ dataDir });
    try {
      const hashes = await database.rows<{ password_hash: string }>(
        sql`select password_hash from accounts where is_demo`,
      );
      expect(hashes.length).toBeGreaterThan(10);
      expect(new Set(hashes.map((h) => h.password_hash)).size).toBe(1);
      expect(await verifyPassword(hashes[0]!.password_hash, password)).toBe(true);
    } finally {
      await database.close();
    }

    // Today's template serves only today: tomorrow's first start would seed the demo for its own day.
    process.env.RATHAUS_TEMPLATE_DIR = templates;
    try {
      const config = loadConfig({ ...env, DATA_DIR: path.join(tmp, 'other') });
      expect(usableDemoTemplate(config)).toBeDefined();
      expect(usableDemoTemplate(config, new Date(Date.now() + 86_400_000))).toBeUndefined();
      expect(usableDemoTemplate({ ...config, seedDemo: false })).toBeUndefined();
      expect(usableDemoTemplate({ ...config, env: 'test' })).toBeUndefined(); // tests seed a fixed day
      expect(usableDemoTemplate(loadConfig({ ...env, DATA_DIR: dataDir }))).toBeUndefined(); // not new
    } finally {
      delete process.env.RATHAUS_TEMPLATE_DIR;
    }
    expect(existsSync(path.join(dataDir, 'rathaus.lock'))).toBe(false);
  }, 180_000);
});
