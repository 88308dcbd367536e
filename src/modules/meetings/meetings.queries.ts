import { and, asc, desc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { actionItems, meetingDecisions, reviewMeetings } from './meetings.table.ts';

export function insertMeeting(db: DbOrTx, row: typeof reviewMeetings.$inferInsert) {
  return db.insert(reviewMeetings).values(row).returning();
}

export function findMeeting(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(reviewMeetings)
    .where(and(eq(reviewMeetings.tenantId, tenantId), eq(reviewMeetings.id, id)));
}

export function listMeetings(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(reviewMeetings)
    .where(eq(reviewMeetings.tenantId, tenantId))
    .orderBy(desc(reviewMeetings.heldOn), desc(reviewMeetings.createdAt));
}

export function decisionsOfMeeting(db: DbOrTx, tenantId: string, meetingId: string) {
  return db
    .select()
    .from(meetingDecisions)
    .where(and(eq(meetingDecisions.tenantId, tenantId), eq(meetingDecisions.meetingId, meetingId)))
    .orderBy(asc(meetingDecisions.createdAt));
}

export function insertDecision(db: DbOrTx, row: typeof meetingDecisions.$inferInsert) {
  return db.insert(meetingDecisions).values(row).returning();
}

export function itemsOfMeeting(db: DbOrTx, tenantId: string, meetingId: string) {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.tenantId, tenantId), eq(actionItems.meetingId, meetingId)))
    .orderBy(asc(actionItems.dueOn), asc(actionItems.createdAt));
}

export function insertItem(db: DbOrTx, row: typeof actionItems.$inferInsert) {
  return db.insert(actionItems).values(row).returning();
}

export function findItem(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.tenantId, tenantId), eq(actionItems.id, id)));
}

export function setItemDone(db: DbOrTx, tenantId: string, id: string, doneBy: string | null) {
  return db
    .update(actionItems)
    .set({ doneAt: doneBy ? new Date() : null, doneBy })
    .where(and(eq(actionItems.tenantId, tenantId), eq(actionItems.id, id)))
    .returning();
}

/** Open action items of a tenant with their meeting, by due date. */
export function openItems(db: DbOrTx, tenantId: string) {
  return db
    .select({ item: actionItems, meeting: reviewMeetings })
    .from(actionItems)
    .innerJoin(
      reviewMeetings,
      and(eq(reviewMeetings.tenantId, actionItems.tenantId), eq(reviewMeetings.id, actionItems.meetingId)),
    )
    .where(and(eq(actionItems.tenantId, tenantId), isNull(actionItems.doneAt)))
    .orderBy(asc(actionItems.dueOn));
}

/** Claims the upcoming (due within the window) or the overdue reminder of open items, each once. */
export function claimItemReminders(
  db: DbOrTx,
  kind: 'upcoming' | 'overdue',
  today: string,
  soon: string,
  tenantId?: string,
) {
  const open = and(isNull(actionItems.doneAt), tenantId ? eq(actionItems.tenantId, tenantId) : undefined);
  return kind === 'upcoming'
    ? db
        .update(actionItems)
        .set({ remindedUpcomingAt: sql`now()` })
        .where(
          and(
            open,
            isNull(actionItems.remindedUpcomingAt),
            lte(actionItems.dueOn, soon),
            sql`${actionItems.dueOn} >= ${today}`,
          ),
        )
        .returning()
    : db
        .update(actionItems)
        .set({ remindedOverdueAt: sql`now()` })
        .where(and(open, isNull(actionItems.remindedOverdueAt), lt(actionItems.dueOn, today)))
        .returning();
}

/** Gives a reminder back when its mail failed, so tomorrow's run tries again. */
export function releaseItemReminder(db: DbOrTx, tenantId: string, id: string, kind: 'upcoming' | 'overdue') {
  return db
    .update(actionItems)
    .set(kind === 'upcoming' ? { remindedUpcomingAt: null } : { remindedOverdueAt: null })
    .where(and(eq(actionItems.tenantId, tenantId), eq(actionItems.id, id)));
}
