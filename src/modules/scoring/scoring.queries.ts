import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { type SubjectType, scores, scoringCriteria, scoringModels, scoringWeights } from './scoring.table.ts';

export function criteria(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(scoringCriteria)
    .where(eq(scoringCriteria.tenantId, tenantId))
    .orderBy(asc(scoringCriteria.position));
}

/** Some criteria (`ids`; none: all) with their texts, for translation. */
export function criterionTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({
      id: scoringCriteria.id,
      key: scoringCriteria.key,
      name: scoringCriteria.name,
      description: scoringCriteria.description,
    })
    .from(scoringCriteria)
    .where(and(eq(scoringCriteria.tenantId, tenantId), ids ? anyUuid(scoringCriteria.id, ids) : undefined));
}

export function insertCriteria(db: DbOrTx, rows: (typeof scoringCriteria.$inferInsert)[]) {
  return db.insert(scoringCriteria).values(rows).onConflictDoNothing().returning();
}

export function models(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(scoringModels)
    .where(eq(scoringModels.tenantId, tenantId))
    .orderBy(desc(scoringModels.version));
}

export function insertModel(db: DbOrTx, row: typeof scoringModels.$inferInsert) {
  return db.insert(scoringModels).values(row).returning();
}

export function weightsOf(db: DbOrTx, tenantId: string) {
  return db.select().from(scoringWeights).where(eq(scoringWeights.tenantId, tenantId));
}

export function insertWeights(db: DbOrTx, rows: (typeof scoringWeights.$inferInsert)[]) {
  return db.insert(scoringWeights).values(rows);
}

export function allScores(db: DbOrTx, tenantId: string) {
  return db.select().from(scores).where(eq(scores.tenantId, tenantId));
}

export function scoresOf(db: DbOrTx, tenantId: string, subjectType: SubjectType, subjectId: string) {
  return db
    .select()
    .from(scores)
    .where(
      and(
        eq(scores.tenantId, tenantId),
        eq(scores.subjectType, subjectType),
        eq(scores.subjectId, subjectId),
      ),
    );
}

export function upsertScore(db: DbOrTx, row: typeof scores.$inferInsert) {
  return db
    .insert(scores)
    .values(row)
    .onConflictDoUpdate({
      target: [scores.tenantId, scores.subjectType, scores.subjectId, scores.criterionId],
      set: {
        score: row.score,
        justification: row.justification,
        scoredBy: row.scoredBy,
        scoredAt: new Date(),
      },
    })
    .returning();
}
