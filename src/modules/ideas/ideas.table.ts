import {
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { fieldsOfAction } from '../strategy/strategy.table.ts';

export const IDEA_STATES = ['open', 'in_project', 'rejected'] as const;
export type IdeaState = (typeof IDEA_STATES)[number];

/** A project idea condensed from one or more proposals. */
export const ideas = pgTable(
  'ideas',
  {
    tenantId: tenantId(),
    id: rowId(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    fieldOfActionId: uuid('field_of_action_id'),
    state: text('state', { enum: IDEA_STATES }).notNull().default('open'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.fieldOfActionId],
      foreignColumns: [fieldsOfAction.tenantId, fieldsOfAction.id],
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('ideas_number_uq').on(t.tenantId, t.number),
    oneOf(t.state, IDEA_STATES),
    index('ideas_created_by_idx').on(t.tenantId, t.createdBy),
    index('ideas_field_of_action_idx').on(t.tenantId, t.fieldOfActionId),
  ],
);

/**
 * Provenance: which proposals an idea condenses. Rows are never deleted: undoing a merge marks the link
 * as ended (unlinked_at), so a proposal's trail still shows the idea it once belonged to.
 */
export const ideaProposals = pgTable(
  'idea_proposals',
  {
    tenantId: tenantId(),
    ideaId: uuid('idea_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    linkedBy: uuid('linked_by'),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    unlinkedBy: uuid('unlinked_by'),
    unlinkedAt: timestamp('unlinked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ideaId, t.proposalId] }),
    foreignKey({ columns: [t.tenantId, t.ideaId], foreignColumns: [ideas.tenantId, ideas.id] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    foreignKey({ columns: [t.tenantId, t.linkedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    foreignKey({ columns: [t.tenantId, t.unlinkedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('idea_proposals_proposal_idx').on(t.tenantId, t.proposalId),
    index('idea_proposals_linked_by_idx').on(t.tenantId, t.linkedBy),
    index('idea_proposals_unlinked_by_idx').on(t.tenantId, t.unlinkedBy),
  ],
);

export type Idea = typeof ideas.$inferSelect;
