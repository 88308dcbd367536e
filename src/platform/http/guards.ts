import type { Context, MiddlewareHandler } from 'hono';
import { type Actor, hasAnyRole } from '../auth/actor.ts';
import { currentDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './types.ts';

/** Back-office pages: signed-out visitors go to the sign-in page, others need one of the roles. */
export function requireRoles(roles: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) {
      if (c.req.method === 'GET')
        return c.redirect(`/anmelden?zurueck=${encodeURIComponent(c.req.path)}`, 303);
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

/** The client address; X-Forwarded-For only counts when TRUST_PROXY says a proxy sets it. */
export function clientIp(
  c: { req: { header(name: string): string | undefined }; env?: unknown },
  trustProxy: boolean,
): string {
  const fwd = trustProxy ? c.req.header('x-forwarded-for') : undefined;
  if (fwd) return fwd.split(',')[0]!.trim();
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
