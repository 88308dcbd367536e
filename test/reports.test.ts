import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import {
  deleteDraftReport,
  draftProgressReport,
  publishProgressReport,
} from '../src/modules/reports/reports.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { subscribe } from '../src/modules/subscriptions/subscriptions.service.ts';
import { notifications } from '../src/modules/subscriptions/subscriptions.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { approveStatus, createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';

describe("progress reports: the end of a proposal's trail", () => {
  let f: OrgFixture;
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    built = await testApp();
  });

  it('snapshots the approved statuses of public projects, publishes, and tells the followers', async () => {
    const { app, deps } = built;
    const db = deps.database.db;
    const cycle = await createOpenCycle(db, f, '2027-Q2');
    const pub = await createProjectFixture(db, f, { title: 'Bürgerkonto für alle Dienste' });
    const internal = await createProjectFixture(db, f, {
      title: 'Internes Dokumentenmanagement',
      visibility: 'internal',
    });
    for (const p of [pub.project, internal.project]) {
      const r = await submitStatusReport(
        db,
        f.tenant.id,
        await f.actor('leadA'),
        p.id,
        parseInput(ZSubmitStatusReportInput, {
          cycleId: cycle.id,
          overallStatus: 'at_risk',
          progress: 60,
          summary: 'Schnittstelle zum Bürgerkonto verzögert sich.',
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
    await subscribe(
      deps,
      { id: f.tenant.id, cityName: 'Bonn' },
      {
        proposalId: pub.proposal.id,
        email: 'folgt@example.org',
        role: 'follower',
        frequency: 'immediate',
        lang: 'de',
        verified: true,
      },
    );

    await expect(
      attempt(async () =>
        draftProgressReport(
          db,
          f.tenant.id,
          await f.actor('headA'),
          parseInput(ZCreateProgressReportInput, {
            title: 'Bericht an den Rat',
            cycleId: cycle.id,
            summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cdo = await f.actor('cdo');
    const report = await draftProgressReport(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProgressReportInput, {
        title: 'Bericht an den Rat, 2. Quartal 2027',
        cycleId: cycle.id,
        summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
      }),
    );
    const visitor = new Client(app, f.host);
    expect((await visitor.get(`/berichte/${report.slug}`)).status).toBe(404);
    const staffClient = new Client(app, f.host);
    await staffClient.login(f.emails.cdo, TEST_PASSWORD);
    const draft = await staffClient.get(`/intern/berichte/${report.id}`);
    expect(draft.text).toContain('Bürgerkonto für alle Dienste');
    expect(draft.text).not.toContain('Internes Dokumentenmanagement');

    // The question before publishing says when the period is still running (2027-Q2 ends after today, 2020-Q1 not).
    const asked = async (period: string) => {
      const c = await createOpenCycle(db, f, period);
      await approveStatus(db, f, pub.project.id, c.id);
      const r = await draftProgressReport(
        db,
        f.tenant.id,
        cdo,
        parseInput(ZCreateProgressReportInput, {
          title: `Bericht ${period}`,
          cycleId: c.id,
          summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
        }),
      );
      return (await staffClient.get(`/intern/berichte/${r.id}/veroeffentlichen`)).text;
    };
    expect(await asked('2099-Q1')).toContain(
      'Der Zeitraum 2099-Q1 läuft noch bis zum 31.03.2099: Stände, die erst später geprüft werden, fehlen im Bericht',
    );
    expect(await asked('2020-Q1')).not.toContain('läuft noch');
    // A draft without a project (no status approved yet) is not offered for publication, nor published.
    const emptyCycle = await createOpenCycle(db, f, '2021-Q1');
    const empty = await draftProgressReport(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProgressReportInput, {
        title: 'Bericht ohne Projekt',
        cycleId: emptyCycle.id,
        summary: 'Ein Quartal, in dem noch kein Amt einen Stand freigegeben hat.',
      }),
    );
    const emptyPage = (await staffClient.get(`/intern/berichte/${empty.id}`)).text;
    expect(emptyPage).toContain('Für 2021-Q1 ist noch kein Statusbericht freigegeben');
    expect(emptyPage).not.toContain(`href="/intern/berichte/${empty.id}/veroeffentlichen"`);
    expect((await staffClient.get(`/intern/berichte/${empty.id}/veroeffentlichen`)).location).toBe(
      `/intern/berichte/${empty.id}`,
    );
    await expect(publishProgressReport(db, f.tenant.id, cdo, empty.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    // A draft made by mistake is deleted after asking; a published report cannot be.
    const mistake = await draftProgressReport(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProgressReportInput, {
        title: 'Versehentlicher Entwurf',
        cycleId: cycle.id,
        summary: 'Dieser Entwurf wurde aus Versehen angelegt und soll wieder weg.',
      }),
    );
    // Its page names the other report of the period before anything is published twice (walk).
    const second = (await staffClient.get(`/intern/berichte/${mistake.id}`)).text;
    expect(second).toContain('Für 2027-Q2 gibt es schon einen anderen Bericht:');
    expect(second).toContain(`href="/intern/berichte/${report.id}"`);
    const ask = await staffClient.post(`/intern/berichte/${mistake.id}/loeschen`, {});
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Entwurf „Versehentlicher Entwurf“ löschen?');
    const gone = await staffClient.post(`/intern/berichte/${mistake.id}/loeschen`, { bestaetigt: 'ja' });
    expect(gone.location).toBe('/intern/berichte?hinweis=reportDeleted#hinweis');
    expect((await staffClient.get('/intern/berichte?hinweis=reportDeleted')).text).toContain(
      'Der Entwurf ist gelöscht.',
    );
    expect((await staffClient.get(`/intern/berichte/${mistake.id}`)).status).toBe(404);

    await publishProgressReport(db, f.tenant.id, cdo, report.id);
    await expect(publishProgressReport(db, f.tenant.id, cdo, report.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    await expect(deleteDraftReport(db, f.tenant.id, cdo, report.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    const page = await visitor.get(`/berichte/${report.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bürgerkonto für alle Dienste');
    expect(page.text).toContain('Gefährdet');
    expect(page.text).not.toContain('Internes Dokumentenmanagement');
    expect((await visitor.get('/berichte')).text).toContain('Bericht an den Rat, 2. Quartal 2027');
    const journey = await visitor.get(`/mitmachen/vorschlaege/${pub.proposal.id}`);
    expect(journey.text).toContain('Erwähnt im Fortschrittsbericht');
    expect(journey.text).toContain(`/berichte/${report.slug}`);
    const events = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, f.tenant.id), eq(notifications.event, 'report')));
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ report: 'Bericht an den Rat, 2. Quartal 2027' });

    // Bad input on the form: clear errors, values kept.
    const bad = await staffClient.post('/intern/berichte', {
      title: 'Kurz',
      cycleId: 'x',
      summary: 'zu kurz',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('value="Kurz"');
  });
});
