import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { AppError } from '../platform/errors.ts';
import { isLang, LANGS, type Lang } from '../platform/i18n/langs.ts';
import { progressBar } from './progress.ts';

// Each command imports what it needs when it runs: `rathaus eval …` or `rathaus --help` do not load the
// whole application (seconds through the TypeScript loader).

interface Command {
  usage: string;
  help: string;
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  positionals?: number;
  run(args: {
    values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    positionals: string[];
  }): Promise<void>;
}

const ENV_HELP = `Environment: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data), PGLITE_SHARED_BUFFERS (default 32MB), NODE_ENV, PORT, BASE_URL, SESSION_SECRET, SMTP_URL, MAIL_FROM, DEFAULT_TENANT, TRUST_PROXY, RESPONSE_CACHE, DATABASE_DIRECT_URL, METRICS_TOKEN, BACKUP_DIR, BACKUP_KEEP, BACKUP_CRON, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES, SEED_DEMO, LOG_LEVEL, TRANSLATION_PROVIDER, DEEPL_API_KEY, DEEPL_API_URL, LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY, TRANSLATION_LANGUAGES, TRANSLATION_MONTHLY_CHARACTERS.`;

/** Opens the configured database for one command; the embedded one is refused while a server owns it. */
async function withDatabase<T>(command: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openDatabase } = await import('../db/client.ts');
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sharedBuffers: config.pgliteSharedBuffers,
    command: `rathaus ${command}`,
    directUrl: config.databaseDirectUrl,
    poolSize: 2,
  });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function requireTenant(database: Database, slug: string) {
  const { findTenantBySlug } = await import('../modules/orgs/orgs.service.ts');
  const tenant = await findTenantBySlug(database.db, slug);
  if (!tenant)
    throw new AppError(
      'NOT_FOUND',
      `No tenant "${slug}". Create it with: rathaus tenant create --slug ${slug} --name "…" --city "…"`,
    );
  return tenant;
}

