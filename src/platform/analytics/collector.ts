import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { DbOrTx } from '../../db/client.ts';
import { type StatMetric, statsDaily, statsSalts, statsVisitors } from '../platform.table.ts';

/** User agents that announce themselves as robots: their requests are not visits. */
const ROBOT =
  /bot|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget|python-requests|httpclient|go-http/i;

export function isRobot(userAgent: string | undefined): boolean {
  return !userAgent || ROBOT.test(userAgent);
}

interface PendingVisit {
  tenantId: string;
  day: string;
  hash: string;
  entry: string;
  referrer: string | undefined;
  returning: boolean;
}

/**
 * Counts the portal's use on the server, without tracking anyone: page views, visits (a hash of the
 * day's random salt, the address and the browser — the salt is thrown away when the day ends, the
 * address is never stored), entry pages, referring hosts, searches without results and downloads.
 * Counts are kept in memory and written every few seconds, so a page view costs no database round trip.
 */
export class StatsCollector {
  private readonly counts = new Map<string, number>();
  private visits: PendingVisit[] = [];
  private readonly seen = new Set<string>();
  private salt: { day: string; salt: Promise<string> } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  /** Views still waiting for the day's salt: a flush waits for them, so no visit is left for the next one. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: DbOrTx,
    private readonly logger: Logger,
  ) {}

  /** Writes the counts every `intervalMs` (the server); tests call `flush()` themselves. */
  start(intervalMs = 5_000) {
    this.timer ??= setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  count(tenantId: string, day: string, metric: StatMetric, key = '') {
    const k = JSON.stringify([tenantId, day, metric, key.slice(0, 300)]);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /**
   * A page view of a person (not a robot): counted, and, the first time today for this address and
   * browser, a visit with its entry page, its referring host and — with consent — whether it returns.
   */
  view(v: {
    tenantId: string;
    day: string;
    path: string;
    address: string;
    userAgent: string;
    referrerHost: string | undefined;
    returning: boolean;
  }): Promise<void> {
    this.count(v.tenantId, v.day, 'view', v.path);
    const visit = this.visit(v).finally(() => this.inFlight.delete(visit));
    this.inFlight.add(visit);
    return visit;
  }

  /** The view's visit, the first time today for this address and browser (after the day's salt is known). */
  private async visit(v: Parameters<StatsCollector['view']>[0]) {
    const salt = await this.saltOf(v.day);
    const hash = createHash('sha256')
      .update(`${salt}\u0000${v.tenantId}\u0000${v.address}\u0000${v.userAgent}`)
      .digest('hex');
    const seenKey = `${v.tenantId}|${v.day}|${hash}`;
    if (this.seen.has(seenKey)) return;
    this.seen.add(seenKey);
    this.visits.push({
      tenantId: v.tenantId,
      day: v.day,
      hash,
      entry: v.path,
      referrer: v.referrerHost,
      returning: v.returning,
    });
  }

  /** The day's salt, shared by every process through the database; older salts and hashes are deleted. */
  private saltOf(day: string): Promise<string> {
    if (this.salt?.day === day) return this.salt.salt;
    this.seen.clear();
    const salt = (async () => {
      await this.db
        .insert(statsSalts)
        .values({ day, salt: randomBytes(32).toString('hex') })
        .onConflictDoNothing();
      await this.db.delete(statsSalts).where(lt(statsSalts.day, day));
      await this.db.delete(statsVisitors).where(lt(statsVisitors.day, day));
      const [row] = await this.db.select().from(statsSalts).where(eq(statsSalts.day, day));
      return row!.salt;
    })();
    this.salt = { day, salt };
    salt.catch(() => {
      if (this.salt?.salt === salt) this.salt = undefined;
    });
    return salt;
  }

  /** Writes what was counted since the last time (one at a time), the views still under way included. */
  flush(): Promise<void> {
    const underWay = Promise.allSettled([...this.inFlight]);
    this.flushing = (this.flushing ?? Promise.resolve())
      .then(() => underWay)
      .then(() => this.write().catch((err) => this.logger.error({ err }, 'statistics not written')));
    return this.flushing;
  }

  private async write() {
    const visits = this.visits;
    this.visits = [];
    for (const v of visits) {
      // Another process may have seen the same visitor today: only the first one counts the visit.
      const inserted = await this.db
        .insert(statsVisitors)
        .values({ tenantId: v.tenantId, day: v.day, hash: v.hash })
        .onConflictDoNothing()
        .returning({ hash: statsVisitors.hash });
      if (!inserted.length) continue;
      this.count(v.tenantId, v.day, 'visit');
      this.count(v.tenantId, v.day, 'entry', v.entry);
      if (v.referrer) this.count(v.tenantId, v.day, 'referrer', v.referrer);
      if (v.returning) this.count(v.tenantId, v.day, 'returning');
    }
    if (!this.counts.size) return;
    const rows = [...this.counts].map(([k, count]) => {
      const [tenantId, day, metric, key] = JSON.parse(k) as [string, string, StatMetric, string];
      return { tenantId, day, metric, key, count };
    });
    this.counts.clear();
    for (let i = 0; i < rows.length; i += 500)
      await this.db
        .insert(statsDaily)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [statsDaily.tenantId, statsDaily.day, statsDaily.metric, statsDaily.key],
          set: { count: sql`${statsDaily.count} + excluded.count` },
        });
  }
}

/** Whether the day's visitor hashes of a tenant are still there (for tests of the daily deletion). */
export function visitorHashes(db: DbOrTx, tenantId: string, day: string) {
  return db
    .select()
    .from(statsVisitors)
    .where(and(eq(statsVisitors.tenantId, tenantId), eq(statsVisitors.day, day)));
}

/** The portal's reach between two days: visits and page views, for the cockpit. */
export async function portalReach(db: DbOrTx, tenantId: string, from: string, to: string) {
  const rows = await db
    .select({ metric: statsDaily.metric, count: sql<number>`sum(${statsDaily.count})::int` })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.tenantId, tenantId),
        sql`${statsDaily.metric} in ('visit', 'view')`,
        sql`${statsDaily.day} between ${from} and ${to}`,
      ),
    )
    .groupBy(statsDaily.metric);
  const of = (m: string) => rows.find((r) => r.metric === m)?.count ?? 0;
  return { visits: of('visit'), views: of('view') };
}
