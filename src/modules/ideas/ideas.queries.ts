import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { afterKey } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { ideaProposals, ideas } from './ideas.table.ts';

export function insertIdea(db: DbOrTx, values: typeof ideas.$inferInsert) {
  return db.insert(ideas).values(values).returning();
}

/** Links proposals to an idea; a link that was undone before is taken up again. */
export function linkProposals(db: DbOrTx, rows: (typeof ideaProposals.$inferInsert)[]) {
  return db
    .insert(ideaProposals)
    .values(rows)
    .onConflictDoUpdate({
      target: [ideaProposals.tenantId, ideaProposals.ideaId, ideaProposals.proposalId],
      set: {
        linkedAt: sql`now()`,
        linkedBy: sql`excluded.linked_by`,
        unlinkedAt: null,
        unlinkedBy: null,
      },
    });
}

const active = isNull(ideaProposals.unlinkedAt);

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
      proposalCount: sql<number>`(select count(*)::int from ${ideaProposals} ip where ip.tenant_id = ideas.tenant_id and ip.idea_id = ideas.id and ip.unlinked_at is null)`,
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
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.ideaId, ideaId), active));
}

export function ideasOf(db: DbOrTx, tenantId: string, proposalId: string, ended = false) {
  return db
    .select({
      id: ideas.id,
      number: ideas.number,
      title: ideas.title,
      linkedAt: ideaProposals.linkedAt,
      unlinkedAt: ideaProposals.unlinkedAt,
    })
    .from(ideaProposals)
    .innerJoin(ideas, and(eq(ideas.tenantId, ideaProposals.tenantId), eq(ideas.id, ideaProposals.ideaId)))
    .where(
      and(
        eq(ideaProposals.tenantId, tenantId),
        eq(ideaProposals.proposalId, proposalId),
        ended ? isNotNull(ideaProposals.unlinkedAt) : active,
      ),
    );
}

/** Ideas for open data with their proposals' numbers, oldest first. */
export function openDataPage(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return db.execute<Record<string, unknown>>(sql`
    select i.id, i.number, i.title, i.description, f.key as field_of_action, i.state, i.created_at,
           (select count(*)::int from idea_proposals ip
             where ip.tenant_id = i.tenant_id and ip.idea_id = i.id and ip.unlinked_at is null) as proposal_count,
           coalesce((select string_agg(p.number, ';' order by p.number) from idea_proposals ip
                     join proposals p on p.tenant_id = ip.tenant_id and p.id = ip.proposal_id
                     where ip.tenant_id = i.tenant_id and ip.idea_id = i.id and ip.unlinked_at is null), '')
             as proposals
    from ${ideas} i
    left join fields_of_action f on f.tenant_id = i.tenant_id and f.id = i.field_of_action_id
    where i.tenant_id = ${tenantId} and ${afterKey([sql`i.id`], after)}
    order by i.id
    limit ${limit}`);
}

/** Ends a link (the row stays, with who ended it and when). */
export function unlinkProposal(db: DbOrTx, tenantId: string, ideaId: string, proposalId: string, by: string) {
  return db
    .update(ideaProposals)
    .set({ unlinkedAt: new Date(), unlinkedBy: by })
    .where(
      and(
        eq(ideaProposals.tenantId, tenantId),
        eq(ideaProposals.ideaId, ideaId),
        eq(ideaProposals.proposalId, proposalId),
        active,
      ),
    )
    .returning();
}

/** How many ideas a proposal is still linked to. */
export async function linkCount(db: DbOrTx, tenantId: string, proposalId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ideaProposals)
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.proposalId, proposalId), active));
  return row?.n ?? 0;
}

/** Ideas' texts (`ids`: only these), for their translations: every idea is public. */
export function ideaTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: ideas.id, title: ideas.title, description: ideas.description })
    .from(ideas)
    .where(and(eq(ideas.tenantId, tenantId), ids ? anyUuid(ideas.id, ids) : undefined));
}
