import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { recordEvent } from '../events.ts';
import { isLang, type Lang } from '../i18n/langs.ts';
import {
  translationGlossary,
  translationGlossarySync,
  translations,
  translationUsage,
} from '../platform.table.ts';
import { type MachineTranslator, type StopReason, TranslationStopped } from './providers.ts';

/**
 * A kind of record whose texts are translated (declared in its module's manifest): which fields, after
 * which events, and how to read the current originals of its public records.
 */
export interface TranslatableSubject {
  /** The record type, as the link table names it (`proposal`, `project`). */
  type: string;
  /** Message key (in the declaring module's namespace) naming the kind of record in the back office. */
  label: string;
  fields: readonly string[];
  /**
   * Events whose subject may read differently afterwards (published, edited): it is translated again.
   * A `content.changed` event (recordContentChanged) naming this type always counts too.
   */
  events?: readonly string[];
  /** The public records' current texts and their language (`ids`: only these; none: all). */
  originals(db: DbOrTx, tenantId: string, ids?: readonly string[]): Promise<Original[]>;
}

export interface Original {
  id: string;
  /** ISO 639-1 language of the texts; `und` (undetermined) is read as the city's language. */
  lang: string;
  fields: Readonly<Record<string, string | null>>;
}

/** The event a module records when a translatable record was published or its text changed. */
export const CONTENT_CHANGED = 'content.changed';

/**
 * Records in the caller's transaction that a translatable record's texts may read differently now, so
 * its translations are made again after the commit (the translations module consumes the event).
 */
export function recordContentChanged(
  tx: DbOrTx,
  e: { tenantId: string; type: string; id: string; actorAccountId?: string | null | undefined },
) {
  return recordEvent(tx, {
    tenantId: e.tenantId,
    type: CONTENT_CHANGED,
    subjectType: e.type,
    subjectId: e.id,
    payload: {},
    actorAccountId: e.actorAccountId,
  });
}

/** The SHA-256 of an original text: a translation made from another text is out of date. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A text as a page shows it: in the reader's language where a current translation exists, else the original. */
export interface ShownText {
  text: string;
  /** The language the shown text is in (for `lang` on the page). */
  lang: string;
  /** Made by a machine and not yet reviewed by a person: the page says so and links the original. */
  machine: boolean;
  provider: string | null;
  /** The original, when a translation is shown. */
  original: { text: string; lang: string } | null;
}

/**
 * Several texts under one note (a title and its body): as a translation if any of them is one, and
 * machine-made if any translated one still is.
 */
export function jointly(...texts: ShownText[]): ShownText {
  const translated = texts.filter((s) => s.original);
  const first = translated[0] ?? texts.find((s) => s.text) ?? texts[0]!;
  return { ...first, machine: translated.some((s) => s.machine) };
}

/** Where a shown text comes from: as written, machine-translated and not reviewed, or by (or reviewed by) a person. */
export function textOrigin(s: ShownText): 'original' | 'machine' | 'human' {
  return !s.original ? 'original' : s.machine ? 'machine' : 'human';
}

type TranslationRow = typeof translations.$inferSelect;

/**
 * What a page shows for one original text in the reader's language: a translation made from exactly
 * this original (its hash), else the original itself, marked with its language.
 */
export function shownText(
  original: string,
  originalLang: string,
  row: TranslationRow | undefined,
  lang: Lang,
): ShownText {
  const from = normaliseLang(originalLang);
  if (from === lang || !row || row.sourceHash !== sourceHash(original))
    return { text: original, lang: from, machine: false, provider: null, original: null };
  return {
    text: row.text,
    lang,
    machine: row.origin === 'machine' && !row.reviewedAt,
    provider: row.provider,
    original: { text: original, lang: from },
  };
}

/** The texts of some records of one type, by id: what `translationLookup` is asked for. */
export interface TextGroup {
  type: string;
  /** Only records whose original is in another language than the reader's need a look-up. */
  records: readonly { id: string; lang?: string | null | undefined }[];
}

/** What a page knows about the stored translations of its texts into the reader's language. */
export interface TranslationLookup {
  /** One original text as the reader sees it. */
  shown(type: string, id: string, field: string, original: string, originalLang?: string | null): ShownText;
  /** Records with some text fields: each named field becomes a `ShownText` under `shown`. */
  records<R extends { id: string }, F extends keyof R & string>(
    type: string,
    records: readonly R[],
    fields: readonly F[],
    langOf?: (r: R) => string | null | undefined,
  ): (R & { shown: Record<F, ShownText> })[];
}

