import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import {
  candidatesBySameTitle,
  matchStatement,
  newestMatches,
  SORTED_MATCHES,
  searchQuery,
} from '../src/modules/proposals/proposals.queries.ts';
import { RANKED_MATCHES, searchPublishedProposals } from '../src/modules/proposals/proposals.service.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase, entryTitles as titles } from './helpers.ts';

/** `n` published proposals an hour apart from `start`, numbered `V-<prefix>00000` on, titled `title(i)`. */
function hourly(tenantId: string, n: number, start: number, prefix: string, title: (i: number) => string) {
  return Array.from({ length: n }, (_, i) => ({
    tenantId,
    number: `V-${prefix}${String(i).padStart(5, '0')}`,
    title: title(i),
    body: 'Bitte sicherer machen.',
    authorKind: 'citizen' as const,
    state: 'published' as const,
    createdAt: new Date(start + i * 3_600_000),
    publishedAt: new Date(start + i * 3_600_000),
  }));
}

/**
 * Search at scale: a common word among many proposals is neither ranked nor counted match by match (the
 * cost would grow with the matches); its matches come newest first with "more than 500". A rarer
 * query is ranked and counted exactly, as before.
 */
describe('proposal search with more matches than are ranked', () => {
  let database: Database;
  let f: OrgFixture;
  let c: Client;
  const COMMON = RANKED_MATCHES + 150;
  beforeAll(async () => {
    database = await testDatabase();
    f = await createOrgFixture(database.db);
    c = new Client((await testApp()).app, f.host);
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000);
    await database.db.insert(proposals).values([
      ...hourly(f.tenant.id, COMMON, Date.UTC(2020, 0, 1), 'R', (i) => `Radweg Nummer ${i}`),
      // Rare: one names it in the title, two only in the text, one is not public.
      ...[
        ['Fahrradstraße am Rhein', 'Eine Straße für Räder.', 'published'],
        ['Mehr Bänke', 'Entlang der Fahrradstraße fehlen Bänke.', 'published'],
        ['Beleuchtung', 'Die Fahrradstraße ist nachts dunkel.', 'merged'],
        ['Fahrradstraße Beuel', 'Noch nicht geprüft.', 'submitted'],
      ].map(([title, body, state], i) => ({
        tenantId: f.tenant.id,
        number: `V-F${i}0000`,
        title: title!,
        body: body!,
        authorKind: 'citizen' as const,
        state: state as 'published' | 'merged' | 'submitted',
        createdAt: day(COMMON + i),
        publishedAt: day(COMMON + i),
      })),
    ]);
    await database.analyze();
  });

  it('shows a common word’s matches newest first, page after page, and says "more than"', async () => {
    const first = await searchPublishedProposals(database.db, f.tenant.id, {
      q: 'Radweg',
      page: 1,
      pageSize: 20,
    });
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.total).toBe(RANKED_MATCHES + 1);
    expect(first.rows.map((r) => r.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Radweg Nummer ${COMMON - 1 - i}`),
    );
    const second = await searchPublishedProposals(database.db, f.tenant.id, {
      q: 'radw',
      page: 2,
      pageSize: 20,
    });
    expect(second.rows.map((r) => r.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Radweg Nummer ${COMMON - 21 - i}`),
    );
    // Narrowed by a second word: few enough to rank and count exactly.
    const narrow = await searchPublishedProposals(database.db, f.tenant.id, {
      q: `Radweg ${COMMON - 8}`,
      page: 1,
      pageSize: 20,
    });
    expect(narrow).toMatchObject({ total: 1, totalIsLowerBound: false });
  });

  it('walks a prefix with more than SORTED_MATCHES matches, and puts fewer newest first itself', async () => {
    // Words that only begin with what is typed: the exact word matches none, so only the prefix tells.
    const other = await createOrgFixture(database.db);
    const n = SORTED_MATCHES + 50;
    await database.db
      .insert(proposals)
      .values(hourly(other.tenant.id, n, Date.UTC(2021, 0, 1), 'W', (i) => `Radwegebau Abschnitt ${i}`));
    await database.analyze();
    const page2 = Array.from({ length: 10 }, (_, i) => `Radwegebau Abschnitt ${n - 11 - i}`);
    const walked = await searchPublishedProposals(database.db, other.tenant.id, {
      q: 'Radweg',
      page: 2,
      pageSize: 10,
    });
    expect(walked).toMatchObject({ total: RANKED_MATCHES + 1, totalIsLowerBound: true });
    expect(walked.rows.map((r) => r.title)).toEqual(page2);
    // The first tenant's 650 matches of "radw" (the exact word matches none) are read and sorted instead,
    // in the same order (the test above).
  });

  it('ranks and counts a rarer query exactly: a match in the title first, nothing unpublished', async () => {
    const r = await searchPublishedProposals(database.db, f.tenant.id, {
      q: 'Fahrradstraße',
      page: 1,
      pageSize: 20,
    });
    expect(r).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(r.rows[0]!.title).toBe('Fahrradstraße am Rhein');
    expect(r.rows.map((x) => x.title).sort()).toEqual([
      'Beleuchtung',
      'Fahrradstraße am Rhein',
      'Mehr Bänke',
    ]);
    // Past the last page: no rows, the count still exact.
    const past = await searchPublishedProposals(database.db, f.tenant.id, {
      q: 'Fahrradstraße',
      page: 3,
      pageSize: 20,
    });
    expect(past).toMatchObject({ rows: [], total: 3, totalIsLowerBound: false });
  });

  it('tells the public page and the API that the total is a lower bound', async () => {
    const page = await c.get('/mitmachen/vorschlaege?q=Radweg');
    expect(page.text).toContain(`Mehr als ${RANKED_MATCHES} Vorschläge gefunden`);
    expect(page.text).toContain(`Seite 1 von ${RANKED_MATCHES / 20}<`);
    // The order box names the order shown: the newest, since best matches cannot be ordered past the bound.
    expect(page.text).toMatch(/<option value="newest" selected[^>]*>Neueste/);
    expect(page.text).not.toMatch(/<option value="relevance" selected/);
    // The links to other pages keep the order shown.
    expect(page.text).toMatch(/href="[^"]*q=Radweg[^"]*sort=newest&amp;page=2"/);
    expect(page.text).not.toContain('sort=relevance');
    const last = await c.get(`/mitmachen/vorschlaege?q=Radweg&page=${RANKED_MATCHES / 20}`);
    expect(titles(last.text)).toHaveLength(20);
    expect(last.text).not.toContain('rel="next"');
    // Past the pages counted: nothing listed, and the way to the last page.
    const beyond = await c.get(`/mitmachen/vorschlaege?q=Radweg&page=${RANKED_MATCHES / 20 + 1}`);
    expect(beyond.status).toBe(200);
    expect(titles(beyond.text)).toHaveLength(0);
    expect(beyond.text).toContain(`Diese Seite gibt es nicht, die Liste hat ${RANKED_MATCHES / 20} Seiten.`);
    const en = await c.get('/en/mitmachen/vorschlaege?q=Fahrradstra%C3%9Fe');
    expect(en.text).toContain('3 proposals found');
    expect(en.text).toMatch(/<option value="relevance" selected[^>]*>Best matches/);
    expect(en.text).not.toContain('Fewer or other search words');
    // Nothing found: what to try instead.
    const none = await c.get('/mitmachen/vorschlaege?q=Radweg%20Kurvenbereich');
    expect(none.text).toContain('0 Vorschläge gefunden');
    expect(none.text).toContain('Weniger oder andere Suchwörter finden mehr');
    const api = await c.get('/api/v1/proposals?q=Radweg&pageSize=50');
    const body = JSON.parse(api.text) as { data: { title: string }[]; meta: Record<string, unknown> };
    expect(body.meta).toEqual({
      page: 1,
      pageSize: 50,
      total: RANKED_MATCHES + 1,
      pages: RANKED_MATCHES / 50,
      totalIsLowerBound: true,
    });
    expect(body.data[0]!.title).toBe(`Radweg Nummer ${COMMON - 1}`);
    // Past the pages counted the API lists nothing either, as its count says.
    const past = JSON.parse((await c.get('/api/v1/proposals?q=Radweg&pageSize=50&page=11')).text) as {
      data: unknown[];
    };
    expect(past.data).toEqual([]);
    const exact = JSON.parse((await c.get('/api/v1/proposals?q=Fahrradstra%C3%9Fe')).text) as {
      meta: Record<string, unknown>;
    };
    expect(exact.meta).not.toHaveProperty('totalIsLowerBound');
  });

  it('walks the time index for a common word instead of collecting every match', async () => {
    // The statement the search runs, as it runs it (a copy once passed while the query builder had dropped
    // its OFFSET 0, and every "walk" gathered and sorted all matches).
    const where = and(eq(proposals.tenantId, f.tenant.id), inArray(proposals.state, ['published', 'merged']));
    const plan = await database.rows<Record<string, string>>(
      sql`explain ${newestMatches(where, searchQuery('Radweg')!, 20, 0)}`,
    );
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toMatch(/Index Scan Backward using proposals_tenant_created_idx/);
    expect(text).not.toMatch(/Sort|Bitmap/);
  });

  it('checks its gates before the scans: a common word is walked, its prefix never gathered', async () => {
    const where = and(eq(proposals.tenantId, f.tenant.id), inArray(proposals.state, ['published', 'merged']));
    const statement = matchStatement({
      tenantId: f.tenant.id,
      where,
      query: searchQuery('Radweg')!,
      exact: searchQuery('Radweg', { prefix: false }),
      order: 'relevance',
      limit: 20,
      offset: 0,
    });
    const plan = await database.rows<Record<string, string>>(sql`explain (analyze, costs off) ${statement}`);
    const lines = plan.map((r) => Object.values(r)[0]!);
    // The exact word matches more than RANKED_MATCHES: the prefix's matches are never read (the scan above
    // the first condition on the prefix), and the walk runs.
    const prefix = lines.findIndex((l) => l.includes("'radweg'':*"));
    const scan = lines.slice(0, prefix).findLast((l) => /Scan on proposals/.test(l));
    expect(scan).toMatch(/never executed/);
    expect(lines.join('\n')).toMatch(/Index Scan Backward using proposals_tenant_created_idx[^\n]*\(actual/);
  });

  it('finds proposals under the same title through an index, not by reading every title', async () => {
    // The query the hints run, as they run it.
    const plan = await database.rows<Record<string, string>>(
      sql`explain ${candidatesBySameTitle(database.db, f.tenant.id, 'Radweg an der Fahrradstraße', 2)}`,
    );
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toMatch(/proposals_title_key_idx/);
    expect(text).not.toMatch(/Seq Scan/);
  });

  it('writes full-text entries straight into the index, with no pending list for every search to read', async () => {
    // PGlite runs no autovacuum: with GIN's default fast update, new entries sat in a pending list of up to
    // 4 MB that every search read whole.
    const rows = await database.rows<{ name: string; options: string[] | null }>(
      sql`select c.relname as name, c.reloptions as options from pg_class c
          where c.relname in ('proposals_search_idx', 'proposals_tenant_search_idx', 'council_papers_search_idx')
          order by c.relname`,
    );
    expect(rows).toEqual([
      { name: 'council_papers_search_idx', options: ['fastupdate=off'] },
      { name: 'proposals_search_idx', options: ['fastupdate=off'] },
      { name: 'proposals_tenant_search_idx', options: ['fastupdate=off'] },
    ]);
  });
});
