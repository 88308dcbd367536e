import { type SQLWrapper, sql } from 'drizzle-orm';
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
import { bytea, createdAt, oneOf, rowId, tenantId, tsvector, within } from '../../db/columns.ts';
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

/**
 * The city's answer on a proposal: being evaluated, taken up, not pursued (with a reason), or merged with
 * others into an idea.
 */
export const ANSWER_STATES = ['evaluating', 'accepted', 'rejected', 'merged'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

/**
 * A title as compared for "the same title": lower case, every run of other characters than letters and
 * digits one space. The same expression serves the index and the query, so the planner can match them.
 */
export const titleKey = (title: SQLWrapper | string) =>
  sql`trim(regexp_replace(lower(${title}), '[^[:alnum:]]+', ' ', 'g'))`;

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
    /**
     * The render token of the form it was sent from (`_t`): a double click or a reload sends the same form
     * twice, and for a visitor without account or address it is the only sign that it is the same person.
     */
    formToken: text('form_token'),
    fieldOfActionId: uuid('field_of_action_id'),
    /** Where the proposal applies, in the author's words (a street, a district, a building). */
    place: text('place'),
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
    answerState: text('answer_state', { enum: ANSWER_STATES }),
    answerText: text('answer_text'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
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
    // Newest first across states: a search for a common word walks it (matchStatement in proposals.queries).
    index('proposals_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    // btree_gin (migration 0002) lets the tenant column join the full-text GIN index: the planner takes
    // it for a small tenant among many. For a large one the words alone are cheaper: the tenant's entry in
    // the combined index lists every one of its rows (about 10 ms per query at 100,000 on PGlite).
    index('proposals_tenant_search_idx').using('gin', t.tenantId, t.search).with({ fastupdate: false }),
    index('proposals_search_idx').using('gin', t.search).with({ fastupdate: false }),
    // Proposals under the same title (duplicate hints, candidatesBySameTitle): without it every lookup
    // read every title of the tenant (13 ms at 2,600 proposals, growing with the tenant).
    index('proposals_title_key_idx').on(t.tenantId, titleKey(t.title)),
    oneOf(t.authorKind, AUTHOR_KINDS),
    oneOf(t.state, PROPOSAL_STATES),
    index('proposals_author_account_idx').on(t.tenantId, t.authorAccountId),
    index('proposals_duplicate_of_idx').on(t.tenantId, t.duplicateOfId),
    index('proposals_field_of_action_idx').on(t.tenantId, t.fieldOfActionId),
    oneOf(t.answerState, ANSWER_STATES),
    foreignKey({ columns: [t.tenantId, t.answeredBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('proposals_answered_by_idx').on(t.tenantId, t.answeredBy),
    // The newest answers first (the answers feed), among the answered only.
    index('proposals_answered_at_idx').on(t.tenantId, t.answeredAt).where(sql`answered_at is not null`),
    // What was moderated since a moment (with proposals_tenant_created_idx: the moderation queue's kept
    // lookups, changedSince); without it a seq scan (42 ms at 100,000 on PGlite).
    index('proposals_moderated_at_idx').on(t.tenantId, t.moderatedAt).where(sql`moderated_at is not null`),
  ],
);

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Files sent with a proposal (PDF, PNG, JPEG; type checked by content); public once the proposal is. */
export const proposalAttachments = pgTable(
  'proposal_attachments',
  {
    tenantId: tenantId(),
    id: rowId(),
    /** Null while the file waits on the confirmation step; then it belongs to the new proposal. */
    proposalId: uuid('proposal_id'),
    /** The random token of a submission in progress that holds the file until the final submit. */
    stagingToken: text('staging_token'),
    filename: text('filename').notNull(),
    mediaType: text('media_type', { enum: ATTACHMENT_TYPES }).notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    index('proposal_attachments_proposal_idx').on(t.tenantId, t.proposalId),
    index('proposal_attachments_staging_idx').on(t.tenantId, t.stagingToken),
    oneOf(t.mediaType, ATTACHMENT_TYPES),
    within(t.size, 0),
  ],
);

export type ParticipationProcess = typeof participationProcesses.$inferSelect;
export type Proposal = typeof proposals.$inferSelect;
export type ProposalAttachment = typeof proposalAttachments.$inferSelect;
