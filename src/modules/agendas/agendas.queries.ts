import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { agendaItems, agendas, agendaVersions } from './agendas.table.ts';

export function listAgendas(db: DbOrTx, tenantId: string) {
  return db.select().from(agendas).where(eq(agendas.tenantId, tenantId)).orderBy(desc(agendas.year));
}

export function findByYear(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select()
    .from(agendas)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.year, year)));
}

export function insertAgenda(db: DbOrTx, row: typeof agendas.$inferInsert) {
  return db.insert(agendas).values(row).returning();
}

export function updateAgenda(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof agendas.$inferInsert>,
) {
  return db
    .update(agendas)
    .set(patch)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.id, id)))
    .returning();
}

export function versionsOf(db: DbOrTx, tenantId: string, agendaId: string) {
  return db
    .select()
    .from(agendaVersions)
    .where(and(eq(agendaVersions.tenantId, tenantId), eq(agendaVersions.agendaId, agendaId)))
    .orderBy(desc(agendaVersions.version));
}

export function insertVersion(db: DbOrTx, row: typeof agendaVersions.$inferInsert) {
  return db.insert(agendaVersions).values(row).returning();
}

export function insertItems(db: DbOrTx, rows: (typeof agendaItems.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve();
  return db
    .insert(agendaItems)
    .values(rows)
    .then(() => undefined);
}

export function itemsOf(db: DbOrTx, tenantId: string, versionId: string) {
  return db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.versionId, versionId)))
    .orderBy(asc(agendaItems.position));
}

/** The adopted agendas' pages, for the sitemap. */
export function adoptedAgendaYears(db: DbOrTx, tenantId: string) {
  return db
    .select({ year: agendas.year, modified: agendas.submittedAt })
    .from(agendas)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.state, 'adopted')))
    .orderBy(desc(agendas.year));
}

/** The texts of the adopted versions (`ids`: only these), the only ones the public sees, for translation. */
export function adoptedVersionTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: agendaVersions.id, title: agendaVersions.title, introduction: agendaVersions.introduction })
    .from(agendaVersions)
    .innerJoin(
      agendas,
      and(
        eq(agendas.tenantId, agendaVersions.tenantId),
        eq(agendas.id, agendaVersions.agendaId),
        eq(agendas.adoptedVersion, agendaVersions.version),
      ),
    )
    .where(
      and(
        eq(agendaVersions.tenantId, tenantId),
        eq(agendas.state, 'adopted'),
        ids ? anyUuid(agendaVersions.id, ids) : undefined,
      ),
    );
}
