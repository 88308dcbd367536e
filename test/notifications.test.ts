import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCreateIdeaInput } from '../src/modules/ideas/ideas.schemas.ts';
import { createIdea, unmergeProposal } from '../src/modules/ideas/ideas.service.ts';
import { ZCreateProjectInput } from '../src/modules/projects/projects.schemas.ts';
import { createProject } from '../src/modules/projects/projects.service.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import {
  deliverDigests,
  deliverImmediate,
  managePath,
  pruneUnconfirmed,
  subscribe,
} from '../src/modules/subscriptions/subscriptions.service.ts';
import { notifications, subscriptions } from '../src/modules/subscriptions/subscriptions.table.ts';
import { sealValue } from '../src/platform/auth/signed.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createOpenCycle, createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase, testJobs } from './helpers.ts';
import { decoded, startSmtp } from './smtp.ts';

describe('followers hear about every step of their proposal', () => {
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
  const tenant = () => ({ id: f.tenant.id, cityName: 'Bonn' });
  const mailsTo = (address: string) =>
    smtp.inbox.filter((m) => m.to.includes(address)).map((m) => decoded(m.raw));

  it('merge, project and approved status reach immediate and weekly followers; unconfirmed ones hear nothing', async () => {
    const { deps } = built;
    const db = deps.database.db;
    const a = await createPublishedProposal(db, f, 'Sperrmüll online anmelden');
    const b = await createPublishedProposal(db, f, 'Sperrmülltermine per App');
    const follow = (
      proposalId: string,
      email: string,
      frequency: 'immediate' | 'weekly',
      verified: boolean,
    ) => subscribe(deps, tenant(), { proposalId, email, role: 'follower', frequency, lang: 'de', verified });
    await follow(a.id, 'sofort@example.org', 'immediate', true);
    await follow(a.id, 'woche@example.org', 'weekly', true);
    await follow(b.id, 'woche@example.org', 'weekly', true);
    await follow(b.id, 'unbestaetigt@example.org', 'immediate', false);
    // The confirmation mail only.
    await expect.poll(() => mailsTo('unbestaetigt@example.org').length, { timeout: 10_000 }).toBe(1);
    const cdo = await f.actor('cdo');
    const idea = await createIdea(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateIdeaInput, {
        title: 'Sperrmüll digital',
        proposalIds: [a.id, b.id],
      }),
    );
    const project = await createProject(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZCreateProjectInput, {
        title: 'Sperrmüll-Termine online',
        summary: 'Termine online buchen.',
        fieldOfActionId: f.field.id,
        ownerOrgUnitId: f.officeA.id,
        leadAccountId: f.ids.leadA,
        ideaId: idea.id,
        visibility: 'public',
      }),
    );
    const cycle = await createOpenCycle(db, f, '2027-Q1');
    const report = await submitStatusReport(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: 40,
        summary: 'Schnittstelle verzögert sich.',
      }),
    );
    // Submitted is not approved: nothing to tell yet.
    const before = await db.select().from(notifications).where(eq(notifications.tenantId, f.tenant.id));
    expect(before.map((n) => n.event).sort()).toEqual([
      'merged',
      'merged',
      'merged',
      'project',
      'project',
      'project',
    ]);
    await reviewStatusReport(
      db,
      f.tenant.id,
      await f.actor('headA'),
      report.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );

    expect(await deliverImmediate(deps, { tenantId: f.tenant.id })).toEqual({ mails: 1, events: 3 });
    const [immediate] = mailsTo('sofort@example.org');
    expect(immediate).toContain('zur Projektidee „Sperrmüll digital“');
    expect(immediate).toContain('im Projekt „Sperrmüll-Termine online“ umgesetzt');
    expect(immediate).toContain('(2027-Q1): Gefährdet, 40 % erledigt');
    expect(immediate).toContain('/benachrichtigungen/');
    expect(mailsTo('woche@example.org')).toHaveLength(0);
    // Nothing is sent twice.
    expect(await deliverImmediate(deps, { tenantId: f.tenant.id })).toEqual({ mails: 0, events: 0 });

    expect(await deliverDigests(deps, { tenantId: f.tenant.id })).toEqual({ mails: 1, events: 6 });
    const [digest] = mailsTo('woche@example.org');
    expect(digest).toContain('in der vergangenen Woche');
    expect(digest).toContain('Sperrmüll online anmelden');
    expect(digest).toContain('Sperrmülltermine per App');
    expect(mailsTo('unbestaetigt@example.org')).toHaveLength(1);

    // Undoing a merge is news too.
    await unmergeProposal(db, f.tenant.id, cdo, idea.id, b.id);
    expect((await deliverDigests(deps, { tenantId: f.tenant.id })).events).toBe(1);
    expect(mailsTo('woche@example.org')[1]).toContain('gehört nicht mehr zur Projektidee');
  });

  it('one click unsubscribes (RFC 8058) and deletes the address; unconfirmed addresses go after 30 days', async () => {
    const { app, deps } = built;
    const db = deps.database.db;
    const p = await createPublishedProposal(db, f, 'Parkausweis online verlängern');
    await db.update(proposals).set({ email: 'autorin@example.org' }).where(eq(proposals.id, p.id));
    await subscribe(deps, tenant(), {
      proposalId: p.id,
      email: 'Autorin@Example.org',
      role: 'author',
      frequency: 'immediate',
      lang: 'de',
      verified: true,
    });
    const path = managePath(deps.config.sessionSecret, f.tenant.id, 'autorin@example.org');
    // The address travels encrypted: neither it nor its base64 shows in the link (walk: it reached the
    // statistics and the history).
    expect(path).not.toContain(Buffer.from('autorin@example.org').toString('base64url').slice(0, 12));
    expect(path).not.toContain('autorin');
    const visitor = new Client(app, f.host);
    const page = await visitor.get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Parkausweis online verlängern');
    // A link mailed before (the address in base64 and a signature) still works.
    const earlier = `/benachrichtigungen/${sealValue(deps.config.sessionSecret, `manage:${f.tenant.id}`, 'autorin@example.org')}`;
    expect((await visitor.get(earlier)).text).toContain('Parkausweis online verlängern');
    // Sealed for another city, it opens nothing here.
    const elsewhere = managePath(
      deps.config.sessionSecret,
      (await createOrgFixture(db, { accounts: false })).tenant.id,
      'autorin@example.org',
    );
    expect((await visitor.get(elsewhere)).status).toBe(404);
    // A mail program posts without cookie or CSRF token.
    const res = await app.request(`http://${f.host}${path}`, {
      method: 'POST',
      headers: { host: f.host, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(204);
    const left = await db
      .select()
      .from(subscriptions)
      .where(and(eq(subscriptions.tenantId, f.tenant.id), eq(subscriptions.email, 'autorin@example.org')));
    expect(left).toHaveLength(0);
    const [after] = await db.select().from(proposals).where(eq(proposals.id, p.id));
    expect(after!.email).toBeNull();
    const gone = (await visitor.get(path)).text;
    expect(gone).toContain('Sie erhalten keine Benachrichtigungen');
    expect(gone).toContain('die Adresse ist bei uns gelöscht');
    expect((await visitor.get(`${path.slice(0, -3)}xyz`)).status).toBe(404);
    // An account's address is not deleted with its last notification: the page says it stays with the account.
    const staff = await visitor.get(managePath(deps.config.sessionSecret, f.tenant.id, f.emails.staff));
    expect(staff.text).toContain('Als Adresse Ihres Kontos bleibt sie dort gespeichert');
    expect(staff.text).not.toContain('die Adresse ist bei uns gelöscht');

    // Unconfirmed for 31 days: deleted with the author's address on the proposal.
    const q = await createPublishedProposal(db, f, 'Hundesteuer online anmelden');
    await db.update(proposals).set({ email: 'nie@example.org' }).where(eq(proposals.id, q.id));
    const sub = await subscribe(deps, tenant(), {
      proposalId: q.id,
      email: 'nie@example.org',
      role: 'author',
      frequency: 'immediate',
      lang: 'de',
      verified: false,
    });
    await pruneUnconfirmed(db);
    expect(await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id))).toHaveLength(1);
    await pruneUnconfirmed(db, new Date(Date.now() + 31 * 86_400_000));
    expect(await db.select().from(subscriptions).where(eq(subscriptions.id, sub.id))).toHaveLength(0);
    const [forgotten] = await db.select().from(proposals).where(eq(proposals.id, q.id));
    expect(forgotten!.email).toBeNull();
  });

  it('the job queue (pg-boss) delivers on this database engine', async () => {
    const { deps } = built;
    const db = deps.database.db;
    const p = await createPublishedProposal(db, f, 'Wohngeld digital beantragen');
    await subscribe(deps, tenant(), {
      proposalId: p.id,
      email: 'job@example.org',
      role: 'follower',
      frequency: 'immediate',
      lang: 'en',
      verified: true,
    });
    await createIdea(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZCreateIdeaInput, {
        title: 'Wohngeld online',
        proposalIds: [p.id],
      }),
    );
    await deps.jobs.start(testJobs(deps, ['notifications-immediate']), { pollingIntervalSeconds: 0.5 });
    expect(await deps.jobs.send('notifications-immediate', { tenantId: f.tenant.id })).toBeTruthy();
    await expect.poll(() => mailsTo('job@example.org').length, { timeout: 15_000, interval: 200 }).toBe(1);
    expect(mailsTo('job@example.org')[0]).toContain(
      'was condensed with other proposals into the project idea',
    );
  });
});
