import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { abuseReports, type CommentState, comments, supports } from './comments.table.ts';

export function insertSupport(db: DbOrTx, tenantId: string, proposalId: string, accountId: string) {
  return db
    .insert(supports)
    .values({ tenantId, proposalId, accountId })
    .onConflictDoNothing()
    .returning({ proposalId: supports.proposalId });
}

export function deleteSupport(db: DbOrTx, tenantId: string, proposalId: string, accountId: string) {
  return db
    .delete(supports)
    .where(
      and(
        eq(supports.tenantId, tenantId),
        eq(supports.proposalId, proposalId),
        eq(supports.accountId, accountId),
      ),
    )
    .returning({ proposalId: supports.proposalId });
}

export async function supportCounts(db: DbOrTx, tenantId: string, proposalIds: string[]) {
  if (!proposalIds.length) return new Map<string, number>();
  const rows = await db
    .select({ id: supports.proposalId, n: sql<number>`count(*)::int` })
    .from(supports)
    .where(and(eq(supports.tenantId, tenantId), inArray(supports.proposalId, proposalIds)))
    .groupBy(supports.proposalId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function hasSupport(db: DbOrTx, tenantId: string, proposalId: string, accountId: string) {
  const rows = await db
    .select({ id: supports.proposalId })
    .from(supports)
    .where(
      and(
        eq(supports.tenantId, tenantId),
        eq(supports.proposalId, proposalId),
        eq(supports.accountId, accountId),
      ),
    );
  return rows.length > 0;
}

export function insertComment(db: DbOrTx, row: typeof comments.$inferInsert) {
  return db.insert(comments).values(row).returning();
}

export function findComment(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.tenantId, tenantId), eq(comments.id, id)));
}

export function findComments(db: DbOrTx, tenantId: string, ids: string[]) {
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.tenantId, tenantId), inArray(comments.id, ids)));
}

/** Published comments of a proposal with their authors' display names, oldest first. */
export function publishedOf(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      body: comments.body,
      language: comments.language,
      createdAt: comments.createdAt,
      author: accounts.displayName,
    })
    .from(comments)
    .innerJoin(accounts, and(eq(accounts.tenantId, comments.tenantId), eq(accounts.id, comments.accountId)))
    .where(
      and(
        eq(comments.tenantId, tenantId),
        eq(comments.proposalId, proposalId),
        eq(comments.state, 'published'),
      ),
    )
    .orderBy(asc(comments.createdAt));
}

/** Comments in a moderation state, newest first, with the proposal they belong to. */
export function commentsByState(db: DbOrTx, tenantId: string, state: CommentState, limit: number) {
  return db
    .select({
      id: comments.id,
      body: comments.body,
      language: comments.language,
      createdAt: comments.createdAt,
      parentId: comments.parentId,
      moderationReason: comments.moderationReason,
      author: accounts.displayName,
      proposalId: proposals.id,
      proposalTitle: proposals.title,
      proposalLanguage: proposals.language,
      proposalNumber: proposals.number,
    })
    .from(comments)
    .innerJoin(accounts, and(eq(accounts.tenantId, comments.tenantId), eq(accounts.id, comments.accountId)))
    .innerJoin(
      proposals,
      and(eq(proposals.tenantId, comments.tenantId), eq(proposals.id, comments.proposalId)),
    )
    .where(and(eq(comments.tenantId, tenantId), eq(comments.state, state)))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}

export async function countCommentsByState(db: DbOrTx, tenantId: string) {
  const rows = await db
    .select({ state: comments.state, n: sql<number>`count(*)::int` })
    .from(comments)
    .where(eq(comments.tenantId, tenantId))
    .groupBy(comments.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n])) as Partial<Record<CommentState, number>>;
}

export function updateComments(
  db: DbOrTx,
  tenantId: string,
  ids: string[],
  patch: Partial<typeof comments.$inferInsert>,
) {
  return db
    .update(comments)
    .set(patch)
    .where(and(eq(comments.tenantId, tenantId), inArray(comments.id, ids)))
    .returning();
}

