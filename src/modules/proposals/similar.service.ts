import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import type { DbOrTx } from '../../db/client.ts';
import { mapLimited } from '../../platform/collections.ts';
import { type TextProfile, textProfile } from '../../platform/text/pair-features.ts';
import { DocumentFrequencies, features, normalize } from '../../platform/text/similarity.ts';
import { Vocabulary } from '../../platform/text/spelling.ts';
import { loadThesaurus } from '../../platform/text/thesaurus.ts';
import { listTenants } from '../orgs/orgs.service.ts';
import * as q from './proposals.queries.ts';
import { SIMILARITY_CALIBRATION } from './similarity.calibration.ts';
import { degreeOf, type SimilarityDegree, sameTitle } from './similarity.degree.ts';
import { proposalSimilarity, similarityModel } from './similarity.learned.ts';

/** Hints below this similarity are noise rather than help: people rated such pairs below 1.5 of 5 on average. */
export const HINT_THRESHOLD = SIMILARITY_CALIBRATION.thresholds.related;
const CANDIDATES = 40;
/** Proposals under the same title that are always listed, however different their texts. */
const SAME_TITLE_SHOWN = 2;
const QUERY_WORDS = 6;
/** Words in more than this share of proposals find too much to be worth asking the index for. */
const MAX_SHARE = 0.01;
/** …but below this many documents no word counts as too common. */
const MIN_CAP = 200;
const REBUILD_AFTER_MS = 15 * 60_000;
const PAGE = 2_000;
/** How long counting may hold the event loop before it lets other work run. */
const SLICE_MS = 5;

interface Entry {
  df: DocumentFrequencies;
  /** The words of the same proposals, for "did you mean" on a search that found nothing. */
  vocabulary: Vocabulary;
  builtAt: number;
  rebuilding: Promise<void> | undefined;
}

/** Per database and tenant: the document frequencies of its public proposals. */
const models = new WeakMap<object, Map<string, Entry>>();

/**
 * Reads every public proposal once, a page at a time, and counts its features and words in pieces of
 * SLICE_MS (yielding to the event loop between them). At 100,000 proposals this takes a few seconds and
 * is done in the background.
 */
