import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addService, maturityModels, updateService } from '../src/modules/services/services.service.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { addNumberedCopies, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('online services on the OZG maturity models', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  it('ships OZG 1.1 (0–4) and 2.0 (0–7); the responsible office head raises a level; the public sees counts', async () => {
    const db = (await testDatabase()).db;
    const { models, active } = await maturityModels(db, f.tenant.id);
    expect(models.map((m) => [m.key, m.levels.length])).toEqual([
      ['ozg-1.1', 5],
      ['ozg-2.0', 8],
    ]);
    expect(active.key).toBe('ozg-2.0');
    const { project } = await createProjectFixture(db, f, { title: 'Wohngeld digital' });
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const bad = await cdo.post('/intern/onlinedienste', {
      name: 'Wohngeld',
      leikaKey: '123',
      officeId: f.officeA.id,
      level: '9',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Der LeiKa-Schlüssel hat 14 Ziffern');
    expect(bad.text).toContain('value="Wohngeld"');
    const s = await addService(db, f.tenant.id, await f.actor('cdo'), {
      name: 'Wohngeld beantragen',
      leikaKey: '99107004017000',
      officeId: f.officeA.id,
      url: 'https://www.bonn.de/wohngeld',
      level: 3,
      projectIds: [project.id],
    });
    await addService(db, f.tenant.id, await f.actor('cdo'), {
      name: 'Hund anmelden',
      leikaKey: '99021001001000',
      officeId: f.officeB.id,
      level: 6,
      projectIds: [],
    });
    await expect(
      addService(db, f.tenant.id, await f.actor('cdo'), {
        name: 'Doppelt',
        leikaKey: '99021001001000',
        officeId: f.officeB.id,
        level: 1,
        projectIds: [],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const input = {
      name: s.name,
      leikaKey: s.leikaKey,
      officeId: s.officeId,
      url: s.url ?? undefined,
      level: 5,
      projectIds: [project.id],
    };
    await expect(updateService(db, f.tenant.id, await f.actor('headB'), s.id, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await updateService(db, f.tenant.id, await f.actor('headA'), s.id, input);
    // The office head may not hand the service to another office (the rule holds after the change too).
    await expect(
      updateService(db, f.tenant.id, await f.actor('headA'), s.id, { ...input, officeId: f.officeB.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateService(db, f.tenant.id, await f.actor('cdo'), s.id, { ...input, officeId: f.officeA.id });

    const page = await new Client(app, f.host).get('/onlinedienste');
    expect(page.status).toBe(200);
    expect(page.text).toContain('role="img"');
    expect(page.text).toContain('Balkendiagramm: 2 Leistungen');
    expect(page.text).toContain('5 – Digitaler Bescheid');
    expect(page.text).toContain('/projekte/');
    const filtered = await new Client(app, f.host).get('/onlinedienste?stufe=6');
    expect(filtered.text).toContain('Hund anmelden');
    expect(filtered.text).not.toContain('Wohngeld beantragen</a>');
    const api = JSON.parse((await new Client(app, f.host).get('/api/v1/online-services')).text);
    expect(api.maturityModel.key).toBe('ozg-2.0');
    expect(api.maturityModel.levels.find((l: { level: number }) => l.level === 5).count).toBe(1);
    expect(api.data.find((x: { name: string }) => x.name === 'Wohngeld beantragen').maturityLevel).toBe(5);
  });

  it('offers a city’s thousands of projects as a select beside the chosen ones, not a box for each', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const first = await createProjectFixture(db, g, { title: 'Projekt 000' });
    await addNumberedCopies(db, g.tenant.id, first.project, 229, 'Projekt ', 3);
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const form = (await cdo.get('/intern/onlinedienste')).text;
    expect(form).not.toContain('type="checkbox" name="projectIds"');
    const select = form.match(/<select[^>]*name="projectIds"[^>]*>(.*?)<\/select>/s)![1]!;
    expect(select.match(/<option/g)).toHaveLength(231);
    const [, chosen] = select.match(/<option value="([^"]+)">Projekt 042<\/option>/)!;
    const short = await cdo.post('/intern/onlinedienste', { name: 'Sp', leikaKey: '1', level: '2' });
    expect(short.status).toBe(422);
    // The summary names the fields in the form's order, and a name too short says so.
    expect(short.text).toContain('Bitte geben Sie mindestens 3 Zeichen ein.');
    expect(short.text.indexOf('href="#f-name"')).toBeLessThan(short.text.indexOf('href="#f-leikaKey"'));
    const sent = await cdo.post('/intern/onlinedienste', {
      name: 'Anwohnerparkausweis',
      leikaKey: '99107004017001',
      officeId: g.officeA.id,
      level: '2',
      projectIds: chosen!,
    });
    expect(sent.status).toBe(303);
    const [service] = await (await testDatabase()).rows<{ id: string }>(
      sql`select id from online_services where tenant_id = ${g.tenant.id} and name = 'Anwohnerparkausweis'`,
    );
    const edit = (await cdo.get(`/intern/onlinedienste/${service!.id}`)).text;
    // The chosen one as a box to keep or clear, and the select for one more, on "none", without it.
    expect(edit).toMatch(
      new RegExp(`type="checkbox"[^>]*name="projectIds"[^>]*value="${chosen}"[^>]*checked`),
    );
    const offered = edit.match(/<select[^>]*name="projectIds"[^>]*>(.*?)<\/select>/s)![1]!;
    expect(offered.match(/<option/g)).toHaveLength(230);
    expect(offered).not.toContain(`value="${chosen}"`);
    const again = await cdo.post(`/intern/onlinedienste/${service!.id}`, {
      name: 'Anwohnerparkausweis',
      leikaKey: '99107004017001',
      officeId: g.officeA.id,
      level: '3',
      projectIds: [chosen!, ''],
    });
    expect(again.status).toBe(303);
    const links = await (await testDatabase()).rows<{ project_id: string }>(
      sql`select project_id from service_projects where tenant_id = ${g.tenant.id} and service_id = ${service!.id}`,
    );
    expect(links.map((l) => l.project_id)).toEqual([chosen]);
  });
});