export function insertReport(db: DbOrTx, row: typeof abuseReports.$inferInsert) {
  return db.insert(abuseReports).values(row).returning();
}

/** Open reports, grouped per reported item, with the reasons given. */
export function openReports(db: DbOrTx, tenantId: string) {
  return db
    .select({
      entityType: abuseReports.entityType,
      entityId: abuseReports.entityId,
      count: sql<number>`count(*)::int`,
      reasons: sql<string[]>`array_agg(${abuseReports.reason} order by ${abuseReports.createdAt})`,
      firstAt: sql<string>`min(${abuseReports.createdAt})`,
    })
    .from(abuseReports)
    .where(and(eq(abuseReports.tenantId, tenantId), isNull(abuseReports.resolvedAt)))
    .groupBy(abuseReports.entityType, abuseReports.entityId)
    .orderBy(sql`count(*) desc`, sql`min(${abuseReports.createdAt})`);
}

export async function countOpenReports(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${abuseReports.entityId})::int` })
    .from(abuseReports)
    .where(and(eq(abuseReports.tenantId, tenantId), isNull(abuseReports.resolvedAt)));
  return row?.n ?? 0;
}

export function resolveReports(db: DbOrTx, tenantId: string, entityIds: string[], at: Date) {
  if (!entityIds.length) return Promise.resolve([]);
  return db
    .update(abuseReports)
    .set({ resolvedAt: at })
    .where(
      and(
        eq(abuseReports.tenantId, tenantId),
        inArray(abuseReports.entityId, entityIds),
        isNull(abuseReports.resolvedAt),
      ),
    )
    .returning({ id: abuseReports.id, entityType: abuseReports.entityType, entityId: abuseReports.entityId });
}

/** The account e-mail of comment authors, to tell them the moderation decision. */
export function commentAuthors(db: DbOrTx, tenantId: string, commentIds: string[]) {
  if (!commentIds.length) return Promise.resolve([]);
  return db
    .select({ commentId: comments.id, email: accounts.email, language: accounts.language })
    .from(comments)
    .innerJoin(accounts, and(eq(accounts.tenantId, comments.tenantId), eq(accounts.id, comments.accountId)))
    .where(
      and(
        eq(comments.tenantId, tenantId),
        inArray(comments.id, commentIds),
        // A deleted or deactivated account hears nothing (its address is gone or no longer used).
        isNull(accounts.deletedAt),
        isNull(accounts.disabledAt),
      ),
    );
}

/** A person's comments with the proposal they belong to (their data download). */
export function commentsOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({
      proposal: proposals.number,
      proposalId: proposals.id,
      title: proposals.title,
      /** The languages the proposal and the comment are written in. */
      titleLanguage: proposals.language,
      body: comments.body,
      language: comments.language,
      state: comments.state,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(
      proposals,
      and(eq(proposals.tenantId, comments.tenantId), eq(proposals.id, comments.proposalId)),
    )
    .where(and(eq(comments.tenantId, tenantId), eq(comments.accountId, accountId)))
    .orderBy(desc(comments.createdAt));
}

/** The proposals a person supports, newest support first. */
export function supportsOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({
      proposal: proposals.number,
      proposalId: proposals.id,
      title: proposals.title,
      titleLanguage: proposals.language,
      createdAt: supports.createdAt,
    })
    .from(supports)
    .innerJoin(
      proposals,
      and(eq(proposals.tenantId, supports.tenantId), eq(proposals.id, supports.proposalId)),
    )
    .where(and(eq(supports.tenantId, tenantId), eq(supports.accountId, accountId)))
    .orderBy(desc(supports.createdAt));
}

/** Published comments' texts and languages (`ids`: only these), for their translations. */
export function publishedCommentTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: comments.id, body: comments.body, language: comments.language })
    .from(comments)
    .where(
      and(
        eq(comments.tenantId, tenantId),
        eq(comments.state, 'published'),
        ids ? anyUuid(comments.id, ids) : undefined,
      ),
    );
}
