import { foreignKey, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId } from '../../db/columns.ts';
import { tenants } from '../orgs/orgs.table.ts';

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
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('pillars_key_uq').on(t.tenantId, t.key)],
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
  ],
);

export type Pillar = typeof pillars.$inferSelect;
export type FieldOfAction = typeof fieldsOfAction.$inferSelect;
