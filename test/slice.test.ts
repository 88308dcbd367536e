import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ideas } from '../src/modules/ideas/ideas.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/** The foundation slice through HTTP, as each role would do it: COLLECT ▸ DECIDE ▸ DELIVER ▸ CONTROL ▸ OPEN UP. */
describe('the lifecycle slice over HTTP', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await createOpenCycle(db, f);
    app = (await testApp()).app;
  });

  it('follows a proposal from submission to the approved status on the public pages', async () => {
    // 1. A visitor submits a proposal.
    const visitor = new Client(app, f.host);
    const submitted = await visitor.post('/mitmachen', {
      title: 'Parkausweis für Handwerker online',
      body: 'Handwerksbetriebe sollten ihren Parkausweis online beantragen und verlängern können.',
      authorKind: 'company',
      organisationName: 'Elektro Müller GmbH',
      email: 'info@elektro-mueller.example',
      consent: 'on',
    });
    expect(submitted.status).toBe(303);
    expect(submitted.location).toMatch(/^\/mitmachen\/danke\/V-[A-Z0-9]{6}\?mail=link$/);
    const thanks = await visitor.get(submitted.location!);
    expect(thanks.text).toContain(/V-[A-Z0-9]{6}/.exec(submitted.location!)![0]);
    // The page says what the mail that follows is for, not "if you gave an address".
    expect(thanks.text).toContain('Wir haben Ihnen einen Link an die angegebene Adresse geschickt.');
    expect(visitor.cookie).toBeUndefined();

    // Not public before moderation.
    expect((await visitor.get('/mitmachen/vorschlaege?q=Handwerker')).text).not.toContain(
      'Parkausweis für Handwerker',
    );

    // 2. The moderator publishes it.
    const moderator = new Client(app, f.host);
    await moderator.login(f.emails.moderator, TEST_PASSWORD);
    const queue = await moderator.get('/intern/moderation');
    const id = /name="ids" value="([0-9a-f-]{36})"/.exec(queue.text)?.[1];
    expect(id).toBeDefined();
    expect((await moderator.post('/intern/moderation', { ids: [id!], action: 'publish' })).status).toBe(303);
    const found = await visitor.get('/mitmachen/vorschlaege?q=Handwerkern');
    expect(found.text).toContain('Parkausweis für Handwerker online');
    expect(found.text).not.toContain('info@elektro-mueller.example');

    // 3. The CDO team condenses it into an idea and opens a project for the idea.
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    // Merging asks first; nothing is created until confirmed.
    const ask = await cdo.post('/intern/ideen/neu', {
      action: 'create',
      title: 'Digitale Parkausweise',
      description: '',
      fieldOfActionId: f.field.id,
      q: '',
      proposalIds: [id!],
    });
    expect(ask.status).toBe(200);
    expect(ask.text).toContain(
      'Ein Vorschlag wird in der neuen Idee „Digitale Parkausweise“ zusammengeführt.',
    );
    // Back from the confirmation, the form is as it was filled in.
    expect(ask.text).toContain('Zurück und weiter bearbeiten');
    const again = await cdo.post('/intern/ideen/neu', {
      action: 'bearbeiten',
      title: 'Digitale Parkausweise',
      description: 'Eine Beschreibung',
      fieldOfActionId: f.field.id,
      q: 'Park',
      proposalIds: [id!],
    });
    expect(again.status).toBe(200);
    expect(again.text).toContain('value="Digitale Parkausweise"');
    expect(again.text).toContain('Eine Beschreibung');
    expect(again.text).toMatch(new RegExp(`value="${id}"[^>]*checked`));
    expect((await cdo.get('/intern/ideen')).text).not.toContain('Digitale Parkausweise');
    const idea = await cdo.post('/intern/ideen/neu', {
      action: 'create',
      title: 'Digitale Parkausweise',
      description: '',
      fieldOfActionId: f.field.id,
      q: '',
      proposalIds: [id!],
      bestaetigt: 'ja',
    });
    expect(idea.status).toBe(303);
    // The confirmation sent again (back button, second click) makes no second idea.
    const replay = await cdo.post('/intern/ideen/neu', {
      action: 'create',
      title: 'Digitale Parkausweise',
      description: '',
      fieldOfActionId: f.field.id,
      q: '',
      proposalIds: [id!],
      bestaetigt: 'ja',
    });
    expect(replay.status).toBe(303);
    const twins = await (await testDatabase()).db
      .select()
      .from(ideas)
      .where(and(eq(ideas.tenantId, f.tenant.id), eq(ideas.title, 'Digitale Parkausweise')));
    expect(twins).toHaveLength(1);
    const ideaId = /href="\/intern\/projekte\/neu\?idee=([0-9a-f-]{36})"/.exec(
      (await cdo.get('/intern/ideen')).text,
    )?.[1];
    expect(ideaId).toBeDefined();
    const created = await cdo.post('/intern/projekte/neu', {
      title: 'Digitaler Handwerkerparkausweis',
      summary: 'Handwerksbetriebe beantragen Parkausweise online.',
      description: '',
      ideaId: ideaId!,
      fieldOfActionId: f.field.id,
      ownerOrgUnitId: f.officeA.id,
      leadAccountId: f.ids.leadA,
      phase: 'in_progress',
      visibility: 'public',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      budgetPlanned: '80.000',
    });
    expect(created.status).toBe(303);
    const projectId = /\/intern\/projekte\/([0-9a-f-]{36})/.exec(created.location!)?.[1];

    // 4. The project lead adds a milestone and reports status for the open cycle.
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    expect(
      (
        await lead.post(`/intern/projekte/${projectId}/meilensteine`, {
          title: 'Online-Antrag freigeschaltet',
          dueOn: '2026-06-30',
        })
      ).status,
    ).toBe(303);
    const page = await lead.get(`/intern/projekte/${projectId}`);
    const cycleId = /name="cycleId" value="([0-9a-f-]{36})"/.exec(page.text)?.[1];
    expect(
      (
        await lead.post(`/intern/projekte/${projectId}/statusberichte`, {
          cycleId: cycleId!,
          overallStatus: 'at_risk',
          progress: '40',
          summary: 'Schnittstelle zum Fachverfahren verzögert sich.',
        })
      ).status,
    ).toBe(303);

    // Not public until approved.
    const before = await visitor.get('/projekte/digitaler-handwerkerparkausweis');
    expect(before.text).toContain('noch keinen freigegebenen Status');

    // 5. The office head approves.
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    const approvals = await head.get('/intern/statusberichte');
    const reportId = /action="\/intern\/statusberichte\/([0-9a-f-]{36})"/.exec(approvals.text)?.[1];
    // A refused decision's address reloaded leads to the report in the queue (walk: to the queue's top).
    expect((await head.get(`/intern/statusberichte/${reportId}`)).location).toBe(
      `/intern/statusberichte#r-${reportId}`,
    );
    expect((await head.get('/intern/statusberichte/nicht-da')).location).toBe('/intern/statusberichte');
    expect(
      (await head.post(`/intern/statusberichte/${reportId}`, { decision: 'approve', comment: '' })).status,
    ).toBe(303);

    // 6. The public sees the project, its approved status and the proposal behind it …
    const pub = await visitor.get('/projekte/digitaler-handwerkerparkausweis');
    expect(pub.status).toBe(200);
    expect(pub.text).toContain('Gefährdet');
    expect(pub.text).toContain('Schnittstelle zum Fachverfahren');
    expect(pub.text).toContain('Parkausweis für Handwerker online');
    expect(pub.text).toContain('Online-Antrag freigeschaltet');
    // … and the proposal page tells what happened to it.
    const journey = await visitor.get(`/mitmachen/vorschlaege/${id}`);
    expect(journey.text).toContain('Digitale Parkausweise');
    expect(journey.text).toContain('/projekte/digitaler-handwerkerparkausweis');
    expect(journey.text).toContain('Freigegebener Status 2026-Q4: 40 % erledigt');
    // Each stage as the module that owns it tells it, in the order of the lifecycle.
    const steps = [
      ...(/<ol class="journey">(.*?)<\/ol>/s.exec(journey.text)?.[1] ?? '').matchAll(
        /<span class="kern-body--bold">([^<]*)<\/span>/g,
      ),
    ].map((m) => m[1]);
    expect(steps).toEqual([
      'Eingereicht',
      'Veröffentlicht',
      expect.stringMatching(/^In die Projektidee I-[A-Z0-9]{6} „Digitale Parkausweise“ eingeflossen$/),
      'Wird umgesetzt im Projekt',
      'Freigegebener Status 2026-Q4: 40 % erledigt',
      'Noch in keinem Fortschrittsbericht erwähnt',
    ]);

    // 7. The API says the same.
    const api = JSON.parse((await visitor.get(`/api/v1/projects/${projectId}`)).text);
    expect(api.latestStatus).toMatchObject({ overallStatus: 'at_risk', progress: 40, period: '2026-Q4' });
    expect(api.proposalIds).toEqual([id]);
    expect(api.budgetPlanned).toBe(80000);
  });
});
