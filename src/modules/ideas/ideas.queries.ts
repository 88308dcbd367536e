import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { ideaProposals, ideas } from './ideas.table.ts';

export function insertIdea(db: DbOrTx, values: typeof ideas.$inferInsert) {
  return db.insert(ideas).values(values).returning();
}

export function linkProposals(db: DbOrTx, rows: (typeof ideaProposals.$inferInsert)[]) {
  return db.insert(ideaProposals).values(rows);
}

export function setIdeaState(
  db: DbOrTx,
  tenantId: string,
  id: string,
  state: (typeof ideas.$inferSelect)['state'],
) {
  return db
    .update(ideas)
    .set({ state })
    .where(and(eq(ideas.tenantId, tenantId), eq(ideas.id, id)))
    .returning();
}

/** Ideas with the number of proposals each condenses, newest first. */
export function listWithCounts(db: DbOrTx, tenantId: string) {
  return db
    .select({
      id: ideas.id,
      number: ideas.number,
      title: ideas.title,
      state: ideas.state,
      createdAt: ideas.createdAt,
      proposalCount: sql<number>`(select count(*)::int from ${ideaProposals} ip where ip.tenant_id = ${ideas.tenantId} and ip.idea_id = ${ideas.id})`,
    })
    .from(ideas)
    .where(eq(ideas.tenantId, tenantId))
    .orderBy(desc(ideas.createdAt));
}

export function findIdea(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tenantId, tenantId), eq(ideas.id, id)));
}

export function proposalIdsOf(db: DbOrTx, tenantId: string, ideaId: string) {
  return db
    .select({ id: ideaProposals.proposalId })
    .from(ideaProposals)
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.ideaId, ideaId)));
}

export function ideasOf(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({ id: ideas.id, number: ideas.number, title: ideas.title, linkedAt: ideaProposals.linkedAt })
    .from(ideaProposals)
    .innerJoin(ideas, and(eq(ideas.tenantId, ideaProposals.tenantId), eq(ideas.id, ideaProposals.ideaId)))
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.proposalId, proposalId)));
}
