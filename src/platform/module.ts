import type { PgTable } from 'drizzle-orm/pg-core';
import type { Hono } from 'hono';
import type { DbOrTx } from '../db/client.ts';
import type { EventReactions } from './events.ts';
import type { ApiApp } from './http/api.ts';
import type { AppEnv, Deps, NavEntry } from './http/types.ts';
import type { Lang, MessageKey, MessageTree } from './i18n/i18n.ts';
import type { JobDefinition } from './jobs/jobs.ts';
import type { JourneyContribution } from './journey.ts';
import type { Permissions } from './permissions.ts';
import type { SeedStep } from './seed.ts';
import type { TranslatableSubject } from './translation/translation.ts';

/**
 * What a module declares once (Decidim's component manifest): its pages, its part of the JSON API and its
 * role-level permissions, and what it contributes to what others build (navigation, messages, journey
 * steps, backups, events, demo data). The composition root mounts every manifest.
 */
/** Confirmations any module's redirect may ask for (`?hinweis=saved`). */
export const SHARED_NOTICES: Readonly<Record<string, MessageKey>> = {
  saved: 'notice.saved',
  created: 'notice.created',
};

/** The layers of the lifecycle, bottom to top; a module imports only modules before it in the module list. */
export const LAYERS = [
  'organisation',
  'strategy',
  'participation',
  'ideas',
  'delivery',
  'control',
  'outputs',
  'pages',
] as const;
export type Layer = (typeof LAYERS)[number];

/** A public page for search engines: its German path (the other languages follow) and when it last changed. */
export interface SitemapEntry {
  path: string;
  modified?: Date | null;
}

export interface ModuleManifest {
  name: string;
  /** Where the module sits in the lifecycle (see docs/ARCHITECTURE.md). */
  layer: Layer;
  permissions: Permissions;
  routes?: (deps: Deps) => Hono<AppEnv>;
  api?: (api: ApiApp, deps: Deps) => void;
  /**
   * The public pages of this module's records (a project, a published proposal …) for `sitemap.xml`;
   * the pages of the navigation are listed from `nav`.
   */
  sitemap?: (db: DbOrTx, tenantId: string) => Promise<readonly SitemapEntry[]>;
  /** Its records' texts that are translated into the portal's languages (fields, events, originals). */
  translatable?: readonly TranslatableSubject[];
  /** Open-data sets this module publishes (public data only, never personal data). */
  exports?: readonly OpenDataExport[];
  /** Background jobs (pg-boss queues) with their handlers and schedules. */
  // biome-ignore lint/suspicious/noExplicitAny: each job declares its own payload type
  jobs?: (deps: Deps) => readonly JobDefinition<any>[];
  /** The module's messages (its <module>.messages.ts and the other languages' files beside it): German, and every other language with every German key. */
  messages?: { readonly [L in Lang]: MessageTree };
  /** The module's tables (its table file's exports): backed up and restored with everything else. */
  tables?: readonly PgTable[];
  /** Links in the portal's or the back office's navigation; a role sees only what it may open. */
  nav?: readonly NavEntry[];
  /** `?hinweis=` values this module's redirects use ▸ i18n key of the confirmation the page shows. */
  notices?: Readonly<Record<string, MessageKey>>;
  /** Reactions to other modules' domain events: in their transaction, or after the commit. */
  events?: EventReactions<Deps>;
  /** Steps this module adds to the story of a proposal (or of any stop it continues from). */
  journey?: readonly JourneyContribution[];
  /** Its part of the demo city, seeded after the modules listed before it (platform/seed.ts). */
  seed?: SeedStep;
  /** What it keeps about a person with an account: their data download, and what deleting the account does. */
  personalData?: PersonalData;
  /**
   * Its pages whose address carries a secret or a person's data below this prefix (a token, a reference):
   * the statistics count them under the prefix alone, so no such address is stored or published.
   */
  privatePaths?: readonly string[];
  /**
   * What it reads ahead once the server listens (in the background, never holding up the start), so that
   * the first person to need it does not wait: a resource read once per process, a city's counts.
   */
  warmUp?: (deps: Deps) => Promise<void>;
}

/** The person a data download or an account deletion is about. */
export interface DataSubject {
  id: string;
  email: string;
}

/**
 * A module's part of the data-subject rights (DSGVO Art. 15, 17, 20). The download collects every module's
 * `export` under its name; deleting an account runs every `erase` in one transaction, top module first, so
 * the account itself (orgs, at the bottom) is anonymised last.
 */
export interface PersonalData {
  /** The person's data this module holds, as plain JSON values. */
  export(db: DbOrTx, tenantId: string, subject: DataSubject): Promise<Record<string, unknown>>;
  /** Deletes what only serves the person; anonymises what was published and stays. */
  erase(tx: DbOrTx, tenantId: string, subject: DataSubject): Promise<void>;
}

/** Which page of a data set to read: the rows after a key, at most `limit`, optionally only changed ones. */
export interface OpenDataPageRequest {
  /** The `key` values of the previous page's last row, in order; null for the first page. */
  after: readonly (string | number)[] | null;
  limit: number;
  /** Only rows changed at or after this moment (data sets with a `modified` field). */
  since?: Date | undefined;
}

/** The EU's data themes (publications.europa.eu/resource/authority/data-theme) a data set can belong to. */
export const EU_DATA_THEMES = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
] as const;
export type EuDataTheme = (typeof EU_DATA_THEMES)[number];

/** One downloadable data set: its documented fields and its rows, read a page at a time. */
export interface OpenDataExport {
  /** URL name: /daten/<slug> (its description), /daten/<slug>.csv and .json */
  slug: string;
  /** i18n keys under opendata.<slug>: title, description, fields.<name> */
  fields: readonly { name: string; type: 'string' | 'integer' | 'number' | 'date' | 'date-time' | 'list' }[];
  /**
   * The fields that order the rows and name each one uniquely (exact values: ids, numbers, days as
   * text). Pages continue after the last row's key (keyset paging), so the cost of a page does not grow
   * with the rows before it.
   */
  key: readonly string[];
  /** The field holding when a row last changed; enables `?modified_since=`. */
  modified?: string;
  /** Its EU data themes, for the DCAT-AP.de catalogue. */
  themes: readonly EuDataTheme[];
  /**
   * The page of the tenant's public rows after `after`, ordered by `key`; the last page is shorter than
   * `limit`. `db` may be the read-only snapshot every page of one download is read from.
   */
  page(db: DbOrTx, tenantId: string, request: OpenDataPageRequest): Promise<Record<string, unknown>[]>;
  /**
   * Text fields whose translations the download carries with `?lang=`: the field, the translatable
   * record type whose stored translation it is (the row's `id` names the record, `from` the field of the
   * record's type, by default the same name), and the row field holding the original's language.
   */
  translated?: readonly { field: string; type: string; from?: string; langField?: string }[];
}
