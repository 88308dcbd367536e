import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectUpdates } from '../src/modules/delivery/delivery.table.ts';
import { createAccount, setAccountLanguage } from '../src/modules/orgs/orgs.service.ts';
import { ZAddMilestoneInput } from '../src/modules/projects/projects.schemas.ts';
import { addMilestone } from '../src/modules/projects/projects.service.ts';
import { projects } from '../src/modules/projects/projects.table.ts';
import { ZSubmitProposalInput } from '../src/modules/proposals/proposals.schemas.ts';
import { submitProposal } from '../src/modules/proposals/proposals.service.ts';
import { createCycle } from '../src/modules/reviews/cycles.service.ts';
import { ZCreateCycleInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { ZServiceInput } from '../src/modules/services/services.schemas.ts';
import { addService } from '../src/modules/services/services.service.ts';
import { ZProcessInput, ZTrainingInput } from '../src/modules/workforce/workforce.schemas.ts';
import { addProcess, addTraining } from '../src/modules/workforce/workforce.service.ts';
import { addDays, currentDay } from '../src/platform/dates.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/** The text of the page's main landmark, without tags, for reading what a role sees first. */
const mainText = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('a start page per role in the back office', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    ({ app } = await testApp());
    const a = await createProjectFixture(db, f, { title: 'Parkausweis online' });
    const b = await createProjectFixture(db, f, { office: 'B', title: 'Baumkataster digital' });
    const cycle = await createOpenCycle(db, f);
    await addMilestone(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      a.project.id,
      parseInput(ZAddMilestoneInput, { title: 'Pilot im Bürgeramt', dueOn: addDays(currentDay(), 10) }),
    );
    await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadB'),
      b.project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: 30,
        summary: 'Die Schnittstelle zum Fachverfahren verzögert sich.',
        decisionNeeded: 'on',
      }),
    );
    await submitProposal(
      db,
      f.tenant.id,
      null,
      parseInput(ZSubmitProposalInput, {
        title: 'Mehr Bänke am Rhein',
        body: 'Am Rheinufer fehlen Bänke zum Ausruhen, besonders in Beuel.',
        authorKind: 'citizen',
      }),
    );
    await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
  });

  const homeOf = async (email: string) => {
    const c = new Client(app, f.host);
    await c.login(email, TEST_PASSWORD);
    const res = await c.get('/intern');
    expect(res.status).toBe(200);
    return mainText(res.text);
  };

  it('the lead sees the report owed and the milestone coming, not approvals', async () => {
    const text = await homeOf(f.emails.leadA);
    expect(text).toContain('1 Statusbericht ist fällig');
    expect(text).toContain('Parkausweis online – 2026-Q4');
    expect(text).toContain('Pilot im Bürgeramt');
    expect(text).not.toContain('Freigabe');
    // The ideas card promises what the lead can do there: read, not condense (walk).
    expect(text).toContain('Die Projektideen und die Vorschläge, aus denen sie entstanden sind.');
    expect(text).not.toContain('Vorschläge zu Projektideen zusammenfassen');
    expect(await homeOf(f.emails.cdo)).toContain('Vorschläge zu Projektideen zusammenfassen.');
  });

  it('the office head sees the report waiting for approval, with the decision asked for', async () => {
    const text = await homeOf(f.emails.headB);
    expect(text).toContain('1 Statusbericht wartet auf Ihre Freigabe');
    expect(text).toContain('Baumkataster digital – 2026-Q4');
    expect(text).toContain('Entscheidung erbeten');
    expect(await homeOf(f.emails.headA)).toContain('Kein Statusbericht wartet auf Ihre Freigabe');
  });

  it('the CDO team sees the portfolio, reports outstanding, the agenda and the decision asked for', async () => {
    const text = await homeOf(f.emails.cdo);
    expect(text).toContain('Laufende Projekte');
    expect(text).toContain('1 ausstehend');
    expect(text).toContain('1 bei der Amtsleitung zur Freigabe');
    expect(text).toContain('1 Projekt bittet um eine Entscheidung');
    expect(text).toMatch(/\d+ Projekte? kritisch/);
    expect(text).toContain('Baumkataster digital');
    expect(text).toMatch(/Agenda \d{4} beginnen/);
  });

  it('moderators see their queues with counts; the department head the roll-ups; admins the accounts', async () => {
    expect(await homeOf(f.emails.moderator)).toContain('1 Vorschlag wartet auf Moderation');
    const dep = await homeOf(f.emails.depHead);
    expect(dep).toContain('Ihr Dezernat');
    expect(dep).toContain('Keine Zusammenfassung für das Dezernat fällig');
    // Once the department-level cycle is open, its summary is due, whatever has been reported so far.
    const db = (await testDatabase()).db;
    await createCycle(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZCreateCycleInput, { period: '2026-Q4', level: 'department', open: true }),
    );
    expect(await homeOf(f.emails.depHead)).toContain('Zusammenfassung Dezernat IV – 2026-Q4');
    // Not where nothing is there to sum up: a department-level cycle whose period has no office cycle with
    // the department's projects (walk: listed as due, its page had no form).
    await createCycle(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZCreateCycleInput, { period: '2027-Q1', level: 'department', open: true }),
    );
    expect(await homeOf(f.emails.depHead)).not.toContain('2027-Q1');
    const admin = await homeOf(`admin@${f.host}`);
    expect(admin).toContain('9 Konten (0 eingeladen ohne Passwort, 0 deaktiviert)');
    expect(admin).toContain('Organisation');
    const staff = await homeOf(f.emails.staff);
    expect(staff).not.toContain('Ihre Projekte');
    expect(staff).toContain('Weitere Bereiche');
  });

  it('shows staff what changes for their office: its projects, processes, services, their trainings, the news', async () => {
    const db = (await testDatabase()).db;
    const [a] = await db
      .select()
      .from(projects)
      .where(and(eq(projects.tenantId, f.tenant.id), eq(projects.title, 'Parkausweis online')));
    await addProcess(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZProcessInput, {
        officeId: f.officeA.id,
        name: 'Bewohnerparkausweis ausstellen',
        digitalState: 'partly_digital',
        redesigned: 'on',
        projectId: a!.id,
      }),
    );
    await addProcess(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZProcessInput, {
        officeId: f.officeB.id,
        name: 'Baumfällgenehmigung',
        digitalState: 'analog',
      }),
    );
    const staffId = (await f.actor('staff')).accountId;
    for (const [title, heldOn] of [
      ['Projektmanagement Grundlagen', addDays(currentDay(), -40)],
      ['Prozessmanagement kompakt', addDays(currentDay(), 20)],
    ] as const)
      await addTraining(
        db,
        f.tenant.id,
        await f.actor('cdo'),
        parseInput(ZTrainingInput, {
          title,
          kind: title.startsWith('Projekt') ? 'project_management' : 'process_management',
          heldOn,
          accountIds: title.startsWith('Projekt') ? [staffId] : [],
        }),
      );
    await db.insert(projectUpdates).values({
      tenantId: f.tenant.id,
      projectId: a!.id,
      title: 'Pilot startet im Bürgeramt',
      body: 'Ab Montag stellt das Bürgeramt Bewohnerparkausweise digital aus.',
      visibility: 'internal',
    });
    await addService(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZServiceInput, {
        leikaKey: '99050012104000',
        name: 'Bewohnerparkausweis beantragen',
        officeId: f.officeA.id,
        level: '5',
      }),
    );
    const c = new Client(app, f.host);
    await c.login(f.emails.staff, TEST_PASSWORD);
    expect((await c.get('/intern')).text).toContain('href="/intern/fuer-mich"');
    // The service's maturity level by the name Rathaus ships, in the reader's language.
    expect(mainText((await c.get('/intern/fuer-mich')).text)).toContain(
      'Bewohnerparkausweis beantragen – Reifegrad 5: Digitaler Bescheid',
    );
    // Staff work in German or English (their account's language): in English, the level's English name.
    await setAccountLanguage(db, await f.actor('staff'), 'en');
    const english = (await c.get('/intern/fuer-mich')).text;
    await setAccountLanguage(db, await f.actor('staff'), 'de');
    expect(english).toContain('Maturity level 5: <span>Digital decision</span>');
    const page = await c.get('/intern/fuer-mich');
    expect(page.status).toBe(200);
    const text = mainText(page.text);
    expect(text).toContain('Für Ihr Amt: Tiefbauamt');
    expect(text).toContain('Parkausweis online');
    expect(text).not.toContain('Baumkataster digital');
    expect(text).toContain('Bewohnerparkausweis ausstellen teilweise digital Ja Parkausweis online');
    expect(text).not.toContain('Baumfällgenehmigung');
    expect(text).toMatch(/Besuchte Kurse \(1\) .*Projektmanagement Grundlagen \(Projektmanagement\)/);
    expect(text).toMatch(/Kommende Kurse .*Prozessmanagement kompakt \(Prozessmanagement\)/);
    expect(text).toContain('Pilot startet im Bürgeramt');
    expect(text).toContain('Parkausweis online · Intern');
    // The department head works for both offices of the department.
    const dep = new Client(app, f.host);
    await dep.login(f.emails.depHead, TEST_PASSWORD);
    const depText = mainText((await dep.get('/intern/fuer-mich')).text);
    expect(depText).toContain('Für Ihr Amt: Tiefbauamt, Umweltamt');
    expect(depText).toContain('Baumfällgenehmigung');
    // Without an office: the trainings and the news, and a word on why the rest is missing.
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const cdoText = mainText((await cdo.get('/intern/fuer-mich')).text);
    expect(cdoText).toContain('Ihrem Konto ist noch kein Amt zugeordnet');
    // … and no office's sections saying "your office" has nothing (walk).
    expect(cdoText).not.toContain('Ihr Amt führt');
    expect(cdoText).not.toContain('Prozesse Ihres Amts');
    expect(cdoText).toContain('Besuchte Kurse');
    expect((await new Client(app, f.host).get('/intern/fuer-mich')).status).toBe(303);
  });
});

