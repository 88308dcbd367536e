import { access, constants, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createLogger } from '../app.ts';
import type { Config } from '../config.ts';
import { openDatabase, shippedMigrations } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { OidcClient } from '../platform/auth/oidc.ts';
import { createMailer } from '../platform/mail/mailer.ts';
import { machineTranslator } from '../platform/translation/providers.ts';
import { verifyBackup } from './backup.ts';

export interface Finding {
  area: string;
  /** ok, warn (works, but not as production wants it) or fail (broken). */
  level: 'ok' | 'warn' | 'fail';
  text: string;
}

const TIMEOUT_MS = 10_000;

async function within<T>(what: Promise<T>, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([what, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An error's message with the causes behind it ("fetch failed: connect ECONNREFUSED 127.0.0.1:1"). */
const message = (err: unknown): string => {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? message(err.cause) : undefined;
  return cause && !err.message.includes(cause) ? `${err.message}: ${cause}` : err.message;
};

/**
 * `rathaus doctor`: one line per part an installation depends on — configuration, database and
 * migrations, mail server, identity provider, translation provider, backups — each asked for real
 * (a connection, a greeting, an authenticated call), so an operator sees what is broken before users do.
 */
export async function runDoctor(config: Config): Promise<Finding[]> {
  const out: Finding[] = [];
  const add = (area: string, level: Finding['level'], text: string) => out.push({ area, level, text });
  const production = config.env === 'production';

  // Configuration (it parsed, or we would not be here): what production needs beyond that.
  const gaps: string[] = [];
  if (production && !config.baseUrl.startsWith('https://')) gaps.push('BASE_URL is not https');
  if (production && !process.env.SESSION_SECRET) gaps.push('SESSION_SECRET is not set');
  if (!config.metricsToken) gaps.push('METRICS_TOKEN is not set (no /metrics)');
  add(
    'configuration',
    gaps.length ? (production && gaps.some((g) => !g.startsWith('METRICS')) ? 'fail' : 'warn') : 'ok',
    gaps.length ? `valid; ${gaps.join('; ')}` : `valid (${config.env}, ${config.baseUrl})`,
  );

  // Database: reachable, migrations all applied.
  try {
    const database = await within(
      openDatabase({
        databaseUrl: config.databaseUrl,
        directUrl: config.databaseDirectUrl,
        dataDir: config.dataDir,
        command: 'rathaus doctor',
        poolSize: 1,
      }),
    );
    try {
      const expected = shippedMigrations();
      const [row] = await database
        .rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
        .catch(() => [{ n: 0 }]);
      const applied = row?.n ?? 0;
      const engine = database.engine === 'pglite' ? `embedded (${config.dataDir})` : 'PostgreSQL';
      if (applied === expected) add('database', 'ok', `${engine}, ${applied} migrations applied`);
      else
        add(
          'database',
          applied < expected ? 'warn' : 'fail',
          applied < expected
            ? `${engine}, ${applied} of ${expected} migrations applied (rathaus migrate, or start the server)`
            : `${engine} holds ${applied} migrations, this version knows ${expected}: an older Rathaus on a newer database`,
        );
    } finally {
      await database.close();
    }
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      // The server owns the embedded database: ask it instead.
      try {
        const res = await within(fetch(`http://127.0.0.1:${config.port}/readyz`));
        const body = (await res.json()) as { checks?: Record<string, string> };
        add(
          'database',
          res.ok ? 'ok' : 'fail',
          `embedded, owned by "${err.owner.command}" (pid ${err.owner.pid}), which reports ${res.ok ? 'ready' : `not ready: ${JSON.stringify(body.checks ?? body)}`}`,
        );
      } catch (e) {
        add(
          'database',
          'fail',
          `embedded, owned by pid ${err.owner.pid}, which does not answer on port ${config.port}: ${message(e)}`,
        );
      }
    } else add('database', 'fail', message(err));
  }

  // Mail: a connection and a greeting (EHLO, STARTTLS, AUTH as configured); nothing is sent.
  const mailer = createMailer(
    config.smtpUrl,
    config.mailFrom,
    createLogger({ ...config, logLevel: 'silent' }),
  );
  try {
    if (await within(mailer.verify()))
      add('mail', 'ok', `the mail server accepts a connection as ${config.mailFrom}`);
    else add('mail', production ? 'fail' : 'warn', 'SMTP_URL is not set: mails are written to the log only');
  } catch (err) {
    add('mail', 'fail', `the mail server refused: ${message(err)}`);
  } finally {
    mailer.close();
  }

  // Identity provider for staff sign-in (OpenID Connect): its discovery document.
  if (!config.oidc) add('identity provider', 'ok', 'not configured: staff sign in with passwords');
  else
    try {
      const issuer = await within(new OidcClient(config.oidc).check());
      add(
        'identity provider',
        'ok',
        `${issuer} answers its discovery document (client ${config.oidc.clientId})`,
      );
    } catch (err) {
      add('identity provider', 'fail', `${config.oidc.issuer}: ${message(err)}`);
    }

  // Translation provider: an authenticated call that translates nothing.
  const translator = machineTranslator(config.translation);
  if (!translator) add('translation', 'ok', 'no provider: people translate in the back office');
  else
    try {
      add('translation', 'ok', await within(translator.check()));
    } catch (err) {
      add('translation', 'fail', `${translator.provider}: ${message(err)}`);
    }

  // Backups: the folder is writable and the newest backup is recent and whole.
  const dir = config.backup.dir;
  if (!dir) add('backup', production ? 'warn' : 'ok', 'BACKUP_DIR is not set: no scheduled backups');
  else
    try {
      await access(dir, constants.W_OK);
      const files = (await readdir(dir)).filter((f) => /^rathaus-\d{8}T\d{6}Z\.jsonl\.gz$/.test(f)).sort();
      const newest = files.at(-1);
      if (!newest) add('backup', 'warn', `${dir} is writable; no backup yet (${config.backup.cron}, UTC)`);
      else {
        const file = path.join(dir, newest);
        const ageH = (Date.now() - (await stat(file)).mtimeMs) / 3_600_000;
        const found = await verifyBackup(file);
        const rows = Object.values(found).reduce((a, b) => a + b, 0);
        add(
          'backup',
          ageH > 26 ? 'warn' : 'ok',
          `${files.length} kept in ${dir}; the newest, ${newest}, is ${ageH.toFixed(1)} h old and whole (${rows} rows)`,
        );
      }
    } catch (err) {
      add('backup', 'fail', `${dir}: ${message(err)}`);
    }
  return out;
}

/** The findings as lines for a terminal. */
export function formatFindings(findings: readonly Finding[]): string {
  const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;
  const width = Math.max(...findings.map((f) => f.area.length));
  return findings.map((f) => `${mark[f.level]}  ${f.area.padEnd(width)}  ${f.text}`).join('\n');
}
