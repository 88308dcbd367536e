import { and, desc, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { PROPOSAL_NUMBER } from './proposals.schemas.ts';
import {
  type AuthorKind,
  type ProposalState,
  participationProcesses,
  proposals,
  titleKey,
} from './proposals.table.ts';
import { proposalWordCounts } from './similar.table.ts';

/** Columns safe to show the public: no e-mail, no moderation internals. */
export const publicColumns = {
  id: proposals.id,
  number: proposals.number,
  title: proposals.title,
  body: proposals.body,
  authorKind: proposals.authorKind,
  organisationName: proposals.organisationName,
  fieldOfActionId: proposals.fieldOfActionId,
  processId: proposals.processId,
  language: proposals.language,
  sourceUrl: proposals.sourceUrl,
  state: proposals.state,
  createdAt: proposals.createdAt,
  publishedAt: proposals.publishedAt,
};

const PUBLIC_STATES: ProposalState[] = ['published', 'merged'];

/**
 * German full-text query in which every typed word also matches as a prefix ("Bus" finds "Bussen",
 * "Radw" finds "Radweg"), so search works while typing and across stemming differences.
 */
export function searchQuery(q: string, { prefix = true }: { prefix?: boolean } = {}): SQL | undefined {
  const words =
    q
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  if (!words.length) return undefined;
  return sql`to_tsquery('german', ${words.map((w) => (prefix ? `${w}:*` : w)).join(' & ')})`;
}

/** Whether a search box holds anything to search for (a word or a number), not only signs. */
export function hasSearchWords(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/**
 * A proposal's reference as people type it (`V-7K3M9Q`, `v 7k3m9q`), or an imported one's as shown
 * (`RAD-B3953`: letters, a hyphen and a part with a digit, so "E-Mail" stays a word), or undefined.
 * Without its hyphen a reference needs a digit: "Verkehr" or "Verwalt" are words to search for.
 */
export function referenceIn(q: string): string | undefined {
  const m = /^\s*V\s*(-?)\s*([A-Z0-9]{6})\s*$/i.exec(q);
  if (m && (m[1] || /\d/.test(m[2]!))) return `V-${m[2]!.toUpperCase()}`;
  const typed = q.trim();
  return PROPOSAL_NUMBER.test(typed) && /\d/.test(typed.slice(typed.indexOf('-')))
    ? typed.toUpperCase()
    : undefined;
}

/** The id and state of the proposal with this reference, if there is one (public or not). */
export async function proposalOfReference(db: DbOrTx, tenantId: string, reference: string) {
  const [row] = await db
    .select({ id: proposals.id, state: proposals.state })
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.number, reference)))
    .limit(1);
  return row;
}

/**
 * How many matches a search ranks exactly. A query that matches more (one common word among 100,000
 * proposals) shows its matches newest first and counts "more than" this many: ranking and counting every
 * match would cost time in proportion to the matches, on every keystroke of the search box.
 */
export const RANKED_MATCHES = 500;

/**
 * Up to how many matches a search past RANKED_MATCHES reads and puts newest first itself, rather than
 * walking the newest proposals until the page is full. Both read rows at about the same cost (1–2 µs a row
 * on PGlite): reading costs the matches, walking costs 20 ÷ their share of the proposals. For a query
 * matching 0.5 % of 100,000 proposals the walk read 14,000 rows for a page of 20 (21 ms); the two cost the
 * same near 1.4 % (√(20 × 100,000) ≈ 1,400 matches), and past that the walk is the cheaper.
 */
export const SORTED_MATCHES = 1500;

