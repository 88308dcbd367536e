import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { z } from 'zod';

/**
 * A small OParl 1.1 client (https://oparl.org/spezifikation/): reads a council information system's
 * System, its bodies and their paginated lists of papers and meetings. It follows only addresses on the
 * system's own origin (a server cannot send Rathaus elsewhere), waits a bounded time per page, reads at
 * most a bounded number of bytes, retries a page once on 429/5xx, and names the address of every failure.
 */

const id = z.string().url();
/** Text as PostgreSQL stores it: without NUL characters, which it refuses. */
const clean = (s: string) => s.replaceAll('\u0000', '').trim();
const optionalText = z
  .string()
  .nullish()
  .transform((s) => (s && clean(s) ? clean(s) : null));
const name = z
  .string()
  .nullish()
  .transform((s) => (s ? clean(s) : s));
const optionalBool = z.boolean().nullish();
/** A web page of the council system: only http(s), so no `javascript:` address ever becomes a link. */
const webPage = z
  .string()
  .nullish()
  .transform((s) => (s && /^https?:\/\/[^\s]+$/i.test(s.trim()) ? s.trim() : null));

export const ZOparlSystem = z.object({
  id,
  type: z.string().regex(/\/System$/, 'not an OParl System'),
  oparlVersion: z.string().optional(),
  name: optionalText,
  body: z.string().url(),
});

export const ZOparlBody = z.object({
  id,
  type: z.string().regex(/\/Body$/),
  name: z.string().transform(clean),
  shortName: optionalText,
  paper: z.string().url(),
  meeting: z.string().url(),
  /** OParl 1.1's own list of agenda items: results entered later, whose meeting may not change. */
  agendaItem: z.string().url().nullish(),
});
export type OparlBody = z.output<typeof ZOparlBody>;

const ZOparlConsultation = z.object({
  agendaItem: z.string().url().nullish(),
  meeting: z.string().url().nullish(),
  role: optionalText,
  authoritative: optionalBool,
});

/** A day that exists (no 30 February), from a day (YYYY-MM-DD) or a moment, as servers write `date`. */
const optionalDay = z
  .string()
  .nullish()
  .transform((s) => {
    const day = s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
    if (!day) return null;
    const d = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : null;
  });
const optionalMoment = z
  .string()
  .nullish()
  .transform((s) => {
    if (!s) return null;
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? null : d;
  });

export const ZOparlPaper = z.object({
  id,
  name,
  reference: optionalText,
  date: optionalDay,
  paperType: optionalText,
  web: webPage,
  consultation: z.array(ZOparlConsultation).nullish(),
  modified: optionalMoment,
  deleted: optionalBool,
});
export type OparlPaper = z.output<typeof ZOparlPaper>;

export const ZOparlAgendaItem = z.object({
  id,
  /** The meeting it belongs to (in the body's list of agenda items; embedded items may omit it). */
  meeting: z.string().url().nullish(),
  number: optionalText,
  order: z.number().int().nullish(),
  name: optionalText,
  public: optionalBool,
  result: optionalText,
  resolutionText: optionalText,
});

/** OParl 1.0 writes the location as a link, 1.1 embeds it; either way Rathaus keeps its description. */
const ZLocation = z
  .union([z.string(), z.object({ description: optionalText, streetAddress: optionalText }).passthrough()])
  .nullish()
  .transform((l) => (l == null || typeof l === 'string' ? null : (l.description ?? l.streetAddress ?? null)));

export type OparlAgendaItem = z.output<typeof ZOparlAgendaItem>;

export const ZOparlMeeting = z.object({
  id,
  name,
  start: optionalMoment,
  end: optionalMoment,
  cancelled: optionalBool,
  location: ZLocation,
  web: webPage,
  agendaItem: z.array(ZOparlAgendaItem).nullish(),
  modified: optionalMoment,
  deleted: optionalBool,
});
export type OparlMeeting = z.output<typeof ZOparlMeeting>;

const ZListPage = z.object({
  data: z.array(z.unknown()),
  links: z.object({ next: z.string().url().nullish() }).passthrough().nullish(),
});

