import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { workshopProposals, workshops } from './workshops.table.ts';

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
      proposals: sql<number>`(select count(*)::int from ${workshopProposals} wp where wp.tenant_id = workshops.tenant_id and wp.workshop_id = workshops.id)`,
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
    .from(workshopProposals)
    .innerJoin(
      proposals,
      and(eq(proposals.tenantId, workshopProposals.tenantId), eq(proposals.id, workshopProposals.proposalId)),
    )
    .where(and(eq(workshopProposals.tenantId, tenantId), eq(workshopProposals.workshopId, workshopId)))
    .orderBy(proposals.createdAt);
}

export function linkProposal(db: DbOrTx, row: typeof workshopProposals.$inferInsert) {
  return db.insert(workshopProposals).values(row);
}

/** The workshop a proposal came from, if any. */
export function workshopOfProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({ id: workshops.id, title: workshops.title, heldOn: workshops.heldOn })
    .from(workshopProposals)
    .innerJoin(
      workshops,
      and(eq(workshops.tenantId, workshopProposals.tenantId), eq(workshops.id, workshopProposals.workshopId)),
    )
    .where(and(eq(workshopProposals.tenantId, tenantId), eq(workshopProposals.proposalId, proposalId)));
}

/** Ids of the proposals a workshop produced (the moderation queue's filter). */
export async function proposalIdsOf(db: DbOrTx, tenantId: string, workshopId: string) {
  const rows = await db
    .select({ id: workshopProposals.proposalId })
    .from(workshopProposals)
    .where(and(eq(workshopProposals.tenantId, tenantId), eq(workshopProposals.workshopId, workshopId)));
  return rows.map((r) => r.id);
}
