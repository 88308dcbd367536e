import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendas } from '../src/modules/agendas/agendas.table.ts';
import { addProjectUpdate } from '../src/modules/delivery/delivery.service.ts';
import { accounts } from '../src/modules/orgs/orgs.table.ts';
import { addMilestone } from '../src/modules/projects/projects.service.ts';
import { answerProposal } from '../src/modules/proposals/proposals.service.ts';
import { progressReports } from '../src/modules/reports/reports.table.ts';
import { createWorkshop } from '../src/modules/workshops/workshops.service.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import {
  atomEntries,
  atomProblems,
  icsEvents,
  icsProblems,
  icsUnescape,
  unfoldIcs,
} from './feeds-validate.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket } from './socket.ts';

/**
 * Feeds and calendars as a feed reader and a calendar app meet them, over a real socket: valid Atom and
 * iCalendar, only public news in public feeds, dates on the municipality's calendar day, and a staff
 * member's personal calendar behind an address that stops working when a new one is made.
 */
describe('feeds and calendars', () => {
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let publicSlug: string;
  let internalSlug: string;
  let answeredId: string;

  const get = (path: string, cookie?: string) =>
    rawRequest(server.port, { host: f.host, path, headers: cookie ? { cookie } : {} });
  const post = (path: string, cookie: string, fields: Record<string, string>) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}` },
      body: formBody(fields),
    });
  const signIn = async (email: string) => {
    const res = await post('/anmelden', '', { email, password: TEST_PASSWORD, zurueck: '/intern' });
    expect(res.status).toBe(303);
    return String(res.headers['set-cookie']?.[0]).split(';')[0]!;
  };
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    const cdo = await f.actor('cdo');
    const lead = await f.actor('leadA');
    const pub = await createProjectFixture(db, f, { title: 'Bürgeramt-Termine online' });
    const internal = await createProjectFixture(db, f, {
      title: 'Interne Aktenablage',
      visibility: 'internal',
    });
    publicSlug = pub.project.slug;
    internalSlug = internal.project.slug;
    await addProjectUpdate(db, f.tenant.id, lead, pub.project.id, {
      title: 'Erste Termine buchbar',
      body: 'Seit Montag lassen sich die ersten Termine online buchen; Rückmeldungen sind willkommen.',
      visibility: 'public',
    });
    await addProjectUpdate(db, f.tenant.id, lead, pub.project.id, {
      title: 'Nur für das Amt',
      body: 'Der Rollout im Amt beginnt nach der Schulung der Kolleginnen und Kollegen.',
      visibility: 'internal',
    });
    await addProjectUpdate(db, f.tenant.id, lead, internal.project.id, {
      title: 'Geheimes Projekt-Update',
      body: 'Dieses Projekt ist intern; seine Meldungen gehören in keinen Feed.',
      visibility: 'public',
    });
    await addMilestone(db, f.tenant.id, lead, pub.project.id, {
      title: 'Pilot im Bürgeramt Beuel',
      dueOn: '2027-02-15',
    });
    await answerProposal(db, f.tenant.id, cdo, pub.proposal.id, {
      answerState: 'accepted',
      answerText: 'Wir greifen den Vorschlag auf; die Terminbuchung geht im Frühjahr in den Pilotbetrieb.',
    });
    answeredId = pub.proposal.id;
    await createWorkshop(db, f.tenant.id, cdo, {
      title: 'Digitale Werkstatt Beuel; Teil 2, mit Bürgerinnen',
      heldOn: '2027-01-20',
      place: 'Brückenforum, Friedrich-Breuer-Straße 17, Bonn',
      organiser: 'Amt für Digitalisierung',
      participants: 40,
    });
    const cycle = await createOpenCycle(db, f, '2026-Q4');
    await db.insert(agendas).values({
      tenantId: f.tenant.id,
      year: 2027,
      state: 'adopted',
      decisionDate: '2026-11-12',
      decisionReference: 'DS 2611/2026',
    });
    // Published at 23:30 UTC on 30 September: 1 October in Bonn.
    await db.insert(progressReports).values({
      tenantId: f.tenant.id,
      slug: 'bericht-q3-2026',
      title: 'Fortschrittsbericht Q3 2026',
      cycleId: cycle.id,
      state: 'published',
      publishedAt: new Date('2026-09-30T23:30:00Z'),
    });
    server = await serveOnSocket();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('publishes the public news of public projects as valid Atom, in the reader’s language', async () => {
    const res = await get('/neuigkeiten.atom');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atomProblems(res.body)).toEqual([]);
    const entries = atomEntries(res.body);
    expect(entries.map((e) => e.title)).toEqual(['Erste Termine buchbar']);
    expect(entries[0]!.link).toBe(`http://${f.host}/projekte/${publicSlug}`);
    expect(entries[0]!.content).toContain('Projekt: Bürgeramt-Termine online');
    expect(res.body).toContain(
      `<link rel="self" type="application/atom+xml" href="http://${f.host}/neuigkeiten.atom"/>`,
    );

    // English: the same news (not translated, so marked as German), the English addresses and titles.
    const en = await get('/en/neuigkeiten.atom');
    expect(atomProblems(en.body)).toEqual([]);
    expect(en.body).toContain('xml:lang="en"');
    expect(en.body).toContain('News from the digitalisation projects');
    const [entry] = atomEntries(en.body);
    expect(entry!.lang).toBe('de');
    expect(entry!.link).toBe(`http://${f.host}/en/projekte/${publicSlug}`);
  });

  it('has a feed per public project and per field of action; internal and unknown ones are not found', async () => {
    const project = await get(`/projekte/${publicSlug}/neuigkeiten.atom`);
    expect(project.status).toBe(200);
    expect(atomProblems(project.body)).toEqual([]);
    expect(atomEntries(project.body).map((e) => e.title)).toEqual(['Erste Termine buchbar']);
    expect(project.body).toContain('Neuigkeiten: Bürgeramt-Termine online');
    expect((await get(`/projekte/${internalSlug}/neuigkeiten.atom`)).status).toBe(404);
    expect((await get('/projekte/gibt-es-nicht/neuigkeiten.atom')).status).toBe(404);

    const field = await get(`/handlungsfelder/${f.field.key}/neuigkeiten.atom`);
    expect(field.status).toBe(200);
    expect(atomProblems(field.body)).toEqual([]);
    expect(atomEntries(field.body)).toHaveLength(1);
    expect((await get('/handlungsfelder/gibt-es-nicht/neuigkeiten.atom')).status).toBe(404);

    // An empty feed is valid too: its updated is the time it was asked for.
    const db = (await testDatabase()).db;
    const other = await createOrgFixture(db);
    const empty = await rawRequest(server.port, { host: other.host, path: '/neuigkeiten.atom' });
    expect(atomProblems(empty.body)).toEqual([]);
    expect(atomEntries(empty.body)).toEqual([]);
  });

  it('publishes the city’s answers to proposals', async () => {
    const res = await get('/mitmachen/antworten.atom');
    expect(res.status).toBe(200);
    expect(atomProblems(res.body)).toEqual([]);
    const [entry] = atomEntries(res.body);
    expect(entry!.title).toBe('Antwort der Stadt: Sperrmüll online anmelden können');
    expect(entry!.id).toBe(`urn:uuid:${answeredId}`);
    expect(entry!.content).toBe(
      'Stand: Wird aufgegriffen\n\nWir greifen den Vorschlag auf; die Terminbuchung geht im Frühjahr in den Pilotbetrieb.',
    );
  });

  it('publishes the public dates as valid iCalendar, on the municipality’s calendar day', async () => {
    const res = await get('/termine.ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(icsProblems(res.body)).toEqual([]);
    const events = icsEvents(res.body);
    const byStart = Object.fromEntries(
      events.map((e) => [e.props.get('DTSTART')![0]!.value, icsUnescape(e.props.get('SUMMARY')![0]!.value)]),
    );
    expect(byStart).toEqual({
      '20261001': 'Fortschrittsbericht veröffentlicht: Fortschrittsbericht Q3 2026',
      '20261112': 'Ratsbeschluss: Digitalisierungsagenda 2027',
      '20270120': 'Werkstatt: Digitale Werkstatt Beuel; Teil 2, mit Bürgerinnen',
    });
    const workshop = events.find((e) => e.props.get('DTSTART')![0]!.value === '20270120')!;
    expect(workshop.props.get('DTEND')![0]!.value).toBe('20270121');
    expect(icsUnescape(workshop.props.get('LOCATION')![0]!.value)).toBe(
      'Brückenforum, Friedrich-Breuer-Straße 17, Bonn',
    );
    expect(unfoldIcs(res.body)).toContain('X-WR-TIMEZONE:Europe/Berlin');
    // UIDs stay the same from one fetch to the next (a calendar app updates, never duplicates).
    const again = icsEvents((await get('/termine.ics')).body).map((e) => e.props.get('UID')![0]!.value);
    expect(again).toEqual(events.map((e) => e.props.get('UID')![0]!.value));
  });

  it('gives each staff member a personal calendar of due dates behind an address they can renew or delete', async () => {
    const db = (await testDatabase()).db;
    // Without an address: a guessed one is not found.
    expect((await get(`/kalender/${f.ids.leadA}/${'a'.repeat(32)}.ics`)).status).toBe(404);
    expect((await get(`/kalender/${f.ids.leadA}/kurz.ics`)).status).toBe(404);

    const cookie = await signIn(f.emails.leadA);
    const page = await get('/mein-bereich/kalender', cookie);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sie haben noch keine Kalender-Adresse.');
    // The preview lists what the calendar will hold.
    expect(page.body).toContain('Statusbericht fällig: Bürgeramt-Termine online (2026-Q4)');
    expect(page.body).toContain('Meilenstein: Pilot im Bürgeramt Beuel (Bürgeramt-Termine online)');

    const made = await post('/mein-bereich/kalender/neu', cookie, { _csrf: csrfOf(page.body) });
    expect(made.status).toBe(303);
    expect(made.headers.location).toBe('/mein-bereich/kalender?hinweis=calendarCreated');
    const withAddress = await get('/mein-bereich/kalender', cookie);
    const address = /id="calendar-address"[^>]*value="([^"]+)"/.exec(withAddress.body)?.[1];
    expect(address).toMatch(new RegExp(`^http://${f.host}/kalender/${f.ids.leadA}/[A-Za-z0-9_-]{32}\\.ics$`));
    const path = new URL(address!).pathname;

    // A calendar app fetches it without a session: valid, personal, never stored by a cache.
    const ics = await get(path);
    expect(ics.status).toBe(200);
    expect(ics.headers['cache-control']).toBe('private, no-store');
    expect(ics.headers['x-robots-tag']).toBe('noindex');
    expect(icsProblems(ics.body)).toEqual([]);
    const summaries = icsEvents(ics.body).map((e) => icsUnescape(e.props.get('SUMMARY')![0]!.value));
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Statusbericht fällig: Bürgeramt-Termine online (2026-Q4)',
        'Meilenstein: Pilot im Bürgeramt Beuel (Bürgeramt-Termine online)',
      ]),
    );
    expect((await get(path)).headers['x-cache']).toBeUndefined();
    // The owner sees when it was last fetched.
    expect((await get('/mein-bereich/kalender', cookie)).body).toContain('zuletzt abgerufen am');

    // Another account's id with this signature: not found.
    expect((await get(path.replace(f.ids.leadA, f.ids.leadB))).status).toBe(404);

    // A new address: the old one stops working at once.
    const renewed = await post('/mein-bereich/kalender/neu', cookie, { _csrf: csrfOf(withAddress.body) });
    expect(renewed.headers.location).toBe('/mein-bereich/kalender?hinweis=calendarRenewed');
    expect((await get(path)).status).toBe(404);
    const second = /id="calendar-address"[^>]*value="([^"]+)"/.exec(
      (await get('/mein-bereich/kalender', cookie)).body,
    )?.[1];
    expect(second).not.toBe(address);
    const secondPath = new URL(second!).pathname;
    expect((await get(secondPath)).status).toBe(200);

    // A disabled account's calendar is gone with it.
    await db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(and(eq(accounts.tenantId, f.tenant.id), eq(accounts.id, f.ids.leadA)));
    expect((await get(secondPath)).status).toBe(404);
    await db
      .update(accounts)
      .set({ disabledAt: null })
      .where(and(eq(accounts.tenantId, f.tenant.id), eq(accounts.id, f.ids.leadA)));
    expect((await get(secondPath)).status).toBe(200);

    // Deleted: not found; every step audited.
    const cookie2 = await signIn(f.emails.leadA);
    const before = await get('/mein-bereich/kalender', cookie2);
    const removed = await post('/mein-bereich/kalender/loeschen', cookie2, { _csrf: csrfOf(before.body) });
    expect(removed.headers.location).toBe('/mein-bereich/kalender?hinweis=calendarRemoved');
    expect((await get(secondPath)).status).toBe(404);

    // Made again after deleting: a new address; none given up before comes back.
    const page3 = await get('/mein-bereich/kalender', cookie2);
    await post('/mein-bereich/kalender/neu', cookie2, { _csrf: csrfOf(page3.body) });
    const third = /id="calendar-address"[^>]*value="([^"]+)"/.exec(
      (await get('/mein-bereich/kalender', cookie2)).body,
    )?.[1];
    const thirdPath = new URL(third!).pathname;
    expect([path, secondPath]).not.toContain(thirdPath);
    expect((await get(path)).status).toBe(404);
    expect((await get(secondPath)).status).toBe(404);
    expect((await get(thirdPath)).status).toBe(200);

    // Copied from the English page, the address says so, and the calendar speaks English.
    const en = await get('/en/mein-bereich/kalender', cookie2);
    const enAddress = /id="calendar-address"[^>]*value="([^"]+)"/.exec(en.body)?.[1];
    expect(enAddress).toBe(`http://${f.host}/en${thirdPath}`);
    const enIcs = await get(new URL(enAddress!).pathname);
    expect(enIcs.status).toBe(200);
    expect(icsEvents(enIcs.body).map((e) => icsUnescape(e.props.get('SUMMARY')![0]!.value))).toContain(
      'Milestone: Pilot im Bürgeramt Beuel (Bürgeramt-Termine online)',
    );
    await post('/mein-bereich/kalender/loeschen', cookie2, { _csrf: csrfOf(en.body) });
    const audit = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, f.ids.leadA)));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account.renewCalendar', 'account.removeCalendar']),
    );
  });

  it('keeps the calendar page to staff', async () => {
    expect((await get('/mein-bereich/kalender')).status).toBe(303);
    const db = (await testDatabase()).db;
    const { createAccount } = await import('../src/modules/orgs/orgs.service.ts');
    await createAccount(db, f.tenant.id, {
      email: `buerger@${f.host}`,
      displayName: 'Bea Bürger',
      password: TEST_PASSWORD,
      roles: [{ role: 'citizen', orgUnitId: null }],
    });
    const citizen = await signIn(`buerger@${f.host}`);
    expect((await get('/mein-bereich/kalender', citizen)).status).toBe(403);
  });

  it('lists every feed and the calendar on /abonnieren, and announces the news feed on public pages', async () => {
    const res = await get('/abonnieren');
    expect(res.status).toBe(200);
    expect(res.body).toContain(`http://${f.host}/neuigkeiten.atom`);
    expect(res.body).toContain(`http://${f.host}/mitmachen/antworten.atom`);
    expect(res.body).toContain(`http://${f.host}/handlungsfelder/${f.field.key}/neuigkeiten.atom`);
    expect(res.body).toContain(`http://${f.host}/termine.ics`);
    const en = await get('/en/abonnieren');
    expect(en.body).toContain(`http://${f.host}/en/termine.ics`);
    // A field's German name on the English page is marked as German (walk).
    expect(en.body).toContain(
      `href="http://${f.host}/en/handlungsfelder/${f.field.key}/neuigkeiten.atom" lang="de"`,
    );
    expect(res.body).not.toContain('neuigkeiten.atom" lang="de"');
    const project = await get(`/projekte/${publicSlug}`);
    expect(project.body).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(project.body).toContain(`href="/projekte/${publicSlug}/neuigkeiten.atom"`);
  });
});
