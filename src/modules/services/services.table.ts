import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId, updatedAt, within } from '../../db/columns.ts';
import { orgUnits } from '../orgs/orgs.table.ts';
import { projects } from '../projects/projects.table.ts';

/** A maturity model for online services (OZG 1.1 with levels 0–4, OZG 2.0 with 0–7, or a city's own). */
export const maturityModels = pgTable(
  'maturity_models',
  {
    tenantId: tenantId(),
    id: rowId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** The model the tenant rates its services on. */
    active: boolean('active').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('maturity_models_key_uq').on(t.tenantId, t.key),
  ],
);

export const maturityLevels = pgTable(
  'maturity_levels',
  {
    tenantId: tenantId(),
    modelId: uuid('model_id').notNull(),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.modelId, t.level] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [maturityModels.tenantId, maturityModels.id],
    }),
    within(t.level, 0),
  ],
);

/** An administrative service in the catalogue, with its LeiKa key and its maturity level. */
export const onlineServices = pgTable(
  'online_services',
  {
    tenantId: tenantId(),
    id: rowId(),
    leikaKey: text('leika_key').notNull(),
    name: text('name').notNull(),
    officeId: uuid('office_id').notNull(),
    url: text('url'),
    modelId: uuid('model_id').notNull(),
    level: integer('level').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('online_services_leika_uq').on(t.tenantId, t.leikaKey),
    foreignKey({ columns: [t.tenantId, t.officeId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    foreignKey({
      columns: [t.tenantId, t.modelId, t.level],
      foreignColumns: [maturityLevels.tenantId, maturityLevels.modelId, maturityLevels.level],
    }),
    index('online_services_office_idx').on(t.tenantId, t.officeId),
    within(t.level, 0),
    index('online_services_model_level_idx').on(t.tenantId, t.modelId, t.level),
  ],
);

/** Which projects raise which service's maturity. */
export const serviceProjects = pgTable(
  'service_projects',
  {
    tenantId: tenantId(),
    serviceId: uuid('service_id').notNull(),
    projectId: uuid('project_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.serviceId, t.projectId] }),
    foreignKey({
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [onlineServices.tenantId, onlineServices.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
    index('service_projects_project_idx').on(t.tenantId, t.projectId),
  ],
);

export type OnlineService = typeof onlineServices.$inferSelect;
