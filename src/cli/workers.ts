import cluster from 'node:cluster';
import os from 'node:os';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { startServer, stopOnSignals } from '../main.ts';

/** `--workers auto` ▸ one per core; a number ▸ that many (1–64). */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return os.availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new ConfigError('--workers must be a whole number from 1 to 64, or auto (one per core).');
  return n;
}

/**
 * `rathaus serve --workers N`: the primary migrates and seeds once, then starts N server processes on one
 * port (node:cluster hands each connection to one of them) and replaces any that dies. They share
 * sessions, rate limits, CSRF tokens and the job queue through PostgreSQL, and keep each other's cached
 * pages current through its notifications. SIGTERM stops them all gracefully. The embedded database
 * belongs to one process, so several workers need PostgreSQL.
 */
export async function serveWorkers(count: number): Promise<void> {
  if (cluster.isWorker) {
    const { stop } = await startServer({ ...process.env, SEED_DEMO: 'false' });
    stopOnSignals(() => stop());
    return;
  }
  if (count === 1) {
    const { stop } = await startServer();
    stopOnSignals(() => stop());
    return;
  }
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError(
      `--workers ${count} needs PostgreSQL (DATABASE_URL): the embedded database belongs to one process.`,
    );
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: 2,
    command: 'rathaus serve',
    directUrl: config.databaseDirectUrl,
  });
  try {
    await database.migrate();
    if (config.seedDemo) await seedDemoIfEmpty(database, config, (line) => console.log(line));
  } finally {
    await database.close();
  }
  let stopping = false;
  const fork = () => cluster.fork({ RATHAUS_WORKER: '1' });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      return;
    }
    console.error(`rathaus: worker ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    setTimeout(fork, 1000).unref();
  });
  for (let i = 0; i < count; i++) fork();
  console.log(`Rathaus primary ${process.pid}: ${count} workers on port ${config.port}.`);
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
