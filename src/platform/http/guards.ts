import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client.ts';
import { type Actor, hasAnyRole } from '../auth/actor.ts';
import { currentDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { hitRateLimit, type RateRule } from '../rate-limit.ts';
import type { AppEnv } from './types.ts';

/** Back-office pages: signed-out visitors go to the sign-in page, others need one of the roles. */
export function requireRoles(roles: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) {
      if (c.req.method === 'GET')
        return c.redirect(
          // A session ended just now (by the identity provider's check) says so on the sign-in page.
          `/anmelden?zurueck=${encodeURIComponent(c.req.path)}${c.get('sessionEnded') ? '&hinweis=sessionEnded' : ''}`,
          303,
        );
      throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    }
    if (!hasAnyRole(actor, roles)) throw new AppError('FORBIDDEN', 'Your roles do not allow this area.');
    await next();
  };
}

/** The signed-in actor; only call behind requireRoles. */
export function actorOf(c: Context<AppEnv>): Actor {
  const a = c.get('actor');
  if (!a) throw new AppError('UNAUTHENTICATED');
  return a;
}

/** Request metadata passed to use cases: the audit trail's request id and the municipality's day. */
export function metaOf(c: Context<AppEnv>) {
  return { requestId: c.get('requestId'), today: todayOf(c) };
}

/** Today in the request's municipality (its time zone), as a calendar day. */
export function todayOf(c: Context<AppEnv>) {
  return currentDay(c.get('tenant').timeZone);
}

/** The client address; X-Forwarded-For only counts when TRUST_PROXY says how many proxies set it. */
export function clientIp(
  c: { req: { header(name: string): string | undefined }; env?: unknown },
  trustProxy: number,
): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return forwardedClient(c.req.header('x-forwarded-for'), env?.incoming?.socket?.remoteAddress, trustProxy);
}

/**
 * Who a rate limit counts: the client's network. An IPv6 client holds a whole /64 (a household, a server)
 * and may pick any address in it, so one address per attempt would never be limited; IPv4 addresses count
 * one by one (an IPv4-mapped IPv6 address as its IPv4 address).
 */
export function clientNetwork(
  c: { req: { header(name: string): string | undefined }; env?: unknown },
  trustProxy: number,
): string {
  return networkOf(clientIp(c, trustProxy));
}

/** How much more room a network has for the people signed in on it than each of them alone. */
const SIGNED_IN_NETWORK_FACTOR = 5;

/**
 * Counts one use (or `hits`) of a form anyone may send, under `key`. A visitor counts against their
 * network. A person signed in counts against their account and, with five times the room, against their
 * network: a shared network (a library's Wi-Fi) does not stop its signed-in citizens when its visitors
 * used it up, and new accounts on one network do not multiply its room. A refusal (RATE_LIMITED, with
 * Retry-After) carries `messages.network` or `messages.account` as its form error, saying whose limit
 * it was.
 */
export async function hitFormLimit(
  db: Db,
  c: Context<AppEnv>,
  trustProxy: number,
  key: string,
  rule: RateRule,
  opts: { hits?: number; messages?: { network: MessageKey; account: MessageKey } } = {},
): Promise<void> {
  const actor = c.get('actor');
  const network = clientNetwork(c, trustProxy);
  const hit = async (subject: string, r: RateRule, which: 'network' | 'account') => {
    try {
      await hitRateLimit(db, `${key}:${subject}`, r, opts.hits);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'RATE_LIMITED' || !opts.messages) throw err;
      const refused = new AppError('RATE_LIMITED', err.detail, { _form: { key: opts.messages[which] } });
      refused.retryAfter = err.retryAfter;
      throw refused;
    }
  };
  if (!actor) return hit(network, rule, 'network');
  await hit(`signed-in:${network}`, { ...rule, limit: rule.limit * SIGNED_IN_NETWORK_FACTOR }, 'network');
  await hit(`account:${actor.accountId}`, rule, 'account');
}

/** An IPv6 address's /64 (`2001:db8:1:2::/64`), an IPv4 address as it is. */
export function networkOf(ip: string): string {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/**
 * The address the outermost trusted proxy appended to X-Forwarded-For (the `hops`-th from the right), else
 * the socket's peer. Taking the leftmost entry would believe whatever the client wrote into the header.
 */
export function forwardedClient(header: string | undefined, peer: string | undefined, hops: number): string {
  if (hops > 0 && header) {
    const list = header
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const address = list[Math.max(0, list.length - hops)];
    if (address) return address;
  }
  return peer ?? 'unknown';
}
