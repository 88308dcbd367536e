/** @jsxImportSource hono/jsx */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENT_EXAMPLES, ExamplesPage } from '../../src/ui/components.examples.tsx';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { expectAccessible, launchBrowser, startTestServer } from './browser.ts';

/**
 * Puts the examples into a page of the app's origin, so the self-hosted styles and fonts load as on any
 * page (a page answered by the test itself through page.route could not load them: every stylesheet
 * failed, and the examples were checked unstyled).
 */
async function showOnAppOrigin(page: Page, html: string) {
  await page.goto('/robots.txt');
  await page.setContent(html, { waitUntil: 'load' });
  const styled = await page.evaluate(
    () => getComputedStyle(document.querySelector('.kern-table')!).borderCollapse,
  );
  expect(styled, 'KERN styles applied').toBe('collapse');
}

describe('UI components: every example passes axe', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let f: OrgFixture;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db, { accounts: false });
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders all examples in the real layout with the real styles', async () => {
    const base = `http://${f.host}:${server.port}`;
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const html = (await (<ExamplesPage />)).toString();
    page.setDefaultTimeout(5000);
    await showOnAppOrigin(page, html);
    expect(await page.locator('section').count()).toBe(Object.keys(COMPONENT_EXAMPLES).length);
    await expectAccessible(page, []);
    // Several forms with the same fields: a label ticks its own form's radio, the summary links into it.
    const second = page.getByRole('form', { name: 'Bericht 2' });
    await second.getByText('Zur Überarbeitung zurückgeben').click();
    expect(await page.locator('#f-card2-decision-1').isChecked()).toBe(true);
    expect(await page.locator('#f-card1-decision-0').isChecked()).toBe(true);
    expect(await page.locator('#f-card1-decision-1').isChecked()).toBe(false);
    expect(await second.locator('.kern-alert a').getAttribute('href')).toBe('#f-card2-decision');
    // A wide table's scroll box is a tab stop with a name: a group named as its caption.
    const region = page.getByRole('group', { name: 'Budgets je Jahr' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getByRole('table', { name: 'Budgets je Jahr' }).count()).toBe(1);
    // Reached with the Tab key, it shows the focus ring (KERN's own rule had taken it off).
    for (let i = 0; i < 80 && !(await region.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await context.close();
  });

  it('lays every example out right to left in Arabic: axe, no sideways scrolling, labels on the left of their boxes', async () => {
    const base = `http://${f.host}:${server.port}`;
    const context = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const html = (await (<ExamplesPage lang="ar" />)).toString();
    page.setDefaultTimeout(5000);
    await showOnAppOrigin(page, html);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(page, []);
    // A radio's label stands to its left (KERN's grid mirrored).
    const radio = page.locator('.kern-form-check__radio').first();
    const label = page
      .locator('.kern-form-check__radio + .kern-label, .kern-form-check__radio ~ .kern-label')
      .first();
    const r = (await radio.boundingBox())!;
    const l = (await label.boundingBox())!;
    expect(l.x + l.width).toBeLessThanOrEqual(r.x + 1);
    await context.close();
  });
});
