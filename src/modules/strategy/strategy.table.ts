import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { orgUnits, tenants } from '../orgs/orgs.table.ts';

export const pillars = pgTable(
  'pillars',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('pillars_key_uq').on(t.tenantId, t.key),
    within(t.position, 0),
  ],
);

export const fieldsOfAction = pgTable(
  'fields_of_action',
  {
    tenantId: tenantId(),
    id: rowId(),
    pillarId: uuid('pillar_id').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.pillarId], foreignColumns: [pillars.tenantId, pillars.id] }),
    uniqueIndex('fields_of_action_key_uq').on(t.tenantId, t.key),
    within(t.position, 0),
    index('fields_of_action_pillar_idx').on(t.tenantId, t.pillarId),
  ],
);

export type Pillar = typeof pillars.$inferSelect;
export type FieldOfAction = typeof fieldsOfAction.$inferSelect;

/** A strategic goal under a field of action; sub-goals point to their parent (a tree of any depth). */
export const goals = pgTable(
  'goals',
  {
    tenantId: tenantId(),
    id: rowId(),
    fieldOfActionId: uuid('field_of_action_id').notNull(),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.fieldOfActionId],
      foreignColumns: [fieldsOfAction.tenantId, fieldsOfAction.id],
    }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    index('goals_field_idx').on(t.tenantId, t.fieldOfActionId),
    within(t.position, 0),
    index('goals_parent_idx').on(t.tenantId, t.parentId),
  ],
);

/** The Smart City Charter's guidelines (four, seeded as data), to which goals and projects are linked. */
export const charterGuidelines = pgTable(
  'charter_guidelines',
  {
    tenantId: tenantId(),
    id: rowId(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('charter_guidelines_key_uq').on(t.tenantId, t.key),
    within(t.position, 0),
  ],
);

export const goalGuidelines = pgTable(
  'goal_guidelines',
  {
    tenantId: tenantId(),
    goalId: uuid('goal_id').notNull(),
    guidelineId: uuid('guideline_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.goalId, t.guidelineId] }),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goals.tenantId, goals.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.tenantId, t.guidelineId],
      foreignColumns: [charterGuidelines.tenantId, charterGuidelines.id],
    }),
    index('goal_guidelines_guideline_idx').on(t.tenantId, t.guidelineId),
  ],
);

export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;

/**
 * A key performance indicator defined the U4SSC way: what it measures, in which unit, how and from which
 * source, from which baseline to which target, and who owns it.
 */
export const kpis = pgTable(
  'kpis',
  {
    tenantId: tenantId(),
    id: rowId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    unit: text('unit').notNull(),
    method: text('method').notNull(),
    source: text('source').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    baselineYear: integer('baseline_year').notNull(),
    target: doublePrecision('target').notNull(),
    targetYear: integer('target_year').notNull(),
    direction: text('direction', { enum: KPI_DIRECTIONS }).notNull(),
    ownerOrgUnitId: uuid('owner_org_unit_id'),
    fieldOfActionId: uuid('field_of_action_id'),
    goalId: uuid('goal_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('kpis_key_uq').on(t.tenantId, t.key),
    foreignKey({ columns: [t.tenantId, t.ownerOrgUnitId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({
      columns: [t.tenantId, t.fieldOfActionId],
      foreignColumns: [fieldsOfAction.tenantId, fieldsOfAction.id],
    }),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goals.tenantId, goals.id] }),
    oneOf(t.direction, KPI_DIRECTIONS),
    within(t.baselineYear, 1990, 2100),
    within(t.targetYear, 1990, 2100),
    index('kpis_field_of_action_idx').on(t.tenantId, t.fieldOfActionId),
    index('kpis_goal_idx').on(t.tenantId, t.goalId),
    index('kpis_owner_org_unit_idx').on(t.tenantId, t.ownerOrgUnitId),
  ],
);

export const kpiMeasurements = pgTable(
  'kpi_measurements',
  {
    tenantId: tenantId(),
    id: rowId(),
    kpiId: uuid('kpi_id').notNull(),
    measuredOn: date('measured_on').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('kpi_measurements_day_uq').on(t.tenantId, t.kpiId, t.measuredOn),
  ],
);

export type Goal = typeof goals.$inferSelect;
export type Kpi = typeof kpis.$inferSelect;
export type KpiMeasurement = typeof kpiMeasurements.$inferSelect;