/** What a search page is chosen by: the tenant's proposals `where` admits that match `query`. */
export interface MatchOptions {
  tenantId: string;
  where: SQL | undefined;
  query: SQL;
  /**
   * The same words without prefixes (searchQuery(q, { prefix: false })): what it matches, the query
   * matches too, and GIN finds it at a fraction of the cost, since a prefix of a common word ("radweg:*")
   * gathers every posting of every word it begins. When it alone matches more than RANKED_MATCHES, the
   * query does too, and the matches are walked newest first without gathering the query's.
   */
  exact?: SQL | undefined;
  order: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

/**
 * The page of a search as a statement of its own (for a CTE): one row per proposal shown (`match_id`, in
 * the order `match_ord`), or one row without a proposal when none is, each with the probe and the count.
 * In time bounded at any scale: at most SORTED_MATCHES + 1 matches are read from the GIN index; up to
 * RANKED_MATCHES they are ordered exactly (best match, or newest, first), up to SORTED_MATCHES newest
 * first; when there are more, or the exact words alone match more than RANKED_MATCHES, the creation-time
 * index is walked newest first until the page is full (newestMatches).
 */
export function matchStatement(opts: MatchOptions): SQL {
  const limit = Math.max(opts.limit, 1);
  const matching = (query: SQL) => sql`${opts.where ?? sql`true`} and ${proposals.search} @@ ${query}`;
  // The exact words counted first (the probe); the matches are read only when it leaves open whether the
  // query matches more than RANKED_MATCHES, and walked only when it or their count says so. Each gate
  // depends on no row, so PostgreSQL checks it once, before the scan it guards.
  const probe = opts.exact
    ? sql`select count(*)::int as n from (select 1 from ${proposals} where ${matching(opts.exact)} limit ${RANKED_MATCHES + 1}) c`
    : sql`select 0 as n`;
  const walk = sql`((select n from probe) > ${RANKED_MATCHES} or (select n from total) > ${SORTED_MATCHES})`;
  // A page past RANKED_MATCHES is either past all matches or past the pages the bound counts (an old link,
  // a typed address): empty, as its count says, and no walk skips thousands of matches to fill it.
  const beyondCount = opts.offset >= RANKED_MATCHES;
  // Ranked only when all matches are counted; past that the page is the newest of the matches read.
  const rank =
    opts.order === 'relevance'
      ? sql`case when (select n from total) <= ${RANKED_MATCHES} then ts_rank(m.search, ${opts.query}) end desc nulls last,`
      : sql``;
  return sql`
    with probe as materialized (${probe}),
    m as materialized (
      select ${proposals.id} as id, ${proposals.createdAt} as created_at, ${proposals.search} as search
      from ${proposals}
      where ${matching(opts.query)} and (select n from probe) <= ${RANKED_MATCHES}
      limit ${SORTED_MATCHES + 1}
    ),
    total as materialized (select count(*)::int as n from m),
    sorted as (
      select m.id, row_number() over (order by ${rank} m.created_at desc, m.id desc) as ord
      from m where ${beyondCount ? sql`false` : sql`not ${walk}`}
      order by ord limit ${limit} offset ${opts.offset}
    ),
    walked as (
      select w.id, row_number() over () as ord
      from (${newestMatches(opts.where, opts.query, limit, opts.offset, beyondCount ? sql`false` : walk)}) w
    )
    select (select n from probe) as match_probe, (select n from total) as match_total,
           p.id as match_id, p.ord as match_ord
    from (select 1) one
    left join (select * from sorted union all select * from walked) p on true`;
}

/**
 * A search page as rows: the `columns` the caller shows, read for the page's proposals in the same
 * statement that chooses them (matchStatement), in their order, with how many match (a lower bound past
 * RANKED_MATCHES).
 */
export async function matchRows<T extends SelectedFields>(db: DbOrTx, opts: MatchOptions, columns: T) {
  const page = db
    .$with('page', {
      probe: sql<number>`match_probe`.as('match_probe'),
      total: sql<number>`match_total`.as('match_total'),
      id: sql<string | null>`match_id`.as('match_id'),
      ord: sql<number | null>`match_ord`.as('match_ord'),
    })
    .as(matchStatement(opts));
  type Found = SelectResultFields<T> & { matchProbe: number; matchTotal: number; matchId: string | null };
  const found = (await db
    .with(page)
    .select({
      ...(columns as SelectedFieldsFlat),
      matchProbe: page.probe,
      matchTotal: page.total,
      matchId: page.id,
    })
    .from(page)
    .leftJoin(proposals, and(eq(proposals.tenantId, opts.tenantId), eq(proposals.id, page.id)))
    .orderBy(page.ord)) as unknown as Found[];
  const counted = Number(found[0]?.matchTotal ?? 0);
  const lowerBound = Number(found[0]?.matchProbe ?? 0) > RANKED_MATCHES || counted > RANKED_MATCHES;
  return {
    // A row without a proposal is the empty page's one row.
    rows: found
      .flatMap(({ matchProbe, matchTotal, matchId, ...row }) => (matchId === null ? [] : [row]))
      .slice(0, opts.limit),
    total: lowerBound ? RANKED_MATCHES + 1 : counted,
    totalIsLowerBound: lowerBound,
  };
}

/**
 * The newest matches of a query, by walking the (tenant, created_at, id) index backwards and testing each
 * row's words instead of collecting every match: for a query that matches many proposals. `gate`: a
 * condition on no row, checked once before the walk (false: no walk).
 */
export function newestMatches(
  where: SQL | undefined,
  query: SQL,
  limit: number,
  offset: number,
  gate: SQL = sql`true`,
): SQL {
  // OFFSET 0 keeps the match out of the inner scan. Written out: the query builder leaves out an offset
  // of 0, and without it PostgreSQL gathered every match of the prefixes into a bitmap and sorted them
  // (22–44 ms at 100,000 proposals, where the walk takes 2). No ORDER BY outside: PostgreSQL keeps the
  // inner order, and only without one does it plan the inner scan for the few rows the LIMIT takes.
  return sql`
    select n.id from (
      select ${proposals.id} as id, ${proposals.search} as search from ${proposals}
      where ${where ?? sql`true`}
      order by ${proposals.createdAt} desc, ${proposals.id} desc
      offset 0
    ) n
    where ${gate} and n.search @@ ${query}
    limit ${limit} offset ${offset}`;
}

/**
 * Published (and merged) proposals with optional German full-text search, newest or best match first;
 * a reference (`V-7K3M9Q`) finds its proposal.
 */
export async function searchPublished(
  db: DbOrTx,
  tenantId: string,
  opts: { q: string; limit: number; offset: number; processId?: string | undefined },
) {
  const conds: SQL[] = [eq(proposals.tenantId, tenantId), inArray(proposals.state, PUBLIC_STATES)];
  if (opts.processId) conds.push(eq(proposals.processId, opts.processId));
  const reference = referenceIn(opts.q);
  const query = reference ? undefined : searchQuery(opts.q);
  if (reference) conds.push(eq(proposals.number, reference));
  const where = and(...conds);
  if (query)
    return matchRows(
      db,
      {
        tenantId,
        where,
        query,
        exact: searchQuery(opts.q, { prefix: false }),
        order: 'relevance',
        limit: opts.limit,
        offset: opts.offset,
      },
      publicColumns,
    );
  // The page by the time index and the count beside it: counting with the page (`count(*) over ()`)
  // read every proposal before taking 20 (270 ms at 100,000).
  const [rows, [count]] = await Promise.all([
    db
      .select(publicColumns)
      .from(proposals)
      .where(where)
      .orderBy(desc(proposals.createdAt), desc(proposals.id))
      .limit(Math.max(opts.limit, 1))
      .offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(proposals).where(where),
  ]);
  return { rows: rows.slice(0, opts.limit), total: count?.n ?? 0, totalIsLowerBound: false };
}

export function findById(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.id, id)))
    .limit(1);
}

