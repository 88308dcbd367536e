import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { type Frequency, notifications, type SubscriberRole, subscriptions } from './subscriptions.table.ts';

/** Inserts a subscription or, for an address that follows the proposal already, updates it (a confirmed one stays confirmed). */
export function upsertSubscription(
  db: DbOrTx,
  row: {
    tenantId: string;
    proposalId: string;
    email: string;
    accountId: string | null;
    role: SubscriberRole;
    frequency: Frequency;
    lang: Lang;
    confirmedAt: Date | null;
  },
) {
  return db
    .insert(subscriptions)
    .values({ ...row, email: row.email.toLowerCase() })
    .onConflictDoUpdate({
      target: [subscriptions.tenantId, subscriptions.proposalId, subscriptions.email],
      set: {
        frequency: row.frequency,
        accountId: sql`coalesce(${subscriptions.accountId}, excluded.account_id)`,
        // The strongest reason to hear of the proposal stays: an author stays an author when they also
        // support or follow, and someone who follows still does after withdrawing a support (which ends
        // only a supporter's subscription).
        role: sql`case when 'author' in (${subscriptions.role}, excluded.role) then 'author'
                       when 'follower' in (${subscriptions.role}, excluded.role) then 'follower'
                       else 'supporter' end`,
        confirmedAt: sql`coalesce(${subscriptions.confirmedAt}, excluded.confirmed_at)`,
      },
    })
    .returning();
}

export function findSubscription(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.tenantId, tenantId), eq(subscriptions.id, id)));
}

export function findByProposalAndEmail(db: DbOrTx, tenantId: string, proposalId: string, email: string) {
  return db
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.tenantId, tenantId),
        eq(subscriptions.proposalId, proposalId),
        eq(subscriptions.email, email.trim().toLowerCase()),
      ),
    );
}

