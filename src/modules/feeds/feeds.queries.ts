import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { calendarKeys } from './feeds.table.ts';

export function findCalendarKey(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select()
    .from(calendarKeys)
    .where(and(eq(calendarKeys.tenantId, tenantId), eq(calendarKeys.accountId, accountId)));
}

/** A first key, or the next version of the existing one (the old address stops working). */
export function renewCalendarKey(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .insert(calendarKeys)
    .values({ tenantId, accountId })
    .onConflictDoUpdate({
      target: [calendarKeys.tenantId, calendarKeys.accountId],
      set: { version: sql`${calendarKeys.version} + 1`, createdAt: sql`now()`, lastUsedAt: null },
    })
    .returning();
}

export function deleteCalendarKey(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .delete(calendarKeys)
    .where(and(eq(calendarKeys.tenantId, tenantId), eq(calendarKeys.accountId, accountId)))
    .returning();
}

/** Noted at most once an hour: calendar apps ask every few minutes. */
export function touchCalendarKey(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .update(calendarKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(calendarKeys.tenantId, tenantId),
        eq(calendarKeys.accountId, accountId),
        sql`(${calendarKeys.lastUsedAt} is null or ${calendarKeys.lastUsedAt} < now() - interval '1 hour')`,
      ),
    );
}
