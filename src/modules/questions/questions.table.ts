import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';

export const QUESTION_STATES = ['submitted', 'answered', 'declined'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

/**
 * A staff member's question about the digital administration, answered for all staff to read. Asked
 * anonymously, it keeps no trace of who asked: `asked_by` stays empty and nothing else records the asker.
 */
export const staffQuestions = pgTable(
  'staff_questions',
  {
    tenantId: tenantId(),
    id: rowId(),
    body: text('body').notNull(),
    /** The asker, only when they asked by name. */
    askedBy: uuid('asked_by'),
    state: text('state', { enum: QUESTION_STATES }).notNull().default('submitted'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Why a question is not answered publicly (kept for the team; never shown to staff). */
    declineReason: text('decline_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.askedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    foreignKey({ columns: [t.tenantId, t.answeredBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    oneOf(t.state, QUESTION_STATES),
    index('staff_questions_state_idx').on(t.tenantId, t.state, t.answeredAt),
    index('staff_questions_asked_by_idx').on(t.tenantId, t.askedBy),
    index('staff_questions_answered_by_idx').on(t.tenantId, t.answeredBy),
  ],
);

export type StaffQuestion = typeof staffQuestions.$inferSelect;