/** Why a synchronisation stopped, in a sentence for the CDO team, with the address it happened at. */
export class OparlError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(`${message} (${url})`);
  }
}

export interface OparlClientOptions {
  /** Milliseconds a page may take (default 20 s). */
  timeoutMs?: number;
  /** Bytes a page may have (default 20 MB). */
  maxBytes?: number;
  /** Pages one list may have (default 2,000): a guard against a server whose `next` never ends. */
  maxPages?: number;
  /** Milliseconds before the retry of a page answered with 429 or 5xx (default 2 s). */
  retryDelayMs?: number;
  /** Whether the system may be at a private, loopback or link-local address (OPARL_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts?: boolean;
  /** Resolves a host name to its addresses (the system's DNS by default). */
  resolve?: Resolve;
}

/** A host name's addresses, as `dns.lookup(host, { all: true })` gives them. */
export type Resolve = (host: string) => Promise<LookupAddress[]>;
const systemResolve: Resolve = (host) => lookup(host, { all: true });

/**
 * Addresses a council system on the internet never has: loopback, private, link-local, unique local,
 * multicast and reserved.
 */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
// An IPv4 address written as IPv6 (::ffff:10.0.0.1) is checked against the rules above by BlockList
// itself; a rule for all of ::ffff:0:0/96 would refuse every IPv4 address, public ones too.
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

const PRIVATE_REFUSAL = 'The address is in a private network, which Rathaus does not call';
const isPrivate = (a: LookupAddress) => PRIVATE.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4');

/** Refuses a host that is, or resolves to, a private address (unless allowed), with a clear reason. */
async function checkHost(url: URL, allowPrivate: boolean, resolve: Resolve) {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await resolve(host).catch(() => {
        throw new OparlError('The server’s name cannot be resolved', url.href);
      });
  if (addresses.some(isPrivate)) throw new OparlError(PRIVATE_REFUSAL, url.href);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The look-up the connection itself makes. checkHost alone would leave a gap: a name that answers a
 * public address to the check and a private one to the connection a moment later (DNS rebinding) would
 * reach inside the city's network. Here the address connected to is the address checked.
 */
function guardedLookup(resolve: Resolve) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.some(isPrivate))
          return callback(Object.assign(new Error(PRIVATE_REFUSAL), { code: 'EPRIVATEADDRESS' }), []);
        const usable = addresses.filter((a) => !options.family || a.family === options.family);
        const first = usable[0];
        if (!first)
          return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), []);
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}

const agentFor = (resolve: Resolve) => new Agent({ connect: { lookup: guardedLookup(resolve) } });
let sharedAgent: Agent | undefined;
/** The guarded connection pool over the system's DNS, made at the first run that needs it. */
const guardedAgent = () => (sharedAgent ??= agentFor(systemResolve));

