import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { accounts, orgUnits } from '../orgs/orgs.table.ts';
import { projects } from '../projects/projects.table.ts';
import { REVIEW_LEVELS, reviewCycles } from '../reviews/reviews.table.ts';

/** A review meeting of an office, a department or the CDO with its minutes. */
export const reviewMeetings = pgTable(
  'review_meetings',
  {
    tenantId: tenantId(),
    id: rowId(),
    level: text('level', { enum: REVIEW_LEVELS }).notNull(),
    /** The office or department that met (empty for the CDO level). */
    orgUnitId: uuid('org_unit_id'),
    cycleId: uuid('cycle_id'),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    minutes: text('minutes').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.orgUnitId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('review_meetings_held_idx').on(t.tenantId, t.heldOn),
    oneOf(t.level, REVIEW_LEVELS),
    index('review_meetings_created_by_idx').on(t.tenantId, t.createdBy),
    index('review_meetings_cycle_idx').on(t.tenantId, t.cycleId),
    index('review_meetings_org_unit_idx').on(t.tenantId, t.orgUnitId),
  ],
);
export type ReviewMeeting = typeof reviewMeetings.$inferSelect;

/** A decision taken in a review meeting, optionally about one project. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    tenantId: tenantId(),
    id: rowId(),
    meetingId: uuid('meeting_id').notNull(),
    projectId: uuid('project_id'),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [reviewMeetings.tenantId, reviewMeetings.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }),
    index('meeting_decisions_meeting_idx').on(t.tenantId, t.meetingId),
    index('meeting_decisions_project_idx').on(t.tenantId, t.projectId),
  ],
);
export type MeetingDecision = typeof meetingDecisions.$inferSelect;

/** An action item from a review meeting: who does what by when, and when it was done. */
export const actionItems = pgTable(
  'action_items',
  {
    tenantId: tenantId(),
    id: rowId(),
    meetingId: uuid('meeting_id').notNull(),
    projectId: uuid('project_id'),
    title: text('title').notNull(),
    ownerAccountId: uuid('owner_account_id').notNull(),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    /** When the owner was reminded before the due date and once it was overdue (each once). */
    remindedUpcomingAt: timestamp('reminded_upcoming_at', { withTimezone: true }),
    remindedOverdueAt: timestamp('reminded_overdue_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [reviewMeetings.tenantId, reviewMeetings.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.ownerAccountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    foreignKey({ columns: [t.tenantId, t.doneBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('action_items_open_idx').on(t.tenantId, t.dueOn).where(sql`done_at is null`),
    index('action_items_owner_idx').on(t.tenantId, t.ownerAccountId),
    index('action_items_done_by_idx').on(t.tenantId, t.doneBy),
    index('action_items_meeting_idx').on(t.tenantId, t.meetingId),
    index('action_items_project_idx').on(t.tenantId, t.projectId),
  ],
);
export type ActionItem = typeof actionItems.$inferSelect;
