import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { translateMissing } from '../src/modules/translations/translations.service.ts';
import type { Lang } from '../src/platform/i18n/langs.ts';
import { auditEvents, translations, translationUsage } from '../src/platform/platform.table.ts';
import {
  deeplTranslator,
  libreTranslator,
  type MachineTranslator,
  TranslationStopped,
} from '../src/platform/translation/providers.ts';
import { syncGlossary, type TranslationSettings } from '../src/platform/translation/translation.ts';
import { fakeTranslationProvider as fakeProvider } from './fakes/translation.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

const quick = { tries: 3, baseMs: 5, maxMs: 20 };
const subjects = MODULES.flatMap((m) => m.translatable ?? []);
const logger = pino({ level: 'silent' });

function settings(
  translator: MachineTranslator,
  over: Partial<TranslationSettings> = {},
): TranslationSettings {
  return { translator, languages: ['en', 'tr', 'ar'], monthlyCharacters: 1_000_000, logger, ...over };
}

describe('machine translation against local fakes of DeepL and LibreTranslate', () => {
  const fake = fakeProvider();
  let url: string;
  let f: OrgFixture;
  beforeAll(async () => {
    url = await fake.start();
    f = await createOrgFixture((await testDatabase()).db);
  });
  afterAll(() => fake.stop());

  it('speaks DeepL v2: text[], languages, the key header, back-off on 429, a stop on 456 and 403', async () => {
    const deepl = deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, quick);
    fake.fail.push(429, 429);
    const out = await deepl.translate(['Radweg', 'Amt'], 'de', 'en');
    expect(out.texts).toEqual(['[EN-GB] Radweg', '[EN-GB] Amt']);
    expect(out.model).toBe('deepl-v2:quality_optimized');
    const last = fake.requests.at(-1)!;
    expect(last.auth).toBe('DeepL-Auth-Key test-key:fx');
    expect(last.body).toMatchObject({ text: ['Radweg', 'Amt'], source_lang: 'DE', target_lang: 'EN-GB' });
    fake.fail.push(456);
    await expect(deepl.translate(['x'], 'de', 'tr')).rejects.toMatchObject({ reason: 'provider_quota' });
    await expect(
      deeplTranslator({ apiKey: 'wrong', apiUrl: url }, quick).translate(['x'], 'de', 'tr'),
    ).rejects.toBeInstanceOf(TranslationStopped);
    // A provider that keeps failing briefly gives up after its tries with an error, not a hang.
    fake.fail.push(503, 503, 503);
    await expect(deepl.translate(['x'], 'de', 'tr')).rejects.toThrow(/503/);
  });

  it('speaks LibreTranslate: q, source, target, format, api_key', async () => {
    const libre = libreTranslator({ apiUrl: url, apiKey: 'k' }, quick);
    fake.fail.push(429);
    const out = await libre.translate(['Bürgeramt'], 'de', 'ar');
    expect(out.texts).toEqual(['[lt-ar] Bürgeramt']);
    expect(fake.requests.at(-1)!.body).toEqual({
      q: ['Bürgeramt'],
      source: 'de',
      target: 'ar',
      format: 'text',
      api_key: 'k',
    });
    fake.fail.push(403);
    await expect(libre.translate(['x'], 'de', 'ar')).rejects.toMatchObject({ reason: 'provider_auth' });
  });

  it('stores each field per language with its provenance, shows it marked on the Arabic page, renews it when the original changes and flags a reviewed one', async () => {
    const db = (await testDatabase()).db;
    const proposal = await createPublishedProposal(db, f, 'Sitzbänke am Rheinufer aufstellen');
    const deepl = deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, quick);
    const started = performance.now();
    const run = await translateMissing(db, settings(deepl), subjects, f.tenant.id);
    const ms = performance.now() - started;
    expect(run.stopped).toBeUndefined();
    expect(run.translated).toBeGreaterThanOrEqual(6);
    console.info(
      `translation throughput against the fake DeepL: ${run.translated} texts (${run.characters} characters) in ${ms.toFixed(0)} ms = ${((run.translated / ms) * 1000).toFixed(0)} texts/s`,
    );
    const rows = await db
      .select()
      .from(translations)
      .where(and(eq(translations.tenantId, f.tenant.id), eq(translations.subjectId, proposal.id)));
    expect(rows.map((r) => `${r.field}:${r.lang}`).sort()).toEqual(
      ['body:ar', 'body:en', 'body:tr', 'title:ar', 'title:en', 'title:tr'].sort(),
    );
    const title = rows.find((r) => r.field === 'title' && r.lang === 'ar')!;
    expect(title).toMatchObject({
      text: '[AR] Sitzbänke am Rheinufer aufstellen',
      origin: 'machine',
      provider: 'deepl',
      model: 'deepl-v2:quality_optimized',
      sourceLang: 'de',
      needsReview: false,
    });
    expect(title.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing is sent twice: a second run finds everything current.
    const again = await translateMissing(db, settings(deepl), subjects, f.tenant.id);
    expect(again.translated).toBe(0);

    // The database is changed behind the app's back below: no response cache in between.
    const { app } = await testApp({ responseCache: false });
    const c = new Client(app, f.host);
    const page = await c.get(`/ar/mitmachen/vorschlaege/${proposal.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ar" dir="rtl"');
    expect(page.text).toContain('[AR] Sitzbänke am Rheinufer aufstellen');
    expect(page.text).toContain('ترجمة آلية');
    expect(page.text).toContain(`href="/ar/mitmachen/vorschlaege/${proposal.id}?original=1" hreflang="de"`);
    const original = await c.get(`/ar/mitmachen/vorschlaege/${proposal.id}?original=1`);
    expect(original.text).toContain(
      '<h1 class="kern-heading-large" lang="de">Sitzbänke am Rheinufer aufstellen</h1>',
    );
    // German readers read the original, unmarked.
    const german = await c.get(`/mitmachen/vorschlaege/${proposal.id}`);
    expect(german.text).not.toContain('[EN-GB]');
    expect(german.text).not.toContain('translation-note');

    // The API carries the translations with their provenance: ?lang=, else Accept-Language.
    const api = await c.get('/api/v1/proposals?lang=ar&pageSize=100');
    expect(api.headers.get('content-language')).toBe('ar');
    const item = (JSON.parse(api.text) as { data: Record<string, unknown>[] }).data.find(
      (x) => x.id === proposal.id,
    )!;
    expect(item.title).toBe('[AR] Sitzbänke am Rheinufer aufstellen');
    expect(item.translations).toMatchObject({
      title: { lang: 'ar', origin: 'machine', provider: 'deepl', originalLang: 'de' },
    });
    const viaHeader = await c.get('/api/v1/proposals?pageSize=100', {
      'accept-language': 'tr-TR,tr;q=0.9,en;q=0.5',
    });
    const trItem = (JSON.parse(viaHeader.text) as { data: Record<string, unknown>[] }).data.find(
      (x) => x.id === proposal.id,
    )!;
    expect(trItem.title).toBe('[TR] Sitzbänke am Rheinufer aufstellen');
    const germanApi = (
      JSON.parse((await c.get('/api/v1/proposals?pageSize=100')).text) as {
        data: Record<string, unknown>[];
      }
    ).data.find((x) => x.id === proposal.id)!;
    expect(germanApi.translations).toMatchObject({ title: { lang: 'de', origin: 'original' } });
    expect((await c.get('/api/v1/proposals?lang=xx')).status).toBe(422);
    const doc = JSON.parse((await c.get('/api/v1/openapi.json')).text) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.paths['/proposals']!.get.parameters.map((x) => x.name)).toContain('lang');

    // A person reviewed the Turkish title; then the original changes.
    await db
      .update(translations)
      .set({ reviewedAt: new Date(), reviewedBy: f.tenant.id })
      .where(
        and(
          eq(translations.tenantId, f.tenant.id),
          eq(translations.subjectId, proposal.id),
          eq(translations.field, 'title'),
          eq(translations.lang, 'tr'),
        ),
      );
    const { proposals } = await import('../src/modules/proposals/proposals.table.ts');
    await db
      .update(proposals)
      .set({ title: 'Sitzbänke und Schatten am Rheinufer' })
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.id, proposal.id)));
    // Until the job has run, the outdated translation is not shown: the page shows the new original.
    const stale = await c.get(`/ar/mitmachen/vorschlaege/${proposal.id}`);
    expect(stale.text).toContain('Sitzbänke und Schatten am Rheinufer');
    expect(stale.text).not.toContain('[AR] Sitzbänke am Rheinufer aufstellen');
    const renewed = await translateMissing(db, settings(deepl), subjects, f.tenant.id, {
      type: 'proposal',
      ids: [proposal.id],
    });
    expect(renewed).toMatchObject({ translated: 2, flagged: 1 });
    const after = await db
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.tenantId, f.tenant.id),
          eq(translations.subjectId, proposal.id),
          eq(translations.field, 'title'),
        ),
      );
    expect(after.find((r) => r.lang === 'ar')!.text).toBe('[AR] Sitzbänke und Schatten am Rheinufer');
    expect(after.find((r) => r.lang === 'tr')).toMatchObject({
      text: '[TR] Sitzbänke am Rheinufer aufstellen',
      needsReview: true,
    });
  });

  it('stops for the month when the budget or the provider quota is spent, and no page fails', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const proposal = await createPublishedProposal(db, g, 'Öffentliche Toiletten in der Innenstadt');
    const libre = libreTranslator({ apiUrl: url, apiKey: undefined }, quick);
    // A budget smaller than the texts: nothing is sent, the pause is recorded for the administration.
    const tight = await translateMissing(
      db,
      settings(libre, { monthlyCharacters: 5 }),
      subjects,
      g.tenant.id,
    );
    expect(tight).toMatchObject({ translated: 0, stopped: 'budget' });
    const [usage] = await db
      .select()
      .from(translationUsage)
      .where(eq(translationUsage.tenantId, g.tenant.id));
    expect(usage).toMatchObject({ provider: 'libretranslate', stopReason: 'budget' });
    expect(usage!.stoppedAt).toBeInstanceOf(Date);
    // Paused: a later run sends nothing until the next month.
    const paused = await translateMissing(db, settings(libre), subjects, g.tenant.id);
    expect(paused).toMatchObject({ translated: 0, stopped: 'budget' });
    const { app } = await testApp();
    const page = await new Client(app, g.host).get(`/tr/mitmachen/vorschlaege/${proposal.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Öffentliche Toiletten in der Innenstadt');
    expect(page.text).toContain('Henüz çevrilmedi');

    // DeepL's own quota (456) stops the same way, for another tenant.
    const h = await createOrgFixture(db);
    await createPublishedProposal(db, h, 'Mehr Trinkbrunnen in den Parks');
    fake.fail.push(456);
    const deepl = deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, quick);
    const quota = await translateMissing(db, settings(deepl), subjects, h.tenant.id);
    expect(quota.stopped).toBe('provider_quota');
    const [hUsage] = await db
      .select()
      .from(translationUsage)
      .where(eq(translationUsage.tenantId, h.tenant.id));
    expect(hUsage).toMatchObject({ provider: 'deepl', stopReason: 'provider_quota' });
  });

  it('translates with LibreTranslate when the city hosts its own', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const proposal = await createPublishedProposal(db, g, 'Carsharing-Stationen an Haltestellen');
    const libre = libreTranslator({ apiUrl: url, apiKey: undefined }, quick);
    const run = await translateMissing(
      db,
      settings(libre, { languages: ['tr'] as Lang[] }),
      subjects,
      g.tenant.id,
    );
    expect(run.stopped).toBeUndefined();
    const [row] = await db
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.tenantId, g.tenant.id),
          eq(translations.subjectId, proposal.id),
          eq(translations.field, 'title'),
        ),
      );
    expect(row).toMatchObject({
      lang: 'tr',
      text: '[lt-tr] Carsharing-Stationen an Haltestellen',
      provider: 'libretranslate',
    });
  });

  it('lets the CDO team correct and review a translation (audited), keep the glossary (synced to DeepL) and lift a pause', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const proposal = await createPublishedProposal(db, g, 'Digitale Sprechstunde im Bürgeramt');
    const { app } = await testApp({
      responseCache: false,
      translation: {
        provider: 'deepl',
        apiKey: 'test-key:fx',
        apiUrl: url,
        languages: ['en', 'tr', 'ar'],
        monthlyCharacters: 1_000_000,
      },
    });
    const cdo = new Client(app, g.host);
    await cdo.login(g.emails.cdo, TEST_PASSWORD);
    const staff = new Client(app, g.host);
    await staff.login(g.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/uebersetzungen')).status).toBe(403);

    // A glossary term goes to DeepL with the next translation from German.
    const added = await cdo.post('/intern/uebersetzungen/glossar', {
      term: 'Bürgeramt',
      lang: 'en',
      translation: "Citizens' Office",
    });
    expect(added.status).toBe(303);
    const empty = await cdo.post('/intern/uebersetzungen/glossar', {
      term: '',
      lang: 'xx',
      translation: 'y',
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('value="y"');
    const deepl = deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, quick);
    const withGlossary = settings(deepl, {
      languages: ['en'],
      glossaryId: (tenantId, from, to) => syncGlossary(db, deepl, tenantId, from, to),
    });
    await translateMissing(db, withGlossary, subjects, g.tenant.id, { type: 'proposal', ids: [proposal.id] });
    const glossaryRequest = fake.requests.find((r) => r.path === '/v2/glossaries');
    expect(glossaryRequest?.body).toMatchObject({
      source_lang: 'de',
      target_lang: 'en',
      entries: "Bürgeramt\tCitizens' Office",
      entries_format: 'tsv',
    });
    const translateRequest = fake.requests.filter((r) => r.path === '/v2/translate').at(-1)!;
    expect(translateRequest.body.glossary_id).toMatch(/^g-/);

    // The list, then one field corrected: a person's translation, reviewed, audited.
    const list = await cdo.get('/intern/uebersetzungen?sprache=en');
    expect(list.status).toBe(200);
    expect(list.text).toContain('[EN-GB] Digitale Sprechstunde im Bürgeramt');
    // Filtered by the kind of record (as its module names it), and paged.
    expect(list.text).toContain('<option value="field_of_action">Handlungsfeld</option>');
    const ofProposals = await cdo.get('/intern/uebersetzungen?sprache=en&art=proposal');
    expect(ofProposals.text).toContain('Vorschlag · Titel');
    const ofGoals = await cdo.get('/intern/uebersetzungen?sprache=en&art=goal');
    expect(ofGoals.text).not.toContain('[EN-GB] Digitale Sprechstunde im Bürgeramt');
    expect((await cdo.get('/intern/uebersetzungen?seite=999')).text).toContain('class="pagination"');
    // From a filtered list the edit page leads back to it, after saving too.
    expect(ofProposals.text).toContain(
      `href="/intern/uebersetzungen/proposal/${proposal.id}/title/en?zurueck=%2Fintern%2Fuebersetzungen%3Fsprache%3Den%26art%3Dproposal"`,
    );
    const edit = `/intern/uebersetzungen/proposal/${proposal.id}/title/en`;
    expect((await cdo.get(edit)).text).toContain('lang="en"');
    const bad = await cdo.post(edit, { text: '   ' });
    expect(bad.status).toBe(422);
    const back = encodeURIComponent('/intern/uebersetzungen?sprache=en&art=proposal');
    const saved = await cdo.post(`${edit}?zurueck=${back}`, {
      text: "Digital consultation hours at the Citizens' Office",
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/intern/uebersetzungen?sprache=en&art=proposal&hinweis=saved');
    // Anywhere else is never a way back.
    expect((await cdo.get(`${edit}?zurueck=${encodeURIComponent('https://evil.example/')}`)).text).toContain(
      'href="/intern/uebersetzungen">',
    );
    const [row] = await db
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.tenantId, g.tenant.id),
          eq(translations.subjectId, proposal.id),
          eq(translations.field, 'title'),
          eq(translations.lang, 'en'),
        ),
      );
    expect(row).toMatchObject({
      origin: 'human',
      text: "Digital consultation hours at the Citizens' Office",
      needsReview: false,
    });
    expect(row!.reviewedAt).toBeInstanceOf(Date);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, g.tenant.id), eq(auditEvents.action, 'translation.review')));
    expect(audit?.entityId).toBe(`${proposal.id}/title/en`);
    const page = await new Client(app, g.host).get(`/en/mitmachen/vorschlaege/${proposal.id}`);
    expect(page.text).toContain('Digital consultation hours at the Citizens&#39; Office');
    expect(page.text).toContain('from the original (German)');

    // A pause is shown with its reason, the administration hears of it once, and it can be lifted.
    const tight = await translateMissing(
      db,
      settings(deepl, { monthlyCharacters: 1, languages: ['tr'] }),
      subjects,
      g.tenant.id,
    );
    expect(tight).toMatchObject({ stopped: 'budget', stoppedNow: true });
    const paused = await cdo.get('/intern/uebersetzungen');
    expect(paused.text).toContain('TRANSLATION_MONTHLY_CHARACTERS');
    expect((await cdo.post('/intern/uebersetzungen/fortsetzen', {})).status).toBe(303);
    const [usage] = await db
      .select()
      .from(translationUsage)
      .where(eq(translationUsage.tenantId, g.tenant.id));
    expect(usage?.stoppedAt).toBeNull();
  });
});
