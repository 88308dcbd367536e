import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addMilestone } from '../src/modules/projects/projects.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import {
  computeHealth,
  reviewStatusReport,
  submitStatusReport,
} from '../src/modules/reviews/reviews.service.ts';
import { statusReports } from '../src/modules/reviews/reviews.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('status reports with dimensions, and the health computed from facts', () => {
  it('computes health from late milestones, overdue reports and spending', () => {
    const today = '2026-11-29';
    expect(computeHealth({ milestones: [], cycles: [] }, today).status).toBe('on_track');
    expect(
      computeHealth({ milestones: [{ dueOn: '2026-11-01', doneOn: null }], cycles: [] }, today),
    ).toMatchObject({
      status: 'at_risk',
      reasons: [{ key: 'health.lateMilestones', values: { count: 1, days: 28 } }],
    });
    expect(
      computeHealth({ milestones: [{ dueOn: '2026-06-01', doneOn: null }], cycles: [] }, today).status,
    ).toBe('off_track');
    expect(
      computeHealth({ milestones: [{ dueOn: '2026-06-01', doneOn: '2026-06-02' }], cycles: [] }, today)
        .status,
    ).toBe('on_track');
    expect(
      computeHealth({ milestones: [], cycles: [{ dueOn: '2026-11-15', reported: false }] }, today).status,
    ).toBe('at_risk');
    expect(
      computeHealth({ milestones: [], cycles: [], budgetPlanned: 100, budgetSpent: 120 }, today).status,
    ).toBe('off_track');
  });

  it('the lead reports scope, time, budget, resources, next steps, risks and a decision need; the page shows the computed health', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const { project } = await createProjectFixture(db, f, { title: 'Digitale Bauakte' });
    const old = await createOpenCycle(db, f, '2025-Q4');
    const r = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: old.id,
        overallStatus: 'on_track',
        progress: 30,
        summary: 'Ausschreibung läuft nach Plan.',
      }),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      r.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    await addMilestone(db, f.tenant.id, await f.actor('leadA'), project.id, {
      title: 'Zuschlag',
      dueOn: '2025-01-15',
    });
    const cycle = await createOpenCycle(db, f, '2026-Q4');
    const { app } = await testApp();
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    const page = await lead.get(`/intern/projekte/${project.id}`);
    expect(page.text).toContain('Berechneter Zustand');
    expect(page.text).toContain('1 Meilenstein überfällig');
    expect(page.text).toContain('schlechter als der zuletzt freigegebene Status „Im Plan“');
    const bad = await lead.post(`/intern/projekte/${project.id}/statusberichte`, {
      cycleId: cycle.id,
      overallStatus: 'at_risk',
      progress: '40',
      summary: 'Zuschlag verzögert.',
      budgetStatus: 'sehr gut',
    });
    expect(bad.status).toBe(422);
    // A complete report, changed one field at a time below.
    const report = (change: Record<string, string>) =>
      lead.post(`/intern/projekte/${project.id}/statusberichte`, {
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: '40',
        summary: 'Zuschlag verzögert sich wegen einer Rüge.',
        scopeStatus: 'on_track',
        timeStatus: 'off_track',
        budgetStatus: 'on_track',
        resourcesStatus: 'at_risk',
        ...change,
      });
    // An empty progress is asked for, not saved as 0 %.
    const empty = await report({ progress: ' ' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Fortschritt als ganze Zahl von 0 bis 100');
    // A text left empty is asked for, not called too short ("mindestens 10 Zeichen").
    const noSummary = await report({ summary: '' });
    expect(noSummary.status).toBe(422);
    expect(noSummary.text).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(noSummary.text).not.toContain('mindestens 10 Zeichen');
    const ok = await report({
      nextSteps: 'Vergabekammer abwarten.',
      risks: 'Weitere Verzögerung um ein Quartal.',
      decisionNeeded: 'on',
    });
    expect(ok.status).toBe(303);
    const [saved] = await db.select().from(statusReports).where(eq(statusReports.cycleId, cycle.id));
    expect(saved).toMatchObject({
      timeStatus: 'off_track',
      resourcesStatus: 'at_risk',
      nextSteps: 'Vergabekammer abwarten.',
      decisionNeeded: true,
    });
  });
});
