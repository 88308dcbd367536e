import { and, eq, sql } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.ts';
import { auditEvents } from '../../platform/platform.table.ts';
import { proposals } from './proposals.table.ts';

/**
 * A person's proposals: all of them in the download (also those never published); on deletion the
 * published ones stay, without the contact address, under an anonymous author (the page says so).
 */
export const proposalsPersonalData: PersonalData = {
  async export(db, tenantId, subject) {
    const rows = await db
      .select({
        number: proposals.number,
        title: proposals.title,
        body: proposals.body,
        place: proposals.place,
        email: proposals.email,
        state: proposals.state,
        answerState: proposals.answerState,
        answerText: proposals.answerText,
        createdAt: proposals.createdAt,
        publishedAt: proposals.publishedAt,
      })
      .from(proposals)
      .where(and(eq(proposals.tenantId, tenantId), eq(proposals.authorAccountId, subject.id)))
      .orderBy(proposals.createdAt);
    return { proposals: rows };
  },
  async erase(tx, tenantId, subject) {
    const mine = await tx
      .update(proposals)
      .set({ email: null })
      .where(and(eq(proposals.tenantId, tenantId), eq(proposals.authorAccountId, subject.id)))
      .returning({ id: proposals.id });
    if (!mine.length) return;
    // The audit trail of those proposals keeps who and when, not the address.
    await tx
      .update(auditEvents)
      .set({
        before: sql`${auditEvents.before} - 'email'`,
        after: sql`${auditEvents.after} - 'email'`,
      })
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          eq(auditEvents.entityType, 'proposal'),
          sql`${auditEvents.entityId} in (${sql.join(
            mine.map((p) => sql`${p.id}`),
            sql`, `,
          )})`,
        ),
      );
  },
};
