import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts, partners } from '../orgs/orgs.table.ts';
import { projects, VISIBILITIES } from '../projects/projects.table.ts';

/** The partners a project cooperates with (companies, start-ups, science, authorities, NGOs). */
export const projectPartners = pgTable(
  'project_partners',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    /** What the partner contributes, e.g. "Pilotbetrieb" or "wissenschaftliche Begleitung". */
    contribution: text('contribution').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.projectId, t.partnerId] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.partnerId], foreignColumns: [partners.tenantId, partners.id] }),
    index('project_partners_partner_idx').on(t.tenantId, t.partnerId),
  ],
);

/** Budget planned and spent per calendar year; the project's totals are their sums. */
export const projectBudgets = pgTable(
  'project_budgets',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id').notNull(),
    year: integer('year').notNull(),
    planned: numeric('planned', { precision: 14, scale: 2 }).notNull().default('0'),
    spent: numeric('spent', { precision: 14, scale: 2 }).notNull().default('0'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.projectId, t.year] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    within(t.year, BUDGET_YEARS.min, BUDGET_YEARS.max),
    within(t.planned, 0),
    within(t.spent, 0),
  ],
);

export const RISK_LEVELS = [1, 2, 3] as const;
/** The calendar years a budget can be planned for. */
export const BUDGET_YEARS = { min: 1990, max: 2100 } as const;

/** A project risk: probability and impact (1 low – 3 high) and what is done about it. */
export const projectRisks = pgTable(
  'project_risks',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: uuid('project_id').notNull(),
    title: text('title').notNull(),
    probability: integer('probability').notNull(),
    impact: integer('impact').notNull(),
    mitigation: text('mitigation').notNull().default(''),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    index('project_risks_project_idx').on(t.tenantId, t.projectId),
    oneOf(t.probability, RISK_LEVELS),
    oneOf(t.impact, RISK_LEVELS),
  ],
);

/** One project needs another (e.g. the e-file before the digital application). */
export const projectDependencies = pgTable(
  'project_dependencies',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id').notNull(),
    dependsOnId: uuid('depends_on_id').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.projectId, t.dependsOnId] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.dependsOnId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    check('project_dependencies_not_self', sql`${t.projectId} <> ${t.dependsOnId}`),
    index('project_dependencies_on_idx').on(t.tenantId, t.dependsOnId),
  ],
);

/** Project news, public (on the portal for public projects) or internal (staff only). */
export const projectUpdates = pgTable(
  'project_updates',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: uuid('project_id').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    authorAccountId: uuid('author_account_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.authorAccountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    index('project_updates_project_idx').on(t.tenantId, t.projectId, t.publishedAt),
    // The city's newest news first (the feeds), without sorting them all.
    index('project_updates_published_idx').on(t.tenantId, t.publishedAt),
    oneOf(t.visibility, VISIBILITIES),
    index('project_updates_author_account_idx').on(t.tenantId, t.authorAccountId),
  ],
);

export type ProjectRisk = typeof projectRisks.$inferSelect;
export type ProjectUpdate = typeof projectUpdates.$inferSelect;
export type ProjectBudget = typeof projectBudgets.$inferSelect;