async function buildFrequencies(db: DbOrTx, tenantId: string) {
  const df = new DocumentFrequencies();
  const vocabulary = new Vocabulary();
  let after: string | null = null;
  for (;;) {
    const rows = await q.publicTextsPage(db, tenantId, after, PAGE);
    // A page of texts takes longer to count than a turn of the event loop may last: pieces of 5 ms.
    let since = performance.now();
    for (const r of rows) {
      df.add(features(`${r.title} ${r.body}`));
      vocabulary.add(`${r.title} ${r.body}`);
      if (performance.now() - since > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { df, vocabulary };
}

/** Below this size a stale model is rebuilt before answering (it takes well under a second). */
const SYNC_REBUILD_BELOW = 5_000;

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);
/** Entries per line of a saved count: each line is parsed in one go, so a line stays well under a slice. */
const SAVED_LINE_ENTRIES = 2_000;

type Counted = Awaited<ReturnType<typeof buildFrequencies>>;

/**
 * Saves a count of the tenant's words for the next start (in any process): gzipped lines of JSON, a
 * header with the number of documents, then pieces of trigram, stem and word entries.
 */
export async function saveWordCounts(db: DbOrTx, tenantId: string, counted: Counted, builtAt: Date) {
  const { gdf, sdf, documents } = counted.df.toData();
  const lines = [JSON.stringify({ version: 1, documents })];
  let since = performance.now();
  for (const [kind, entries] of [
    ['g', [...gdf]],
    ['s', [...sdf]],
    ['w', [...counted.vocabulary.entries()]],
  ] as const)
    for (let i = 0; i < entries.length; i += SAVED_LINE_ENTRIES) {
      lines.push(JSON.stringify([kind, entries.slice(i, i + SAVED_LINE_ENTRIES)]));
      if (performance.now() - since > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
  const data = await gzip(lines.join('\n'));
  await q.saveWordCounts(db, { tenantId, builtAt, documents, data });
}

/** The saved count of the tenant's words (saveWordCounts), read in pieces of SLICE_MS; undefined when none. */
export async function loadWordCounts(db: DbOrTx, tenantId: string) {
  const row = await q.wordCountsOf(db, tenantId);
  if (!row) return undefined;
  const text = (await gunzip(row.data)).toString('utf8');
  let at = text.indexOf('\n');
  const header = JSON.parse(at === -1 ? text : text.slice(0, at)) as { version: number; documents: number };
  if (header.version !== 1) return undefined;
  const df = new DocumentFrequencies();
  const vocabulary = new Vocabulary();
  df.documents = header.documents;
  let since = performance.now();
  while (at !== -1) {
    const next = text.indexOf('\n', at + 1);
    const [kind, entries] = JSON.parse(text.slice(at + 1, next === -1 ? undefined : next)) as
      | ['g' | 's', [string, number][]]
      | ['w', [string, number, string][]];
    if (kind === 'w') for (const [key, n, shown] of entries) vocabulary.restore(key, n, shown);
    else for (const [key, n] of entries) df.restore(kind, key, n);
    at = next;
    if (performance.now() - since > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  return { df, vocabulary, builtAt: row.builtAt.getTime() };
}

/** Counts the tenant's words and, for a tenant large enough to need it after a start, saves the count. */
async function countAndSave(db: DbOrTx, tenantId: string) {
  const counted = await buildFrequencies(db, tenantId);
  const builtAt = Date.now();
  // Not saved is no loss: the next start counts again.
  if (counted.df.documents >= SYNC_REBUILD_BELOW)
    void saveWordCounts(db, tenantId, counted, new Date(builtAt)).catch(() => {});
  return { ...counted, builtAt };
}

/** What `store` keeps for a database, by tenant: made empty on first use (one store per kind of entry). */
function perDatabase<T>(store: WeakMap<object, Map<string, T>>, db: DbOrTx): Map<string, T> {
  let perDb = store.get(db);
  if (!perDb) {
    perDb = new Map();
    store.set(db, perDb);
  }
  return perDb;
}

function tenantModels(db: DbOrTx) {
  return perDatabase(models, db);
}

/** Called when the set of public proposals changes (publish, hide, import): the model is rebuilt soon. */
export function markFrequenciesStale(db: DbOrTx, tenantId: string) {
  const entry = tenantModels(db).get(tenantId);
  if (entry) entry.builtAt = 0;
}

/** First readings of a tenant's proposals in progress, and when each began: every caller shares one. */
const firstReadings = new WeakMap<object, Map<string, { done: Promise<Entry>; startedAt: number }>>();

/** The tenant's first reading: the one in progress, or a new one. */
function firstReading(db: DbOrTx, tenantId: string) {
  const perDb = perDatabase(firstReadings, db);
  const inProgress = perDb.get(tenantId);
  if (inProgress) return inProgress;
  const started = perDb;
  // After a start a large tenant's saved count serves at once (read anew in the background once stale).
  const read = async () =>
    (await loadWordCounts(db, tenantId).catch(() => undefined)) ?? (await countAndSave(db, tenantId));
  const reading = {
    startedAt: Date.now(),
    done: read()
      .then((built) => {
        const entry: Entry = { ...built, rebuilding: undefined };
        tenantModels(db).set(tenantId, entry);
        return entry;
      })
      .finally(() => started.delete(tenantId)),
  };
  perDb.set(tenantId, reading);
  return reading;
}

const isStale = (entry: Entry) => entry.builtAt === 0 || Date.now() - entry.builtAt > REBUILD_AFTER_MS;

/** Reads the tenant's proposals anew into the entry (one reading at a time); the old model serves meanwhile. */
function refresh(db: DbOrTx, tenantId: string, entry: Entry): Promise<void> {
  entry.rebuilding ??= countAndSave(db, tenantId)
    .then((built) => {
      entry.df = built.df;
      entry.vocabulary = built.vocabulary;
      entry.builtAt = built.builtAt;
    })
    .catch(() => {})
    .finally(() => {
      entry.rebuilding = undefined;
    });
  return entry.rebuilding;
}

/**
 * The tenant's IDF: built on first use (callers at the same time share the reading); when stale, rebuilt
 * before answering for small tenants and in the background for large ones (the old model serves
 * meanwhile; IDF drifts slowly).
 */
export async function frequenciesFor(db: DbOrTx, tenantId: string): Promise<DocumentFrequencies> {
  const entry = tenantModels(db).get(tenantId);
  if (!entry) return (await firstReading(db, tenantId).done).df;
  if (isStale(entry)) {
    const refreshing = refresh(db, tenantId, entry);
    if (entry.df.documents < SYNC_REBUILD_BELOW) await refreshing;
  }
  return entry.df;
}

/** Cities whose words are read ahead after a start; an installation with more reads each on first use. */
const WARM_TENANTS = 10;

/**
 * Reads ahead what the first duplicate hints after a start would wait for (about 2 s on the demo): the
 * synonyms and the model (once per process) and, for an installation of up to WARM_TENANTS cities, each
 * city's words.
 */
export async function warmUpHints(db: DbOrTx, most = WARM_TENANTS): Promise<void> {
  await loadThesaurus();
  similarityModel();
  const cities = await listTenants(db);
  if (cities.length > most) return;
  for (const city of cities) await frequenciesFor(db, city.id);
}

/**
 * True once the tenant's words are counted. When they are not, the first reading starts (or goes on) and
 * this waits at most `waitMs` for it: a page that can do without hints (the moderation queue) shows without
 * them while a city's hundred thousand proposals are read, instead of waiting seconds after a start.
 */
export async function frequenciesReady(db: DbOrTx, tenantId: string, waitMs: number): Promise<boolean> {
  if (tenantModels(db).has(tenantId)) return true;
  const reading = firstReading(db, tenantId);
  if (waitMs <= 0) return false;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    reading.done.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
  ]);
  clearTimeout(timer);
  return tenantModels(db).has(tenantId);
}

/** How long a search waits for a first reading of the proposals' words (a demo-sized city reads them in less). */
const FIRST_READING_WAIT_MS = 1_000;

/**
 * The words of the tenant's public proposals. When none were read yet, the first reading starts and a
 * search waits for what is left of FIRST_READING_WAIT_MS after its start (then there is no answer this
 * time: a search never waits seconds at city scale); when they are stale, they are read anew in the
 * background and the words read before answer.
 */
export async function vocabularyFor(db: DbOrTx, tenantId: string): Promise<Vocabulary | undefined> {
  const entry = tenantModels(db).get(tenantId);
  if (entry) {
    if (isStale(entry)) void refresh(db, tenantId, entry);
    return entry.vocabulary;
  }
  const reading = firstReading(db, tenantId);
  const left = FIRST_READING_WAIT_MS - (Date.now() - reading.startedAt);
  if (left > 0) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      reading.done.catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, left))),
    ]);
    clearTimeout(timer);
  }
  return tenantModels(db).get(tenantId)?.vocabulary;
}

