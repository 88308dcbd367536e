import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  councilSource,
  isWeeklyFullRun,
  saveCouncilSource,
  syncCouncil,
} from '../src/modules/council/council.service.ts';
import {
  councilAgendaItems,
  councilMeetings,
  councilPapers,
  councilSources,
} from '../src/modules/council/council.table.ts';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import { draftProgressReport, publishProgressReport } from '../src/modules/reports/reports.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { fakeOparlServer } from './fakes/oparl.ts';
import { icsEvents, icsProblems, icsUnescape } from './feeds-validate.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { approveStatus, createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

describe('the OParl client follows a council information system', () => {
  let oparl: Awaited<ReturnType<typeof fakeOparlServer>>;
  let f: OrgFixture;
  const fast = { timeoutMs: 2_000, retryDelayMs: 10, allowPrivateHosts: true };

  const papersOf = async (tenantId: string) => {
    const { db } = await testDatabase();
    return db.select().from(councilPapers).where(eq(councilPapers.tenantId, tenantId));
  };
  const sourceOf = async (tenantId: string) => {
    const { db } = await testDatabase();
    const [s] = await db.select().from(councilSources).where(eq(councilSources.tenantId, tenantId));
    return s!;
  };

  beforeAll(async () => {
    oparl = await fakeOparlServer();
    const { db } = await testDatabase();
    f = await createOrgFixture(db);
    await saveCouncilSource(db, f.tenant.id, await f.actor('cdo'), {
      systemUrl: oparl.systemUrl,
      bodyId: null,
    });
  });
  afterAll(() => oparl.close());

  /** A tenant of its own that follows the test's council system, for a run from scratch. */
  const tenantFollowingTheServer = async () => {
    const { db } = await testDatabase();
    const g = await createOrgFixture(db);
    await saveCouncilSource(db, g.tenant.id, await g.actor('cdo'), {
      systemUrl: oparl.systemUrl,
      bodyId: null,
    });
    return g;
  };

  it('reads System ▸ body ▸ every page of papers and meetings, with consultations and results', async () => {
    const { db } = await testDatabase();
    oparl.state.papers.find((p) => p.key === 'p-5')!.web = 'javascript:alert(document.cookie)';
    // A day that does not exist and a NUL character: stored as no date and without it, not refused.
    oparl.state.papers.find((p) => p.key === 'p-6')!.date = '2024-02-30';
    oparl.state.papers.find((p) => p.key === 'p-7')!.name = 'Haushalt\u0000 2027';
    const outcome = await syncCouncil(db, f.tenant.id, fast);
    expect(outcome).toMatchObject({ ok: true, papers: 23, meetings: 2, skipped: 0 });
    // 23 papers in pages of 10, 2 meetings on one page.
    expect(oparl.requests.filter((r) => r.startsWith('/oparl/body/1/paper'))).toEqual([
      '/oparl/body/1/paper',
      '/oparl/body/1/paper?page=2',
      '/oparl/body/1/paper?page=3',
    ]);
    const papers = await papersOf(f.tenant.id);
    expect(papers).toHaveLength(23);
    // Only http(s) pages become links.
    expect(papers.find((p) => p.oparlId.endsWith('/p-5'))!.web).toBeNull();
    expect(papers.find((p) => p.oparlId.endsWith('/p-6'))!.date).toBeNull();
    expect(papers.find((p) => p.oparlId.endsWith('/p-7'))!.name).toBe('Haushalt 2027');
    const agenda = papers.find((p) => p.reference === '2612345')!;
    expect(agenda).toMatchObject({
      name: 'Digitalisierungsagenda der Stadtverwaltung 2027',
      paperType: 'Beschlussvorlage',
      date: '2026-10-01',
      deleted: false,
    });
    expect(agenda.consultations).toEqual([
      {
        agendaItem: `${oparl.base}/oparl/agendaitem/ai-digi-41`,
        meeting: `${oparl.base}/oparl/meeting/m-digi-2026-10`,
        role: 'Vorberatung',
        authoritative: false,
      },
      {
        agendaItem: `${oparl.base}/oparl/agendaitem/ai-rat-13`,
        meeting: `${oparl.base}/oparl/meeting/m-rat-2026-11`,
        role: 'Entscheidung',
        authoritative: true,
      },
    ]);
    const items = await db
      .select()
      .from(councilAgendaItems)
      .where(eq(councilAgendaItems.tenantId, f.tenant.id));
    expect(items.find((i) => i.number === '1.3')).toMatchObject({ result: 'beschlossen', public: true });
    expect(items.find((i) => i.number === '9.1')).toMatchObject({ public: false });
    const [meeting] = await db
      .select()
      .from(councilMeetings)
      .where(and(eq(councilMeetings.tenantId, f.tenant.id), eq(councilMeetings.name, 'Sitzung des Rates')));
    expect(meeting!.location).toBe('Stadthaus, Ratssaal');
    expect(meeting!.start!.toISOString()).toBe('2026-11-05T17:00:00.000Z');
    const source = await sourceOf(f.tenant.id);
    expect(source).toMatchObject({ bodyName: 'Stadt Bonn', lastError: null });
    expect(source.watermark).not.toBeNull();
  });

  it('asks next time only for what changed (modified_since, carried into next), updates without doubling', async () => {
    const { db } = await testDatabase();
    oparl.reset();
    const now = new Date();
    const changed = oparl.state.papers.find((p) => p.reference === '2612555')!;
    changed.name = 'Fortschrittsbericht Digitalisierung Q3 2026 (ergänzt)';
    changed.modified = now.toISOString();
    oparl.state.papers.find((p) => p.key === 'p-3')!.deleted = true;
    oparl.state.papers.find((p) => p.key === 'p-3')!.modified = now.toISOString();
    // A result entered later, the meeting itself unchanged: found through the body's agenda items.
    const rat = oparl.state.meetings.find((m) => m.key === 'm-rat-2026-11')!;
    rat.items[1]!.result = 'zur Kenntnis genommen (mit Ergänzungen)';
    rat.items[1]!.modified = now.toISOString();
    const outcome = await syncCouncil(db, f.tenant.id, fast);
    expect(outcome).toMatchObject({ ok: true, papers: 2, meetings: 0 });
    const paperRequests = oparl.requests.filter((r) => r.startsWith('/oparl/body/1/paper'));
    expect(paperRequests).toHaveLength(1);
    expect(paperRequests[0]).toMatch(/^\/oparl\/body\/1\/paper\?modified_since=2\d{3}-/);
    const papers = await papersOf(f.tenant.id);
    expect(papers).toHaveLength(23);
    expect(papers.find((p) => p.reference === '2612555')!.name).toContain('(ergänzt)');
    expect(papers.find((p) => p.oparlId.endsWith('/p-3'))!.deleted).toBe(true);
    const [item] = await db
      .select()
      .from(councilAgendaItems)
      .where(and(eq(councilAgendaItems.tenantId, f.tenant.id), eq(councilAgendaItems.number, '2.1')));
    expect(item!.result).toBe('zur Kenntnis genommen (mit Ergänzungen)');
    expect(
      oparl.requests.filter((r) => r.startsWith('/oparl/body/1/agendaItem?modified_since=')),
    ).toHaveLength(1);
  });

  it('reads everything once a week, for changes a server never marked', async () => {
    const { db } = await testDatabase();
    oparl.reset();
    // A result edited without touching any modified date: only the weekly full run sees it.
    oparl.state.meetings.find((m) => m.key === 'm-digi-2026-10')!.items[0]!.result =
      'Empfehlung (einstimmig)';
    await syncCouncil(db, f.tenant.id, fast);
    const item = async () =>
      (
        await db
          .select()
          .from(councilAgendaItems)
          .where(and(eq(councilAgendaItems.tenantId, f.tenant.id), eq(councilAgendaItems.number, '4.1')))
      )[0]!.result;
    expect(await item()).toBe('Empfehlung an den Rat');
    oparl.reset();
    expect(await syncCouncil(db, f.tenant.id, { ...fast, full: true })).toMatchObject({
      ok: true,
      papers: 23,
    });
    expect(oparl.requests.filter((r) => r.includes('modified_since'))).toEqual([]);
    expect(await item()).toBe('Empfehlung (einstimmig)');
    expect(isWeeklyFullRun(new Date('2026-12-06T02:17:00Z'))).toBe(true);
    expect(isWeeklyFullRun(new Date('2026-12-06T03:17:00Z'))).toBe(false);
    expect(isWeeklyFullRun(new Date('2026-12-07T02:17:00Z'))).toBe(false);
  });

  it('keeps what arrived when a page fails, names the address, and resumes from the same point', async () => {
    const { db } = await testDatabase();
    const g = await tenantFollowingTheServer();
    oparl.reset();
    // A 503 once is retried; a page that keeps failing stops the run.
    oparl.fail('/oparl/body/1/paper', 503, 1);
    oparl.fail('/oparl/body/1/paper?page=3', 500, 5);
    const firstStart = new Date('2026-12-05T08:00:00Z');
    const failed = await syncCouncil(db, g.tenant.id, { ...fast, now: firstStart });
    expect(failed!.ok).toBe(false);
    expect(failed!.error).toBe(`The server answered 500 (${oparl.base}/oparl/body/1/paper?page=3)`);
    expect(await papersOf(g.tenant.id)).toHaveLength(20);
    const after = await sourceOf(g.tenant.id);
    expect(after.lastError).toContain('answered 500');
    expect(after.watermark).toBeNull();
    // The checkpoint: the page after the last one stored.
    expect(after.resume).toMatchObject({ list: 'paper', next: `${oparl.base}/oparl/body/1/paper?page=3` });
    oparl.reset();
    const resumed = await syncCouncil(db, g.tenant.id, { ...fast, now: new Date('2026-12-05T09:00:00Z') });
    // It continues at the page it stopped at: the first two are not asked for again.
    const paperPages = oparl.requests.filter((r) => r.startsWith('/oparl/body/1/paper'));
    expect(paperPages).toEqual(['/oparl/body/1/paper?page=3']);
    // The counts are the whole import's, and the watermark is the first attempt's start (less the
    // overlap): what changed while it was interrupted is asked for next time.
    expect(resumed).toMatchObject({ ok: true, papers: 23 });
    const done = await sourceOf(g.tenant.id);
    expect(done.lastError).toBeNull();
    expect(done.resume).toBeNull();
    expect(done.watermark?.toISOString()).toBe('2026-12-05T07:50:00.000Z');
    expect(await papersOf(g.tenant.id)).toHaveLength(23);
  });

  it('gives up on a page that does not answer in time, and follows no link off the server', async () => {
    const { db } = await testDatabase();
    const g = await tenantFollowingTheServer();
    oparl.reset();
    oparl.slow('/oparl/body/1/paper', 800);
    const slow = await syncCouncil(db, g.tenant.id, { ...fast, timeoutMs: 300 });
    expect(slow!.error).toBe(`The server did not answer within 0.3 s (${oparl.base}/oparl/body/1/paper)`);
    // A slow page within the time allowed is simply waited for.
    oparl.reset();
    oparl.slow('/oparl/body/1/paper?page=2', 300);
    expect(await syncCouncil(db, g.tenant.id, fast)).toMatchObject({ ok: true, papers: 23 });
    const h = await tenantFollowingTheServer();
    oparl.reset();
    oparl.offOriginNext(true);
    const away = await syncCouncil(db, h.tenant.id, fast);
    expect(away!.error).toMatch(
      /^The server points outside its own address http:\/\/127\.0\.0\.1:\d+ \(http:\/\/elsewhere\.invalid\//,
    );
    oparl.reset();
  });

  it('calls no private address unless the installation allows it', async () => {
    const { db } = await testDatabase();
    const g = await tenantFollowingTheServer();
    oparl.reset();
    const refused = await syncCouncil(db, g.tenant.id, { timeoutMs: 2_000 });
    expect(refused!.error).toBe(
      `The address is in a private network, which Rathaus does not call (${oparl.systemUrl})`,
    );
    expect(oparl.requests).toEqual([]);
  });

  it('counts the papers of the system it follows now, not those of one followed before', async () => {
    const { db } = await testDatabase();
    const g = await tenantFollowingTheServer();
    oparl.reset();
    await syncCouncil(db, g.tenant.id, fast);
    expect((await councilSource(db, g.tenant.id))!.papers).toBeGreaterThan(20);
    await saveCouncilSource(db, g.tenant.id, await g.actor('cdo'), {
      systemUrl: 'https://ratsinfo.example/oparl/v1/system',
      bodyId: null,
    });
    expect(await councilSource(db, g.tenant.id)).toMatchObject({ papers: 0, latest: null });
  });

  it('connects only to the address it checked, when a name answers differently a moment later', async () => {
    const { db } = await testDatabase();
    const g = await createOrgFixture(db);
    const port = new URL(oparl.systemUrl).port;
    await saveCouncilSource(db, g.tenant.id, await g.actor('cdo'), {
      systemUrl: `http://ratsinfo.example:${port}/oparl/v1/system`,
      bodyId: null,
    });
    oparl.reset();
    // DNS rebinding: a public address for the check, then the loopback address for the connection.
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      return [{ address: asked.length === 1 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    };
    const refused = await syncCouncil(db, g.tenant.id, { timeoutMs: 2_000, resolve });
    expect(refused!.error).toBe(
      `The address is in a private network, which Rathaus does not call (http://ratsinfo.example:${port}/oparl/v1/system)`,
    );
    expect(asked).toEqual(['ratsinfo.example', 'ratsinfo.example']);
    expect(oparl.requests).toEqual([]);
    // A private IPv4 address written as IPv6 is private too.
    const mapped = await syncCouncil(db, g.tenant.id, {
      timeoutMs: 2_000,
      resolve: async () => [{ address: '::ffff:10.0.0.7', family: 6 }],
    });
    expect(mapped!.error).toMatch(/^The address is in a private network/);
  });

  it('asks which body to follow when the system offers several', async () => {
    const { db } = await testDatabase();
    const g = await createOrgFixture(db);
    oparl.state.bodies.push({ key: '2', name: 'Rhein-Sieg-Kreis' });
    try {
      await saveCouncilSource(db, g.tenant.id, await g.actor('cdo'), {
        systemUrl: oparl.systemUrl,
        bodyId: null,
      });
      expect(await syncCouncil(db, g.tenant.id, fast)).toMatchObject({ ok: false, needsBody: true });
      expect((await sourceOf(g.tenant.id)).bodies.map((b) => b.name)).toEqual([
        'Stadt Bonn',
        'Rhein-Sieg-Kreis',
      ]);
      await saveCouncilSource(db, g.tenant.id, await g.actor('cdo'), {
        systemUrl: oparl.systemUrl,
        bodyId: `${oparl.base}/oparl/body/1`,
      });
      expect(await syncCouncil(db, g.tenant.id, fast)).toMatchObject({ ok: true, papers: 23 });
    } finally {
      oparl.state.bodies.pop();
    }
  });
});

describe('council decisions in the product: configured, linked to an agenda and a report, shown to everyone', () => {
  let oparl: Awaited<ReturnType<typeof fakeOparlServer>>;
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const get = (path: string, cookie = '') =>
    rawRequest(server.port, { host: f.host, path, headers: { cookie } });
  /** A form post as the browser sends it, with the token of the page it came from. */
  const post = async (from: string, path: string, fields: [string, string][], cookie: string) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}`, cookie },
      body: new URLSearchParams([['_csrf', csrfOf((await get(from, cookie)).body)], ...fields]).toString(),
    });
  const signIn = (email: string) => signInOnSocket(server.port, f.host, email);

  beforeAll(async () => {
    oparl = await fakeOparlServer();
    f = await createOrgFixture((await testDatabase()).db);
    server = await serveOnSocket({ oparlAllowPrivateHosts: true });
  });
  afterAll(async () => {
    await server.close();
    await oparl.close();
  });

  it('lets the CDO team set up the system, link the agenda to its paper and record the decision from it', async () => {
    const { db } = await testDatabase();
    const project = await createProjectFixture(db, f, { title: 'Digitale Bauakte' });
    const cdo = await signIn(f.emails.cdo);
    expect((await get('/intern/rat', cdo)).body).toContain('Noch kein Ratsinformationssystem eingerichtet.');
    // Not an address: the error at the field, the input kept.
    const bad = await post('/intern/rat', '/intern/rat', [['systemUrl', 'ratsinfo.bonn.de/oparl']], cdo);
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('die mit http beginnt');
    expect(bad.body).toContain('value="ratsinfo.bonn.de/oparl"');
    const saved = await post('/intern/rat', '/intern/rat', [['systemUrl', oparl.systemUrl]], cdo);
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe('/intern/rat?hinweis=councilSynced');
    const status = (await get('/intern/rat', cdo)).body;
    expect(status).toContain('Stadt Bonn');
    expect(status).toMatch(/Bekannte Vorlagen<\/dt>\s*<dd[^>]*>23</);

    // The agenda: drafted, submitted, then linked to the paper the council decided on.
    const draft = await post(
      '/intern/agenda/2027',
      '/intern/agenda/2027',
      [
        ['title', 'Agenda Digitale Verwaltung 2027'],
        [
          'introduction',
          'Die Verwaltung setzt 2027 diese Vorhaben um; der Schwerpunkt liegt auf der Bauakte.',
        ],
        ['items', `project:${project.project.id}`],
      ],
      cdo,
    );
    expect(draft.status).toBe(303);
    expect(
      (await post('/intern/agenda/2027', '/intern/agenda/2027/einreichen', [['bestaetigt', 'ja']], cdo))
        .status,
    ).toBe(303);
    const found = (await get('/intern/agenda/2027?vorlage=Digitalisierungsagenda', cdo)).body;
    expect(found).toContain('Vorlagen zu „Digitalisierungsagenda“');
    const paperId = found.match(/name="paperId" value="([0-9a-f-]{36})"/)![1]!;
    expect((await get('/intern/agenda/2027?vorlage=2612345', cdo)).body).toContain(`value="${paperId}"`);
    expect((await get('/intern/agenda/2027?vorlage=Zebrastreifen', cdo)).body).toContain(
      'Keine Vorlage zu „Zebrastreifen“ gefunden.',
    );
    const linked = await post(
      '/intern/agenda/2027',
      '/intern/agenda/2027/ratsvorlagen',
      [['paperId', paperId]],
      cdo,
    );
    expect(linked.status).toBe(303);
    // The page lands on the confirmation inside the panel, where the eye is, and says it once.
    expect(linked.headers.location).toBe('/intern/agenda/2027?hinweis=paperLinked#ratsvorlagen-hinweis');
    const confirmed = (await get(linked.headers.location!, cdo)).body;
    expect(confirmed.split('Die Vorlage ist verknüpft.').length - 1).toBe(1);
    expect(confirmed.indexOf('id="ratsvorlagen-hinweis"')).toBeGreaterThan(
      confirmed.indexOf('id="ratsvorlagen"'),
    );
    const edit = (await get('/intern/agenda/2027', cdo)).body;
    expect(edit).toContain('2612345 – Digitalisierungsagenda der Stadtverwaltung 2027');
    expect(edit).toMatch(
      /Sitzung des Rates<\/span>, 05\.11\.2026, TOP 1\.3 \(<span>Entscheidung<\/span>\): <strong>beschlossen<\/strong>/,
    );
    // The decision form starts from the deciding session.
    expect(edit).toContain('name="decisionDate" type="date" value="2026-11-05"');
    expect(edit).toContain('name="decisionReference" type="text" value="2612345"');
    const adopted = await post(
      '/intern/agenda/2027',
      '/intern/agenda/2027/beschluss',
      [
        ['decisionDate', '2026-11-05'],
        ['decisionReference', '2612345'],
        ['decidedText', 'Der Rat beschließt die Agenda Digitale Verwaltung 2027.'],
        ['councilDocumentUrl', ''],
      ],
      cdo,
    );
    expect(adopted.status).toBe(303);

    // Everyone sees the decision on the agenda, the project page and in the API.
    const agenda = (await get('/agenda/2027')).body;
    expect(agenda).toContain('Beschlüsse des Rates');
    expect(agenda).toContain('Ausschuss für Digitalisierung, Bürgerdienste und Ordnung');
    expect(agenda).toContain('Empfehlung an den Rat');
    expect(agenda).toContain('<strong>beschlossen</strong>');
    const projectPage = (await get(`/projekte/${project.project.slug}`)).body;
    expect(projectPage).toContain('Der Rat hat das Projekt mit dieser Jahresagenda beschlossen:');
    expect(projectPage).toContain('href="/agenda/2027"');
    expect(projectPage).toContain('2612345 – Digitalisierungsagenda der Stadtverwaltung 2027');
    const english = (await get(`/en/projekte/${project.project.slug}`)).body;
    expect(english).toContain('Council decisions');
    expect(english).toContain('<strong lang="de">beschlossen</strong>');
    const api = JSON.parse((await get('/api/v1/agendas/2027')).body);
    expect(api.decision.oparlUrl).toBe(`${oparl.base}/oparl/paper/p-agenda-2027`);
    expect(api.decision.papers).toEqual([
      expect.objectContaining({ reference: '2612345', result: 'beschlossen', date: '2026-10-01' }),
    ]);

    // The public calendar holds the meetings that discussed the agenda's paper.
    const ics = (await get('/termine.ics')).body;
    expect(icsProblems(ics)).toEqual([]);
    const prop = (e: { props: Map<string, { value: string }[]> }, name: string) =>
      icsUnescape(e.props.get(name)?.[0]?.value ?? '');
    const sessions = icsEvents(ics).filter((e) => prop(e, 'UID').startsWith('session-'));
    expect(sessions.map((e) => [prop(e, 'DTSTART'), prop(e, 'SUMMARY')])).toEqual([
      [
        '20261020',
        'Ausschuss für Digitalisierung, Bürgerdienste und Ordnung: 2612345 Digitalisierungsagenda der Stadtverwaltung 2027',
      ],
      ['20261105', 'Sitzung des Rates: 2612345 Digitalisierungsagenda der Stadtverwaltung 2027'],
    ]);
    expect(prop(sessions[1]!, 'DESCRIPTION')).toBe('Tagesordnungspunkt 1.3. Ergebnis: beschlossen');
    expect(prop(sessions[1]!, 'LOCATION')).toBe('Stadthaus, Ratssaal');

    // A changed result arrives with the next synchronisation.
    oparl.state.meetings[1]!.items[0]!.result = 'geändert beschlossen';
    oparl.state.meetings[1]!.modified = new Date().toISOString();
    expect((await post('/intern/rat', '/intern/rat/abgleichen', [], cdo)).headers.location).toBe(
      '/intern/rat?hinweis=councilSynced',
    );
    expect((await get('/agenda/2027')).body).toContain('<strong>geändert beschlossen</strong>');

    // Unlinking removes it again.
    const unlink = await post(
      '/intern/agenda/2027',
      `/intern/agenda/2027/ratsvorlagen/${paperId}/entfernen`,
      [],
      cdo,
    );
    expect(unlink.status).toBe(303);
    expect((await get('/agenda/2027')).body).not.toContain('Beschlüsse des Rates');
  });

  it('shows the CDO team how far an interrupted run got, until the next one completes it', async () => {
    const { db } = await testDatabase();
    const opts = { timeoutMs: 2_000, retryDelayMs: 10, allowPrivateHosts: true, full: true };
    oparl.reset();
    oparl.fail('/oparl/body/1/paper?page=2', 500, 5);
    expect((await syncCouncil(db, f.tenant.id, opts))!.ok).toBe(false);
    const cdo = await signIn(f.emails.cdo);
    const page = (await get('/intern/rat', cdo)).body;
    expect(page).toContain('Unterbrochener Abgleich');
    expect(page).toContain('Bisher 10 Vorlagen, 0 Sitzungen, 1 Seiten');
    oparl.reset();
    expect((await syncCouncil(db, f.tenant.id, opts))!.ok).toBe(true);
    expect((await get('/intern/rat', cdo)).body).not.toContain('Unterbrochener Abgleich');
  });

  it('links a report to the session it was presented in, and keeps the links to the CDO team', async () => {
    const { db } = await testDatabase();
    const cycle = await createOpenCycle(db, f, '2026-Q3');
    const { project } = await createProjectFixture(db, f, { title: 'Ratsinformation digital' });
    await approveStatus(db, f, project.id, cycle.id);
    const report = await draftProgressReport(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZCreateProgressReportInput, {
        title: 'Fortschrittsbericht 3. Quartal 2026',
        cycleId: cycle.id,
        summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
      }),
    );
    await publishProgressReport(db, f.tenant.id, await f.actor('cdo'), report.id);
    const cdo = await signIn(f.emails.cdo);
    const page = `/intern/berichte/${report.id}`;
    const found = (await get(`${page}?vorlage=Fortschrittsbericht`, cdo)).body;
    const paperId = found.match(/name="paperId" value="([0-9a-f-]{36})"/)![1]!;
    expect((await post(page, `${page}/ratsvorlagen`, [['paperId', paperId]], cdo)).status).toBe(303);
    // Linking twice changes nothing; an unknown paper is a 404.
    expect((await post(page, `${page}/ratsvorlagen`, [['paperId', paperId]], cdo)).status).toBe(303);
    expect(
      (await post(page, `${page}/ratsvorlagen`, [['paperId', '00000000-0000-4000-8000-000000000000']], cdo))
        .status,
    ).toBe(404);
    const pub = (await get(`/berichte/${report.slug}`)).body;
    expect(pub).toContain('Im Rat vorgestellt');
    expect(pub).toMatch(/TOP 2\.1 \(<span>Kenntnisnahme<\/span>\): <strong>zur Kenntnis genommen<\/strong>/);

    // Staff without the CDO's rights neither configure nor link.
    const lead = await signIn(f.emails.leadA);
    expect((await get('/intern/rat', lead)).status).toBe(403);
    const refused = await rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: `${page}/ratsvorlagen`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: `http://${f.host}`,
        cookie: lead,
      },
      body: formBody({ _csrf: csrfOf((await get('/intern', lead)).body), paperId }),
    });
    expect(refused.status).toBe(403);
    expect((await get('/intern/rat')).status).toBe(303);
  });
});
