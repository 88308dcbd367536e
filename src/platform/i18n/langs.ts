/** The interface languages; German first. (No top-level await here: table files import it for CHECKs.) */
export const LANGS = ['de', 'en', 'tr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** The languages of the back office (and of staff accounts and their mails): German and English. */
export const STAFF_LANGS = ['de', 'en'] as const satisfies readonly Lang[];
export type StaffLang = (typeof STAFF_LANGS)[number];

/** Each language's name in itself, as a language switch shows it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
};

/** The BCP 47 locale each language formats dates and numbers with. */
export const LOCALES: Readonly<Record<Lang, string>> = {
  de: 'de-DE',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar-u-nu-latn',
};

export function isLang(v: unknown): v is Lang {
  return (LANGS as readonly unknown[]).includes(v);
}

export function isStaffLang(v: unknown): v is StaffLang {
  return (STAFF_LANGS as readonly unknown[]).includes(v);
}

/** The writing direction of a language: Arabic is written right to left. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return lang === 'ar' || lang === 'fa' || lang === 'he' || lang === 'ur' ? 'rtl' : 'ltr';
}

/**
 * A public page's address in a language: German at the address it always had (`/projekte/x`), every
 * other language under its code (`/en/projekte/x`, `/ar/` for the start page).
 */
export function localePath(lang: Lang, path: string): string {
  if (lang === 'de') return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The language code leading a path (`/en/projekte` ▸ en), and the path without it; none for German. */
export function splitLocalePath(path: string): { lang: Lang | undefined; path: string } {
  const m = /^\/(en|tr|ar)(?=\/|$|\?)/.exec(path);
  if (!m) return { lang: undefined, path };
  return { lang: m[1] as Lang, path: path.slice(m[0].length) || '/' };
}

/**
 * What follows the first `/` of a path that has one address for every language: the back office, the
 * API, assets, machine files, the operators' endpoints and the open-data downloads (whose language is
 * chosen by `?lang=` as in the API). A regular-expression source, ending where the segment ends.
 */
export const NEUTRAL_PATH =
  '(?:(?:intern|api|assets|logo|favicon\\.ico|sitemap\\.xml|robots\\.txt|healthz|readyz|metrics)(?=[/"?#]|$)|daten/[a-z-]+\\.(?:csv|json)(?=["?#]|$))';

const NEUTRAL = new RegExp(`^/${NEUTRAL_PATH}`);
const DOWNLOAD = /^\/daten\/[a-z-]+\.(csv|json)$/;

/** Paths that have one address for every language (see NEUTRAL_PATH). */
export function isLanguageNeutralPath(path: string): boolean {
  return NEUTRAL.test(path);
}

/** An open-data download: one file per data set, its texts' language chosen by `?lang=` as in the API. */
export function isDownloadPath(path: string): boolean {
  return DOWNLOAD.test(path);
}
