import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { StatsCollector } from '../analytics/collector.ts';
import type { Actor } from '../auth/actor.ts';
import type { OidcClient } from '../auth/oidc.ts';
import type { EventDispatcher } from '../events.ts';
import type { Lang, MessageKey, T } from '../i18n/i18n.ts';
import type { Jobs } from '../jobs/jobs.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ModuleManifest } from '../module.ts';
import type { SessionRow, SessionStore } from '../sessions.ts';
import type { ResponseCache } from './cache.ts';
import type { Metrics } from './metrics.ts';

/** What the platform knows of a tenant: enough to scope queries and render the layout. */
export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  cityName: string;
  /** IANA time zone; "today" is its calendar day. */
  timeZone: string;
  settings: Record<string, unknown>;
}

/** Shared services handed to every module's routes by the composition root. */
export interface Deps {
  config: Config;
  database: Database;
  logger: Logger;
  sessions: SessionStore;
  mailer: Mailer;
  cache: ResponseCache;
  /** Background jobs; running only in `rathaus serve` (and in tests that start it). */
  jobs: Jobs;
  /** Counts page views, visits and downloads without tracking (platform/analytics). */
  stats: StatsCollector;
  /** Hands recorded domain events to the modules' after-commit consumers. */
  events: EventDispatcher<Deps>;
  /** Every module's manifest, in layer order: what pages built from all modules read (menu, catalogue). */
  modules: readonly ModuleManifest[];
  /** Prometheus metrics of this process (/metrics). */
  metrics: Metrics;
  /** Staff sign-in through the city's OpenID provider; undefined when none is configured. */
  oidc: OidcClient | undefined;
  /** Where the process stands: jobs expected to run here (the server), shutting down (readiness 503). */
  lifecycle: { jobsExpected: boolean; draining: boolean };
  /** The OpenAPI document of /api/v1 (set by the composition root once every module's API is added). */
  apiDocument?: () => ApiDocument;
}

/** The parts of an OpenAPI 3.1 document the readable API reference shows. */
export interface ApiDocument {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, ApiOperation | undefined> | undefined>;
  components?: { schemas?: Record<string, ApiSchema> };
}
export interface ApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: ApiSchema }[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: ApiSchema }> }>;
}
export interface ApiSchema {
  type?: string | string[];
  description?: string;
  $ref?: string;
  enum?: unknown[];
  items?: ApiSchema;
  properties?: Record<string, ApiSchema>;
  required?: string[];
  format?: string;
  /** A schema made of others (another's fields and more): ProjectDetail is a Project with details. */
  allOf?: ApiSchema[];
}

/**
 * A link of the portal's or the back office's main navigation, or of the footer every page shows
 * (legal pages, open data), declared in a module's manifest.
 */
export interface NavEntry {
  area: 'public' | 'internal' | 'footer';
  href: string;
  /** i18n key of the link text. */
  label: MessageKey;
  /** Position in its navigation, lower first. */
  order: number;
  /** Roles that may open the page (the roles of the permission that guards its route); none: everyone. */
  roles?: readonly string[] | undefined;
}

/** What every page's frame shows, gathered from the manifests by the composition root. */
export interface Shell {
  navigation: readonly NavEntry[];
  /** `?hinweis=` values that show a confirmation on any page ▸ the i18n key of its text. */
  notices: Readonly<Record<string, MessageKey>>;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    tenant: TenantInfo;
    session: SessionRow | undefined;
    actor: Actor | null;
    /** The session was ended at this request (the identity provider no longer vouches for the person). */
    sessionEnded?: boolean;
    lang: Lang;
    /** The language the address names (`/en/…`), none for a German or a language-neutral address. */
    pathLang: Lang | undefined;
    /** Scheme and host this request reached, for absolute links (`hreflang`, sitemap). */
    origin: string;
    t: T;
    shell: Shell;
    /** Search words a page found nothing for (the statistics count them, never with the visitor). */
    searchMiss?: string | undefined;
    /**
     * A page on a public address that showed what the public cannot see (an internal project to staff):
     * not counted, as the back office's pages are not, so its address never reaches the statistics.
     */
    uncounted?: boolean | undefined;
  };
}

/** A request context on any path, for helpers shared by several handlers. */
// biome-ignore lint/suspicious/noExplicitAny: the path parameter type is irrelevant to shared helpers
export type Ctx = import('hono').Context<AppEnv, any>;
