import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.ts';

/** A background job a module declares: a queue name, its handler and, optionally, a cron schedule. */
export interface JobDefinition<T extends object = Record<string, unknown>> {
  name: string;
  /** Five-field cron expression (UTC) for jobs that run on a clock, e.g. the weekly digest. */
  cron?: string;
  /** Seconds a single run may take before pg-boss treats it as failed (default 15 minutes). */
  expireInSeconds?: number;
  handler(data: T, job: { id: string }): Promise<unknown>;
}

/**
 * The job queue (pg-boss) on whichever engine Rathaus runs: PostgreSQL directly, PGlite through the same
 * SQL adapter. Only `rathaus serve` starts it; until then `send` stores nothing and says so, so the CLI and
 * tests never leave jobs behind by accident.
 */
export class Jobs {
  private boss: PgBoss | undefined;
  private readonly defined = new Set<string>();

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
  ) {}

  /** Creates pg-boss's schema on first use, registers the workers and the schedules. */
  async start(definitions: readonly JobDefinition[], opts: { pollingIntervalSeconds?: number } = {}) {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => this.database.executeSql(text, values) },
      schema: 'pgboss',
    });
    boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
    await boss.start();
    for (const d of definitions) {
      await boss.createQueue(d.name, {
        name: d.name,
        retryLimit: 2,
        retryDelay: 30,
        expireInSeconds: d.expireInSeconds ?? 900,
      });
      await boss.work<Record<string, unknown>>(
        d.name,
        { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async ([job]) => {
          if (!job) return;
          const started = Date.now();
          try {
            const out = await d.handler(job.data, { id: job.id });
            this.logger.debug({ job: d.name, id: job.id, ms: Date.now() - started }, 'job done');
            return out;
          } catch (err) {
            this.logger.error({ err, job: d.name, id: job.id }, 'job failed');
            throw err;
          }
        },
      );
      if (d.cron) await boss.schedule(d.name, d.cron, {}, { tz: 'UTC' });
      this.defined.add(d.name);
    }
    this.boss = boss;
  }

  /** Queues a job; returns its id, or undefined when the queue does not run in this process. */
  async send(name: string, data: object, opts: { singletonKey?: string } = {}) {
    if (!this.boss || !this.defined.has(name)) {
      this.logger.debug({ job: name }, 'job queue not running; job not queued');
      return undefined;
    }
    return (await this.boss.send(name, data, opts)) ?? undefined;
  }

  /** Whether the queue runs in this process (readiness). */
  get running(): boolean {
    return this.boss !== undefined;
  }

  /** Jobs waiting per queue (metrics); empty when the queue does not run here. */
  async queueSizes(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!this.boss) return out;
    for (const name of this.defined) out.set(name, await this.boss.getQueueSize(name));
    return out;
  }

  async stop() {
    const boss = this.boss;
    this.boss = undefined;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
