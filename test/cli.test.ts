import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  backupDatabase,
  restoreDatabase,
  TRANSIENT_TABLES,
  verifyBackup,
} from '../src/cli/backup.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { acquireDataDirLock } from '../src/db/lock.ts';
import { importProposalsCsv } from '../src/modules/proposals/proposals.import.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-cli-'));

/** Runs the real `rathaus` command in a child process on the embedded database of `dataDir`. */
function rathaus(args: string[], dataDir: string) {
  // A clean environment: vitest adds Vite's BASE_URL=/ and CI may set DATABASE_URL.
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  };
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), ...args], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the embedded data directory has exactly one owner', () => {
  it('refuses a second process and names the owner, without touching the directory', () => {
    const dir = path.join(tmp, 'locked');
    const lock = acquireDataDirLock(dir, 'rathaus serve (test)');
    try {
      const res = rathaus(['migrate'], dir);
      expect(res.status).toBe(1);
      expect(res.stderr).toContain(
        `is in use by another process: "rathaus serve (test)" (pid ${process.pid}`,
      );
      expect(res.stderr).toContain('DATABASE_URL');
      expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
    } finally {
      lock.release();
    }
  });

  it('takes over a lock left by a dead process', () => {
    const dir = path.join(tmp, 'stale');
    const lock = acquireDataDirLock(dir, 'crashed');
    lock.release();
    writeFileSync(
      path.join(dir, 'rathaus.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, hostname: os.hostname(), command: 'crashed', since: '2026-01-01' }),
    );
    const res = rathaus(['migrate'], dir);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('Migrations applied (pglite)');
    expect(res.status).toBe(0);
  });

  it('prints help and exits non-zero on a bad command line', () => {
    const dir = path.join(tmp, 'help');
    const help = rathaus(['backup', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: rathaus backup <file.jsonl.gz | folder/>');
    const bad = rathaus(['frobnicate'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command');
    const missing = rathaus(['import', 'proposals', path.join(tmp, 'nope.csv'), '--process', 'x'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
    // A backup into a folder takes the nightly backups' name; a folder that is not there is one sentence.
    const folder = path.join(tmp, 'backups');
    mkdirSync(folder);
    const into = rathaus(['backup', folder], dir);
    expect(into.stderr).not.toContain(' at ');
    expect(into.status).toBe(0);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^rathaus-\d{8}T\d{6}Z\.jsonl\.gz$/)]);
    const nowhere = rathaus(['backup', path.join(tmp, 'nicht-da', 'x.jsonl.gz')], dir);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr.trim()).toBe(
      `rathaus backup: The folder ${path.join(tmp, 'nicht-da')} does not exist.`,
    );
    // A folder that takes no files (even for root) is one sentence too, not the raw system error.
    const refused = rathaus(['backup', '/proc/'], dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^rathaus backup: Cannot open \/proc\/rathaus-\d{8}T\d{6}Z\.jsonl\.gz: no such file or folder \(ENOENT\)\.$/,
    );
  });
});

describe('rathaus import projects', () => {
  it('imports a portfolio CSV into the demo city, repeatably, and refuses a file with problems', () => {
    const dir = path.join(tmp, 'import');
    expect(rathaus(['seed'], dir).status).toBe(0);
    const good = path.join(tmp, 'portfolio.csv');
    writeFileSync(
      good,
      'Kennung;Titel;Kurzbeschreibung;Handlungsfeld;Amt;Phase;Sichtbarkeit;Budget\n' +
        'K-1;Digitale Gewerbeanmeldung;Gewerbe online an- und abmelden, ohne Termin.;daten-software-services;Bürgerdienste;geplant;öffentlich;"80.000"\n' +
        'K-2;E-Akte im Ordnungsamt;Die Akten des Ordnungsamts werden elektronisch geführt.;daten-software-services;Bürgerdienste;in Umsetzung;intern;\n',
    );
    const first = rathaus(['import', 'projects', good], dir);
    expect(first.stderr).not.toContain('rathaus import projects:');
    expect(first.stdout).toContain('Read 2 rows as cdo@bonn.example: 2 created, 0 changed, 0 unchanged');
    expect(first.status).toBe(0);
    const again = rathaus(['import', 'projects', good], dir);
    expect(again.stdout).toContain('0 created, 0 changed, 2 unchanged');
    const bad = path.join(tmp, 'bad.csv');
    writeFileSync(bad, 'Titel;Kurzbeschreibung;Handlungsfeld;Amt\nX;kurz;nix;Bauamt\n');
    const refused = rathaus(['import', 'projects', bad], dir);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('row 2: Title: too short (at least 5 characters)');
    expect(refused.stderr).toContain('1 of 1 rows have problems; nothing was imported.');
  }, 120_000);
});

describe('the rathaus binary', () => {
  it('serves the seeded Bonn demo when started from any working directory', async () => {
    const dir = path.join(tmp, 'serve');
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      DATA_DIR: dir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      METRICS_TOKEN: 'metrics-token-for-the-test',
    };
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      cwd: os.tmpdir(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toContain('Rathaus is running');
      expect(out).toMatch(/Password for all of them: \S{12,}/);
      const page = await fetch(`http://127.0.0.1:${port}/projekte`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('Online-Terminvergabe für die Bürgerdienste');
      const rad = await (
        await fetch(`http://127.0.0.1:${port}/api/v1/proposals?pageSize=1&q=Kölnstraße`)
      ).json();
      expect(rad.meta.total).toBeGreaterThan(10);

      // Operations: alive, ready (database, migrations, job queue), metrics only with the token.
      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok');
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', jobs: 'ok', process: 'ok' },
      });
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const metrics = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer metrics-token-for-the-test' },
      });
      const text = await metrics.text();
      expect(text).toMatch(
        /rathaus_http_request_duration_seconds_count\{method="GET",route="\/projekte",status="200"\} 1/,
      );
      expect(text).toContain('rathaus_job_queue_depth{queue=');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
      // Database time: the page above ran statements, each one timed.
      expect(Number(/rathaus_db_query_duration_seconds_count (\d+)/.exec(text)?.[1])).toBeGreaterThan(0);

      // SIGTERM while a download streams: it finishes whole, then the process exits and frees the lock.
      const all = (await (await fetch(`${base}/api/v1/proposals?pageSize=1`)).json()).meta.total;
      const download = await fetch(`${base}/daten/vorschlaege.csv`);
      expect(download.status).toBe(200);
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const rows = (await download.text()).trim().split('\n').length;
      expect(rows).toBe(all + 1);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    expect(existsSync(path.join(dir, 'rathaus.lock'))).toBe(false);

    // The same database in production: refused, because it holds demo accounts.
    const prod = spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      cwd: os.tmpdir(),
      env: {
        ...env,
        NODE_ENV: 'production',
        SESSION_SECRET: 's'.repeat(40),
        BASE_URL: 'https://rathaus.example',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(prod.status).toBe(1);
    expect(prod.stderr).toContain('Refusing to start in production: the database holds demo accounts');
  }, 90_000);
});

