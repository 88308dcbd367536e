import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { proposalAttachments } from './proposals.table.ts';

export function insertAttachments(db: DbOrTx, rows: (typeof proposalAttachments.$inferInsert)[]) {
  return db.insert(proposalAttachments).values(rows);
}

export function staged(db: DbOrTx, tenantId: string, token: string) {
  return db
    .select({
      id: proposalAttachments.id,
      filename: proposalAttachments.filename,
      size: proposalAttachments.size,
    })
    .from(proposalAttachments)
    .where(
      and(
        eq(proposalAttachments.tenantId, tenantId),
        eq(proposalAttachments.stagingToken, token),
        isNull(proposalAttachments.proposalId),
      ),
    );
}

export function attach(db: DbOrTx, tenantId: string, token: string, proposalId: string) {
  return db
    .update(proposalAttachments)
    .set({ proposalId, stagingToken: null })
    .where(
      and(
        eq(proposalAttachments.tenantId, tenantId),
        eq(proposalAttachments.stagingToken, token),
        isNull(proposalAttachments.proposalId),
      ),
    );
}

export function ofProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({
      id: proposalAttachments.id,
      filename: proposalAttachments.filename,
      mediaType: proposalAttachments.mediaType,
      size: proposalAttachments.size,
    })
    .from(proposalAttachments)
    .where(and(eq(proposalAttachments.tenantId, tenantId), eq(proposalAttachments.proposalId, proposalId)))
    .orderBy(proposalAttachments.createdAt);
}

export function findOne(db: DbOrTx, tenantId: string, proposalId: string, id: string) {
  return db
    .select()
    .from(proposalAttachments)
    .where(
      and(
        eq(proposalAttachments.tenantId, tenantId),
        eq(proposalAttachments.proposalId, proposalId),
        eq(proposalAttachments.id, id),
      ),
    );
}

export async function deleteStagedBefore(db: DbOrTx, cutoff: Date) {
  const res = await db
    .delete(proposalAttachments)
    .where(and(isNull(proposalAttachments.proposalId), lt(proposalAttachments.createdAt, cutoff)))
    .returning({ id: proposalAttachments.id });
  return res.length;
}

/** Serialises staging (held to the end of the transaction): the quota check and the insert act as one. */
export async function lockStaging(tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('rathaus:staged-attachments'))`);
}

/** Bytes held for submissions not sent yet, over all municipalities or one (the quotas). */
export async function stagedBytes(db: DbOrTx, tenantId?: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${proposalAttachments.size}), 0)` })
    .from(proposalAttachments)
    .where(
      and(
        isNull(proposalAttachments.proposalId),
        tenantId ? eq(proposalAttachments.tenantId, tenantId) : undefined,
      ),
    );
  return Number(row?.bytes ?? 0);
}
