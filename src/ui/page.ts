import type { Context } from 'hono';
import type { Actor } from '../platform/auth/actor.ts';
import { hasAnyRole } from '../platform/auth/actor.ts';
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
  /** The confirmation for `notice` that the frame shows above the page, translated. */
  noticeText: string | undefined;
  /** The links of this area's navigation the actor may open, in order. */
  nav: { href: string; label: string }[];
  /** The footer's links (legal pages, open data), in order. */
  footer: { href: string; label: string }[];
}

export function pageCtx(c: Context<AppEnv>): PageCtx {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  const notice = url.searchParams.get('hinweis') ?? undefined;
  const t = c.get('t');
  const shell = c.get('shell');
  const actor = c.get('actor');
  const area = c.req.path.startsWith('/intern') ? 'internal' : 'public';
  const noticeKey = notice ? shell?.notices[notice] : undefined;
  return {
    lang: c.get('lang'),
    t,
    cityName: c.get('tenant').cityName,
    actor,
    csrf: c.get('session')?.csrfToken ?? null,
    path: c.req.path,
    here: url.pathname + url.search,
    notice,
    noticeText: noticeKey ? t(noticeKey) : undefined,
    nav: (shell?.navigation ?? [])
      .filter((e) => e.area === area && (!e.roles || hasAnyRole(actor, e.roles)))
      .map((e) => ({ href: e.href, label: t(e.label) })),
    footer: (shell?.navigation ?? [])
      .filter((e) => e.area === 'footer')
      .map((e) => ({ href: e.href, label: t(e.label) })),
  };
}
