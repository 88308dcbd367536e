import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, rowId, tenantId } from '../db/columns.ts';

/**
 * Tables of the cross-cutting plumbing. They reference tenants and accounts by id only (no foreign key
 * into modules), so platform/ never imports a module.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    accountId: uuid('account_id'),
    csrfToken: text('csrf_token').notNull(),
    lang: text('lang'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sessions_expires_idx').on(t.expiresAt),
    index('sessions_account_idx').on(t.tenantId, t.accountId),
  ],
);

/** Who changed what, when, with the record before and after. */
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: tenantId(),
    id: rowId(),
    actorAccountId: uuid('actor_account_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('audit_events_entity_idx').on(t.tenantId, t.entityType, t.entityId, t.at),
  ],
);

/** Fixed-window counters shared by every process, so a limit holds behind a load balancer. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limits_window_idx').on(t.windowStart)],
);

/**
 * Domain events (the outbox): recorded in the transaction of a change; in-transaction handlers of other
 * modules run at once, after-commit consumers named in `pending` take them later (platform/events.ts).
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    tenantId: tenantId(),
    id: rowId(),
    /** Order of recording, also within one transaction (where created_at is the same). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    actorAccountId: uuid('actor_account_id'),
    /** After-commit consumers that have not handled the event yet. */
    pending: text('pending').array().notNull().default(sql`'{}'::text[]`),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('domain_events_subject_idx').on(t.tenantId, t.subjectType, t.subjectId, t.seq),
    index('domain_events_pending_idx').on(t.seq).where(sql`pending <> '{}'::text[]`),
  ],
);
