import i18next, { type TFunction } from 'i18next';
import { de } from './de.ts';
import { en } from './en.ts';

import { LANGS, type Lang } from './langs.ts';

export { LANGS, type Lang };
export type T = (key: string, values?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
await instance.init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: 'de',
  fallbackLng: false,
  // JSX escapes on output; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

const translators = new Map<Lang, T>();

/**
 * A translator for one language; every UI string goes through it. Strings without values are looked up
 * once and memoized (the translations never change at run time), which keeps i18next off the hot path.
 */
export function translator(lang: Lang): T {
  let fn = translators.get(lang);
  if (!fn) {
    const t: TFunction = instance.getFixedT(lang);
    const plain = new Map<string, string>();
    fn = (key, values) => {
      if (values) return t(key, { ...values }) as unknown as string;
      let hit = plain.get(key);
      if (hit === undefined) {
        hit = t(key) as unknown as string;
        plain.set(key, hit);
      }
      return hit;
    };
    translators.set(lang, fn);
  }
  return fn;
}

export { isLang } from './langs.ts';

/** Formats a date the way the language expects (31.12.2026 / 31 Dec 2026). */
export function formatDate(lang: Lang, d: Date | string | null | undefined): string {
  if (!d) return '';
  const date = typeof d === 'string' ? new Date(`${d.length === 10 ? `${d}T12:00:00Z` : d}`) : d;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

export function formatNumber(lang: Lang, n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', opts).format(n);
}

/** Sizes as people read them: 240 KB, 1,2 MB. */
export function fileSize(lang: string, bytes: number) {
  const nf = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${nf.format(bytes / 1024 / 1024)} MB`
    : `${nf.format(Math.ceil(bytes / 1024))} KB`;
}

export { de, en };
