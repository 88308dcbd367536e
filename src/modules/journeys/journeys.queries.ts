import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { afterKey } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { comments, supports } from '../comments/comments.table.ts';
import type { ProposalSort, ProposalStanding } from '../proposals/proposals.schemas.ts';
import { matchRows, referenceIn, searchQuery } from '../proposals/proposals.service.ts';
import { type AuthorKind, participationProcesses, proposals } from '../proposals/proposals.table.ts';
import { workshopProposals, workshops } from '../workshops/workshops.table.ts';

/** Published and merged proposals for open data, by id, with the ideas they went into. */
export function openDataPage(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return db.execute<Record<string, unknown>>(sql`
    select p.id, p.number, p.title, p.body, p.author_kind, p.organisation_name, f.key as field_of_action,
           pr.slug as process, pr.attribution, p.language, p.state, p.created_at, p.published_at, p.source_url,
           p.place, w.title as workshop, p.answer_state, p.answer_text as answer, p.answered_at,
           (select count(*)::int from supports s where s.tenant_id = p.tenant_id and s.proposal_id = p.id)
             as support_count,
           (select count(*)::int from comments c
             where c.tenant_id = p.tenant_id and c.proposal_id = p.id and c.state = 'published') as comment_count,
           coalesce((select string_agg(i.number, ';' order by i.number) from idea_proposals ip
                     join ideas i on i.tenant_id = ip.tenant_id and i.id = ip.idea_id
                     where ip.tenant_id = p.tenant_id and ip.proposal_id = p.id and ip.unlinked_at is null), '')
             as ideas
    from ${proposals} p
    left join fields_of_action f on f.tenant_id = p.tenant_id and f.id = p.field_of_action_id
    left join ${participationProcesses} pr on pr.tenant_id = p.tenant_id and pr.id = p.process_id
    left join ${workshopProposals} wp on wp.tenant_id = p.tenant_id and wp.proposal_id = p.id
    left join ${workshops} w on w.tenant_id = wp.tenant_id and w.id = wp.workshop_id
    where p.tenant_id = ${tenantId} and p.state in ('published', 'merged') and ${afterKey([sql`p.id`], after)}
    order by p.id
    limit ${limit}`);
}

export interface PublicProposalFilter {
  q: string;
  processId?: string | undefined;
  fieldOfActionId?: string | undefined;
  standing?: ProposalStanding | undefined;
  authorKind?: AuthorKind | undefined;
  sort: ProposalSort;
  limit: number;
  offset: number;
}

// Drizzle writes an outer column unqualified inside a subquery, where it would name the inner table's
// column: the outer table is named outright.
const supportCount = sql<number>`(select count(*)::int from ${supports} s
  where s.tenant_id = proposals.tenant_id and s.proposal_id = proposals.id)`;
const commentCount = sql<number>`(select count(*)::int from ${comments} c
  where c.tenant_id = proposals.tenant_id and c.proposal_id = proposals.id and c.state = 'published')`;

/** How many rows of `table` (supports, comments) each proposal has, among those `where` admits. */
function countsPerProposal(db: DbOrTx, table: typeof supports | typeof comments, where: SQL | undefined) {
  return db
    .select({ proposalId: table.proposalId, n: sql<number>`count(*)`.as('n') })
    .from(table)
    .where(where)
    .groupBy(table.proposalId)
    .as('counted');
}

/**
 * A page of published (and merged) proposals with their support and comment counts: searched, filtered
 * by process, field of action, standing and author, ordered newest first, by supports, by comments or
 * by how well they match; a reference (`V-7K3M9Q`) finds its proposal.
 */
export async function publicProposalPage(db: DbOrTx, tenantId: string, f: PublicProposalFilter) {
  const conds: SQL[] = [eq(proposals.tenantId, tenantId), inArray(proposals.state, ['published', 'merged'])];
  if (f.processId) conds.push(eq(proposals.processId, f.processId));
  if (f.fieldOfActionId) conds.push(eq(proposals.fieldOfActionId, f.fieldOfActionId));
  if (f.authorKind) conds.push(eq(proposals.authorKind, f.authorKind));
  if (f.standing === 'open') conds.push(eq(proposals.state, 'published'), isNull(proposals.answerState));
  else if (f.standing === 'merged')
    conds.push(sql`(${proposals.state} = 'merged' or ${proposals.answerState} = 'merged')`);
  else if (f.standing) conds.push(eq(proposals.answerState, f.standing));
  const reference = referenceIn(f.q);
  const query = reference ? undefined : searchQuery(f.q);
  if (reference) conds.push(eq(proposals.number, reference));
  const columns = {
    id: proposals.id,
    number: proposals.number,
    title: proposals.title,
    body: proposals.body,
    language: proposals.language,
    authorKind: proposals.authorKind,
    organisationName: proposals.organisationName,
    state: proposals.state,
    answerState: proposals.answerState,
    createdAt: proposals.createdAt,
    supports: supportCount,
    comments: commentCount,
  };
  // A search in the order of relevance or time: in bounded time at any scale (matchRows).
  if (query && (f.sort === 'relevance' || f.sort === 'newest'))
    return matchRows(
      db,
      {
        tenantId,
        where: and(...conds),
        query,
        exact: searchQuery(f.q, { prefix: false }),
        order: f.sort,
        limit: f.limit,
        offset: f.offset,
      },
      columns,
    );
  if (query) conds.push(sql`${proposals.search} @@ ${query}`);
  const where = and(...conds);
  // The page's ids first, ordered without reading anything else, and the count beside them; the columns
  // and counts are read for those rows only. (Counting with the page, `count(*) over ()`, made PostgreSQL
  // compute every row's supports and comments first: 0.7 s for the first page at 100,000 proposals.)
  const byCount =
    f.sort === 'supported'
      ? countsPerProposal(db, supports, eq(supports.tenantId, tenantId))
      : f.sort === 'commented'
        ? countsPerProposal(
            db,
            comments,
            and(eq(comments.tenantId, tenantId), eq(comments.state, 'published')),
          )
        : undefined;
  const ids = byCount
    ? db
        .select({ id: proposals.id })
        .from(proposals)
        .leftJoin(byCount, eq(byCount.proposalId, proposals.id))
        .where(where)
        .orderBy(desc(sql`coalesce(${byCount.n}, 0)`), desc(proposals.createdAt), desc(proposals.id))
    : db
        .select({ id: proposals.id })
        .from(proposals)
        .where(where)
        .orderBy(desc(proposals.createdAt), desc(proposals.id));
  const [page, [count]] = await Promise.all([
    ids.limit(Math.max(f.limit, 1)).offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(proposals).where(where),
  ]);
  const shown = page.slice(0, f.limit).map((r) => r.id);
  const byId = new Map(
    (shown.length
      ? await db
          .select(columns)
          .from(proposals)
          .where(and(eq(proposals.tenantId, tenantId), inArray(proposals.id, shown)))
      : []
    ).map((r) => [r.id, r]),
  );
  return {
    rows: shown.flatMap((id) => byId.get(id) ?? []),
    total: count?.n ?? 0,
    totalIsLowerBound: false,
  };
}
