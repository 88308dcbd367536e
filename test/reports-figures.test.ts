import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestones, projectGoals, projects } from '../src/modules/projects/projects.table.ts';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import { draftProgressReport, publishProgressReport } from '../src/modules/reports/reports.service.ts';
import type { ReportFigures } from '../src/modules/reports/reports.table.ts';
import { figureTables } from '../src/modules/reports/views/figures.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import {
  listReviewCycles,
  reviewStatusReport,
  submitStatusReport,
} from '../src/modules/reviews/reviews.service.ts';
import { ZKpiInput, ZMeasurementInput } from '../src/modules/strategy/strategy.schemas.ts';
import { createKpi, recordMeasurement } from '../src/modules/strategy/strategy.service.ts';
import { goals } from '../src/modules/strategy/strategy.table.ts';
import { ZProcessInput } from '../src/modules/workforce/workforce.schemas.ts';
import { addProcess } from '../src/modules/workforce/workforce.service.ts';
import { translator } from '../src/platform/i18n/i18n.ts';
import { statsDaily } from '../src/platform/platform.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

describe("a report's cross-cutting figures, and its tables as an Excel workbook", () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let slug: string;
  let id: string;
  const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const get = (path: string, cookie = '') =>
    rawRequest(server.port, { host: f.host, path, headers: { cookie } });

  beforeAll(async () => {
    const { db } = await testDatabase();
    f = await createOrgFixture(db);
    const cycle = await createOpenCycle(db, f, '2026-Q3');
    for (const [title, progress] of [
      ['=Bürgerkonto für alle Dienste', 60],
      ['Digitale Bauakte', 35],
    ] as const) {
      const { project } = await createProjectFixture(db, f, { title });
      const r = await submitStatusReport(
        db,
        f.tenant.id,
        await f.actor('leadA'),
        project.id,
        parseInput(ZSubmitStatusReportInput, {
          cycleId: cycle.id,
          overallStatus: 'on_track',
          progress,
          summary: 'Die Schnittstelle steht, der Pilot läuft im Bürgeramt.',
          nextSteps: 'Einführung in allen Bezirken.',
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
    // The figures' sources: a process, a milestone reached in the period, a KPI of the project's goal,
    // a proposal received in the period, the portal's visits.
    const [bau] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.title, 'Digitale Bauakte')));
    await addProcess(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZProcessInput, {
        officeId: f.officeA.id,
        name: 'Baugenehmigung',
        digitalState: 'partly_digital',
        redesigned: 'on',
      }),
    );
    await db.insert(milestones).values([
      {
        tenantId: f.tenant.id,
        projectId: bau!.id,
        title: 'Pilot im Bauamt',
        dueOn: '2026-08-31',
        doneOn: '2026-08-12',
      },
      {
        tenantId: f.tenant.id,
        projectId: bau!.id,
        title: 'Früher erreicht',
        dueOn: '2026-05-31',
        doneOn: '2026-05-02',
      },
    ]);
    const [goal] = await db
      .insert(goals)
      .values({ tenantId: f.tenant.id, fieldOfActionId: f.field.id, title: 'Bauanträge digital' })
      .returning();
    await db.insert(projectGoals).values({ tenantId: f.tenant.id, projectId: bau!.id, goalId: goal!.id });
    const kpi = await createKpi(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZKpiInput, {
        key: 'digitale-bauantraege',
        name: 'Digital gestellte Bauanträge',
        definition: 'Anteil der Bauanträge, die digital eingehen.',
        unit: '%',
        method: 'Zählung im Fachverfahren.',
        source: 'Bauaufsicht',
        baseline: '5',
        baselineYear: '2024',
        target: '80',
        targetYear: '2028',
        direction: 'increase',
        fieldOfActionId: f.field.id,
        goalId: goal!.id,
      }),
    );
    for (const [measuredOn, value] of [
      ['2026-06-30', '31'],
      ['2026-12-31', '45'],
    ] as const)
      await recordMeasurement(
        db,
        f.tenant.id,
        await f.actor('cdo'),
        kpi.id,
        parseInput(ZMeasurementInput, { measuredOn, value }),
      );
    await db.insert(statsDaily).values([
      { tenantId: f.tenant.id, day: '2026-08-01', metric: 'visit', count: 120 },
      { tenantId: f.tenant.id, day: '2026-08-02', metric: 'visit', count: 80 },
      { tenantId: f.tenant.id, day: '2026-08-01', metric: 'view', key: '/projekte', count: 530 },
      { tenantId: f.tenant.id, day: '2026-10-01', metric: 'visit', count: 999 },
    ]);
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
    ({ slug, id } = report);
    server = await serveOnSocket();
  });
  afterAll(() => server.close());

  const read = async (bytes: Buffer) => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book;
  };

  it('offers the draft to the CDO team and the published report to everyone, as numbers and text', async () => {
    expect((await get(`/berichte/${slug}.xlsx`)).status).toBe(404);
    const cookie = await signInOnSocket(server.port, f.host, f.emails.cdo);
    expect((await get(`/intern/berichte/${id}`, cookie)).body).toContain(
      `href="/intern/berichte/${id}/tabellen.xlsx"`,
    );
    const draft = await get(`/intern/berichte/${id}/tabellen.xlsx`, cookie);
    expect(draft.status).toBe(200);
    expect((await get(`/intern/berichte/${id}/tabellen.xlsx`)).status).toBe(303);

    // The draft is edited: a title too short keeps what was typed; then saved.
    const post = async (path: string, fields: Record<string, string>) =>
      rawRequest(server.port, {
        host: f.host,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}`, cookie },
        body: formBody({ _csrf: csrfOf((await get(`/intern/berichte/${id}`, cookie)).body), ...fields }),
      });
    const short = await post(`/intern/berichte/${id}`, {
      title: 'Q3',
      summary: 'Ein Quartal mit vielen Fortschritten.',
    });
    expect(short.status).toBe(422);
    expect(short.body).toContain('value="Q3"');
    expect(short.body).toContain('Ein Quartal mit vielen Fortschritten.</textarea>');
    const saved = await post(`/intern/berichte/${id}`, {
      title: 'Bericht an den Rat, 3. Quartal 2026',
      summary: 'Die Bauakte ist im Pilotbetrieb; das Bürgerkonto verbindet alle Dienste.',
    });
    expect(saved.status).toBe(303);
    // A status approved after drafting joins the draft when it is taken again.
    const { db } = await testDatabase();
    const cycle = (await listReviewCycles(db, f.tenant.id)).find(
      (c) => c.period === '2026-Q3' && c.level === 'office',
    )!;
    const { project: late } = await createProjectFixture(db, f, { title: 'Spät freigegeben' });
    const r = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      late.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: 10,
        summary: 'Die Ausschreibung ist veröffentlicht, der Start verschiebt sich.',
      }),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      r.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    expect((await get(`/intern/berichte/${id}`, cookie)).body).not.toContain('Spät freigegeben');
    const refreshed = await post(`/intern/berichte/${id}/aktualisieren`, {});
    expect(refreshed.headers.location).toBe(`/intern/berichte/${id}?hinweis=reportRefreshed`);
    const after = (await get(`/intern/berichte/${id}`, cookie)).body;
    expect(after).toContain('Spät freigegeben');
    expect(after).toContain('Die Bauakte ist im Pilotbetrieb');

    await publishProgressReport(db, f.tenant.id, await f.actor('cdo'), id);
    // Published: frozen.
    expect(
      (
        await post(`/intern/berichte/${id}`, {
          title: 'Nachträglich geändert',
          summary: 'Das darf nicht mehr gehen, der Bericht ist veröffentlicht.',
        })
      ).status,
    ).toBe(409);
    expect((await post(`/intern/berichte/${id}/aktualisieren`, {})).status).toBe(409);
    const page = await get(`/berichte/${slug}`);
    expect(page.body).toContain(`href="/berichte/${slug}.xlsx"`);
    const text = page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Querschnittszahlen');
    expect(text).toContain('Prozesse nach Digitalisierungsgrad (1 erfasst)');
    expect(text).toContain('davon vor der Digitalisierung neu gestaltet 1 (100 %)');
    expect(text).toContain('Besuche 200');
    expect(text).toContain('Seitenaufrufe 530');
    // Only the milestone reached in the period is a highlight; the KPI as it stood at the period's end.
    expect(text).toContain('Digitale Bauakte : Pilot im Bauamt am 12.08.2026');
    expect(text).not.toContain('Früher erreicht');
    expect(text).toContain(
      'Kennzahlen: Digital gestellte Bauanträge : 31 % (Stand 30.06.2026; Ziel 80 bis 2028)',
    );
    const res = await get(`/berichte/${slug}.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${slug}.xlsx"`);
    const book = await read(res.raw);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Überblick', 'Querschnittszahlen', 'Projekte']);
    const figures = (book.getWorksheet('Querschnittszahlen')!.getSheetValues() as unknown[][])
      .filter(Boolean)
      .map((r) => r.slice(1));
    expect(figures).toContainEqual(['Prozesse nach Digitalisierungsgrad (1 erfasst)']);
    expect(figures).toContainEqual(['teilweise digital', 1]);
    expect(figures).toContainEqual(['Besuche', 200]);
    const rows = book.getWorksheet('Projekte')!.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(3);
    const row = rows.find((r) => String(r[2]).includes('Bürgerkonto'))!;
    // A title starting with "=" stays text, never a formula; progress is a number.
    expect(row[2]).toBe('=Bürgerkonto für alle Dienste');
    expect(row.slice(3, 7)).toEqual(['Tiefbauamt', 'Im Plan', 'Im Plan', 0.6]);
    expect(row[9]).toBe('Die Schnittstelle steht, der Pilot läuft im Bürgeramt.');
    expect(row[10]).toBe('Einführung in allen Bezirken.');
    expect(String(row[11])).toMatch(/^http:\/\/.+\/projekte\/.+/);
    // In English: the headings and the status in the reader's language, the city's texts as written.
    const en = await read((await get(`/en/berichte/${slug}.xlsx`)).raw);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Overview', 'Cross-cutting figures', 'Projects']);
    expect((en.getWorksheet('Projects')!.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Pillar and field of action',
      'Project',
      'Lead office',
      'Status',
    ]);
  });
});

