import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('forms show errors at the field and keep what was typed', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db, { accounts: false });
    app = (await testApp({ trustProxy: 1 })).app;
  });

  it('re-renders the proposal form with a summary, field messages and the input', async () => {
    const c = new Client(app, f.host);
    const res = await c.post('/mitmachen', {
      title: 'Abc',
      body: 'Mehr Bänke & <Grün> am Rheinufer, bitte!',
      authorKind: 'company',
      organisationName: '',
      email: 'kein-at-zeichen',
    });
    expect(res.status).toBe(422);
    // The title says so first, as GOV.UK's does: it is what a screen reader announces after the post.
    expect(res.text).toMatch(/<title>Fehler: [^<]+<\/title>/);
    expect(res.text).toContain('Bitte korrigieren Sie die folgenden Angaben');
    expect(res.text).toContain('href="#f-title"');
    expect(res.text).toMatch(/id="f-title-error"[^>]*>[\s\S]*Der Titel braucht mindestens 5 Zeichen/);
    expect(res.text).toContain('aria-describedby="f-title-hint f-title-error"');
    expect(res.text).toContain('Bitte nennen Sie Ihre Organisation');
    expect(res.text).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
    expect(res.text).toContain('value="Abc"');
    expect(res.text).toContain('Mehr Bänke &amp; &lt;Grün&gt; am Rheinufer, bitte!');
    expect(res.text).toContain('value="kein-at-zeichen"');
    expect(res.text).toMatch(/value="company"[^>]*checked/);
  });

  it('fills every placeholder of a field message, in both languages', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    const c = new Client(app, g.host);
    await c.login(g.emails.cdo, TEST_PASSWORD);
    const de = await c.post('/intern/projekte/neu', { title: 'Ab', summary: 'kurz' });
    expect(de.status).toBe(422);
    expect(de.text).toContain('Bitte geben Sie mindestens 10 Zeichen ein.');
    expect(de.text).not.toContain('{{');
    await c.post('/sprache', { lang: 'en', back: '/' });
    const en = await c.post('/intern/projekte/neu', { title: 'Ab', summary: 'kurz' });
    expect(en.text).toContain('Please enter at least 10 characters.');
    expect(en.text).toMatch(/<title>Error: [^<]+<\/title>/);
    const page = await c.get('/intern/projekte/neu');
    expect(page.text).not.toMatch(/<title>Error:/);
    expect(en.text).not.toContain('{{');
  });

  it('never answers a proposal post with a server error, whatever is sent', async () => {
    const c = new Client(app, f.host);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: fc.string({ maxLength: 300 }),
          body: fc.string({ maxLength: 300 }),
          authorKind: fc.oneof(fc.constantFrom('citizen', 'company', 'x'), fc.string()),
          email: fc.string(),
          fieldOfActionId: fc.oneof(fc.uuid(), fc.string()),
        }),
        async (form) => {
          const res = await c.request('POST', '/mitmachen', {
            form,
            headers: {
              'x-forwarded-for': `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`,
            },
          });
          expect([200, 303, 422, 429]).toContain(res.status);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('never answers a back-office form with a server error, whatever is sent', async () => {
    const db = (await testDatabase()).db;
    const org = await createOrgFixture(db);
    const cdo = new Client(app, org.host);
    await cdo.login(org.emails.cdo, TEST_PASSWORD);
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.uuid(), fc.constant(''));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/intern/moderation',
          '/intern/ideen/neu',
          '/intern/projekte/neu',
          `/intern/projekte/${org.officeA.id}/meilensteine`,
          '/intern/statusberichte/x',
          '/intern/moderation/kommentare',
          '/intern/moderation/meldungen',
          '/intern/werkstaetten',
          '/intern/berichte',
          '/intern/strategie/ziele',
          '/intern/priorisierung/gewichte',
          '/intern/agenda/2031',
          '/intern/onlinedienste',
          '/intern/prozesse',
          `/intern/prozesse/${org.officeA.id}`,
          '/intern/schulungen',
          `/intern/onlinedienste/${org.officeA.id}`,
          '/intern/agenda/2031/beschluss',
          '/intern/pruefkalender',
          `/intern/projekte/${org.officeA.id}/bearbeiten`,
          `/intern/projekte/${org.officeA.id}/budget`,
          `/intern/projekte/${org.officeA.id}/risiken`,
          '/intern/pruefkalender/planen',
          `/intern/zyklen/${org.officeA.id}/rollup`,
          `/intern/zyklen/${org.officeA.id}/oeffnen`,
          '/intern/besprechungen',
          `/intern/besprechungen/${org.officeA.id}/beschluesse`,
          `/intern/besprechungen/${org.officeA.id}/aufgaben`,
          `/intern/aufgaben/${org.officeA.id}`,
          `/intern/priorisierung/projekt/${org.officeA.id}`,
          '/intern/strategie/kennzahlen',
          `/intern/strategie/kennzahlen/${org.officeA.id}`,
          `/intern/berichte/${org.officeA.id}/veroeffentlichen`,
          `/intern/werkstaetten/${org.officeA.id}/vorschlaege`,
          `/mitmachen/vorschlaege/${org.officeA.id}/kommentare`,
          `/mitmachen/vorschlaege/${org.officeA.id}/melden`,
          `/mitmachen/vorschlaege/${org.officeA.id}/folgen`,
          `/mitmachen/vorschlaege/${org.officeA.id}/unterstuetzen`,
        ),
        fc.record({
          ids: fc.array(text, { maxLength: 3 }),
          proposalIds: fc.array(text, { maxLength: 3 }),
          action: fc.constantFrom('publish', 'hide', 'create', 'search', 'x'),
          title: text,
          dueOn: text,
          fieldOfActionId: text,
          ownerOrgUnitId: text,
          budgetPlanned: text,
          decision: text,
          heldOn: text,
          participants: text,
          entityType: fc.constantFrom('proposal', 'comment', 'x'),
          entityId: text,
          parentId: text,
          email: text,
          frequency: text,
          cycleId: text,
          summary: text,
          key: text,
          baseline: text,
          baselineYear: text,
          target: text,
          targetYear: text,
          measuredOn: text,
          items: fc.array(
            fc.oneof(
              text,
              fc.uuid().map((u) => `project:${u}`),
            ),
            { maxLength: 3 },
          ),
          decisionDate: text,
          councilDocumentUrl: text,
          leikaKey: text,
          officeId: text,
          level: text,
          digitalState: fc.constantFrom('analog', 'end_to_end', 'x'),
          officeCadence: fc.constantFrom('quarterly', 'semiannual', 'x'),
          officeDueDays: text,
          departmentDueDays: text,
          year: text,
          orgUnitId: text,
          ownerAccountId: text,
          minutes: text,
          text,
          done: text,
          accountIds: fc.array(text, { maxLength: 2 }),
          kind: text,
          value: text,
        }),
        async (path, form) => {
          const res = await cdo.post(path, form);
          // Unknown references are the user's mistake: a clear 4xx, never a 500.
          expect(res.status, `${path} ${JSON.stringify(form)}`).toBeLessThan(500);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  it('never answers the API with a server error for odd query strings', async () => {
    const c = new Client(app, f.host);
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (page, pageSize, q) => {
        const res = await c.get(`/api/v1/proposals?${new URLSearchParams({ page, pageSize, q })}`);
        expect([200, 422]).toContain(res.status);
        if (res.status === 422) expect(res.headers.get('content-type')).toContain('application/problem+json');
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});

describe('references to things that do not exist', () => {
  it('are refused at the field, not with a server error', async () => {
    const db = (await testDatabase()).db;
    const org = await createOrgFixture(db);
    const { app } = await testApp();
    const visitor = new Client(app, org.host);
    const ghost = '00000000-0000-1000-8000-000000000000';
    const res = await visitor.post('/mitmachen', {
      title: 'Ein gültiger Titel',
      body: 'Eine Beschreibung, die lang genug ist.',
      authorKind: 'citizen',
      fieldOfActionId: ghost,
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('href="#f-fieldOfActionId"');
    const cdo = new Client(app, org.host);
    await cdo.login(org.emails.cdo, TEST_PASSWORD);
    const idea = await cdo.post('/intern/ideen/neu', {
      action: 'create',
      title: 'Eine neue Idee',
      proposalIds: [ghost],
      fieldOfActionId: ghost,
    });
    expect(idea.status).toBe(422);
  });
});

describe('consent to processing personal data', () => {
  it('is needed when an e-mail address is given, and not otherwise', async () => {
    const f = await createOrgFixture((await testDatabase()).db, { accounts: false });
    const c = new Client((await testApp()).app, f.host);
    const form = {
      title: 'Mülleimer am Rheinufer leeren',
      body: 'Die Mülleimer am Rheinufer quellen am Wochenende über.',
      authorKind: 'citizen',
    };
    const missing = await c.post('/mitmachen', { ...form, email: 'lena@example.org' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('href="#f-consent"');
    expect(missing.text).toContain('Bitte willigen Sie in die Verarbeitung Ihrer E-Mail-Adresse ein');
    expect(missing.text).toContain('value="lena@example.org"');
    expect((await c.post('/mitmachen', { ...form, email: 'lena@example.org', consent: 'on' })).status).toBe(
      303,
    );
    expect(
      (await c.post('/mitmachen', { ...form, title: 'Mülleimer am Rheinufer öfter leeren' })).status,
    ).toBe(303);
  });
});
