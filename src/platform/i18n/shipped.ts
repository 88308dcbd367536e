import type { Lang } from './langs.ts';

/** Words Rathaus ships as data (a standard's level names, the default criteria) in every language. */
export type ShippedText = Readonly<Record<Lang, string>>;

/** A text with the language it is written in, so a page can mark it (`lang`) when it differs. */
export interface LangText {
  text: string;
  lang: Lang;
}

/** The language a city's own content is written in (tenants write German; translations come with issue 11). */
export const CONTENT_LANG: Lang = 'de';

/**
 * The reader's version of a stored text that Rathaus shipped: translated while the stored text is
 * still the shipped one; once a city has written its own, that stays as written, with its language.
 */
export function shippedText(stored: string, shipped: ShippedText | undefined, lang: Lang): LangText {
  if (shipped && stored === shipped[CONTENT_LANG]) return { text: shipped[lang], lang };
  return { text: stored, lang: CONTENT_LANG };
}

/** The `lang` attribute a text in `textLang` needs on a page in `pageLang`: none when they agree. */
export function langAttribute(pageLang: Lang, textLang: Lang = CONTENT_LANG): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/**
 * A stored row with a name and a description that Rathaus may have shipped, in the reader's language:
 * each text as `shippedText` gives it, with `lang` (the name's) and `descriptionLang`.
 */
export function shippedRow<R extends { name: string; description: string }>(
  row: R,
  shipped: { name: ShippedText; description: ShippedText } | undefined,
  lang: Lang,
): R & { lang: Lang; descriptionLang: Lang } {
  const name = shippedText(row.name, shipped?.name, lang);
  const description = shippedText(row.description, shipped?.description, lang);
  return {
    ...row,
    name: name.text,
    lang: name.lang,
    description: description.text,
    descriptionLang: description.lang,
  };
}
