import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { markMerged, newReference, type RequestMeta } from '../proposals/proposals.service.ts';
import { ideaProposals, ideas } from './ideas.table.ts';

export const ZCreateIdeaInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  description: z.string().trim().max(5000).default(''),
  fieldOfActionId: z
    .string()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().uuid('validation.choice').optional())
    .optional(),
  proposalIds: z.array(z.string().uuid()).min(1, 'validation.selectOne').max(500),
});
export type CreateIdeaInput = z.input<typeof ZCreateIdeaInput>;

/** Only the CDO team condenses proposals into ideas. */
export function canManageIdeas(actor: Actor | null) {
  return hasAnyRole(actor, ['cdo', 'admin']);
}

/** Condenses published proposals into a project idea; every original stays, marked merged and linked. */
export async function createIdea(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CreateIdeaInput,
  meta: RequestMeta = {},
) {
  if (!canManageIdeas(actor)) throw forbidden('Only the CDO team may create project ideas.');
  const data = parseInput(ZCreateIdeaInput, input);
  return db.transaction(async (tx) => {
    const [idea] = await tx
      .insert(ideas)
      .values({
        tenantId,
        number: newReference('I'),
        title: data.title,
        description: data.description,
        fieldOfActionId: data.fieldOfActionId ?? null,
        createdBy: actor!.accountId,
      })
      .returning();
    const ids = [...new Set(data.proposalIds)];
    await markMerged(tx, tenantId, ids);
    await tx
      .insert(ideaProposals)
      .values(
        ids.map((proposalId) => ({ tenantId, ideaId: idea!.id, proposalId, linkedBy: actor!.accountId })),
      );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'idea.create',
      entityType: 'idea',
      entityId: idea!.id,
      after: { ...idea, proposalIds: ids },
      requestId: meta.requestId,
    });
    return idea!;
  });
}

/** Called by the projects module when a project takes an idea up. */
export async function markIdeaInProject(tx: DbOrTx, tenantId: string, ideaId: string) {
  const [row] = await tx
    .update(ideas)
    .set({ state: 'in_project' })
    .where(and(eq(ideas.tenantId, tenantId), eq(ideas.id, ideaId)))
    .returning();
  if (!row) throw notFound('No such idea.');
  return row;
}

export async function listIdeas(db: DbOrTx, tenantId: string) {
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

export async function getIdea(db: DbOrTx, tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tenantId, tenantId), eq(ideas.id, id)));
  return row;
}

/** Proposal ids behind an idea (provenance). */
export async function proposalIdsOfIdea(db: DbOrTx, tenantId: string, ideaId: string) {
  const rows = await db
    .select({ id: ideaProposals.proposalId })
    .from(ideaProposals)
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.ideaId, ideaId)));
  return rows.map((r) => r.id);
}

/** Ideas a proposal was condensed into, with the date of the link. */
export async function ideasOfProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({ id: ideas.id, number: ideas.number, title: ideas.title, linkedAt: ideaProposals.linkedAt })
    .from(ideaProposals)
    .innerJoin(ideas, and(eq(ideas.tenantId, ideaProposals.tenantId), eq(ideas.id, ideaProposals.ideaId)))
    .where(and(eq(ideaProposals.tenantId, tenantId), eq(ideaProposals.proposalId, proposalId)));
}

export async function findIdeasByIds(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(ideas)
    .where(and(eq(ideas.tenantId, tenantId), inArray(ideas.id, ids)));
}