export interface SimilarProposal {
  id: string;
  number: string;
  title: string;
  body: string;
  state: string;
  createdAt: Date;
  /** 0–1: the whole texts' similarity (title and description). */
  similarity: number;
  degree: SimilarityDegree;
  /** The titles read the same (case, accents and punctuation aside). */
  sameTitle: boolean;
}

/**
 * The most similar public proposals to a text: candidates that share one of its rarest words come from
 * the full-text index, then the similarity function orders them. Hidden and unmoderated proposals never
 * appear; `excludeId` leaves out the proposal itself.
 */
export async function findSimilar(
  db: DbOrTx,
  tenantId: string,
  text: string,
  opts: { limit?: number; excludeId?: string; title?: string } = {},
): Promise<SimilarProposal[]> {
  return pickHints(await scoredSimilar(db, tenantId, text, opts), opts.limit ?? 5);
}

type Candidate = Omit<SimilarProposal, 'similarity' | 'degree' | 'sameTitle'>;

/** Every candidate of findSimilar that counts as a hint (similar enough, or under the same title), best first. */
async function scoredSimilar(
  db: DbOrTx,
  tenantId: string,
  text: string,
  opts: { excludeId?: string; title?: string },
): Promise<SimilarProposal[]> {
  if (normalize(text).replace(/[^\p{L}\p{N}]/gu, '').length < 4) return [];
  // The synonyms are read once per process, in small pieces, while the frequencies are counted.
  const [df] = await Promise.all([frequenciesFor(db, tenantId), loadThesaurus()]);
  const words = rarestWords(text, df, QUERY_WORDS);
  if (!words.length && !opts.title?.trim()) return [];
  const [byWords, byTitle] = await Promise.all([
    words.length ? q.candidatesByWords(db, tenantId, words, CANDIDATES) : [],
    opts.title?.trim() ? q.candidatesBySameTitle(db, tenantId, opts.title, SAME_TITLE_SHOWN) : [],
  ]);
  const candidates = [...new Map([...byWords, ...byTitle].map((c) => [c.id, c])).values()];
  return scoreCandidates(
    textProfile(text, df),
    opts.title,
    candidates.filter((c) => c.id !== opts.excludeId).map((c) => ({ candidate: c })),
    df,
  );
}

