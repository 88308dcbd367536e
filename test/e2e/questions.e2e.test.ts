import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
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
 * A member of staff asks the CDO team anonymously, a project lead by name without JavaScript; the team
 * answers on a phone; the asker reads the answer. Every page with scripts checked by axe on the way.
 */
describe('staff questions in a real browser', () => {
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

  it('asks anonymously, is answered by the CDO team, and reads the answer', async () => {
    const staff = await pages.newPage();
    await login(staff, f.emails.staff);
    await staff.getByRole('navigation').getByRole('link', { name: 'Fragen und Antworten' }).click();
    await seeText(staff.getByRole('heading', { level: 1 }), 'Fragen zur digitalen Verwaltung');
    await expectAccessible(staff, visited);
    // Too short: the error at the field, the text kept.
    await staff.getByLabel('Ihre Frage').fill('Warum?');
    await staff.getByRole('button', { name: 'Frage senden' }).click();
    await seeText(staff.getByRole('alert').first(), 'mindestens 10 Zeichen');
    expect(await staff.getByLabel('Ihre Frage').inputValue()).toBe('Warum?');
    await expectAccessible(staff, visited);
    await staff
      .getByLabel('Ihre Frage')
      .fill('Wird die Zeiterfassung digital? Die Papierbögen kosten jeden Monat viel Zeit.');
    expect(await staff.getByRole('radio', { name: /Anonym/ }).isChecked()).toBe(true);
    await staff.getByRole('button', { name: 'Frage senden' }).click();
    await seeText(staff.getByRole('status').first(), 'Ihre Frage ist eingegangen');
    // The same without JavaScript, by name (axe needs scripts, so this page is not checked by it).
    const plain = await pages.newPage({ javaScriptEnabled: false });
    await login(plain, f.emails.leadA);
    await plain.goto('/intern/fragen');
    await plain.getByLabel('Ihre Frage').fill('Bekommen Projektleitungen eine Schulung für die E-Akte?');
    await plain.getByRole('radio', { name: /Mit meinem Namen/ }).check();
    await plain.getByRole('button', { name: 'Frage senden' }).click();
    await seeText(plain.getByRole('status').first(), 'Ihre Frage ist eingegangen');

    const cdo = await pages.newPage({ viewport: { width: 360, height: 800 } });
    await login(cdo, f.emails.cdo);
    await cdo.goto('/intern/fragen/eingang');
    await seeText(cdo.locator('main'), 'Anonym gestellt');
    await seeText(cdo.locator('main'), 'Gestellt von');
    await expectAccessible(cdo, visited);
    expect(await sidewaysOverflow(cdo)).toEqual([]);
    await cdo
      .getByRole('link', { name: /Beantworten/ })
      .first()
      .click();
    await seeText(cdo.locator('blockquote'), 'Wird die Zeiterfassung digital?');
    await expectAccessible(cdo, visited);
    await cdo
      .getByLabel('Antwort', { exact: true })
      .fill('Ja: Die digitale Zeiterfassung kommt 2027 mit dem neuen Personalsystem, Amt für Amt.');
    await cdo.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await seeText(cdo.getByRole('status').first(), 'Die Antwort ist veröffentlicht.');
    await seeText(cdo.locator('main'), 'Bekommen Projektleitungen');

    await staff.reload();
    const answered = staff.getByRole('article').filter({ hasText: 'Wird die Zeiterfassung digital?' });
    await seeText(answered, 'Die digitale Zeiterfassung kommt 2027');
    await seeText(answered, 'Anonym gefragt am');
    await expectAccessible(staff, visited);

    // "What changes for me", on a desktop and on a phone: the office's part of the digital administration.
    await staff.getByRole('navigation').getByRole('link', { name: 'Für mich' }).click();
    await seeText(staff.getByRole('heading', { level: 1 }), 'Was sich für mich ändert');
    await seeText(staff.locator('main'), 'Für Ihr Amt: Tiefbauamt');
    await expectAccessible(staff, visited);
    const phone = await pages.newPage({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    await login(phone, f.emails.staff);
    await phone.goto('/intern/fuer-mich');
    await seeText(phone.getByRole('heading', { level: 2, name: 'Meine Schulungen' }), 'Meine Schulungen');
    await expectAccessible(phone, visited);
    expect(await sidewaysOverflow(phone)).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(base))).toEqual([]);
  }, 120_000);
});
