import { foreignKey, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, within } from '../../db/columns.ts';
import { accounts } from '../orgs/orgs.table.ts';

/**
 * A staff member's calendar address: the address is signed with the server's secret over the account and
 * this version, so nothing secret is stored; making a new one raises the version and the old address
 * stops working. Gone with the account.
 */
export const calendarKeys = pgTable(
  'calendar_keys',
  {
    tenantId: tenantId(),
    accountId: uuid('account_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    /** When a calendar app last fetched the address (shown to its owner). */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId] }),
    foreignKey({
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }).onDelete('cascade'),
    within(t.version, 1),
  ],
);

export type CalendarKey = typeof calendarKeys.$inferSelect;
