import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { translateMissing } from '../src/modules/translations/translations.service.ts';
import type { Lang } from '../src/platform/i18n/langs.ts';
import { translations, translationUsage } from '../src/platform/platform.table.ts';
import {
  deeplTranslator,
  libreTranslator,
  type MachineTranslator,
  TranslationStopped,
} from '../src/platform/translation/providers.ts';
import type { TranslationSettings } from '../src/platform/translation/translation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/**
 * A local server that speaks the DeepL API v2 and LibreTranslate's `/translate`, including their errors:
 * queue `fail` statuses to answer the next requests with them. It "translates" by tagging each text with
 * the target language, so a test can see which translation it reads.
 */
function fakeProvider() {
  const fail: number[] = [];
  const requests: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      const status = fail.shift();
      if (status) {
        res.writeHead(status, status === 429 ? { 'Retry-After': '0' } : {});
        res.end(JSON.stringify({ message: `status ${status}` }));
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/v2/translate') {
        if (req.headers.authorization !== 'DeepL-Auth-Key test-key:fx') {
          res.writeHead(403);
          res.end('{"message":"Wrong key"}');
          return;
        }
        const target = String(body.target_lang);
        res.end(
          JSON.stringify({
            translations: (body.text as string[]).map((t) => ({
              detected_source_language: String(body.source_lang),
              text: `[${target}] ${t}`,
              model_type_used: 'quality_optimized',
            })),
          }),
        );
      } else if (req.url === '/translate') {
        const q = body.q as string[];
        res.end(JSON.stringify({ translatedText: q.map((t) => `[lt-${String(body.target)}] ${t}`) }));
      } else {
        res.writeHead(404);
        res.end('{}');
      }
    });
  });
  return {
    fail,
    requests,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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
      settings(libre, { monthlyCharacters: 20 }),
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
});
