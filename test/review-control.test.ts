import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.ts';
import { cockpit } from '../src/modules/cockpit/cockpit.service.ts';
import { sendActionItemReminders } from '../src/modules/meetings/meetings.reminders.ts';
import { ZActionItemInput, ZDecisionInput, ZMeetingInput } from '../src/modules/meetings/meetings.schemas.ts';
import {
  addActionItem,
  holdMeeting,
  listReviewMeetings,
  meetingDetail,
  openActionItems,
  recordDecision,
  setActionItemDone,
} from '../src/modules/meetings/meetings.service.ts';
import { createAccount, loadActor } from '../src/modules/orgs/orgs.service.ts';
import { orgUnits } from '../src/modules/orgs/orgs.table.ts';
import { projects } from '../src/modules/projects/projects.table.ts';
import {
  createCycle,
  cycleReview,
  getCalendar,
  missingRollups,
  openCycle,
  planYear,
  setCalendar,
  submitRollup,
} from '../src/modules/reviews/cycles.service.ts';
import { sendRollupReminders } from '../src/modules/reviews/reviews.reminders.ts';
import {
  ZCalendarInput,
  ZCreateCycleInput,
  ZPlanYearInput,
  ZReviewReportInput,
  ZRollupInput,
  ZSubmitStatusReportInput,
} from '../src/modules/reviews/reviews.schemas.ts';
import {
  listReviewCycles,
  reviewStatusReport,
  submitStatusReport,
} from '../src/modules/reviews/reviews.service.ts';
import { reminders, reviewCycles, statusReports } from '../src/modules/reviews/reviews.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';
import { decoded, startSmtp } from './smtp.ts';

/** A second department with office C, its office head and department head (the fixture has one). */
async function secondDepartment(db: Db, f: OrgFixture) {
  const [root] = await db.select().from(orgUnits).where(eq(orgUnits.id, f.department.parentId!));
  const [dep] = await db
    .insert(orgUnits)
    .values({ tenantId: f.tenant.id, parentId: root!.id, kind: 'department', code: 'I', name: 'Dezernat I' })
    .returning();
  const [office] = await db
    .insert(orgUnits)
    .values({ tenantId: f.tenant.id, parentId: dep!.id, kind: 'office', code: '33', name: 'Bürgerdienste' })
    .returning();
  const head = await createAccount(db, f.tenant.id, {
    email: `dep-i@${f.host}`,
    displayName: 'Dezernentin I',
    password: TEST_PASSWORD,
    roles: [{ role: 'department_head', orgUnitId: dep!.id }],
  });
  return {
    dep: dep!,
    office: office!,
    head: (await loadActor(db, f.tenant.id, head.id))!,
    email: `dep-i@${f.host}`,
  };
}

async function cycleOf(db: Db, tenantId: string, period: string, level: 'office' | 'department' | 'cdo') {
  const [row] = await db
    .select()
    .from(reviewCycles)
    .where(
      and(
        eq(reviewCycles.tenantId, tenantId),
        eq(reviewCycles.period, period),
        eq(reviewCycles.level, level),
      ),
    );
  return row!;
}

/** An office head's decision on the (one) status report of a project. */
async function decideProjectReport(
  db: Db,
  f: OrgFixture,
  head: 'headA' | 'headB',
  projectId: string,
  decision: { decision: 'approve' | 'return'; comment?: string },
) {
  const [row] = await db
    .select()
    .from(statusReports)
    .where(and(eq(statusReports.tenantId, f.tenant.id), eq(statusReports.projectId, projectId)));
  return reviewStatusReport(
    db,
    f.tenant.id,
    await f.actor(head),
    row!.id,
    parseInput(ZReviewReportInput, decision),
  );
}

const report = (
  cycleId: string,
  overallStatus: 'on_track' | 'at_risk' | 'off_track',
  decisionNeeded = false,
) => ({
  cycleId,
  overallStatus,
  progress: 40,
  summary: 'Die Ausschreibung ist abgeschlossen, der Zuschlag erteilt.',
  decisionNeeded: decisionNeeded ? 'on' : '',
});

