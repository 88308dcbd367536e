import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, within } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { participationProcesses } from '../proposals/proposals.table.ts';

/** A candidate cluster the CDO team rejected; the assistant does not offer the same members again. */
export const clusterRejections = pgTable(
  'cluster_rejections',
  {
    tenantId: tenantId(),
    signature: text('signature').notNull(),
    proposalIds: jsonb('proposal_ids').$type<string[]>().notNull(),
    rejectedBy: uuid('rejected_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.signature] }),
    foreignKey({ columns: [t.tenantId, t.rejectedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('cluster_rejections_rejected_by_idx').on(t.tenantId, t.rejectedBy),
  ],
);

export const CLUSTER_RUN_STATES = ['queued', 'running', 'done', 'failed'] as const;

/** A clustering run done by a background job (large processes), with its progress and result. */
export const clusterRuns = pgTable(
  'cluster_runs',
  {
    tenantId: tenantId(),
    id: rowId(),
    processId: uuid('process_id'),
    state: text('state', { enum: CLUSTER_RUN_STATES }).notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    result: jsonb('result'),
    error: text('error'),
    requestedBy: uuid('requested_by'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.processId],
      foreignColumns: [participationProcesses.tenantId, participationProcesses.id],
    }),
    index('cluster_runs_created_idx').on(t.tenantId, t.createdAt),
    oneOf(t.state, CLUSTER_RUN_STATES),
    within(t.done, 0),
    within(t.total, 0),
    index('cluster_runs_process_idx').on(t.tenantId, t.processId),
  ],
);
