import { timingSafeEqual } from 'node:crypto';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What operators watch, in the Prometheus text format: request duration by route, method and status,
 * response-cache hits, database time per statement, mails sent and failed, jobs waiting per queue, and (in the server process) the
 * Node process itself, event-loop lag included. One registry per app, so tests never share counters.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests: Histogram<'method' | 'route' | 'status'>;
  readonly cache: Counter<'result'>;
  /** When the scheduled backup last succeeded in this process (Unix seconds). */
  readonly lastBackup: Gauge;
  readonly mails: Counter<'result'>;
  /** Every database statement's duration: with the request durations, where the time goes. */
  readonly dbQueries: Histogram;

  constructor(opts: { queueSizes?: () => Promise<Map<string, number>> } = {}) {
    this.requests = new Histogram({
      name: 'rathaus_http_request_duration_seconds',
      help: 'Time from a request to its answer, by route pattern, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.cache = new Counter({
      name: 'rathaus_response_cache_total',
      help: 'Anonymous reads answered from the response cache (hit) or rendered (miss)',
      labelNames: ['result'],
      registers: [this.registry],
    });
    this.mails = new Counter({
      name: 'rathaus_mails_total',
      help: 'Mails handed to the mail server (sent) or refused by it (failed)',
      labelNames: ['result'],
      registers: [this.registry],
    });
    this.dbQueries = new Histogram({
      name: 'rathaus_db_query_duration_seconds',
      help: 'Time each database statement took, from sending it to its result',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers: [this.registry],
    });
    this.lastBackup = new Gauge({
      name: 'rathaus_backup_last_success_timestamp_seconds',
      help: 'When the scheduled backup last succeeded (written and read back), in Unix seconds',
      registers: [this.registry],
    });
    const sizes = opts.queueSizes;
    new Gauge({
      name: 'rathaus_job_queue_depth',
      help: 'Jobs waiting per queue',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        if (!sizes) return;
        this.reset();
        for (const [queue, n] of await sizes()) this.set({ queue }, n);
      },
    });
  }

  /** The Node process's own figures (memory, CPU, event-loop lag, handles); only where one server runs. */
  collectProcess() {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
  }
}

/** Whether a request carries the metrics token (`Authorization: Bearer …`), compared in constant time. */
export function metricsAuthorized(header: string | undefined, token: string): boolean {
  // The scheme's name is case-insensitive (RFC 9110); Prometheus writes "Bearer", curl users may not.
  const given = Buffer.from(/^Bearer +(.+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
