import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from './errors.ts';
import { rateLimits } from './platform.table.ts';

export interface RateRule {
  /** Allowed hits per window. */
  limit: number;
  windowSeconds: number;
}

export const RATE_RULES = {
  login: { limit: 10, windowSeconds: 15 * 60 },
  proposalSubmit: { limit: 5, windowSeconds: 60 * 60 },
  comment: { limit: 20, windowSeconds: 60 * 60 },
  report: { limit: 10, windowSeconds: 60 * 60 },
  follow: { limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/**
 * Counts one hit for `key` in the current fixed window and throws RATE_LIMITED past the limit.
 * The counter lives in the database so every process behind a load balancer shares it.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<void> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  if ((row?.hits ?? 0) > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `Too many attempts; try again in ${Math.ceil(retryAfter / 60)} minutes.`,
    );
  }
}

/** Deletes windows that ended; run now and then (at start and by the housekeeping job). */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<void> {
  await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStart} < ${new Date(now.getTime() - 24 * 3600 * 1000)}`);
}
