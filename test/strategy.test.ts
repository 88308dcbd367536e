import { beforeAll, describe, expect, it } from 'vitest';
import { setStrategyLinks } from '../src/modules/projects/projects.service.ts';
import { ZGoalInput, ZKpiInput, ZMeasurementInput } from '../src/modules/strategy/strategy.schemas.ts';
import {
  charterGuidelines,
  createGoal,
  createKpi,
  recordMeasurement,
} from '../src/modules/strategy/strategy.service.ts';
import { lineChartSvg } from '../src/platform/charts/charts.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { attempt, Client, testApp, testDatabase } from './helpers.ts';

describe('strategy: goals, the Smart City Charter and KPIs', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  it('labels a KPI chart with the dates of its few measurements (31.12.2019 is not "2020")', () => {
    const svg = lineChartSvg({
      points: [
        { date: new Date('2019-12-31T00:00:00Z'), value: 10 },
        { date: new Date('2020-12-31T00:00:00Z'), value: 14 },
        { date: new Date('2021-12-31T00:00:00Z'), value: 19 },
      ],
      unit: 'Leistungen',
      label: 'Test',
      locale: 'de-DE',
    });
    expect(svg).toContain('31.12.2019');
    expect(svg).toContain('31.12.2021');
    expect(svg).not.toMatch(/>2020</);
  });

  it('builds the goal tree with charter links; a sub-goal stays in its field', async () => {
    const db = (await testDatabase()).db;
    const guidelines = await charterGuidelines(db, f.tenant.id);
    expect(guidelines.map((g) => g.title)).toEqual([
      'Ziele, Strategien und Strukturen',
      'Transparenz, Teilhabe und Mitgestaltung',
      'Infrastrukturen, Daten und Dienstleistungen',
      'Ressourcen, Kompetenzen und Kooperation',
    ]);
    expect(await charterGuidelines(db, f.tenant.id)).toHaveLength(4);
    const cdo = await f.actor('cdo');
    const goal = await createGoal(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZGoalInput, {
        title: 'Alle Leistungen online',
        fieldOfActionId: f.field.id,
        guidelineIds: [guidelines[2]!.id],
      }),
    );
    await createGoal(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZGoalInput, {
        title: 'Terminbuchung online',
        fieldOfActionId: f.field.id,
        parentId: goal.id,
      }),
    );
    await expect(
      attempt(async () =>
        createGoal(
          db,
          f.tenant.id,
          await f.actor('headA'),
          parseInput(ZGoalInput, {
            title: 'Nicht erlaubt',
            fieldOfActionId: f.field.id,
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const page = await new Client(app, f.host).get('/strategie');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/Alle Leistungen online[\s\S]*Terminbuchung online/);
    expect(page.text).toContain('Infrastrukturen, Daten und Dienstleistungen');
    const api = JSON.parse((await new Client(app, f.host).get('/api/v1/fields-of-action')).text);
    const field = api.data.find((x: { id: string }) => x.id === f.field.id);
    expect(
      field.goals.map((g: { title: string; parentId: string | null }) => [g.title, !!g.parentId]),
    ).toEqual([
      ['Alle Leistungen online', false],
      ['Terminbuchung online', true],
    ]);
    expect(field.goals[0].charterGuidelines).toEqual(['infrastrukturen-daten-dienstleistungen']);
  });

  it('defines KPIs the U4SSC way; the owning office head records values; the public sees chart and table', async () => {
    const db = (await testDatabase()).db;
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const bad = await cdo.post('/intern/strategie/kennzahlen', {
      key: 'Online Dienste',
      name: 'Onlinedienste',
      baseline: 'viele',
      baselineYear: '1800',
      direction: 'increase',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Bitte nur Kleinbuchstaben');
    expect(bad.text).toContain('Bitte geben Sie eine Zahl ein');
    expect(bad.text).toContain('Bitte geben Sie ein Jahr zwischen 1990 und 2100 ein');
    expect(bad.text).toContain('value="viele"');
    const kpi = await createKpi(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZKpiInput, {
        key: 'online-anteil',
        name: 'Anteil online beantragter Leistungen',
        definition: 'Anteil der online beantragten an allen Anträgen.',
        unit: '%',
        method: 'Online-Anträge ÷ alle Anträge × 100',
        source: 'Fachverfahren',
        baseline: '12,5',
        baselineYear: '2020',
        target: '80',
        targetYear: '2028',
        direction: 'increase',
        ownerOrgUnitId: f.officeA.id,
      }),
    );
    expect(kpi.baseline).toBe(12.5);
    await expect(
      attempt(async () =>
        recordMeasurement(
          db,
          f.tenant.id,
          await f.actor('headB'),
          kpi.id,
          parseInput(ZMeasurementInput, {
            measuredOn: '2024-12-31',
            value: '30',
          }),
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const [measuredOn, value] of [
      ['2022-12-31', '21'],
      ['2023-12-31', '27,5'],
      ['2024-12-31', '34'],
    ] as const)
      await recordMeasurement(
        db,
        f.tenant.id,
        await f.actor('headA'),
        kpi.id,
        parseInput(ZMeasurementInput, { measuredOn, value }),
      );
    // A second value for the same day corrects the first.
    await recordMeasurement(
      db,
      f.tenant.id,
      await f.actor('headA'),
      kpi.id,
      parseInput(ZMeasurementInput, {
        measuredOn: '2024-12-31',
        value: '35',
      }),
    );
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    const wrong = await head.post(`/intern/strategie/kennzahlen/${kpi.id}`, {
      measuredOn: '31.12.2025',
      value: '',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('gültiges Datum');

    const page = await new Client(app, f.host).get(`/strategie/kennzahlen/${kpi.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('role="img"');
    expect(page.text).toMatch(
      /aria-label="Liniendiagramm Anteil online beantragter Leistungen: 3 Messwerte von 21 % \(2022-12-31\) bis 35 %/,
    );
    expect(page.text).not.toMatch(/<style|style="/);
    expect(page.text).toContain('<caption>Messwerte: Anteil online beantragter Leistungen</caption>');
    expect(page.text).toContain('27,5');
    const api = JSON.parse((await new Client(app, f.host).get(`/api/v1/kpis/${kpi.id}`)).text);
    expect(api.measurements.map((m: { value: number }) => m.value)).toEqual([21, 27.5, 35]);
    expect(
      (await new Client(app, f.host).get('/api/v1/kpis/00000000-0000-0000-0000-000000000000')).status,
    ).toBe(404);
  });
});

describe('projects link to goals and charter guidelines', () => {
  it('the lead links the project; unknown ids are refused; another office cannot', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const { project } = await createProjectFixture(db, f, { title: 'Bürgerkonto' });
    const goal = await createGoal(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZGoalInput, {
        title: 'Leistungen online anbieten',
        fieldOfActionId: f.field.id,
      }),
    );
    const [guideline] = await charterGuidelines(db, f.tenant.id);
    const { app } = await testApp();
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    const page = await lead.get(`/intern/projekte/${project.id}`);
    expect(page.text).toContain('Leistungen online anbieten');
    expect(
      (
        await lead.post(`/intern/projekte/${project.id}/strategie`, {
          goalIds: [goal.id],
          guidelineIds: [guideline!.id],
        })
      ).status,
    ).toBe(303);
    expect((await lead.get(`/intern/projekte/${project.id}`)).text).toMatch(
      new RegExp(`value="${goal.id}"[^>]*checked`),
    );
    expect(
      (
        await lead.post(`/intern/projekte/${project.id}/strategie`, {
          goalIds: ['00000000-0000-0000-0000-000000000000'],
        })
      ).status,
    ).toBe(422);
    const other = new Client(app, f.host);
    await other.login(f.emails.leadB, TEST_PASSWORD);
    expect(
      (await other.post(`/intern/projekte/${project.id}/strategie`, { goalIds: [goal.id] })).status,
    ).toBe(403);
  });

  it('/strategie leads from a goal to its KPIs and to the projects that serve it (user defect 18)', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const cdo = await f.actor('cdo');
    const goal = await createGoal(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZGoalInput, { title: 'Verwaltung ist digital erreichbar', fieldOfActionId: f.field.id }),
    );
    const sub = await createGoal(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZGoalInput, {
        title: 'Termine online buchen',
        fieldOfActionId: f.field.id,
        parentId: goal.id,
      }),
    );
    const kpi = await createKpi(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZKpiInput, {
        key: 'termine-online',
        name: 'Online gebuchte Termine',
        definition: 'Anteil der online gebuchten Termine.',
        unit: '%',
        method: 'Online-Buchungen ÷ alle Termine × 100',
        source: 'Terminsystem',
        baseline: '0',
        baselineYear: '2022',
        target: '80',
        targetYear: '2027',
        direction: 'increase',
        ownerOrgUnitId: f.officeA.id,
        fieldOfActionId: f.field.id,
        goalId: goal.id,
      }),
    );
    await recordMeasurement(
      db,
      f.tenant.id,
      await f.actor('headA'),
      kpi.id,
      parseInput(ZMeasurementInput, { measuredOn: '2025-12-31', value: '40' }),
    );
    const { project: open } = await createProjectFixture(db, f, { title: 'Terminbuchung Bürgeramt' });
    const { project: hidden } = await createProjectFixture(db, f, {
      title: 'Internes Terminkonzept',
      visibility: 'internal',
    });
    const known = { goalIds: new Set([goal.id, sub.id]), guidelineIds: new Set<string>() };
    await setStrategyLinks(db, f.tenant.id, cdo, open.id, { goalIds: [sub.id], guidelineIds: [] }, known);
    await setStrategyLinks(db, f.tenant.id, cdo, hidden.id, { goalIds: [goal.id], guidelineIds: [] }, known);

    const { app } = await testApp();
    const visitor = new Client(app, f.host);
    const overview = await visitor.get('/strategie');
    expect(overview.status).toBe(200);
    const card = overview.text.slice(overview.text.indexOf(`href="/strategie/ziele/${goal.id}"`));
    expect(card.slice(0, 2500)).toContain(`href="/strategie/ziele/${sub.id}"`);
    expect(card.slice(0, 2500)).toContain(`href="/strategie/kennzahlen/${kpi.id}"`);
    expect(card.slice(0, 2500)).toContain('50 % des Wegs vom Ausgangs- zum Zielwert');
    // The internal project is not counted for the public; the public one through the sub-goal is.
    expect(card.slice(0, 2500)).toContain('Ein Projekt dient diesem Ziel');
    expect(card.slice(0, 2500)).toContain('Noch kein Status: 1');

    const page = await visitor.get(`/strategie/ziele/${goal.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 class="kern-heading-large">Verwaltung ist digital erreichbar</h1>');
    expect(page.text).toContain(`href="/projekte/${open.slug}"`);
    expect(page.text).toMatch(/Über das Teilziel:\s*<span>Termine online buchen<\/span>/);
    expect(page.text).not.toContain('Internes Terminkonzept');
    expect(page.text).toContain(`href="/strategie/kennzahlen/${kpi.id}"`);
    expect(page.text).toContain(`href="/projekte?field=${f.field.key}"`);
    expect((await visitor.get(`/strategie/ziele/${sub.id}`)).text).toContain(
      `href="/strategie/ziele/${goal.id}"`,
    );
    expect((await visitor.get('/strategie/ziele/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await visitor.get('/strategie/ziele/nope')).status).toBe(404);
  });
});
