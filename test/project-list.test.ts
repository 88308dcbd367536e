import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZAddMilestoneInput, ZUpdateProjectInput } from '../src/modules/projects/projects.schemas.ts';
import { addMilestone, updateProject } from '../src/modules/projects/projects.service.ts';
import { projects } from '../src/modules/projects/projects.table.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { addDays, currentDay } from '../src/platform/dates.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { addNumberedCopies, createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

const titles = (html: string) =>
  [
    ...html.matchAll(
      /<td class="kern-table__cell"><a class="kern-link" href="\/intern\/projekte\/[^"]+">([^<]+)<\/a>/g,
    ),
  ].map((m) => m[1]!.replaceAll('&quot;', '"'));

describe('the internal project list: filters, order, computed health, CSV and Excel', () => {
  let f: OrgFixture;
  let c: Client;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let deps: Awaited<ReturnType<typeof testApp>>['deps'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    ({ app, deps } = await testApp());
    c = new Client(app, f.host);
    await c.login(f.emails.staff, TEST_PASSWORD);
    const a = await createProjectFixture(db, f, { title: 'Parkausweis online' });
    await createProjectFixture(db, f, { office: 'B', title: '=HYPERLINK("http://evil.example")' });
    await createProjectFixture(db, f, { office: 'B', title: 'Baumkataster digital', visibility: 'internal' });
    // A milestone four months late: the facts say off track, whatever is reported.
    await addMilestone(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      a.project.id,
      parseInput(ZAddMilestoneInput, { title: 'Pilot', dueOn: addDays(currentDay(), -120) }),
    );
    const cycle = await createOpenCycle(db, f);
    const report = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      a.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'on_track',
        progress: 60,
        summary: 'Alles läuft nach Plan, sagt die Leitung.',
      }),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      report.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
  });

  it('filters by office, reported status and computed health; orders by health', async () => {
    const all = await c.get('/intern/projekte');
    expect(all.text).toContain('3 von 3 Projekten');
    expect(all.text).toContain('1 Meilenstein');
    expect(titles((await c.get(`/intern/projekte?office=${f.officeB.id}`)).text).sort()).toEqual(
      ['=HYPERLINK("http://evil.example")', 'Baumkataster digital'].sort(),
    );
    expect(titles((await c.get('/intern/projekte?status=on_track')).text)).toEqual(['Parkausweis online']);
    expect(titles((await c.get('/intern/projekte?health=off_track')).text)).toEqual(['Parkausweis online']);
    expect(titles((await c.get('/intern/projekte?sort=health')).text)[0]).toBe('Parkausweis online');
    expect(
      titles((await c.get(`/intern/projekte?department=${f.department.id}&phase=completed`)).text),
    ).toEqual([]);
    // A search counts against every project; finding nothing says so instead of an empty table.
    const found = (await c.get('/intern/projekte?q=Baumkataster')).text;
    expect(titles(found)).toEqual(['Baumkataster digital']);
    expect(found).toContain('1 von 3 Projekten');
    // The owning office's name finds its projects (walk: "Digitalisierung" found nothing).
    expect(titles((await c.get('/intern/projekte?q=umweltamt')).text).sort()).toEqual(
      ['=HYPERLINK("http://evil.example")', 'Baumkataster digital'].sort(),
    );
    expect((await new Client(app, f.host).get('/projekte?q=Umweltamt')).text).toContain('=HYPERLINK(');
    const none = (await c.get('/intern/projekte?q=Seilbahn')).text;
    expect(none).toContain('0 von 3 Projekten');
    expect(none).toContain('Keine Projekte entsprechen der Suche und den Filtern.');
    expect(none).not.toContain('<table');
    // Nonsense in the address falls back to the whole list.
    expect((await c.get('/intern/projekte?office=x&sort=y&health=z')).text).toContain('3 von 3 Projekten');
    // A stopped project shows "stopped", not its last status, and no status filter finds it (walk).
    const db = (await testDatabase()).db;
    const [parking] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.title, 'Parkausweis online')));
    const setPhase = (phase: 'stopped' | 'in_progress') =>
      updateProject(
        db,
        f.tenant.id,
        lead,
        parking!.id,
        parseInput(ZUpdateProjectInput, {
          title: parking!.title,
          summary: parking!.summary,
          visibility: parking!.visibility,
          phase,
          stopReason: phase === 'stopped' ? 'Das Land bietet den Ausweis landesweit an.' : '',
        }),
      ).then(() => deps.cache.invalidate(f.tenant.id));
    const lead = await f.actor('leadA');
    await setPhase('stopped');
    expect(titles((await c.get('/intern/projekte?status=on_track')).text)).toEqual([]);
    const visitor = new Client(app, f.host);
    const publicList = (await visitor.get('/projekte?status=on_track&phase=')).text;
    expect(publicList).not.toContain('Parkausweis online');
    expect((await visitor.get('/projekte?phase=stopped')).text).toContain('Parkausweis online');
    await setPhase('in_progress');
    expect(titles((await c.get('/intern/projekte?status=on_track')).text)).toEqual(['Parkausweis online']);
  });

  it('exports the filtered list as CSV and as an Excel workbook, formulas neutralised', async () => {
    const csv = await c.get(`/intern/projekte.csv?office=${f.officeB.id}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="projekte-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = parse(csv.text, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows.map((r) => r.Titel).sort()).toEqual([
      '\'=HYPERLINK("http://evil.example")',
      'Baumkataster digital',
    ]);
    expect(rows[0]!.Amt).toBe('Umweltamt');

    const res = await app.request('/intern/projekte.xlsx?sort=health', {
      headers: { host: f.host, cookie: c.cookie! },
    });
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(await res.arrayBuffer()) as unknown as Parameters<typeof book.xlsx.load>[0],
    );
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Titel');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).value).toBe('Parkausweis online');
    expect(sheet.getRow(2).getCell(11).value).toBe('Kritisch');
    const evil = [2, 3, 4]
      .map((i) => sheet.getRow(i).getCell(1).value)
      .find((v) => String(v).includes('HYPERLINK'));
    // A string cell, not a formula.
    expect(typeof evil).toBe('string');
  });

  it('shows a hundred projects a page, the filters kept from page to page', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const first = await createProjectFixture(db, g, { title: 'Projekt 000' });
    // 250 projects in all: a city's back office has thousands.
    await addNumberedCopies(db, g.tenant.id, first.project, 249, 'Projekt ', 3);
    const staff = new Client(app, g.host);
    await staff.login(g.emails.staff, TEST_PASSWORD);
    const one = (await staff.get('/intern/projekte?q=Projekt')).text;
    expect(titles(one)).toHaveLength(100);
    expect(titles(one)[0]).toBe('Projekt 000');
    expect(one).toContain('250 von 250 Projekten');
    expect(one).toContain('Seite 1 von 3');
    expect(one).toContain('href="/intern/projekte?q=Projekt&amp;seite=2" rel="next"');
    // The exports hold every project the filters leave, not one page.
    expect(one).toContain('href="/intern/projekte.csv?q=Projekt"');
    const three = (await staff.get('/intern/projekte?q=Projekt&seite=3')).text;
    expect(titles(three)).toEqual(Array.from({ length: 50 }, (_, i) => `Projekt ${200 + i}`));
    expect(three).toContain('href="/intern/projekte?q=Projekt&amp;seite=2" rel="prev"');
    const beyond = (await staff.get('/intern/projekte?q=Projekt&seite=9')).text;
    expect(titles(beyond)).toEqual([]);
    expect(beyond).not.toContain('<table');
    expect(beyond).toContain('href="/intern/projekte?q=Projekt&amp;seite=3"');
  });
});
