import { isLang, LANGS, type Lang, localePath, NEUTRAL_PATH } from '../i18n/langs.ts';

/**
 * Every public page has one address per language: German where it always was (`/projekte/x`), the others
 * under their code (`/en/projekte/x`). Routes and views are written once, with German paths; a page in
 * another language gets its local links, form targets and redirects moved under its code here, at the
 * edge, so no view has to know the scheme. The back office, the API, assets and machine files have one
 * address for all languages (the back office speaks the account's language).
 */

/** Paths kept as they are: those with one address for every language, and those already in one. */
const NEUTRAL = `(?:${NEUTRAL_PATH}|(?:en|tr|ar)(?=[/"?#]|$))`;

/** A local link target in an attribute: `href="/…"`, `action="/…"`, `formaction="/…"`. */
const LINK = new RegExp(`(\\s(?:href|action|formaction)=")/(?!/|${NEUTRAL})`, 'g');
const LOCAL = new RegExp(`^/(?!/|${NEUTRAL})`);

/** A page's HTML with its local links and form targets in `lang`'s address space. */
export function localiseHtml(html: string, lang: Lang): string {
  if (lang === 'de') return html;
  return html.replace(LINK, `$1/${lang}/`);
}

/** A redirect target in `lang`'s address space (local paths only; other addresses stay as they are). */
export function localiseLocation(location: string, lang: Lang): string {
  if (lang === 'de' || !LOCAL.test(location)) return location;
  return localePath(lang, location);
}

/**
 * The first supported language of an `Accept-Language` header (`tr-TR,tr;q=0.9,en;q=0.8` ▸ tr), by
 * quality; none when it names none of ours.
 */
export function acceptedLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1, i };
    })
    .filter((x) => x.q > 0 && isLang(x.lang))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.lang as Lang | undefined;
}

/** The same page in every language, for the language switch, `hreflang` links and the sitemap. */
export function alternates(origin: string, path: string): { lang: Lang; href: string }[] {
  return LANGS.map((lang) => ({ lang, href: `${origin}${localePath(lang, path)}` }));
}
