import type { Context } from 'hono';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppEnv } from '../platform/http/types.ts';
import type { Lang, T } from '../platform/i18n/i18n.ts';

/** Everything the layout needs from the request; views get it instead of the Hono context. */
export interface PageCtx {
  lang: Lang;
  t: T;
  cityName: string;
  actor: Actor | null;
  csrf: string | null;
  path: string;
  /** Path and query, for the language switch to come back to. */
  here: string;
  notice: string | undefined;
}

export function pageCtx(c: Context<AppEnv>): PageCtx {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  const notice = url.searchParams.get('hinweis') ?? undefined;
  return {
    lang: c.get('lang'),
    t: c.get('t'),
    cityName: c.get('tenant').cityName,
    actor: c.get('actor'),
    csrf: c.get('session')?.csrfToken ?? null,
    path: c.req.path,
    here: url.pathname + url.search,
    notice,
  };
}
