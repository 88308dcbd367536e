import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMilestone } from '../src/modules/projects/projects.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';

describe('permissions follow the org tree, whatever the URL says', () => {
  let f: OrgFixture;
  let projectB: Awaited<ReturnType<typeof createProjectFixture>>['project'];
  let internal: Awaited<ReturnType<typeof createProjectFixture>>['project'];
  let cycleId: string;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    cycleId = (await createOpenCycle(db, f)).id;
    projectB = (await createProjectFixture(db, f, { office: 'B', title: 'Projekt des Umweltamts' })).project;
    internal = (
      await createProjectFixture(db, f, { office: 'A', visibility: 'internal', title: 'Internes Projekt' })
    ).project;
  });

  it('a project lead of office A cannot change office B’s project (service)', async () => {
    const db = (await testDatabase()).db;
    const leadA = await f.actor('leadA');
    await expect(
      addMilestone(db, f.tenant.id, leadA, projectB.id, { title: 'Versuch', dueOn: '2026-12-01' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      attempt(async () =>
        submitStatusReport(
          db,
          f.tenant.id,
          leadA,
          projectB.id,
          parseInput(ZSubmitStatusReportInput, {
            cycleId,
            overallStatus: 'on_track',
            progress: 10,
            summary: 'Alles bestens im Projekt.',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Lead B may.
    await expect(
      addMilestone(db, f.tenant.id, await f.actor('leadB'), projectB.id, {
        title: 'Erlaubt',
        dueOn: '2026-12-01',
      }),
    ).resolves.toBeDefined();
  });

  it('a project lead of office A cannot change office B’s project (HTTP, 403 page)', async () => {
    const { app } = await testApp();
    const leadA = new Client(app, f.host);
    await leadA.login(f.emails.leadA, TEST_PASSWORD);
    const res = await leadA.post(`/intern/projekte/${projectB.id}/meilensteine`, {
      title: 'Über die URL',
      dueOn: '2026-12-01',
    });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Keine Berechtigung');
    const page = await leadA.get(`/intern/projekte/${projectB.id}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Meilenstein hinzufügen');
  });

  it('only the head of the owning office approves a report', async () => {
    const db = (await testDatabase()).db;
    const report = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadB'),
      projectB.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId,
        overallStatus: 'on_track',
        progress: 10,
        summary: 'Sensoren sind bestellt.',
      }),
    );
    for (const who of ['headA', 'leadB', 'staff', 'moderator'] as const) {
      await expect(
        attempt(async () =>
          reviewStatusReport(
            db,
            f.tenant.id,
            await f.actor(who),
            report.id,
            parseInput(ZReviewReportInput, { decision: 'approve' }),
          ),
        ),
        who,
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      attempt(async () =>
        reviewStatusReport(
          db,
          f.tenant.id,
          await f.actor('headB'),
          report.id,
          parseInput(ZReviewReportInput, { decision: 'return' }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const approved = await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headB'),
      report.id,
      parseInput(ZReviewReportInput, {
        decision: 'approve',
      }),
    );
    expect(approved.state).toBe('approved_office');
    // Every change leaves an audit event with who, what, before and after.
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, report.id)))
      .orderBy(auditEvents.at);
    expect(events.map((e) => e.action)).toEqual(['status_report.submit', 'status_report.approve']);
    expect(events[1]).toMatchObject({
      actorAccountId: f.ids.headB,
      before: expect.objectContaining({ state: 'submitted' }),
      after: expect.objectContaining({ state: 'approved_office' }),
    });
  });

  it('keeps internal projects out of every public list, page and API answer', async () => {
    const { app } = await testApp();
    const visitor = new Client(app, f.host);
    expect((await visitor.get('/projekte')).text).not.toContain('Internes Projekt');
    expect((await visitor.get(`/projekte/${internal.slug}`)).status).toBe(404);
    expect((await visitor.get(`/api/v1/projects/${internal.id}`)).status).toBe(404);
    const api = JSON.parse((await visitor.get('/api/v1/projects?pageSize=100')).text);
    expect(api.data.map((p: { id: string }) => p.id)).not.toContain(internal.id);
    expect(api.meta.total).toBe(1);
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/projekte')).text).toContain('Internes Projekt');
  });

  it('keeps the back office closed to visitors and citizens', async () => {
    const { app } = await testApp();
    const visitor = new Client(app, f.host);
    const res = await visitor.get('/intern/moderation');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/anmelden?zurueck=%2Fintern%2Fmoderation');
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/moderation')).status).toBe(403);
    expect((await staff.get('/intern/projekte/neu')).status).toBe(403);
    expect(
      (await staff.post('/intern/ideen/neu', { action: 'create', title: 'Heimlich', proposalIds: [] }))
        .status,
    ).toBe(403);
  });
});
