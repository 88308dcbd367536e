import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { MODULES } from './modules/index.ts';
import { createTenantResolver, loadActor } from './modules/orgs/orgs.service.ts';
import { StatsCollector } from './platform/analytics/collector.ts';
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
    close: () => mailer.close(),
  };
}

/** Wires platform and modules into one Hono app; used by the server, the tests and the benchmarks. */
export function buildApp(config: Config, database: Database, logger: Logger = createLogger(config)) {
  const jobs = new Jobs(database, logger);
  const metrics = new Metrics({ queueSizes: () => jobs.queueSizes() });
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
    lifecycle: { jobsExpected: false, draining: false },
  };
  deps.events.attach(deps);
  const app = createHttpApp(deps, {
    resolveTenant: createTenantResolver(database.db, config.defaultTenant),
    loadActor: (tenantId, accountId) => loadActor(database.db, tenantId, accountId),
    renderError: renderErrorPage,
    uploadPaths: ['/mitmachen'],
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
    ...MODULES.flatMap((m) => m.jobs?.(deps) ?? []),
  ];
}