describe('the figures’ maturity levels in the reader’s language', () => {
  const figures: ReportFigures = {
    asOf: '2026-09-30',
    services: {
      model: 'OZG-2.0-Reifegradmodell (Stufen 0–7)',
      levels: [
        { level: 0, name: 'Nicht digital', count: 1 },
        { level: 1, name: 'Information', count: 2 },
        // A city's own name for a level stays as written.
        { level: 7, name: 'Proaktiv (Bonner Definition)', count: 1 },
      ],
    },
    processes: { analog: 0, partly_digital: 0, end_to_end: 0, redesigned: 0 },
    training: { people: 0, projectManagement: 0, processManagement: 0 },
    participation: { proposals: 0, proposalsInPeriod: 0, ideas: 0, supports: 0 },
    reach: { visits: 0, views: 0 },
    highlights: [],
    kpis: [],
  };
  it('names a shipped model and its levels as Rathaus ships them, a city’s own words as written', () => {
    const services = (lang: 'de' | 'en' | 'ar') =>
      figureTables(translator(lang), lang, figures).find((x) => x.id === 'services')!;
    expect(services('de').rows.map((r) => r.label)).toEqual([
      '0 – Nicht digital',
      '1 – Information',
      '7 – Proaktiv (Bonner Definition)',
    ]);
    expect(services('en').caption).toContain('OZG 2.0 maturity model (levels 0–7)');
    expect(services('en').rows[0]!.label).toBe('0 – Not digital');
    const ar = services('ar');
    expect(ar.caption).toContain('نموذج النضج OZG 2.0');
    expect(ar.rows.map((r) => r.label)).toEqual([
      '0 – غير رقمية',
      '1 – معلومات',
      '7 – Proaktiv (Bonner Definition)',
    ]);
  });
});
