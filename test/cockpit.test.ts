import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cockpit, cockpitBase } from '../src/modules/cockpit/cockpit.service.ts';
import { orgUnits } from '../src/modules/orgs/orgs.table.ts';
import { addMilestone } from '../src/modules/projects/projects.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('the CDO cockpit', () => {
  it('shows the portfolio by status, overdue reports, decisions needed and where facts look worse', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const a = await createProjectFixture(db, f, { title: 'Glasfaser für Schulen' });
    const b = await createProjectFixture(db, f, { title: 'Baumkataster digital', office: 'B' });
    const past = await createOpenCycle(db, f, '2025-Q3');
    const r = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      a.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: past.id,
        overallStatus: 'on_track',
        progress: 50,
        summary: 'Verlegung begonnen.',
        decisionNeeded: 'on',
      }),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      r.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    await addMilestone(db, f.tenant.id, await f.actor('leadA'), a.project.id, {
      title: 'Schule 1 angeschlossen',
      dueOn: '2025-01-31',
    });
    const data = await cockpit(db, f.tenant.id, await f.actor('cdo'), '2026-11-29');
    expect(data.total).toBe(2);
    expect(data.totals).toMatchObject({ on_track: 1, none: 1 });
    expect(data.disagreements.map((x) => x.title)).toEqual(['Glasfaser für Schulen']);
    expect(data.decisions.map((x) => x.title)).toEqual(['Glasfaser für Schulen']);
    // The cycle was due long ago: Baumkataster never reported.
    expect(data.overdue.map((x) => x.title)).toContain('Baumkataster digital');
    expect(data.byDepartment).toEqual([
      {
        group: 'Dezernat IV',
        id: f.department.id,
        counts: { on_track: 1, at_risk: 0, off_track: 0, none: 1 },
      },
    ]);
    await expect(cockpit(db, f.tenant.id, await f.actor('headA'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const dep = await cockpit(db, f.tenant.id, await f.actor('depHead'), '2026-11-29');
    expect(dep.scope).toBe('department');
    expect(dep.total).toBe(2);
    const { app } = await testApp();
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const page = await cdo.get('/intern/cockpit');
    expect(page.status).toBe(200);
    expect(page.text).toContain('role="img"');
    // The status chart speaks the same colour language as the rest: no navy bars.
    const firstChart = page.text.slice(page.text.indexOf('<svg'), page.text.indexOf('</svg>'));
    expect(firstChart).toContain('fill="#c77700"');
    expect(firstChart).not.toContain('#004b76');
    expect(page.text).toContain('Ampel nach Dezernat');
    // Each count leads to the list of the projects it counts (running ones of that group and status).
    for (const [filter, id] of [
      ['department', f.department.id],
      ['field', a.project.fieldOfActionId],
    ] as const) {
      const href = `/intern/projekte?${filter}=${id}&amp;phase=active&amp;status=on_track`;
      expect(page.text).toContain(
        `<a class="kern-link" href="${href}">1<span class="kern-sr-only"> Projekt: `,
      );
      const list = await cdo.get(href.replaceAll('&amp;', '&'));
      expect(list.text).toContain('1 von 2 Projekten');
      expect(list.text).toContain('Glasfaser für Schulen');
      expect(list.text).not.toContain('Baumkataster digital');
    }
    // The trend's text alternative gives every cycle's counts, as its table does.
    expect(page.text).toMatch(
      /Säulendiagramm der freigegebenen Status je Zyklus, (\d{4}-(Q|H)\d: \d+ im Plan, \d+ gefährdet, \d+ kritisch(; |\.))+/,
    );
    expect(page.text).toContain('Fakten schlechter als gemeldet');
    expect(data.overdue.map((x) => x.id)).toContain(b.project.id);

    // A second department: office B moves under it. Every reader's share comes from one reading of the
    // tenant (cockpitBase); the department head of IV sees project A in totals and trend, the CDO both.
    const rb = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadB'),
      b.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: past.id,
        overallStatus: 'off_track',
        progress: 10,
        summary: 'Verzug beim Ausschreiben.',
      }),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headB'),
      rb.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    const [depV] = await db
      .insert(orgUnits)
      .values({
        tenantId: f.tenant.id,
        parentId: f.department.parentId,
        kind: 'department',
        code: 'V',
        name: 'Dezernat V',
      })
      .returning();
    await db
      .update(orgUnits)
      .set({ parentId: depV!.id })
      .where(and(eq(orgUnits.tenantId, f.tenant.id), eq(orgUnits.id, f.officeB.id)));
    const base = cockpitBase(db, f.tenant.id, '2026-11-29');
    const [all, iv] = await Promise.all([
      cockpit(db, f.tenant.id, await f.actor('cdo'), '2026-11-29', base),
      cockpit(db, f.tenant.id, await f.actor('depHead'), '2026-11-29', base),
    ]);
    expect(all.totals).toMatchObject({ on_track: 1, off_track: 1, none: 0 });
    expect(all.trend).toEqual([
      { period: '2025-Q3', on_track: 1, at_risk: 0, off_track: 1, total: 2, progress: 30 },
    ]);
    expect(iv.total).toBe(1);
    expect(iv.totals).toMatchObject({ on_track: 1, off_track: 0 });
    expect(iv.trend).toEqual([
      { period: '2025-Q3', on_track: 1, at_risk: 0, off_track: 0, total: 1, progress: 50 },
    ]);
    expect(iv.byDepartment.map((d) => d.group)).toEqual(['Dezernat IV']);
    expect(all.byDepartment.map((d) => d.group)).toEqual(['Dezernat IV', 'Dezernat V']);
  });
});
