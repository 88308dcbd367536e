import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoringModel } from '../src/modules/scoring/scoring.service.ts';
import { addDays, currentDay } from '../src/platform/dates.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { addNumberedCopies, createProjectFixture } from './fixtures/projects.ts';
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
    // Submitting freezes it: asked once more first, with the version and what it means (walk).
    const ask = await cdo.post('/intern/agenda/2027/einreichen', {});
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('Sie legen Version 2 mit 3 Vorhaben vor.');
    expect((await cdo.post('/intern/agenda/2027/einreichen', { bestaetigt: 'ja' })).status).toBe(303);
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
    // A decision after today is refused (walk: 2030 was published and could not be taken back).
    const future = await cdo.post('/intern/agenda/2027/beschluss', {
      decisionDate: addDays(currentDay('Europe/Berlin'), 2),
      decisionReference: '2613456',
      decidedText: 'Der Rat beschließt die Agenda Digitale Verwaltung 2027.',
      councilDocumentUrl: '',
    });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Das Datum des Beschlusses darf nicht nach heute liegen.');
    // A text too short has its own message, not the proposal form's.
    const short = await cdo.post('/intern/agenda/2027/beschluss', {
      decisionDate: '2026-11-09',
      decisionReference: '2613456',
      decidedText: 'Kurz',
      councilDocumentUrl: '',
    });
    expect(short.text).toContain('Bitte geben Sie mindestens 10 Zeichen ein.');
    expect(short.text).not.toContain('Ihren Vorschlag');
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

  it('offers a city’s ranking as its first hundred and the chosen ones, with a select for one more', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const first = await createProjectFixture(db, g, { title: 'Vorhaben 000' });
    await addNumberedCopies(db, g.tenant.id, first.project, 229, 'Vorhaben ', 3);
    // The first 150 scored, the lower numbers higher (ranks 1–150); the other 80 unscored.
    await scoringModel(db, g.tenant.id);
    await db.execute(sql`
      insert into scores (tenant_id, subject_type, subject_id, criterion_id, score, justification)
      select p.tenant_id, 'project', p.id, k.id, 5 - (substr(p.title, 10)::int / 30), 'Begründung'
        from projects p cross join scoring_criteria k
       where p.tenant_id = ${g.tenant.id} and k.tenant_id = ${g.tenant.id}
         and substr(p.title, 10)::int < 150`);
    const ids = new Map(
      (
        await (
          await testDatabase()
        ).rows<{ id: string; title: string }>(
          sql`select id, title from projects where tenant_id = ${g.tenant.id}`,
        )
      ).map((r) => [r.title, r.id]),
    );
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const boxes = (html: string) => html.match(/type="checkbox" name="items"/g)?.length ?? 0;
    const select = (html: string) => html.match(/<select[^>]*name="items"[^>]*>(.*?)<\/select>/s)![1]!;
    const page = (await cdo.get('/intern/agenda/2028')).text;
    expect(boxes(page)).toBe(100);
    // The select has an id of its own: the fieldset of boxes has the field's (the error summary's target).
    expect(page).toContain('<fieldset class="kern-fieldset" id="f-items"');
    expect(page).toMatch(/<select[^>]*id="f-items-add"[^>]*name="items"/);
    expect(page).toContain('<label class="kern-label" for="f-items-add">');
    // The other 50 ranked and the 80 unscored, after "none".
    expect(select(page).match(/<option/g)).toHaveLength(1 + 50 + 80);
    const ranked = `project:${ids.get('Vorhaben 003')}`;
    const further = `project:${ids.get('Vorhaben 200')}`;
    expect(select(page)).toContain(`value="${further}"`);
    const saved = await cdo.post('/intern/agenda/2028', {
      title: 'Agenda Digitale Verwaltung 2028',
      introduction: 'Die Verwaltung setzt 2028 diese Vorhaben um, zuerst die der Priorisierung.',
      items: [ranked, further],
    });
    expect(saved.status).toBe(303);
    // The one added through the select is a box now, and no longer offered by the select.
    const again = (await cdo.get('/intern/agenda/2028')).text;
    expect(boxes(again)).toBe(101);
    expect(again).toMatch(new RegExp(`type="checkbox" name="items" value="${further}"[^>]*checked`));
    expect(select(again)).not.toContain(`value="${further}"`);
    // Keeping the boxes with the select on "none" sends its empty value, which is no choice.
    const kept = await cdo.post('/intern/agenda/2028', {
      title: 'Agenda Digitale Verwaltung 2028',
      introduction: 'Die Verwaltung setzt 2028 diese Vorhaben um, zuerst die der Priorisierung.',
      items: [ranked, ''],
    });
    expect(kept.status).toBe(303);
    const none = await cdo.post('/intern/agenda/2028', {
      title: 'Agenda Digitale Verwaltung 2028',
      introduction: 'Die Verwaltung setzt 2028 diese Vorhaben um, zuerst die der Priorisierung.',
      items: [''],
    });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Bitte wählen Sie mindestens einen Eintrag aus');
  });
});
