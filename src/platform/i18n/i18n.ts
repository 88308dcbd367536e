import i18next, { type TFunction } from 'i18next';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { LANGS, type Lang, LOCALES, textDirection } from './langs.ts';
import { tr } from './tr.ts';

export { isLang, isStaffLang, STAFF_LANGS, type StaffLang, textDirection } from './langs.ts';
export { LANGS, type Lang };

/** A message tree: texts (or lists of paragraphs) under nested keys. */
export interface MessageTree {
  readonly [key: string]: string | readonly string[] | MessageTree;
}

/** Another language's messages: the same keys as the German ones, any text. */
export type Catalog<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Catalog<T[K]>;
};

/** A module's messages as its manifest registers them: German (the source) and every other language, complete. */
export type ModuleMessagesOf<T extends MessageTree> = { de: T } & { [L in Exclude<Lang, 'de'>]: Catalog<T> };

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * A catalogue ready for i18next: the German keys carry `_one` and `_other`; languages with more plural
 * categories (Arabic: zero, two, few, many) read `_other` where their translation gives no own form.
 */
function withPluralForms(lang: Lang, tree: MessageTree): MessageTree {
  const needed = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
  const walk = (node: MessageTree): MessageTree => {
    const out: Record<string, MessageTree[string]> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = typeof v === 'string' || Array.isArray(v) ? v : walk(v as MessageTree);
      const m = /^(.*)_other$/.exec(k);
      if (m && typeof v === 'string')
        for (const form of PLURAL_FORMS)
          if (needed.includes(form) && !(`${m[1]}_${form}` in node)) out[`${m[1]}_${form}`] = v;
    }
    return out;
  };
  return walk(tree);
}

/**
 * Every module's German messages, added by declaration merging in the module's `<module>.messages.ts`
 * (`declare module '…/platform/i18n/i18n.ts' { interface ModuleMessages { proposals: typeof de } }`),
 * so the platform knows their keys without importing a module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules through declaration merging
export interface ModuleMessages {}

/** i18next's plural suffixes: `count_one`, `count_other` are used as `count`. */
type Plural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;

/** The dotted keys of a message tree's texts (and of lists of paragraphs). */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? Plural<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every key of every message: a misspelled or missing key is a compile error. */
export type MessageKey =
  | Leaves<typeof de>
  | { [M in keyof ModuleMessages]: Leaves<ModuleMessages[M]> }[keyof ModuleMessages];

export type T = (key: MessageKey, values?: Record<string, unknown>) => string;

/** The platform's own messages in every language. */
const PLATFORM: Readonly<Record<Lang, MessageTree>> = { de, en, tr, ar };

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    LANGS.map((lang) => [lang, { translation: withPluralForms(lang, structuredClone(PLATFORM[lang])) }]),
  ),
  lng: 'de',
  fallbackLng: false,
  // JSX escapes on output; escaping here too would double-escape. A placeholder without its value never
  // reaches a page as `{{min}}`: it is left out, and under test it fails loudly.
  interpolation: { escapeValue: false },
  missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
    if (process.env.VITEST) throw new Error(`No value for ${match[0]} in "${text}"`);
    return '';
  },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

const known = new Set<string>();
const collect = (tree: MessageTree, prefix = '') => {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix + k;
    if (typeof v === 'string' || Array.isArray(v))
      known.add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
    else collect(v as MessageTree, `${key}.`);
  }
};
collect(de);

let registered = false;

/**
 * Adds every module's messages (from the manifests, once per process). A key two modules both define
 * is refused: each text has one owner.
 */
