import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import {
  ar,
  de,
  en,
  isMessageKey,
  LANGS,
  type MessageTree,
  messageTemplates,
  slowTranslator,
  tr,
  translator,
} from '../src/platform/i18n/i18n.ts';

/** Every text's key of a message tree (lists of paragraphs are one key). */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory()
      ? sources(p)
      : /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !/\.messages(\.[a-z]{2})?\.ts$/.test(name)
        ? [p]
        : [];
  });
}

/** The platform's shared words and each module's own messages, as their owners declare them. */
const catalogues: ({ owner: string } & Record<(typeof LANGS)[number], MessageTree>)[] = [
  { owner: 'platform', de, en, tr, ar },
  ...MODULES.flatMap((m) => (m.messages ? [{ owner: m.name, ...m.messages }] : [])),
];

/** A message's text (lists of paragraphs joined) under a dotted key. */
function textAt(tree: unknown, key: string): string {
  const v = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);
  return Array.isArray(v) ? v.join('\n') : String(v);
}
const withoutPlural = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('messages', () => {
  it('has every key in every language, with the same placeholders, for the platform and every module', () => {
    expect(LANGS).toEqual(['de', 'en', 'tr', 'ar']);
    const counts: Record<string, number> = {};
    for (const c of catalogues) {
      const deKeys = keys(c.de);
      for (const lang of LANGS) {
        const langKeys = keys(c[lang]);
        counts[lang] = (counts[lang] ?? 0) + langKeys.length;
        expect(
          langKeys.filter((k) => !deKeys.includes(k)),
          `${c.owner} ${lang}: keys German does not have`,
        ).toEqual([]);
        expect(
          deKeys.filter((k) => !langKeys.includes(k)),
          `${c.owner} ${lang}: keys missing`,
        ).toEqual([]);
        // A text for exactly one may say "once" instead of the count.
        const placeholders = (text: string, key: string) =>
          [...text.matchAll(/\{\{\s*(\w+)/g)]
            .map((m) => m[1])
            .filter((p) => !(p === 'count' && key.endsWith('_one')))
            .sort()
            .join();
        const wrong = deKeys.filter(
          (k) => placeholders(textAt(c.de, k), k) !== placeholders(textAt(c[lang], k), k),
        );
        expect(wrong, `${c.owner} ${lang}: placeholders differ from German`).toEqual([]);
        const empty = langKeys.filter((k) => textAt(c[lang], k).trim() === '');
        expect(empty, `${c.owner} ${lang}: empty texts`).toEqual([]);
      }
    }
    console.info(`messages per language: ${JSON.stringify(counts)}`);
  });

  it('reads plural forms in every language, Arabic’s six included', () => {
    const ar = translator('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => ar('pagination.beyond', { count }));
    for (const f of forms) expect(f).not.toContain('pagination.');
  });

  it('writes a count formatted as a number in the language’s grouping (walk: "2649 Vorschläge gefunden")', () => {
    expect(translator('de')('proposals.count', { count: 2649 })).toBe('2.649 Vorschläge gefunden');
    expect(translator('en')('proposals.count', { count: 2649 })).toBe('2,649 proposals found');
    expect(translator('de')('proposals.count', { count: 1 })).toBe('1 Vorschlag gefunden');
  });

  it('puts texts with values together exactly as i18next does, for every message in every language', () => {
    let compared = 0;
    for (const lang of LANGS) {
      const fast = translator(lang);
      const slow = slowTranslator(lang);
      // The names of all plural forms of a text together (one form may leave a value out).
      const bases = new Map<string, { plural: boolean; names: Set<string> }>();
      for (const { key, names } of messageTemplates(lang)) {
        const base = withoutPlural(key);
        const entry = bases.get(base) ?? { plural: false, names: new Set<string>() };
        entry.plural ||= base !== key;
        for (const n of names) entry.names.add(n);
        bases.set(base, entry);
      }
      for (const [base, { plural, names: set }] of bases) {
        const names = [...set];
        // Names with a space, a bracket, a right-to-left text and an empty string; counts in every form.
        const texts = ['Amt 33 (Bürgeramt)', 'مكتب', ''];
        for (const [i, text] of texts.entries()) {
          const counts =
            plural || names.includes('count') ? [0, 1, 2, 3, 5, 11, 100, 1.5, 2649] : [undefined];
          for (const count of counts) {
            const values: Record<string, unknown> = {};
            for (const name of names) values[name] = name === 'count' ? count : `${text}${i}`;
            if (count !== undefined) values.count = count;
            if (names.length === 0 && !plural) values.unused = 'x';
            const k = base as Parameters<typeof fast>[0];
            expect(fast(k, values), `${lang} ${base} ${JSON.stringify(values)}`).toBe(slow(k, values));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
    // A value that is missing still fails under test, as i18next's way does.
    expect(() => translator('en')('validation.tooShort', { max: 3 })).toThrow(/No value for \{\{min\}\}/);
  });

  it('gives each text one owner, and keeps the platform to shared words', () => {
    const owners = new Map<string, string[]>();
    for (const c of catalogues)
      for (const k of keys(c.de)) owners.set(k, [...(owners.get(k) ?? []), c.owner]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
    const platformNamespaces = new Set(keys(de).map((k) => k.split('.')[0]));
    expect([...platformNamespaces].sort()).toEqual(
      [
        'confirm',
        'consent',
        'error',
        'footer',
        'form',
        'layout',
        'list',
        'mail',
        'nav',
        'notice',
        'pagination',
        'status',
        'translation',
        'validation',
      ].sort(),
    );
  });

  it('names a message with every text the code refers to (schemas, stored keys, templates)', () => {
    // Event types and audit actions look like keys but are vocabularies of their own.
    const eventTypes = new Set(
      MODULES.flatMap((m) => [
        ...(m.events?.handle ?? []).map((h) => h.on),
        ...(m.events?.consume ?? []).flatMap((c) => c.on),
      ]),
    );
    const missing: string[] = [];
    const namespaces = new Set(catalogues.flatMap((c) => keys(c.de).map((k) => k.split('.')[0]!)));
    for (const file of sources(path.resolve(import.meta.dirname, '../src'))) {
      if (file.endsWith('.events.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)) {
        const k = m[1]!;
        const before = text.slice(Math.max(0, m.index - 120), m.index);
        const auditAction = /(action: [^,;]*|audit\([^;]*,\s*)$/.test(before);
        if (
          namespaces.has(k.split('.')[0]!) &&
          !isMessageKey(k) &&
          !eventTypes.has(k) &&
          !auditAction &&
          !/\.(ts|tsx|js|css|json|csv)$/.test(k)
        )
          missing.push(`${path.basename(file)}: ${k}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never lets a placeholder without its value through (it fails under test, and is left out live)', () => {
    expect(() => translator('de')('validation.tooShort')).toThrow(/No value for \{\{min\}\}/);
    expect(translator('de')('validation.tooShort', { min: 3 })).toBe(
      'Bitte geben Sie mindestens 3 Zeichen ein.',
    );
  });

  it('uses every message it keeps', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sources(path.resolve(import.meta.dirname, '../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)) used.add(m[1]!);
      for (const m of text.matchAll(/`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\.)\$\{/g)) prefixes.add(m[1]!);
    }
    const unused = catalogues.flatMap((c) =>
      keys(c.de)
        .map(withoutPlural)
        .filter((k) => {
          if (used.has(k) || [...prefixes].some((p) => k.startsWith(p))) return false;
          // A key naming a whole subtree (paragraphs read with returnObjects).
          return ![...used].some((u) => k.startsWith(`${u}.`));
        })
        .map((k) => `${c.owner}: ${k}`),
    );
    expect(unused).toEqual([]);
  });

  it('has every state, phase, status and author kind the domain knows, in every language', async () => {
    const { AUTHOR_KINDS } = await import('../src/modules/proposals/proposals.table.ts');
    const { PROJECT_PHASES } = await import('../src/modules/projects/projects.table.ts');
    const { STATUSES, REPORT_STATES } = await import('../src/modules/reviews/reviews.table.ts');
    const { IDEA_STATES } = await import('../src/modules/ideas/ideas.table.ts');
    const expected = [
      ...AUTHOR_KINDS.map((k) => `authorKind.${k}`),
      ...PROJECT_PHASES.map((k) => `phase.${k}`),
      ...STATUSES.map((k) => `status.${k}`),
      ...REPORT_STATES.map((k) => `reportState.${k}`),
      ...IDEA_STATES.map((k) => `ideaState.${k}`),
    ];
    expect(expected.filter((k) => !isMessageKey(k))).toEqual([]);
    for (const lang of LANGS) {
      const t = translator(lang);
      for (const k of expected) if (isMessageKey(k)) expect(t(k), `${lang} ${k}`).not.toBe(k);
    }
  });
});
