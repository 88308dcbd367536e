import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId } from '../db/columns.ts';
import { LANGS } from './i18n/langs.ts';

/**
 * Tables of the cross-cutting plumbing. They reference tenants and accounts by id only (no foreign key
 * into modules), so platform/ never imports a module.
 */
/** What a session holds of a sign-in through the identity provider (see sessions.oidc). */
export interface SessionOidc {
  pending?: { state: string; nonce: string; verifier: string; back: string };
  refreshToken?: string;
  idToken?: string;
  /** When the provider last confirmed the person (ms since epoch). */
  checkedAt?: number;
}

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').notNull(),
    tenantId: tenantId(),
    accountId: uuid('account_id'),
    csrfToken: text('csrf_token').notNull(),
    lang: text('lang'),
    /**
     * Sign-in through the identity provider: before, the pending request (state, nonce, PKCE verifier);
     * after, what lets Rathaus ask the provider again (refresh token, ID token for the logout) and when it
     * last did.
     */
    oidc: jsonb('oidc').$type<SessionOidc>(),
    /** The challenge of a passkey ceremony begun in this session (sign-in or adding one), used once. */
    webauthnChallenge: text('webauthn_challenge'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // Tenant first, like every key, so sessions can be distributed with the tenant's other rows.
    primaryKey({ columns: [t.tenantId, t.id] }),
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
    // The change log, newest first (the administration's /intern/verwaltung/protokoll).
    index('audit_events_at_idx').on(t.tenantId, t.at),
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

export const TRANSLATION_ORIGINS = ['human', 'machine'] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];
export const TRANSLATION_PROVIDERS = ['deepl', 'libretranslate'] as const;

/**
 * A field of a record (a proposal's title, a project's summary …) in another language, with where it came
 * from: made by a person, or by a machine (which provider, which model, when), and the hash of the
 * original it was made from — when the original changes, a machine translation is renewed and a
 * person's is flagged for review.
 */
export const translations = pgTable(
  'translations',
  {
    tenantId: tenantId(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    field: text('field').notNull(),
    lang: text('lang', { enum: LANGS }).notNull(),
    text: text('text').notNull(),
    /** The language of the original (ISO 639-1; a proposal's is detected on intake). */
    sourceLang: text('source_lang').notNull(),
    /** SHA-256 of the original text this translation was made from. */
    sourceHash: text('source_hash').notNull(),
    origin: text('origin', { enum: TRANSLATION_ORIGINS }).notNull(),
    provider: text('provider', { enum: TRANSLATION_PROVIDERS }),
    model: text('model'),
    translatedAt: timestamp('translated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The person who wrote or last corrected it. */
    translatedBy: uuid('translated_by'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** A reviewed or human translation whose original has changed since. */
    needsReview: boolean('needs_review').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.subjectType, t.subjectId, t.field, t.lang] }),
    index('translations_review_idx').on(t.tenantId, t.needsReview),
    oneOf(t.lang, LANGS),
    oneOf(t.origin, TRANSLATION_ORIGINS),
    oneOf(t.provider, TRANSLATION_PROVIDERS),
  ],
);

/**
 * Characters sent to a translation provider per tenant and calendar month, against the monthly budget;
 * `stopped_at` and `stop_reason` tell the administration why machine translation paused.
 */
export const translationUsage = pgTable(
  'translation_usage',
  {
    tenantId: tenantId(),
    provider: text('provider', { enum: TRANSLATION_PROVIDERS }).notNull(),
    month: date('month').notNull(),
    characters: bigint('characters', { mode: 'number' }).notNull().default(0),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    stopReason: text('stop_reason', { enum: ['budget', 'provider_quota', 'provider_auth'] }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.provider, t.month] }),
    oneOf(t.provider, TRANSLATION_PROVIDERS),
    oneOf(t.stopReason, ['budget', 'provider_quota', 'provider_auth']),
  ],
);

/**
 * The city's terms and how they are translated (Amt ▸ office, OZG ▸ OZG), kept in Rathaus and handed to
 * the provider (a DeepL glossary) so its own words come out the same every time.
 */
export const translationGlossary = pgTable(
  'translation_glossary',
  {
    tenantId: tenantId(),
    id: rowId(),
    lang: text('lang', { enum: LANGS }).notNull(),
    term: text('term').notNull(),
    translation: text('translation').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('translation_glossary_term_uq').on(t.tenantId, t.lang, t.term),
    oneOf(t.lang, LANGS),
  ],
);

/** The provider's copy of a tenant's glossary for one target language, and the entries it was made from. */
export const translationGlossarySync = pgTable(
  'translation_glossary_sync',
  {
    tenantId: tenantId(),
    provider: text('provider', { enum: TRANSLATION_PROVIDERS }).notNull(),
    lang: text('lang', { enum: LANGS }).notNull(),
    glossaryId: text('glossary_id').notNull(),
    entriesHash: text('entries_hash').notNull(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.provider, t.lang] }),
    oneOf(t.provider, TRANSLATION_PROVIDERS),
    oneOf(t.lang, LANGS),
  ],
);

export const STAT_METRICS = [
  'view',
  'visit',
  'entry',
  'referrer',
  'search_empty',
  'download',
  'returning',
] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

/**
 * The portal's statistics, counted by the server without tracking: page views per page, visits (see
 * stats_visitors), entry pages, referring hosts, searches without results, open-data downloads, and —
 * only with the visitor's consent — returning visits. Per tenant and calendar day; no address, no id.
 */
export const statsDaily = pgTable(
  'stats_daily',
  {
    tenantId: tenantId(),
    day: date('day').notNull(),
    metric: text('metric', { enum: STAT_METRICS }).notNull(),
    /** The page path, host, search words or file the count is for ('' for visits). */
    key: text('key').notNull().default(''),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.metric, t.key] }), oneOf(t.metric, STAT_METRICS)],
);

/**
 * Today's visits: a hash of the day's random salt, the address and the browser, so one visit counts once
 * per day. The salt is deleted when the day is over, and with it any way back to the address; the rows
 * of past days are deleted too. Never backed up.
 */
export const statsVisitors = pgTable(
  'stats_visitors',
  {
    tenantId: tenantId(),
    day: date('day').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.hash] })],
);

/** The random salt of the current day (shared by every process); yesterday's is deleted. */
export const statsSalts = pgTable('stats_salts', {
  day: date('day').primaryKey(),
  salt: text('salt').notNull(),
});
