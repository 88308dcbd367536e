import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { proposals, workshops } from './proposals.table.ts';

export function insertWorkshop(db: DbOrTx, row: typeof workshops.$inferInsert) {
  return db.insert(workshops).values(row).returning();
}

/** Workshops, newest first, with how many proposals each produced. */
export function listWithCounts(db: DbOrTx, tenantId: string) {
  return db
    .select({
      id: workshops.id,
      title: workshops.title,
      heldOn: workshops.heldOn,
      place: workshops.place,
      organiser: workshops.organiser,
      participants: workshops.participants,
      proposals: sql<number>`(select count(*)::int from ${proposals} p where p.tenant_id = ${workshops.tenantId} and p.workshop_id = ${workshops.id})`,
    })
    .from(workshops)
    .where(eq(workshops.tenantId, tenantId))
    .orderBy(desc(workshops.heldOn));
}

export function findWorkshop(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(workshops)
    .where(and(eq(workshops.tenantId, tenantId), eq(workshops.id, id)));
}

export function proposalsOf(db: DbOrTx, tenantId: string, workshopId: string) {
  return db
    .select({ id: proposals.id, number: proposals.number, title: proposals.title, state: proposals.state })
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.workshopId, workshopId)))
    .orderBy(proposals.createdAt);
}
