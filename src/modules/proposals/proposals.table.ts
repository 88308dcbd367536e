import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId, tsvector } from '../../db/columns.ts';
import { accounts, tenants } from '../orgs/orgs.table.ts';
import { fieldsOfAction } from '../strategy/strategy.table.ts';

/** A participation process such as "Digitales Bonn 2016" or the cycling dialogue 2017. */
export const participationProcesses = pgTable(
  'participation_processes',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    attribution: text('attribution'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('participation_processes_slug_uq').on(t.tenantId, t.slug),
  ],
);

export const AUTHOR_KINDS = [
  'citizen',
  'company',
  'startup',
  'science',
  'authority',
  'ngo',
  'staff',
] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** submitted ▸ published | hidden; published ▸ merged (condensed into an idea, never deleted). */
export const PROPOSAL_STATES = ['submitted', 'published', 'hidden', 'merged'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const proposals = pgTable(
  'proposals',
  {
    tenantId: tenantId(),
    id: rowId(),
    number: text('number').notNull(),
    processId: uuid('process_id'),
    externalRef: text('external_ref'),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    authorKind: text('author_kind', { enum: AUTHOR_KINDS }).notNull(),
    authorAccountId: uuid('author_account_id'),
    organisationName: text('organisation_name'),
    email: text('email'),
    fieldOfActionId: uuid('field_of_action_id'),
    language: text('language').notNull().default('de'),
    category: text('category'),
    sourceUrl: text('source_url'),
    state: text('state', { enum: PROPOSAL_STATES }).notNull().default('submitted'),
    moderationReason: text('moderation_reason'),
    /** Set when a moderator marks the proposal as a duplicate of another (it is then hidden). */
    duplicateOfId: uuid('duplicate_of_id'),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('german'::regconfig, coalesce(body, '')), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.processId],
      foreignColumns: [participationProcesses.tenantId, participationProcesses.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.authorAccountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.fieldOfActionId],
      foreignColumns: [fieldsOfAction.tenantId, fieldsOfAction.id],
    }),
    foreignKey({ columns: [t.tenantId, t.duplicateOfId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex('proposals_number_uq').on(t.tenantId, t.number),
    uniqueIndex('proposals_external_ref_uq').on(t.tenantId, t.processId, t.externalRef),
    index('proposals_state_idx').on(t.tenantId, t.state, t.createdAt),
    // btree_gin (migration 0002) lets the tenant column join the full-text GIN index.
    index('proposals_tenant_search_idx').using('gin', t.tenantId, t.search),
  ],
);

export type ParticipationProcess = typeof participationProcesses.$inferSelect;
export type Proposal = typeof proposals.$inferSelect;
