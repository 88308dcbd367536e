import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOKIES } from '../../src/platform/http/cookies.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { createProjectFixture } from '../fixtures/projects.ts';
import { testDatabase } from '../helpers.ts';
import { expectAccessible, launchBrowser, pageFactory, startTestServer } from './browser.ts';

/**
 * TDDDG § 25 in a real browser: before consent nothing is stored on the device on any public page, in
 * any language; refusing stores nothing either; allowing statistics sets only the documented cookie.
 */
describe('consent and storage in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let f: OrgFixture;
  let base: string;
  let slug: string;
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
    slug = (await createProjectFixture(db, f)).project.slug;
    server = await startTestServer();
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  /** Everything the site keeps on the device: cookies, local and session storage. */
  async function stored(page: Page) {
    const storage = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    return { cookies: (await page.context().cookies()).map((c) => c.name).sort(), ...storage };
  }

  const PUBLIC = [
    '/',
    '/projekte',
    '/strategie',
    '/mitmachen',
    '/mitmachen/vorschlaege',
    '/agenda',
    '/berichte',
    '/onlinedienste',
    '/priorisierung',
    '/daten',
    '/daten/api',
    '/statistik',
    '/cookies',
    '/datenschutz',
    '/impressum',
    '/barrierefreiheit',
    '/transparenz/algorithmen',
    '/anmelden',
    '/registrieren',
  ];

  it('stores nothing before consent and after refusing; allowing sets only the statistics cookie', async () => {
    const page = await pages.newPage();
    for (const p of [...PUBLIC, `/projekte/${slug}`, ...PUBLIC.map((x) => `/ar${x === '/' ? '/' : x}`)]) {
      const res = await page.goto(p);
      expect(res?.status(), p).toBe(200);
    }
    expect(await stored(page)).toEqual({ cookies: [], local: 0, session: 0 });

    // The choice on the start page: both answers equally prominent, a plain form.
    await page.goto('/');
    const accept = page.getByRole('button', { name: 'Statistik-Cookie erlauben' });
    const reject = page.getByRole('button', { name: 'Nur notwendige Cookies' });
    expect(await accept.getAttribute('class')).toBe(await reject.getAttribute('class'));
    await expectAccessible(page, visited);
    await reject.click();
    await page.getByText('Es wurde nichts gespeichert').waitFor({ state: 'visible' });
    for (const p of PUBLIC) await page.goto(p);
    expect(await stored(page)).toEqual({ cookies: [], local: 0, session: 0 });

    // Allowed from the cookie settings, reachable from every page's footer.
    await page.getByRole('link', { name: 'Cookie-Einstellungen' }).click();
    await expectAccessible(page, visited);
    await page.getByRole('button', { name: 'Statistik-Cookie erlauben' }).click();
    await page.getByText('wiederkehrende Besuche werden jetzt gezählt', { exact: false }).waitFor();
    for (const p of PUBLIC) await page.goto(p);
    const after = await stored(page);
    expect(after).toEqual({ cookies: ['rathaus_stats'], local: 0, session: 0 });
    // It is the one the cookie page documents.
    expect(Object.keys(COOKIES)).toContain('rathaus_stats');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'rathaus_stats')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    // Withdrawn: gone again.
    await page.goto('/cookies');
    await page.getByRole('button', { name: 'Nur notwendige Cookies' }).click();
    await page.getByText('Es wurde nichts gespeichert').waitFor({ state: 'visible' });
    expect((await stored(page)).cookies).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
  }, 180_000);
});