/**
 * The candidates that count as hints for a text, best first. The degree speaks of the whole texts (what the
 * calibration measured); a title that reads the same is named beside it, not folded in (short titles
 * match too easily to stand for the text). A candidate's profile may come with it (profiled once for many
 * texts).
 */
function scoreCandidates(
  query: TextProfile,
  title: string | undefined,
  candidates: readonly { candidate: Candidate; profile?: TextProfile }[],
  df: DocumentFrequencies,
): SimilarProposal[] {
  return candidates
    .map(({ candidate: c, profile }) => {
      const similarity = proposalSimilarity(query, profile ?? textProfile(`${c.title} ${c.body}`, df), df);
      return {
        ...c,
        similarity,
        degree: degreeOf(similarity),
        sameTitle: title ? sameTitle(title, c.title) : false,
      };
    })
    .filter((c) => c.similarity >= HINT_THRESHOLD || c.sameTitle)
    .sort((a, b) => b.similarity - a.similarity);
}

/** The most similar texts, and whatever goes under the same title always among them (up to two). */
function pickHints(scored: readonly SimilarProposal[], limit: number): SimilarProposal[] {
  const same = scored.filter((c) => c.sameTitle).slice(0, SAME_TITLE_SHOWN);
  const rest = scored.filter((c) => !same.includes(c)).slice(0, Math.max(0, limit - same.length));
  return [...same, ...rest].sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}

/**
 * What the moderation queue keeps of a queued proposal's lookup: its text, when it was made, and every
 * candidate that counted (without their texts).
 */
interface QueuedLookup {
  text: string;
  title: string;
  at: number;
  scored: SimilarProposal[];
}

/** Per database and tenant: the queue's lookups by proposal id (see hintsForQueue). */
const queuedLookups = new WeakMap<object, Map<string, Map<string, QueuedLookup>>>();
/** A kept lookup is made anew after this long (changes the queue cannot see: imports by another process). */
const QUEUED_LOOKUP_MS = 10 * 60_000;
/** How far back the changes since a lookup are read: transactions in flight and clocks a little apart. */
const CHANGES_MARGIN_MS = 30_000;
/** Beyond this many changes since the oldest kept lookup, looking up anew is as cheap. */
const MAX_CHANGES = 200;
/** Lookups kept per tenant (a queue's page holds 50). */
const MAX_QUEUED_LOOKUPS = 1_000;
/** Lookups made at once: the database finds the next candidates while this thread scores the last. */
const LOOKUPS_AT_ONCE = 4;

/**
 * Per database and tenant: the proposals whose lookup is under way, with the lookups it is made among (a
 * view shown again does not start it twice, and one that waits waits for it).
 */
const lookupsUnderWay = new WeakMap<object, Map<string, Map<string, Promise<unknown>>>>();

function underWayOf(db: DbOrTx, tenantId: string) {
  const perDb = perDatabase(lookupsUnderWay, db);
  let ids = perDb.get(tenantId);
  if (!ids) {
    ids = new Map();
    perDb.set(tenantId, ids);
  }
  return ids;
}

/** Drops the queue's kept lookups of a tenant (an import changed its proposals without moderation). */
export function forgetQueuedLookups(db: DbOrTx, tenantId: string) {
  queuedLookups.get(db)?.delete(tenantId);
}

/**
 * The hints of each queued proposal (findSimilar's, `limit` each). A moderator decides one proposal after
 * the other and the queue is shown again after each decision, so each proposal's lookup is kept: shown
 * again, only the proposals moderated or submitted since (in any process; read from the database) are
 * compared with it — those that became public join its hints, those hidden leave them. A changed text, a
 * lookup older than QUEUED_LOOKUP_MS or too many changes make it anew. (The frequencies that weigh words
 * may have been counted anew since; they drift slowly, and a kept score is not redone for them.)
 *
 * With `waitMs`, new lookups go on in the background after that long: a proposal whose lookup is not done
 * yet has `undefined` for hints (the queue says they are being prepared and shows them when viewed again).
 */