export function registerMessages(
  modules: readonly { name: string; messages?: ModuleMessagesOf<MessageTree> }[],
) {
  if (registered) return;
  registered = true;
  const owners = new Map<string, string>();
  const leaves = (tree: MessageTree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' || Array.isArray(v) ? [prefix + k] : leaves(v as MessageTree, `${prefix}${k}.`),
    );
  for (const key of leaves(de)) owners.set(key, 'platform');
  for (const m of modules) {
    if (!m.messages) continue;
    for (const key of leaves(m.messages.de)) {
      const owner = owners.get(key);
      if (owner) throw new Error(`The message ${key} of ${m.name} is defined by ${owner} already.`);
      owners.set(key, m.name);
    }
    for (const lang of LANGS)
      instance.addResourceBundle(
        lang,
        'translation',
        withPluralForms(lang, structuredClone(m.messages[lang])),
        true,
        false,
      );
    collect(m.messages.de);
  }
  translators.clear();
}

/** Whether a text from elsewhere (a schema's message, a stored reason) names a message. */
export function isMessageKey(value: string): value is MessageKey {
  return known.has(value);
}

/**
 * A key put together at run time (an open-data set's field, a state from the database): checked against
 * the registered messages, so a missing one shows as its key rather than passing unnoticed.
 */
export function messageKey(value: string): MessageKey {
  if (!isMessageKey(value)) throw new Error(`No message ${value}`);
  return value;
}

const translators = new Map<Lang, T>();

/**
 * In a right-to-left language every text put into a message (a period like 2025-Q3, a name, a date, a
 * reference) is a bidirectional isolate (FSI … PDI), so its own direction holds and it does not pull
 * the punctuation around it out of order ("(2025-Q3)" stays whole in an Arabic sentence).
 */
function isolated(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'string' && v ? `\u2068${v}\u2069` : v;
  return out;
}

/** Options i18next reads from the values of a call: such a call always goes through i18next. */
const I18NEXT_OPTIONS = new Set([
  'context',
  'ordinal',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'keyPrefix',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'replace',
  'interpolation',
  'postProcess',
]);
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * A translator for one language; every UI string goes through it. Strings without values are looked up
 * once and memoized (the translations never change at run time), which keeps i18next off the hot path.
 * A string with values is put together here too when it is a plain text with `{{name}}` placeholders,
 * each given a string or a number, and a plural chosen by `count` the way i18next chooses it (`_zero` for
 * 0 where the text has one, else the language's plural rule); i18next copies its whole configuration
 * on every call, which was a tenth of a signed-in page's time. Anything else (a missing value, an option
 * of i18next's, a list of paragraphs) goes through i18next; a test holds both ways equal for every
 * message in every language.
 */
export function translator(lang: Lang): T {
  let fn = translators.get(lang);
  if (!fn) {
    const slow = slowTranslator(lang);
    const plain = new Map<string, string>();
    const templates = new Map<string, string | null>();
    const template = (key: string) => {
      let text = templates.get(key);
      if (text === undefined) {
        const found = instance.getResource(lang, 'translation', key) as unknown;
        text = typeof found === 'string' ? found : null;
        templates.set(key, text);
      }
      return text;
    };
    const rules = new Intl.PluralRules(lang);
    const grouped = new Intl.NumberFormat(lang);
    const rtl = textDirection(lang) === 'rtl';
    const fast = (key: string, values: Record<string, unknown>): string | undefined => {
      let chosen = key;
      if ('count' in values) {
        const count = values.count;
        if (typeof count !== 'number') return undefined;
        const form = count === 0 && template(`${key}_zero`) !== null ? 'zero' : rules.select(count);
        if (template(`${key}_${form}`) !== null) chosen = `${key}_${form}`;
      }
      const text = template(chosen);
      if (text === null) return undefined;
      for (const name in values) if (I18NEXT_OPTIONS.has(name)) return undefined;
      let complete = true;
      const out = text.replace(PLACEHOLDER, (_, raw: string) => {
        // `{{count, number}}`: the number in the language's digits and grouping ("2.649"), as i18next's
        // own formatter writes it; any other format is i18next's. A plain `{{name}}` splits nothing (every
        // page's texts come this way).
        const comma = raw.indexOf(',');
        if (comma >= 0) {
          const n = values[raw.slice(0, comma).trim()];
          if (raw.slice(comma + 1).trim() !== 'number' || typeof n !== 'number') {
            complete = false;
            return '';
          }
          return grouped.format(n);
        }
        const v = values[raw.trim()];
        if (typeof v === 'number') return String(v);
        if (typeof v !== 'string') {
          complete = false;
          return '';
        }
        return rtl && v ? `\u2068${v}\u2069` : v;
      });
      return complete ? out : undefined;
    };
    fn = (key, values) => {
      if (values) return fast(key, values) ?? slow(key, values);
      let hit = plain.get(key);
      if (hit === undefined) {
        hit = slow(key);
        plain.set(key, hit);
      }
      return hit;
    };
    translators.set(lang, fn);
  }
  return fn;
}

/** Every call through i18next: the reference for translator()'s own way (and its way for the rest). */
export function slowTranslator(lang: Lang): T {
  const t: TFunction = instance.getFixedT(lang);
  const rtl = textDirection(lang) === 'rtl';
  return (key, values) =>
    (values ? t(key, rtl ? isolated(values) : { ...values }) : t(key)) as unknown as string;
}

/** Every registered message key with its placeholders' names, for the test that compares both ways. */
export function messageTemplates(lang: Lang): { key: string; names: string[] }[] {
  const out: { key: string; names: string[] }[] = [];
  const walk = (tree: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === 'string')
        out.push({
          key: prefix + k,
          names: [...v.matchAll(PLACEHOLDER)].map((m) => m[1]!.split(',')[0]!.trim()),
        });
      else if (v && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>, `${prefix}${k}.`);
    }
  };
  walk(instance.getResourceBundle(lang, 'translation') as Record<string, unknown>, '');
  return out;
}