/** Published and merged proposals among the ids (never submitted or hidden ones). */
export function findPublicByIds(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select(publicColumns)
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.id, ids),
        inArray(proposals.state, PUBLIC_STATES),
      ),
    );
}

export interface ModerationFilter {
  q?: string | undefined;
  authorKind?: AuthorKind | undefined;
  language?: string | undefined;
  fieldOfActionId?: string | undefined;
  processId?: string | undefined;
  /** Only these proposals (e.g. the ones a workshop produced). */
  idIn?: readonly string[] | undefined;
}

function moderationWhere(tenantId: string, state: ProposalState, f: ModerationFilter) {
  const text = f.q ? searchQuery(f.q) : undefined;
  // A reference as typed (`V-7K3M9Q`, an imported `RAD-B3953`) finds its proposal; it may also be a word
  // with a hyphen ("E-Bike"), so the words still count.
  const number = f.q && PROPOSAL_NUMBER.test(f.q.trim()) ? f.q.trim().toUpperCase() : undefined;
  const matches = text ? sql`${proposals.search} @@ ${text}` : undefined;
  return and(
    eq(proposals.tenantId, tenantId),
    eq(proposals.state, state),
    number ? (matches ? or(eq(proposals.number, number), matches) : eq(proposals.number, number)) : matches,
    f.authorKind ? eq(proposals.authorKind, f.authorKind) : undefined,
    f.language ? eq(proposals.language, f.language) : undefined,
    f.fieldOfActionId === 'none'
      ? sql`${proposals.fieldOfActionId} is null`
      : f.fieldOfActionId
        ? eq(proposals.fieldOfActionId, f.fieldOfActionId)
        : undefined,
    f.processId ? eq(proposals.processId, f.processId) : undefined,
    f.idIn ? (f.idIn.length ? anyUuid(proposals.id, f.idIn) : sql`false`) : undefined,
  );
}

