import { beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('the annual agenda: drafted in versions, submitted, adopted by the council, public', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  it('keeps every version, freezes on submission, publishes the adopted version with the decision', async () => {
    const db = (await testDatabase()).db;
    const a = await createProjectFixture(db, f, { title: 'E-Akte in allen Ämtern' });
    const b = await createProjectFixture(db, f, { title: 'Digitale Personalakte', visibility: 'internal' });
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const visitor = new Client(app, f.host);
    const page = await cdo.get('/intern/agenda/2027');
    expect(page.status).toBe(200);
    expect(page.text).toContain('E-Akte in allen Ämtern');
    const empty = await cdo.post('/intern/agenda/2027', { title: 'Agenda 2027', introduction: 'Zu kurz' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Bitte wählen Sie mindestens einen Eintrag aus');
    const v1 = await cdo.post('/intern/agenda/2027', {
      title: 'Agenda Digitale Verwaltung 2027',
      introduction: 'Die Verwaltung setzt 2027 diese Vorhaben um; der Schwerpunkt liegt auf der E-Akte.',
      items: [`project:${a.project.id}`],
    });
    expect(v1.status).toBe(303);
    const v2 = await cdo.post('/intern/agenda/2027', {
      title: 'Agenda Digitale Verwaltung 2027',
      introduction: 'Die Verwaltung setzt 2027 diese Vorhaben um; der Schwerpunkt liegt auf der E-Akte.',
      note: 'Personalakte ergänzt, Idee Sperrmüll aufgenommen',
      items: [`project:${a.project.id}`, `project:${b.project.id}`, `idea:${a.idea.id}`],
    });
    expect(v2.status).toBe(303);
    expect((await visitor.get('/agenda/2027')).status).toBe(404);
    expect((await cdo.post('/intern/agenda/2027/einreichen', {})).status).toBe(303);
    const frozen = await cdo.post('/intern/agenda/2027', {
      title: 'Geändert',
      introduction: 'Nach der Einreichung darf sich nichts mehr ändern, sonst stimmt der Beschluss nicht.',
      items: [`project:${a.project.id}`],
    });
    expect(frozen.status).toBe(409);
    const badUrl = await cdo.post('/intern/agenda/2027/beschluss', {
      decisionDate: '2026-11-09',
      decisionReference: '2613456',
      decidedText: 'Der Rat beschließt die Agenda Digitale Verwaltung 2027.',
      councilDocumentUrl: 'ratsinfo.bonn.de/vo0050.asp?__kvonr=1',
    });
    expect(badUrl.status).toBe(422);
    expect(badUrl.text).toContain('die mit http beginnt');
    expect(badUrl.text).toContain('value="2613456"');
    const adopted = await cdo.post('/intern/agenda/2027/beschluss', {
      decisionDate: '2026-11-09',
      decisionReference: '2613456',
      decidedText: 'Der Rat beschließt die Agenda Digitale Verwaltung 2027.',
      councilDocumentUrl: 'https://www2.bonn.de/bo_ris/daten/o/pdf/26/2613456.pdf',
      oparlUrl: 'https://www2.bonn.de/oparl/bodies/0001/papers/2613456',
    });
    expect(adopted.status).toBe(303);
    const pub = await visitor.get('/agenda/2027');
    expect(pub.status).toBe(200);
    expect(pub.text).toContain('Agenda Digitale Verwaltung 2027');
    expect(pub.text).toContain('2613456');
    expect(pub.text).toContain('E-Akte in allen Ämtern');
    expect(pub.text).not.toContain('Digitale Personalakte');
    expect(pub.text).toContain('Dazu kommt 1 internes Vorhaben');
    const api = JSON.parse((await visitor.get('/api/v1/agendas/2027')).text);
    expect(api).toMatchObject({
      year: 2027,
      version: 2,
      decision: { reference: '2613456' },
      internalItems: 1,
    });
    expect(api.items.map((i: { type: string }) => i.type).sort()).toEqual(['idea', 'project']);
    expect((await visitor.get('/api/v1/agendas/2031')).status).toBe(404);
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    expect((await head.get('/intern/agenda/2027')).status).toBe(200);
    expect((await head.post('/intern/agenda/2028', { title: 'x' })).status).toBe(403);
  });
});
