import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImport, uploadImport } from '../src/modules/portfolio/import.service.ts';
import { projects } from '../src/modules/projects/projects.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { portfolioWorkbook } from './fixtures/workbook.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket, signInOnSocket, uploadOnSocket } from './socket.ts';

describe('importing a project portfolio from Excel or CSV', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let cookie: string;
  const get = (path: string, c = cookie) =>
    rawRequest(server.port, { host: f.host, path, headers: { cookie: c } });
  const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1]!;

  /** The workbook's upload as the browser's form sends it. */
  async function upload(fileName: string, bytes: Buffer, csrf: string, c = cookie) {
    const res = await uploadOnSocket(server.port, {
      host: f.host,
      path: '/intern/projekte/import',
      cookie: c,
      fields: { _csrf: csrf },
      file: { field: 'file', name: fileName, bytes },
    });
    return { status: res.status, location: res.headers.location, body: res.body };
  }

  const signIn = (email: string) => signInOnSocket(server.port, f.host, email);

  /** Uploads, reads the review page, and (when it offers it) imports with the mapping it shows. */
  async function importFile(fileName: string, bytes: Buffer) {
    const form = await get('/intern/projekte/import');
    const up = await upload(fileName, bytes, csrfOf(form.body));
    expect(up.status, up.body.slice(0, 300)).toBe(303);
    const review = await get(up.location!);
    const hidden = [
      ...review.body.matchAll(/<input type="hidden" name="(map_[a-zA-Z]+)" value="(\d+)"/g),
    ].map((m) => [m[1]!, m[2]!]);
    const post = await rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: up.location!,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}`, cookie },
      body: formBody({ _csrf: csrfOf(review.body), ...Object.fromEntries(hidden) }),
    });
    return { review, post };
  }

  const projectCount = async () => {
    const { db } = await testDatabase();
    const [r] = await db.select({ n: count() }).from(projects).where(eq(projects.tenantId, f.tenant.id));
    return r!.n;
  };

  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    server = await serveOnSocket();
    cookie = await signIn(f.emails.cdo);
  });
  afterAll(() => server.close());

  it('imports 200 projects from a workbook in one step, and a second import adds none', async () => {
    const book = await portfolioWorkbook(200, f);
    const first = await importFile('portfolio.xlsx', book);
    expect(first.review.body).toContain(
      '200 Zeilen: 200 neue Projekte, 0 Änderungen, 0 unverändert, 0 mit Problemen.',
    );
    expect(first.post.status).toBe(303);
    expect(first.post.headers.location).toBe(
      '/intern/projekte/import/fertig?neu=200&geaendert=0&unveraendert=0',
    );
    expect((await get(first.post.headers.location!)).body).toContain(
      '200 Projekte angelegt, 0 geändert, 0 unverändert.',
    );
    expect(await projectCount()).toBe(200);
    const { db } = await testDatabase();
    const [p] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.externalRef, 'DIG-0008')));
    expect(p).toMatchObject({
      title: 'Digitales Vorhaben Nummer 8',
      phase: 'completed',
      visibility: 'public',
      startsOn: '2026-08-01',
      endsOn: '2028-08-28',
      budgetPlanned: '11753.50',
      quickWin: true,
      ownerOrgUnitId: f.officeA.id,
      leadAccountId: f.ids.leadA,
    });
    const audits = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.action, 'project.import')));
    expect(audits[0]!.n).toBe(200);

    // The same workbook again: recognised row by row, nothing created, nothing touched.
    const again = await importFile('portfolio.xlsx', book);
    expect(again.review.body).toContain(
      '200 Zeilen: 0 neue Projekte, 0 Änderungen, 200 unverändert, 0 mit Problemen.',
    );
    expect(again.post.headers.location).toBe(
      '/intern/projekte/import/fertig?neu=0&geaendert=0&unveraendert=200',
    );
    expect(await projectCount()).toBe(200);

    // A revised workbook: a new title for one Kennung changes that project, one more row adds one.
    const revised = await portfolioWorkbook(201, f, (row, i) => {
      if (i === 0) row[1] = 'Digitale Bauakte für alle Ämter';
    });
    const third = await importFile('portfolio-v2.xlsx', revised);
    expect(third.post.headers.location).toBe(
      '/intern/projekte/import/fertig?neu=1&geaendert=1&unveraendert=199',
    );
    expect(await projectCount()).toBe(201);
    const [renamed] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.externalRef, 'DIG-0001')));
    expect(renamed!.title).toBe('Digitale Bauakte für alle Ämter');
    // Only the required columns: blank and unmapped fields keep what the projects have (nothing turns
    // internal, no phase falls back to planned, no lead or budget is cleared).
    const lean = [
      'Kennung;Titel;Kurzbeschreibung;Handlungsfeld;Amt',
      'DIG-0008;Digitales Vorhaben Nummer 8;Kurzbeschreibung des Vorhabens 8 für das Portfolio.;Daten, Software und Services;Tiefbauamt',
      'DIG-0009;Digitales Vorhaben Nummer 9;Kurzbeschreibung des Vorhabens 9 für das Portfolio.;daten-software-services;Tiefbauamt',
    ].join('\n');
    const leanRun = await importFile('schlank.csv', Buffer.from(lean));
    expect(leanRun.review.body).toContain(
      '2 Zeilen: 0 neue Projekte, 0 Änderungen, 2 unverändert, 0 mit Problemen.',
    );
    const [kept] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.externalRef, 'DIG-0008')));
    expect(kept).toMatchObject({
      visibility: 'public',
      phase: 'completed',
      budgetPlanned: '11753.50',
      leadAccountId: f.ids.leadA,
    });
    const withRef = await db
      .select({ n: count() })
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), isNotNull(projects.externalRef)));
    expect(withRef[0]!.n).toBe(201);
  });

  it('shows every problem per row, keeps the mapping in the address, and imports nothing while any is left', async () => {
    const before = await projectCount();
    const csv = [
      'Nr;Projekt;Zusammenfassung;Themenfeld;Federführung;Leitung;Stand;Öffentlich;Start;Ende;Kosten',
      'A-1;Open-Data-Portal der Stadt;Ein Portal für alle offenen Daten der Verwaltung.;daten-software-services;Tiefbauamt;;in Umsetzung;ja;01.02.2027;31.12.2027;"125.000,50"',
      'A-2;Kurz;Zu kurz;Raumfahrt;Bauamt;niemand@example.org;irgendwann;vielleicht;31.02.2027;01.01.2027;viel',
      'A-1;Noch ein Projekt mit derselben Nummer;Eine zweite Zeile mit der gleichen Kennung.;daten-software-services;66;;;;;;',
    ].join('\n');
    const form = await get('/intern/projekte/import');
    const up = await upload('liste.csv', Buffer.from(csv), csrfOf(form.body));
    expect(up.status).toBe(303);
    const review = await get(up.location!);
    expect(review.body).toContain('3 Zeilen: 1 neue Projekte, 0 Änderungen, 0 unverändert, 2 mit Problemen.');
    for (const text of [
      'Titel: zu kurz (mindestens 5 Zeichen)',
      'Handlungsfeld: „Raumfahrt“ ist kein Handlungsfeld',
      'Federführendes Amt: „Bauamt“ ist kein Amt',
      'Projektleitung: „niemand@example.org“ ist keine Person mit der Rolle Projektleitung',
      'Phase: „irgendwann“ ist keine Phase',
      'Sichtbarkeit: „vielleicht“: bitte öffentlich oder intern',
      'Beginn: „31.02.2027“ ist kein Datum',
      'Budget: „viel“ ist kein Betrag in Euro',
      'Kennung: steht schon in Zeile 2',
    ])
      expect(review.body).toContain(text);
    expect(review.body).not.toContain('Jetzt importieren');
    // Unmapping a required column is named at the top.
    const remapped = await get(`${up.location}?map_title=1&map_summary=2&map_office=4`);
    expect(remapped.body).toContain('Diese Pflichtangaben sind keiner Spalte zugeordnet: Handlungsfeld.');
    expect(remapped.body).toMatch(/<option value="4" selected="">Federführung<\/option>/);
    // Forcing the import anyway changes nothing.
    const post = await rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: up.location!,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}`, cookie },
      body: formBody({
        _csrf: csrfOf(review.body),
        map_title: '1',
        map_summary: '2',
        map_field: '3',
        map_office: '4',
        map_ref: '0',
      }),
    });
    expect(post.status).toBe(422);
    expect(post.body).toContain('Die Datei hat noch Probleme; es wurde nichts importiert.');
    expect(await projectCount()).toBe(before);
  });

  it('names a title that fits several projects, and two rows that would change the same one', async () => {
    const twins = [
      'Kennung;Titel;Kurzbeschreibung;Handlungsfeld;Amt',
      'Z-1;Zwillingsprojekt Musterstadt;Die erste von zwei Maßnahmen mit gleichem Titel.;daten-software-services;66',
      'Z-2;Zwillingsprojekt Musterstadt;Die zweite von zwei Maßnahmen mit gleichem Titel.;daten-software-services;66',
    ].join('\n');
    expect((await importFile('zwillinge.csv', Buffer.from(twins))).post.status).toBe(303);
    const byTitle = [
      'Titel;Kurzbeschreibung;Handlungsfeld;Amt',
      'Zwillingsprojekt Musterstadt;Welche der beiden Maßnahmen ist gemeint?;daten-software-services;66',
    ].join('\n');
    const ambiguous = await importFile('titel.csv', Buffer.from(byTitle));
    expect(ambiguous.review.body).toContain(
      'Titel: passt zu 2 vorhandenen Projekten; bitte eine Kennung angeben',
    );
    expect(ambiguous.post.status).toBe(422);
    const twice = [
      'Kennung;Titel;Kurzbeschreibung;Handlungsfeld;Amt',
      'Z-1;Zwillingsprojekt Musterstadt;Eine neue Kurzbeschreibung der ersten Maßnahme.;daten-software-services;66',
      ';Zwillingsprojekt Musterstadt;Noch eine Fassung derselben Maßnahme ohne Kennung.;daten-software-services;66',
    ].join('\n');
    const both = await importFile('doppelt.csv', Buffer.from(twice));
    expect(both.review.body).toContain('passt zu 2 vorhandenen Projekten');
  });

  it('reads an upload once for mapping, preview and import (a workbook of 2,000 rows costs 0.3 s to read)', async () => {
    const { db } = await testDatabase();
    const cdo = await f.actor('cdo');
    const id = await uploadImport(db, f.tenant.id, cdo, {
      name: 'portfolio.xlsx',
      bytes: await portfolioWorkbook(5, f),
    });
    const first = await loadImport(db, f.tenant.id, cdo, id);
    const again = await loadImport(db, f.tenant.id, cdo, id);
    expect(again.sheet).toBe(first.sheet);
    expect(first.sheet.rows).toHaveLength(5);
  });

  it('refuses what it cannot read with a word at the field, and only the CDO team may import', async () => {
    const form = await get('/intern/projekte/import');
    const bad = await upload('bericht.pdf', Buffer.from('%PDF-1.7\u0000\u0001binary'), csrfOf(form.body));
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('Die Datei lässt sich nicht lesen.');
    expect(bad.body).toContain('aria-invalid="true"');
    const broken = await upload(
      'kaputt.xlsx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      csrfOf(form.body),
    );
    expect(broken.status).toBe(422);
    const lead = await signIn(f.emails.leadA);
    expect((await get('/intern/projekte/import', lead)).status).toBe(403);
    const anonymous = await get('/intern/projekte/import', '');
    expect([302, 303]).toContain(anonymous.status);
    expect((await get('/intern/projekte/import/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