/** Reads at most `max` bytes of a response body; more is an error, not a truncated document. */
async function readCapped(res: Response, max: number, url: string): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > max) throw new OparlError(`The page is larger than ${max} bytes`, url);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new OparlError(`The page is larger than ${max} bytes`, url);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function oparlClient(systemUrl: string, opts: OparlClientOptions = {}) {
  const origin = new URL(systemUrl).origin;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? 20_000_000;
  const maxPages = opts.maxPages ?? 2_000;
  const retryDelayMs = opts.retryDelayMs ?? 2_000;
  const allowPrivate = opts.allowPrivateHosts ?? false;
  const resolve = opts.resolve ?? systemResolve;
  // Connections that look up their host through the guard (none needed when private hosts are allowed);
  // one pool for the system's DNS, shared by every run, a pool of its own for another resolver (tests).
  const dispatcher = allowPrivate
    ? undefined
    : resolve === systemResolve
      ? guardedAgent()
      : agentFor(resolve);

  function checked(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new OparlError('Not an address', url);
    }
    if (parsed.origin !== origin)
      throw new OparlError(`The server points outside its own address ${origin}`, url);
    return parsed.href;
  }

  /** One request; redirects are followed only within the system's origin (at most three). */
  async function getOnce(start: string): Promise<Response> {
    let url = start;
    try {
      for (let hop = 0; ; hop++) {
        await checkHost(new URL(url), allowPrivate, resolve);
        const res = await fetch(url, {
          headers: { Accept: 'application/json', 'User-Agent': 'Rathaus (OParl client)' },
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
          ...(dispatcher ? { dispatcher } : {}),
        });
        const location = res.headers.get('location');
        if (res.status < 300 || res.status >= 400 || !location) return res;
        await res.body?.cancel();
        if (hop >= 3) throw new OparlError('Too many redirects', start);
        url = checked(new URL(location, url).href);
      }
    } catch (err) {
      if (err instanceof OparlError) throw err;
      if ((err as { cause?: { code?: unknown } }).cause?.code === 'EPRIVATEADDRESS')
        throw new OparlError(PRIVATE_REFUSAL, url);
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      throw new OparlError(
        timedOut
          ? `The server did not answer within ${Math.round(timeoutMs / 100) / 10} s`
          : `The server cannot be reached: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`,
        url,
      );
    }
  }

  /** One JSON document; 429 and 5xx are retried once. */
  async function getJson(raw: string): Promise<unknown> {
    const url = checked(raw);
    let res = await getOnce(url);
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      const after = Number(res.headers.get('retry-after'));
      await new Promise((r) =>
        setTimeout(r, Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 10_000) : retryDelayMs),
      );
      res = await getOnce(url);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new OparlError(`The server answered ${res.status}`, url);
    }
    let text: string;
    try {
      text = await readCapped(res, maxBytes, url);
    } catch (err) {
      if (err instanceof OparlError) throw err;
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      throw new OparlError(
        timedOut
          ? `The server did not finish the page within ${Math.round(timeoutMs / 100) / 10} s`
          : 'The connection broke off while the page was read',
        url,
      );
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new OparlError('The server did not answer with JSON', url);
    }
  }

  function parse<S extends z.ZodType>(schema: S, value: unknown, url: string): z.output<S> {
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new OparlError(
        `Not an OParl object as expected: ${issue.path.join('.') || 'document'} ${issue.message}`,
        url,
      );
    }
    return r.data;
  }

  return {
    origin,
    async system() {
      return parse(ZOparlSystem, await getJson(systemUrl), systemUrl);
    },
    /**
     * Walks an external list page by page (`links.next`), with `modified_since` on the first request
     * (the server carries its filters into `next`), handing each page's valid objects to `onPage` with the
     * address of the page after it (null on the last), or from `resumeAt`, a page an earlier walk reached.
     * Objects that do not parse are counted and skipped, not fatal: one malformed paper must not stop a
     * city's synchronisation.
     */
    async walk<S extends z.ZodType>(
      listUrl: string,
      schema: S,
      onPage: (items: z.output<S>[], next: string | null) => Promise<void>,
      filter: { modifiedSince?: Date | null; resumeAt?: string | null } = {},
    ): Promise<{ pages: number; items: number; skipped: number }> {
      const first = new URL(checked(listUrl));
      if (filter.modifiedSince) first.searchParams.set('modified_since', filter.modifiedSince.toISOString());
      // A page a run stopped before (its address came from the server, filters included) or the first.
      let next: string | null = filter.resumeAt ? checked(filter.resumeAt) : first.href;
      const seen = new Set<string>();
      let pages = 0;
      let items = 0;
      let skipped = 0;
      while (next) {
        if (seen.has(next)) throw new OparlError('The list repeats a page', next);
        if (pages >= maxPages) throw new OparlError(`The list has more than ${maxPages} pages`, next);
        seen.add(next);
        const url: string = next;
        const page = parse(ZListPage, await getJson(url), url);
        const valid: z.output<S>[] = [];
        for (const raw of page.data) {
          const r = schema.safeParse(raw);
          if (r.success) valid.push(r.data);
          else skipped++;
        }
        const following = page.links?.next ?? null;
        await onPage(valid, following);
        pages++;
        items += valid.length;
        next = following;
      }
      return { pages, items, skipped };
    },
  };
}

export type OparlClient = ReturnType<typeof oparlClient>;
