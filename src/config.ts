import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { OidcSettings } from './platform/auth/oidc.ts';

/** Thrown when the environment cannot start Rathaus; the message is one sentence for a sysadmin. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], {
    error: 'NODE_ENV must be one of development, production or test',
  }),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(1, 'PORT must be between 1 and 65535')
    .max(65535, 'PORT must be between 1 and 65535'),
  HOST: z.string().min(1),
  DATA_DIR: z.string().min(1, 'DATA_DIR must name a folder'),
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9][0-9]*(kB|MB|GB)$/, 'PGLITE_SHARED_BUFFERS must be a size such as 32MB or 256MB'),
  PGLITE_THREAD: z.enum(['true', 'false'], { error: 'PGLITE_THREAD must be true or false' }),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_DIRECT_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_DIRECT_URL must start with postgres:// or postgresql://')
    .optional(),
  BASE_URL: z.url({ error: 'BASE_URL must be an absolute URL such as https://rathaus.bonn.de' }),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters long').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3),
  DEFAULT_TENANT: z.string().regex(/^[a-z0-9-]+$/, 'DEFAULT_TENANT must be a tenant slug such as bonn'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  SEED_DEMO: z.enum(['true', 'false'], { error: 'SEED_DEMO must be true or false' }),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9])$/, 'TRUST_PROXY must be true, false or the number of proxies in front (0–9)'),
  RESPONSE_CACHE: z.enum(['true', 'false'], { error: 'RESPONSE_CACHE must be true or false' }),
  OPARL_ALLOW_PRIVATE_HOSTS: z.enum(['true', 'false'], {
    error: 'OPARL_ALLOW_PRIVATE_HOSTS must be true or false',
  }),
  TRANSLATION_PROVIDER: z.enum(['deepl', 'libretranslate', 'none'], {
    error: 'TRANSLATION_PROVIDER must be deepl, libretranslate or none',
  }),
  DEEPL_API_KEY: z.string().min(1).optional(),
  DEEPL_API_URL: z.url({ error: 'DEEPL_API_URL must be an absolute URL' }).optional(),
  LIBRETRANSLATE_URL: z.url({ error: 'LIBRETRANSLATE_URL must be an absolute URL' }).optional(),
  LIBRETRANSLATE_API_KEY: z.string().min(1).optional(),
  TRANSLATION_LANGUAGES: z
    .string()
    .regex(
      /^(en|tr|ar|de)(,(en|tr|ar|de))*$/,
      'TRANSLATION_LANGUAGES must list language codes of the portal separated by commas, such as en,tr,ar',
    ),
  OIDC_ISSUER: z
    .url({
      error:
        "OIDC_ISSUER must be the identity provider's issuer URL, such as https://login.bonn.de/realms/stadt",
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, 'OIDC_SCOPES must include openid'),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce
    .number({ error: 'BACKUP_KEEP must be a number of backups to keep' })
    .int('BACKUP_KEEP must be a whole number')
    .min(1, 'BACKUP_KEEP must be at least 1')
    .max(3650, 'BACKUP_KEEP must be at most 3650'),
  BACKUP_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/, 'BACKUP_CRON must be a five-field cron expression such as "30 2 * * *"'),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters long').optional(),
  TRANSLATION_MONTHLY_CHARACTERS: z.coerce
    .number({ error: 'TRANSLATION_MONTHLY_CHARACTERS must be a number' })
    .int('TRANSLATION_MONTHLY_CHARACTERS must be a whole number')
    .min(0, 'TRANSLATION_MONTHLY_CHARACTERS must not be negative'),
});

/** Where machine translations come from: one of the adapters, or none (then only people translate). */
export type TranslationConfig =
  | { provider: 'none'; languages: readonly ('de' | 'en' | 'tr' | 'ar')[]; monthlyCharacters: number }
  | {
      provider: 'deepl';
      apiKey: string;
      /** `https://api-free.deepl.com` for keys ending in `:fx`, else `https://api.deepl.com`, unless set. */
      apiUrl: string;
      languages: readonly ('de' | 'en' | 'tr' | 'ar')[];
      monthlyCharacters: number;
    }
  | {
      provider: 'libretranslate';
      apiUrl: string;
      apiKey: string | undefined;
      languages: readonly ('de' | 'en' | 'tr' | 'ar')[];
      monthlyCharacters: number;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /**
   * The embedded database's buffer pool, held in the process's memory from the start (PostgreSQL's
   * shared_buffers). A city's own data fits in the default; beyond it, pages come from the OS's cache.
   */
  pgliteSharedBuffers: string;
  /**
   * The embedded database on a thread of its own (true), or on the event loop's, where each statement
   * stops every other request while it runs: only to compare (bench:mixed).
   */
  pgliteThread: boolean;
  databaseUrl: string | undefined;
  /** PostgreSQL for session features (LISTEN, the migration lock): the server itself when DATABASE_URL is a PgBouncer in transaction mode. */
  databaseDirectUrl: string | undefined;
  baseUrl: string;
  secureCookies: boolean;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  defaultTenant: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  seedDemo: boolean;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  /**
   * How many proxies in front append to X-Forwarded-For (0: the header is ignored). The client is the
   * address the outermost of them appended, counted from the right: entries further left are whatever
   * the client sent and prove nothing.
   */
  trustProxy: number;
  /** Serve repeated anonymous GETs from memory (dropped on every change in the tenant). */
  responseCache: boolean;
  /**
   * Whether the council information system may live at a private, loopback or link-local address (a
   * council system inside the city's network); off by default, so the address cannot reach internal services.
   */
  oparlAllowPrivateHosts: boolean;
  /** Public forms sent back sooner than this after rendering count as a bot's (tests set 0). */
  formMinFillMs: number;
  /** Machine translation of the city's content into the portal's other languages. */
  translation: TranslationConfig;
  /** Bearer token for /metrics (Prometheus); without it the metrics are not served at all. */
  metricsToken: string | undefined;
  /** Staff sign-in through the city's OpenID provider; undefined without OIDC_ISSUER. */
  oidc: OidcSettings | undefined;
  /** Scheduled backups (off without a folder): where, how many to keep, when (cron, UTC). */
  backup: { dir: string | undefined; keep: number; cron: string };
}

