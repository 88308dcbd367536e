import { beforeAll, describe, expect, it } from 'vitest';
import {
  ZBudgetYearInput,
  ZDependencyInput,
  ZProjectPartnersInput,
  ZProjectUpdateInput,
  ZRiskInput,
} from '../src/modules/delivery/delivery.schemas.ts';
import {
  addDependency,
  addProjectUpdate,
  addRisk,
  budgetToDate,
  closeRisk,
  projectDelivery,
  setBudgetYear,
  setProjectPartners,
} from '../src/modules/delivery/delivery.service.ts';
import { buildTimeline } from '../src/modules/portfolio/portfolio.service.ts';
import { ZUpdateProjectInput } from '../src/modules/projects/projects.schemas.ts';
import { getProject, updateProject } from '../src/modules/projects/projects.service.ts';
import { computeHealth } from '../src/modules/reviews/reviews.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';

const facts = (p: { title: string; summary: string; visibility: 'public' | 'internal' }) => ({
  title: p.title,
  summary: p.summary,
  phase: 'in_progress' as const,
  visibility: p.visibility,
});

describe('project delivery', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    built = await testApp();
    app = built.app;
  });

  it('keeps phase with stop reason, partners, budget per year, risks, dependencies and updates, by the record-level rule', async () => {
    const db = (await testDatabase()).db;
    const { project } = await createProjectFixture(db, f, { title: 'Digitale Baustellenkoordination' });
    const { project: other } = await createProjectFixture(db, f, {
      title: 'Geodaten-Plattform',
      office: 'B',
    });
    const leadA = await f.actor('leadA');
    // A stopped project needs its reason; the lead does not change visibility; office B's lead changes nothing.
    await expect(
      attempt(async () =>
        updateProject(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZUpdateProjectInput, {
            ...facts(project),
            phase: 'stopped',
            stopReason: '',
          }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { stopReason: { key: 'validation.stopReason' } } });
    await expect(
      attempt(async () =>
        updateProject(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZUpdateProjectInput, { ...facts(project), visibility: 'internal' }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { visibility: { key: 'validation.cdoOnly' } } });
    await expect(
      attempt(async () =>
        updateProject(
          db,
          f.tenant.id,
          await f.actor('leadB'),
          project.id,
          parseInput(ZUpdateProjectInput, facts(project)),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const updated = await updateProject(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZUpdateProjectInput, {
        ...facts(project),
        implementationPlan: '1. Ausschreibung\n2. Pilot im Tiefbauamt\n3. Einführung',
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
      }),
    );
    expect(updated.implementationPlan).toContain('Pilot im Tiefbauamt');

    await setProjectPartners(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZProjectPartnersInput, {
        newName: 'Digital Hub Bonn',
        newKind: 'ngo',
        newDigitalHub: 'on',
      }),
    );
    await expect(
      attempt(async () =>
        setProjectPartners(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZProjectPartnersInput, { newName: 'Firma ohne Art' }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { newKind: { key: 'validation.choice' } } });

    await setBudgetYear(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZBudgetYearInput, {
        year: '2026',
        planned: '100.000',
        spent: '120.000',
      }),
    );
    await setBudgetYear(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZBudgetYearInput, { year: '2027', planned: '200000', spent: '' }),
    );
    await expect(
      attempt(async () =>
        setBudgetYear(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZBudgetYearInput, { year: '2026', planned: 'viel', spent: '' }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { planned: { key: 'validation.money' } } });
    const fresh = await getProject(db, f.tenant.id, leadA, project.id);
    expect([Number(fresh.budgetPlanned), Number(fresh.budgetSpent)]).toEqual([300_000, 120_000]);
    const delivery = await projectDelivery(db, f.tenant.id, fresh, { publicView: false });
    expect(delivery.budgetTotals).toEqual({ planned: '300000.00', spent: '120000.00' });
    // Spending is measured against the plan up to this year: 120 % of 2026's plan is off track.
    const toDate = await budgetToDate(db, f.tenant.id, fresh, '2026-11-29');
    expect(toDate).toEqual({ budgetPlanned: 100_000, budgetSpent: 120_000 });
    expect(computeHealth({ milestones: [], cycles: [], ...toDate }, '2026-11-29')).toMatchObject({
      status: 'off_track',
      reasons: [{ key: 'health.overBudget', values: { percent: 120 } }],
    });

    const risk = await addRisk(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZRiskInput, {
        title: 'Fachkräfte fehlen',
        probability: '3',
        impact: '2',
        mitigation: 'Externe Unterstützung ausschreiben',
      }),
    );
    await expect(
      attempt(async () =>
        addRisk(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZRiskInput, { title: 'Zu hoch', probability: '4', impact: '1' }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { probability: { key: 'validation.choice' } } });
    await expect(closeRisk(db, f.tenant.id, await f.actor('leadB'), risk.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await closeRisk(db, f.tenant.id, leadA, risk.id);

    await addDependency(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZDependencyInput, { dependsOnId: other.id, note: 'Leitungsdaten' }),
    );
    await expect(
      attempt(async () =>
        addDependency(
          db,
          f.tenant.id,
          await f.actor('leadB'),
          other.id,
          parseInput(ZDependencyInput, { dependsOnId: project.id }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { dependsOnId: { key: 'validation.circularDependency' } } });
    await expect(
      attempt(async () =>
        addDependency(
          db,
          f.tenant.id,
          leadA,
          project.id,
          parseInput(ZDependencyInput, { dependsOnId: project.id }),
        ),
      ),
    ).rejects.toMatchObject({ fields: { dependsOnId: { key: 'validation.choice' } } });

    await addProjectUpdate(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZProjectUpdateInput, {
        title: 'Pilot gestartet',
        body: 'Das Tiefbauamt koordiniert seine Baustellen jetzt digital.',
        visibility: 'public',
      }),
    );
    await addProjectUpdate(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZProjectUpdateInput, {
        title: 'Interne Abstimmung',
        body: 'Die Schnittstelle zu den Versorgern wird noch abgestimmt.',
        visibility: 'internal',
      }),
    );

    const internal = await projectDelivery(db, f.tenant.id, fresh, { publicView: false });
    expect(internal.risks.map((r) => [r.title, !!r.closedAt])).toEqual([['Fachkräfte fehlen', true]]);
    expect(internal.updates).toHaveLength(2);
    expect(internal.dependsOn.map((d) => d.title)).toEqual(['Geodaten-Plattform']);
    const pub = await projectDelivery(db, f.tenant.id, fresh, { publicView: true });
    expect(pub.risks).toHaveLength(0);
    expect(pub.updates.map((u) => u.title)).toEqual(['Pilot gestartet']);
    expect(pub.partners.map((p) => [p.partner.name, p.partner.digitalHubMember])).toEqual([
      ['Digital Hub Bonn', true],
    ]);

    // The public page: plan, partners with Digital Hub, budget per year, dependency, public news, timeline.
    const page = await new Client(app, f.host).get(`/projekte/${fresh.slug}`);
    expect(page.status).toBe(200);
    for (const text of [
      'Pilot im Tiefbauamt',
      'Digital Hub Bonn',
      '300.000',
      'Geodaten-Plattform',
      'Pilot gestartet',
      'Zeitstrahl',
    ])
      expect(page.text).toContain(text);
    expect(page.text).not.toContain('Interne Abstimmung');
    expect(page.text).not.toContain('Fachkräfte fehlen');

    const api = await new Client(app, f.host).get(`/api/v1/projects/${project.id}`);
    const body = JSON.parse(api.text);
    expect(body.partners).toEqual([
      { name: 'Digital Hub Bonn', kind: 'ngo', digitalHubMember: true, contribution: '' },
    ]);
    expect(body.budgetPerYear).toEqual([
      { year: 2026, planned: 100_000, spent: 120_000 },
      { year: 2027, planned: 200_000, spent: 0 },
    ]);
    expect(body.updates.map((u: { title: string }) => u.title)).toEqual(['Pilot gestartet']);
    expect(body.dependsOn.map((d: { title: string }) => d.title)).toEqual(['Geodaten-Plattform']);

    // Stopping the project shows the reason and ends the timeline with it.
    await updateProject(
      db,
      f.tenant.id,
      leadA,
      project.id,
      parseInput(ZUpdateProjectInput, {
        ...facts(project),
        phase: 'stopped',
        stopReason: 'Die Versorger führen eine landesweite Plattform ein.',
      }),
    );
    const stopped = await getProject(db, f.tenant.id, leadA, project.id);
    const events = buildTimeline(stopped, [], [], []);
    expect(events.at(-1)).toMatchObject({
      kind: 'stopped',
      title: 'Die Versorger führen eine landesweite Plattform ein.',
    });
    // A change made outside HTTP does not drop the response cache by itself.
    built.deps.cache.invalidate(f.tenant.id);
    const after = (await new Client(app, f.host).get(`/projekte/${fresh.slug}`)).text;
    expect(after).toContain('landesweite Plattform');
  });

  it('keeps an internal project’s news internal and shows the forms with their errors', async () => {
    const db = (await testDatabase()).db;
    const { project } = await createProjectFixture(db, f, {
      title: 'Internes Vorhaben',
      visibility: 'internal',
    });
    const u = await addProjectUpdate(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZProjectUpdateInput, {
        title: 'Start',
        body: 'Das Vorhaben beginnt im Januar.',
        visibility: 'public',
      }),
    );
    expect(u.visibility).toBe('internal');
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    const bad = await lead.post(`/intern/projekte/${project.id}/risiken`, {
      riskTitle: 'x',
      riskProbability: '2',
      riskImpact: '9',
      riskMitigation: 'Gegenmaßnahme bleibt stehen',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('href="#f-riskTitle"');
    expect(bad.text).toContain('Gegenmaßnahme bleibt stehen');
    const edit = await lead.post(`/intern/projekte/${project.id}/bearbeiten`, {
      title: 'Internes Vorhaben',
      summary: 'Kurz genug? Nein, lang genug.',
      phase: 'stopped',
      stopReason: '',
      visibility: 'internal',
    });
    expect(edit.status).toBe(422);
    expect(edit.text).toContain('Bitte begründen Sie');
    expect(
      (
        await lead.post(`/intern/projekte/${project.id}/budget`, {
          budgetYear: '2027',
          budgetPlanned: '50.000',
          budgetSpent: '',
        })
      ).status,
    ).toBe(303);
    // Walk: the English form refused the notation its own hint asks for; amounts with cents were rounded.
    expect(
      (
        await lead.post(`/intern/projekte/${project.id}/budget`, {
          budgetYear: '2028',
          budgetPlanned: '125,000.50',
          budgetSpent: '1,500',
        })
      ).status,
    ).toBe(303);
    const withCents = (await lead.get(`/intern/projekte/${project.id}`)).text;
    expect(withCents).toContain('125.000,50\u00a0€');
    expect(withCents).toContain('1.500\u00a0€');
    // Correcting a year's plan keeps what was spent: an empty amount keeps the year's.
    const budget = (fields: Record<string, string>) =>
      lead.post(`/intern/projekte/${project.id}/budget`, { budgetPlanned: '', budgetSpent: '', ...fields });
    expect((await budget({ budgetYear: '2028', budgetPlanned: '130.000' })).status).toBe(303);
    const corrected = await getProject(db, f.tenant.id, await f.actor('leadA'), project.id);
    expect([Number(corrected.budgetPlanned), Number(corrected.budgetSpent)]).toEqual([180_000, 1_500]);
    // Both empty says what is missing, at the field.
    const empty = await budget({ budgetYear: '2029' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Bitte geben Sie einen geplanten oder einen ausgegebenen Betrag an.');
    // A year typed by mistake goes, after a page that says what it held; the totals follow.
    expect((await budget({ budgetYear: '2062', budgetPlanned: '9.999' })).status).toBe(303);
    const page = (await lead.get(`/intern/projekte/${project.id}`)).text;
    expect(page).toContain(`action="/intern/projekte/${project.id}/budget/2062/entfernen"`);
    const ask = await lead.post(`/intern/projekte/${project.id}/budget/2062/entfernen`, {});
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Budget 2062 von „Internes Vorhaben“ entfernen?');
    expect(ask.text).toContain('geplant 9.999\u00a0€, ausgegeben 0\u00a0€');
    expect(ask.text).toContain('ergeben sich danach aus den übrigen Jahren');
    // The question answers at its address too (a bookmark, back from signing in again).
    expect((await lead.get(`/intern/projekte/${project.id}/budget/2062/entfernen`)).text).toContain(
      'Budget 2062 von „Internes Vorhaben“ entfernen?',
    );
    const removed = await lead.post(`/intern/projekte/${project.id}/budget/2062/entfernen`, {
      bestaetigt: 'ja',
    });
    expect(removed.status).toBe(303);
    expect((await lead.get(removed.location!.replace(/#.*/, ''))).text).toContain(
      'Das Jahr ist aus dem Budget entfernt; die Summen sind neu berechnet.',
    );
    const after = await getProject(db, f.tenant.id, await f.actor('leadA'), project.id);
    expect([Number(after.budgetPlanned), Number(after.budgetSpent)]).toEqual([180_000, 1_500]);
    expect((await lead.get(`/intern/projekte/${project.id}`)).text).not.toContain('/budget/2062/entfernen');
    expect(
      (await lead.post(`/intern/projekte/${project.id}/budget/2062/entfernen`, { bestaetigt: 'ja' })).status,
    ).toBe(404);
    const other = new Client(app, f.host);
    await other.login(f.emails.leadB, TEST_PASSWORD);
    expect(
      (await other.post(`/intern/projekte/${project.id}/budget/2027/entfernen`, { bestaetigt: 'ja' })).status,
    ).toBe(403);
    expect((await other.get(`/intern/projekte/${project.id}/bearbeiten`)).status).toBe(403);
    expect(
      (await other.post(`/intern/projekte/${project.id}/neuigkeiten`, { updateTitle: 'Hallo' })).status,
    ).toBe(403);
  });
});