/** A page of proposals in one moderation state, filtered, newest first, with the number matching. */
export async function listByState(
  db: DbOrTx,
  tenantId: string,
  state: ProposalState,
  limit: number,
  offset: number,
  filter: ModerationFilter = {},
) {
  const where = moderationWhere(tenantId, state, filter);
  const [rows, [count]] = await Promise.all([
    db.select().from(proposals).where(where).orderBy(desc(proposals.createdAt)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(proposals).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Languages that occur in a state, for the moderation filter. */
export async function languagesInState(db: DbOrTx, tenantId: string, state: ProposalState) {
  const rows = await db
    .selectDistinct({ language: proposals.language })
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.state, state)))
    .orderBy(proposals.language);
  return rows.map((r) => r.language);
}

export async function countByState(db: DbOrTx, tenantId: string) {
  const rows = await db
    .select({ state: proposals.state, n: sql<number>`count(*)::int` })
    .from(proposals)
    .where(eq(proposals.tenantId, tenantId))
    .groupBy(proposals.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n])) as Partial<Record<ProposalState, number>>;
}

export function listProcesses(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(participationProcesses)
    .where(eq(participationProcesses.tenantId, tenantId))
    .orderBy(desc(participationProcesses.startsOn));
}

export function findProcessBySlug(db: DbOrTx, tenantId: string, slug: string) {
  return db
    .select()
    .from(participationProcesses)
    .where(and(eq(participationProcesses.tenantId, tenantId), eq(participationProcesses.slug, slug)))
    .limit(1);
}

export function insertProposal(db: DbOrTx, values: typeof proposals.$inferInsert) {
  return db.insert(proposals).values(values).returning();
}

export function findManyById(db: DbOrTx, tenantId: string, ids: string[]) {
  return db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), inArray(proposals.id, ids)));
}

export function updateProposal(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof proposals.$inferInsert>,
) {
  return db
    .update(proposals)
    .set(patch)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.id, id)))
    .returning();
}

export function setState(db: DbOrTx, tenantId: string, ids: string[], state: ProposalState) {
  return db
    .update(proposals)
    .set({ state })
    .where(and(eq(proposals.tenantId, tenantId), inArray(proposals.id, ids)));
}

export function insertProcess(db: DbOrTx, values: typeof participationProcesses.$inferInsert) {
  return db.insert(participationProcesses).values(values).returning();
}

/** Texts of the tenant's public proposals in id order, a page at a time (to build the IDF). */
export function publicTextsPage(db: DbOrTx, tenantId: string, afterId: string | null, limit: number) {
  return db
    .select({ id: proposals.id, title: proposals.title, body: proposals.body })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, PUBLIC_STATES),
        afterId ? sql`${proposals.id} > ${afterId}` : undefined,
      ),
    )
    .orderBy(proposals.id)
    .limit(limit);
}

/** What a duplicate hint's candidate is read with: enough to compare its text and to name it. */
const candidateColumns = {
  id: proposals.id,
  number: proposals.number,
  title: proposals.title,
  body: proposals.body,
  state: proposals.state,
  createdAt: proposals.createdAt,
};

/** Public proposals sharing any of the words (German stemming), best full-text match first: the candidates to re-rank. */
export function candidatesByWords(db: DbOrTx, tenantId: string, words: string[], limit: number) {
  const query = sql`to_tsquery('german', ${words
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' | ')})`;
  return db
    .select(candidateColumns)
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, PUBLIC_STATES),
        sql`${proposals.search} @@ ${query}`,
      ),
    )
    .orderBy(desc(sql`ts_rank(${proposals.search}, ${query})`))
    .limit(limit);
}

/**
 * Proposals moderated or submitted since `since`, in any state: what may have joined or left the public
 * proposals a queued one was compared with (see similar.service.ts, hintsForQueue).
 */
export function changedSince(db: DbOrTx, tenantId: string, since: Date) {
  return db
    .select(candidateColumns)
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        or(gte(proposals.moderatedAt, since), gte(proposals.createdAt, since)),
      ),
    );
}

