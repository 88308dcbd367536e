import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import {
  charterGuidelines,
  fieldsOfAction,
  goalGuidelines,
  goals,
  kpiMeasurements,
  kpis,
  pillars,
} from './strategy.table.ts';

export function listGoals(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(goals)
    .where(eq(goals.tenantId, tenantId))
    .orderBy(asc(goals.position), asc(goals.createdAt));
}

export function findGoal(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.tenantId, tenantId), eq(goals.id, id)));
}

export function insertGoal(db: DbOrTx, row: typeof goals.$inferInsert) {
  return db.insert(goals).values(row).returning();
}

export function linkGoalGuidelines(db: DbOrTx, rows: (typeof goalGuidelines.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve();
  return db
    .insert(goalGuidelines)
    .values(rows)
    .onConflictDoNothing()
    .then(() => undefined);
}

export function goalGuidelineLinks(db: DbOrTx, tenantId: string) {
  return db.select().from(goalGuidelines).where(eq(goalGuidelines.tenantId, tenantId));
}

export function listGuidelines(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(charterGuidelines)
    .where(eq(charterGuidelines.tenantId, tenantId))
    .orderBy(asc(charterGuidelines.position));
}

export function insertGuidelines(db: DbOrTx, rows: (typeof charterGuidelines.$inferInsert)[]) {
  return db.insert(charterGuidelines).values(rows).onConflictDoNothing();
}

export function listKpis(db: DbOrTx, tenantId: string) {
  return db.select().from(kpis).where(eq(kpis.tenantId, tenantId)).orderBy(asc(kpis.name));
}

export function findKpi(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(kpis)
    .where(and(eq(kpis.tenantId, tenantId), eq(kpis.id, id)));
}

export function findKpiByKey(db: DbOrTx, tenantId: string, key: string) {
  return db
    .select()
    .from(kpis)
    .where(and(eq(kpis.tenantId, tenantId), eq(kpis.key, key)));
}

export function insertKpi(db: DbOrTx, row: typeof kpis.$inferInsert) {
  return db.insert(kpis).values(row).returning();
}

export function measurementsOf(db: DbOrTx, tenantId: string, kpiIds: string[]) {
  if (!kpiIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(kpiMeasurements)
    .where(and(eq(kpiMeasurements.tenantId, tenantId), inArray(kpiMeasurements.kpiId, kpiIds)))
    .orderBy(asc(kpiMeasurements.measuredOn));
}

/** One value per KPI and day: a second entry for the same day corrects the first. */
export function upsertMeasurement(db: DbOrTx, row: typeof kpiMeasurements.$inferInsert) {
  return db
    .insert(kpiMeasurements)
    .values(row)
    .onConflictDoUpdate({
      target: [kpiMeasurements.tenantId, kpiMeasurements.kpiId, kpiMeasurements.measuredOn],
      set: { value: row.value, note: row.note ?? '', createdBy: row.createdBy ?? null },
    })
    .returning();
}

/** Every goal and KPI page, for the sitemap. */
export async function strategyPages(db: DbOrTx, tenantId: string) {
  const [g, k] = await Promise.all([
    db.select({ id: goals.id }).from(goals).where(eq(goals.tenantId, tenantId)).orderBy(asc(goals.id)),
    db.select({ id: kpis.id }).from(kpis).where(eq(kpis.tenantId, tenantId)).orderBy(asc(kpis.id)),
  ]);
  return [
    ...g.map((x) => ({ path: `/strategie/ziele/${x.id}` })),
    ...k.map((x) => ({ path: `/strategie/kennzahlen/${x.id}` })),
  ];
}

/** The texts of the strategy's records of one kind (`ids`: only these), for their translations. */
export async function strategyTexts(
  db: DbOrTx,
  tenantId: string,
  kind: 'pillar' | 'field_of_action' | 'goal' | 'kpi',
  ids?: readonly string[],
): Promise<{ id: string; lang: string; fields: Record<string, string> }[]> {
  const only = <T extends { id: PgColumn }>(t: T) => (ids ? anyUuid(t.id, ids) : undefined);
  const rows =
    kind === 'pillar'
      ? await db
          .select({ id: pillars.id, name: pillars.name, description: pillars.description })
          .from(pillars)
          .where(and(eq(pillars.tenantId, tenantId), only(pillars)))
      : kind === 'field_of_action'
        ? await db
            .select({
              id: fieldsOfAction.id,
              name: fieldsOfAction.name,
              description: fieldsOfAction.description,
            })
            .from(fieldsOfAction)
            .where(and(eq(fieldsOfAction.tenantId, tenantId), only(fieldsOfAction)))
        : kind === 'goal'
          ? await db
              .select({ id: goals.id, title: goals.title, description: goals.description })
              .from(goals)
              .where(and(eq(goals.tenantId, tenantId), only(goals)))
          : await db
              .select({
                id: kpis.id,
                name: kpis.name,
                definition: kpis.definition,
                method: kpis.method,
                unit: kpis.unit,
              })
              .from(kpis)
              .where(and(eq(kpis.tenantId, tenantId), only(kpis)));
  // The strategy is written by the CDO team in the city's language.
  return rows.map(({ id, ...fields }) => ({ id, lang: 'de', fields }));
}