export function confirm(db: DbOrTx, tenantId: string, id: string, at: Date) {
  return db
    .update(subscriptions)
    .set({ confirmedAt: sql`coalesce(${subscriptions.confirmedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(subscriptions.tenantId, tenantId), eq(subscriptions.id, id)))
    .returning();
}

export function ofAddress(db: DbOrTx, tenantId: string, email: string) {
  return db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.tenantId, tenantId), eq(subscriptions.email, email.toLowerCase())))
    .orderBy(asc(subscriptions.createdAt));
}

export function setFrequency(db: DbOrTx, tenantId: string, email: string, frequency: Frequency) {
  return db
    .update(subscriptions)
    .set({ frequency })
    .where(and(eq(subscriptions.tenantId, tenantId), eq(subscriptions.email, email.toLowerCase())))
    .returning({ id: subscriptions.id });
}

export function deleteOfAddress(db: DbOrTx, tenantId: string, email: string, id?: string) {
  return db
    .delete(subscriptions)
    .where(
      and(
        eq(subscriptions.tenantId, tenantId),
        eq(subscriptions.email, email.toLowerCase()),
        id ? eq(subscriptions.id, id) : undefined,
      ),
    )
    .returning({ id: subscriptions.id, proposalId: subscriptions.proposalId, role: subscriptions.role });
}

export function deleteForAccount(
  db: DbOrTx,
  tenantId: string,
  proposalId: string,
  accountId: string,
  role: SubscriberRole,
) {
  return db
    .delete(subscriptions)
    .where(
      and(
        eq(subscriptions.tenantId, tenantId),
        eq(subscriptions.proposalId, proposalId),
        eq(subscriptions.accountId, accountId),
        eq(subscriptions.role, role),
      ),
    );
}

/** Confirmed subscriptions of the proposals, for fanning an event out. */
export function confirmedOf(db: DbOrTx, tenantId: string, proposalIds: string[]) {
  if (!proposalIds.length) return Promise.resolve([]);
  return db
    .select({ id: subscriptions.id, proposalId: subscriptions.proposalId })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.tenantId, tenantId),
        inArray(subscriptions.proposalId, proposalIds),
        isNotNull(subscriptions.confirmedAt),
      ),
    );
}

export function insertNotifications(db: DbOrTx, rows: (typeof notifications.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve([]);
  return db.insert(notifications).values(rows).returning({ id: notifications.id });
}

/** Unsent notifications of confirmed subscriptions with the given frequency, oldest first, across tenants. */
export function pending(db: DbOrTx, frequency: Frequency, limit: number, tenantId?: string) {
  return db
    .select({
      id: notifications.id,
      tenantId: notifications.tenantId,
      event: notifications.event,
      data: notifications.data,
      createdAt: notifications.createdAt,
      subscriptionId: subscriptions.id,
      proposalId: subscriptions.proposalId,
      email: subscriptions.email,
      lang: subscriptions.lang,
    })
    .from(notifications)
    .innerJoin(
      subscriptions,
      and(
        eq(subscriptions.tenantId, notifications.tenantId),
        eq(subscriptions.id, notifications.subscriptionId),
      ),
    )
    .where(
      and(
        isNull(notifications.sentAt),
        isNotNull(subscriptions.confirmedAt),
        eq(subscriptions.frequency, frequency),
        tenantId ? eq(notifications.tenantId, tenantId) : undefined,
      ),
    )
    .orderBy(asc(notifications.createdAt))
    .limit(limit);
}

export function markSent(db: DbOrTx, tenantId: string, ids: string[], at: Date) {
  return db
    .update(notifications)
    .set({ sentAt: at })
    .where(and(eq(notifications.tenantId, tenantId), inArray(notifications.id, ids)));
}

export function markDigested(db: DbOrTx, tenantId: string, subscriptionIds: string[], at: Date) {
  return db
    .update(subscriptions)
    .set({ lastDigestAt: at })
    .where(and(eq(subscriptions.tenantId, tenantId), inArray(subscriptions.id, subscriptionIds)));
}

/** Unconfirmed subscriptions older than the cutoff are removed; returns the authors' ones for the proposals module. */
export function deleteUnconfirmed(db: DbOrTx, cutoff: Date) {
  return db
    .delete(subscriptions)
    .where(and(isNull(subscriptions.confirmedAt), lt(subscriptions.createdAt, cutoff)))
    .returning({
      tenantId: subscriptions.tenantId,
      proposalId: subscriptions.proposalId,
      role: subscriptions.role,
    });
}

/** Whether the author's address on a proposal has been confirmed (mail goes only to confirmed addresses). */
export function confirmedAuthor(db: DbOrTx, tenantId: string, proposalId: string) {
  return db
    .select({ id: subscriptions.id, email: subscriptions.email })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.tenantId, tenantId),
        eq(subscriptions.proposalId, proposalId),
        eq(subscriptions.role, 'author'),
        isNotNull(subscriptions.confirmedAt),
      ),
    );
}

const subjectIs = (tenantId: string, subject: { id: string; email: string }) =>
  and(
    eq(subscriptions.tenantId, tenantId),
    or(eq(subscriptions.accountId, subject.id), eq(subscriptions.email, subject.email.toLowerCase())),
  );

/** What a person follows, by their account or their address, with the proposal's number and title. */
export function ofSubject(db: DbOrTx, tenantId: string, subject: { id: string; email: string }) {
  return db
    .select({
      proposal: proposals.number,
      proposalId: proposals.id,
      title: proposals.title,
      /** The language the proposal is written in (its title is marked so on a page in another). */
      titleLanguage: proposals.language,
      /** Whether the proposal's page can be opened (published or merged) or awaits moderation. */
      proposalState: proposals.state,
      email: subscriptions.email,
      role: subscriptions.role,
      frequency: subscriptions.frequency,
      language: subscriptions.lang,
      confirmedAt: subscriptions.confirmedAt,
      createdAt: subscriptions.createdAt,
    })
    .from(subscriptions)
    .innerJoin(
      proposals,
      and(eq(proposals.tenantId, subscriptions.tenantId), eq(proposals.id, subscriptions.proposalId)),
    )
    .where(subjectIs(tenantId, subject))
    .orderBy(desc(subscriptions.createdAt));
}

export function deleteOfSubject(db: DbOrTx, tenantId: string, subject: { id: string; email: string }) {
  return db.delete(subscriptions).where(subjectIs(tenantId, subject));
}
