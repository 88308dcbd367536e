import { beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase, entryTitles as titles } from './helpers.ts';

/** A search that finds nothing because of a typo offers the corrected search, when that finds something. */
describe('"Meinten Sie …?" on the proposal list', () => {
  let f: OrgFixture;
  let c: Client;
  beforeAll(async () => {
    const database = await testDatabase();
    f = await createOrgFixture(database.db);
    c = new Client((await testApp()).app, f.host);
    await database.db.insert(proposals).values(
      [
        ['Fahrradstraße am Rhein', 'Die Fahrradstraße braucht Licht.', 'published'],
        ['Bänke an der Fahrradstraße', 'Entlang der Fahrradstraße fehlen Bänke.', 'published'],
        ['Bürgeramt samstags öffnen', 'Das Bürgeramt in Beuel sollte samstags öffnen.', 'published'],
        ['Termine online', 'Termine beim Bürgeramt online buchen.', 'published'],
        ['Schwimmbad in Beuel', 'Noch nicht geprüft: Schwimmbad Schwimmbad.', 'submitted'],
        ['Schwimmbad Bad Godesberg', 'Ebenfalls in der Moderation: Schwimmbad.', 'submitted'],
      ].map(([title, body, state], i) => ({
        tenantId: f.tenant.id,
        number: `V-SP${i}000`,
        title: title!,
        body: body!,
        authorKind: 'citizen' as const,
        state: state as 'published' | 'submitted',
      })),
    );
  });

  const suggestionLink = (html: string) =>
    /<a class="kern-link" href="(\/mitmachen\/vorschlaege\?[^"]*)">Meinten Sie „\u2068([^“]*)\u2069“\?<\/a>/.exec(
      html,
    );

  it('offers the corrected words, and they find the proposals', async () => {
    // The proposals' words are read on the first search that needs them, in the background.
    await expect
      .poll(async () => suggestionLink((await c.get('/mitmachen/vorschlaege?q=Fahradstrase')).text)?.[2])
      .toBe('Fahrradstraße');
    const miss = await c.get('/mitmachen/vorschlaege?q=Fahradstrase');
    expect(miss.text).toContain('0 Vorschläge gefunden');
    const href = suggestionLink(miss.text)![1]!.replace(/&amp;/g, '&');
    expect(new URL(href, 'http://x').searchParams.get('q')).toBe('Fahrradstraße');
    const found = await c.get(href);
    expect(titles(found.text).sort()).toEqual(['Bänke an der Fahrradstraße', 'Fahrradstraße am Rhein']);
    // One word corrected among others, and the English page.
    expect(suggestionLink((await c.get('/mitmachen/vorschlaege?q=B%C3%BCrgeramd%20Beuel')).text)?.[2]).toBe(
      'Bürgeramt Beuel',
    );
    expect((await c.get('/en/mitmachen/vorschlaege?q=Fahradstrase')).text).toContain(
      'Did you mean “\u2068Fahrradstraße\u2069”?',
    );
  });

  it('offers nothing that would find nothing, nor words only unpublished proposals use', async () => {
    await expect
      .poll(async () => suggestionLink((await c.get('/mitmachen/vorschlaege?q=Fahradstrase')).text))
      .toBeTruthy();
    // A filter that leaves nothing for the corrected words either.
    const filtered = await c.get('/mitmachen/vorschlaege?q=Fahradstrase&state=merged');
    expect(filtered.text).toContain('0 Vorschläge gefunden');
    expect(suggestionLink(filtered.text)).toBeNull();
    // "Schwimmbad" is only in proposals awaiting moderation: no hint gives them away.
    expect(suggestionLink((await c.get('/mitmachen/vorschlaege?q=Schwimmbat')).text)).toBeNull();
    // Far from every word: the usual advice only.
    const far = await c.get('/mitmachen/vorschlaege?q=Weihnachtsmarkt');
    expect(suggestionLink(far.text)).toBeNull();
    expect(far.text).toContain('Weniger oder andere Suchwörter finden mehr');
  });

  it('tells an API client the corrected search', async () => {
    await expect
      .poll(async () => JSON.parse((await c.get('/api/v1/proposals?q=Fahradstrase')).text).meta.suggestion)
      .toBe('Fahrradstraße');
    const none = JSON.parse((await c.get('/api/v1/proposals?q=Weihnachtsmarkt')).text);
    expect(none.meta).toMatchObject({ total: 0 });
    expect(none.meta).not.toHaveProperty('suggestion');
    const found = JSON.parse((await c.get('/api/v1/proposals?q=Fahrradstra%C3%9Fe')).text);
    expect(found.meta.total).toBe(2);
    expect(found.meta).not.toHaveProperty('suggestion');
    const doc = JSON.parse((await c.get('/api/v1/openapi.json')).text);
    // The page's meta as everywhere, and the suggestion beside it; the readable reference lists it.
    const meta = doc.components.schemas.ProposalPageMeta;
    expect(Object.keys(meta.properties)).toEqual([
      'page',
      'pageSize',
      'total',
      'pages',
      'totalIsLowerBound',
      'suggestion',
    ]);
    expect(meta.properties.suggestion.type).toBe('string');
    expect((await c.get('/daten/api')).text).toMatch(/<code>suggestion<\/code> \(kann fehlen\)/);
  });

  it('lists newest first, and says so, when the search box holds only signs', async () => {
    const signs = await c.get('/mitmachen/vorschlaege?q=%22');
    expect(signs.text).toMatch(/<option value="newest" selected[^>]*>Neueste/);
    expect(signs.text).not.toContain('value="relevance"');
    const chosen = await c.get('/mitmachen/vorschlaege?q=%26%7C!&sort=relevance');
    expect(chosen.text).toMatch(/<option value="newest" selected[^>]*>Neueste/);
    const words = await c.get('/mitmachen/vorschlaege?q=Bank');
    expect(words.text).toMatch(/<option value="relevance" selected[^>]*>Beste Treffer/);
  });

  it('cuts a search longer than the box takes instead of dropping it, and keeps the rest of the address', async () => {
    const long = `Fahrradstraße ${'x'.repeat(300)}`;
    const page = await c.get(`/mitmachen/vorschlaege?q=${encodeURIComponent(long)}&page=abc`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`value="Fahrradstraße ${'x'.repeat(200 - 'Fahrradstraße '.length)}"`);
    expect(page.text).toContain('maxlength="200"');
    expect(page.text).toContain('0 Vorschläge gefunden');
  });
});
