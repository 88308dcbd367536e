import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAgendaVersionInput, ZDecisionInput } from '../src/modules/agendas/agendas.schemas.ts';
import { recordDecision, saveAgendaVersion, submitAgenda } from '../src/modules/agendas/agendas.service.ts';
import { MODULES } from '../src/modules/index.ts';
import { ZCreateProgressReportInput } from '../src/modules/reports/reports.schemas.ts';
import { draftProgressReport, publishProgressReport } from '../src/modules/reports/reports.service.ts';
import { ZReviewReportInput, ZSubmitStatusReportInput } from '../src/modules/reviews/reviews.schemas.ts';
import { reviewStatusReport, submitStatusReport } from '../src/modules/reviews/reviews.service.ts';
import { scoreSubject, scoringModel } from '../src/modules/scoring/scoring.service.ts';
import { scoringCriteria } from '../src/modules/scoring/scoring.table.ts';
import { addService, updateService } from '../src/modules/services/services.service.ts';
import { translateMissing } from '../src/modules/translations/translations.service.ts';
import { domainEvents } from '../src/platform/platform.table.ts';
import { deeplTranslator } from '../src/platform/translation/providers.ts';
import { CONTENT_CHANGED, type TranslationSettings } from '../src/platform/translation/translation.ts';
import { parseInput } from '../src/platform/validation.ts';
import { fakeTranslationProvider } from './fakes/translation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

const subjects = MODULES.flatMap((m) => m.translatable ?? []);
const subject = (type: string) => subjects.find((s) => s.type === type)!;

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/** The language a text on a page is read in: the `lang` of the nearest element around it that has one. */
function langOf(html: string, text: string): string | undefined {
  const at = html.indexOf(text);
  if (at < 0) throw new Error(`Not on the page: ${text}`);
  const open: { name: string; lang: string | undefined }[] = [];
  for (const [, close, name, attrs] of html.slice(0, at).matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || attrs!.endsWith('/')) continue;
    if (close) {
      const i = open.map((o) => o.name).lastIndexOf(tag);
      if (i >= 0) open.length = i;
    } else open.push({ name: tag, lang: /\slang="([^"]+)"/.exec(attrs!)?.[1] });
  }
  return open.findLast((o) => o.lang)?.lang;
}

