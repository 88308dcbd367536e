import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { inTurn } from '../../db/turns.ts';
import type { TenantInfo } from './types.ts';

/**
 * Anonymous public reads (pages, public API) kept in memory as ready bytes: status, headers, the body and
 * its gzip and brotli forms, and an ETag, prepared once per change. A change in a tenant does not drop
 * its pages but marks them stale: the next request renders the page anew while everyone else is still
 * served the old one (stale-while-revalidate), and a page nobody has yet is rendered once however many
 * ask for it at the same moment (single flight). Changes reach every process within a second through
 * PostgreSQL notifications (see app.ts), so nothing expires blindly; `maxAgeMs` only bounds changes made
 * behind the app's back (by hand in SQL). Memory is bounded by bytes, least recently used first out.
 */
export interface CachedPage {
  status: number;
  /** The headers as rendered, without Content-Length or Content-Encoding. */
  headers: [string, string][];
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** Weak (one for every encoding of the same bytes). */
  etag: string;
  generation: number;
  storedAt: number;
}

/** What a request is answered with: one encoding of a page, or 304 when the client holds it already. */
export interface PageAnswer {
  status: number;
  headers: [string, string][];
  body: Buffer | null;
}

const gzip = promisify(zlib.gzip);
/** How many host names the cache answers for before routing (the oldest seen goes first). */
const MAX_HOSTS = 256;
/** How many values one tenant may hold (see ResponseCache.value). */
const MAX_VALUES_PER_TENANT = 2000;
const brotli = promisify(zlib.brotliCompress);
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|ld\+json|problem\+json)|image\/svg\+xml)/;

export class ResponseCache {
  /** `tenantId key` ▸ page, in least-recently-used order. */
  private readonly pages = new Map<string, CachedPage>();
  private readonly generations = new Map<string, number>();
  private readonly flights = new Map<string, Promise<CachedPage | undefined>>();
  private readonly hosts = new Map<string, TenantInfo>();
  private readonly values = new Map<
    string,
    Map<string, { at: number; value: Promise<unknown>; settled: boolean }>
  >();
  private bytes = 0;
  /** Set by the composition root: tells the other processes (PostgreSQL NOTIFY). */
  onInvalidate: ((tenantId: string) => void) | undefined;

  constructor(private readonly opts: { maxBytes?: number; maxAgeMs?: number } = {}) {}

  private get maxBytes() {
    return this.opts.maxBytes ?? 64 * 1024 * 1024;
  }
  private get maxAgeMs() {
    return this.opts.maxAgeMs ?? 600_000;
  }

  /** How many host names are kept for answering before routing (at most MAX_HOSTS). */
  get hostCount(): number {
    return this.hosts.size;
  }

  /** The tenant a host name served last; lets a cached page be answered before any routing. */
  tenantOfHost(host: string): TenantInfo | undefined {
    const tenant = this.hosts.get(host);
    if (tenant) {
      // Most recently asked goes last: made-up names push out each other, not the city's own.
      this.hosts.delete(host);
      this.hosts.set(host, tenant);
    }
    return tenant;
  }

  /** A page and whether it is still current (false: a change came after it was rendered). */
  lookup(tenantId: string, key: string): { page: CachedPage; fresh: boolean } | undefined {
    const k = `${tenantId} ${key}`;
    const page = this.pages.get(k);
    if (!page) return undefined;
    // Most recently used goes last.
    this.pages.delete(k);
    this.pages.set(k, page);
    const fresh =
      page.generation === (this.generations.get(tenantId) ?? 0) &&
      Date.now() - page.storedAt <= this.maxAgeMs;
    return { page, fresh };
  }

  /** The render of this page under way, if any. */
  flight(tenantId: string, key: string): Promise<CachedPage | undefined> | undefined {
    return this.flights.get(`${tenantId} ${key}`);
  }

  /**
   * Claims the render of a page: others wait for it (or get the stale page). `store` keeps the result
   * unless a change came during the render; `done` ends the claim, with the page or without one.
   */
  startFlight(tenantId: string, key: string) {
    const k = `${tenantId} ${key}`;
    const generation = this.generations.get(tenantId) ?? 0;
    let resolve!: (page: CachedPage | undefined) => void;
    const flight = new Promise<CachedPage | undefined>((r) => {
      resolve = r;
    });
    this.flights.set(k, flight);
    return {
      store: (
        host: string,
        tenant: TenantInfo,
        res: Omit<CachedPage, 'etag' | 'generation' | 'storedAt'>,
      ) => {
        const page: CachedPage = {
          ...res,
          etag: `W/"${createHash('sha1').update(res.body).digest('base64url')}"`,
          generation,
          storedAt: Date.now(),
        };
        // Bounded, least recently used first out: the host names a city answers to stay, not every one
        // a client may send.
        this.hosts.delete(host);
        if (this.hosts.size >= MAX_HOSTS) this.hosts.delete(this.hosts.keys().next().value!);
        this.hosts.set(host, tenant);
        if (generation === (this.generations.get(tenantId) ?? 0)) this.put(k, page);
        return page;
      },
      done: (page: CachedPage | undefined) => {
        if (this.flights.get(k) === flight) this.flights.delete(k);
        resolve(page);
      },
    };
  }

