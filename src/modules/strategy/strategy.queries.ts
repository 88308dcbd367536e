import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { afterKey, pageRows } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
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
  return db
    .select()
    .from(kpis)
    .where(eq(kpis.tenantId, tenantId))
    .orderBy(asc(byName(kpis.name)));
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

/** KPIs for open data, by id: definition, baseline, target and the latest measurement. */
export function openDataKpis(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return pageRows(
    db,
    sql`
    select k.id, k.key, k.name, k.definition, k.unit, k.method, k.source, k.baseline, k.baseline_year,
           k.target, k.target_year, k.direction, f.key as field_of_action, o.name as owner_office,
           m.value as latest_value, m.measured_on::text as latest_measured_on
    from kpis k
    left join fields_of_action f on f.tenant_id = k.tenant_id and f.id = k.field_of_action_id
    left join org_units o on o.tenant_id = k.tenant_id and o.id = k.owner_org_unit_id
    left join lateral (select value, measured_on from kpi_measurements
                       where tenant_id = k.tenant_id and kpi_id = k.id order by measured_on desc limit 1) m on true
    where k.tenant_id = ${tenantId} and ${afterKey([sql`k.id`], after)}
    order by k.id
    limit ${limit}`,
  );
}

/** Every measurement of every KPI, by KPI key and day. */
export function openDataKpiMeasurements(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return pageRows(
    db,
    sql`
    select k.key as kpi, m.measured_on::text as measured_on, m.value, k.unit, m.note
    from kpi_measurements m
    join kpis k on k.tenant_id = m.tenant_id and k.id = m.kpi_id
    where m.tenant_id = ${tenantId} and ${afterKey([sql`k.key`, sql`m.measured_on::text`], after)}
    order by k.key, m.measured_on::text
    limit ${limit}`,
  );
}
