import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, loadActor } from '../src/modules/orgs/orgs.service.ts';
import { setCityLogo } from '../src/modules/orgs/settings.service.ts';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import { draftProgressReport, publishProgressReport } from '../src/modules/reports/reports.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { translator } from '../src/platform/i18n/i18n.ts';
import { imageProblem, pdfRenderer } from '../src/platform/pdf/typst.ts';
import { parseInput } from '../src/platform/validation.ts';
import { pngImage } from './fakes/png.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { inspectPdf, pdfFonts, structElements } from './pdf-inspect.ts';
import { rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

/**
 * A progress report as the council and the public get it on paper: a tagged PDF/UA-1 document, read here
 * by poppler (pdfinfo, pdftotext) and qpdf as an accessibility checker and a screen reader would, fetched
 * over a real socket. Titles full of Typst's markup characters must come out as written.
 */
describe('progress reports as PDF', () => {
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let slug: string;
  let draftId: string;
  const titles = [
    'E-Akte für das Bürgeramt',
    'Projekt #2: *Sternchen*, $Dollar$, <Klammer> [eckig] @ref \\ "Zitat" = _Unterstrich_',
    'Offene Daten – Ladesäulen',
  ];

  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { host: f.host, path, headers });

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    // With the response cache, as in production: the public PDF is kept and answered as ready bytes.
    server = await serveOnSocket({ responseCache: true });
    const cycle = await createOpenCycle(db, f, '2026-Q3');
    const statuses = ['on_track', 'at_risk', 'off_track'] as const;
    const projects = [];
    for (const title of titles) projects.push((await createProjectFixture(db, f, { title })).project);
    projects.push(
      (await createProjectFixture(db, f, { title: 'Internes Rechenzentrum', visibility: 'internal' }))
        .project,
    );
    for (const [i, p] of projects.entries()) {
      const r = await submitStatusReport(
        db,
        f.tenant.id,
        await f.actor('leadA'),
        p.id,
        parseInput(ZSubmitStatusReportInput, {
          cycleId: cycle.id,
          overallStatus: statuses[i % 3],
          progress: 20 * (i + 1),
          summary: `Stand von ${p.title}: die Arbeit geht voran.\n\nZweiter Absatz mit Einzelheiten.`,
          nextSteps: `Als Nächstes: Pilot in zwei Bezirken (${i}).`,
        }),
      );
      await reviewStatusReport(
        db,
        f.tenant.id,
        await f.actor('headA'),
        r.id,
        parseInput(ZReviewReportInput, { decision: 'approve' }),
      );
    }
    const cdo = await f.actor('cdo');
    const report = await draftProgressReport(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProgressReportInput, {
        title: 'Digitale Verwaltung – Bericht an den Rat, 3. Quartal 2026',
        cycleId: cycle.id,
        summary: 'Ein Quartal mit Fortschritten.\n\nDie E-Akte ist in drei Ämtern eingeführt.',
      }),
    );
    draftId = report.id;
    const draft = await draftProgressReport(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProgressReportInput, {
        title: 'Entwurf für das nächste Quartal',
        cycleId: cycle.id,
        summary: 'Noch nicht veröffentlicht, nur zur Ansicht.',
      }),
    );
    await publishProgressReport(db, f.tenant.id, cdo, report.id);
    slug = report.slug;
    draftId = draft.id;
    return () => server.close();
  });

  it('is a tagged PDF/UA-1 document with the title, headings, a described chart, tables and every project', async () => {
    const page = await get(`/berichte/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`href="/berichte/${slug}.pdf"`);

    const res = await get(`/berichte/${slug}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    // One validator, also on the response that fills the cache (the handler's own is not added to it).
    expect(String(res.headers.etag)).toMatch(/^(W\/)?"[^",]+"$/);
    expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await inspectPdf(res.raw);
    expect(pdf.tagged).toBe(true);
    expect(pdf.uaPart).toBe('1');
    expect(pdf.displayDocTitle).toBe(true);
    expect(pdf.title).toBe('Digitale Verwaltung – Bericht an den Rat, 3. Quartal 2026');
    expect(pdf.lang).toBe('de');
    // Headings: the title once as H1; the contents, the overview and the field of action as H2; each
    // project an H3, its text exactly as the city wrote it (Typst's markup characters included).
    const elements = structElements(pdf.structure);
    const headings = (type: string) => elements.filter((e) => e.type === type).map((e) => e.text);
    expect(headings('H1')).toEqual(['Digitale Verwaltung – Bericht an den Rat, 3. Quartal 2026']);
    expect(headings('H2')).toEqual([
      'Inhalt',
      'Überblick',
      'Querschnittszahlen',
      'Erreichte Meilensteine im Berichtszeitraum',
      `${f.pillar.name}: ${f.field.name}`,
      'Alle Projekte im Überblick',
    ]);
    expect(headings('H3').sort()).toEqual([...titles].sort());
    // The chart is a figure with a text alternative naming each number; the numbers stand in a table.
    expect(pdf.figures).toHaveLength(1);
    expect(pdf.figures[0]!.alt).toBe(
      'Balkendiagramm der Projekte nach Stand: Im Plan 1, Gefährdet 1, Kritisch 1.',
    );
    expect(pdf.structure).toMatch(/^\s*Table\b/m);
    expect(pdf.structure).toMatch(/^\s*TH\b/m);
    // The text a reader extracts: every public project of the report, none of the internal ones,
    // the status summaries and outlooks, written exactly as the city wrote them.
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const title of titles) expect(text).toContain(title);
    expect(text).not.toContain('Internes Rechenzentrum');
    expect(text).toContain('Zweiter Absatz mit Einzelheiten.');
    expect(text).toContain('Als Nächstes: Pilot in zwei Bezirken (1).');
    expect(text).toContain('Ausblick');
    // The cross-cutting figures stand as tables under their captions, as on the page.
    expect(text).toContain('Prozesse nach Digitalisierungsgrad (0 erfasst)');
    expect(text).toContain('Reichweite des Portals im Berichtszeitraum');
    expect(text).toContain('Im Berichtszeitraum hat kein berichtetes Projekt einen Meilenstein erreicht.');
    expect(pdf.structure.match(/^\s*Table\b/gm)?.length).toBeGreaterThanOrEqual(6);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
  });

  it('answers with a validator, and 304 when the reader has it already', async () => {
    const first = await get(`/berichte/${slug}.pdf`);
    const etag = String(first.headers.etag);
    // One validator (the response cache keeps the page and answers with its own, never two).
    expect(etag).toMatch(/^(W\/)?"[^",]+"$/);
    const again = await get(`/berichte/${slug}.pdf`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    // The same report gives the same bytes (its date is the publication's, not the request's).
    expect((await get(`/berichte/${slug}.pdf`)).raw.equals(first.raw)).toBe(true);
  });

  it('speaks the reader’s language and marks the German originals inside an English PDF', async () => {
    const res = await get(`/en/berichte/${slug}.pdf`);
    expect(res.status).toBe(200);
    const pdf = await inspectPdf(res.raw);
    expect(pdf.lang).toBe('en');
    expect(pdf.uaPart).toBe('1');
    expect(pdf.passageLangs).toContain('de');
    expect(pdf.figures[0]!.alt).toBe(
      'Bar chart of the projects by status: On track 1, At risk 1, Off track 1.',
    );
    expect(pdf.text).toContain('Projects by status');
    for (const title of titles) expect(pdf.text.replace(/\s+/g, ' ')).toContain(title);
  });

  it('writes Arabic right to left in an Arabic PDF, the untranslated German originals marked within it', async () => {
    const res = await get(`/ar/berichte/${slug}.pdf`);
    expect(res.status).toBe(200);
    const ar = await inspectPdf(res.raw);
    expect(ar.lang).toBe('ar');
    expect(ar.uaPart).toBe('1');
    expect(ar.tagged).toBe(true);
    expect(ar.passageLangs).toContain('de');
    // Arabic letters come out as text in their logical order, every letter once (a face whose dots are
    // glyphs of their own made extraction repeat letters). Compared without spaces and direction marks:
    // pdftotext reads a ligature's gap as a space now and then.
    const squeeze = (x: string) => x.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    const text = squeeze(ar.text);
    const tar = translator('ar');
    for (const key of ['overview', 'annex', 'contents', 'summary', 'outlook'] as const)
      expect(text).toContain(squeeze(tar(`progressReports.${key}`)));
    for (const title of titles) expect(text).toContain(squeeze(title));
    // The chart's text alternative in Arabic, too.
    expect(ar.figures[0]!.alt).toMatch(/[\u0600-\u06ff]/);
    const fonts = await pdfFonts(res.raw);
    expect(fonts.map((f) => f.name).some((n) => n.includes('Amiri'))).toBe(true);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('puts the city’s logo on the title page, as a figure with its text alternative, once one is uploaded', async () => {
    const { db } = await testDatabase();
    const admin = await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    const before = (await get(`/berichte/${slug}.pdf`)).raw;
    const logo = pngImage(300, 120);
    await setCityLogo(
      db,
      f.tenant.id,
      await loadActor(db, f.tenant.id, admin.id),
      new File([new Uint8Array(logo)], 'wappen.png'),
      (b, ext) => imageProblem(pdfRenderer, b, ext),
    );
    server.deps.cache.invalidate(f.tenant.id);
    const res = await get(`/berichte/${slug}.pdf`);
    expect(res.raw.equals(before)).toBe(false);
    const pdf = await inspectPdf(res.raw);
    expect(pdf.uaPart).toBe('1');
    expect(pdf.figures.map((x) => x.alt).sort()).toEqual([
      'Balkendiagramm der Projekte nach Stand: Im Plan 1, Gefährdet 1, Kritisch 1.',
      `Logo: ${f.tenant.settings.cityName}`,
    ]);
    // The logo comes first in reading order, before the title.
    const elements = structElements(pdf.structure).map((e) => e.type);
    expect(elements.indexOf('Figure')).toBeLessThan(elements.indexOf('H1'));

    // A drawing (SVG) is placed as well.
    await setCityLogo(
      db,
      f.tenant.id,
      await loadActor(db, f.tenant.id, admin.id),
      new File(
        [
          '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#004b76"/></svg>',
        ],
        'wappen.svg',
      ),
      (b, ext) => imageProblem(pdfRenderer, b, ext),
    );
    server.deps.cache.invalidate(f.tenant.id);
    const drawn = await inspectPdf((await get(`/berichte/${slug}.pdf`)).raw);
    expect(drawn.figures.map((x) => x.alt)).toContain(`Logo: ${f.tenant.settings.cityName}`);
  });

  it('keeps drafts to the CDO team, marked as drafts, and knows no made-up report', async () => {
    expect((await get('/berichte/gibt-es-nicht.pdf')).status).toBe(404);
    const anonymous = await get(`/intern/berichte/${draftId}/bericht.pdf`);
    expect([302, 303]).toContain(anonymous.status);
    const cookie = await signInOnSocket(server.port, f.host, f.emails.cdo);
    const internal = await get(`/intern/berichte/${draftId}`, { cookie });
    expect(internal.body).toContain(`/intern/berichte/${draftId}/bericht.pdf`);
    const res = await get(`/intern/berichte/${draftId}/bericht.pdf`, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const pdf = await inspectPdf(res.raw);
    expect(pdf.tagged).toBe(true);
    expect(pdf.text).toContain('ENTWURF – NICHT VERÖFFENTLICHT');
    // Another role has no business with drafts.
    const leadCookie = await signInOnSocket(server.port, f.host, f.emails.leadA);
    expect((await get(`/intern/berichte/${draftId}/bericht.pdf`, { cookie: leadCookie })).status).toBe(403);
  });
});