export async function hintsForQueue(
  db: DbOrTx,
  tenantId: string,
  rows: readonly { id: string; title: string; body: string }[],
  limit: number,
  opts: { waitMs?: number } = {},
): Promise<(SimilarProposal[] | undefined)[]> {
  const perDb = perDatabase(queuedLookups, db);
  let kept = perDb.get(tenantId);
  if (!kept || kept.size > MAX_QUEUED_LOOKUPS) {
    kept = new Map();
    perDb.set(tenantId, kept);
  }
  const started = Date.now();
  const textOf = (r: { title: string; body: string }) => `${r.title} ${r.body}`;
  const current = (r: { id: string; title: string; body: string }) => {
    const k = kept.get(r.id);
    return k && k.text === textOf(r) && k.title === r.title && started - k.at < QUEUED_LOOKUP_MS
      ? k
      : undefined;
  };
  const reusable = rows.flatMap((r) => {
    const lookup = current(r);
    return lookup ? [{ row: r, lookup }] : [];
  });
  let changes: Awaited<ReturnType<typeof q.changedSince>> = [];
  if (reusable.length) {
    const since = Math.min(...reusable.map((x) => x.lookup.at)) - CHANGES_MARGIN_MS;
    changes = await q.changedSince(db, tenantId, new Date(since));
    if (changes.length > MAX_CHANGES) {
      for (const x of reusable) kept.delete(x.row.id);
      reusable.length = 0;
    }
  }
  if (reusable.length) {
    const changed = new Set(changes.map((c) => c.id));
    const df = await frequenciesFor(db, tenantId);
    await loadThesaurus();
    // Each proposal that became public is profiled once for all the queued ones.
    const joined = changes
      .filter((c) => q.isPublicState(c.state))
      .map((candidate) => ({ candidate, profile: textProfile(textOf(candidate), df) }));
    for (const { row, lookup } of reusable) {
      const others = joined.filter((j) => j.candidate.id !== row.id);
      const added = others.length
        ? scoreCandidates(textProfile(textOf(row), df), row.title, others, df).map(withoutText)
        : [];
      lookup.scored = [...lookup.scored.filter((s) => !changed.has(s.id)), ...added].sort(
        (a, b) => b.similarity - a.similarity,
      );
      lookup.at = started;
    }
  }
  const underWay = underWayOf(db, tenantId);
  const fresh = rows.filter((r) => !reusable.some((x) => x.row === r) && !underWay.has(r.id));
  const looking = mapLimited(fresh, LOOKUPS_AT_ONCE, async (r) => {
    try {
      const scored = await scoredSimilar(db, tenantId, textOf(r), { title: r.title, excludeId: r.id });
      kept.set(r.id, { text: textOf(r), title: r.title, at: started, scored: scored.map(withoutText) });
    } finally {
      underWay.delete(r.id);
    }
  });
  for (const r of fresh) underWay.set(r.id, looking);
  // Lookups of these rows that an earlier view started and did not wait for.
  const others = [...new Set(rows.flatMap((r) => underWay.get(r.id) ?? []))].filter((p) => p !== looking);
  const settled = (p: Promise<unknown>) => p.catch(() => {});
  if (opts.waitMs === undefined) {
    await looking;
    await Promise.all(others.map(settled));
  } else {
    // What is not done in time goes on; a lookup that fails is made again on the next view.
    looking.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    if (opts.waitMs > 0)
      await Promise.race([
        Promise.all([looking, ...others].map(settled)),
        new Promise((resolve) => (timer = setTimeout(resolve, opts.waitMs))),
      ]);
    clearTimeout(timer);
  }
  return rows.map((r) => {
    const lookup = current(r);
    return lookup ? pickHints(lookup.scored, limit) : undefined;
  });
}

/** A hint as the queue keeps it: without the proposal's text, which it does not show. */
const withoutText = (s: SimilarProposal): SimilarProposal => ({ ...s, body: '' });

/** The original words whose stems are rarest among the tenant's proposals: they find candidates without flooding. */
function rarestWords(text: string, df: DocumentFrequencies, n: number): string[] {
  const byStem = new Map<string, string>();
  for (const w of text.match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
    const s = [...features(w).stems.keys()][0];
    if (s && !byStem.has(s)) byStem.set(s, w);
  }
  const cap = Math.max(MIN_CAP, df.documents * MAX_SHARE);
  // Words no proposal contains cannot find anything; very common ones find too much. When every word
  // is common, the rarest two still search (the index returns only the best-ranked few anyway).
  const present = [...byStem.entries()]
    .filter(([stem]) => df.frequency('s', stem) > 0)
    .sort((a, b) => df.frequency('s', a[0]) - df.frequency('s', b[0]));
  const telling = present.filter(([stem]) => df.frequency('s', stem) <= cap);
  return (telling.length ? telling.slice(0, n) : present.slice(0, 2)).map(([, w]) => w);
}