describe('the CDO’s start page beside the cockpit', () => {
  it('shows the figures of the cockpit’s reading, and a change as soon as the tenant changed', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const { app, deps } = await testApp({ responseCache: true });
    const { project } = await createProjectFixture(db, g, { title: 'E-Akte im Bauamt' });
    const cycle = await createOpenCycle(db, g);
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const home = async () => mainText((await cdo.get('/intern')).text);
    expect((await cdo.get('/intern/cockpit')).status).toBe(200);
    expect(await home()).toContain('1 ausstehend (0 überfällig), 0 bei der Amtsleitung zur Freigabe');
    // The reports owed all belong to one open cycle: the line leads to it, not to the calendar.
    expect((await cdo.get('/intern')).text).toContain(`href="/intern/zyklen/${cycle.id}"`);
    await submitStatusReport(
      db,
      g.tenant.id,
      await g.actor('leadA'),
      project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'on_track',
        progress: 50,
        summary: 'Die Akte ist im Test.',
      }),
    );
    // Every write (and every recorded event) drops the tenant's kept readings.
    deps.cache.invalidate(g.tenant.id);
    expect(await home()).toContain('0 ausstehend (0 überfällig), 1 bei der Amtsleitung zur Freigabe');
    expect((await cdo.get('/intern/cockpit')).status).toBe(200);
  });
});
