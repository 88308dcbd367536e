import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMilestone } from '../../src/modules/projects/projects.service.ts';
import { icsProblems } from '../feeds-validate.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { createProjectFixture } from '../fixtures/projects.ts';
import { testDatabase } from '../helpers.ts';
import { rawRequest } from '../socket.ts';
import {
  expectAccessible,
  launchBrowser,
  login,
  pageFactory,
  seeText,
  sidewaysOverflow,
  startTestServer,
} from './browser.ts';

/**
 * The subscription page in every language on a desktop and a phone, and a project lead making, using and
 * renewing their calendar address without JavaScript.
 */
describe('feeds and calendars in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
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
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    const { project } = await createProjectFixture(db, f, { title: 'Digitale Bauakte' });
    await addMilestone(db, f.tenant.id, await f.actor('leadA'), project.id, {
      title: 'Pilot im Bauordnungsamt',
      dueOn: '2027-03-01',
    });
    server = await startTestServer();
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  /** A feed reader's or calendar app's request (the browser's own would need its host mapping). */
  const fetchPath = (path: string) => rawRequest(server.port, { host: f.host, path });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  it('lists the feeds and the calendar in four languages, on a desktop and a phone', async () => {
    const headings: Record<string, string> = {
      '': 'Neuigkeiten abonnieren',
      '/en': 'Subscribe to news',
      '/tr': 'Haberlere abone olun',
      '/ar': 'الاشتراك في الأخبار',
    };
    for (const width of [1280, 360]) {
      const page = await pages.newPage({ viewport: { width, height: 800 } });
      for (const [prefix, heading] of Object.entries(headings)) {
        const res = await page.goto(`${prefix}/abonnieren`);
        expect(res!.status()).toBe(200);
        await seeText(page.getByRole('heading', { level: 1 }), heading);
        await expectAccessible(page, visited);
        expect(await sidewaysOverflow(page)).toEqual([]);
      }
      // The footer leads there from any page; the feed links are real links to the files.
      await page.goto('/projekte');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Abonnieren' }).click();
      await page.waitForURL(`${base}/abonnieren`);
      const href = await page
        .getByRole('link', { name: 'Alle Neuigkeiten aus den Projekten' })
        .getAttribute('href');
      expect(href).toBe(`${base}/neuigkeiten.atom`);
      const feed = await fetchPath(new URL(href!).pathname);
      expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    }
    // No request of these pages left for a third party.
    expect(requests.filter((r) => !r.startsWith(base))).toEqual([]);
  });

  it('lets a project lead make, use, renew and delete their calendar address, also without JavaScript', async () => {
    const page = await pages.newPage();
    await login(page, f.emails.leadA);
    await page.goto('/mein-bereich');
    await page.getByRole('link', { name: 'Meine Termine als Kalender-Abonnement' }).click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Meine Termine im Kalender');
    await seeText(page.locator('main'), 'Meilenstein: Pilot im Bauordnungsamt (Digitale Bauakte)');
    await expectAccessible(page, visited);

    await page.getByRole('button', { name: 'Kalender-Adresse erzeugen' }).click();
    await seeText(page.getByRole('status').first(), 'Ihre Kalender-Adresse ist erzeugt.');
    await expectAccessible(page, visited);
    const address = await page.getByLabel('Ihre Kalender-Adresse').inputValue();
    expect(address).toMatch(/\/kalender\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{32}\.ics$/);
    const ics = await fetchPath(new URL(address).pathname);
    expect(ics.status).toBe(200);
    expect(icsProblems(ics.body)).toEqual([]);

    await page.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await seeText(page.getByRole('status').first(), 'die bisherige funktioniert nicht mehr');
    const renewed = await page.getByLabel('Ihre Kalender-Adresse').inputValue();
    expect(renewed).not.toBe(address);
    expect((await fetchPath(new URL(address).pathname)).status).toBe(404);

    await page.getByRole('button', { name: 'Adresse löschen' }).click();
    await seeText(page.getByRole('status').first(), 'Die Kalender-Adresse ist gelöscht.');
    await seeText(page.locator('main'), 'Sie haben noch keine Kalender-Adresse.');
    await expectAccessible(page, visited);

    // The same without JavaScript: plain forms, post, redirect, the notice.
    const plain = await pages.newPage({ javaScriptEnabled: false });
    await login(plain, f.emails.leadA);
    await plain.goto('/mein-bereich/kalender');
    await plain.getByRole('button', { name: 'Kalender-Adresse erzeugen' }).click();
    await seeText(plain.getByRole('status').first(), 'Ihre Kalender-Adresse ist erzeugt.');
    expect(await plain.getByLabel('Ihre Kalender-Adresse').inputValue()).toMatch(/\.ics$/);
  });

  it('shows the calendar page in English, on a phone', async () => {
    const page = await pages.newPage({ viewport: { width: 360, height: 800 } });
    await login(page, f.emails.leadB);
    await page.goto('/en/mein-bereich/kalender');
    await seeText(page.getByRole('heading', { level: 1 }), 'My dates in my calendar');
    await page.getByRole('button', { name: 'Create a calendar address' }).click();
    await seeText(page.getByRole('status').first(), 'Your calendar address has been created.');
    await expectAccessible(page, visited);
    expect(await sidewaysOverflow(page)).toEqual([]);
  });
});
