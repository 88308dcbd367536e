import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/lock.ts';
import { usableDemoTemplate } from './demo/template-file.ts';

/** The application's modules (about 2 s to load), loaded while the embedded database starts on its own thread. */
async function loadApplication() {
  const [app, seed, template, orgs, server, rateLimit] = await Promise.all([
    import('./app.ts'),
    import('./demo/seed.ts'),
    import('./demo/template.ts'),
    import('./modules/orgs/orgs.service.ts'),
    import('./platform/http/server.ts'),
    import('./platform/rate-limit.ts'),
  ]);
  return {
    ...app,
    seedDemoIfEmpty: seed.seedDemoIfEmpty,
    adoptDemoTemplate: template.adoptDemoTemplate,
    hasDemoAccounts: orgs.hasDemoAccounts,
    createHttpServer: server.createHttpServer,
    pruneRateLimits: rateLimit.pruneRateLimits,
  };
}

/** Starts Rathaus: config ▸ database (lock, migrate) ▸ demo seed on an empty database ▸ HTTP server. */
export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  const demoTemplate = usableDemoTemplate(config);
  // The embedded database starts on its own thread while this one loads the application.
  const opening = openDatabase({
    databaseUrl: config.databaseUrl,
    directUrl: config.databaseDirectUrl,
    dataDir: config.dataDir,
    sharedBuffers: config.pgliteSharedBuffers,
    thread: config.pgliteThread,
    command: 'rathaus serve',
    template: demoTemplate,
  });
  const loading = loadApplication();
  // Neither failure may go unheard while the other is awaited.
  loading.catch(() => {});
  opening.catch(() => {});
  const database = await opening;
  let application: Awaited<typeof loading>;
  try {
    application = await loading;
  } catch (err) {
    await database.close();
    throw err;
  }
  const {
    buildApp,
    createLogger,
    jobDefinitions,
    shareCacheInvalidation,
    seedDemoIfEmpty,
    adoptDemoTemplate,
    hasDemoAccounts,
    createHttpServer,
    pruneRateLimits,
    warmUp,
  } = application;
  const logger = createLogger(config);
  await database.migrate();
  const print = (line: string) => console.log(line);
  if (demoTemplate) await adoptDemoTemplate(database, config, print);
  else if (config.seedDemo) await seedDemoIfEmpty(database, config, print);
  if (config.env === 'production' && (await hasDemoAccounts(database.db))) {
    await database.close();
    throw new ConfigError(
      'Refusing to start in production: the database holds demo accounts. Use a fresh database for production.',
    );
  }
  const { app, deps } = buildApp(config, database, logger);
  // The embedded database's thread died: every request would fail from now on. Exit, so that systemd
  // (Restart=on-failure) or the worker supervisor starts the process afresh on the same data.
  database.onLost((err) => {
    logger.fatal({ err: err.message }, 'the database stopped; exiting for a restart');
    process.exit(1);
  });
  // Housekeeping: expired sessions and finished rate-limit windows now and every hour; the database's
  // upkeep hourly (vacuum on PGlite, statistics; imports, seed and restore refresh statistics themselves,
  // so start-up need not wait for them).
  const housekeeping = async (upkeep: boolean) => {
    await deps.sessions.pruneExpired();
    await pruneRateLimits(database.db);
    if (upkeep) await database.maintain();
  };
  await housekeeping(false);
  const stopListening = await shareCacheInvalidation(deps, database);
  await deps.jobs.start(jobDefinitions(deps));
  deps.lifecycle.jobsExpected = true;
  deps.metrics.collectProcess();
  deps.stats.start();
  const timer = setInterval(
    () => housekeeping(true).catch((err) => logger.error({ err }, 'housekeeping failed')),
    3600_000,
  );
  timer.unref();
  const server = createHttpServer(app, deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info({ port: config.port, engine: database.engine }, `Rathaus listens on ${config.baseUrl}`);
  console.log(
    // The time since the process started (Node's own start and module loading included), not since seeding.
    `Rathaus is running at ${config.baseUrl} (database: ${database.engine === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'}; answering ${process.uptime().toFixed(1)} s after start)`,
  );
  // What the first proposal's duplicate hints would wait for (about 2 s on the demo) is read a second after
  // the start, while nobody waits for it (and after the first pages a start is checked with).
  setTimeout(() => void warmUp(deps), 1000).unref();
  /**
   * Graceful shutdown (SIGTERM): readiness turns 503 so a balancer stops sending; no new connections;
   * requests in flight finish (at most `graceMs`, then open connections are cut); jobs in flight finish
   * (pg-boss, bounded); then the statistics are written and the database closed, which releases the
   * embedded database's lock.
   */
  const stop = async (graceMs = 10_000) => {
    deps.lifecycle.draining = true;
    clearInterval(timer);
    const until = Date.now() + graceMs;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections without a request in flight would hold the server open.
    server.closeIdleConnections();
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(cut);
    // A request whose client went away has no connection left but may still be reading the database.
    if (!(await server.settled(Math.max(0, until - Date.now()))))
      logger.warn('requests still running after the grace period; closing the database under them');
    await deps.jobs.stop();
    await stopListening();
    await deps.stats.stop();
    deps.mailer.close();
    await database.close();
    logger.info('Rathaus stopped');
  };
  return { app, server, stop, config };
}

/** Turns known start-up failures into one sentence and a non-zero exit. */
export function exitOnStartError(err: unknown): never {
  if (err instanceof ConfigError || err instanceof DataDirLockedError)
    console.error(`rathaus: ${err.message}`);
  else if (err instanceof Error && /EADDRINUSE/.test(err.message))
    console.error(`rathaus: the port is in use already (${err.message}).`);
  else console.error('rathaus: could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
}

/** SIGTERM or SIGINT shut the server down gracefully, once (a second signal while draining waits). */
export function stopOnSignals(stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer()
    .then(({ stop }) => stopOnSignals(() => stop()))
    .catch(exitOnStartError);
}
