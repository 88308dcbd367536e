import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle } from '../src/modules/reviews/cycles.service.ts';
import { sendReportReminders } from '../src/modules/reviews/reviews.reminders.ts';
import { ZCreateCycleInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { testApp, testDatabase, testJobs } from './helpers.ts';
import { decoded, startSmtp } from './smtp.ts';

describe('reminders for status reports, sent by the job queue', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    f = await createOrgFixture((await testDatabase()).db);
    built = await testApp({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await built?.deps.jobs.stop();
    await smtp?.close();
  });

  it('reminds leads a week before the due date, then lead and office head when overdue, each once', async () => {
    const { deps } = built;
    const db = deps.database.db;
    const a = await createProjectFixture(db, f, { title: 'Digitale Schulanmeldung' });
    const b = await createProjectFixture(db, f, { title: 'Parkraum digital', office: 'B' });
    const cycle = await createCycle(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZCreateCycleInput, {
        period: '2027-Q1',
        dueOn: '2027-04-15',
        open: true,
      }),
    );
    await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadB'),
      b.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'on_track',
        progress: 10,
        summary: 'Läuft nach Plan.',
      }),
    );
    const to = (addr: string) => smtp.inbox.filter((m) => m.to.includes(addr)).map((m) => decoded(m.raw));
    expect(await sendReportReminders(deps, { today: '2027-03-01', tenantId: f.tenant.id })).toEqual({
      sent: 0,
    });
    expect(await sendReportReminders(deps, { today: '2027-04-10', tenantId: f.tenant.id })).toEqual({
      sent: 1,
    });
    expect(await sendReportReminders(deps, { today: '2027-04-11', tenantId: f.tenant.id })).toEqual({
      sent: 0,
    });
    expect(to(f.emails.leadA)[0]).toContain('ist am 2027-04-15 fällig');
    expect(to(f.emails.leadB)).toHaveLength(0);
    // Overdue: through pg-boss on this engine, to the lead and the office head.
    await deps.jobs.start(testJobs(deps, ['review-reminders']), { pollingIntervalSeconds: 0.5 });
    await deps.jobs.send('review-reminders', { tenantId: f.tenant.id, today: '2027-04-20' });
    await expect.poll(() => to(f.emails.headA).length, { timeout: 15_000, interval: 200 }).toBe(1);
    expect(to(f.emails.headA)[0]).toContain('Digitale Schulanmeldung');
    // The lead's and the head's mails go out one after the other.
    await expect.poll(() => to(f.emails.leadA).length, { timeout: 15_000, interval: 200 }).toBe(2);
    expect(to(f.emails.leadA)[0]).toContain(`/intern/projekte/${a.project.id}`);
  });
});