describe('importing a past participation process', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db, { accounts: false });
  });

  it('imports a CSV idempotently: the second run adds nothing', async () => {
    const db = (await testDatabase()).db;
    const file = path.join(tmp, 'process.csv');
    writeFileSync(
      file,
      'id,title,text,category,url,created\nA1,"Radweg Kölnstraße","Der Radweg ist zu schmal, ""gefährlich"" sogar.",cycle_path_quality,https://example.org/a1,2017-09-13T08:00:00+02:00\nA2,Ampel am Bertha-von-Suttner-Platz,,traffic_lights,,2017-09-14T10:00:00+02:00\n',
    );
    const opts = {
      tenantId: f.tenant.id,
      process: { slug: 'rad-2017', title: 'Rad 2017' },
      publish: true,
      numberPrefix: 'RAD',
    };
    expect(await importProposalsCsv(db, file, opts)).toEqual({ read: 2, inserted: 2, skipped: 0 });
    expect(await importProposalsCsv(db, file, opts)).toEqual({ read: 2, inserted: 0, skipped: 2 });
    const [row] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.externalRef, 'A1')));
    expect(row).toMatchObject({
      number: 'RAD-A1',
      body: 'Der Radweg ist zu schmal, "gefährlich" sogar.',
      state: 'published',
      category: 'cycle_path_quality',
    });
  });

  it('stops with a clear message on a malformed file', async () => {
    const db = (await testDatabase()).db;
    const opts = { tenantId: f.tenant.id, process: { slug: 'bad', title: 'Bad' }, publish: true };
    const noColumns = path.join(tmp, 'nocols.csv');
    writeFileSync(noColumns, 'name,comment\nx,y\n');
    await expect(importProposalsCsv(db, noColumns, opts)).rejects.toThrow(/needs the columns id and title/);
    const broken = path.join(tmp, 'broken.csv');
    writeFileSync(broken, 'id,title,text\n1,"unterminated,text\n');
    await expect(importProposalsCsv(db, broken, opts)).rejects.toThrow(/not a valid CSV file/);
    const badDate = path.join(tmp, 'date.csv');
    writeFileSync(badDate, 'id,title,created\n1,Titel,gestern\n');
    await expect(importProposalsCsv(db, badDate, opts)).rejects.toThrow(/"gestern" is not a date/);
  });
});

