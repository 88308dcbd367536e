import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts, orgUnits, tenants } from '../orgs/orgs.table.ts';
import { projects } from '../projects/projects.table.ts';

export const REVIEW_LEVELS = ['office', 'department', 'cdo'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];
export const CYCLE_STATES = ['planned', 'open', 'closed'] as const;
export const CADENCES = ['quarterly', 'semiannual'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * The review calendar the CDO team sets: per level how often it reviews and how many days after the end of
 * a period its reports are due — offices first, then departments, then the CDO's roll-up.
 */
export const reviewCalendar = pgTable(
  'review_calendar',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    level: text('level', { enum: REVIEW_LEVELS }).notNull(),
    cadence: text('cadence', { enum: CADENCES }).notNull(),
    dueDays: integer('due_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.level] }),
    oneOf(t.level, REVIEW_LEVELS),
    oneOf(t.cadence, CADENCES),
    within(t.dueDays, DUE_DAYS.min, DUE_DAYS.max),
  ],
);
export type CalendarEntry = typeof reviewCalendar.$inferSelect;

/** A reporting period such as 2027-Q1, reviewed at one level. */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    period: text('period').notNull(),
    level: text('level', { enum: REVIEW_LEVELS }).notNull().default('office'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    dueOn: date('due_on').notNull(),
    state: text('state', { enum: CYCLE_STATES }).notNull().default('planned'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('review_cycles_period_uq').on(t.tenantId, t.period, t.level),
    oneOf(t.level, REVIEW_LEVELS),
    oneOf(t.state, CYCLE_STATES),
  ],
);

export const STATUSES = ['on_track', 'at_risk', 'off_track'] as const;
/** A status report's progress in percent. */
export const PROGRESS = { min: 0, max: 100 } as const;
/** Days after a period's end when a level's review is due. */
export const DUE_DAYS = { min: 1, max: 120 } as const;
export type Status = (typeof STATUSES)[number];
/** submitted ▸ approved_office ▸ approved_department; returned goes back to the lead. */
export const REPORT_STATES = ['submitted', 'returned', 'approved_office', 'approved_department'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
/** The states in which a report counts as approved (public for public projects). */
export const APPROVED_STATES: readonly ReportState[] = ['approved_office', 'approved_department'];
export const isApproved = (state: string | null | undefined) =>
  APPROVED_STATES.includes(state as ReportState);

export const statusReports = pgTable(
  'status_reports',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: uuid('project_id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    overallStatus: text('overall_status', { enum: STATUSES }).notNull(),
    progress: integer('progress').notNull(),
    /** What was achieved in the period. */
    summary: text('summary').notNull(),
    /** The status of scope, time, budget and resources (empty in reports from before they were asked). */
    scopeStatus: text('scope_status', { enum: STATUSES }),
    timeStatus: text('time_status', { enum: STATUSES }),
    budgetStatus: text('budget_status', { enum: STATUSES }),
    resourcesStatus: text('resources_status', { enum: STATUSES }),
    nextSteps: text('next_steps').notNull().default(''),
    risks: text('risks').notNull().default(''),
    decisionNeeded: boolean('decision_needed').notNull().default(false),
    state: text('state', { enum: REPORT_STATES }).notNull().default('submitted'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    foreignKey({ columns: [t.tenantId, t.submittedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('status_reports_project_cycle_uq').on(t.tenantId, t.projectId, t.cycleId),
    index('status_reports_state_idx').on(t.tenantId, t.state),
    oneOf(t.overallStatus, STATUSES),
    oneOf(t.scopeStatus, STATUSES),
    oneOf(t.timeStatus, STATUSES),
    oneOf(t.budgetStatus, STATUSES),
    oneOf(t.resourcesStatus, STATUSES),
    oneOf(t.state, REPORT_STATES),
    within(t.progress, PROGRESS.min, PROGRESS.max),
    index('status_reports_cycle_idx').on(t.tenantId, t.cycleId),
    index('status_reports_reviewed_by_idx').on(t.tenantId, t.reviewedBy),
    index('status_reports_submitted_by_idx').on(t.tenantId, t.submittedBy),
  ],
);

export type ReviewCycle = typeof reviewCycles.$inferSelect;

/** Opening an office-level cycle asks every active project for a status report: one task per project. */
export const reportTasks = pgTable(
  'report_tasks',
  {
    tenantId: tenantId(),
    cycleId: uuid('cycle_id').notNull(),
    projectId: uuid('project_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.cycleId, t.projectId] }),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    index('report_tasks_project_idx').on(t.tenantId, t.projectId),
  ],
);

/**
 * A roll-up at department level (a department head's summary of their offices' reports) or at CDO level
 * (org unit empty: the CDO's summary of the whole portfolio) for one cycle of that level.
 */
export const reviewRollups = pgTable(
  'review_rollups',
  {
    tenantId: tenantId(),
    id: rowId(),
    cycleId: uuid('cycle_id').notNull(),
    orgUnitId: uuid('org_unit_id'),
    summary: text('summary').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    foreignKey({ columns: [t.tenantId, t.orgUnitId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({ columns: [t.tenantId, t.submittedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    unique('review_rollups_cycle_unit_uq').on(t.tenantId, t.cycleId, t.orgUnitId).nullsNotDistinct(),
    index('review_rollups_org_unit_idx').on(t.tenantId, t.orgUnitId),
    index('review_rollups_submitted_by_idx').on(t.tenantId, t.submittedBy),
  ],
);
export type ReviewRollup = typeof reviewRollups.$inferSelect;
export type StatusReport = typeof statusReports.$inferSelect;

export const REMINDER_KINDS = [
  'report_upcoming',
  'report_overdue',
  'rollup_upcoming',
  'rollup_overdue',
  'rollup_again',
] as const;

/**
 * Reminders already sent, so each goes out once per project, cycle and kind (upcoming, overdue; a summary's
 * reminder of approvals after it, once per summary: writing it again clears that one).
 */
export const reminders = pgTable(
  'reminders',
  {
    tenantId: tenantId(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    cycleId: uuid('cycle_id').notNull(),
    /** What the reminder is about: the project (status reports) or the department (its roll-up; the cycle
     * itself for the CDO's roll-up). */
    projectId: uuid('project_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind, t.cycleId, t.projectId] }),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    oneOf(t.kind, REMINDER_KINDS),
    index('reminders_cycle_idx').on(t.tenantId, t.cycleId),
  ],
);
