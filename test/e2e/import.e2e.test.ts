import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { portfolioWorkbook } from '../fixtures/workbook.ts';
import { testDatabase } from '../helpers.ts';
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
 * The CDO team imports the city's portfolio workbook of 200 projects: upload, the columns mapped by their
 * headings, the preview, the import; then the same workbook again (nothing added) and a broken one (every
 * problem named, nothing imported), on a desktop and on a phone, axe on every page.
 */
describe('importing a portfolio workbook in a real browser', () => {
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
  const dir = os.tmpdir();

  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    server = await startTestServer();
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  it('imports 200 projects, imports them again without duplicates, and refuses a broken workbook', async () => {
    const book = path.join(dir, `portfolio-${f.tenant.slug}.xlsx`);
    writeFileSync(book, await portfolioWorkbook(200, f));
    const page = await pages.newPage();
    await login(page, f.emails.cdo);
    await page.goto('/intern/projekte');
    await page.getByRole('link', { name: 'Projekte aus Excel importieren' }).click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Projektportfolio importieren');
    await expectAccessible(page, visited);
    await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(book);
    await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
    await seeText(page.getByRole('heading', { level: 1 }), `Import prüfen: portfolio-${f.tenant.slug}.xlsx`);
    await seeText(
      page.locator('main'),
      '200 Zeilen: 200 neue Projekte, 0 Änderungen, 0 unverändert, 0 mit Problemen.',
    );
    expect(await page.getByLabel('Federführendes Amt (Pflicht)').inputValue()).toBe('4');
    await expectAccessible(page, visited);
    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    await seeText(page.getByRole('status'), '200 Projekte angelegt, 0 geändert, 0 unverändert.');
    await expectAccessible(page, visited);
    await page.getByRole('link', { name: 'Zur Projektliste' }).click();
    await seeText(page.locator('main'), 'Digitales Vorhaben Nummer 1');

    // The same workbook again, on a phone: every row recognised, nothing added.
    const phone = await pages.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    await login(phone, f.emails.cdo);
    await phone.goto('/intern/projekte/import');
    await phone.getByLabel('Datei (Excel oder CSV)').setInputFiles(book);
    await phone.getByRole('button', { name: 'Hochladen und prüfen' }).click();
    await seeText(
      phone.locator('main'),
      '200 Zeilen: 0 neue Projekte, 0 Änderungen, 200 unverändert, 0 mit Problemen.',
    );
    expect(await sidewaysOverflow(phone)).toEqual([]);
    await expectAccessible(phone, visited);
    await phone.getByRole('button', { name: 'Jetzt importieren' }).click();
    await seeText(phone.getByRole('status'), '0 Projekte angelegt, 0 geändert, 200 unverändert.');

    // A broken workbook: the problems by row, no import button.
    const broken = path.join(dir, `broken-${f.tenant.slug}.xlsx`);
    writeFileSync(
      broken,
      await portfolioWorkbook(3, f, (row, i) => {
        if (i === 1) row[4] = 'Bauamt';
        if (i === 2) row[8] = 'irgendwann';
      }),
    );
    await page.goto('/intern/projekte/import');
    await page.getByLabel('Datei (Excel oder CSV)').setInputFiles(broken);
    await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
    await seeText(page.locator('main'), 'Federführendes Amt: „Bauamt“ ist kein Amt');
    await seeText(page.locator('main'), 'Beginn: „irgendwann“ ist kein Datum');
    expect(await page.getByRole('button', { name: 'Jetzt importieren' }).count()).toBe(0);
    await expectAccessible(page, visited);
    expect(requests.filter((r) => !r.startsWith(base))).toEqual([]);
  }, 240_000);
});
