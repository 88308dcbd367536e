import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import { getPath } from 'hono/utils/url';
import { turn } from '../../db/turns.ts';
import { isRobot } from '../analytics/collector.ts';
import { splitLocalePath } from '../i18n/langs.ts';
import { SESSION_COOKIE } from '../sessions.ts';
import { formTargets, pageKey, securityHeaders } from './app.ts';
import { accepts, answerFromPage, type CachedPage, matchesEtag } from './cache.ts';
import { forwardedClient } from './guards.ts';
import { countPageView } from './page-views.ts';
import type { Deps } from './types.ts';

// Addresses whose raw form is what the router sees (no dot segments, nothing to normalise): only these are
// answered from the cache before routing, so a page is never served under an address it was not made for.
const PLAIN_ADDRESS = /^\/(?!.*\/\.)[\w\-./~%?=&+:,;@!$*()']*$/;
/**
 * The longest request line and headers accepted: a duplicate-hint lookup carries up to 5,000 characters of
 * text in its address, which in Arabic or with emoji is 30–60 KB once percent-encoded (Node's default is
 * 16 KB). The shipped nginx site allows the same (large_client_header_buffers).
 */
export const MAX_HEADER_BYTES = 64 * 1024;

/** A request Node could not parse, answered as the API answers errors (Node's own answer has no body). */
function answerUnparsable(err: NodeJS.ErrnoException, socket: Duplex) {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, title, detail] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'Request header fields too large',
          `The address and headers together may be at most ${MAX_HEADER_BYTES / 1024} KiB. Shorten the text you send.`,
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'Request timeout', 'The request did not arrive in time.']
        : [400, 'Bad Request', 'Bad request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
const CONSENT = /(?:^|;\s*)rathaus_stats=(\d{4}-\d{2}-\d{2})\.[0-9a-f]{16}(?:;|$)/;

/**
 * The HTTP server: an anonymous GET for a page the cache holds is answered right here, with the bytes
 * prepared once (see cache.ts), before any routing, tenant lookup or session load; everything else goes
 * to the app. The answer is the one the app would give: same headers (security headers, request id),
 * same statistics, same metrics.
 */
export function createHttpServer(
  app: { fetch: (req: Request, env: unknown) => Response | Promise<Response> },
  deps: Deps,
): RathausServer {
  const listener = getRequestListener(app.fetch);
  // Requests the app is still working on. A client that goes away closes its connection at once, so the
  // server's close() may report "no connections" while a handler still reads the database: a shutdown
  // waits for these too (see settled()).
  let inFlight = 0;
  const idle = new Set<() => void>();
  const finished = () => {
    if (--inFlight > 0) return;
    for (const wake of idle) wake();
    idle.clear();
  };
  // The app takes a request in its turn (db/turns.ts): fifty arriving together are parsed as they come,
  // but not routed and worked on one after the other in the same turn of the event loop.
  const routed = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    turn()
      .then(() => listener(req, res))
      .then(finished, finished);
  };
  const { cache, config, metrics } = deps;
  const security = securityHeaders(config.secureCookies, formTargets(config));
  // Per page and encoding, the complete header list, prepared on first use: a hit then only adds its
  // request id. Label children bound once keep the metrics cheap.
  const prepared = new WeakMap<
    CachedPage,
    Map<string, { status: number; headers: string[]; body: Buffer | null }>
  >();
  const prepare = (page: CachedPage, encoding: string, ifNoneMatch: string | undefined) => {
    let m = prepared.get(page);
    if (!m) {
      m = new Map();
      prepared.set(page, m);
    }
    const notModified = !!ifNoneMatch && matchesEtag(ifNoneMatch, page.etag);
    const variant = notModified ? '304' : encoding;
    let p = m.get(variant);
    if (!p) {
      const a = answerFromPage(page, encoding, ifNoneMatch);
      const headers: Record<string, string> = {};
      for (const [n, v] of a.headers) headers[n.toLowerCase()] = v;
      for (const [n, v] of security) headers[n.toLowerCase()] ??= v;
      p = { status: a.status, headers: Object.entries(headers).flat(), body: a.body };
      // A compressed form may arrive later: only what is final is kept.
      if (notModified || encoding === 'identity' || (page.br && page.gzip)) m.set(variant, p);
    }
    return p;
  };
  const counted = {
    hit: metrics.cache.labels({ result: 'hit' }),
    stale: metrics.cache.labels({ result: 'stale' }),
    200: metrics.requests.labels({ method: 'GET', route: 'cache', status: '200' }),
    304: metrics.requests.labels({ method: 'GET', route: 'cache', status: '304' }),
  };
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    // Shutting down: a kept-alive connection (nginx keeps them) gets this answer and is closed after it,
    // instead of taking new requests until the grace period cuts them.
    if (deps.lifecycle.draining) res.setHeader('connection', 'close');
    if (!config.responseCache || req.method !== 'GET') return routed(req, res);
    const url = req.url ?? '';
    const cookie = req.headers.cookie;
    if (!PLAIN_ADDRESS.test(url) || cookie?.includes(`${SESSION_COOKIE}=`)) return routed(req, res);
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    const tenant = cache.tenantOfHost(host);
    if (!tenant) return routed(req, res);
    const consentSince = cookie ? CONSENT.exec(cookie)?.[1] : undefined;
    const key = pageKey(!!consentSince, req.headers.host ?? '', url, req.headers['accept-language']);
    const found = cache.lookup(tenant.id, key);
    // A stale page goes out only while someone else renders its successor; otherwise this request does.
    if (!found || (!found.fresh && !cache.flight(tenant.id, key))) return routed(req, res);
    const started = performance.now();
    const ifNoneMatch = req.headers['if-none-match'];
    const accept = req.headers['accept-encoding'];
    const encoding = accepts(accept, 'br') ? 'br' : accepts(accept, 'gzip') ? 'gzip' : 'identity';
    const a = prepare(found.page, encoding, ifNoneMatch);
    res.writeHead(a.status, [
      ...a.headers,
      'x-cache',
      found.fresh ? 'hit' : 'stale',
      'x-request-id',
      randomUUID(),
    ]);
    res.end(a.body);
    (found.fresh ? counted.hit : counted.stale).inc();
    (a.status === 304 ? counted[304] : counted[200]).observe((performance.now() - started) / 1000);
    const userAgent = req.headers['user-agent'];
    if (isRobot(userAgent)) return;
    countPageView(deps, tenant, {
      method: 'GET',
      status: a.status,
      path: splitLocalePath(getPath({ url: `http://${host}${url}` } as Request)).path,
      contentType: found.page.headers.find(([n]) => n === 'content-type')?.[1] ?? '',
      host: req.headers.host,
      userAgent,
      referer: req.headers.referer,
      address: forwardedClient(
        req.headers['x-forwarded-for'] as string | undefined,
        req.socket.remoteAddress,
        config.trustProxy,
      ),
      consentSince,
    });
  });
  server.on('clientError', answerUnparsable);
  return Object.assign(server, {
    settled(timeoutMs: number): Promise<boolean> {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          idle.delete(wake);
          resolve(false);
        }, timeoutMs);
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        idle.add(wake);
      });
    },
  });
}

/** The HTTP server, and a way to wait for the requests it is still answering (a graceful shutdown). */
export type RathausServer = http.Server & {
  /** True once no request is in flight, false when `timeoutMs` passed first. */
  settled(timeoutMs: number): Promise<boolean>;
};
