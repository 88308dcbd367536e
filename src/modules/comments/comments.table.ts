import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { proposals } from '../proposals/proposals.table.ts';

/** One support per account and proposal; the counts are public, the names are not. */
export const supports = pgTable(
  'supports',
  {
    tenantId: tenantId(),
    proposalId: uuid('proposal_id').notNull(),
    accountId: uuid('account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.proposalId, t.accountId] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('supports_account_idx').on(t.tenantId, t.accountId),
  ],
);

export const COMMENT_STATES = ['submitted', 'published', 'hidden'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

/** A comment on a proposal by a signed-in person; replies go one level deep; moderated like proposals. */
export const comments = pgTable(
  'comments',
  {
    tenantId: tenantId(),
    id: rowId(),
    proposalId: uuid('proposal_id').notNull(),
    parentId: uuid('parent_id'),
    accountId: uuid('account_id').notNull(),
    body: text('body').notNull(),
    /** ISO 639-1 language it is written in, detected on intake (`und`: unsure, read as the city's). */
    language: text('language').notNull().default('de'),
    state: text('state', { enum: COMMENT_STATES }).notNull().default('submitted'),
    moderationReason: text('moderation_reason'),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('comments_proposal_idx').on(t.tenantId, t.proposalId, t.createdAt),
    index('comments_state_idx').on(t.tenantId, t.state, t.createdAt),
    oneOf(t.state, COMMENT_STATES),
    index('comments_account_idx').on(t.tenantId, t.accountId),
    index('comments_parent_idx').on(t.tenantId, t.parentId),
  ],
);

/** What anyone may report to the moderators. */
export const REPORTABLE_TYPES = ['proposal', 'comment'] as const;

/** "Report" clicks on a proposal or a comment, from anyone; open reports put the item before a moderator. */
export const abuseReports = pgTable(
  'abuse_reports',
  {
    tenantId: tenantId(),
    id: rowId(),
    entityType: text('entity_type', { enum: REPORTABLE_TYPES }).notNull(),
    entityId: uuid('entity_id').notNull(),
    reason: text('reason').notNull(),
    reporterAccountId: uuid('reporter_account_id'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.reporterAccountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }),
    index('abuse_reports_entity_idx').on(t.tenantId, t.entityType, t.entityId),
    index('abuse_reports_open_idx').on(t.tenantId, t.createdAt).where(sql`resolved_at is null`),
    oneOf(t.entityType, REPORTABLE_TYPES),
    index('abuse_reports_reporter_account_idx').on(t.tenantId, t.reporterAccountId),
  ],
);

export type ProposalComment = typeof comments.$inferSelect;
