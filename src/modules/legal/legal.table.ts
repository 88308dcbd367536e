import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId } from '../../db/columns.ts';
import { tenants } from '../orgs/orgs.table.ts';

/**
 * Barriers people report from the accessibility statement (BITV 2.0 § 7, BITV NRW): each must be
 * answered by `due_on`; the administration is reminded before and after.
 */
export const accessibilityFeedback = pgTable(
  'accessibility_feedback',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    /** The page the barrier is on, as the person gave it. */
    page: text('page').notNull().default(''),
    message: text('message').notNull(),
    /** Where the answer goes (optional: an anonymous report is answered on nothing but the record). */
    email: text('email'),
    lang: text('lang').notNull().default('de'),
    createdAt: createdAt(),
    dueOn: date('due_on').notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    remindedUpcomingAt: timestamp('reminded_upcoming_at', { withTimezone: true }),
    remindedOverdueAt: timestamp('reminded_overdue_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