/** Reads and validates the environment once at start, so a bad setting stops the process before it serves. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV || 'development';
  const port = env.PORT || '3000';
  const raw = {
    NODE_ENV: nodeEnv,
    PORT: port,
    HOST: env.HOST || '0.0.0.0',
    DATA_DIR: env.DATA_DIR || './data',
    PGLITE_SHARED_BUFFERS: env.PGLITE_SHARED_BUFFERS || '32MB',
    PGLITE_THREAD: env.PGLITE_THREAD || 'true',
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATABASE_DIRECT_URL: env.DATABASE_DIRECT_URL || undefined,
    BASE_URL: env.BASE_URL || `http://localhost:${port}`,
    SESSION_SECRET: env.SESSION_SECRET || undefined,
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || 'Rathaus <rathaus@localhost>',
    DEFAULT_TENANT: env.DEFAULT_TENANT || 'bonn',
    LOG_LEVEL: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    SEED_DEMO: env.SEED_DEMO || (nodeEnv === 'production' ? 'false' : 'true'),
    TRUST_PROXY: env.TRUST_PROXY || 'false',
    RESPONSE_CACHE: env.RESPONSE_CACHE || 'true',
    OPARL_ALLOW_PRIVATE_HOSTS: env.OPARL_ALLOW_PRIVATE_HOSTS || 'false',
    TRANSLATION_PROVIDER: env.TRANSLATION_PROVIDER || 'none',
    DEEPL_API_KEY: env.DEEPL_API_KEY || undefined,
    DEEPL_API_URL: env.DEEPL_API_URL || undefined,
    LIBRETRANSLATE_URL: env.LIBRETRANSLATE_URL || undefined,
    LIBRETRANSLATE_API_KEY: env.LIBRETRANSLATE_API_KEY || undefined,
    TRANSLATION_LANGUAGES: env.TRANSLATION_LANGUAGES || 'en,tr,ar',
    TRANSLATION_MONTHLY_CHARACTERS: env.TRANSLATION_MONTHLY_CHARACTERS || '500000',
    METRICS_TOKEN: env.METRICS_TOKEN || undefined,
    OIDC_ISSUER: env.OIDC_ISSUER || undefined,
    OIDC_CLIENT_ID: env.OIDC_CLIENT_ID || undefined,
    OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET || undefined,
    OIDC_SCOPES: env.OIDC_SCOPES || 'openid profile email',
    BACKUP_DIR: env.BACKUP_DIR || undefined,
    BACKUP_KEEP: env.BACKUP_KEEP || '14',
    BACKUP_CRON: env.BACKUP_CRON || '30 1 * * *',
  };
  const parsed = ZEnv.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(
      `Invalid configuration: ${issue.message} (got "${String(raw[issue.path[0] as keyof typeof raw])}").`,
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError(
      'Refusing to start in production without SESSION_SECRET: set it to a random string of at least 32 characters.',
    );
  }
  if (e.NODE_ENV === 'production' && e.SEED_DEMO === 'true') {
    throw new ConfigError(
      'Refusing to start in production with SEED_DEMO=true: demo accounts must never exist in production.',
    );
  }
  if (e.OIDC_ISSUER && (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET))
    throw new ConfigError(
      'OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (the client Rathaus is registered as at the identity provider).',
    );
  if (e.OIDC_ISSUER?.startsWith('http://') && e.NODE_ENV === 'production')
    throw new ConfigError(
      'Refusing an identity provider over plain http in production: OIDC_ISSUER must be https.',
    );
  if (e.TRANSLATION_PROVIDER === 'deepl' && !e.DEEPL_API_KEY)
    throw new ConfigError(
      'TRANSLATION_PROVIDER=deepl needs DEEPL_API_KEY (the key from your DeepL account).',
    );
  if (e.TRANSLATION_PROVIDER === 'libretranslate' && !e.LIBRETRANSLATE_URL)
    throw new ConfigError(
      'TRANSLATION_PROVIDER=libretranslate needs LIBRETRANSLATE_URL (the address of your LibreTranslate server).',
    );
  const languages = [...new Set(e.TRANSLATION_LANGUAGES.split(','))].filter(
    (l): l is 'en' | 'tr' | 'ar' | 'de' => l !== '',
  );
  const monthlyCharacters = e.TRANSLATION_MONTHLY_CHARACTERS;
  const translation: TranslationConfig =
    e.TRANSLATION_PROVIDER === 'deepl'
      ? {
          provider: 'deepl',
          apiKey: e.DEEPL_API_KEY!,
          apiUrl: (
            e.DEEPL_API_URL ??
            (e.DEEPL_API_KEY!.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com')
          ).replace(/\/$/, ''),
          languages,
          monthlyCharacters,
        }
      : e.TRANSLATION_PROVIDER === 'libretranslate'
        ? {
            provider: 'libretranslate',
            apiUrl: e.LIBRETRANSLATE_URL!.replace(/\/$/, ''),
            apiKey: e.LIBRETRANSLATE_API_KEY,
            languages,
            monthlyCharacters,
          }
        : { provider: 'none', languages, monthlyCharacters };
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    pgliteSharedBuffers: e.PGLITE_SHARED_BUFFERS,
    pgliteThread: e.PGLITE_THREAD === 'true',
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    baseUrl: e.BASE_URL.replace(/\/$/, ''),
    secureCookies: e.BASE_URL.startsWith('https://'),
    sessionSecret: e.SESSION_SECRET ?? localSecret(dataDir, e.NODE_ENV),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    defaultTenant: e.DEFAULT_TENANT,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO === 'true',
    trustProxy: e.TRUST_PROXY === 'true' ? 1 : e.TRUST_PROXY === 'false' ? 0 : Number(e.TRUST_PROXY),
    responseCache: e.RESPONSE_CACHE === 'true',
    oparlAllowPrivateHosts: e.OPARL_ALLOW_PRIVATE_HOSTS === 'true',
    formMinFillMs: 3_000,
    translation,
    metricsToken: e.METRICS_TOKEN,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET!,
          scopes: e.OIDC_SCOPES,
          allowHttp: e.OIDC_ISSUER.startsWith('http://'),
        }
      : undefined,
    backup: {
      dir: e.BACKUP_DIR ? path.resolve(e.BACKUP_DIR) : undefined,
      keep: e.BACKUP_KEEP,
      cron: e.BACKUP_CRON,
    },
  };
}

/** Outside production a secret is generated once and kept beside the data, so sessions survive restarts. */
function localSecret(dataDir: string, env: string): string {
  if (env === 'test') return randomBytes(32).toString('hex');
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
