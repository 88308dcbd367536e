import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { scheduledBackup } from './cli/backup.ts';
import type { Config } from './config.ts';
import { CHANGE_CHANNEL, type Database } from './db/client.ts';
import { MODULES } from './modules/index.ts';
import { revalidateOidcSession } from './modules/orgs/oidc.service.ts';
import { createTenantResolver, loadActor } from './modules/orgs/orgs.service.ts';
import { StatsCollector } from './platform/analytics/collector.ts';
import { OidcClient } from './platform/auth/oidc.ts';
import { EventDispatcher } from './platform/events.ts';
import { createApiApp } from './platform/http/api.ts';
import { createHttpApp } from './platform/http/app.ts';
import { ResponseCache } from './platform/http/cache.ts';
import { Metrics } from './platform/http/metrics.ts';
import type { ApiDocument, Deps } from './platform/http/types.ts';
import { Jobs } from './platform/jobs/jobs.ts';
import { createMailer, type Mailer } from './platform/mail/mailer.ts';
import { SHARED_NOTICES } from './platform/module.ts';
import { SessionStore } from './platform/sessions.ts';
import { renderErrorPage } from './ui/render.tsx';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: ['req.headers.cookie', 'password', '*.password'] });
}

/** A mailer that counts what the mail server took and what it refused (metrics). */
function countedMailer(mailer: Mailer, metrics: Metrics): Mailer {
  return {
    async send(mail) {
      try {
        await mailer.send(mail);
        metrics.mails.inc({ result: 'sent' });
      } catch (err) {
        metrics.mails.inc({ result: 'failed' });
        throw err;
      }
    },
    verify: () => mailer.verify(),
    close: () => mailer.close(),
  };
}

/** Wires platform and modules into one Hono app; used by the server, the tests and the benchmarks. */
export function buildApp(config: Config, database: Database, logger: Logger = createLogger(config)) {
  const jobs = new Jobs(database, logger);
  const metrics = new Metrics({ queueSizes: () => jobs.queueSizes() });
  database.observeQueries((seconds) => metrics.dbQueries.observe(seconds));
  database.onConnectionError((err) =>
    logger.warn(
      { err: err.message },
      'a database connection was ended by the server; the pool opens another',
    ),
  );
  const deps: Deps = {
    config,
    database,
    logger,
    sessions: new SessionStore(database.db, config.sessionSecret),
    mailer: countedMailer(
      createMailer(config.smtpUrl, config.mailFrom, logger, { logBodies: config.env !== 'production' }),
      metrics,
    ),
    cache: new ResponseCache(),
    stats: new StatsCollector(database.db, logger),
    jobs,
    events: new EventDispatcher(database.db, logger),
    modules: MODULES,
    metrics,
    oidc: config.oidc ? new OidcClient(config.oidc) : undefined,
    lifecycle: { jobsExpected: false, draining: false },
  };
  deps.events.attach(deps);
  const app = createHttpApp(deps, {
    resolveTenant: createTenantResolver(database.db, config.defaultTenant, {
      generation: (id) => deps.cache.generation(id),
    }),
    loadActor: (tenantId, accountId) => loadActor(database.db, tenantId, accountId),
    revalidateSession: (tenant, session) => revalidateOidcSession(deps, tenant, session),
    renderError: renderErrorPage,
    uploadPaths: ['/mitmachen', '/intern/projekte/import', '/intern/verwaltung/stadt/logo'],
    shell: {
      navigation: MODULES.flatMap((m) => m.nav ?? []).sort((a, b) => a.order - b.order),
      notices: Object.assign({ ...SHARED_NOTICES }, ...MODULES.map((m) => m.notices ?? {})),
    },
  });

  const api = createApiApp();
  for (const m of MODULES) m.api?.(api, deps);
  const apiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Rathaus API',
      version: '1.0.0',
      description:
        'Public, read-only data of the digitalization program: projects with their approved status and published proposals. Errors are application/problem+json (RFC 9457).',
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
    },
    servers: [{ url: `${config.baseUrl}/api/v1` }],
    externalDocs: {
      description: 'Open-data downloads (CSV, JSON) with their field lists',
      url: `${config.baseUrl}/daten`,
    },
  };
  api.doc31('/openapi.json', apiConfig);
  // The readable reference (/daten/api) renders the same document.
  deps.apiDocument = () => api.getOpenAPI31Document(apiConfig) as unknown as ApiDocument;
  app.route('/api/v1', api);

  for (const m of MODULES) if (m.routes) app.route('/', m.routes(deps));
  return { app, deps };
}

/** Every module's background jobs, for the queue that `rathaus serve` starts. */
export function jobDefinitions(deps: Deps) {
  return [
    // Events whose after-commit consumers have not run yet (another process recorded them, or a run failed).
    { name: 'events-dispatch', cron: '* * * * *', handler: () => deps.events.dispatch() },
    ...backupJob(deps),
    ...MODULES.flatMap((m) => m.jobs?.(deps) ?? []),
  ];
}

/**
 * Reads ahead what the modules' first readers would wait for (their manifests' `warmUp`), one module after
 * another; a failure is logged and leaves the reading to the first request, as without it.
 */
export async function warmUp(deps: Deps) {
  const started = performance.now();
  for (const m of MODULES)
    await m.warmUp?.(deps).catch((err) => deps.logger.warn({ err, module: m.name }, 'warm-up failed'));
  deps.logger.info({ ms: Math.round(performance.now() - started) }, 'warm-up done');
}

/**
 * The nightly backup (BACKUP_DIR): one process runs it (the queue hands the scheduled job to one), into the
 * folder with retention; the metrics tell when it last succeeded. On the embedded database the dump's
 * snapshot holds the one connection for its duration (seconds for a city's data), hence the night.
 */
function backupJob(deps: Deps) {
  const { dir, keep, cron } = deps.config.backup;
  if (!dir) return [];
  return [
    {
      name: 'backup-nightly',
      cron,
      expireInSeconds: 3600,
      handler: async () => {
        const started = Date.now();
        const done = await scheduledBackup(deps.database, dir, keep);
        deps.metrics.lastBackup.set(Date.now() / 1000);
        deps.logger.info(
          { file: done.file, rows: done.rows, removed: done.removed, ms: Date.now() - started },
          'backup written and read back',
        );
      },
    },
  ];
}

/**
 * Keeps every process's cached pages current: a recorded domain event notifies (a trigger, after the
 * commit), and so does a successful change through HTTP that records none; each process marks that
 * tenant's pages stale when told. A process skips what it sent itself, having acted already.
 */
export async function shareCacheInvalidation(deps: Deps, database: Database): Promise<() => Promise<void>> {
  const self = randomUUID();
  const stop = await database.listen(CHANGE_CHANNEL, (payload) => {
    const [tenantId, origin] = payload.split(' ');
    if (tenantId && origin !== self) deps.cache.invalidateLocal(tenantId);
  });
  // One process owns the embedded database: nobody else to tell.
  if (database.engine === 'postgres')
    deps.cache.onInvalidate = (tenantId) => {
      database
        .executeSql('select pg_notify($1, $2)', [CHANGE_CHANNEL, `${tenantId} ${self}`])
        .catch((err) => deps.logger.error({ err }, 'change not announced to the other processes'));
    };
  return async () => {
    deps.cache.onInvalidate = undefined;
    await stop();
  };
}
