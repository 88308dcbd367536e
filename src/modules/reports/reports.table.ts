import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { projects } from '../projects/projects.table.ts';
import { PROGRESS, reviewCycles, STATUSES } from '../reviews/reviews.table.ts';

export const PROGRESS_REPORT_STATES = ['draft', 'published'] as const;

/**
 * The cross-cutting figures of a report, as they stood when it was drafted (and again when it was
 * published; then frozen): online services per maturity level, processes by digital state, training
 * coverage, participation, the portal's reach in the period, the milestones reached in it and the KPIs of
 * the reported projects' goals.
 */
export interface ReportFigures {
  /** The day the figures were taken (the municipality's calendar day). */
  asOf: string;
  services: { model: string; levels: { level: number; name: string; count: number }[] } | null;
  processes: { analog: number; partly_digital: number; end_to_end: number; redesigned: number };
  training: { people: number; projectManagement: number; processManagement: number };
  participation: { proposals: number; proposalsInPeriod: number; ideas: number; supports: number };
  /** Visits and page views counted in the period (no tracking; see the statistics). */
  reach: { visits: number; views: number };
  highlights: { projectId: string; milestone: string; doneOn: string }[];
  /** Each reported project's health computed from the facts (late milestones, reports owed, spending). */
  health?: {
    projectId: string;
    status: 'on_track' | 'at_risk' | 'off_track';
    reasons: { key: string; values?: Record<string, string | number> }[];
  }[];
  kpis: {
    projectId: string;
    name: string;
    unit: string;
    value: number;
    measuredOn: string;
    target: number;
    targetYear: number;
  }[];
}

/** A progress report for the council and the public: one review period, an introduction, the projects. */
export const progressReports = pgTable(
  'progress_reports',
  {
    tenantId: tenantId(),
    id: rowId(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    summary: text('summary').notNull().default(''),
    state: text('state', { enum: PROGRESS_REPORT_STATES }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Null for reports drafted before the figures were taken. */
    figures: jsonb('figures').$type<ReportFigures>(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('progress_reports_slug_uq').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [reviewCycles.tenantId, reviewCycles.id],
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    oneOf(t.state, PROGRESS_REPORT_STATES),
    index('progress_reports_created_by_idx').on(t.tenantId, t.createdBy),
    index('progress_reports_cycle_idx').on(t.tenantId, t.cycleId),
  ],
);

/** The projects a report covers, with their approved status as it stood when the report was drafted. */
export const progressReportItems = pgTable(
  'progress_report_items',
  {
    tenantId: tenantId(),
    /** Names the entry where a record needs one of its own (its translations). */
    id: rowId(),
    reportId: uuid('report_id').notNull(),
    projectId: uuid('project_id').notNull(),
    position: integer('position').notNull(),
    overallStatus: text('overall_status', { enum: STATUSES }).notNull(),
    progress: integer('progress').notNull(),
    statusSummary: text('status_summary').notNull(),
    /** The next steps the approved status named: the report's outlook for the project. */
    nextSteps: text('next_steps').notNull().default(''),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reportId, t.projectId] }),
    foreignKey({
      columns: [t.tenantId, t.reportId],
      foreignColumns: [progressReports.tenantId, progressReports.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
    index('progress_report_items_project_idx').on(t.tenantId, t.projectId),
    uniqueIndex('progress_report_items_id_uq').on(t.tenantId, t.id),
    oneOf(t.overallStatus, STATUSES),
    within(t.position, 0),
    within(t.progress, PROGRESS.min, PROGRESS.max),
  ],
);

export type ProgressReport = typeof progressReports.$inferSelect;
