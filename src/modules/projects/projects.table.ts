import {
  boolean,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, updatedAt, within } from '../../db/columns.ts';
import { ideas } from '../ideas/ideas.table.ts';
import { accounts, orgUnits } from '../orgs/orgs.table.ts';
import { charterGuidelines, fieldsOfAction, goals } from '../strategy/strategy.table.ts';

export const PROJECT_PHASES = ['planned', 'in_progress', 'completed', 'paused', 'stopped'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];
/** The phases a new project can start in. */
export const STARTING_PHASES: readonly ProjectPhase[] = ['planned', 'in_progress'];
/**
 * Phases whose project shows its last reported status; a stopped one shows "stopped" instead, so a filter
 * by status never finds it (it is no longer at risk or on track).
 */
export const STATUS_SHOWN_PHASES: readonly ProjectPhase[] = PROJECT_PHASES.filter((p) => p !== 'stopped');
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
    /** The project's key in the city's own portfolio workbook (Kennung), which a repeated import matches. */
    externalRef: text('external_ref'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('projects_slug_uq').on(t.tenantId, t.slug),
    uniqueIndex('projects_external_ref_uq').on(t.tenantId, t.externalRef),
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
    oneOf(t.phase, PROJECT_PHASES),
    oneOf(t.visibility, VISIBILITIES),
    within(t.budgetPlanned, 0),
    within(t.budgetSpent, 0),
    index('projects_field_of_action_idx').on(t.tenantId, t.fieldOfActionId),
    index('projects_lead_account_idx').on(t.tenantId, t.leadAccountId),
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
    index('project_guidelines_guideline_idx').on(t.tenantId, t.guidelineId),
  ],
);

export type Project = typeof projects.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
