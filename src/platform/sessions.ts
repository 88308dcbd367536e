import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type SessionOidc, sessions } from './platform.table.ts';

export const SESSION_COOKIE = 'rathaus_session';
const LIFETIME_MS = 12 * 3600 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionRow = typeof sessions.$inferSelect;

/**
 * Server-side sessions. The cookie holds a random token; the database keeps only its HMAC, so a leaked
 * table cannot be replayed as cookies.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly secret: string,
  ) {}

  private idOf(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('base64url');
  }

  /** Starts a session and returns the token for the cookie. */
  async create(
    tenantId: string,
    init: { accountId?: string | null; lang?: string | null; oidc?: SessionOidc | null } = {},
  ) {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const [row] = await this.db
      .insert(sessions)
      .values({
        id: this.idOf(token),
        tenantId,
        accountId: init.accountId ?? null,
        lang: init.lang ?? null,
        oidc: init.oidc ?? null,
        csrfToken: randomBytes(24).toString('base64url'),
        expiresAt: new Date(now + LIFETIME_MS),
      })
      .returning();
    return { token, session: row! };
  }

  /** Finds a live session of this tenant for the cookie token, sliding its expiry now and then. */
  async load(tenantId: string, token: string | undefined): Promise<SessionRow | undefined> {
    if (!token || token.length > 100) return undefined;
    const id = this.idOf(token);
    const [row] = await this.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.tenantId, tenantId), gt(sessions.expiresAt, new Date())));
    if (!row) return undefined;
    if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      const now = new Date();
      await this.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + LIFETIME_MS) })
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)));
    }
    return row;
  }

  /** Keeps what a session holds of the identity provider (see SessionOidc). */
  async setOidc(session: { tenantId: string; id: string }, oidc: SessionOidc | null) {
    await this.db
      .update(sessions)
      .set({ oidc })
      .where(and(eq(sessions.tenantId, session.tenantId), eq(sessions.id, session.id)));
  }

  /** Keeps the challenge of a passkey ceremony begun in this session. */
  async setChallenge(session: { tenantId: string; id: string }, challenge: string) {
    await this.db
      .update(sessions)
      .set({ webauthnChallenge: challenge })
      .where(and(eq(sessions.tenantId, session.tenantId), eq(sessions.id, session.id)));
  }

  /**
   * Uses up the session's passkey challenge: true once for the challenge it holds, so a response can never
   * be replayed, not even by two requests at the same moment.
   */
  async takeChallenge(session: { tenantId: string; id: string }, challenge: string): Promise<boolean> {
    const taken = await this.db
      .update(sessions)
      .set({ webauthnChallenge: null })
      .where(
        and(
          eq(sessions.tenantId, session.tenantId),
          eq(sessions.id, session.id),
          eq(sessions.webauthnChallenge, challenge),
        ),
      )
      .returning({ id: sessions.id });
    return taken.length === 1;
  }

  async destroy(session: { tenantId: string; id: string }) {
    await this.db
      .delete(sessions)
      .where(and(eq(sessions.tenantId, session.tenantId), eq(sessions.id, session.id)));
  }

  async destroyForAccount(tenantId: string, accountId: string) {
    await this.db
      .delete(sessions)
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, accountId)));
  }

  async pruneExpired() {
    await this.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  }
}

/** Constant-time comparison for CSRF tokens. */
export function tokensEqual(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
