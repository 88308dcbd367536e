import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledBackup, verifyBackup } from '../src/cli/backup.ts';
import { runDoctor } from '../src/cli/doctor.ts';
import { emptyTemplateFile } from '../src/db/client.ts';
import { metricsAuthorized } from '../src/platform/http/metrics.ts';
import { fakeTranslationProvider } from './fakes/translation.ts';
import { createOrgFixture } from './fixtures/orgs.ts';
import { testConfig, testDatabase } from './helpers.ts';
import { startSmtp } from './smtp.ts';

describe('the metrics token', () => {
  it('takes the scheme in any case, and nothing but the token', () => {
    expect(metricsAuthorized('Bearer geheim-genug-lang', 'geheim-genug-lang')).toBe(true);
    expect(metricsAuthorized('bearer geheim-genug-lang', 'geheim-genug-lang')).toBe(true);
    expect(metricsAuthorized('Bearer geheim-genug-lanG', 'geheim-genug-lang')).toBe(false);
    expect(metricsAuthorized('Basic geheim-genug-lang', 'geheim-genug-lang')).toBe(false);
    expect(metricsAuthorized(undefined, 'geheim-genug-lang')).toBe(false);
  });
});

describe('operations: nightly backups with retention, and rathaus doctor', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-ops-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  beforeAll(async () => {
    await createOrgFixture((await testDatabase()).db, { accounts: false });
  });

  it('keeps the newest backups, each read back whole; a damaged one does not pass', async () => {
    const database = await testDatabase();
    const dir = path.join(tmp, 'backups');
    const days = ['2026-11-28T01:30:00Z', '2026-11-29T01:30:00Z', '2026-11-30T01:30:00Z'];
    let last: Awaited<ReturnType<typeof scheduledBackup>> | undefined;
    for (const day of days) last = await scheduledBackup(database, dir, 2, new Date(day));
    expect(readdirSync(dir).sort()).toEqual([
      'rathaus-20261129T013000Z.jsonl.gz',
      'rathaus-20261130T013000Z.jsonl.gz',
    ]);
    expect(last!.removed).toEqual(['rathaus-20261128T013000Z.jsonl.gz']);
    const found = await verifyBackup(last!.file);
    expect(Object.values(found).reduce((a, b) => a + b, 0)).toBe(last!.rows);
    expect(found.tenants).toBeGreaterThan(0);

    // One row lost from a table: the count the table declares no longer matches.
    const lines = gunzipSync(readFileSync(last!.file)).toString().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"table":"tenants"'));
    lines.splice(at + 1, 1);
    const damaged = path.join(tmp, 'damaged.jsonl.gz');
    writeFileSync(damaged, gzipSync(lines.join('\n')));
    await expect(verifyBackup(damaged)).rejects.toThrow(/rows of tenants/);
    writeFileSync(damaged, gzipSync('not a backup'));
    await expect(verifyBackup(damaged)).rejects.toThrow(/without its header/);
  });

  it('checks configuration, database, mail, identity provider, translation and backups, one line each', async () => {
    const smtp = await startSmtp();
    const deepl = fakeTranslationProvider();
    const deeplUrl = await deepl.start();
    try {
      const base = {
        databaseUrl: process.env.DATABASE_URL,
        dataDir: path.join(tmp, 'embedded'),
        backup: { dir: path.join(tmp, 'backups'), keep: 2, cron: '30 1 * * *' },
      };
      const good = await runDoctor(
        testConfig({
          ...base,
          smtpUrl: smtp.url,
          translation: {
            provider: 'deepl',
            apiKey: 'test-key:fx',
            apiUrl: deeplUrl,
            languages: ['en'],
            monthlyCharacters: 1000,
          },
        }),
      );
      expect(good.map((f) => f.area)).toEqual([
        'configuration',
        'database',
        'mail',
        'identity provider',
        'translation',
        'backup',
      ]);
      const by = Object.fromEntries(good.map((f) => [f.area, f]));
      expect(by.mail).toMatchObject({ level: 'ok' });
      expect(by.translation).toMatchObject({ level: 'ok' });
      expect(by.translation!.text).toContain('1234 of 500000');
      expect(by.backup!.text).toMatch(/2 kept .* whole/);
      // A fresh embedded database has every migration when it starts from the template npm ci prepared,
      // none without one; the test PostgreSQL has them all.
      const prepared = existsSync(emptyTemplateFile());
      expect(by.database!.level).toBe(process.env.DATABASE_URL || prepared ? 'ok' : 'warn');
      expect(smtp.inbox).toHaveLength(0);

      const bad = await runDoctor(
        testConfig({
          ...base,
          smtpUrl: 'smtp://127.0.0.1:1',
          translation: {
            provider: 'deepl',
            apiKey: 'wrong',
            apiUrl: deeplUrl,
            languages: ['en'],
            monthlyCharacters: 1000,
          },
          backup: { dir: path.join(tmp, 'nowhere', 'deeper'), keep: 2, cron: '30 1 * * *' },
        }),
      );
      const worse = Object.fromEntries(bad.map((f) => [f.area, f]));
      expect(worse.mail).toMatchObject({ level: 'fail' });
      expect(worse.translation).toMatchObject({ level: 'fail' });
      expect(worse.backup).toMatchObject({ level: 'fail' });
      // What failed underneath is named, not only that a fetch failed.
      const unreachable = await runDoctor(
        testConfig({
          ...base,
          oidc: {
            issuer: 'http://127.0.0.1:1',
            clientId: 'rathaus',
            clientSecret: 'x',
            scopes: 'openid',
            allowHttp: true,
          },
        }),
      );
      expect(unreachable.find((f) => f.area === 'identity provider')).toMatchObject({
        level: 'fail',
        text: expect.stringMatching(/fetch failed: \S/),
      });
    } finally {
      await smtp.close();
      await deepl.stop();
    }
  });
});