/**
 * The translations of every text a page shows, in one query whatever the number of record types and
 * records; none when the reader reads the city's language or asked for the originals (`?original=1`).
 */
export async function translationLookup(
  db: DbOrTx,
  tenantId: string,
  lang: Lang,
  groups: readonly TextGroup[],
  opts: { original?: boolean } = {},
): Promise<TranslationLookup> {
  const wanted = opts.original
    ? []
    : groups.flatMap((g) =>
        g.records.filter((r) => normaliseLang(r.lang) !== lang).map((r) => ({ type: g.type, id: r.id })),
      );
  const stored = new Map<string, TranslationRow>();
  if (wanted.length) {
    const rows = await db
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.tenantId, tenantId),
          eq(translations.lang, lang),
          inArray(translations.subjectType, [...new Set(wanted.map((w) => w.type))]),
          anyUuid(translations.subjectId, [...new Set(wanted.map((w) => w.id))]),
        ),
      );
    for (const r of rows) stored.set(`${r.subjectType}|${r.subjectId}|${r.field}`, r);
  }
  const shown: TranslationLookup['shown'] = (type, id, field, original, originalLang) =>
    shownText(original, originalLang ?? 'de', stored.get(`${type}|${id}|${field}`), lang);
  return {
    shown,
    records: (type, records, fields, langOf = () => 'de') =>
      records.map((r) => {
        const out = {} as Record<(typeof fields)[number], ShownText>;
        for (const f of fields) out[f] = shown(type, r.id, f, String(r[f] ?? ''), langOf(r));
        return { ...r, shown: out };
      }),
  };
}

/**
 * Records of one type with some text fields, in the reader's language: each named field becomes a
 * `ShownText`. One query per call, whatever the number of records.
 */
export async function translateRecords<R extends { id: string }, F extends keyof R & string>(
  db: DbOrTx,
  tenantId: string,
  type: string,
  records: readonly R[],
  fields: readonly F[],
  lang: Lang,
  langOf: (r: R) => string = () => 'de',
  opts: { original?: boolean } = {},
): Promise<(R & { shown: Record<F, ShownText> })[]> {
  const lookup = await translationLookup(
    db,
    tenantId,
    lang,
    [{ type, records: records.map((r) => ({ id: r.id, lang: langOf(r) })) }],
    opts,
  );
  return lookup.records(type, records, fields, langOf);
}

/** A detected language the city cannot name (`und`, empty) is the city's own. */
export function normaliseLang(lang: string | null | undefined): string {
  return !lang || lang === 'und' ? 'de' : lang;
}

/** The calendar month a translation's characters count against (UTC; budgets are monthly). */
function monthOf(d: Date): string {
  return `${d.toISOString().slice(0, 7)}-01`;
}

export interface TranslationSettings {
  translator: MachineTranslator | undefined;
  /** The languages content is translated into. */
  languages: readonly Lang[];
  monthlyCharacters: number;
  logger: Logger;
  /**
   * The provider's copy of the tenant's glossary for German into `to`, made or renewed when the entries
   * changed (DeepL); none for other source languages or providers without glossaries.
   */
  glossaryId?: (tenantId: string, from: string, to: Lang) => Promise<string | undefined>;
}

export interface TranslationRun {
  translated: number;
  /** Human or reviewed translations whose original changed: kept, flagged for review. */
  flagged: number;
  characters: number;
  /** Set when the run stopped (budget, provider quota, refused key): nothing more is sent this month. */
  stopped?: StopReason;
  /** This run made the pause (rather than finding it): the administration is told once. */
  stoppedNow?: boolean;
  failed: number;
}

/** This month's use of the provider by a tenant, and whether translation is paused. */
export async function translationUsageOf(db: DbOrTx, tenantId: string, provider: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(translationUsage)
    .where(
      and(
        eq(translationUsage.tenantId, tenantId),
        eq(translationUsage.provider, provider as 'deepl'),
        eq(translationUsage.month, monthOf(now)),
      ),
    );
  return row;
}

async function recordStop(
  db: DbOrTx,
  tenantId: string,
  provider: 'deepl' | 'libretranslate',
  reason: StopReason,
) {
  await db
    .insert(translationUsage)
    .values({ tenantId, provider, month: monthOf(new Date()), stoppedAt: new Date(), stopReason: reason })
    .onConflictDoUpdate({
      target: [translationUsage.tenantId, translationUsage.provider, translationUsage.month],
      set: { stoppedAt: new Date(), stopReason: reason },
    });
}

