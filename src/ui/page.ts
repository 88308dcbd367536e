import type { Context } from 'hono';
import type { Actor } from '../platform/auth/actor.ts';
import { hasAnyRole } from '../platform/auth/actor.ts';
import { alternates } from '../platform/http/locale.ts';
import type { AppEnv } from '../platform/http/types.ts';
import type { Lang, T } from '../platform/i18n/i18n.ts';
import { textDirection } from '../platform/i18n/langs.ts';
import { CONTENT_LANG, langAttribute } from '../platform/i18n/shipped.ts';

/** Everything the layout needs from the request; views get it instead of the Hono context. */
export interface PageCtx {
  lang: Lang;
  /** Writing direction of the page's language (`rtl` for Arabic). */
  dir: 'ltr' | 'rtl';
  t: T;
  cityName: string;
  /** The city's logo for the header, where one is uploaded (its address changes with its bytes). */
  logo?: { src: string; width: number; height: number } | undefined;
  actor: Actor | null;
  csrf: string | null;
  path: string;
  /** Path and query without the language, for links back to this page (sign-in, language switch). */
  here: string;
  /**
   * This page at its address in each language (absolute), for the language switch and `hreflang`; empty
   * in the back office, which has one address and speaks the account's language.
   */
  alternates: { lang: Lang; href: string }[];
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
  const here = c.req.path + url.search;
  return {
    lang: c.get('lang'),
    dir: textDirection(c.get('lang')),
    t,
    cityName: c.get('tenant').cityName,
    logo: logoOf(c.get('tenant').settings.logo),
    actor,
    csrf: c.get('session')?.csrfToken ?? null,
    path: c.req.path,
    here,
    alternates: area === 'internal' ? [] : alternates(c.get('origin'), here),
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

/** The header's logo from the tenant's settings (see TenantSettings.logo), scaled to the header's height. */
function logoOf(setting: unknown): PageCtx['logo'] {
  const l = setting as { file?: unknown; width?: unknown; height?: unknown } | undefined;
  if (typeof l?.file !== 'string' || typeof l.width !== 'number' || typeof l.height !== 'number' || !l.height)
    return undefined;
  const height = 48;
  return { src: `/logo/${l.file}`, width: Math.round((l.width / l.height) * height), height };
}

/**
 * The `lang` attribute for a text written in `textLang` (by default the city's content language) on
 * this page: set only where it differs from the page's language, so screen readers switch voices and
 * translation tools know what they read.
 */
export function langAttr(ctx: Pick<PageCtx, 'lang'>, textLang: Lang = CONTENT_LANG): Lang | undefined {
  return langAttribute(ctx.lang, textLang);
}

/**
 * Options whose labels are the city's own words (units, fields of action), marked for the page's
 * language: in the city's language, or in the one an option names (`lang`, a translated label).
 */
export function contentOptions<O extends { value: string; label: string; lang?: string | undefined }>(
  ctx: Pick<PageCtx, 'lang'>,
  options: readonly O[],
): (O & { lang: string | undefined })[] {
  return options.map((o) => ({ ...o, lang: o.lang ? textLang(ctx, o.lang) : langAttr(ctx) }));
}

/** The `lang` attribute of a text in any language (a translation, an original) on this page: none when it is the page's. */
export function textLang(ctx: Pick<PageCtx, 'lang'>, lang: string): string | undefined {
  return lang === ctx.lang ? undefined : lang;
}

/** The `lang` attribute of a person's text by the language detected on intake (`und`, unsure: the city's). */
export function writtenLang(ctx: Pick<PageCtx, 'lang'>, language: string): string | undefined {
  return textLang(ctx, language === 'und' ? CONTENT_LANG : language);
}

/** At most `max` characters, cut after a whole word, with an ellipsis when cut (a list's excerpt). */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