const commands: Record<string, Command> = {
  serve: {
    usage: 'rathaus serve [--workers N|auto]',
    help: 'Starts the web server (migrates first; seeds the Bonn demo into an empty database unless SEED_DEMO=false). With --workers, that many processes share the port (PostgreSQL only; auto: one per core).',
    options: { workers: { type: 'string' } },
    async run({ values }) {
      const { parseWorkers, serveWorkers } = await import('./workers.ts');
      await serveWorkers(parseWorkers(values.workers as string | undefined));
      await new Promise(() => {});
    },
  },
  migrate: {
    usage: 'rathaus migrate',
    help: 'Applies pending database migrations and exits.',
    async run() {
      await withDatabase('migrate', async (d) => {
        console.log(`Migrations applied (${d.engine}).`);
      });
    },
  },
  prepare: {
    usage: 'rathaus prepare',
    help: 'Prepares the template a new embedded database starts from (an initialised cluster with every migration applied), so the first start skips that work. npm ci runs it; without it the first start takes a few seconds longer.',
    async run() {
      const { prepareTemplate } = await import('../db/client.ts');
      const { prepareDemoTemplate } = await import('../demo/template.ts');
      const report = (what: string, made: { file: string; bytes: number } | undefined, started: number) =>
        console.log(
          made
            ? `${what} written to ${path.relative(process.cwd(), made.file)} (${(made.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s).`
            : `${what} is up to date.`,
        );
      // A throwaway secret: preparing writes nothing beside the data.
      let config: Config | undefined;
      try {
        config = loadConfig({
          ...process.env,
          SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
        });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        console.log(`Only the empty template: ${err.message}`);
      }
      // The job queue's tables too (pg-boss creates them at its first start, a second on PGlite); its
      // schedules are left out, since each start makes them from that start's configuration.
      const withJobQueue = async (d: Database) => {
        if (!config) return;
        const { buildApp, createLogger, jobDefinitions } = await import('../app.ts');
        const { deps } = buildApp(config, d, createLogger({ logLevel: 'warn' }));
        await deps.jobs.start(jobDefinitions(deps));
        await deps.jobs.stop();
        await d.executeSql('delete from pgboss.schedule');
      };
      let started = performance.now();
      report('Template of an empty embedded database', await prepareTemplate(withJobQueue), started);
      if (!config?.seedDemo || config.databaseUrl) return;
      started = performance.now();
      report("Today's demo template", await prepareDemoTemplate(config, withJobQueue), started);
    },
  },
  seed: {
    usage: 'rathaus seed',
    help: 'Creates the Bonn demo (tenant, org chart, projects, proposals, the 2017 cycling dialogue) if it does not exist yet.',
    async run() {
      const config = loadConfig();
      const { seedDemoIfEmpty } = await import('../demo/seed.ts');
      await withDatabase('seed', async (d) => {
        const seeded = await seedDemoIfEmpty(d, config, (l) => console.log(l));
        if (!seeded) console.log('The demo tenant "bonn" exists already; nothing to do.');
      });
    },
  },
  'import proposals': {
    usage:
      'rathaus import proposals <file.csv> [--tenant bonn] [--process slug --title "…"] [--attribution "…"] [--prefix RAD] [--submitted]',
    help: 'Imports a past participation process from CSV (columns id, title, text; optional category, url, created, author_kind). Idempotent: a second run adds nothing. Proposals are published unless --submitted.',
    options: {
      tenant: { type: 'string' },
      process: { type: 'string' },
      title: { type: 'string' },
      attribution: { type: 'string' },
      prefix: { type: 'string' },
      submitted: { type: 'boolean' },
    },
    positionals: 1,
    async run({ values, positionals }) {
      const file = positionals[0]!;
      await access(file, constants.R_OK).catch(() => {
        throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: no such file, or no permission.`);
      });
      const config = loadConfig();
      const { RADDIALOG } = await import('../demo/seed.ts');
      const { importProposalsCsv } = await import('../modules/proposals/proposals.import.ts');
      await withDatabase('import proposals', async (d) => {
        const tenant = await requireTenant(d, (values.tenant as string) ?? config.defaultTenant);
        const isRaddialog = !values.process && /raddialog/i.test(file);
        const slug = (values.process as string) ?? (isRaddialog ? RADDIALOG.slug : undefined);
        if (!slug)
          throw new AppError(
            'VALIDATION_FAILED',
            'Name the participation process: --process <slug> --title "<title>".',
          );
        const bar = progressBar(`Importing ${file}`);
        const res = await importProposalsCsv(d.db, file, {
          tenantId: tenant.id,
          process: isRaddialog
            ? RADDIALOG
            : {
                slug,
                title: (values.title as string) ?? slug,
                ...(values.attribution ? { attribution: values.attribution as string } : {}),
              },
          publish: !values.submitted,
          numberPrefix: (values.prefix as string) ?? (isRaddialog ? 'RAD' : 'IMP'),
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.done();
        await d.analyze();
        console.log(`Read ${res.read} rows: ${res.inserted} imported, ${res.skipped} already present.`);
      });
    },
  },
  'import projects': {
    usage: 'rathaus import projects <file.xlsx|file.csv> [--tenant bonn] [--as cdo@example.org] [--dry-run]',
    help: 'Imports a project portfolio from an Excel workbook or CSV, its columns mapped by their headings as on /intern/projekte/import. All or nothing: with any problem it lists them and imports nothing. Repeatable: a row with the same Kennung (or title) changes that project instead of adding one. --as names the CDO account the audit log records (default: the first CDO account).',
    options: { tenant: { type: 'string' }, as: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    positionals: 1,
    async run({ values, positionals }) {
      const file = positionals[0]!;
      const bytes = await readFile(file).catch(() => {
        throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: no such file, or no permission.`);
      });
      const config = loadConfig();
      // The module list registers every module's texts and event reactions (mail, translation …).
      await import('../modules/index.ts');
      const { guessMapping, previewImport, readSheet, runImport, IMPORT_FIELDS } = await import(
        '../modules/portfolio/import.service.ts'
      );
      const { listAccountsWithRole, loadActor } = await import('../modules/orgs/orgs.service.ts');
      const { translator } = await import('../platform/i18n/i18n.ts');
      const t = translator('en');
      await withDatabase('import projects', async (d) => {
        const tenant = await requireTenant(d, (values.tenant as string) ?? config.defaultTenant);
        const cdos = await listAccountsWithRole(d.db, tenant.id, 'cdo');
        const who = values.as
          ? cdos.find((a) => a.email.toLowerCase() === String(values.as).toLowerCase())
          : cdos[0];
        if (!who)
          throw new AppError(
            'VALIDATION_FAILED',
            values.as
              ? `${values.as} is not a CDO account of ${tenant.slug}.`
              : `${tenant.slug} has no CDO account to import as.`,
          );
        const actor = (await loadActor(d.db, tenant.id, who.id))!;
        const started = performance.now();
        const sheet = await readSheet(bytes, path.basename(file));
        const mapping = guessMapping(sheet.headers);
        console.log(
          `Columns: ${IMPORT_FIELDS.map((f) => `${f.name} ← ${mapping[f.name] === undefined ? '–' : `"${sheet.headers[mapping[f.name]!]}"`}`).join(', ')}`,
        );
        const preview = await previewImport(d.db, tenant.id, sheet, mapping);
        const { counts } = preview;
        if (preview.missing.length || counts.invalid) {
          for (const r of preview.rows.filter((x) => x.problems.length).slice(0, 30))
            console.log(
              `  row ${r.line}: ${r.problems.map((p) => `${t(`import.field.${p.field}`)}: ${t(p.key, p.values)}`).join('; ')}`,
            );
          throw new AppError(
            'VALIDATION_FAILED',
            `${preview.missing.length ? `No column for ${preview.missing.join(', ')}. ` : ''}${counts.invalid} of ${sheet.rows.length} rows have problems; nothing was imported.`,
          );
        }
        if (values['dry-run']) {
          console.log(
            `Dry run: ${counts.create} would be created, ${counts.update} changed, ${counts.unchanged} unchanged.`,
          );
          return;
        }
        const bar = progressBar(`Importing ${file}`);
        const res = await runImport(d.db, tenant.id, actor, sheet, mapping, {
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.done();
        console.log(
          `Read ${sheet.rows.length} rows as ${who.email}: ${res.created} created, ${res.updated} changed, ${res.unchanged} unchanged (${((performance.now() - started) / 1000).toFixed(1)} s).`,
        );
      });
    },
  },
  'tenant create': {
    usage:
      'rathaus tenant create --slug bonn --name "Bundesstadt Bonn" --city Bonn [--host rathaus.bonn.de …]',
    help: 'Creates a municipality on this installation; requests to one of its host names are served for it.',
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      city: { type: 'string' },
      host: { type: 'string', multiple: true },
    },
    async run({ values }) {
      if (!values.slug || !values.name || !values.city)
        throw new AppError('VALIDATION_FAILED', 'tenant create needs --slug, --name and --city.');
      const { createTenant } = await import('../modules/orgs/orgs.service.ts');
      await withDatabase('tenant create', async (d) => {
        const t = await createTenant(d.db, {
          slug: values.slug as string,
          name: values.name as string,
          cityName: values.city as string,
          hosts: (values.host as string[]) ?? [],
        });
        console.log(`Tenant "${t.slug}" created (${t.id}).`);
      });
    },
  },
  'account create': {
    usage: 'rathaus account create --email a@b.de --name "…" --role admin[@unitcode] [--tenant bonn]',
    help: 'Creates an account, e.g. a city’s first administrator. The password comes from RATHAUS_PASSWORD or is generated and printed once.',
    options: {
      tenant: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
    },
    async run({ values }) {
      if (!values.email || !values.name)
        throw new AppError('VALIDATION_FAILED', 'account create needs --email and --name.');
      const config = loadConfig();
      const { createAccount, loadOrgTree } = await import('../modules/orgs/orgs.service.ts');
      const { ROLES } = await import('../modules/orgs/orgs.table.ts');
      await withDatabase('account create', async (d) => {
        const tenant = await requireTenant(d, (values.tenant as string) ?? config.defaultTenant);
        const tree = await loadOrgTree(d.db, tenant.id);
        const roles = ((values.role as string[]) ?? []).map((spec) => {
          const [role, code] = spec.split('@');
          if (!(ROLES as readonly string[]).includes(role ?? ''))
            throw new AppError('VALIDATION_FAILED', `Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
          if (!code) return { role: role!, orgUnitId: null };
          const unit = [...tree.byId.values()].find((u) => u.code === code);
          if (!unit) throw new AppError('VALIDATION_FAILED', `No org unit with the code "${code}".`);
          return { role: role!, orgUnitId: unit.id };
        });
        const generated = !process.env.RATHAUS_PASSWORD;
        const password = process.env.RATHAUS_PASSWORD ?? randomBytes(12).toString('base64url');
        const a = await createAccount(d.db, tenant.id, {
          email: values.email as string,
          displayName: values.name as string,
          password,
          roles,
        });
        console.log(
          `Account ${a.email} created in "${tenant.slug}".${generated ? ` Password (shown once): ${password}` : ''}`,
        );
      });
    },
  },
  'eval similarity': {
    usage: 'rathaus eval similarity --pairs <file.csv>',
    help: "Scores text pairs (columns text_a, text_b, score) with the duplicate-hint similarity and prints its Spearman and Pearson correlation with the given scores, beside PostgreSQL's trigram similarity (pg_trgm's similarity(), computed the same way) on the same pairs and the ratio of the two. Offline; no database.",
    options: { pairs: { type: 'string' } },
    async run({ values }) {
      if (!values.pairs) throw new AppError('VALIDATION_FAILED', 'eval similarity needs --pairs <file.csv>.');
      const { evaluateSimilarity, readPairs } = await import('../modules/proposals/similarity.eval.ts');
      const started = performance.now();
      const r = evaluateSimilarity(await readPairs(values.pairs as string));
      console.log(`pairs     ${r.pairs}`);
      console.log(`spearman  ${r.spearman.toFixed(4)}`);
      console.log(`pearson   ${r.pearson.toFixed(4)}`);
      console.log(
        `trigram   ${r.trigramSpearman.toFixed(4)}  (Spearman of pg_trgm similarity on the same pairs)`,
      );
      console.log(`ratio     ${(r.spearman / r.trigramSpearman).toFixed(3)}×`);
      console.log(`time      ${((performance.now() - started) / 1000).toFixed(2)} s`);
    },
  },
  'eval categorise': {
    usage: 'rathaus eval categorise --train <file.csv> --test <file.csv>',
    help: 'Trains the category suggester on one file (columns id, title, text, category) and prints accuracy, macro-F1, per-category scores and the confusion matrix on the other. Offline; no database.',
    options: { train: { type: 'string' }, test: { type: 'string' } },
    async run({ values }) {
      if (!values.train || !values.test)
        throw new AppError(
          'VALIDATION_FAILED',
          'eval categorise needs --train <file.csv> and --test <file.csv>.',
        );
      const { evaluateCategoriser, formatConfusion, readLabelled } = await import(
        '../modules/condensing/categorise.eval.ts'
      );
      const started = performance.now();
      const [train, test] = await Promise.all([
        readLabelled(values.train as string),
        readLabelled(values.test as string),
      ]);
      const r = evaluateCategoriser(train, test);
      console.log(`train     ${train.length} rows`);
      console.log(`test      ${r.examples} rows`);
      console.log(`accuracy  ${r.accuracy.toFixed(4)}`);
      console.log(`macro-F1  ${r.macroF1.toFixed(4)}`);
      console.log('');
      for (const p of r.perLabel)
        console.log(
          `${p.label.padEnd(28)} precision ${p.precision.toFixed(3)}  recall ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  n=${p.support}`,
        );
      console.log('');
      console.log(formatConfusion(r.labels, r.confusion));
      console.log(`\ntime      ${((performance.now() - started) / 1000).toFixed(2)} s`);
    },
  },
  translate: {
    usage: 'rathaus translate --missing [--language tr] [--tenant bonn] [--resume]',
    help: "Machine-translates every public text that has no current translation yet (TRANSLATION_PROVIDER), within the monthly budget; --resume first lifts this month's pause (after the budget was raised or the account topped up).",
    options: {
      missing: { type: 'boolean' },
      language: { type: 'string' },
      tenant: { type: 'string' },
      resume: { type: 'boolean' },
    },
    async run({ values }) {
      if (!values.missing)
        throw new AppError('VALIDATION_FAILED', 'Say what to translate: rathaus translate --missing.');
      const language = values.language as string | undefined;
      if (language !== undefined && !isLang(language))
        throw new AppError(
          'VALIDATION_FAILED',
          `--language must be one of ${LANGS.join(', ')} (got "${language}").`,
        );
      const config = loadConfig();
      if (config.translation.provider === 'none')
        throw new AppError(
          'VALIDATION_FAILED',
          'No translation provider is configured: set TRANSLATION_PROVIDER=deepl (with DEEPL_API_KEY) or libretranslate (with LIBRETRANSLATE_URL).',
        );
      const { createLogger } = await import('../app.ts');
      const { MODULES } = await import('../modules/index.ts');
      const { translateMissing, translationSettings } = await import(
        '../modules/translations/translations.service.ts'
      );
      const { resumeTranslation } = await import('../platform/translation/translation.ts');
      await withDatabase('translate', async (d) => {
        const tenant = await requireTenant(d, (values.tenant as string) ?? config.defaultTenant);
        const subjects = MODULES.flatMap((m) => m.translatable ?? []);
        const settings = translationSettings({ config, logger: createLogger(config), database: d });
        const provider = config.translation.provider as 'deepl' | 'libretranslate';
        if (values.resume) await resumeTranslation(d.db, tenant.id, provider);
        let bar: ReturnType<typeof progressBar> | undefined;
        let current = '';
        const run = await translateMissing(d.db, settings, subjects, tenant.id, {
          ...(language ? { languages: [language as Lang] } : {}),
          onProgress: (subject, done, total) => {
            if (subject !== current) {
              bar?.done();
              bar = progressBar(`Translating ${subject}`);
              current = subject;
            }
            bar!.update(done, total);
          },
        });
        bar?.done();
        console.log(
          `${run.translated} texts translated (${run.characters} characters), ${run.flagged} reviewed translations flagged for review${run.failed ? `, ${run.failed} failed (see the log)` : ''}.`,
        );
        if (run.stopped && !run.stoppedNow)
          throw new AppError(
            'INVALID_STATE',
            `Translation is paused for this month (${run.stopped === 'budget' ? 'the budget was spent' : run.stopped === 'provider_quota' ? "the provider's quota was used up" : 'the provider refused the key'}). Lift the pause with rathaus translate --missing --resume, or in the back office under /intern/uebersetzungen.`,
          );
        if (run.stopped)
          throw new AppError(
            'INVALID_STATE',
            run.stopped === 'budget'
              ? `Stopped: the monthly budget of ${config.translation.monthlyCharacters} characters (TRANSLATION_MONTHLY_CHARACTERS) is spent.`
              : run.stopped === 'provider_quota'
                ? 'Stopped: the provider reports its quota for this account is used up.'
                : 'Stopped: the provider refused the API key.',
          );
      });
    },
  },
  backup: {
    usage: 'rathaus backup <file.jsonl.gz | folder/> | rathaus backup --verify <file.jsonl.gz>',
    help: 'Writes a consistent dump of all data (one snapshot) to a file, or into a folder as rathaus-<UTC time>.jsonl.gz, and reads it back; restore it with rathaus restore. With --verify, reads an existing backup (a nightly one, say) and checks every table against the row count it declares, without opening the database.',
    options: { verify: { type: 'boolean' } },
    positionals: 1,
    async run({ values, positionals }) {
      const { backupDatabase, backupTarget, verifyBackup } = await import('./backup.ts');
      if (values.verify) {
        const file = positionals[0]!;
        const found = await verifyBackup(file);
        console.log(
          `Backup ${file} is complete: ${Object.values(found).reduce((a, b) => a + b, 0)} rows in ${Object.keys(found).length} tables, each as many as it declares.`,
        );
        return;
      }
      const file = await backupTarget(positionals[0]!);
      await withDatabase('backup', async (d) => {
        const bar = progressBar('Backup');
        const counts = await backupDatabase(d, file, (a, b) => bar.update(a, b));
        bar.done();
        console.log(
          `Backup written to ${file} and read back: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables, all present.`,
        );
      });
    },
  },
  doctor: {
    usage: 'rathaus doctor',
    help: 'Checks this installation with one line each: configuration, database and migrations, mail server, identity provider, translation provider, backups. Exits non-zero when something fails.',
    async run() {
      const { formatFindings, runDoctor } = await import('./doctor.ts');
      const findings = await runDoctor(loadConfig());
      console.log(formatFindings(findings));
      if (findings.some((f) => f.level === 'fail')) process.exitCode = 1;
    },
  },
  restore: {
    usage: 'rathaus restore <file.jsonl.gz> [--force]',
    help: 'Restores a backup into this database in one transaction. A non-empty database is only replaced with --force.',
    options: { force: { type: 'boolean' } },
    positionals: 1,
    async run({ values, positionals }) {
      const { restoreDatabase } = await import('./backup.ts');
      await withDatabase('restore', async (d) => {
        const bar = progressBar('Restore');
        const counts = await restoreDatabase(d, positionals[0]!, { force: !!values.force }, (a, b) =>
          bar.update(a, b),
        );
        bar.done();
        console.log(
          `Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${positionals[0]}.`,
        );
      });
    },
  },
};

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
};

/**
 * A failed file operation (Node's system error: code, syscall, path) as one sentence for the operator,
 * instead of the raw "ENOENT: no such file or directory, open '…'"; undefined for any other error.
 */
export function systemErrorSentence(err: unknown): string | undefined {
  const e = err as { code?: unknown; syscall?: unknown; path?: unknown };
  if (!(err instanceof Error) || typeof e.code !== 'string' || !(e.code in SYSTEM_ERRORS)) return undefined;
  const what = SYSTEM_ERRORS[e.code];
  const verb = e.syscall === 'write' ? 'write' : e.syscall === 'read' ? 'read' : 'open';
  const where = typeof e.path === 'string' ? ` ${e.path}` : '';
  return `Cannot ${verb}${where}: ${what} (${e.code}).`;
}

function overview() {
  return [
    'rathaus – the Rathaus command line',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.help}`),
    '',
    'Run "rathaus <command> --help" for the options of a command.',
    ENV_HELP,
  ].join('\n');
}

/** Parses argv, runs one command, and exits non-zero with one clear sentence on failure. */
export async function runCli(argv: string[]) {
  // `rathaus … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // The command's former American spelling keeps working.
  const two = `${argv[0]} ${argv[1] === 'categorize' ? 'categorise' : argv[1]}`;
  const name = commands[two] ? two : argv[0];
  const rest = commands[two] ? argv.slice(2) : argv.slice(1);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return;
  }
  const cmd = commands[name];
  if (!cmd) {
    console.error(`rathaus: unknown command "${argv.slice(0, 2).join(' ')}".\n\n${overview()}`);
    process.exit(2);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: ${cmd.usage}\n\n${cmd.help}\n\n${ENV_HELP}`);
    return;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: cmd.options ?? {}, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`rathaus ${name}: ${(err as Error).message}\nUsage: ${cmd.usage}`);
    process.exit(2);
  }
  if ((cmd.positionals ?? 0) !== parsed.positionals.length) {
    console.error(`rathaus ${name}: expected ${cmd.positionals ?? 0} argument(s).\nUsage: ${cmd.usage}`);
    process.exit(2);
  }
  try {
    await cmd.run({ values: parsed.values, positionals: parsed.positionals });
  } catch (err) {
    if (name === 'serve') (await import('../main.ts')).exitOnStartError(err);
    if (err instanceof AppError || err instanceof ConfigError || err instanceof DataDirLockedError)
      console.error(`rathaus ${name}: ${err.message}`);
    else
      console.error(
        `rathaus ${name}: ${systemErrorSentence(err) ?? (err instanceof Error ? err.message : String(err))}`,
      );
    process.exit(1);
  }
}
