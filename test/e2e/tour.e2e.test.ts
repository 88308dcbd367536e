import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBonn } from '../../src/demo/seed.ts';
import { testDatabase, uniq } from '../helpers.ts';
import { expectAccessible, launchBrowser, pageFactory, startTestServer } from './browser.ts';

const PASSWORD = 'demo-password-123';

/** One page per kind: ids, numbers and query strings do not make a new kind of page. */
function kindOf(url: URL): string {
  // English and Turkish pages are the German ones in other words; the Arabic ones are laid out right to
  // left, so each of their kinds is opened too.
  return url.pathname
    .replace(/^\/(en|tr)(?=\/|$)/, '')
    .replace(/^\/(projekte|berichte)\/(?!zeitplan$)[a-z0-9-]+$/, '/$1/:slug')
    .replace(/^\/daten\/(?!api$)[a-z-]+$/, '/daten/:slug')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/V-[A-Z0-9]{6}/g, ':ref')
    .replace(/\/\d{4}(-[QH]\d)?(?=\/|$)/g, '/:period')
    .replace(/\/\d+(?=\/|$)/g, '/:n');
}

/** Links the tour does not open as pages: downloads, feeds and calendars, the API, sign-out and what leaves the site. */
function skip(url: URL, origin: string): boolean {
  return (
    url.origin !== origin ||
    /\.(csv|json|pdf|xlsx|png|jpe?g|svg|atom|ics|ttl|rdf|jsonld)$/.test(url.pathname) ||
    url.pathname.startsWith('/api/') ||
    url.pathname.includes('/anhaenge/') ||
    url.pathname.startsWith('/assets/') ||
    url.pathname === '/abmelden'
  );
}

/**
 * Every kind of page of the Bonn demo, as the public and as the CDO team, opened in Chromium on a phone:
 * the crawl follows the links each page offers, opens one page of each kind and checks it as every
 * browser test does (axe, unique ids, no `{{`, no sideways scrolling at 360 px) and that it answers 200.
 * Then every role's menu: each link it shows opens.
 */
describe('a tour of every page of the demo, on a phone', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let base: string;
  const requests: string[] = [];
  const pages = pageFactory(
    () => browser,
    () => base,
    requests,
  );

  beforeAll(async () => {
    const slug = uniq('tour');
    const host = `${slug}.test`;
    await seedBonn((await testDatabase()).db, PASSWORD, new Date(), [host], slug);
    server = await startTestServer();
    base = `http://${host}:${server.port}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  const phone = () =>
    pages.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  async function signIn(page: Page, email: string) {
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
  }

  async function crawl(page: Page, start: string, within: (path: string) => boolean, limit: number) {
    const seen = new Set<string>();
    const queue = [start];
    const visited: string[] = [];
    const failures: string[] = [];
    while (queue.length && visited.length < limit) {
      const next = queue.shift()!;
      const res = await page.goto(next);
      const status = res?.status() ?? 0;
      if (status !== 200) {
        failures.push(`${next} → ${status}`);
        continue;
      }
      await expectAccessible(page, visited);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (skip(url, new URL(base).origin) || !within(url.pathname)) continue;
        const kind = kindOf(url);
        if (seen.has(kind)) continue;
        seen.add(kind);
        queue.push(url.pathname + url.search);
      }
    }
    expect(failures, 'pages that did not open').toEqual([]);
    expect(queue, 'kinds of page the crawl did not reach within its limit').toEqual([]);
    return visited;
  }

  it('the public portal', async () => {
    const page = await phone();
    const visited = await crawl(
      page,
      '/',
      (p) => !p.startsWith('/intern') && !/^(\/[a-z]{2})?\/anmelden$/.test(p),
      120,
    );
    expect(visited.length).toBeGreaterThan(15);
    // The footer's API link leads to the readable reference (sign-up and password pages: citizen-account.e2e).
    expect(visited).toContain('/daten/api');
    expect(requests.filter((r) => !r.startsWith(base))).toEqual([]);
  }, 480_000);

  it('the back office as the CDO team', async () => {
    const page = await phone();
    await signIn(page, 'cdo@bonn.example');
    const visited = await crawl(page, '/intern', (p) => p.startsWith('/intern'), 80);
    expect(visited.length).toBeGreaterThan(25);
    // Amber and red cells keep their colour on KERN's striped rows too.
    await page.goto('/intern/cockpit');
    const backgrounds = await page.$$eval('.cell-at_risk, .cell-off_track', (cells) =>
      cells.map(
        (c) => `${c.className.includes('at_risk') ? 'amber' : 'red'} ${getComputedStyle(c).backgroundColor}`,
      ),
    );
    expect(backgrounds.length).toBeGreaterThan(1);
    for (const b of backgrounds) expect(b).toMatch(/^(amber rgb\(255, 244, 214\)|red rgb\(251, 227, 227\))$/);
  }, 480_000);

  it('a citizen or a partner who signs in lands on the portal, not on a refusal', async () => {
    for (const email of ['buergerin@bonn.example', 'partner@bonn.example']) {
      const page = await phone();
      await signIn(page, email);
      expect(new URL(page.url()).pathname, email).toBe('/');
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Sie sind angemeldet');
      expect(await page.locator('nav.site-nav a[href^="/intern"]').count(), email).toBe(0);
      await expectAccessible(page, []);
    }
  }, 120_000);

  it('every role sees only menu links it may open', async () => {
    const roles = [
      'moderation@bonn.example',
      'admin@bonn.example',
      'dezernat4@bonn.example',
      'amt66@bonn.example',
      'leitung66@bonn.example',
      'mitarbeit@bonn.example',
    ];
    for (const email of roles) {
      const page = await phone();
      await signIn(page, email);
      await page.goto('/intern');
      const links = await page.$$eval('nav.site-nav a[href]', (as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length, email).toBeGreaterThan(0);
      for (const href of links) {
        const res = await page.goto(href);
        expect(`${email} ${href} → ${res?.status()}`).toBe(`${email} ${href} → 200`);
      }
    }
  }, 480_000);
});
