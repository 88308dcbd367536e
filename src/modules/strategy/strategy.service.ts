import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Deps } from '../../platform/http/types.ts';
import { fieldsOfAction, pillars } from './strategy.table.ts';

/** Pillars with their fields of action, in their set order; for filters, forms and the home page. */
export async function listStrategy(db: DbOrTx, tenantId: string) {
  const ps = await db
    .select()
    .from(pillars)
    .where(eq(pillars.tenantId, tenantId))
    .orderBy(asc(pillars.position));
  const fs = await db
    .select()
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.tenantId, tenantId))
    .orderBy(asc(fieldsOfAction.position));
  return ps.map((p) => ({ ...p, fields: fs.filter((f) => f.pillarId === p.id) }));
}

export async function findFieldOfAction(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(fieldsOfAction)
    .where(and(eq(fieldsOfAction.tenantId, tenantId), eq(fieldsOfAction.id, id)));
  return row;
}

export async function createPillar(
  db: DbOrTx,
  tenantId: string,
  p: { key: string; name: string; description?: string; position: number },
) {
  const [row] = await db
    .insert(pillars)
    .values({ tenantId, ...p })
    .returning();
  return row!;
}

export async function createFieldOfAction(
  db: DbOrTx,
  tenantId: string,
  f: { pillarId: string; key: string; name: string; description?: string; position: number },
) {
  const [row] = await db
    .insert(fieldsOfAction)
    .values({ tenantId, ...f })
    .returning();
  return row!;
}

/** The strategy tree through the tenant cache; every public page reads it. */
export function cachedStrategy(deps: Pick<Deps, 'cache' | 'database'>, tenantId: string) {
  return deps.cache.value(tenantId, 'strategy', () => listStrategy(deps.database.db, tenantId));
}

/** Every field of action as a select option, labelled with its pillar ("Digitale Stadt: Mobilität"). */
export function fieldOptions(strategy: StrategyTree): { value: string; label: string }[] {
  return strategy.flatMap((p) => p.fields.map((f) => ({ value: f.id, label: `${p.name}: ${f.name}` })));
}

export type StrategyTree = Awaited<ReturnType<typeof listStrategy>>;