/**
 * Formatters, made once per locale and options (which come from code, so the keys are few): making one
 * costs 15–45 µs, 20 to 50 times a use. 2,000 dates took 89 ms with a new formatter each, 1.6 ms with one.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

function numberFormat(lang: Lang, opts?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = LOCALES[lang] ?? 'de-DE';
  return formatter(
    `n ${locale} ${opts ? JSON.stringify(opts) : ''}`,
    () => new Intl.NumberFormat(locale, opts),
  );
}

function dateFormat(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const locale = LOCALES[lang] ?? 'de-DE';
  return formatter(
    `d ${locale} ${withTime}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone: 'Europe/Berlin',
      }),
  );
}

/** Formats a date the way the language expects (31.12.2026 / 31 Dec 2026 / 31 Ara 2026). */
export function formatDate(lang: Lang, d: Date | string | null | undefined): string {
  if (!d) return '';
  const date = typeof d === 'string' ? new Date(`${d.length === 10 ? `${d}T12:00:00Z` : d}`) : d;
  return dateFormat(lang, false).format(date);
}

/** A moment with its time of day (31.12.2026, 14:05), as the city's clock shows it. */
export function formatDateTime(lang: Lang, d: Date | null | undefined): string {
  if (!d) return '';
  return dateFormat(lang, true).format(d);
}

/** Items joined as the language does ("2027-Q1 und 2027-Q2", "a, b and c"). */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang] ?? 'de-DE', { type: 'conjunction' }).format(items);
}

/**
 * German order of names and titles (the city's own language): one collator, made once, compares far
 * faster than localeCompare(…, 'de') on every call when thousands are sorted.
 */
export const compareGerman = new Intl.Collator('de').compare;

/** Formats a number the way the language expects (1.234,5 / 1,234.5). */
export function formatNumber(lang: Lang, n: number, opts?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, opts).format(n);
}

/** An amount in euros: whole euros as such (250.000 €), with its cents where it has any (120.000,50 €). */
export function formatEuro(lang: Lang, v: string | number | null | undefined): string {
  const n = Number(v ?? 0);
  const digits = Math.round(n * 100) % 100 === 0 ? 0 : 2;
  return formatNumber(lang, n, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A file's size for people: 340 KB, 1,2 MB. */
export function fileSize(lang: string, bytes: number) {
  const nf = numberFormat(lang as Lang, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${nf.format(bytes / 1024 / 1024)} MB`
    : `${nf.format(Math.ceil(bytes / 1024))} KB`;
}

export { ar, de, en, tr };
