import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie } from 'hono/cookie';
import { getPath } from 'hono/utils/url';
import type { Actor } from '../auth/actor.ts';
import { AppError, type ErrorCode, fromDatabaseError, notFound } from '../errors.ts';
import { isLang, type Lang, translator } from '../i18n/i18n.ts';
import { isDownloadPath, isLanguageNeutralPath, localePath, splitLocalePath } from '../i18n/langs.ts';
import { SESSION_COOKIE, type SessionRow, tokensEqual } from '../sessions.ts';
import { answerFromPage, type CachedPage } from './cache.ts';
import { clearDeclaredCookie, setDeclaredCookie, statisticsConsent } from './cookies.ts';
import { parsedBody } from './forms.ts';
import { clientIp } from './guards.ts';
import { healthRoutes } from './health.ts';
import { acceptedLanguage, localiseHtml, localiseLocation } from './locale.ts';
import { pageAbove, routerHasRoute } from './page-above.ts';
import { countPageView } from './page-views.ts';
import type { AppEnv, Deps, Shell, TenantInfo } from './types.ts';

/** A host name (labels of up to 63 letters, digits, hyphens or underscores; 253 characters in all), or an IP address. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9_-]{1,63}\.)*[a-z0-9_-]{1,63}\.?$|^\[[0-9a-f:.]{2,45}\]$/;

export interface HttpHooks {
  resolveTenant(host: string): Promise<TenantInfo | undefined>;
  loadActor(tenantId: string, accountId: string): Promise<Actor | null>;
  /**
   * Asks whoever vouched for a session whether it still holds (the identity provider, now and then);
   * false ends it before this request is served.
   */
  revalidateSession?(tenant: TenantInfo, session: SessionRow): Promise<boolean>;
  /** Renders an HTML error page (404, 403, 429, 500 …) in the request's language. */
  renderError(c: Context<AppEnv>, err: AppError): Response | Promise<Response>;
  /** Paths whose forms carry files and may send larger bodies. */
  uploadPaths?: readonly string[];
  /** Navigation and confirmations every page's frame shows. */
  shell: Shell;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KERN_DIST = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('@kern-ux/native/package.json'))),
  'dist',
);
const UI_ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'ui', 'assets');