  private put(k: string, page: CachedPage) {
    const old = this.pages.get(k);
    if (old) this.bytes -= size(old);
    this.pages.delete(k);
    this.pages.set(k, page);
    this.bytes += size(page);
    this.evict();
    const type = page.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
    if (page.body.length < 1024 || !COMPRESSIBLE.test(type)) return;
    // Compressed off the event loop (zlib's thread pool); until then the page goes out uncompressed. Middle
    // levels: a page is compressed again after every change in its tenant, and the highest levels cost
    // ten times the CPU for a few per cent.
    Promise.all([
      gzip(page.body, { level: 6 }),
      brotli(page.body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
        },
      }),
    ])
      .then(([gz, br]) => {
        if (this.pages.get(k) !== page) return;
        page.gzip = gz;
        page.br = br;
        this.bytes += gz.length + br.length;
        this.evict();
      })
      .catch(() => {});
  }

  private evict() {
    for (const [k, page] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.bytes -= size(page);
    }
  }

  /**
   * Data a tenant's pages read on every request (strategy tree, org chart, the project list for signed-in
   * readers), loaded once and dropped on any change in the tenant; at most MAX_VALUES_PER_TENANT keys.
   */
  value<T>(tenantId: string, key: string, load: () => Promise<T>): Promise<T> {
    let m = this.values.get(tenantId);
    if (!m) {
      m = new Map();
      this.values.set(tenantId, m);
    }
    const hit = m.get(key);
    if (hit && Date.now() - hit.at <= this.maxAgeMs) {
      // Those who join a reading under way resume in turns when it ends (see turns.ts).
      return (hit.settled ? hit.value : inTurn(hit.value)) as Promise<T>;
    }
    const value = load();
    const entry = { at: Date.now(), value, settled: false };
    value.then(
      () => {
        entry.settled = true;
      },
      () => {},
    );
    // A bound for keys made from addresses (lists by filter and page): beyond it, the tenant's values are
    // read anew, as after a change.
    if (m.size >= MAX_VALUES_PER_TENANT) m.clear();
    m.set(key, entry);
    value.catch(() => {
      if (m.get(key) === entry) m.delete(key);
    });
    return value;
  }

  /** Counts the changes this process has heard of in a tenant: what is made from its data stays current while this does. */
  generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  /** A change in a tenant: its pages here turn stale and the other processes are told. */
  invalidate(tenantId: string): void {
    this.invalidateLocal(tenantId);
    this.onInvalidate?.(tenantId);
  }

  /** A change reported by another process; `*` (a lost connection) stands for every tenant. */
  invalidateLocal(tenantId: string): void {
    const tenants =
      tenantId === '*' ? [...new Set([...this.generations.keys(), ...this.values.keys()])] : [tenantId];
    if (tenantId === '*') for (const k of this.pages.keys()) tenants.push(k.slice(0, k.indexOf(' ')));
    for (const t of new Set(tenants)) {
      this.generations.set(t, (this.generations.get(t) ?? 0) + 1);
      this.values.delete(t);
    }
  }

  /** Bytes held, for the metrics. */
  get size(): number {
    return this.bytes;
  }
}

function size(page: CachedPage): number {
  return page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0) + 512;
}

/**
 * The answer to one request from a cached page: 304 when `If-None-Match` names it, else the smallest
 * encoding the client accepts (brotli, gzip, none).
 */
export function answerFromPage(
  page: CachedPage,
  acceptEncoding: string | undefined,
  ifNoneMatch: string | undefined,
): PageAnswer {
  // The page's own Vary (the API's Accept-Language) stays beside the encoding the answer varies by.
  const vary = page.headers.filter(([n]) => n.toLowerCase() === 'vary').map(([, v]) => v);
  const headers: [string, string][] = [
    ...page.headers.filter(([n]) => n.toLowerCase() !== 'vary'),
    ['ETag', page.etag],
    ['Vary', [...vary, 'Accept-Encoding'].join(', ')],
  ];
  if (ifNoneMatch && matchesEtag(ifNoneMatch, page.etag)) return { status: 304, headers, body: null };
  let body = page.body;
  if (page.br && accepts(acceptEncoding, 'br')) {
    body = page.br;
    headers.push(['Content-Encoding', 'br']);
  } else if (page.gzip && accepts(acceptEncoding, 'gzip')) {
    body = page.gzip;
    headers.push(['Content-Encoding', 'gzip']);
  }
  headers.push(['Content-Length', String(body.length)]);
  return { status: page.status, headers, body };
}

/** Whether an Accept-Encoding header admits `coding` (named, or `*`, with a non-zero q). */
export function accepts(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = !q || Number(q.slice(2)) > 0;
    if (name === coding) return ok;
    if (name === '*') star = ok;
  }
  return star;
}

/** Whether an If-None-Match header names this (weak) ETag. */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}
