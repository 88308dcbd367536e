import { boolean, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, updatedAt } from '../../db/columns.ts';
import { accounts, orgUnits } from '../orgs/orgs.table.ts';
import { projects } from '../projects/projects.table.ts';

export const DIGITAL_STATES = ['analog', 'partly_digital', 'end_to_end'] as const;
export type DigitalState = (typeof DIGITAL_STATES)[number];

/** An administrative process in an office's inventory, with how digital it is and whether it was redesigned. */
export const processes = pgTable(
  'processes',
  {
    tenantId: tenantId(),
    id: rowId(),
    officeId: uuid('office_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    digitalState: text('digital_state', { enum: DIGITAL_STATES }).notNull(),
    /** Redesigned before digitising, not digitised 1:1. */
    redesigned: boolean('redesigned').notNull().default(false),
    projectId: uuid('project_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.officeId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
    index('processes_office_idx').on(t.tenantId, t.officeId),
    oneOf(t.digitalState, DIGITAL_STATES),
    index('processes_project_idx').on(t.tenantId, t.projectId),
  ],
);

export const TRAINING_KINDS = ['project_management', 'process_management', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** A course employees take (project management, process management, others). */
export const trainings = pgTable(
  'trainings',
  {
    tenantId: tenantId(),
    id: rowId(),
    title: text('title').notNull(),
    kind: text('kind', { enum: TRAINING_KINDS }).notNull(),
    heldOn: date('held_on').notNull(),
    provider: text('provider').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), oneOf(t.kind, TRAINING_KINDS)],
);

export const trainingParticipations = pgTable(
  'training_participations',
  {
    tenantId: tenantId(),
    trainingId: uuid('training_id').notNull(),
    accountId: uuid('account_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.trainingId, t.accountId] }),
    foreignKey({
      columns: [t.tenantId, t.trainingId],
      foreignColumns: [trainings.tenantId, trainings.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('training_participations_account_idx').on(t.tenantId, t.accountId),
  ],
);

export type Process = typeof processes.$inferSelect;
export type Training = typeof trainings.$inferSelect;
