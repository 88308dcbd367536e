import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import { bytea, createdAt, oneOf, rowId, tenantId } from '../../db/columns.ts';
import { DEFAULT_TIME_ZONE } from '../../platform/dates.ts';
import { STAFF_LANGS } from '../../platform/i18n/langs.ts';

/** One rule of the identity provider's claims to a Rathaus role: `groups` holds `digital-cdo` ▸ cdo. */
export interface OidcRoleRule {
  id: string;
  claim: string;
  value: string;
  role: Role;
  /** The unit the role is held at (offices, departments), by id; none for tenant-wide roles. */
  orgUnitId: string | null;
}

/** Settings a municipality edits about itself; shown in the layout and the legal pages. */
export interface TenantSettings {
  cityName: string;
  stateName?: string;
  /** Amtlicher Gemeindeschlüssel (8 digits) or Regionalschlüssel (12 digits), for the open-data catalogue. */
  regionalKey?: string;
  legalNotice?: {
    organisation: string;
    address: string;
    email: string;
    phone?: string;
    representative?: string;
  };
  privacyContact?: string;
  accessibilityContact?: string;
  /**
   * The city's identifier in GovData's list of contributors (`http://dcat-ap.de/def/contributors/…`),
   * received on registering with GovData; the open-data catalogue names it on every data set.
   */
  govdataContributorId?: string;
  /** The city's logo (its bytes in `tenant_logos`): the file name changes with the bytes. */
  logo?: { file: string; width: number; height: number };
  /**
   * The video in German Sign Language (DGS) explaining the portal, served by the city itself (a path or
   * an address on the city's own host), with its German captions (WebVTT, required: the video is for
   * deaf people, the captions for everyone who cannot sign); the easy-read page shows it.
   */
  signLanguageVideo?: { src: string; captions: string };
  /**
   * The accessibility statement's facts (EU model statement, Implementing Decision 2018/1523): when it
   * was prepared and last reviewed (YYYY-MM-DD), how the portal was assessed, and the state's body
   * that enforces accessibility (NRW: the Ombudsstelle für barrierefreie Informationstechnik).
   */
  /**
   * Staff sign-in through the installation's OpenID provider (OIDC_ISSUER): which claims give which role
   * (a rule matches when the claim equals the value or, as a list, holds it), and whether staff may still
   * sign in with a password. Edited by the administrator at /intern/verwaltung/anmeldung, audited.
   */
  signIn?: {
    rules: OidcRoleRule[];
    /** false: accounts with a staff role sign in only through the identity provider. */
    staffPasswords: boolean;
  };
  accessibilityStatement?: {
    preparedOn: string;
    reviewedOn?: string;
    method: 'self' | 'external';
    /** The independent body that audited the portal, for `external`. */
    assessor?: string;
    enforcement?: { name: string; url?: string; email?: string };
  };
}

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  hosts: text('hosts').array().notNull().default(sql`'{}'::text[]`),
  settings: jsonb('settings').$type<TenantSettings>().notNull(),
  /** The municipality's time zone (IANA): its calendar day decides what is due and overdue. */
  timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
  createdAt: createdAt(),
});

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The city's logo, shown in the portal's header and on the title page of its PDF reports. */
export const tenantLogos = pgTable(
  'tenant_logos',
  {
    tenantId: tenantId()
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** `<hash of the bytes>.png`: a new logo gets a new address, so browsers may keep the old forever. */
    file: text('file').notNull(),
    mediaType: text('media_type', { enum: LOGO_TYPES }).notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [oneOf(t.mediaType, LOGO_TYPES)],
);

export const ORG_UNIT_KINDS = ['administration', 'department', 'office', 'team'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const orgUnits = pgTable(
  'org_units',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: ORG_UNIT_KINDS }).notNull(),
    code: text('code'),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    index('org_units_parent_idx').on(t.tenantId, t.parentId),
    oneOf(t.kind, ORG_UNIT_KINDS),
  ],
);

export const ROLES = [
  'citizen',
  'partner',
  'staff',
  'project_lead',
  'office_head',
  'department_head',
  'cdo',
  'moderator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const accounts = pgTable(
  'accounts',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    isDemo: boolean('is_demo').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** When the person proved the address is theirs (the link in the sign-up mail, or a password reset). */
    emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
    /**
     * When the person deleted the account (DSGVO Art. 17): the row stays, emptied of everything personal,
     * so published contributions keep an anonymous author.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** The language of the back office and of the mails this person receives. */
    language: text('language', { enum: STAFF_LANGS }).notNull().default('de'),
    /**
     * The person at the city's identity provider (`<issuer> <sub>`), once they signed in through it; their
     * roles then follow the tenant's rules for the provider's claims.
     */
    oidcSubject: text('oidc_subject'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('accounts_email_uq').on(t.tenantId, sql`lower(${t.email})`),
    uniqueIndex('accounts_oidc_subject_uq').on(t.tenantId, t.oidcSubject),
    oneOf(t.language, STAFF_LANGS),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    tenantId: tenantId(),
    id: rowId(),
    accountId: uuid('account_id').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    orgUnitId: uuid('org_unit_id'),
    /** For the partner role: the organisation the person speaks for (verified by the administration). */
    partnerId: uuid('partner_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.orgUnitId], foreignColumns: [orgUnits.tenantId, orgUnits.id] }),
    index('role_assignments_account_idx').on(t.tenantId, t.accountId),
    oneOf(t.role, ROLES),
    index('role_assignments_org_unit_idx').on(t.tenantId, t.orgUnitId),
    foreignKey({ columns: [t.tenantId, t.partnerId], foreignColumns: [partners.tenantId, partners.id] }),
    index('role_assignments_partner_idx').on(t.tenantId, t.partnerId),
    check('role_assignments_partner_only_check', sql`${t.partnerId} is null or ${t.role} = 'partner'`),
  ],
);

/**
 * A staff member's passkey (WebAuthn): the authenticator keeps the private key, Rathaus the public one, to
 * sign in without a password.
 */
export const passkeys = pgTable(
  'passkeys',
  {
    tenantId: tenantId(),
    /** The credential's id as the authenticator reports it (base64url). */
    id: text('id').notNull(),
    accountId: uuid('account_id').notNull(),
    /** What the person called it ("Laptop im Büro"), to tell several apart. */
    name: text('name').notNull(),
    /** The COSE public key (base64url). */
    publicKey: text('public_key').notNull(),
    /** The authenticator's signature counter: one that goes backwards betrays a cloned key. */
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    /** Synced by its provider (a phone's keychain) rather than bound to one device. */
    backedUp: boolean('backed_up').notNull().default(false),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.accountId],
      foreignColumns: [accounts.tenantId, accounts.id],
    }).onDelete('cascade'),
    index('passkeys_account_idx').on(t.tenantId, t.accountId),
  ],
);

export const PARTNER_KINDS = ['company', 'startup', 'science', 'authority', 'ngo'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const partners = pgTable(
  'partners',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    id: rowId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    digitalHubMember: boolean('digital_hub_member').notNull().default(false),
    website: text('website'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), oneOf(t.kind, PARTNER_KINDS)],
);

export type Tenant = typeof tenants.$inferSelect;
export type OrgUnit = typeof orgUnits.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type RoleAssignment = typeof roleAssignments.$inferSelect;
export type Partner = typeof partners.$inferSelect;
