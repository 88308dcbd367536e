import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from './errors.ts';
import { rateLimits } from './platform.table.ts';

export interface RateRule {
  /** Allowed hits per window. */
  limit: number;
  windowSeconds: number;
}

export const RATE_RULES = {
  /**
   * Failed sign-ins per account from one network; successful ones are not counted and reset it. Per
   * network, so that someone guessing elsewhere cannot lock the person out of their own sign-in.
   */
  login: { limit: 10, windowSeconds: 15 * 60 },
  /** Failed sign-ins per account from anywhere: bounds guessing spread over many networks. */
  loginAccount: { limit: 100, windowSeconds: 60 * 60 },
  /** Failed sign-ins per address: higher, since a city's staff may share one gateway. */
  loginAddress: { limit: 50, windowSeconds: 15 * 60 },
  proposalSubmit: { limit: 5, windowSeconds: 60 * 60 },
  /** Files staged by one address (a proposal carries at most three). */
  upload: { limit: 15, windowSeconds: 60 * 60 },
  comment: { limit: 20, windowSeconds: 60 * 60 },
  report: { limit: 10, windowSeconds: 60 * 60 },
  follow: { limit: 10, windowSeconds: 60 * 60 },
  /** Sign-ups from one address. */
  signUp: { limit: 10, windowSeconds: 60 * 60 },
  /** Accessibility feedback from one address. */
  accessibilityFeedback: { limit: 5, windowSeconds: 60 * 60 },
  /** Reset mails per address and per account, so nobody floods an inbox. */
  passwordReset: { limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/**
 * The keys a sign-in attempt counts under (password and passkey alike): the network's, the account's from
 * anywhere (RATE_RULES.loginAccount) and the account's from this network (RATE_RULES.login).
 */
export function signInKeys(tenantId: string, email: string, network: string) {
  const account = `login:${tenantId}:${email.toLowerCase()}`;
  return { network: signInNetworkKey(tenantId, network), account, accountHere: `${account}|${network}` };
}

/** The key a network's sign-in attempts count under (RATE_RULES.loginAddress), before any account is known. */
export function signInNetworkKey(tenantId: string, network: string) {
  return `login:${tenantId}:${network}`;
}

function windowOf(rule: RateRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { windowStart, retryAfter };
}

function limited(retryAfter: number) {
  const err = new AppError(
    'RATE_LIMITED',
    `Too many attempts; try again in ${Math.ceil(retryAfter / 60)} minutes.`,
  );
  err.retryAfter = retryAfter;
  return err;
}

async function count(db: Db, key: string, windowStart: Date, hits = 1): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + ${hits}` },
    })
    .returning({ hits: rateLimits.hits });
  return row?.hits ?? 0;
}

/**
 * Counts `hits` (one request, or the files of one upload) for `key` in the current fixed window and
 * throws RATE_LIMITED (with the seconds until the window ends) past the limit. The counter lives in the
 * database so every process shares it.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  rule: RateRule,
  hits = 1,
  now = new Date(),
): Promise<number> {
  const { windowStart, retryAfter } = windowOf(rule, now);
  const used = await count(db, key, windowStart, hits);
  if (used > rule.limit) throw limited(retryAfter);
  return rule.limit - used;
}

/**
 * Takes back one hit of `key` in the current window: a sign-in that turned out right is not held against
 * the address (the attempt was counted first, atomically, so parallel guesses cannot all pass a check).
 */
export async function undoHit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<void> {
  await count(db, key, windowOf(rule, now).windowStart, -1);
}

/** Forgets the failures of `key` (a successful sign-in resets its account's count). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Deletes windows that ended; run now and then (at start and by the housekeeping job). */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<void> {
  await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStart} < ${new Date(now.getTime() - 24 * 3600 * 1000)}`);
}
