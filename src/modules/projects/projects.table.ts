import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId, updatedAt } from '../../db/columns.ts';
import { ideas } from '../ideas/ideas.table.ts';
import { accounts, orgUnits, partners } from '../orgs/orgs.table.ts';
import { charterGuidelines, fieldsOfAction, goals } from '../strategy/strategy.table.ts';

export const PROJECT_PHASES = ['planned', 'in_progress', 'completed', 'paused', 'stopped'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];
/** Phases in which a project reports status in every review cycle. */
export const ACTIVE_PHASES: readonly ProjectPhase[] = ['planned', 'in_progress', 'paused'];
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A measure of the digitalization program, owned by an office and led by one person. */
export const projects = pgTable(
  'projects',
  {
    tenantId: tenantId(),
    id: rowId(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    fieldOfActionId: uuid('field_of_action_id').notNull(),
    ownerOrgUnitId: uuid('owner_org_unit_id').notNull(),
    leadAccountId: uuid('lead_account_id'),
    ideaId: uuid('idea_id'),
    phase: text('phase', { enum: PROJECT_PHASES }).notNull().default('planned'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    budgetPlanned: numeric('budget_planned', { precision: 14, scale: 2 }),
    budgetSpent: numeric('budget_spent', { precision: 14, scale: 2 }),
    quickWin: boolean('quick_win').notNull().default(false),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
    /** Why a stopped project was stopped (required for that phase, public for public projects). */
    stopReason: text('stop_reason'),
    /** How the project will be implemented: work packages, approach, roll-out. */
    implementationPlan: text('implementation_plan').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('projects_slug_uq').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.fieldOfActionId],
      foreignColumns: [fieldsOfAction.tenantId, fieldsOfAction.id],
    }),
    foreignKey({ columns: [t.tenantId, t.ownerOrgUnitId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({ columns: [t.tenantId, t.leadAccountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    foreignKey({ columns: [t.tenantId, t.ideaId], foreignColumns: [ideas.tenantId, ideas.id] }),
    index('projects_owner_idx').on(t.tenantId, t.ownerOrgUnitId),
    index('projects_idea_idx').on(t.tenantId, t.ideaId),
    index('projects_list_idx').on(t.tenantId, t.visibility, t.title),
  ],
);

export const milestones = pgTable(
  'milestones',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: uuid('project_id').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    index('milestones_project_idx').on(t.tenantId, t.projectId, t.dueOn),
  ],
);

/** The goals a project serves. */
export const projectGoals = pgTable(
  'project_goals',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id').notNull(),
    goalId: uuid('goal_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.projectId, t.goalId] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goals.tenantId, goals.id] }),
    index('project_goals_goal_idx').on(t.tenantId, t.goalId),
  ],
);

/** The Smart City Charter guidelines a project follows. */
export const projectGuidelines = pgTable(
  'project_guidelines',
  {
    tenantId: tenantId(),
    projectId: uuid('project_id').notNull(),
    guidelineId: uuid('guideline_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.projectId, t.guidelineId] }),
    foreignKey({
      columns: [t.tenantId, t.projectId],
      foreignColumns: [projects.tenantId, projects.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.guidelineId],
      foreignColumns: [charterGuidelines.tenantId, charterGuidelines.id],
    }),
  ],
);

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
  ],
);

export const RISK_LEVELS = [1, 2, 3] as const;

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
  ],
);

export type Project = typeof projects.$inferSelect;
export type ProjectRisk = typeof projectRisks.$inferSelect;
export type ProjectUpdate = typeof projectUpdates.$inferSelect;
export type ProjectBudget = typeof projectBudgets.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