/** Whether a proposal in this state is shown to the public (and so can be a hint). */
export const isPublicState = (state: string) => (PUBLIC_STATES as string[]).includes(state);

/**
 * Public proposals whose title reads like `title` once case and everything but letters and digits are
 * set aside (the caller compares exactly); they belong among the hints whatever their text says.
 */
export function candidatesBySameTitle(db: DbOrTx, tenantId: string, title: string, limit: number) {
  return db
    .select(candidateColumns)
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, PUBLIC_STATES),
        sql`${titleKey(proposals.title)} = ${titleKey(title)}`,
      ),
    )
    .orderBy(desc(proposals.createdAt))
    .limit(limit);
}

/**
 * The same title and text by the same author (account and address, either may be none), still awaiting
 * moderation, sent since `since` (double submits, reloads). Without account and address nothing names the
 * author: only a proposal sent from the same form (`formToken`) is theirs, never another visitor's.
 */
export function recentIdentical(
  db: DbOrTx,
  tenantId: string,
  p: {
    title: string;
    body: string;
    authorAccountId: string | null;
    email: string | null;
    formToken: string | null;
  },
  since: Date,
) {
  if (!p.authorAccountId && !p.email && !p.formToken) return Promise.resolve([]);
  return db
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        eq(proposals.state, 'submitted'),
        eq(proposals.title, p.title),
        eq(proposals.body, p.body),
        sql`${proposals.authorAccountId} IS NOT DISTINCT FROM ${p.authorAccountId}::uuid`,
        sql`${proposals.email} IS NOT DISTINCT FROM ${p.email}::text`,
        !p.authorAccountId && !p.email ? eq(proposals.formToken, p.formToken!) : undefined,
        sql`${proposals.createdAt} > ${since}`,
      ),
    )
    .limit(1);
}

export function findByNumber(db: DbOrTx, tenantId: string, number: string) {
  return db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.number, number)))
    .limit(1);
}

/** Number, title and state of proposals (for notices and mails; no personal data). */
export function summaries(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: proposals.id, number: proposals.number, title: proposals.title, state: proposals.state })
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), inArray(proposals.id, ids)));
}

export function clearEmails(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve();
  return db
    .update(proposals)
    .set({ email: null })
    .where(and(eq(proposals.tenantId, tenantId), inArray(proposals.id, ids)))
    .then(() => undefined);
}

export function findByAuthor(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.authorAccountId, accountId)))
    .orderBy(desc(proposals.createdAt))
    .limit(500);
}

/** The city's newest answers on public proposals, newest first (the answers feed). */
export function recentAnswers(db: DbOrTx, tenantId: string, limit: number) {
  return db
    .select({
      id: proposals.id,
      title: proposals.title,
      language: proposals.language,
      answerState: proposals.answerState,
      answerText: proposals.answerText,
      answeredAt: proposals.answeredAt,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, PUBLIC_STATES),
        sql`${proposals.answeredAt} is not null`,
      ),
    )
    .orderBy(desc(proposals.answeredAt), desc(proposals.id))
    .limit(limit);
}

/** The published proposals' pages, for the sitemap. */
export function publishedProposalPages(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: proposals.id, modified: proposals.publishedAt })
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.state, 'published')))
    .orderBy(desc(proposals.publishedAt));
}

/** The public proposals' texts as written, with their language, for translation. */
export function publicProposalTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({
      id: proposals.id,
      lang: proposals.language,
      title: proposals.title,
      body: proposals.body,
      answerText: proposals.answerText,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.state, ['published', 'merged']),
        ...(ids ? [anyUuid(proposals.id, ids)] : []),
      ),
    );
}

/** The saved count of the tenant's proposal words, if any (similar.service's first reading after a start). */
export async function wordCountsOf(db: DbOrTx, tenantId: string) {
  const [row] = await db.select().from(proposalWordCounts).where(eq(proposalWordCounts.tenantId, tenantId));
  return row;
}

/** Keeps the latest count of the tenant's proposal words, replacing the one before. */
export function saveWordCounts(db: DbOrTx, values: typeof proposalWordCounts.$inferInsert) {
  return db
    .insert(proposalWordCounts)
    .values(values)
    .onConflictDoUpdate({
      target: proposalWordCounts.tenantId,
      set: { builtAt: values.builtAt, documents: values.documents, data: values.data },
    });
}
