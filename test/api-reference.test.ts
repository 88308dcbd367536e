import { beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('a readable API reference rendered from the OpenAPI document', () => {
  let f: OrgFixture;
  let c: Client;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    c = new Client((await testApp()).app, f.host);
  });

  it('lists every operation of the document with its parameters and answers, and every data type', async () => {
    const doc = JSON.parse((await c.get('/api/v1/openapi.json')).text) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const page = await c.get('/daten/api');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item)) expect(page.text).toContain(`${method.toUpperCase()} ${path}`);
    for (const name of Object.keys(doc.components.schemas))
      expect(page.text).toContain(`<code>${name}</code>`);
    expect(page.text).toContain('Parameter');
    // A type built on another (allOf) lists the other's fields and its own, not an empty name.
    const detail = page.text.slice(page.text.indexOf('id="schema-ProjectDetail"'));
    expect(detail.slice(0, detail.indexOf('</section>'))).toMatch(
      /<code>title<\/code>[\s\S]*<code>milestones<\/code>/,
    );
    expect(page.text).toContain('href="/api/v1/openapi.json"');
    // The document's English texts say their language on the German page, and the page says so too.
    expect(page.text).toContain('Die Beschreibungen der Schnittstelle stehen auf Englisch');
    const english = [...page.text.matchAll(/<(p|span|td)[^>]*lang="en"[^>]*>/g)];
    expect(english.length).toBeGreaterThan(Object.keys(doc.paths).length);
    // The footer leads here, not to raw JSON.
    expect((await c.get('/')).text).toContain('href="/daten/api"');
  });
});
