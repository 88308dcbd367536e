import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * Every cookie Rathaus may set: the cookie page lists them from here, and the code sets them only
 * through `setDeclaredCookie`, so the page and the code cannot drift apart (a test compares them with
 * what a browser receives). Nothing else is stored on a visitor's device: no local or session storage.
 */
export const COOKIES = {
  /** The signed-in session: set on sign-in, gone on sign-out or after 12 hours. */
  rathaus_session: { category: 'necessary', maxAgeSeconds: 12 * 3600, httpOnly: true },
  /**
   * Counts returning visits, only after the visitor allowed statistics (its presence is the record of
   * that consent; refusing stores nothing). Holds the day of the first visit and a random number.
   */
  rathaus_stats: { category: 'statistics', maxAgeSeconds: 365 * 86400, httpOnly: true },
} as const satisfies Record<
  string,
  { category: 'necessary' | 'statistics'; maxAgeSeconds: number; httpOnly: boolean }
>;

export type CookieName = keyof typeof COOKIES;

/** Sets a cookie of the registry with its declared lifetime: SameSite=Lax, HttpOnly, Secure under https. */
export function setDeclaredCookie(c: Context, name: CookieName, value: string, secure: boolean) {
  const spec = COOKIES[name];
  setCookie(c, name, value, {
    path: '/',
    httpOnly: spec.httpOnly,
    sameSite: 'Lax',
    secure,
    maxAge: spec.maxAgeSeconds,
  });
}

export function clearDeclaredCookie(c: Context, name: CookieName) {
  deleteCookie(c, name, { path: '/' });
}

export function readDeclaredCookie(c: Context, name: CookieName): string | undefined {
  return getCookie(c, name);
}

/** Whether the visitor allowed statistics (the statistics cookie is there and well-formed). */
export function statisticsConsent(c: Context): { firstDay: string } | undefined {
  const v = getCookie(c, 'rathaus_stats');
  const m = v ? /^(\d{4}-\d{2}-\d{2})\.[0-9a-f]{16}$/.exec(v) : null;
  return m ? { firstDay: m[1]! } : undefined;
}
