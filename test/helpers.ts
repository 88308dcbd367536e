import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { buildApp, jobDefinitions } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import type { AppEnv, Deps } from '../src/platform/http/types.ts';

let shared: Promise<Database> | undefined;

/**
 * The worker's database: an in-memory PGlite, or the PostgreSQL of DATABASE_URL. Tests never share
 * rows: each one creates its own tenant (see the factories).
 */
export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 4 });
    await database.migrate();
    return database;
  })();
  return shared;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' }),
    formMinFillMs: 0,
    ...overrides,
  };
}

/** The app wired to the worker's database, for route tests through app.request(). */
export async function testApp(overrides: Partial<Config> = {}) {
  const database = await testDatabase();
  return buildApp(testConfig(overrides), database);
}

/**
 * The background jobs a test starts: all but the global event sweep. On PostgreSQL the test workers
 * share one queue, and a sweep would hand another worker's events to this worker's mailer; each test's
 * own events are dispatched after its requests (and by the tests that dispatch on purpose).
 */
export function testJobs(deps: Deps, only: readonly string[]) {
  // Only the queues the test uses: on PostgreSQL another worker's test may run the queue at the same time,
  // and whichever polls first takes a job, handing it to its own mailer.
  return jobDefinitions(deps).filter((j) => j.name !== 'events-dispatch' && only.includes(j.name));
}

/** The titles of a list page's entries (the proposal list), in order. */
export const entryTitles = (html: string) =>
  [...html.matchAll(/<li class="entry"><h2 class="kern-heading-small"><a [^>]*>([^<]+)<\/a>/g)].map(
    (m) => m[1],
  );

/** A unique lower-case suffix for slugs, host names and e-mail addresses. */
export function uniq(prefix = 't') {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

export interface Resp {
  status: number;
  headers: Headers;
  text: string;
  location: string | null;
}

/** Public forms that carry a signed render time (see platform/http/form-timing.ts). */
const PUBLIC_FORMS = new Set(['/mitmachen']);

/** A small browser stand-in: keeps the session cookie and sends requests with the tenant's host name. */
export class Client {
  cookie: string | undefined;
  constructor(
    private readonly app: Hono<AppEnv>,
    readonly host: string,
  ) {}

  async request(
    method: string,
    path: string,
    opts: { form?: Record<string, string | string[]>; headers?: Record<string, string>; json?: unknown } = {},
  ): Promise<Resp> {
    const headers: Record<string, string> = { host: this.host, ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    let body: BodyInit | undefined;
    if (opts.form) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(opts.form))
        for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    }
    const res = await this.app.request(path, { method, headers, body });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /rathaus_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `rathaus_session=${m[1]}` : undefined;
    }
    return {
      status: res.status,
      headers: res.headers,
      text: await res.text(),
      location: res.headers.get('location'),
    };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, { headers });
  }

  /** Posts a form with the CSRF token of the current session, like a browser would from our page. */
  async post(path: string, form: Record<string, string | string[]>, opts: { csrf?: boolean } = {}) {
    const token = opts.csrf === false || !this.cookie ? undefined : await this.csrfToken();
    const timing = form._t === undefined && PUBLIC_FORMS.has(path) ? await this.formTiming(path) : undefined;
    return this.request('POST', path, {
      form: { ...(token ? { _csrf: token } : {}), ...(timing ? { _t: timing } : {}), ...form },
    });
  }

  /** The signed render time a public form carries (spam defence), as a browser would have it. */
  async formTiming(path: string): Promise<string | undefined> {
    return /name="_t" value="([^"]+)"/.exec((await this.get(path)).text)?.[1];
  }

  async csrfToken(): Promise<string | undefined> {
    // Any page with a form carries it: the sign-out button when signed in, else the sign-in form.
    for (const path of ['/cookies', '/anmelden']) {
      const token = /name="_csrf" value="([^"]+)"/.exec((await this.get(path)).text)?.[1];
      if (token) return token;
    }
    return undefined;
  }

  async login(email: string, password: string) {
    const res = await this.post('/anmelden', { email, password, zurueck: '/intern' });
    if (res.status !== 303) throw new Error(`login as ${email} failed: ${res.status}`);
    return res;
  }
}

/** Runs a use case whose input is parsed on the way (parseInput throws before any promise exists). */
export function attempt<T>(fn: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(fn);
}
