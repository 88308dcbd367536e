import {
  date,
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

/** What an agenda lists: project ideas and projects. */
export const AGENDA_SUBJECTS = ['idea', 'project'] as const;

export const AGENDA_STATES = ['draft', 'submitted', 'adopted'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

/** The annual digital-administration agenda: drafted by the CDO team, submitted, adopted by the council. */
export const agendas = pgTable(
  'agendas',
  {
    tenantId: tenantId(),
    id: rowId(),
    year: integer('year').notNull(),
    state: text('state', { enum: AGENDA_STATES }).notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decisionDate: date('decision_date'),
    decisionReference: text('decision_reference'),
    decidedText: text('decided_text'),
    councilDocumentUrl: text('council_document_url'),
    oparlUrl: text('oparl_url'),
    adoptedVersion: integer('adopted_version'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('agendas_year_uq').on(t.tenantId, t.year),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    oneOf(t.state, AGENDA_STATES),
    within(t.year, 2000, 2100),
    within(t.adoptedVersion, 1),
    index('agendas_created_by_idx').on(t.tenantId, t.createdBy),
  ],
);

/** Every saved state of an agenda; versions are never changed, the newest is the current draft. */
export const agendaVersions = pgTable(
  'agenda_versions',
  {
    tenantId: tenantId(),
    id: rowId(),
    agendaId: uuid('agenda_id').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    introduction: text('introduction').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('agenda_versions_uq').on(t.tenantId, t.agendaId, t.version),
    foreignKey({ columns: [t.tenantId, t.agendaId], foreignColumns: [agendas.tenantId, agendas.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    within(t.version, 1),
    index('agenda_versions_created_by_idx').on(t.tenantId, t.createdBy),
  ],
);

/** The ideas and projects a version of the agenda contains, in order. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    tenantId: tenantId(),
    versionId: uuid('version_id').notNull(),
    subjectType: text('subject_type', { enum: AGENDA_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.versionId, t.subjectType, t.subjectId] }),
    foreignKey({
      columns: [t.tenantId, t.versionId],
      foreignColumns: [agendaVersions.tenantId, agendaVersions.id],
    }).onDelete('cascade'),
    oneOf(t.subjectType, AGENDA_SUBJECTS),
    within(t.position, 0),
  ],
);

export type Agenda = typeof agendas.$inferSelect;
export type AgendaVersion = typeof agendaVersions.$inferSelect;
