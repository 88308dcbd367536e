import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantId } from '../../db/columns.ts';

/**
 * What each download of a data set last held: a digest of its bytes and since when it holds them. A
 * download's Last-Modified is when its bytes last changed, the same in every process and after a
 * restart, also when a change removed rows (which no row's own timestamp could tell).
 */
export const openDataVersions = pgTable(
  'open_data_versions',
  {
    tenantId: tenantId(),
    /** The download: `projekte.csv`, `vorschlaege.json?lang=en` … */
    file: text('file').notNull(),
    /** sha-256 of the bytes (base64url), also the ETag. */
    digest: text('digest').notNull(),
    rows: integer('rows').notNull(),
    bytes: integer('bytes').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.file] })],
);
