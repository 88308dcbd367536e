import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../src/cli/backup.ts';
import { ZSubmitProposalInput } from '../src/modules/proposals/proposals.schemas.ts';
import { submitProposal } from '../src/modules/proposals/proposals.service.ts';
import { StatsCollector } from '../src/platform/analytics/collector.ts';
import { addDays, currentDay } from '../src/platform/dates.ts';
import { COOKIES } from '../src/platform/http/cookies.ts';
import { statsDaily } from '../src/platform/platform.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture, createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

const ADDRESS = '203.0.113.77';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

describe('statistics without tracking, and consent, over a real socket', () => {
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let slug: string;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-stats-'));
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    slug = (await createProjectFixture(db, f)).project.slug;
    server = await serveOnSocket({ trustProxy: 1 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      host: f.host,
      path: p,
      headers: { 'user-agent': BROWSER, 'x-forwarded-for': ADDRESS, ...headers },
    });

  it('counts a scripted visit run: visits, views, entry pages, referrers, misses, downloads — robots not', async () => {
    // Visitor 1 comes from bonn.de and reads three pages; visitor 2 (another browser) reads a project in
    // English; a robot reads the start page; one open-data download; one search finds nothing.
    await get('/', { referer: 'https://www.bonn.de/digitales' });
    await get('/projekte');
    await get(`/projekte/${slug}`);
    await get(`/en/projekte/${slug}`, { 'user-agent': `${BROWSER} Edg/140` });
    await get('/', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    expect((await get('/daten/vorschlaege.csv')).status).toBe(200);
    await get('/projekte?q=zzqqxx');
    await server.deps.stats.flush();

    const page = await get('/statistik');
    expect(page.status).toBe(200);
    const text = page.body.replace(/\s+/g, ' ');
    // 2 visits, 5 page views (4 + the search page), 1 download.
    expect(text).toMatch(/Besuche<\/dt><dd[^>]*>2</);
    expect(text).toMatch(/Seitenaufrufe<\/dt><dd[^>]*>5</);
    expect(text).toMatch(/Downloads offener Daten<\/dt><dd[^>]*>1</);
    expect(page.body).toContain(`href="/projekte/${slug}"`);
    expect(page.body).toContain('vorschlaege.csv');
    expect(page.body).toContain('role="img"');
    // Search words and referrers are for the administration only.
    expect(page.body).not.toContain('zzqqxx');
    // The open data hold what /statistik shows: no search words, entry pages or referring websites
    // (a referrer can name an intranet's host, and anyone can send any).
    const csv = (await get('/daten/statistik.csv')).body;
    expect(csv).toContain(`"view","/projekte/${slug}"`);
    expect(csv).not.toMatch(/zzqqxx|bonn\.de|"entry"|"referrer"/);
  });

  it('leaves internal projects out: a staff view is not counted, and counts stored before are not published', async () => {
    const db = (await testDatabase()).db;
    const internal = (
      await createProjectFixture(db, f, { title: 'Geheime Prozesslandkarte', visibility: 'internal' })
    ).project.slug;
    const cookie = await signInOnSocket(server.port, f.host, f.emails.staff);
    const seen = await get(`/projekte/${internal}`, { cookie, 'user-agent': `${BROWSER} Staff` });
    expect(seen.status).toBe(200);
    expect(seen.body).toContain('Geheime Prozesslandkarte');
    await server.deps.stats.flush();
    const stored = await db
      .select({ key: statsDaily.key })
      .from(statsDaily)
      .where(and(eq(statsDaily.tenantId, f.tenant.id), like(statsDaily.key, `%${internal}%`)));
    expect(stored).toEqual([]);
    // Counted before this rule (or by any other way): the open data leave the page out all the same.
    await db.insert(statsDaily).values({
      tenantId: f.tenant.id,
      day: currentDay('Europe/Berlin'),
      metric: 'view',
      key: `/projekte/${internal}`,
      count: 2,
    });
    // So is a proposal in moderation that a moderator opens (its reference is not public yet).
    const queued = await submitProposal(
      db,
      f.tenant.id,
      null,
      parseInput(ZSubmitProposalInput, {
        title: 'Noch nicht freigegeben',
        body: 'Dieser Vorschlag wartet auf die Moderation und ist noch nicht öffentlich.',
        authorKind: 'citizen',
      }),
    );
    const moderator = await signInOnSocket(server.port, f.host, f.emails.moderator);
    const opened = await get(`/mitmachen/vorschlaege/${queued.id}`, {
      cookie: moderator,
      'user-agent': `${BROWSER} Moderation`,
    });
    expect(opened.status).toBe(200);
    await server.deps.stats.flush();
    expect(
      await db
        .select({ key: statsDaily.key })
        .from(statsDaily)
        .where(and(eq(statsDaily.tenantId, f.tenant.id), like(statsDaily.key, `%${queued.id}%`))),
    ).toEqual([]);
    for (const file of ['/daten/statistik.csv', '/daten/statistik.json'])
      expect((await get(`${file}?neu=1`)).body).not.toContain(internal);
    expect((await get('/daten/statistik.csv?neu=1')).body).toContain(`/projekte/${slug}`);
  });

  it('counts a page whose address carries a secret or a reference under its prefix alone, and mends stored ones', async () => {
    const db = (await testDatabase()).db;
    const { number } = await createPublishedProposal(db, f, 'Ruhebänke im Rheinauenpark');
    expect((await get(`/mitmachen/danke/${number}`, { 'user-agent': `${BROWSER} Private` })).status).toBe(
      200,
    );
    await server.deps.stats.flush();
    const day = currentDay('Europe/Berlin');
    const keys = async () =>
      (
        await db
          .select({ metric: statsDaily.metric, key: statsDaily.key, count: statsDaily.count })
          .from(statsDaily)
          .where(and(eq(statsDaily.tenantId, f.tenant.id), like(statsDaily.key, '/%')))
      ).filter((r) => r.key.startsWith('/mitmachen/danke') || r.key.startsWith('/benachrichtigungen'));
    expect(await keys()).toEqual(
      expect.arrayContaining([
        { metric: 'view', key: '/mitmachen/danke', count: 1 },
        { metric: 'entry', key: '/mitmachen/danke', count: 1 },
      ]),
    );
    expect((await get('/daten/statistik.csv')).body).not.toContain(number);
    // Counts stored before under the full address (migration 0050) move to the prefix.
    await db.insert(statsDaily).values([
      {
        tenantId: f.tenant.id,
        day,
        metric: 'view',
        key: '/benachrichtigungen/YnVlcmdlcmlu.token1',
        count: 3,
      },
      {
        tenantId: f.tenant.id,
        day,
        metric: 'view',
        key: '/benachrichtigungen/YnVlcmdlcmlu.token2',
        count: 2,
      },
      { tenantId: f.tenant.id, day, metric: 'view', key: '/mitmachen/danke/V-ABC123', count: 4 },
    ]);
    const repair = readFileSync(
      new URL('../src/db/migrations/0050_private_paths_in_statistics.sql', import.meta.url),
      'utf8',
    );
    for (const statement of repair.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));
    expect(await keys()).toEqual(
      expect.arrayContaining([
        { metric: 'view', key: '/mitmachen/danke', count: 5 },
        { metric: 'view', key: '/benachrichtigungen', count: 5 },
      ]),
    );
    // No address below a private prefix is left (the tokens and the reference are gone).
    expect(
      (await keys()).filter((r) =>
        ['/benachrichtigungen/', '/mitmachen/danke/'].some((p) => r.key.startsWith(p)),
      ),
    ).toEqual([]);
  });

  it('shows the search words without results and the referrers to the CDO team only', async () => {
    const { app } = await testApp();
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const internal = await cdo.get('/intern/statistik');
    expect(internal.status).toBe(200);
    expect(internal.text).toContain('zzqqxx');
    expect(internal.text).toContain('www.bonn.de');
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/statistik')).status).toBe(403);
  });

  it('never stores the address: not in a backup of the whole database, not in the day’s hashes', async () => {
    const database = await testDatabase();
    const file = path.join(tmp, 'all.jsonl.gz');
    await backupDatabase(database, file);
    expect(gunzipSync(readFileSync(file)).toString('utf8')).not.toContain(ADDRESS);
    const transient = await database.rows<{ row: string }>(
      sql`select row_to_json(v)::text as row from stats_visitors v union all select row_to_json(s)::text from stats_salts s`,
    );
    expect(transient.length).toBeGreaterThan(0);
    expect(transient.some((r) => r.row.includes(ADDRESS))).toBe(false);
  });

  it('sets no cookie before consent or after refusing; allowing sets only the documented statistics cookie', async () => {
    for (const p of [
      '/',
      '/projekte',
      `/projekte/${slug}`,
      '/ar/',
      '/mitmachen',
      '/statistik',
      '/cookies',
      '/daten',
    ]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['set-cookie'], p).toBeUndefined();
    }
    const post = (choice: string, cookie?: string) =>
      rawRequest(server.port, {
        host: f.host,
        method: 'POST',
        path: '/cookies',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': BROWSER,
          ...(cookie ? { cookie } : {}),
        },
        body: formBody({ choice, back: '/' }),
      });
    const refused = await post('necessary');
    expect(refused.status).toBe(303);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(refused.headers.location).toBe('/?hinweis=consentRefused');
    const allowed = await post('statistics');
    const cookie = String(allowed.headers['set-cookie']);
    expect(cookie).toMatch(
      /^rathaus_stats=\d{4}-\d{2}-\d{2}\.[0-9a-f]{16}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    // The cookie page lists exactly the cookies of the registry, with their lifetimes.
    const page = await get('/cookies');
    const listed = [...page.body.matchAll(/<code>([a-z_]+)<\/code>/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(COOKIES).sort());
    expect(page.body).toContain('365 Tage');
    expect(page.body).toContain('12 Stunden');
    // The privacy notice says the same: a statistics cookie, only with consent (walk: it said there was none).
    const privacy = (await get('/datenschutz')).body;
    expect(privacy).toContain('ein Statistik-Cookie nur, wenn Sie eingewilligt haben');
    expect(privacy).not.toContain('keine Analyse');
    // Withdrawing removes it again.
    const withdrawn = await post('necessary', cookie.split(';')[0]);
    expect(String(withdrawn.headers['set-cookie'])).toMatch(/^rathaus_stats=; Max-Age=0/);
  });

  it('counts a returning visit only with the statistics cookie from an earlier day', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    const day = currentDay('Europe/Berlin');
    const visit = (ua: string, cookie?: string) =>
      rawRequest(server.port, {
        host: g.host,
        path: '/projekte',
        headers: { 'user-agent': ua, 'x-forwarded-for': ADDRESS, ...(cookie ? { cookie } : {}) },
      });
    await visit(`${BROWSER} A`, `rathaus_stats=${addDays(day, -3)}.0123456789abcdef`);
    await visit(`${BROWSER} B`, `rathaus_stats=${day}.0123456789abcdef`);
    await visit(`${BROWSER} C`);
    await server.deps.stats.flush();
    const rows = await (await testDatabase()).rows<{ metric: string; n: number }>(
      sql`select metric, sum(count)::int as n from stats_daily where tenant_id = ${g.tenant.id} group by metric`,
    );
    const n = Object.fromEntries(rows.map((r) => [r.metric, r.n]));
    expect(n).toMatchObject({ visit: 3, view: 3, returning: 1 });
  });

  it('writes the visits of views still waiting for the day’s salt when it flushes', async () => {
    const { db } = await testDatabase();
    const g = await createOrgFixture(db);
    // A collector of its own: its first views wait for the day's salt from the database, as after a start.
    const stats = new StatsCollector(db, server.deps.logger);
    const day = currentDay('Europe/Berlin');
    // Not awaited, as the server counts a view: the flush right after must still write both visits.
    for (const userAgent of [`${BROWSER} X`, `${BROWSER} Y`])
      void stats.view({
        tenantId: g.tenant.id,
        day,
        path: '/',
        address: ADDRESS,
        userAgent,
        referrerHost: undefined,
        returning: false,
      });
    await stats.flush();
    const rows = await (await testDatabase()).rows<{ metric: string; n: number }>(
      sql`select metric, sum(count)::int as n from stats_daily where tenant_id = ${g.tenant.id} group by metric`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.metric, r.n]))).toMatchObject({ visit: 2, view: 2 });
  });
});
