import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, roleAssignments } from '../src/modules/orgs/orgs.table.ts';
import { ZProcessInput, ZTrainingInput } from '../src/modules/workforce/workforce.schemas.ts';
import { addProcess, addTraining, trainingOverview } from '../src/modules/workforce/workforce.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';

describe('process inventory and trainings', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  it('an office head keeps their own office inventory; the map shows states and redesigns', async () => {
    const db = (await testDatabase()).db;
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    const bad = await head.post('/intern/prozesse', { officeId: f.officeA.id, name: 'Ab' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('value="Ab"');
    expect(
      (
        await head.post('/intern/prozesse', {
          officeId: f.officeA.id,
          name: 'Aufgrabungsgenehmigung',
          digitalState: 'partly_digital',
          redesigned: 'on',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await head.post('/intern/prozesse', {
          officeId: f.officeB.id,
          name: 'Fremdes Amt',
          digitalState: 'analog',
        })
      ).status,
    ).toBe(403);
    await addProcess(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZProcessInput, {
        officeId: f.officeB.id,
        name: 'Baumfällgenehmigung',
        digitalState: 'end_to_end',
        redesigned: false,
      }),
    );
    const page = await new Client(app, f.host);
    await page.login(f.emails.staff, TEST_PASSWORD);
    const map = await page.get('/intern/prozesse');
    expect(map.status).toBe(200);
    expect(map.text).toContain(
      '2 Prozesse erfasst: 0 % analog, 50 % teilweise digital, 50 % Ende-zu-Ende digital; 1 neu gestaltet',
    );
    expect(map.text).toContain('Aufgrabungsgenehmigung');
  });

  it('records trainings; coverage per office counts people with a project- or process-management course', async () => {
    const db = (await testDatabase()).db;
    await expect(
      attempt(async () =>
        addTraining(
          db,
          f.tenant.id,
          await f.actor('headA'),
          parseInput(ZTrainingInput, {
            title: 'PM-Grundlagen',
            kind: 'project_management',
            heldOn: '2026-03-01',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await addTraining(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZTrainingInput, {
        title: 'Projektmanagement kompakt',
        kind: 'project_management',
        heldOn: '2026-03-01',
        provider: 'Studieninstitut Rhein-Sieg',
        accountIds: [f.ids.leadA, f.ids.staff, f.ids.depHead],
      }),
    );
    const overview = await trainingOverview(db, f.tenant.id, await f.actor('staff'));
    // The department head takes part too, listed under the department; coverage counts the offices.
    expect(overview.people.find((p) => p.id === f.ids.depHead)?.office).toBe(f.department.name);
    expect(overview.coverage.map((c) => c.office.id)).not.toContain(f.department.id);
    expect(overview.trainings.find((t) => t.title === 'Projektmanagement kompakt')?.participants).toBe(3);
    const a = overview.coverage.find((c) => c.office.id === f.officeA.id)!;
    expect(a.projectManagement).toBe(2);
    expect(a.processManagement).toBe(0);
    expect(a.people).toBeGreaterThanOrEqual(3);
    expect(overview.mine.map((m) => m.title)).toEqual(['Projektmanagement kompakt']);
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    const page = await staff.get('/intern/schulungen');
    expect(page.text).toContain('Ihre Kurse');
    expect(page.text).not.toContain('Kurs erfassen');
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const bad = await cdo.post('/intern/schulungen', { title: 'Prozesse', kind: 'x', heldOn: '1.1.2026' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('gültiges Datum');
    // A title too short is not called empty.
    const short = await cdo.post('/intern/schulungen', {
      title: 'x',
      kind: 'project_management',
      heldOn: '2026-03-01',
    });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Bitte geben Sie mindestens 3 Zeichen ein.');
    expect(short.text).not.toContain('Bitte füllen Sie dieses Feld aus.');
  });

  it('offers a city’s hundreds of staff as participants by office, the ticked ones’ offices open', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const made = await db
      .insert(accounts)
      .values(
        Array.from({ length: 210 }, (_, i) => ({
          tenantId: g.tenant.id,
          email: `person${i}@${g.host}`,
          displayName: `Person ${String(i).padStart(3, '0')}`,
          passwordHash: 'x',
        })),
      )
      .returning({ id: accounts.id });
    await db.insert(roleAssignments).values(
      made.map((a, i) => ({
        tenantId: g.tenant.id,
        accountId: a.id,
        role: 'staff' as const,
        orgUnitId: (i % 2 ? g.officeA : g.officeB).id,
      })),
    );
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const form = (await cdo.get('/intern/schulungen')).text;
    const groups = [
      ...form.matchAll(/<details class="choice-group"( open="")?><summary[^>]*>([^<]*)<\/summary>/g),
    ];
    // The offices, then the department for its head (who takes courses too).
    expect(groups.map((m) => m[2])).toEqual([
      expect.stringMatching(new RegExp(`^${g.officeA.name} \\(\\d+\\)$`)),
      expect.stringMatching(new RegExp(`^${g.officeB.name} \\(\\d+\\)$`)),
      `${g.department.name} (1)`,
    ]);
    // Within an office, by name.
    const namesA = [...form.slice(0, form.indexOf(g.officeB.name + ' (')).matchAll(/>(Person \d{3})</g)].map(
      (m) => m[1],
    );
    expect(namesA).toEqual([...namesA].sort());
    expect(groups.every((m) => !m[1])).toBe(true);
    expect(form.match(/type="checkbox"[^>]*name="accountIds"/g)!.length).toBeGreaterThanOrEqual(210);
    // A form sent with an error keeps the ticks, and the office of the ticked person opens.
    const bad = await cdo.post('/intern/schulungen', {
      title: 'Prozessmanagement',
      kind: 'process_management',
      heldOn: 'gestern',
      accountIds: [made[0]!.id],
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toMatch(
      new RegExp(`<details class="choice-group" open=""><summary[^>]*>${g.officeB.name} \\(`),
    );
    expect(bad.text).toMatch(new RegExp(`value="${made[0]!.id}" checked=""`));
  });
});
