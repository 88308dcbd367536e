import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { translationGlossary, translations } from '../../platform/platform.table.ts';

export interface TranslationFilter {
  lang?: Lang | undefined;
  /** Only those a person must look at again (their original changed). */
  review?: boolean | undefined;
  origin?: 'human' | 'machine' | undefined;
  /** Only translations of one kind of record. */
  type?: string | undefined;
}

/** Stored translations for the back office: those to review first, then the newest. */
function filtered(tenantId: string, f: TranslationFilter) {
  const where: SQL[] = [eq(translations.tenantId, tenantId)];
  if (f.lang) where.push(eq(translations.lang, f.lang));
  if (f.review) where.push(eq(translations.needsReview, true));
  if (f.origin) where.push(eq(translations.origin, f.origin));
  if (f.type) where.push(eq(translations.subjectType, f.type));
  return and(...where);
}

/** A page of the translations the filter keeps: those to look at again first, then the newest. */
export function listTranslations(
  db: DbOrTx,
  tenantId: string,
  f: TranslationFilter,
  page: { limit: number; offset: number },
) {
  return db
    .select()
    .from(translations)
    .where(filtered(tenantId, f))
    .orderBy(
      desc(translations.needsReview),
      desc(translations.translatedAt),
      asc(translations.subjectType),
      asc(translations.subjectId),
      asc(translations.field),
      asc(translations.lang),
    )
    .limit(page.limit)
    .offset(page.offset);
}

export async function countTranslations(db: DbOrTx, tenantId: string, f: TranslationFilter) {
  const [row] = await db.select({ n: count() }).from(translations).where(filtered(tenantId, f));
  return row?.n ?? 0;
}

export function findTranslation(
  db: DbOrTx,
  tenantId: string,
  key: { type: string; id: string; field: string; lang: Lang },
) {
  return db
    .select()
    .from(translations)
    .where(
      and(
        eq(translations.tenantId, tenantId),
        eq(translations.subjectType, key.type),
        eq(translations.subjectId, key.id),
        eq(translations.field, key.field),
        eq(translations.lang, key.lang),
      ),
    );
}

export function upsertTranslation(db: DbOrTx, values: typeof translations.$inferInsert) {
  return db
    .insert(translations)
    .values(values)
    .onConflictDoUpdate({
      target: [
        translations.tenantId,
        translations.subjectType,
        translations.subjectId,
        translations.field,
        translations.lang,
      ],
      set: {
        text: values.text,
        sourceLang: values.sourceLang,
        sourceHash: values.sourceHash,
        origin: values.origin,
        translatedBy: values.translatedBy ?? null,
        translatedAt: values.translatedAt ?? new Date(),
        reviewedBy: values.reviewedBy ?? null,
        reviewedAt: values.reviewedAt ?? null,
        needsReview: false,
      },
    })
    .returning();
}

export function listGlossary(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(translationGlossary)
    .where(eq(translationGlossary.tenantId, tenantId))
    .orderBy(asc(translationGlossary.lang), asc(translationGlossary.term));
}

export function insertGlossaryEntry(db: DbOrTx, values: typeof translationGlossary.$inferInsert) {
  return db.insert(translationGlossary).values(values).returning();
}

export function deleteGlossaryEntry(db: DbOrTx, tenantId: string, id: string) {
  return db
    .delete(translationGlossary)
    .where(and(eq(translationGlossary.tenantId, tenantId), eq(translationGlossary.id, id)))
    .returning();
}
