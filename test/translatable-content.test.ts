import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCommentInput } from '../src/modules/comments/comments.schemas.ts';
import { addComment, moderateComments } from '../src/modules/comments/comments.service.ts';
import { ZProjectUpdateInput } from '../src/modules/delivery/delivery.schemas.ts';
import { addProjectUpdate } from '../src/modules/delivery/delivery.service.ts';
import { MODULES } from '../src/modules/index.ts';
import { ZGoalInput, ZKpiInput } from '../src/modules/strategy/strategy.schemas.ts';
import { createGoal, createKpi } from '../src/modules/strategy/strategy.service.ts';
import { translateMissing } from '../src/modules/translations/translations.service.ts';
import { domainEvents, translations } from '../src/platform/platform.table.ts';
import { deeplTranslator } from '../src/platform/translation/providers.ts';
import { CONTENT_CHANGED, type TranslationSettings } from '../src/platform/translation/translation.ts';
import { parseInput } from '../src/platform/validation.ts';
import { fakeTranslationProvider } from './fakes/translation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

const subjects = MODULES.flatMap((m) => m.translatable ?? []);

/** The element around a text: its tag with attributes, so a test can read the `lang` it carries. */
function around(html: string, text: string): string {
  const i = html.indexOf(text, html.indexOf('<main'));
  if (i < 0) throw new Error(`not on the page: ${text}`);
  const open = html.lastIndexOf('<', i);
  return html.slice(open, html.indexOf('>', open) + 1);
}

