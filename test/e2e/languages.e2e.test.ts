import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/modules/index.ts';
import { moderateProposals } from '../../src/modules/proposals/proposals.service.ts';
import { proposals } from '../../src/modules/proposals/proposals.table.ts';
import {
  translateMissing,
  translationSettings,
} from '../../src/modules/translations/translations.service.ts';
import { fakeTranslationProvider } from '../fakes/translation.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { expectAccessible, launchBrowser, pageFactory, seeExactly, startTestServer } from './browser.ts';

/**
 * The Done-when journey of issue 11: a proposal written in German, read on a phone in Arabic — right to
 * left, machine-translated by (a local fake of) DeepL and marked so, the original one link away.
 */
describe('the portal in Arabic in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const fake = fakeTranslationProvider();
  let f: OrgFixture;
  let base: string;
  const visited: string[] = [];
  const requests: string[] = [];
  const pages = pageFactory(
    () => browser,
    () => base,
    requests,
  );

  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    const url = await fake.start();
    server = await startTestServer({
      translation: {
        provider: 'deepl',
        apiKey: 'test-key:fx',
        apiUrl: url,
        languages: ['en', 'tr', 'ar'],
        monthlyCharacters: 1_000_000,
      },
    });
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await fake.stop();
  });

  it('shows a German proposal machine-translated and marked, right to left, with the original one link away', async () => {
    const page = await pages.newPage({ viewport: { width: 360, height: 800 } });
    // A resident submits in German.
    await page.goto('/mitmachen');
    await page.getByLabel('Titel').fill('Mehr Bänke am Rheinufer in Beuel');
    await page
      .getByLabel('Beschreibung')
      .fill('Zwischen Kennedybrücke und Südbrücke fehlen Sitzbänke für ältere Menschen und Familien.');
    await page.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await seeExactly(page.getByRole('heading', { level: 1 }), 'Vielen Dank für Ihren Vorschlag');
    // Published by the moderation; the translation job runs (as the queue would after the event).
    const { db } = server.deps.database;
    const [row] = await db
      .select()
      .from(proposals)
      .where(
        and(eq(proposals.tenantId, f.tenant.id), eq(proposals.title, 'Mehr Bänke am Rheinufer in Beuel')),
      );
    await moderateProposals(db, f.tenant.id, await f.actor('moderator'), [row!.id], 'publish', undefined);
    const run = await translateMissing(
      db,
      translationSettings(server.deps),
      MODULES.flatMap((m) => m.translatable ?? []),
      f.tenant.id,
      { type: 'proposal', ids: [row!.id] },
    );
    expect(run.translated).toBe(6);
    server.deps.cache.invalidate(f.tenant.id);

    // Read in Arabic: the switch is a link on the German page.
    await page.goto(`/mitmachen/vorschlaege/${row!.id}`);
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(new URL(page.url()).pathname).toBe(`/ar/mitmachen/vorschlaege/${row!.id}`);
    await seeExactly(page.getByRole('heading', { level: 1 }), '[AR] Mehr Bänke am Rheinufer in Beuel');
    await expect.poll(() => page.locator('.translation-note').first().textContent()).toContain('ترجمة آلية');
    await expectAccessible(page, visited);
    // The original, one link away, marked as German.
    await page.getByRole('link', { name: 'عرض النص الأصلي' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('de');
    await seeExactly(page.getByRole('heading', { level: 1 }), 'Mehr Bänke am Rheinufer in Beuel');
    await expectAccessible(page, visited);
    // The list in Arabic shows the translated title too.
    await page.goto('/ar/mitmachen/vorschlaege');
    await page
      .getByRole('link', { name: '[AR] Mehr Bänke am Rheinufer in Beuel' })
      .waitFor({ state: 'visible' });
    await expectAccessible(page, visited);
    // No request ever left for a third party (the fake provider is called by the server, not the page).
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
  }, 120_000);
});