describe('backup and restore', () => {
  let target: Database;
  beforeAll(async () => {
    target = await openDatabase({});
    await target.migrate();
  });
  afterAll(async () => {
    await target.close();
  });

  it('restores a consistent dump into an empty database (also across engines) and refuses a full one', async () => {
    const source = await testDatabase();
    const f = await createOrgFixture(source.db);
    const { project } = await createProjectFixture(source.db, f);
    const file = path.join(tmp, 'backup.jsonl.gz');
    const counts = await backupDatabase(source, file);
    expect(counts.projects).toBeGreaterThan(0);
    const restored = await restoreDatabase(target, file, { force: false });
    expect(restored.projects).toBe(counts.projects);
    const [row] = await target.rows<{ title: string; n: number }>(
      sql`select p.title, (select count(*)::int from proposals where tenant_id = p.tenant_id and search @@ to_tsquery('german', 'Sperrmüll')) as n from projects p where p.id = ${project.id}`,
    );
    expect(row).toEqual({ title: project.title, n: 1 });
    await expect(restoreDatabase(target, file, { force: false })).rejects.toThrow(/not empty/);
    await expect(restoreDatabase(target, file, { force: true })).resolves.toBeDefined();
    writeFileSync(path.join(tmp, 'garbage.gz'), 'not gzip');
    await expect(restoreDatabase(target, path.join(tmp, 'garbage.gz'), { force: true })).rejects.toThrow(
      /not a Rathaus backup/,
    );
  });

  it('fails a backup to a full disk with the error, never hangs', async () => {
    await expect(backupDatabase(await testDatabase(), '/dev/full')).rejects.toThrow(/ENOSPC/);
  });

  it('reads every backup back after writing it, and a damaged file does not pass', async () => {
    const file = path.join(tmp, 'checked.jsonl.gz');
    const counts = await backupDatabase(await testDatabase(), file);
    await expect(verifyBackup(file, counts)).resolves.toEqual(counts);
    const bytes = await readFile(file);
    const cut = path.join(tmp, 'cut.jsonl.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(verifyBackup(cut, counts)).rejects.toThrow();
    await expect(verifyBackup(file, { ...counts, projects: (counts.projects ?? 0) + 1 })).rejects.toThrow(
      /Do not rely on it/,
    );
  });

  it('backs up every table of the schema (a new table cannot drop out of backups)', async () => {
    const database = await testDatabase();
    const rows = await database.rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect([...BACKUP_TABLES, ...TRANSIENT_TABLES].sort()).toEqual(rows.map((r) => r.name).sort());
  });

  it('refuses a backup whose row breaks a rule of the database, in one sentence, and changes nothing', async () => {
    const source = await testDatabase();
    const f = await createOrgFixture(source.db);
    const { project } = await createProjectFixture(source.db, f);
    const good = path.join(tmp, 'good.jsonl.gz');
    await backupDatabase(source, good);
    const lines = gunzipSync(readFileSync(good)).toString('utf8').split('\n');
    const i = lines.findIndex((l) => l.includes(`"id":"${project.id}"`) && l.includes('"phase"'));
    expect(i).toBeGreaterThan(0);
    lines[i] = lines[i]!.replace(/"phase":"[a-z_]+"/, '"phase":"abandoned"');
    const bad = path.join(tmp, 'bad.jsonl.gz');
    writeFileSync(bad, gzipSync(lines.join('\n')));
    const before = await target.rows<{ n: number }>(sql`select count(*)::int as n from projects`);
    await expect(restoreDatabase(target, bad, { force: true })).rejects.toThrow(
      /cannot be restored: a row of projects breaks the rule \(projects_phase_check\).*Nothing was restored/,
    );
    expect(await target.rows<{ n: number }>(sql`select count(*)::int as n from projects`)).toEqual(before);
  });
});
