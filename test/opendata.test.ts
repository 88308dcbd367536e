import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('open data', () => {
  let f: OrgFixture;
  let c: Client;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await createProjectFixture(db, f);
    await db.insert(proposals).values([
      {
        tenantId: f.tenant.id,
        number: 'X-1',
        title: 'Geheim, noch nicht moderiert',
        body: 'Text',
        authorKind: 'citizen',
        state: 'submitted',
        email: 'privat@example.org',
      },
      {
        tenantId: f.tenant.id,
        number: 'X-2',
        title: 'Ausgeblendet',
        body: 'Werbung',
        authorKind: 'citizen',
        state: 'hidden',
      },
      ...["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'].map((title, i) => ({
        tenantId: f.tenant.id,
        number: `F-${i}`,
        title,
        body: 'Formel',
        authorKind: 'citizen' as const,
        state: 'published' as const,
      })),
      ...Array.from({ length: 2_345 }, (_, i) => ({
        tenantId: f.tenant.id,
        number: `P-${i}`,
        title: `Vorschlag "${i}", mit Komma`,
        body: 'Zeile 1\nZeile 2',
        authorKind: 'citizen' as const,
        state: 'published' as const,
        email: 'x@example.org',
      })),
    ]);
    c = new Client((await testApp()).app, f.host);
  });

  it('lists the data sets with their documented fields, built from the manifests', async () => {
    const page = await c.get('/daten');
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/daten/vorschlaege.csv"');
    expect(page.text).toContain('href="/daten/projektideen.json"');
    const readme = await c.get('/daten/vorschlaege');
    expect(readme.text).toContain('<code>author_kind</code>');
    expect(readme.text).toContain('Nummern der Projektideen');
    const doc = JSON.parse((await c.get('/api/v1/openapi.json')).text);
    expect(doc.externalDocs.url).toMatch(/\/daten$/);
  });

  it('exports published proposals as CSV and JSON, page by page, without personal data', async () => {
    const csv = await c.get('/daten/vorschlaege.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2_352);
    expect(rows.find((r) => r.number === 'P-7')).toMatchObject({
      title: 'Vorschlag "7", mit Komma',
      body: 'Zeile 1\nZeile 2',
      state: 'published',
    });
    expect(rows.find((r) => r.state === 'merged')!.ideas).toMatch(/^I-/);
    expect(csv.text).not.toContain('@example.org');
    expect(csv.text).not.toContain('Geheim');
    expect(csv.text).not.toContain('Ausgeblendet');
    const json = JSON.parse((await c.get('/daten/vorschlaege.json')).text);
    expect(json.data).toHaveLength(2_352);
    expect(json.fields.map((x: { name: string }) => x.name)).toContain('ideas');
    expect(json.data[0].created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const ideas = JSON.parse((await c.get('/daten/projektideen.json')).text);
    expect(ideas.data).toHaveLength(1);
    expect(ideas.data[0].proposal_count).toBe(1);
    expect((await c.get('/daten/nichts.csv')).status).toBe(404);
    // Downloads stream; the response cache never buffers them.
    expect((await c.get('/daten/vorschlaege.csv')).headers.get('x-cache')).toBeNull();
  });

  it('neutralises cells a spreadsheet would run as a formula (CSV injection)', async () => {
    const csv = await c.get('/daten/vorschlaege.csv');
    const titles = (parse(csv.text, { columns: true }) as Record<string, string>[]).map((r) => r.title);
    for (const formula of ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR']) {
      expect(titles).toContain(`'${formula}`);
      expect(titles).not.toContain(formula);
    }
    // JSON carries the text as it is.
    const json = JSON.parse((await c.get('/daten/vorschlaege.json')).text);
    expect(json.data.map((r: { title: string }) => r.title)).toContain("=cmd|' /C calc'!A0");
  });
});