describe('the review calendar', () => {
  it('keeps the levels in sequence and plans a year on every level', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const cdo = await f.actor('cdo');
    expect((await getCalendar(db, f.tenant.id)).map((c) => [c.level, c.cadence, c.dueDays])).toEqual([
      ['office', 'quarterly', 15],
      ['department', 'quarterly', 30],
      ['cdo', 'semiannual', 45],
    ]);
    const bad = {
      officeCadence: 'semiannual',
      officeDueDays: '20',
      departmentCadence: 'quarterly',
      departmentDueDays: '20',
      cdoCadence: 'semiannual',
      cdoDueDays: '10',
    };
    const err = await attempt(async () =>
      setCalendar(db, f.tenant.id, cdo, parseInput(ZCalendarInput, bad)),
    ).catch((e) => e);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(err.fields).sort()).toEqual(['cdoDueDays', 'departmentCadence', 'departmentDueDays']);
    await expect(
      attempt(async () =>
        setCalendar(
          db,
          f.tenant.id,
          await f.actor('depHead'),
          parseInput(ZCalendarInput, {
            ...bad,
            officeCadence: 'quarterly',
            departmentDueDays: '30',
            cdoDueDays: '40',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setCalendar(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCalendarInput, {
        officeCadence: 'quarterly',
        officeDueDays: '14',
        departmentCadence: 'semiannual',
        departmentDueDays: '28',
        cdoCadence: 'semiannual',
        cdoDueDays: '42',
      }),
    );
    const created = await planYear(db, f.tenant.id, cdo, parseInput(ZPlanYearInput, { year: '2027' }));
    expect(created.map((c) => `${c.period}/${c.level}/${c.dueOn}`).sort()).toEqual([
      '2027-H1/cdo/2027-08-11',
      '2027-H1/department/2027-07-28',
      '2027-H2/cdo/2028-02-11',
      '2027-H2/department/2028-01-28',
      '2027-Q1/office/2027-04-14',
      '2027-Q2/office/2027-07-14',
      '2027-Q3/office/2027-10-14',
      '2027-Q4/office/2028-01-14',
    ]);
    expect(created.every((c) => c.state === 'planned')).toBe(true);
    // Progress reports cover the periods projects report in: the office-level cycles only.
    expect((await listReviewCycles(db, f.tenant.id)).map((c) => c.period)).toEqual([
      '2027-Q4',
      '2027-Q3',
      '2027-Q2',
      '2027-Q1',
    ]);
    // Planning again keeps what exists; a cycle whose due date breaks the sequence is refused.
    expect(await planYear(db, f.tenant.id, cdo, parseInput(ZPlanYearInput, { year: '2027' }))).toHaveLength(
      0,
    );
    await expect(
      attempt(async () =>
        createCycle(
          db,
          f.tenant.id,
          cdo,
          parseInput(ZCreateCycleInput, { period: '2027-Q2', level: 'department', dueOn: '2027-07-10' }),
        ),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { dueOn: { key: 'validation.dueSequence' } },
    });
  });
});

describe('one quarterly cycle from the office to the CDO', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    built = await testApp({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('opens with a task per active project, rolls up by department and shows trends and overdue items', async () => {
    const db = built.deps.database.db;
    const f = await createOrgFixture(db);
    const other = await secondDepartment(db, f);
    const cdo = await f.actor('cdo');
    const a = await createProjectFixture(db, f, { title: 'Baustellen digital' });
    const b = await createProjectFixture(db, f, { title: 'Bäume online melden', office: 'B' });
    const done = await createProjectFixture(db, f, { title: 'Altes Vorhaben' });
    await db
      .update(projects)
      .set({ phase: 'completed' })
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.id, done.project.id)));
    const [q1] = await planYear(db, f.tenant.id, cdo, parseInput(ZPlanYearInput, { year: '2027' })).then(
      (cs) => cs.filter((c) => c.period === '2027-Q1' && c.level === 'office'),
    );
    const opened = await openCycle(db, f.tenant.id, cdo, q1!.id);
    expect(opened.tasks).toBe(2);
    // A project completed before the cycle opened owes nothing: its page offers no form, and a report is refused.
    await expect(
      submitStatusReport(
        db,
        f.tenant.id,
        await f.actor('leadA'),
        done.project.id,
        parseInput(ZSubmitStatusReportInput, report(q1!.id, 'on_track')),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { cycleId: { key: 'validation.reportNotExpected' } },
    });
    const lead = new Client(built.app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    const donePage = await lead.get(`/intern/projekte/${done.project.id}`);
    expect(donePage.text).toContain('abgeschlossen oder eingestellt und berichtet nicht mehr');
    // Its health is not computed, as in the list and the cockpit (walk: the page said "Kritisch").
    expect(donePage.text).toContain('nicht berechnet (abgeschlossen oder eingestellt)');
    expect(donePage.text).not.toContain(`action="/intern/projekte/${done.project.id}/statusberichte"`);
    // One asked when the cycle opened and completed since still sends its last report.
    await db
      .update(projects)
      .set({ phase: 'completed' })
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.id, b.project.id)));
    expect((await lead.get(`/intern/projekte/${a.project.id}`)).text).toContain(
      `action="/intern/projekte/${a.project.id}/statusberichte"`,
    );
    await expect(openCycle(db, f.tenant.id, await f.actor('headA'), q1!.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    // The leads report, the office heads approve or return.
    const ra = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      a.project.id,
      parseInput(ZSubmitStatusReportInput, report(q1!.id, 'at_risk', true)),
    );
    await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadB'),
      b.project.id,
      parseInput(ZSubmitStatusReportInput, report(q1!.id, 'on_track')),
    );
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      ra.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    const office = await cycleReview(db, f.tenant.id, await f.actor('staff'), q1!.id, '2027-04-20');
    expect(office.totals).toMatchObject({ at_risk: 1, pending: 1, open: 0 });
    expect(office.decisions).toBe(1);

    // The department-level cycle for the same quarter: only the department's head writes its roll-up.
    const dept = await cycleOf(db, f.tenant.id, '2027-Q1', 'department');
    // Before it opens, its page tells the department's head when the summary is written there, and the
    // office cycle's page leads to it (both said only "no summary yet").
    const early = new Client(built.app, f.host);
    await early.login(f.emails.depHead, TEST_PASSWORD);
    const planned = (await early.get(`/intern/zyklen/${dept.id}`)).text;
    expect(planned).toContain('schreiben Sie hier, sobald das CDO-Team den Zyklus öffnet.');
    expect(planned).not.toContain(`name="summary-${f.department.id}"`);
    const officePage = (await early.get(`/intern/zyklen/${q1!.id}`)).text;
    expect(officePage).toContain('schreiben Sie im Zyklus der Dezernatsebene:');
    expect(officePage).toContain(`href="/intern/zyklen/${dept.id}"`);
    await openCycle(db, f.tenant.id, cdo, dept.id);
    // The department head is reminded of the roll-up a week before it is due (Dezernat I has no projects).
    const remind = (today: string) => sendRollupReminders(built.deps, { today, tenantId: f.tenant.id });
    expect(await remind('2027-04-20')).toEqual({ sent: 0 });
    expect(await remind('2027-04-25')).toEqual({ sent: 1 });
    expect(await remind('2027-04-26')).toEqual({ sent: 0 });
    expect(decoded(smtp.inbox.find((m) => m.to.includes(f.emails.depHead))!.raw)).toContain(
      `/intern/zyklen/${dept.id}`,
    );
    const rollup = { orgUnitId: f.department.id, summary: 'Ein Projekt gefährdet, Gegenmaßnahmen laufen.' };
    await expect(
      attempt(async () =>
        submitRollup(db, f.tenant.id, other.head, dept.id, parseInput(ZRollupInput, rollup)),
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      attempt(async () =>
        submitRollup(db, f.tenant.id, await f.actor('headA'), dept.id, parseInput(ZRollupInput, rollup)),
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      attempt(async () =>
        submitRollup(
          db,
          f.tenant.id,
          await f.actor('depHead'),
          dept.id,
          parseInput(ZRollupInput, { ...rollup, summary: 'kurz' }),
        ),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { summary: { key: 'validation.tooShort' } },
    });
    // The same through the page: the unit's field is marked and the summary names it (it was a 500).
    const head = new Client(built.app, f.host);
    await head.login(f.emails.depHead, TEST_PASSWORD);
    const empty = await head.post(`/intern/zyklen/${dept.id}/rollup`, {
      orgUnitId: f.department.id,
      [`summary-${f.department.id}`]: '  ',
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain(`href="#f-summary-${f.department.id}"`);
    expect(empty.text).toMatch(new RegExp(`id="f-summary-${f.department.id}"[^>]*aria-invalid="true"`));
    const short = await head.post(`/intern/zyklen/${dept.id}/rollup`, {
      orgUnitId: f.department.id,
      [`summary-${f.department.id}`]: 'kurz',
    });
    expect(short.status).toBe(422);
    expect(short.text).toContain('>kurz</textarea>');
    const writeRollup = async () =>
      submitRollup(db, f.tenant.id, await f.actor('depHead'), dept.id, parseInput(ZRollupInput, rollup));
    const saved = await writeRollup();
    expect(await remind('2027-05-05')).toEqual({ sent: 0 });
    expect(saved.approved).toBe(1);
    const states = await db
      .select({ project: statusReports.projectId, state: statusReports.state })
      .from(statusReports)
      .where(eq(statusReports.tenantId, f.tenant.id));
    expect(states.find((s) => s.project === a.project.id)?.state).toBe('approved_department');
    expect(states.find((s) => s.project === b.project.id)?.state).toBe('submitted');
    const deptView = await cycleReview(db, f.tenant.id, await f.actor('depHead'), dept.id);
    expect(deptView.departments.map((d) => [d.unit.name, d.rollup?.summary, d.mayWrite])).toEqual([
      ['Dezernat IV', rollup.summary, true],
    ]);
    expect(
      deptView.departments[0]!.offices.map((o) => [o.unit.name, o.counts.at_risk, o.counts.pending]),
    ).toEqual([
      ['Tiefbauamt', 1, 0],
      ['Umweltamt', 0, 1],
    ]);

    // A report approved after the summary reaches the CDO level only with a new one: the department head
    // is told on the start page, the cycle's page and once by mail (walk: only the cycle page said so).
    await decideProjectReport(db, f, 'headB', b.project.id, { decision: 'approve' });
    expect((await missingRollups(db, f.tenant.id, dept)).departments).toEqual([
      { id: f.department.id, name: 'Dezernat IV', approvedSince: 1 },
    ]);
    expect(
      (await cycleReview(db, f.tenant.id, await f.actor('depHead'), dept.id)).departments[0]!.approvedSince,
    ).toBe(1);
    const again = (await head.get(`/intern/zyklen/${dept.id}`)).text;
    expect(again).toContain(
      'Seit dieser Zusammenfassung wurde 1 Statusbericht von der Amtsleitung freigegeben. Er erreicht die CDO-Ebene erst mit einer neuen Zusammenfassung.',
    );
    expect((await head.get('/intern')).text).toContain(
      'Zusammenfassung Dezernat IV\u00A0– <span class="nowrap">2027-Q1</span> erneuern: 1 Statusbericht seit der letzten Zusammenfassung freigegeben',
    );
    const before = smtp.inbox.length;
    expect(await remind('2027-05-06')).toEqual({ sent: 1 });
    expect(await remind('2027-05-07')).toEqual({ sent: 0 });
    const againMail = decoded(smtp.inbox[before]!.raw);
    expect(againMail).toContain('Neue Freigaben seit der Zusammenfassung 2027-Q1: Dezernat IV');
    expect(againMail).toContain('wurde 1 weiterer Statusbericht freigegeben');
    // The question before the CDO's half-year is opened names it too.
    const cdoClient = new Client(built.app, f.host);
    await cdoClient.login(f.emails.cdo, TEST_PASSWORD);
    const question = await cdoClient.get(
      `/intern/zyklen/${(await cycleOf(db, f.tenant.id, '2027-H1', 'cdo')).id}/oeffnen`,
    );
    // The calendar counts it as one to renew, as the question does (walk: it said "outstanding").
    expect((await cdoClient.get('/intern/pruefkalender')).text).toContain(
      '<span class="meta">1 Zusammenfassung zu erneuern</span>',
    );
    expect(question.text).toContain(
      'Im Zyklus 2027-Q1 (Dezernate) wurde 1 Statusbericht nach der Zusammenfassung seines Dezernats freigegeben und ist noch nicht zusammengefasst.',
    );
    // Summed up again: both are passed on, nothing is due, and a later approval would be reminded anew.
    const resent = await writeRollup();
    expect(resent.approved).toBe(1);
    expect((await missingRollups(db, f.tenant.id, dept)).departments).toEqual([]);
    expect((await head.get(`/intern/zyklen/${dept.id}`)).text).not.toContain('Seit dieser Zusammenfassung');
    expect((await head.get('/intern')).text).toContain('Keine Zusammenfassung für das Dezernat fällig.');
    expect(
      await db
        .select()
        .from(reminders)
        .where(and(eq(reminders.tenantId, f.tenant.id), eq(reminders.kind, 'rollup_again'))),
    ).toEqual([]);

    // The CDO's half-year roll-up: the CDO team only.
    const h1 = await cycleOf(db, f.tenant.id, '2027-H1', 'cdo');
    await openCycle(db, f.tenant.id, cdo, h1.id);
    expect(await remind('2027-08-20')).toEqual({ sent: 1 });
    expect(decoded(smtp.inbox.find((m) => m.to.includes(f.emails.cdo))!.raw)).toContain(
      'war am 2027-08-14 fällig',
    );
    await expect(
      attempt(async () =>
        submitRollup(
          db,
          f.tenant.id,
          await f.actor('depHead'),
          h1.id,
          parseInput(ZRollupInput, { summary: 'Das Portfolio läuft.' }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await submitRollup(
      db,
      f.tenant.id,
      cdo,
      h1.id,
      parseInput(ZRollupInput, { summary: 'Das Portfolio läuft weitgehend nach Plan.' }),
    );
    const cdoView = await cycleReview(db, f.tenant.id, cdo, h1.id);
    expect(cdoView.cdoRollup?.summary).toBe('Das Portfolio läuft weitgehend nach Plan.');
    expect(cdoView.departments[0]!.rollup?.summary).toBe(rollup.summary);

    // A review meeting of the department: decisions and action items, ticked off by their owner.
    await expect(
      attempt(async () =>
        holdMeeting(
          db,
          f.tenant.id,
          await f.actor('headA'),
          parseInput(ZMeetingInput, {
            level: 'office',
            orgUnitId: f.officeB.id,
            title: 'Amtsrunde',
            heldOn: '2027-04-25',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      attempt(async () =>
        holdMeeting(
          db,
          f.tenant.id,
          other.head,
          parseInput(ZMeetingInput, {
            level: 'department',
            orgUnitId: f.department.id,
            title: 'Dezernatsrunde',
            heldOn: '2027-04-25',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const meeting = await holdMeeting(
      db,
      f.tenant.id,
      await f.actor('depHead'),
      parseInput(ZMeetingInput, {
        level: 'department',
        orgUnitId: f.department.id,
        cycleId: dept.id,
        title: 'Dezernatsrunde IV, 1. Quartal',
        heldOn: '2027-04-25',
        minutes: 'Statusberichte besprochen.',
      }),
    );
    // A department head sees only their department: its cycle review and its meetings.
    expect((await cycleReview(db, f.tenant.id, other.head, q1!.id)).departments).toEqual([]);
    expect((await cycleReview(db, f.tenant.id, await f.actor('staff'), q1!.id)).departments).toHaveLength(1);
    await expect(meetingDetail(db, f.tenant.id, other.head, meeting.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listReviewMeetings(db, f.tenant.id, other.head)).toEqual([]);
    expect((await listReviewMeetings(db, f.tenant.id, await f.actor('staff'))).map((m) => m.id)).toEqual([
      meeting.id,
    ]);
    await recordDecision(
      db,
      f.tenant.id,
      await f.actor('depHead'),
      meeting.id,
      parseInput(ZDecisionInput, {
        text: 'Zusätzliche Mittel für die Baustellenkoordination werden beantragt.',
        projectId: a.project.id,
      }),
    );
    const item = await addActionItem(
      db,
      f.tenant.id,
      await f.actor('depHead'),
      meeting.id,
      parseInput(ZActionItemInput, {
        title: 'Mittelantrag schreiben',
        ownerAccountId: f.ids.headA,
        dueOn: '2027-05-10',
        projectId: a.project.id,
      }),
    );
    await addActionItem(
      db,
      f.tenant.id,
      await f.actor('depHead'),
      meeting.id,
      parseInput(ZActionItemInput, {
        title: 'Zeitplan prüfen',
        ownerAccountId: f.ids.leadB,
        dueOn: '2027-06-30',
      }),
    );
    await expect(
      attempt(async () =>
        addActionItem(
          db,
          f.tenant.id,
          await f.actor('depHead'),
          meeting.id,
          parseInput(ZActionItemInput, {
            title: 'Jemand anderes',
            ownerAccountId: f.ids.moderator,
            dueOn: '2027-06-30',
          }),
        ),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { ownerAccountId: { key: 'validation.choice' } },
    });
    await expect(
      setActionItemDone(db, f.tenant.id, await f.actor('leadB'), item.id, true),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    // Overdue items are visible (cockpit, task list) and their owners reminded, each reminder once.
    const headItems = await openActionItems(db, f.tenant.id, await f.actor('headA'), { today: '2027-05-20' });
    expect(headItems.map((i) => [i.item.title, i.overdue])).toEqual([['Mittelantrag schreiben', true]]);
    const view = await cockpit(db, f.tenant.id, cdo, '2027-05-20');
    expect(view.overdueItems.map((i) => i.item.title)).toEqual(['Mittelantrag schreiben']);
    // Both reports approved (one after the first summary): the trend counts both.
    expect(view.trend).toEqual([
      { period: '2027-Q1', on_track: 1, at_risk: 1, off_track: 0, total: 2, progress: 40 },
    ]);
    const otherCockpit = await cockpit(db, f.tenant.id, other.head, '2027-05-20');
    expect(otherCockpit.total).toBe(0);
    expect(otherCockpit.overdueItems).toHaveLength(0);
    const deps = built.deps;
    expect(await sendActionItemReminders(deps, { today: '2027-05-08', tenantId: f.tenant.id })).toEqual({
      sent: 1,
    });
    expect(await sendActionItemReminders(deps, { today: '2027-05-09', tenantId: f.tenant.id })).toEqual({
      sent: 0,
    });
    expect(await sendActionItemReminders(deps, { today: '2027-05-11', tenantId: f.tenant.id })).toEqual({
      sent: 1,
    });
    expect(await sendActionItemReminders(deps, { today: '2027-05-12', tenantId: f.tenant.id })).toEqual({
      sent: 0,
    });
    const mails = smtp.inbox.filter((m) => m.to.includes(f.emails.headA)).map((m) => decoded(m.raw));
    expect(mails).toHaveLength(2);
    expect(mails[0]).toContain('ist am 2027-05-10 fällig');
    expect(mails[1]).toContain('war am 2027-05-10 fällig und ist noch offen');
    expect(mails[1]).toContain(`/intern/besprechungen/${meeting.id}`);
    await setActionItemDone(db, f.tenant.id, await f.actor('headA'), item.id, true);
    expect((await cockpit(db, f.tenant.id, cdo, '2027-05-20')).overdueItems).toHaveLength(0);
  });

  it('runs through the pages: calendar, cycle, roll-up form, meetings and the task list', async () => {
    const db = built.deps.database.db;
    const f = await createOrgFixture(db);
    const { app } = built;
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    // A wrong rhythm comes back with the field messages and the typed values.
    const bad = await cdo.post('/intern/pruefkalender', {
      officeCadence: 'quarterly',
      officeDueDays: '30',
      departmentCadence: 'quarterly',
      departmentDueDays: '20',
      cdoCadence: 'quarterly',
      cdoDueDays: '25',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Die Dezernate sind nach den Ämtern dran');
    expect(bad.text).toContain('name="cdoDueDays" type="text" value="25"');
    const notANumber = await cdo.post('/intern/pruefkalender', {
      officeCadence: 'quarterly',
      officeDueDays: 'viele',
    });
    expect(notANumber.status).toBe(422);
    expect(notANumber.text).toContain('value="viele"');
    // The summary says whose due days (three fields had one label).
    expect(notANumber.text).toContain('>Fällig Tage nach Ende des Zeitraums – Ämter: Bitte geben Sie');
    const planned = await cdo.post('/intern/pruefkalender/planen', { year: '2028' });
    expect(planned.status).toBe(303);
    expect(planned.location).toMatch(/^\/intern\/pruefkalender\?hinweis=cyclesPlanned&jahr=2028&neu=\d+$/);
    expect((await cdo.get(planned.location!)).text).toContain('Die Zyklen des Jahres 2028 sind geplant.');
    // Planned again, nothing is added, and the notice says so (walk: it said "geplant" again).
    const again = await cdo.post('/intern/pruefkalender/planen', { year: '2028' });
    expect(again.location).toBe('/intern/pruefkalender?hinweis=cyclesUnchanged&jahr=2028');
    expect((await cdo.get(again.location!)).text).toContain(
      'Die Zyklen des Jahres 2028 waren schon geplant; es ist keiner dazugekommen.',
    );
    const page = await cdo.get('/intern/pruefkalender');
    expect(page.text).toContain('Zyklen 2028');
    const id = /href="\/intern\/zyklen\/([0-9a-f-]{36})">2028-Q1</.exec(page.text)![1]!;
    const akte = await createProjectFixture(db, f, { title: 'Digitale Akte' });
    // Opening asks first: every running project gets a task (walk: a year typed wrong opened at one click).
    const askOpen = await cdo.post(`/intern/zyklen/${id}/oeffnen`, {});
    expect(askOpen.status).toBe(200);
    expect(askOpen.text).toContain('Zyklus 2028-Q1 (Ämter) öffnen?');
    expect(askOpen.text).toContain('Jedes laufende Projekt bekommt die Aufgabe');
    expect(askOpen.text).not.toContain('Der Fälligkeitstag ist vorbei');
    expect((await cdo.get(`/intern/zyklen/${id}/oeffnen`)).text).toContain('Zyklus 2028-Q1 (Ämter) öffnen?');
    expect((await cdo.post(`/intern/zyklen/${id}/oeffnen`, { bestaetigt: 'ja' })).location).toBe(
      `/intern/zyklen/${id}?hinweis=cycleOpened`,
    );
    // The calendar says how far an open cycle is (the CDO's "N ausstehend" leads there); staff see no counts.
    expect((await cdo.get('/intern/pruefkalender')).text).toContain(
      '>Offen<br/><span class="meta">1 Statusbericht ausstehend</span>',
    );
    // Opened, its question leads to its page.
    expect((await cdo.get(`/intern/zyklen/${id}/oeffnen`)).location).toBe(
      `/intern/zyklen/${id}?hinweis=cycleNotPlanned`,
    );
    // A year far from today is refused at its field (1999 made ten cycles nobody could remove).
    const far = await cdo.post('/intern/pruefkalender/planen', { year: '1999' });
    expect(far.status).toBe(422);
    expect(far.text).toMatch(/Bitte planen Sie ein Jahr von \d{4} bis \d{4}\./);
    // A cycle planned by mistake is removed before it is opened, after a page that asks; an open one is not.
    expect((await cdo.post('/intern/pruefkalender/planen', { year: '2030' })).status).toBe(303);
    const calendar = (await cdo.get('/intern/pruefkalender')).text;
    const mistaken = /href="\/intern\/zyklen\/([0-9a-f-]{36})">2030-Q3</.exec(calendar)![1]!;
    expect(calendar).toContain(`href="/intern/zyklen/${mistaken}/entfernen"`);
    const removeQuestion = (await cdo.get(`/intern/zyklen/${mistaken}/entfernen`)).text;
    expect(removeQuestion).toContain('Geplanten Zyklus 2030-Q3 (Ämter) entfernen?');
    // Planned again at will, so not "cannot be undone" (walk).
    expect(removeQuestion).toContain('Der Zyklus wird aus dem Kalender entfernt');
    expect(removeQuestion).not.toContain('nicht rückgängig');
    expect(removeQuestion).not.toContain('schreibt dann niemand');
    // A department cycle's question names the office cycle it would have summed up (walk).
    const deptOfQ3 = [...calendar.matchAll(/href="\/intern\/zyklen\/([0-9a-f-]{36})">2030-Q3</g)][1]![1]!;
    expect((await cdo.get(`/intern/zyklen/${deptOfQ3}/entfernen`)).text).toContain(
      'Für 2030-Q3 (Ämter) schreibt dann niemand eine Zusammenfassung auf dieser Ebene',
    );
    // Several are joined as the language does (walk: a bare comma).
    const h2of2030 = [...calendar.matchAll(/href="\/intern\/zyklen\/([0-9a-f-]{36})">2030-H2</g)][0]![1]!;
    expect((await cdo.get(`/intern/zyklen/${h2of2030}/entfernen`)).text).toContain(
      'Für 2030-Q3 (Dezernate) und 2030-Q4 (Dezernate) schreibt dann niemand',
    );
    const removedCycle = await cdo.post(`/intern/zyklen/${mistaken}/entfernen`, { bestaetigt: 'ja' });
    expect(removedCycle.location).toBe(
      '/intern/pruefkalender?hinweis=cycleRemoved&zeitraum=2030-Q3&ebene=office#hinweis',
    );
    // The notice names the cycle removed (walk: "the planned cycle"), and only a real period and level.
    const without = (await cdo.get(removedCycle.location!)).text;
    expect(without).toContain('Der geplante Zyklus 2030-Q3 (Ämter) ist entfernt.');
    expect(without).not.toContain(mistaken);
    expect((await cdo.get('/intern/pruefkalender?hinweis=cycleRemoved&zeitraum=<b>&ebene=x')).text).toContain(
      'Der geplante Zyklus ist entfernt.',
    );
    // Planned again, the year gains the one removed, and the notice says one was added (not "planned").
    const replanned = await cdo.post('/intern/pruefkalender/planen', { year: '2030' });
    expect(replanned.location).toBe('/intern/pruefkalender?hinweis=cyclesPlanned&jahr=2030&neu=1');
    expect((await cdo.get(replanned.location!)).text).toContain(
      'Im Jahr 2030 ist 1 Zyklus dazugekommen; die übrigen waren schon geplant.',
    );
    // Confirmed a second time (another tab) or asked again on the way back: the calendar says it is gone
    // (walk: "Seite nicht gefunden").
    const twice = await cdo.post(`/intern/zyklen/${mistaken}/entfernen`, { bestaetigt: 'ja' });
    expect(twice.location).toBe('/intern/pruefkalender?hinweis=cycleGone#hinweis');
    expect((await cdo.get(`/intern/zyklen/${mistaken}/entfernen`)).location).toBe(twice.location);
    expect((await cdo.get('/intern/pruefkalender?hinweis=cycleGone')).text).toContain(
      'Dieser Zyklus ist nicht mehr im Kalender: Er ist entfernt worden.',
    );
    expect(without).toContain('>2030-Q4<');
    // An opened cycle's removal leads to its page, which says why not (walk: a silent redirect).
    const notRemovable = await cdo.get(`/intern/zyklen/${id}/entfernen`);
    expect(notRemovable.location).toBe(`/intern/zyklen/${id}?hinweis=cycleNotRemovable`);
    expect((await cdo.get(notRemovable.location!)).text).toContain(
      'Nur ein geplanter Zyklus lässt sich entfernen; dieser ist schon geöffnet worden.',
    );
    expect((await cdo.post(`/intern/zyklen/${id}/entfernen`, { bestaetigt: 'ja' })).status).toBe(409);
    const cyclePage = await cdo.get(`/intern/zyklen/${id}`);
    expect(cyclePage.text).toContain('Digitale Akte');
    expect(cyclePage.text).toContain('Noch nicht eingereicht');
    // Staff read the calendar but change nothing.
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    const staffCalendar = await staff.get('/intern/pruefkalender');
    expect(staffCalendar.status).toBe(200);
    expect(staffCalendar.text).not.toContain('ausstehend');
    expect((await staff.post('/intern/pruefkalender/planen', { year: '2029' })).status).toBe(403);
    expect((await staff.post('/intern/besprechungen', { level: 'office', title: 'x' })).status).toBe(403);
    // The lead finds the report they owe on their task list.
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    expect((await lead.get('/intern/aufgaben')).text).toContain('Digitale Akte');
    // The form names what it does: a first report, a change before approval, a revision after a return.
    const projectPath = `/intern/projekte/${akte.project.id}`;
    expect((await lead.get(projectPath)).text).toContain('>Statusbericht einreichen<');
    const sent = await lead.post(`${projectPath}/statusberichte`, {
      ...report(id, 'on_track'),
      progress: '40',
    });
    expect(sent.status).toBe(303);
    const submitted = (await lead.get(projectPath)).text;
    expect(submitted).toContain('Eingereichten Statusbericht für 2028-Q1 ändern');
    expect(submitted).toContain('ersetzt den eingereichten Bericht');
    expect(submitted).toContain('>Geänderten Statusbericht einreichen<');
    expect((await cdo.get('/intern/pruefkalender')).text).toContain(
      '<span class="meta">1 wartet auf Freigabe</span>',
    );
    // The office head's task list names it (walk: "nothing to do" while reports waited); the lead's has none.
    const officeHead = new Client(app, f.host);
    await officeHead.login(f.emails.headA, TEST_PASSWORD);
    const headTasks = (await officeHead.get('/intern/aufgaben')).text;
    expect(headTasks).toContain(
      '<a class="kern-link" href="/intern/statusberichte">1 Statusbericht wartet auf Ihre Freigabe</a>',
    );
    // Its introduction says so too (walk: it named only reports owed and action items).
    expect(headTasks).toContain('Statusberichte, die auf Ihre Freigabe warten, und Aufgaben');
    expect((await lead.get('/intern/aufgaben')).text).not.toContain('Ihre Freigabe');
    await decideProjectReport(db, f, 'headA', akte.project.id, {
      decision: 'return',
      comment: 'Bitte die Kosten ergänzen.',
    });
    const returned = (await lead.get(projectPath)).text;
    expect(returned).toContain('Statusbericht für 2028-Q1 überarbeiten');
    expect(returned).toContain('Zurückgegeben mit dem Kommentar: Bitte die Kosten ergänzen.');
    expect(returned).not.toContain('ersetzt den eingereichten Bericht');
    // The department head records a meeting; errors keep the input.
    const dep = new Client(app, f.host);
    await dep.login(f.emails.depHead, TEST_PASSWORD);
    const wrong = await dep.post('/intern/besprechungen', {
      level: 'department',
      orgUnitId: '',
      title: 'Dezernatsrunde',
      heldOn: '2028-04-20',
      minutes: 'Protokoll folgt',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Protokoll folgt');
    const made = await dep.post('/intern/besprechungen', {
      level: 'department',
      orgUnitId: f.department.id,
      title: 'Dezernatsrunde',
      heldOn: '2028-04-20',
      minutes: '',
    });
    expect(made.status).toBe(303);
    const meetingUrl = made.location!.split('?')[0]!;
    const noOwner = await dep.post(`${meetingUrl}/aufgaben`, {
      title: 'Nachfassen',
      ownerAccountId: '',
      dueOn: '2028-05-01',
    });
    expect(noOwner.status).toBe(422);
    expect(noOwner.text).toContain('value="Nachfassen"');
    // The action item's form has ids of its own scope; its error summary still titles the page.
    expect(noOwner.text).toContain('id="item-error-summary"');
    expect(noOwner.text).toMatch(/<title>Fehler: [^<]+<\/title>/);
    // Loaded again, the address the refused form was shown at leads back to the meeting.
    expect((await dep.get(`${meetingUrl}/aufgaben`)).location).toBe(meetingUrl);
    expect(
      (
        await dep.post(`${meetingUrl}/aufgaben`, {
          title: 'Nachfassen',
          ownerAccountId: f.ids.leadA,
          dueOn: '2028-05-01',
        })
      ).status,
    ).toBe(303);
    expect((await lead.get('/intern/aufgaben')).text).toContain('Nachfassen');
    // A department head about to sum up while reports are missing is warned what the summary passes on.
    const deptId = [...page.text.matchAll(/href="\/intern\/zyklen\/([0-9a-f-]{36})">2028-Q1</g)][1]![1]!;
    // Its question says who writes, and what the summaries would rest on that is not there yet (walk).
    const askDept = (await cdo.get(`/intern/zyklen/${deptId}/oeffnen`)).text;
    expect(askDept).toContain('Die Dezernatsleitungen schreiben dann ihre Zusammenfassungen');
    expect(askDept).toContain('Im Zyklus 2028-Q1 (Ämter) fehlt noch 1 Statusbericht.');
    await cdo.post(`/intern/zyklen/${deptId}/oeffnen`, { bestaetigt: 'ja' });
    const cdoCycle = /href="\/intern\/zyklen\/([0-9a-f-]{36})">2028-H1</.exec(page.text)![1]!;
    const askCdo = (await cdo.get(`/intern/zyklen/${cdoCycle}/oeffnen`)).text;
    expect(askCdo).toContain('Das CDO-Team schreibt dann die Gesamtzusammenfassung');
    expect(askCdo).not.toContain('Dezernatsleitungen schreiben');
    expect(askCdo).toMatch(/Im Zyklus 2028-Q1 \(Dezernate\) fehl(t|en) noch \d+ Zusammenfassung/);
    expect(askCdo).toContain('Der Zyklus 2028-Q2 (Dezernate) in diesem Zeitraum ist noch nicht geöffnet');
    expect((await dep.get(`/intern/zyklen/${deptId}`)).text).toContain('Noch nicht alles ist freigegeben');
    // Closing asks first (without script: a post without the confirmation shows the question) and says
    // what is still missing; confirmed, the notice names the cycle.
    const ask = await cdo.post(`/intern/zyklen/${id}/schliessen`, {});
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Zyklus 2028-Q1 (Ämter) abschließen?');
    expect(ask.text).toContain('1 Statusbericht fehlt noch');
    expect((await cdo.get(`/intern/zyklen/${id}`)).text).toContain('Offen');
    const closed = await cdo.post(`/intern/zyklen/${id}/schliessen`, { bestaetigt: 'ja' });
    expect(closed.location).toBe(`/intern/pruefkalender?hinweis=cycleClosed&zyklus=${id}#hinweis`);
    expect((await cdo.get(closed.location!.replace('#hinweis', ''))).text).toContain(
      'Der Zyklus 2028-Q1 (Ämter) ist abgeschlossen.',
    );
  });
});

describe('the question before a department-level cycle is opened', () => {
  it('names the office cycle’s reports still missing and still waiting for approval', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const { app } = await testApp();
    await createProjectFixture(db, g, { title: 'Akte A' });
    const b = await createProjectFixture(db, g, { office: 'B', title: 'Akte B' });
    const cdoActor = await g.actor('cdo');
    const office = await createCycle(
      db,
      g.tenant.id,
      cdoActor,
      parseInput(ZCreateCycleInput, { period: '2026-Q4', open: true }),
    );
    await submitStatusReport(
      db,
      g.tenant.id,
      await g.actor('leadB'),
      b.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: office.id,
        overallStatus: 'on_track',
        progress: 40,
        summary: 'Die Akte ist im Test.',
      }),
    );
    const dept = await createCycle(
      db,
      g.tenant.id,
      cdoActor,
      parseInput(ZCreateCycleInput, { period: '2026-Q4', level: 'department', open: false }),
    );
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const asked = await cdo.get(`/intern/zyklen/${dept.id}/oeffnen`);
    const ask = asked.text;
    expect(ask).toContain('Im Zyklus 2026-Q4 (Ämter) fehlt noch 1 Statusbericht.');
    // Walk: 15 reports waiting for approval went unmentioned.
    expect(ask).toContain(
      'Im Zyklus 2026-Q4 (Ämter) wartet noch 1 Statusbericht auf die Freigabe der Amtsleitung.',
    );
  });
});

describe('two office cycles open at once', () => {
  it('offers the missing report of the earlier one, and its question says it runs on', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const { app } = await testApp();
    const a = await createProjectFixture(db, g, { title: 'Akte A' });
    const cdoActor = await g.actor('cdo');
    const q4 = await createCycle(
      db,
      g.tenant.id,
      cdoActor,
      parseInput(ZCreateCycleInput, { period: '2026-Q4', open: true }),
    );
    const q1 = await createCycle(
      db,
      g.tenant.id,
      cdoActor,
      parseInput(ZCreateCycleInput, { period: '2027-Q1', open: false }),
    );
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    // Walk: opening the next quarter said nothing of the last one still missing a report.
    expect((await cdo.get(`/intern/zyklen/${q1.id}/oeffnen`)).text).toContain(
      'Der Zyklus 2026-Q4 (Ämter) ist noch offen; dort fehlt noch 1 Statusbericht.</li><li>Die offenen Zyklen laufen dann nebeneinander',
    );
    await cdo.post(`/intern/zyklen/${q1.id}/oeffnen`, { bestaetigt: 'ja' });
    // Walk: the project page offered only the newest cycle's form, so the missing 2026-Q4 report could
    // not be sent. The oldest one owed comes first, with a link to the other.
    const lead = new Client(app, g.host);
    await lead.login(g.emails.leadA, TEST_PASSWORD);
    const path = `/intern/projekte/${a.project.id}`;
    const page = (await lead.get(path)).text;
    expect(page).toContain(`name="cycleId" value="${q4.id}"`);
    expect(page).toContain('Ein weiterer offener Zeitraum erwartet einen Bericht dieses Projekts:');
    expect(page).toContain(`href="${path}?zyklus=${q1.id}#rep-title"`);
    // A task's link opens the form for its cycle.
    const tasks = (await lead.get('/intern/aufgaben')).text;
    expect(tasks).toContain(`href="${path}?zyklus=${q4.id}#rep-title"`);
    expect(tasks).toContain(`href="${path}?zyklus=${q1.id}#rep-title"`);
    expect((await lead.get(`${path}?zyklus=${q1.id}`)).text).toContain(`name="cycleId" value="${q1.id}"`);
    // A refused form stays on the cycle it was for.
    const refused = await lead.post(`${path}/statusberichte`, { cycleId: q1.id, overallStatus: 'on_track' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(`name="cycleId" value="${q1.id}"`);
    // Sent for 2026-Q4, the page goes on to 2027-Q1.
    const sent = await lead.post(`${path}/statusberichte`, {
      cycleId: q4.id,
      overallStatus: 'on_track',
      progress: '40',
      summary: 'Die Akte ist im Test, der Rollout folgt.',
    });
    expect(sent.status).toBe(303);
    const after = (await lead.get(path)).text;
    expect(after).toContain(`name="cycleId" value="${q1.id}"`);
    expect(after).not.toContain('offener Zeitraum erwartet');
  });
});
