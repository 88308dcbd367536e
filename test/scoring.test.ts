import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUICK_WIN } from '../src/modules/scoring/scoring.rank.ts';
import { ranking, scoreSubject, scoringModel } from '../src/modules/scoring/scoring.service.ts';
import { portfolioChartSvg } from '../src/platform/charts/charts.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { addNumberedCopies, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('prioritisation: versioned weights, justified scores, a rank anyone can recompute', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  it('ranks by the weighted mean, flags quick wins, and publishes only public projects', async () => {
    const db = (await testDatabase()).db;
    const model = await scoringModel(db, f.tenant.id);
    expect(model.current.version).toBe(1);
    expect(model.criteria).toHaveLength(7);
    const byKey = (k: string) => model.criteria.find((c) => c.key === k)!.id;
    const pub = await createProjectFixture(db, f, { title: 'Digitaler Bauantrag' });
    const internal = await createProjectFixture(db, f, {
      title: 'Neue Telefonanlage',
      visibility: 'internal',
    });
    const cdo = await f.actor('cdo');
    const all = (s: string) =>
      model.criteria.map((c) => ({ criterionId: c.id, score: s, justification: 'Begründung im Test' }));
    await scoreSubject(db, f.tenant.id, cdo, 'project', pub.project.id, all('4'));
    await scoreSubject(db, f.tenant.id, cdo, 'project', internal.project.id, [
      { criterionId: byKey('nutzen-buerger'), score: '1', justification: 'Kaum sichtbar für Bürger' },
      { criterionId: byKey('kosten'), score: '2', justification: 'Teuer' },
    ]);
    await expect(
      scoreSubject(db, f.tenant.id, await f.actor('headA'), 'project', pub.project.id, all('5')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      scoreSubject(db, f.tenant.id, cdo, 'project', pub.project.id, [
        { criterionId: byKey('klima'), score: '7', justification: '' },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // Each refusal names its criterion, so a summary of several says which is meant (walk).
    await expect(
      scoreSubject(db, f.tenant.id, cdo, 'project', pub.project.id, [
        { criterionId: byKey('klima'), score: '3', justification: '' },
        { criterionId: byKey('kosten'), score: '2', justification: '' },
      ]),
    ).rejects.toMatchObject({
      fields: {
        [`why-${byKey('klima')}`]: {
          key: 'scoring.justificationRequired',
          values: { criterion: expect.any(String) },
        },
        [`why-${byKey('kosten')}`]: {
          key: 'scoring.justificationRequired',
          values: { criterion: expect.any(String) },
        },
      },
    });

    const { items } = await ranking(db, f.tenant.id, { publicOnly: false });
    expect(items.map((i) => [i.title, i.rank])).toEqual([
      ['Digitaler Bauantrag', 1],
      ['Neue Telefonanlage', 2],
    ]);
    expect(items[0]!.total).toBeCloseTo(4);
    expect(items[0]!.quickWin).toBe(true);
    // Weighted mean over the scored criteria: (25 × 1 + 10 × 2) / (25 + 10).
    expect(items[1]!.total).toBeCloseTo(45 / 35);
    expect(items[1]!.quickWin).toBe(false);

    const visitor = new Client(app, f.host);
    const page = await visitor.get('/priorisierung');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Digitaler Bauantrag');
    expect(page.text).not.toContain('Neue Telefonanlage');
    expect(page.text).toContain('Nutzen für Bürgerinnen und Bürger');
    expect(page.text).toContain('Begründung im Test');
    expect(page.text).toContain('role="img"');
  });

  it('shades exactly the area where the ranking puts quick wins', () => {
    const items = [
      { rank: 1, value: 4, effort: 1, quickWin: true },
      // Value 3.5 and effort 2 (ease 3): not a quick win, though the old shading (effort ≤ 2.5) held it.
      { rank: 2, value: 3.5, effort: 2, quickWin: false },
      { rank: 3, value: 2.8, effort: 1, quickWin: false },
    ];
    const svg = portfolioChartSvg({
      items,
      label: 'Test',
      xLabel: 'Aufwand',
      yLabel: 'Nutzen',
      quickWinLabel: 'Quick Wins',
      locale: 'de-DE',
      quickWinArea: { minValue: QUICK_WIN.value, maxEffort: 5 - QUICK_WIN.ease },
    });
    // Ticks in the page's number format (decimal comma in German).
    expect(svg).toMatch(/>[0-4],5</);
    expect(svg).not.toMatch(/>[0-4]\.5</);
    // Drawn for a wide and a narrow screen: both shade the same area.
    const variants = svg.split('</svg>').filter((v) => v.includes('<svg'));
    expect(variants).toHaveLength(2);
    for (const variant of variants) expectQuickWins(variant);
  });

  function expectQuickWins(svg: string) {
    const items = [{ quickWin: true }, { quickWin: false }, { quickWin: false }];
    const attr = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)![1]);
    const area = svg.slice(svg.indexOf('fill="#e4f1e8"'));
    const rect = /<rect[^>]*>/.exec(area)![0];
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => attr(rect, n)) as [
      number,
      number,
      number,
      number,
    ];
    const dots = [...svg.matchAll(/<circle[^>]*>/g)].map((m) => [attr(m[0], 'cx'), attr(m[0], 'cy')]);
    expect(dots).toHaveLength(items.length);
    const inside = dots.map(([cx, cy]) => cx! >= x && cx! <= x + w && cy! >= y && cy! <= y + h);
    expect(inside).toEqual(items.map((i) => i.quickWin));
  }

  it('a change of weights is a new version with its reason; only the CDO team may make it', async () => {
    const db = (await testDatabase()).db;
    const model = await scoringModel(db, f.tenant.id);
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const form: Record<string, string> = Object.fromEntries(
      model.criteria.map((c) => [`weight-${c.id}`, '10']),
    );
    const noReason = await cdo.post('/intern/priorisierung/gewichte', {
      ...form,
      [`weight-${model.criteria[0]!.id}`]: '150',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('Bitte nennen Sie den Anlass');
    expect(noReason.text).toContain('Gewicht von 0 bis 100');
    expect(noReason.text).toContain('value="150"');
    const ok = await cdo.post('/intern/priorisierung/gewichte', {
      ...form,
      note: 'Alle Kriterien gleich gewichtet',
    });
    expect(ok.status).toBe(303);
    const after = await scoringModel(db, f.tenant.id);
    expect(after.current.version).toBe(2);
    expect([...after.weights.values()]).toEqual(model.criteria.map(() => 10));
    expect(after.history.map((h) => h.version)).toEqual([2, 1]);
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    expect((await head.get('/intern/priorisierung')).status).toBe(200);
    expect((await head.post('/intern/priorisierung/gewichte', { ...form, note: 'x' })).status).toBe(403);
  });

  it('lists what is still unscored a hundred at a time', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const first = await createProjectFixture(db, g, { title: 'Offen 000' });
    await addNumberedCopies(db, g.tenant.id, first.project, 149, 'Offen ', 3);
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const unscored = (html: string) => [...html.matchAll(/>(Offen \d{3})</g)].map((m) => m[1]);
    const one = (await cdo.get('/intern/priorisierung')).text;
    expect(unscored(one)).toHaveLength(100);
    expect(one).toContain('Seite 1 von 2');
    expect(one).toContain('href="/intern/priorisierung?offen=2#unscored-title" rel="next"');
    const two = (await cdo.get('/intern/priorisierung?offen=2')).text;
    expect(unscored(two)).toEqual(Array.from({ length: 50 }, (_, i) => `Offen ${100 + i}`));
  });

  it('ranks a hundred at a time, the chart drawing the page’s entries, on both pages', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const first = await createProjectFixture(db, g, { title: 'Rang 000' });
    await addNumberedCopies(db, g.tenant.id, first.project, 149, 'Rang ', 3);
    // Every project scored on every criterion, the lower numbers higher: "Rang 000" ranks first.
    await scoringModel(db, g.tenant.id);
    await db.execute(sql`
      insert into scores (tenant_id, subject_type, subject_id, criterion_id, score, justification)
      select p.tenant_id, 'project', p.id, k.id, 5 - (substr(p.title, 6)::int / 30), 'Begründung'
        from projects p cross join scoring_criteria k
       where p.tenant_id = ${g.tenant.id} and k.tenant_id = ${g.tenant.id}`);
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const rescored = (html: string) => html.match(/href="\/intern\/priorisierung\/projekt\//g)?.length ?? 0;
    const one = (await cdo.get('/intern/priorisierung')).text;
    expect(rescored(one)).toBe(100);
    expect(one).toContain('Rang 1 bis 100 von 150 bewerteten Einträgen, nach Gesamtpunktzahl');
    expect(one).toContain('Portfolio-Diagramm der Ränge 1 bis 100');
    expect(one).toContain('href="/intern/priorisierung?rang=2#ranking" rel="next"');
    const two = (await cdo.get('/intern/priorisierung?rang=2')).text;
    expect(rescored(two)).toBe(50);
    expect(two).toContain('Rang 101 bis 150 von 150 bewerteten Einträgen');
    expect(two).toContain('Portfolio-Diagramm der Ränge 101 bis 150');
    // The other list's page is kept in each list's links where it exists: everything is scored here, so
    // the unscored list has no page 3 to keep; each list's pages are a landmark of their own name.
    const both = (await cdo.get('/intern/priorisierung?rang=2&offen=3')).text;
    expect(both).toContain('href="/intern/priorisierung#ranking" rel="prev"');
    expect(both).toContain('<nav class="pagination" aria-label="Seiten der Rangliste">');
    const past = (await cdo.get('/intern/priorisierung?rang=9')).text;
    expect(past).toContain('Diese Seite gibt es nicht, die Liste hat 2 Seiten.');
    expect(past).not.toContain('<figure');

    const visitor = new Client(app, g.host);
    const pub = (await visitor.get('/priorisierung?rang=2')).text;
    expect(pub).toContain('Rang 101 bis 150 von 150 bewerteten Einträgen');
    expect(pub.match(/<a class="kern-link" href="\/projekte\//g)).toHaveLength(50);
    const originals = (await visitor.get('/en/priorisierung?original=1')).text;
    expect(originals).toContain('Ranks 1 to 100 of 150 scored entries');
    expect(originals).toContain('?original=1&amp;rang=2#ranking');
  });
});