/**
 * Brings the translations of some records up to date: every field in every configured language other
 * than the original's. A machine translation made from an older original is made again; a person's (or a
 * reviewed one) is kept and flagged for review. Characters count against the tenant's monthly budget,
 * checked before each request: when it would be exceeded, or the provider's quota is spent, the run
 * stops and the pause is recorded for the administration. Nothing here runs while a page is shown.
 */
export async function translateSubject(
  db: DbOrTx,
  settings: TranslationSettings,
  tenantId: string,
  subject: TranslatableSubject,
  opts: {
    ids?: readonly string[];
    languages?: readonly Lang[];
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<TranslationRun> {
  const run: TranslationRun = { translated: 0, flagged: 0, characters: 0, failed: 0 };
  const languages = (opts.languages ?? settings.languages).filter(isLang);
  const originals = await subject.originals(db, tenantId, opts.ids);
  if (!originals.length || !languages.length) return run;
  const existing = await db
    .select()
    .from(translations)
    .where(
      and(
        eq(translations.tenantId, tenantId),
        eq(translations.subjectType, subject.type),
        anyUuid(
          translations.subjectId,
          originals.map((o) => o.id),
        ),
      ),
    );
  const byKey = new Map(existing.map((r) => [`${r.subjectId}|${r.field}|${r.lang}`, r]));
  // What needs a machine, grouped by language pair; what a person made and is now out of date, flagged.
  const work = new Map<
    string,
    { from: string; to: Lang; items: { id: string; field: string; text: string; hash: string }[] }
  >();
  const toFlag: TranslationRow[] = [];
  for (const o of originals) {
    const from = normaliseLang(o.lang);
    for (const field of subject.fields) {
      const text = o.fields[field];
      if (!text?.trim()) continue;
      const hash = sourceHash(text);
      for (const to of languages) {
        if (to === from) continue;
        const row = byKey.get(`${o.id}|${field}|${to}`);
        if (row?.sourceHash === hash) continue;
        if (row && (row.origin === 'human' || row.reviewedAt)) {
          if (!row.needsReview) toFlag.push(row);
          continue;
        }
        const key = `${from}>${to}`;
        const group = work.get(key) ?? { from, to, items: [] };
        work.set(key, group);
        group.items.push({ id: o.id, field, text, hash });
      }
    }
  }
  for (const row of toFlag)
    await db
      .update(translations)
      .set({ needsReview: true })
      .where(
        and(
          eq(translations.tenantId, tenantId),
          eq(translations.subjectType, row.subjectType),
          eq(translations.subjectId, row.subjectId),
          eq(translations.field, row.field),
          eq(translations.lang, row.lang),
        ),
      );
  run.flagged = toFlag.length;
  const translator = settings.translator;
  if (!translator) return run;
  const total = [...work.values()].reduce((n, g) => n + g.items.length, 0);
  let done = 0;
  const usage = await translationUsageOf(db, tenantId, translator.provider);
  if (usage?.stoppedAt && total) {
    run.stopped = usage.stopReason ?? 'budget';
    return run;
  }
  let used = usage?.characters ?? 0;
  for (const group of work.values()) {
    let glossaryId: string | undefined;
    try {
      glossaryId = await settings.glossaryId?.(tenantId, group.from, group.to);
    } catch (err) {
      // Without the glossary the texts are still translated; the next run tries the glossary again.
      settings.logger.error({ err, tenantId, to: group.to }, 'glossary sync failed');
    }
    for (const batch of batches(group.items, translator.batch)) {
      const characters = batch.reduce((n, i) => n + i.text.length, 0);
      if (used + characters > settings.monthlyCharacters) {
        await recordStop(db, tenantId, translator.provider, 'budget');
        settings.logger.warn(
          { tenantId, used, budget: settings.monthlyCharacters },
          'translation budget spent',
        );
        run.stopped = 'budget';
        run.stoppedNow = true;
        return run;
      }
      let result: Awaited<ReturnType<MachineTranslator['translate']>>;
      try {
        result = await translator.translate(
          batch.map((i) => i.text),
          group.from,
          group.to,
          { glossaryId },
        );
      } catch (err) {
        if (err instanceof TranslationStopped) {
          await recordStop(db, tenantId, translator.provider, err.reason);
          settings.logger.warn({ tenantId, reason: err.reason, err: err.message }, 'translation stopped');
          run.stopped = err.reason;
          run.stoppedNow = true;
          return run;
        }
        // One language pair the provider cannot do (or a passing failure) does not stop the others.
        settings.logger.error({ err, tenantId, from: group.from, to: group.to }, 'translation failed');
        run.failed += batch.length;
        done += batch.length;
        continue;
      }
      used += characters;
      run.characters += characters;
      await db.transaction(async (tx) => {
        await tx
          .insert(translations)
          .values(
            batch.map((item, i) => ({
              tenantId,
              subjectType: subject.type,
              subjectId: item.id,
              field: item.field,
              lang: group.to,
              text: result.texts[i]!,
              sourceLang: group.from,
              sourceHash: item.hash,
              origin: 'machine' as const,
              provider: translator.provider,
              model: result.model,
              translatedAt: new Date(),
            })),
          )
          .onConflictDoUpdate({
            target: [
              translations.tenantId,
              translations.subjectType,
              translations.subjectId,
              translations.field,
              translations.lang,
            ],
            set: {
              text: sql`excluded.text`,
              sourceLang: sql`excluded.source_lang`,
              sourceHash: sql`excluded.source_hash`,
              origin: sql`excluded.origin`,
              provider: sql`excluded.provider`,
              model: sql`excluded.model`,
              translatedAt: sql`excluded.translated_at`,
              translatedBy: null,
              reviewedBy: null,
              reviewedAt: null,
              needsReview: false,
            },
          });
        await tx
          .insert(translationUsage)
          .values({ tenantId, provider: translator.provider, month: monthOf(new Date()), characters })
          .onConflictDoUpdate({
            target: [translationUsage.tenantId, translationUsage.provider, translationUsage.month],
            set: { characters: sql`${translationUsage.characters} + ${characters}` },
          });
      });
      run.translated += batch.length;
      done += batch.length;
      opts.onProgress?.(done, total);
    }
  }
  return run;
}

/** Splits work into requests a provider accepts (so many texts, so many characters). */
function batches<T extends { text: string }>(
  items: readonly T[],
  limit: { texts: number; characters: number },
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (current.length && (current.length >= limit.texts || chars + item.text.length > limit.characters)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += item.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/** The tenant's glossary for one target language, as the provider receives it. */
export function glossaryEntries(db: DbOrTx, tenantId: string, lang: Lang) {
  return db
    .select({ term: translationGlossary.term, translation: translationGlossary.translation })
    .from(translationGlossary)
    .where(and(eq(translationGlossary.tenantId, tenantId), eq(translationGlossary.lang, lang)))
    .orderBy(translationGlossary.term);
}

/** Lifts this month's pause (after the budget was raised or the provider's account topped up). */
export async function resumeTranslation(db: DbOrTx, tenantId: string, provider: 'deepl' | 'libretranslate') {
  return db
    .update(translationUsage)
    .set({ stoppedAt: null, stopReason: null })
    .where(
      and(
        eq(translationUsage.tenantId, tenantId),
        eq(translationUsage.provider, provider),
        eq(translationUsage.month, monthOf(new Date())),
      ),
    )
    .returning();
}

/**
 * Keeps the provider's glossary for German into `to` equal to the tenant's entries: a new one is made
 * when they changed (DeepL glossaries cannot be edited), the old one deleted; none without entries.
 */
export async function syncGlossary(
  db: DbOrTx,
  translator: MachineTranslator,
  tenantId: string,
  from: string,
  to: Lang,
): Promise<string | undefined> {
  if (from !== 'de' || !translator.createGlossary) return undefined;
  const entries = await glossaryEntries(db, tenantId, to);
  const hash = sourceHash(JSON.stringify(entries));
  const [current] = await db
    .select()
    .from(translationGlossarySync)
    .where(
      and(
        eq(translationGlossarySync.tenantId, tenantId),
        eq(translationGlossarySync.provider, translator.provider),
        eq(translationGlossarySync.lang, to),
      ),
    );
  if (current?.entriesHash === hash) return current.glossaryId || undefined;
  const glossaryId = entries.length
    ? await translator.createGlossary(`rathaus-${tenantId}-${to}`, from, to, entries)
    : '';
  if (current?.glossaryId) await translator.deleteGlossary?.(current.glossaryId);
  await db
    .insert(translationGlossarySync)
    .values({ tenantId, provider: translator.provider, lang: to, glossaryId, entriesHash: hash })
    .onConflictDoUpdate({
      target: [
        translationGlossarySync.tenantId,
        translationGlossarySync.provider,
        translationGlossarySync.lang,
      ],
      set: { glossaryId, entriesHash: hash, syncedAt: new Date() },
    });
  return glossaryId || undefined;
}
