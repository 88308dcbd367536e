import { date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { participationProcesses, proposals } from '../proposals/proposals.table.ts';

/** How many people took part in a workshop. */
export const PARTICIPANTS = { min: 1, max: 100_000 } as const;

/** A co-creation workshop; staff enter its participants' proposals with the workshop as their source. */
export const workshops = pgTable(
  'workshops',
  {
    tenantId: tenantId(),
    id: rowId(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    organiser: text('organiser').notNull(),
    participants: integer('participants').notNull(),
    processId: uuid('process_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.processId],
      foreignColumns: [participationProcesses.tenantId, participationProcesses.id],
    }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('workshops_held_idx').on(t.tenantId, t.heldOn),
    within(t.participants, PARTICIPANTS.min, PARTICIPANTS.max),
    index('workshops_created_by_idx').on(t.tenantId, t.createdBy),
    index('workshops_process_idx').on(t.tenantId, t.processId),
  ],
);

/** The proposals staff entered for a workshop's participants: the workshop is their source. */
export const workshopProposals = pgTable(
  'workshop_proposals',
  {
    tenantId: tenantId(),
    /** A proposal comes from one workshop at most. */
    proposalId: uuid('proposal_id').notNull(),
    workshopId: uuid('workshop_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.proposalId] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    foreignKey({ columns: [t.tenantId, t.workshopId], foreignColumns: [workshops.tenantId, workshops.id] }),
    index('workshop_proposals_workshop_idx').on(t.tenantId, t.workshopId),
  ],
);

export type Workshop = typeof workshops.$inferSelect;
