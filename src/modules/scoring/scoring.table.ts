import {
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';

export const CRITERION_AXES = ['value', 'effort'] as const;
export type CriterionAxis = (typeof CRITERION_AXES)[number];
export const SUBJECT_TYPES = ['idea', 'project'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * A prioritisation criterion. Every criterion is phrased so that a higher score means "do it sooner"
 * (for effort criteria: quicker, cheaper, more feasible). The axis places it in the portfolio chart.
 */
export const scoringCriteria = pgTable(
  'scoring_criteria',
  {
    tenantId: tenantId(),
    id: rowId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    axis: text('axis', { enum: CRITERION_AXES }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('scoring_criteria_key_uq').on(t.tenantId, t.key),
    oneOf(t.axis, CRITERION_AXES),
    within(t.position, 0),
  ],
);

/** A version of the tenant's weights; the newest is in force, older ones stay for the record. */
export const scoringModels = pgTable(
  'scoring_models',
  {
    tenantId: tenantId(),
    id: rowId(),
    version: integer('version').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('scoring_models_version_uq').on(t.tenantId, t.version),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    within(t.version, 1),
    index('scoring_models_created_by_idx').on(t.tenantId, t.createdBy),
  ],
);

export const scoringWeights = pgTable(
  'scoring_weights',
  {
    tenantId: tenantId(),
    modelId: uuid('model_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.modelId, t.criterionId] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [scoringModels.tenantId, scoringModels.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.criterionId],
      foreignColumns: [scoringCriteria.tenantId, scoringCriteria.id],
    }),
    within(t.weight, WEIGHT.min, WEIGHT.max),
    index('scoring_weights_criterion_idx').on(t.tenantId, t.criterionId),
  ],
);

/** A score on one criterion, from 0 (none) to 5 (very high). */
export const SCORE = { min: 0, max: 5 } as const;
/** A criterion's weight in percent points (the weights of a model need not add up to 100). */
export const WEIGHT = { min: 0, max: 100 } as const;

/** A score (0–5) of an idea or project on one criterion, with the justification; the latest counts. */
export const scores = pgTable(
  'scores',
  {
    tenantId: tenantId(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    score: integer('score').notNull(),
    justification: text('justification').notNull(),
    scoredBy: uuid('scored_by'),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.subjectType, t.subjectId, t.criterionId] }),
    foreignKey({
      columns: [t.tenantId, t.criterionId],
      foreignColumns: [scoringCriteria.tenantId, scoringCriteria.id],
    }),
    foreignKey({ columns: [t.tenantId, t.scoredBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('scores_subject_idx').on(t.tenantId, t.subjectId),
    oneOf(t.subjectType, SUBJECT_TYPES),
    within(t.score, SCORE.min, SCORE.max),
    index('scores_criterion_idx').on(t.tenantId, t.criterionId),
    index('scores_scored_by_idx').on(t.tenantId, t.scoredBy),
  ],
);

export type ScoringCriterion = typeof scoringCriteria.$inferSelect;
export type Score = typeof scores.$inferSelect;
