import { AxeBuilder } from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../fixtures/orgs.ts';
import { serveOnSocket } from '../socket.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with everything that would phone home switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Test tenants live on *.test host names; all of them are this machine.
      '--host-resolver-rules=MAP *.test 127.0.0.1',
    ],
  });
}

/** Serves the app on a free loopback port for the browser. */
export const startTestServer = serveOnSocket;

/**
 * What every page the browser tests visit must hold: axe (WCAG 2.1 A/AA) with no violations, element ids
 * unique, no unfilled placeholder (`{{…}}`) in its text, and no sideways scrolling on a 360 px phone.
 */
export async function expectAccessible(page: Page, visited: string[]) {
  visited.push(new URL(page.url()).pathname);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
  const { duplicates, placeholders, misaligned, dangling } = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return {
      duplicates: [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`),
      placeholders: document.body.textContent?.match(/\{\{[^}]*\}\}/g) ?? [],
      // Every id is one token, and every aria reference finds its element.
      dangling: [
        ...[...document.querySelectorAll('[id]')]
          .filter((el) => /\s/.test(el.id))
          .map((el) => `id="${el.id}"`),
        ...[...document.querySelectorAll('[aria-labelledby],[aria-describedby]')].flatMap((el) =>
          ['aria-labelledby', 'aria-describedby'].flatMap((a) =>
            (el.getAttribute(a) ?? '')
              .split(/\s+/)
              .filter((ref) => ref && !document.getElementById(ref))
              .map((ref) => `${a}=${ref}`),
          ),
        ),
      ],
      // Headings of number columns stand over their numbers.
      misaligned: [...document.querySelectorAll('th.kern-table__header--numeric')]
        .filter((th) => {
          // At the end of the line: the right in German, the left in Arabic.
          const align = getComputedStyle(th).textAlign;
          const rtl = getComputedStyle(th).direction === 'rtl';
          return !(align === 'end' || align === (rtl ? 'left' : 'right'));
        })
        .map((th) => th.textContent?.trim() ?? ''),
    };
  });
  expect(duplicates, `duplicate ids on ${page.url()}`).toEqual([]);
  expect(placeholders, `unfilled placeholders on ${page.url()}`).toEqual([]);
  expect(misaligned, `number headings not over their numbers on ${page.url()}`).toEqual([]);
  expect(dangling, `ids with spaces or aria references to nothing on ${page.url()}`).toEqual([]);
  expect(await sidewaysOverflow(page), `sideways scrolling at 360 px on ${page.url()}`).toEqual([]);
  expect(await smallChartLabels(page), `chart labels under 12 px on ${page.url()}`).toEqual([]);
}

/**
 * Chart labels drawn smaller than 12 px where they are shown, at the page's width and on a 360 px phone:
 * a chart's text size times how much the chart is scaled on the page.
 */
export async function smallChartLabels(page: Page): Promise<string[]> {
  const measure = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('svg.chart-svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
        if (!box.width || !viewBox?.width) return [];
        const scale = box.width / viewBox.width;
        return [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim())
          .map((t) => ({ text: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale }))
          .filter((x) => x.px < 11.9)
          .slice(0, 3)
          .map((x) => `"${x.text}" ${x.px.toFixed(1)} px at ${innerWidth} px`);
      }),
    );
  const here = await measure();
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: before?.height ?? 740 });
  try {
    return [...here, ...(await measure())];
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/**
 * The page at 360 px: if it scrolls sideways, the widest elements that stick out (for the message);
 * the viewport is restored afterwards.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: before?.height ?? 740 });
  try {
    return await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      // Elements inside a box that clips or scrolls sideways cannot widen the page: leave them out. An
      // absolutely positioned element escapes such a box unless the box (or one inside it) is positioned.
      const clipped = (el: Element) => {
        const own = getComputedStyle(el).position;
        if (own === 'fixed') return false;
        let needPositioned = own === 'absolute';
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const cs = getComputedStyle(p);
          if (needPositioned && cs.position === 'static') continue;
          needPositioned = false;
          if (cs.overflowX !== 'visible') return true;
        }
        return false;
      };
      const out: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right <= width + 1 || r.width === 0 || clipped(el)) continue;
        // Report the outermost offenders only.
        const parent = el.parentElement?.getBoundingClientRect();
        if (parent && parent.right > width + 1 && el.parentElement !== document.body) continue;
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
        out.push(`${name} → ${Math.round(r.right)} px`);
      }
      return [`page ${document.documentElement.scrollWidth} px wide`, ...out.slice(0, 8)];
    });
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Records every request a page makes, so a test can prove none left for a third party. */
export function recordRequests(page: Page, into: string[]) {
  page.on('request', (r) => into.push(r.url()));
}

/** Waits until the element's text contains `text` (pages are server-rendered: this spans a navigation). */
export async function seeText(locator: Locator, text: string) {
  await expect
    .poll(async () => ((await locator.count()) ? ((await locator.first().textContent()) ?? '') : ''), {
      timeout: 10_000,
    })
    .toContain(text);
}

/** Waits until the element's whole text, trimmed, is `text`. */
export async function seeExactly(locator: Locator, text: string) {
  await expect
    .poll(async () => ((await locator.count()) ? ((await locator.first().textContent()) ?? '').trim() : ''), {
      timeout: 10_000,
    })
    .toBe(text);
}

/**
 * Pages in fresh browser contexts (axe needs pages of a context), each recording its requests; call
 * closeAll() in afterAll.
 */
export function pageFactory(browser: () => Browser, base: () => string, requests: string[]) {
  const contexts: BrowserContext[] = [];
  return {
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser().newContext({ baseURL: base(), locale: 'de-DE', ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      recordRequests(page, requests);
      return page;
    },
    async closeAll() {
      for (const c of contexts) await c.close();
    },
  };
}

/** Signs in with the test password and waits for the back office. */
export async function login(page: Page, email: string, check?: () => Promise<void>) {
  await page.goto('/anmelden');
  await check?.();
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL(/\/intern/);
}