/** Builds the Hono app with the cross-cutting middleware; modules mount their routes on it afterwards. */
export function createHttpApp(deps: Deps, hooks: HttpHooks) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new AppError('VALIDATION_FAILED', result.error.issues.map((i) => i.message).join('; '));
    },
    // `/en/projekte` is `/projekte` in English: routes are declared once, the language comes from the
    // address (see the language middleware below).
    getPath: (request) => splitLocalePath(getPath(request)).path,
  });
  const { logger, sessions, cache, config } = deps;

  const respondError = async (c: Context<AppEnv>, e: AppError) => {
    const res = await errorResponse(c, e);
    return e.retryAfter ? withHeaders(res, { 'Retry-After': String(e.retryAfter) }) : res;
  };
  const errorResponse = async (c: Context<AppEnv>, e: AppError): Promise<Response> => {
    // The API, and a script that asks for JSON alone (passkeys.js), get problem details, not a page.
    const accept = c.req.header('accept') ?? '';
    if (
      c.req.path.startsWith('/api/') ||
      (/\bapplication\/(problem\+)?json\b/.test(accept) && !/\btext\/html\b/.test(accept))
    )
      return problem(c, e);
    if (!c.get('t')) {
      // Failed before the tenant was known: answer plainly, still without a stack trace.
      return c.text(e.code === 'TENANT_UNKNOWN' ? (e.detail ?? 'Unknown host') : 'Error', e.status as 404);
    }
    try {
      const res = await hooks.renderError(c, e);
      return new Response(res.body, { status: e.status, headers: res.headers });
    } catch (err) {
      // The error page itself failed: answer plainly rather than not at all.
      logger.error({ err, requestId: c.get('requestId') }, 'error page failed');
      return c.text(`Error ${e.status}`, e.status as 500);
    }
  };

  const security = securityHeaders(config.secureCookies, formTargets(config));
  // Outermost: the request id, the log line and the security headers go on the response that actually
  // leaves, whatever built it (a page, an error page, a form error, a redirect, a download, an asset).
  // The headers are written into a fresh Response once, after everything else: setting them one by one
  // after next() let the node adapter send a rebuilt response without them.
  app.use('*', async (c, next) => {
    const requestId =
      c.req
        .header('x-request-id')
        ?.slice(0, 64)
        .replace(/[^\w.:-]/g, '') || randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    const res = c.res;
    // By route pattern (/projekte/:slug), so the metrics stay a handful of series; a cached answer
    // never reaches a route.
    const route = res.headers.get('x-cache') === 'hit' ? 'cache' : c.req.routePath;
    deps.metrics.requests.observe(
      { method: c.req.method, route, status: String(res.status) },
      (performance.now() - started) / 1000,
    );
    const headers = new Headers(res.headers);
    for (const [name, value] of security) if (!headers.has(name)) headers.set(name, value);
    headers.set('X-Request-Id', requestId);
    c.res = undefined;
    c.res = new Response(res.body, { status: res.status, statusText: res.statusText, headers });
    const ms = performance.now() - started;
    const line = { requestId, method: c.req.method, path: c.req.path, status: res.status, ms };
    // Readiness says 503 on purpose while the process shuts down or the database is away: not a failure
    // of the request.
    if (res.status >= 500 && c.req.path !== '/readyz') logger.error(line, 'request failed');
    else if (res.status >= 500) logger.warn(line, 'not ready');
    else logger.debug(line, 'request');
  });

  const immutable: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=86400');
  };
  app.use(
    '/assets/kern/*',
    immutable,
    serveStatic({
      root: path.relative(process.cwd(), KERN_DIST),
      rewriteRequestPath: (p) => p.replace(/^\/assets\/kern/, ''),
    }),
  );
  app.use(
    '/assets/app/*',
    immutable,
    serveStatic({
      root: path.relative(process.cwd(), UI_ASSETS),
      rewriteRequestPath: (p) => p.replace(/^\/assets\/app/, ''),
    }),
  );

  // Liveness, readiness and metrics: answered before any tenant is looked up.
  healthRoutes(app, deps);

  // Browsers and feed readers ask for /favicon.ico whatever the page links: point them at the icon.
  app.get('/favicon.ico', (c) => c.redirect('/assets/app/favicon.svg', 301));

  // Tenant from the host name; session and actor from the cookie; the language from the address.
  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    // A host name or an address, as DNS allows them; anything else (kilobytes of random text) would
    // only fill the caches kept per host.
    if (host && !HOST_NAME.test(host))
      throw new AppError('BAD_REQUEST', 'The Host header is not a host name.');
    const tenant = await hooks.resolveTenant(host);
    if (!tenant) throw new AppError('TENANT_UNKNOWN', `No municipality is configured for ${host}.`);
    c.set('tenant', tenant);
    const url = new URL(c.req.url);
    c.set('origin', `${config.secureCookies ? 'https:' : url.protocol}//${c.req.header('host') ?? url.host}`);
    const pathLang = splitLocalePath(url.pathname).lang;
    c.set('pathLang', pathLang);
    const token = getCookie(c, SESSION_COOKIE);
    let session = await sessions.load(tenant.id, token);
    if (session && hooks.revalidateSession && !(await hooks.revalidateSession(tenant, session))) {
      await sessions.destroy(session);
      session = undefined;
      c.set('sessionEnded', true);
    }
    if (token && !session) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    c.set('session', session);
    const actor = session?.accountId ? await hooks.loadActor(tenant.id, session.accountId) : null;
    c.set('actor', actor);
    const q = c.req.query('lang');
    const path = c.req.path;
    let lang: Lang;
    if (path.startsWith('/api/'))
      lang = isLang(q) ? q : (acceptedLanguage(c.req.header('accept-language')) ?? 'de');
    else if (path === '/intern' || path.startsWith('/intern/')) lang = actor?.language ?? 'de';
    else lang = pathLang ?? 'de';
    c.set('lang', lang);
    c.set('t', translator(lang));
    c.set('shell', hooks.shell);
    // A NUL in the path or the query is never meant (and PostgreSQL refuses it in text): a clear 400 here
    // rather than a database error later.
    if (/%00/.test(c.req.url)) throw new AppError('BAD_REQUEST', 'The address contains a NUL character.');
    // No page's address begins with two slashes; a redirect built from one ("//evil.example") would lead
    // the browser to another site.
    if (/^\/[/\\]/.test(path)) throw notFound('No page has an address beginning with two slashes.');
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      // One address per page and language: what has a single address for every language loses a language
      // code, and the old `?lang=` of a public page becomes the page's own address in that language.
      const neutral = isLanguageNeutralPath(path);
      if (pathLang && neutral) {
        // A download asked for under a language code keeps the language, as its query.
        if (isDownloadPath(path) && !url.searchParams.has('lang')) url.searchParams.set('lang', pathLang);
        return c.redirect(path + url.search, 301);
      }
      if (isLang(q) && !neutral) {
        url.searchParams.delete('lang');
        return c.redirect(localePath(q, path) + url.search, 301);
      }
    }
    await next();
    // The API's answer depends on Accept-Language (where no ?lang= names the language): caches must know.
    // (An answer from the response cache says so already: its page was stored with it.)
    const vary = c.res.headers.get('vary');
    if (path.startsWith('/api/') && !/accept-language/i.test(vary ?? '')) {
      const res = withHeaders(c.res, { Vary: vary ? `${vary}, Accept-Language` : 'Accept-Language' });
      c.res = undefined; // replaced whole, not merged into the old one (see withHeaders)
      c.res = res;
    }
  });

  // After the tenant and the language are known, so that a refusal is a page in the visitor's language.
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: async (c) => {
        const res = await respondError(
          c as Context<AppEnv>,
          new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.'),
        );
        // Answered before the body was read: the connection ends here, as nginx does, rather than carry
        // a next request behind the unread rest. Answered before the language's own rewriting of links
        // runs (further in), so the page's links are put in its language here.
        const lang = c.get('pathLang');
        const page = lang && (res.headers.get('content-type') ?? '').startsWith('text/html');
        return withHeaders(page ? await localisedPage(res, lang) : res, { Connection: 'close' });
      },
    });
  const smallBody = limit(2 * 1024 * 1024);
  // Forms with file uploads (a proposal carries up to three files of 5 MB) get more room.
  const uploadBody = limit(16 * 1024 * 1024);
  app.use('*', (c, next) => (hooks.uploadPaths?.includes(c.req.path) ? uploadBody : smallBody)(c, next));

  // Statistics without tracking (see page-views.ts), counted after the answer without delaying it.
  app.use('*', async (c, next) => {
    await next();
    countPageView(deps, c.get('tenant'), {
      method: c.req.method,
      status: c.res.status,
      path: c.req.path,
      contentType: c.res.headers.get('content-type') ?? '',
      host: c.req.header('host'),
      userAgent: c.req.header('user-agent'),
      referer: c.req.header('referer'),
      address: clientIp(c, config.trustProxy),
      consentSince: statisticsConsent(c)?.firstDay,
      searchMiss: c.get('searchMiss'),
      uncounted: c.get('uncounted'),
    });
  });

  // CSRF: no cross-site unsafe request at all; with a session, the synchronizer token must match.
  app.use('*', async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    if (c.req.header('sec-fetch-site') === 'cross-site')
      throw new AppError('CSRF_REJECTED', 'Cross-site request refused.');
    // An opaque origin (sandboxed frames, data: pages, cross-origin redirects) is never our own form.
    if (origin === 'null') throw new AppError('CSRF_REJECTED', 'Request from an opaque origin refused.');
    if (origin) {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost !== host) throw new AppError('CSRF_REJECTED', 'Cross-origin request refused.');
    }
    const session = c.get('session');
    if (session) {
      let token = c.req.header('x-csrf-token');
      if (
        !token &&
        (c.req.header('content-type') ?? '').match(
          /^(application\/x-www-form-urlencoded|multipart\/form-data)/,
        )
      ) {
        // Parsed with all: true like formBody(), since Hono caches the first parse for the handler.
        const raw = (await parsedBody(c))._csrf;
        const first = Array.isArray(raw) ? raw[0] : raw;
        token = typeof first === 'string' ? first : undefined;
      }
      if (!tokensEqual(token, session.csrfToken))
        throw new AppError('CSRF_REJECTED', 'The form has expired or did not come from this site.');
    }
    return next();
  });

  // Anonymous public reads are served from memory as ready bytes (see cache.ts); any successful change in
  // a tenant turns its pages stale. Most hits never get here: server.ts answers them before routing.
  app.use('*', async (c, next) => {
    const tenant = c.get('tenant');
    if (UNSAFE.has(c.req.method)) {
      await next();
      if (c.res.status < 400) {
        cache.invalidate(tenant.id);
        // Consumers of the events the change recorded (mail …) run now, not at the next minute.
        deps.events.kick(tenant.id);
      }
      return;
    }
    const cacheable =
      config.responseCache &&
      c.req.method === 'GET' &&
      !c.get('session') &&
      !c.req.path.startsWith('/intern') &&
      !c.req.path.startsWith('/anmelden');
    if (!cacheable) {
      await next();
      if (c.get('session')) c.header('Cache-Control', 'private, no-store');
      return;
    }
    const key = pageKey(
      !!statisticsConsent(c),
      c.req.header('host') ?? '',
      c.req.url.slice(c.req.url.indexOf('/', 8)),
      c.req.header('accept-language'),
    );
    const answer = (page: CachedPage, result: 'hit' | 'stale' | 'miss') => {
      deps.metrics.cache.inc({ result });
      const a = answerFromPage(page, c.req.header('accept-encoding'), c.req.header('if-none-match'));
      c.res = undefined;
      c.res = new Response(a.body as BodyInit | null, { status: a.status, headers: a.headers });
      if (result !== 'miss') c.header('X-Cache', result);
    };
    const found = cache.lookup(tenant.id, key);
    if (found?.fresh) return answer(found.page, 'hit');
    const flight = cache.flight(tenant.id, key);
    if (flight) {
      // Someone renders this page right now: the old one meanwhile, or wait for theirs.
      if (found) return answer(found.page, 'stale');
      const page = await flight;
      if (page) return answer(page, 'hit');
    }
    const render = cache.startFlight(tenant.id, key);
    let page: CachedPage | undefined;
    try {
      await next();
      const res = c.res;
      // Downloads (Content-Disposition) are streamed on purpose and never buffered into the cache.
      // A search that found nothing is not kept either: each one is counted for the statistics.
      // Nor what the handler marks as not to be stored (a personal calendar behind its secret address).
      if (
        res.status === 200 &&
        !res.headers.has('set-cookie') &&
        !res.headers.has('content-disposition') &&
        !/\b(private|no-store)\b/.test(res.headers.get('cache-control') ?? '') &&
        !c.get('searchMiss')
      ) {
        // The cache answers with its own validator of the bytes it keeps, so a handler's ETag goes.
        const headers = [...res.headers.entries()].filter(
          ([n]) => n !== 'content-length' && n !== 'content-encoding' && n !== 'etag',
        );
        // Kept per language for the API (see pageKey): every answer from it must say so.
        if (c.req.path.startsWith('/api/')) headers.push(['vary', 'Accept-Language']);
        const body = Buffer.from(await res.arrayBuffer());
        const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
        page = render.store(host, tenant, { status: res.status, headers, body });
      }
    } finally {
      render.done(page);
    }
    if (page) answer(page, 'miss');
    else deps.metrics.cache.inc({ result: 'miss' });
  });

  // A page in another language than German: its local links and redirects stay in that language.
  app.use('*', async (c, next) => {
    await next();
    const lang = c.get('pathLang');
    if (!lang) return;
    const location = c.res.headers.get('location');
    if (location) c.res.headers.set('location', localiseLocation(location, lang));
    if ((c.res.headers.get('content-type') ?? '').startsWith('text/html')) {
      const res = await localisedPage(c.res, lang);
      c.res = undefined;
      c.res = res;
    }
  });

  const hasRoute = routerHasRoute(app.router);
  app.notFound(async (c) => {
    // The public API only reads: any other method there is not allowed, rather than not found.
    if (c.req.path.startsWith('/api/') && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const res = await respondError(c, new AppError('METHOD_NOT_ALLOWED', 'The API only reads (GET).'));
      return withHeaders(res, { Allow: 'GET, HEAD' });
    }
    // A form's address left in the address bar after a refused form (walk): back to its page.
    const above = c.req.method === 'GET' ? pageAbove(splitLocalePath(c.req.path).path, hasRoute) : undefined;
    if (above) return c.redirect(above, 303);
    return respondError(c, new AppError('NOT_FOUND', `No page at ${c.req.path}.`));
  });

  app.onError((err, c) => {
    const appErr = err instanceof AppError ? err : fromDatabaseError(err);
    if (!appErr) logger.error({ err, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
    return respondError(c, appErr ?? new AppError('INTERNAL', 'An unexpected error occurred.'));
  });

  return app;
}

/**
 * The response again with more headers, made as a new one: a header set on a response after it was made
 * is lost on the real socket when Hono wraps it once more (the Node adapter's Response copies the headers
 * it was made with), though tests in the process see it.
 */
function withHeaders(res: Response, extra: Record<string, string>): Response {
  const headers = new Headers(res.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

/** An HTML page whose local links lead to the pages in `lang` (as /en/… addresses). */
async function localisedPage(res: Response, lang: Lang): Promise<Response> {
  const html = localiseHtml(await res.text(), lang);
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(html, { status: res.status, statusText: res.statusText, headers });
}

/** Origins a form may lead to besides this one: the identity provider's (its logout). */
export function formTargets(config: Pick<Deps['config'], 'oidc'>): string[] {
  return config.oidc ? [new URL(config.oidc.issuer).origin] : [];
}

/**
 * The cache key of an anonymous page: the host it was asked under (its canonical and language links name
 * it: a city reached under two names must not send the other's), its address (path and query, which name
 * the language) and whether statistics consent was given (the start page asks for it until it is). The
 * API answers in the language `Accept-Language` asks for where no `?lang=` names one: that language too.
 */
export function pageKey(
  consent: boolean,
  host: string,
  pathAndQuery: string,
  acceptLanguage: string | undefined,
): string {
  const base = `${consent ? 'stats|' : ''}${host.toLowerCase()}|${pathAndQuery}`;
  if (!pathAndQuery.startsWith('/api/')) return base;
  const asked = new URLSearchParams(pathAndQuery.split('?')[1] ?? '').get('lang');
  return `${base}|${isLang(asked) ? asked : (acceptedLanguage(acceptLanguage) ?? 'de')}`;
}

/**
 * The headers every response carries: scripts, styles, fonts and images from this origin only, no
 * framing, no sniffing, no referrer to other sites, no powerful browser features.
 */
export function securityHeaders(https: boolean, formOrigins: readonly string[] = []): [string, string][] {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Signing out of the identity provider is a form post answered with a redirect there.
    ["form-action 'self'", ...formOrigins].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  return [
    ['Content-Security-Policy', csp],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ...(https
      ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
  ];
}

/** An RFC 9457 problem document for the API. */
export function problem(c: Context, e: AppError) {
  const body: Record<string, unknown> = {
    type: `https://rathaus.dev/problems/${e.code.toLowerCase().replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[e.code] ?? e.code,
    status: e.status,
    code: e.code,
    detail: e.detail,
  };
  if (Object.keys(e.fields).length)
    body.errors = Object.entries(e.fields).map(([field, f]) => ({ field, message: f.key }));
  if (c.get('requestId')) body.instance = `urn:request:${c.get('requestId')}`;
  return new Response(JSON.stringify(body), {
    status: e.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    },
  });
}

const PROBLEM_TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  BAD_REQUEST: 'The request could not be read',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  UNAUTHENTICATED: 'Sign-in required',
  FORBIDDEN: 'Not allowed',
  CSRF_REJECTED: 'Request refused (CSRF)',
  RATE_LIMITED: 'Too many requests',
  PAYLOAD_TOO_LARGE: 'Request too large',
  INVALID_CREDENTIALS: 'Invalid credentials',
  INVALID_STATE: 'Not possible in the current state',
  CONFLICT: 'Conflict',
  TENANT_UNKNOWN: 'Unknown municipality',
  INTERNAL: 'Internal error',
};

/** Sets the session cookie with the attributes the ground rules demand. */
export function setSessionCookie(c: Context, token: string, secure: boolean) {
  setDeclaredCookie(c, 'rathaus_session', token, secure);
}

export function clearSessionCookie(c: Context) {
  clearDeclaredCookie(c, 'rathaus_session');
}
