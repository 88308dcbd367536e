import { integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { bytea, tenantId } from '../../db/columns.ts';

/**
 * The last count of a tenant's proposal words (document frequencies and the words for "did you mean"),
 * saved by the process that made it: after a start, a large city's hints load it in a fraction of a second
 * instead of reading every proposal again. Derived data, like sessions: never backed up, emptied by a
 * restore, made anew from the proposals.
 */
export const proposalWordCounts = pgTable(
  'proposal_word_counts',
  {
    tenantId: tenantId(),
    builtAt: timestamp('built_at', { withTimezone: true, mode: 'date' }).notNull(),
    documents: integer('documents').notNull(),
    /** Gzipped lines of JSON (see similar.service's saveWordCounts). */
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] })],
);
