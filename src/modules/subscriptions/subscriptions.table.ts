import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { LANGS } from '../../platform/i18n/langs.ts';
import { FREQUENCIES, type Frequency } from '../../platform/mail/mailer.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { proposals } from '../proposals/proposals.table.ts';

export const SUBSCRIBER_ROLES = ['author', 'supporter', 'follower'] as const;
export type SubscriberRole = (typeof SUBSCRIBER_ROLES)[number];

export { FREQUENCIES, type Frequency };

/**
 * Someone who follows a proposal by e-mail. Addresses given without an account stay unconfirmed until the
 * double opt-in link is used and are deleted after 30 days if it never is.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    tenantId: tenantId(),
    id: rowId(),
    proposalId: uuid('proposal_id').notNull(),
    /** Stored in lower case, so one address is one subscriber. */
    email: text('email').notNull(),
    accountId: uuid('account_id'),
    role: text('role', { enum: SUBSCRIBER_ROLES }).notNull(),
    frequency: text('frequency', { enum: FREQUENCIES }).notNull().default('immediate'),
    lang: text('lang', { enum: LANGS }).notNull().default('de'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.proposalId], foreignColumns: [proposals.tenantId, proposals.id] }),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('subscriptions_proposal_email_uq').on(t.tenantId, t.proposalId, t.email),
    index('subscriptions_email_idx').on(t.tenantId, t.email),
    index('subscriptions_unconfirmed_idx').on(t.createdAt).where(sql`confirmed_at is null`),
    oneOf(t.role, SUBSCRIBER_ROLES),
    oneOf(t.frequency, FREQUENCIES),
    oneOf(t.lang, LANGS),
    index('subscriptions_account_idx').on(t.tenantId, t.accountId),
  ],
);

/** Events waiting to be mailed (immediately or in the weekly digest); kept with the time they went out. */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantId(),
    id: rowId(),
    subscriptionId: uuid('subscription_id').notNull(),
    event: text('event').notNull(),
    data: jsonb('data').$type<Record<string, string | number>>().notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.subscriptionId],
      foreignColumns: [subscriptions.tenantId, subscriptions.id],
    }).onDelete('cascade'),
    index('notifications_pending_idx').on(t.createdAt).where(sql`sent_at is null`),
    index('notifications_subscription_idx').on(t.tenantId, t.subscriptionId),
  ],
);

export type Subscription = typeof subscriptions.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