describe('translatable content beyond proposals and projects', () => {
  const fake = fakeTranslationProvider();
  let f: OrgFixture;
  let settings: TranslationSettings;
  beforeAll(async () => {
    const url = await fake.start();
    f = await createOrgFixture((await testDatabase()).db);
    settings = {
      translator: deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, { tries: 2, baseMs: 5, maxMs: 10 }),
      // As the service builds it: the portal's languages and the city's own for other languages' texts.
      languages: ['de', 'en', 'tr', 'ar'],
      monthlyCharacters: 1_000_000,
      logger: pino({ level: 'silent' }),
    };
  });
  afterAll(() => fake.stop());

  it('translates a Turkish comment into German and the other languages once published, marked with the original one link away', async () => {
    const db = (await testDatabase()).db;
    const { proposal, project } = await createProjectFixture(db, f);
    const text = 'Bu öneriyi çok beğendim, randevu sistemi herkes için kolay olmalı.';
    const comment = await addComment(
      db,
      f.tenant.id,
      await f.actor('staff'),
      proposal.id,
      parseInput(ZCommentInput, { body: text }),
    );
    expect(comment.language).toBe('tr');
    // Nothing waits for translation before a moderator published it.
    const before = await translateMissing(db, settings, subjects, f.tenant.id, { type: 'comment' });
    expect(before.translated).toBe(0);
    await moderateComments(db, f.tenant.id, await f.actor('moderator'), [comment.id], 'publish', undefined);
    const [event] = await db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.tenantId, f.tenant.id), eq(domainEvents.subjectId, comment.id)));
    expect(event).toMatchObject({ type: CONTENT_CHANGED, subjectType: 'comment' });
    expect(event!.pending).toContain('translations.translate-changed');
    const run = await translateMissing(db, settings, subjects, f.tenant.id, { type: 'comment' });
    expect(run.translated).toBe(3); // de, en, ar — never into its own language
    const stored = await db
      .select()
      .from(translations)
      .where(and(eq(translations.tenantId, f.tenant.id), eq(translations.subjectId, comment.id)));
    expect(stored.map((r) => r.lang).sort()).toEqual(['ar', 'de', 'en']);
    expect(stored.every((r) => r.sourceLang === 'tr')).toBe(true);

    const { app } = await testApp({ responseCache: false });
    const c = new Client(app, f.host);
    const page = await c.get(`/mitmachen/vorschlaege/${proposal.id}`);
    expect(page.status).toBe(200);
    // On the German page the German translation, in the page's language, and the note naming Turkish.
    expect(around(page.text, `[DE] ${text}`)).not.toContain('lang=');
    expect(page.text).toContain('Maschinell übersetzt aus dem Original (Türkisch).');
    expect(page.text).toContain(`href="/mitmachen/vorschlaege/${proposal.id}?original=1#c-${comment.id}"`);
    const original = await c.get(`/mitmachen/vorschlaege/${proposal.id}?original=1`);
    expect(around(original.text, text)).toContain('lang="tr"');
    expect(original.text).not.toContain(`[DE] ${text}`);
    const arabic = await c.get(`/ar/mitmachen/vorschlaege/${proposal.id}`);
    expect(arabic.text).toContain(`[AR] ${text}`);

    // Project news: translated once written as public, shown in the news and the timeline.
    const update = await addProjectUpdate(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZProjectUpdateInput, {
        title: 'Testphase beginnt im Januar',
        body: 'Ab Januar können die ersten Termine online gebucht werden.',
        visibility: 'public',
      }),
    );
    const hidden = await addProjectUpdate(
      db,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZProjectUpdateInput, {
        title: 'Interne Abstimmung mit dem Personalrat',
        body: 'Die Dienstvereinbarung wird im Dezember besprochen.',
        visibility: 'internal',
      }),
    );
    await translateMissing(db, settings, subjects, f.tenant.id, { type: 'project_update' });
    const news = await db
      .select()
      .from(translations)
      .where(and(eq(translations.tenantId, f.tenant.id), eq(translations.subjectType, 'project_update')));
    expect(news.filter((r) => r.subjectId === update.id)).toHaveLength(6); // title and body in en, tr, ar
    expect(news.some((r) => r.subjectId === hidden.id)).toBe(false);
    const en = await c.get(`/en/projekte/${project.slug}`);
    expect(en.text).toContain('[EN-GB] Testphase beginnt im Januar');
    expect(en.text).toContain('[EN-GB] Ab Januar können die ersten Termine online gebucht werden.');
    expect(en.text).toContain('Some texts on this page are machine-translated from the original (German).');
    // The timeline names the news in English too, inside an element in the page's language.
    expect(en.text).toMatch(/News: <span>\[EN-GB\] Testphase beginnt im Januar<\/span>/);
    const enOriginal = await c.get(`/en/projekte/${project.slug}?original=1`);
    expect(around(enOriginal.text, 'Testphase beginnt im Januar')).toContain('lang="de"');
    expect(enOriginal.text).toContain('You are reading the texts of this page in the original.');
  });

  it('translates goals and KPIs (created by the CDO team) and the strategy pages show them marked', async () => {
    const db = (await testDatabase()).db;
    const cdo = await f.actor('cdo');
    const goal = await createGoal(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZGoalInput, {
        title: 'Verwaltungsleistungen vollständig digital anbieten',
        description: 'Alle häufig genutzten Leistungen sind bis 2028 online erreichbar.',
        fieldOfActionId: f.field.id,
      }),
    );
    const kpi = await createKpi(
      db,
      f.tenant.id,
      cdo,
      parseInput(ZKpiInput, {
        key: 'online-quote',
        name: 'Anteil digital beantragter Leistungen',
        definition: 'Anteil der Anträge, die online gestellt wurden, an allen Anträgen.',
        unit: '%',
        method: 'Auswertung der Antragszahlen je Quartal',
        source: 'Fachverfahren',
        baseline: '12',
        baselineYear: '2024',
        target: '60',
        targetYear: '2028',
        direction: 'increase',
        goalId: goal.id,
      }),
    );
    const events = await db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.tenantId, f.tenant.id), eq(domainEvents.type, CONTENT_CHANGED)));
    expect(events.map((e) => e.subjectType)).toEqual(expect.arrayContaining(['goal', 'kpi']));
    await translateMissing(db, settings, subjects, f.tenant.id);

    const { app } = await testApp({ responseCache: false });
    const c = new Client(app, f.host);
    const overview = await c.get('/en/strategie');
    expect(overview.text).toContain('[EN-GB] Verwaltungsleistungen vollständig digital anbieten');
    expect(overview.text).toContain('[EN-GB] Anteil digital beantragter Leistungen');
    expect(overview.text).toContain('[EN-GB] Digitale Verwaltung'); // the pillar, translated at night
    expect(overview.text).toContain('href="/en/strategie?original=1"');
    const goalPage = await c.get(`/tr/strategie/ziele/${goal.id}`);
    expect(goalPage.text).toContain('[TR] Alle häufig genutzten Leistungen sind bis 2028 online erreichbar.');
    const kpiPage = await c.get(`/ar/strategie/kennzahlen/${kpi.id}`);
    expect(kpiPage.text).toContain('[AR] Anteil der Anträge, die online gestellt wurden, an allen Anträgen.');
    expect(kpiPage.text).toContain('[AR] Auswertung der Antragszahlen je Quartal');
    const kpiOriginal = await c.get(`/ar/strategie/kennzahlen/${kpi.id}?original=1`);
    expect(around(kpiOriginal.text, 'Anteil digital beantragter Leistungen')).toContain('lang="de"');
    // The API carries the same translations with their provenance (?lang= or Accept-Language).
    const apiKpi = JSON.parse((await c.get(`/api/v1/kpis/${kpi.id}?lang=ar`)).text);
    expect(apiKpi.definition).toBe('[AR] Anteil der Anträge, die online gestellt wurden, an allen Anträgen.');
    expect(apiKpi.translations.name).toMatchObject({ lang: 'ar', origin: 'machine', provider: 'deepl' });
    const fields = JSON.parse(
      (await c.get('/api/v1/fields-of-action', { 'accept-language': 'tr-TR,tr;q=0.9' })).text,
    );
    const ownGoal = fields.data
      .flatMap((f: { goals: { id: string }[] }) => f.goals)
      .find((g: { id: string }) => g.id === goal.id);
    expect(ownGoal.title).toBe('[TR] Verwaltungsleistungen vollständig digital anbieten');
    expect(ownGoal.translations.title.originalLang).toBe('de');
    // The pillar's and field's names are translated wherever they stand: the home page, the project
    // list's cards and filters.
    const home = await c.get('/en/');
    expect(home.text).toContain('<h2 class="kern-heading-medium">[EN-GB] Digitale Verwaltung</h2>');
    const list = await c.get('/en/projekte');
    expect(list.text).toContain('<option value="digitale-verwaltung">[EN-GB] Digitale Verwaltung</option>');
    // In Arabic, what a message takes in (a name, a period, a date) is a bidirectional isolate.
    const ar = await c.get(`/ar/strategie/ziele/${goal.id}`);
    expect(ar.text).toMatch(/\u2068[^\u2069]*\u2069/);
    // German pages are as written, with no note.
    const de = await c.get('/strategie');
    expect(de.text).not.toContain('[DE]');
    expect(de.text).not.toContain('translation-note');
  });

  it('carries translations with their provenance in the open-data downloads (?lang=), one address per file', async () => {
    const db = (await testDatabase()).db;
    const { idea, proposal } = await createProjectFixture(db, f, { title: 'Bürgerkonto für alle' });
    await translateMissing(db, settings, subjects, f.tenant.id);
    const { app } = await testApp({ responseCache: false });
    const c = new Client(app, f.host);
    // The proposal's journey names the idea it went into in the reader's language.
    expect((await c.get(`/en/mitmachen/vorschlaege/${proposal.id}`)).text).toContain(
      '[EN-GB] Sperrmüll digital',
    );
    // The project list says its texts are machine translations and offers the originals.
    const enList = await c.get('/en/projekte');
    expect(enList.text).toContain(
      'Some texts on this page are machine-translated from the original (German).',
    );
    expect(enList.text).toContain('href="/en/projekte?page=1&amp;original=1"');
    const enListOriginal = await c.get('/en/projekte?original=1');
    expect(enListOriginal.text).not.toContain('[EN-GB] Bürgerkonto für alle');
    // The home page and the proposal list say so too, and show the originals on request.
    const home = await c.get('/en/');
    expect(home.text).toContain('Some texts on this page are machine-translated from the original (German).');
    expect((await c.get('/en/?original=1')).text).toContain(
      '<h2 class="kern-heading-medium" lang="de">Digitale Verwaltung</h2>',
    );
    const proposals = await c.get('/en/mitmachen/vorschlaege');
    expect(proposals.text).toContain('[EN-GB] Die Anmeldung von Sperrmüll sollte online');
    expect(proposals.text).toMatch(/href="\/en\/mitmachen\/vorschlaege\?[^"]*original=1"/);
    const csv = await c.get('/daten/projektideen.csv?lang=en');
    expect(csv.status).toBe(200);
    const [header, ...lines] = csv.text.trim().split('\n');
    expect(header).toContain('"title_lang","title_origin","title_provider"');
    const line = lines.find((l) => l.startsWith(`"${idea.id}"`))!;
    expect(line).toContain('[EN-GB] Sperrmüll digital');
    expect(line).toContain('"en","machine","deepl"');
    const json = JSON.parse((await c.get('/daten/vorschlaege.json?lang=ar')).text);
    expect(json.lang).toBe('ar');
    const row = json.data.find((r: { title: string }) => r.title.startsWith('[AR] '));
    expect(row).toMatchObject({ title_lang: 'ar', title_origin: 'machine', title_provider: 'deepl' });
    // Without ?lang the file is as written, without the extra columns.
    expect((await c.get('/daten/projektideen.csv')).text.split('\n')[0]).not.toContain('title_lang');
    // Under a language code a download moves to its one address, keeping the language as its query.
    const moved = await c.get('/tr/daten/projektideen.csv');
    expect(moved.status).toBe(301);
    expect(moved.location).toBe('/daten/projektideen.csv?lang=tr');
    expect((await c.get('/daten/projektideen.csv?lang=xx')).status).toBe(422);
    // The English page of a translated data set offers it per language.
    expect((await c.get('/en/daten/vorschlaege')).text).toContain('href="/daten/vorschlaege.csv?lang=tr"');
  });
});
