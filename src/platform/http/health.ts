import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { shippedMigrations } from '../../db/client.ts';
import { metricsAuthorized } from './metrics.ts';
import type { AppEnv, Deps } from './types.ts';

type Check = 'ok' | string;

/**
 * For load balancers, orchestrators and Prometheus, before any tenant is resolved (they ask by address,
 * not by a city's host name), never cached, never counted in the statistics:
 * - `/healthz`: the process answers (alive);
 * - `/readyz`: the database answers, every shipped migration is applied, the job queue runs (where it
 *   should) and the process is not shutting down — 503 with the failing check otherwise;
 * - `/metrics`: the Prometheus text, only with `METRICS_TOKEN` set and sent as a bearer token.
 */
export function healthRoutes(app: Hono<AppEnv>, deps: Deps) {
  const shipped = shippedMigrations();
  const noStore = { 'Cache-Control': 'no-store' };

  app.get('/healthz', (c) => c.text('ok', 200, noStore));

  app.get('/readyz', async (c) => {
    const checks: Record<string, Check> = {};
    try {
      const [row] = await deps.database.rows<{ n: number | string }>(
        sql`select count(*) as n from drizzle.__drizzle_migrations`,
      );
      checks.database = 'ok';
      const applied = Number(row?.n ?? 0);
      checks.migrations = applied >= shipped ? 'ok' : `${shipped - applied} of ${shipped} not applied`;
    } catch (err) {
      checks.database = `unreachable: ${err instanceof Error ? err.message.slice(0, 200) : 'error'}`;
      checks.migrations = 'unknown';
    }
    checks.jobs = !deps.lifecycle.jobsExpected || deps.jobs.running ? 'ok' : 'not running';
    checks.process = deps.lifecycle.draining ? 'shutting down' : 'ok';
    const ready = Object.values(checks).every((v) => v === 'ok');
    return c.json({ status: ready ? 'ready' : 'not ready', checks }, ready ? 200 : 503, noStore);
  });

  app.get('/metrics', async (c) => {
    const token = deps.config.metricsToken;
    if (!token) return c.text('Not Found', 404, noStore);
    if (!metricsAuthorized(c.req.header('authorization'), token))
      return c.text('Unauthorized', 401, { ...noStore, 'WWW-Authenticate': 'Bearer realm="metrics"' });
    return c.body(await deps.metrics.registry.metrics(), 200, {
      ...noStore,
      'Content-Type': deps.metrics.registry.contentType,
    });
  });
}