describe('the outputs in the reader’s language: online services, criteria, the agenda, progress reports', () => {
  const fake = fakeTranslationProvider();
  let f: OrgFixture;
  let c: Client;
  let settings: TranslationSettings;
  const db = async () => (await testDatabase()).db;
  /** Stores the translations of one subject's public records, as the job after an event does. */
  const translate = async (...types: string[]) => {
    let translated = 0;
    for (const type of types)
      translated += (await translateMissing(await db(), settings, subjects, f.tenant.id, { type }))
        .translated;
    return translated;
  };
  const changed = async (type: string, id: string) =>
    (
      await (
        await db()
      )
        .select()
        .from(domainEvents)
        .where(
          and(
            eq(domainEvents.tenantId, f.tenant.id),
            eq(domainEvents.type, CONTENT_CHANGED),
            eq(domainEvents.subjectType, type),
            eq(domainEvents.subjectId, id),
          ),
        )
    ).length;

  beforeAll(async () => {
    const url = await fake.start();
    f = await createOrgFixture(await db());
    settings = {
      translator: deeplTranslator({ apiKey: 'test-key:fx', apiUrl: url }, { tries: 2, baseMs: 5, maxMs: 10 }),
      languages: ['en', 'tr', 'ar'],
      monthlyCharacters: 1_000_000,
      logger: pino({ level: 'silent' }),
    };
    // The database is changed behind the app's back: no response cache in between.
    c = new Client((await testApp({ responseCache: false })).app, f.host);
  });
  afterAll(() => fake.stop());

  it('online services: a name is translated once created or renamed; the catalogue shows it marked', async () => {
    const { project } = await createProjectFixture(await db(), f, { title: 'Wohngeld digital' });
    const cdo = await f.actor('cdo');
    const input = {
      name: 'Wohngeld beantragen',
      leikaKey: '99107004017000',
      officeId: f.officeA.id,
      url: 'https://www.bonn.de/wohngeld',
      level: 3,
      projectIds: [project.id],
    };
    const s = await addService(await db(), f.tenant.id, cdo, input);
    expect(await changed('online_service', s.id)).toBe(1);
    // A new level alone reads the same: no new translation; a new name does.
    await updateService(await db(), f.tenant.id, cdo, s.id, { ...input, level: 4 });
    expect(await changed('online_service', s.id)).toBe(1);
    await updateService(await db(), f.tenant.id, cdo, s.id, { ...input, name: 'Wohngeld online beantragen' });
    expect(await changed('online_service', s.id)).toBe(2);
    expect(await subject('online_service').originals(await db(), f.tenant.id, [s.id])).toEqual([
      { id: s.id, lang: 'de', fields: { name: 'Wohngeld online beantragen' } },
    ]);
    expect(await translate('online_service', 'project')).toBeGreaterThanOrEqual(3);

    const en = await c.get('/en/onlinedienste');
    expect(en.status).toBe(200);
    expect(langOf(en.text, '[EN-GB] Wohngeld online beantragen')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Wohngeld digital')).toBe('en');
    // The office's name is the city's German: marked as such on the English page.
    expect(langOf(en.text, f.officeA.name)).toBe('de');
    // The shipped level names come from the messages, never from the machine.
    expect(en.text).toContain('Digital decision');
    expect(en.text).toContain('Some texts on this page are machine-translated');
    expect(en.text).toContain('/en/onlinedienste?original=1');

    const ar = await c.get('/ar/onlinedienste');
    expect(ar.text).toContain('<html lang="ar" dir="rtl"');
    expect(langOf(ar.text, '[AR] Wohngeld online beantragen')).toBe('ar');
    expect(ar.text).toContain('class="translation-note');
    const original = await c.get('/ar/onlinedienste?original=1');
    expect(original.text).not.toContain('[AR] Wohngeld');
    expect(langOf(original.text, 'Wohngeld online beantragen')).toBe('de');
    expect(langOf(original.text, 'Wohngeld digital')).toBe('de');
    expect(original.text).toContain('class="translation-note');

    const de = await c.get('/onlinedienste');
    expect(langOf(de.text, 'Wohngeld online beantragen')).toBe('de');
    expect(de.text).not.toMatch(/\[(EN-GB|AR|TR)\]/);
    expect(de.text).not.toContain('translation-note');
  });

  it('criteria: only the city’s own wording is translated; shipped criteria stay in the reader’s language', async () => {
    const model = await scoringModel(await db(), f.tenant.id);
    // As shipped, every criterion comes in every language: nothing for the machine.
    expect(await subject('scoring_criterion').originals(await db(), f.tenant.id)).toEqual([]);
    expect(await translate('scoring_criterion')).toBe(0);
    const klima = model.criteria.find((x) => x.key === 'klima')!;
    await (await db())
      .update(scoringCriteria)
      .set({
        name: 'Klimaschutz in Bonn',
        description: 'Senkt es den Ausstoß von Treibhausgasen in der Stadt?',
      })
      .where(and(eq(scoringCriteria.tenantId, f.tenant.id), eq(scoringCriteria.id, klima.id)));
    expect(await subject('scoring_criterion').originals(await db(), f.tenant.id)).toEqual([
      {
        id: klima.id,
        lang: 'de',
        fields: {
          name: 'Klimaschutz in Bonn',
          description: 'Senkt es den Ausstoß von Treibhausgasen in der Stadt?',
        },
      },
    ]);
    const { project } = await createProjectFixture(await db(), f, { title: 'Digitaler Bauantrag' });
    await scoreSubject(
      await db(),
      f.tenant.id,
      await f.actor('cdo'),
      'project',
      project.id,
      model.criteria.map((x) => ({ criterionId: x.id, score: '4', justification: 'Begründung im Test' })),
    );
    expect(await translate('scoring_criterion', 'project')).toBeGreaterThanOrEqual(6);

    const en = await c.get('/en/priorisierung');
    expect(en.status).toBe(200);
    expect(langOf(en.text, '[EN-GB] Klimaschutz in Bonn')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Senkt es den Ausstoß')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Digitaler Bauantrag')).toBe('en');
    expect(langOf(en.text, 'Benefit for residents')).toBe('en');
    expect(en.text).not.toContain('Nutzen für Bürgerinnen und Bürger');
    expect(en.text).toContain('Some texts on this page are machine-translated');

    const ar = await c.get('/ar/priorisierung');
    expect(langOf(ar.text, '[AR] Klimaschutz in Bonn')).toBe('ar');
    expect(langOf(ar.text, 'الفائدة للسكان')).toBe('ar');
    expect(ar.text).toContain('class="translation-note');
    const original = await c.get('/ar/priorisierung?original=1');
    expect(langOf(original.text, 'Klimaschutz in Bonn')).toBe('de');
    expect(langOf(original.text, 'Digitaler Bauantrag')).toBe('de');
    // A shipped text is no translation: it stays in the reader's language among the originals.
    expect(langOf(original.text, 'الفائدة للسكان')).toBe('ar');

    const de = await c.get('/priorisierung');
    expect(langOf(de.text, 'Klimaschutz in Bonn')).toBe('de');
    expect(de.text).toContain('Nutzen für Bürgerinnen und Bürger');
    expect(de.text).not.toMatch(/\[(EN-GB|AR|TR)\]/);
    expect(de.text).not.toContain('translation-note');
  });

  it('agenda: the adopted version is translated once adopted; drafts are never handed to the machine', async () => {
    const { project } = await createProjectFixture(await db(), f, { title: 'E-Akte in allen Ämtern' });
    const cdo = await f.actor('cdo');
    const version = (title: string, introduction: string) =>
      parseInput(ZAgendaVersionInput, { title, introduction, items: [`project:${project.id}`] });
    const v1 = await saveAgendaVersion(
      await db(),
      f.tenant.id,
      cdo,
      2029,
      version('Entwurf der Agenda 2029', 'Ein erster Entwurf, den die Öffentlichkeit nie sieht.'),
    );
    const v2 = await saveAgendaVersion(
      await db(),
      f.tenant.id,
      cdo,
      2029,
      version(
        'Agenda Digitale Verwaltung 2029',
        'Die Verwaltung setzt 2029 diese Vorhaben um, zuerst die E-Akte.',
      ),
    );
    await submitAgenda(await db(), f.tenant.id, cdo, 2029);
    const agendaVersion = subject('agenda_version');
    expect(await agendaVersion.originals(await db(), f.tenant.id, [v1.version.id, v2.version.id])).toEqual(
      [],
    );
    await recordDecision(
      await db(),
      f.tenant.id,
      cdo,
      2029,
      parseInput(ZDecisionInput, {
        decisionDate: '2028-11-09',
        decisionReference: '2813456',
        decidedText: 'Der Rat beschließt die Agenda Digitale Verwaltung 2029.',
      }),
    );
    expect(await changed('agenda_version', v2.version.id)).toBe(1);
    // Only the adopted version is public: the first draft stays untranslated.
    expect((await agendaVersion.originals(await db(), f.tenant.id)).map((o) => o.id)).toEqual([
      v2.version.id,
    ]);
    expect(await translate('agenda_version', 'project')).toBeGreaterThanOrEqual(6);

    const en = await c.get('/en/agenda/2029');
    expect(en.status).toBe(200);
    expect(en.text).toContain('<title>[EN-GB] Agenda Digitale Verwaltung 2029');
    expect(langOf(en.text, '[EN-GB] Agenda Digitale Verwaltung 2029</h1>')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Die Verwaltung setzt 2029')).toBe('en');
    expect(langOf(en.text, '[EN-GB] E-Akte in allen Ämtern')).toBe('en');
    // The council's decision is quoted as adopted, in German.
    expect(langOf(en.text, 'Der Rat beschließt die Agenda')).toBe('de');
    expect(en.text).not.toContain('Entwurf der Agenda 2029');
    expect(en.text).toContain('Some texts on this page are machine-translated');
    expect(en.text).toContain('/en/agenda/2029?original=1');

    const ar = await c.get('/ar/agenda/2029');
    expect(langOf(ar.text, '[AR] Agenda Digitale Verwaltung 2029</h1>')).toBe('ar');
    expect(langOf(ar.text, '[AR] Die Verwaltung setzt 2029')).toBe('ar');
    expect(ar.text).toContain('class="translation-note');
    const original = await c.get('/ar/agenda/2029?original=1');
    expect(original.text).not.toContain('[AR]');
    expect(langOf(original.text, 'Agenda Digitale Verwaltung 2029</h1>')).toBe('de');
    expect(langOf(original.text, 'Die Verwaltung setzt 2029')).toBe('de');

    const de = await c.get('/agenda/2029');
    expect(langOf(de.text, 'Agenda Digitale Verwaltung 2029</h1>')).toBe('de');
    expect(de.text).not.toMatch(/\[(EN-GB|AR|TR)\]/);
    expect(de.text).not.toContain('translation-note');
  });

  it('progress reports: title, summary and each status are translated on publication, drafts never', async () => {
    const d = await db();
    const cycle = await createOpenCycle(d, f, '2029-Q2');
    const { project } = await createProjectFixture(d, f, { title: 'Bürgerkonto für alle Dienste' });
    const status = await submitStatusReport(
      d,
      f.tenant.id,
      await f.actor('leadA'),
      project.id,
      parseInput(ZSubmitStatusReportInput, {
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: 60,
        summary: 'Schnittstelle zum Bürgerkonto verzögert sich.',
      }),
    );
    await reviewStatusReport(
      d,
      f.tenant.id,
      await f.actor('headA'),
      status.id,
      parseInput(ZReviewReportInput, { decision: 'approve' }),
    );
    const cdo = await f.actor('cdo');
    const draft = (title: string) =>
      draftProgressReport(
        d,
        f.tenant.id,
        cdo,
        parseInput(ZCreateProgressReportInput, {
          title,
          cycleId: cycle.id,
          summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
        }),
      );
    const report = await draft('Bericht an den Rat, 2. Quartal 2029');
    const unpublished = await draft('Noch nicht veröffentlichter Bericht');
    const [reportSubject, itemSubject] = [subject('progress_report'), subject('progress_report_item')];
    // Publishing is the event both subjects wait for.
    expect(reportSubject.events).toContain('progress_report.published');
    expect(itemSubject.events).toContain('progress_report.published');
    expect(await reportSubject.originals(d, f.tenant.id, [report.id, unpublished.id])).toEqual([]);
    expect(await itemSubject.originals(d, f.tenant.id, [report.id, unpublished.id])).toEqual([]);

    await publishProgressReport(d, f.tenant.id, cdo, report.id);
    expect(await reportSubject.originals(d, f.tenant.id, [report.id, unpublished.id])).toEqual([
      {
        id: report.id,
        lang: 'de',
        fields: {
          title: 'Bericht an den Rat, 2. Quartal 2029',
          summary: 'Ein Quartal mit vielen Fortschritten in allen Ämtern.',
        },
      },
    ]);
    // The job after the event names the report; the back office names an entry by its own id.
    const [item] = await itemSubject.originals(d, f.tenant.id, [report.id, unpublished.id]);
    expect(item).toMatchObject({
      lang: 'de',
      fields: { summary: 'Schnittstelle zum Bürgerkonto verzögert sich.' },
    });
    expect(await itemSubject.originals(d, f.tenant.id, [item!.id])).toEqual([item]);
    expect(await translate('progress_report', 'progress_report_item', 'project')).toBeGreaterThanOrEqual(9);

    const en = await c.get(`/en/berichte/${report.slug}`);
    expect(en.status).toBe(200);
    expect(langOf(en.text, '[EN-GB] Bericht an den Rat, 2. Quartal 2029</h1>')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Ein Quartal mit vielen Fortschritten')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Schnittstelle zum Bürgerkonto')).toBe('en');
    expect(langOf(en.text, '[EN-GB] Bürgerkonto für alle Dienste')).toBe('en');
    expect(en.text).toContain('Some texts on this page are machine-translated');
    expect(en.text).toContain(`/en/berichte/${report.slug}?original=1`);
    const list = await c.get('/en/berichte');
    expect(langOf(list.text, '[EN-GB] Bericht an den Rat, 2. Quartal 2029')).toBe('en');
    expect(list.text).not.toContain('Noch nicht veröffentlichter Bericht');
    expect(list.text).toContain('Some texts on this page are machine-translated');

    const ar = await c.get(`/ar/berichte/${report.slug}`);
    expect(langOf(ar.text, '[AR] Bericht an den Rat, 2. Quartal 2029</h1>')).toBe('ar');
    expect(langOf(ar.text, '[AR] Schnittstelle zum Bürgerkonto')).toBe('ar');
    expect(ar.text).toContain('class="translation-note');
    const original = await c.get(`/ar/berichte/${report.slug}?original=1`);
    expect(original.text).not.toContain('[AR]');
    expect(langOf(original.text, 'Bericht an den Rat, 2. Quartal 2029</h1>')).toBe('de');
    expect(langOf(original.text, 'Ein Quartal mit vielen Fortschritten')).toBe('de');
    expect(langOf(original.text, 'Schnittstelle zum Bürgerkonto')).toBe('de');
    expect(langOf(original.text, 'Bürgerkonto für alle Dienste')).toBe('de');

    const de = await c.get(`/berichte/${report.slug}`);
    expect(langOf(de.text, 'Schnittstelle zum Bürgerkonto')).toBe('de');
    expect(de.text).not.toMatch(/\[(EN-GB|AR|TR)\]/);
    expect(de.text).not.toContain('translation-note');
    expect((await c.get(`/ar/berichte/${unpublished.slug}`)).status).toBe(404);
  });
});
