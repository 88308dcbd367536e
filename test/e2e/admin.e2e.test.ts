import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/orgs/orgs.service.ts';
import { auditEvents } from '../../src/platform/platform.table.ts';
import { pngImage } from '../fakes/png.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { linkIn, startSmtp } from '../smtp.ts';
import {
  expectAccessible,
  launchBrowser,
  login,
  pageFactory,
  seeText,
  sidewaysOverflow,
  startTestServer,
} from './browser.ts';

describe('the administration in a real browser: invite, roles, deactivate, org chart, partners', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  let base: string;
  let adminEmail: string;
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
    adminEmail = `admin@${f.host}`;
    await createAccount(db, f.tenant.id, {
      email: adminEmail,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    smtp = await startSmtp();
    server = await startTestServer({ smtpUrl: smtp.url });
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('an administrator invites a project lead, who chooses a password and signs in; roles change; access ends', async () => {
    const admin = await pages.newPage();
    await login(admin, adminEmail);
    await admin.getByRole('link', { name: 'Verwaltung' }).first().click();
    await seeText(admin.getByRole('heading', { level: 1 }), 'Konten');
    await expectAccessible(admin, visited);

    // The role needs an office: said at the field, what was typed stays.
    const invitee = `neu@${f.host}`;
    await admin.getByLabel('Name', { exact: true }).fill('Nora Neumann');
    await admin.getByLabel('E-Mail-Adresse', { exact: true }).fill(invitee);
    await admin.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Projektleitung' });
    await admin.getByRole('button', { name: 'Einladung senden' }).click();
    await seeText(admin.locator('#f-invite-orgUnitId-error'), 'Amt oder Team');
    expect(await admin.getByLabel('Name', { exact: true }).inputValue()).toBe('Nora Neumann');
    await expectAccessible(admin, visited);
    await admin.getByLabel(/^Organisationseinheit/).selectOption({ label: '66 – Tiefbauamt, Amt' });
    await admin.getByRole('button', { name: 'Einladung senden' }).click();
    await seeText(admin.getByRole('status').first(), 'Die Einladung an Nora Neumann ist verschickt.');
    await expectAccessible(admin, visited);
    const accountPage = admin.url();
    // The list finds her by role, with her roles and her state.
    await admin.goto('/intern/verwaltung/konten?role=project_lead');
    const row = admin.getByRole('row', { name: /Nora Neumann/ });
    await seeText(row, 'Projektleitung');
    await seeText(row, 'eingeladen, Passwort noch nicht gesetzt');
    await seeText(admin.getByRole('status').first(), '3 Konten');
    await admin.goto(accountPage);

    // The invitation: a link to choose the password; then she works in the back office.
    await expect
      .poll(() => smtp.inbox.filter((m) => m.to.includes(invitee)).length, { timeout: 10_000 })
      .toBe(1);
    const nora = await pages.newPage();
    await nora.goto(linkIn(smtp.inbox.find((m) => m.to.includes(invitee))!.raw, /\/passwort-neu\//));
    await nora.getByLabel('Neues Passwort', { exact: true }).fill('Noras langes neues Passwort');
    await nora.getByLabel('Neues Passwort wiederholen').fill('Noras langes neues Passwort');
    await nora.getByRole('button', { name: 'Passwort speichern' }).click();
    await nora.getByLabel('E-Mail-Adresse').fill(invitee);
    await nora.getByLabel('Passwort', { exact: true }).fill('Noras langes neues Passwort');
    await nora.getByRole('button', { name: 'Anmelden' }).click();
    await nora.waitForURL(/\/intern/);

    // A second role, then it goes again; each confirmation says what changed.
    await admin.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Beschäftigte' });
    await admin.getByLabel(/^Organisationseinheit/).selectOption({ label: '67 – Umweltamt, Amt' });
    await admin.getByRole('button', { name: 'Rolle hinzufügen' }).click();
    await seeText(admin.getByRole('status').first(), 'Nora Neumann hat jetzt die Rolle „Beschäftigte“.');
    await admin.getByRole('button', { name: 'Rolle „Beschäftigte – 67 – Umweltamt“ entziehen' }).click();
    await seeText(admin.getByRole('status').first(), 'Nora Neumann hat die Rolle „Beschäftigte“ nicht mehr.');
    await expectAccessible(admin, visited);

    // Deactivated: her next request finds her signed out.
    await admin.getByRole('button', { name: 'Konto deaktivieren' }).click();
    await seeText(admin.getByRole('status').first(), 'ist deaktiviert');
    await nora.goto('/intern');
    await nora.waitForURL(/\/anmelden/);

    // The last administrator keeps the role: the refusal is on the page, not an error page.
    await admin.goto('/intern/verwaltung/konten?role=admin');
    await admin.getByRole('link', { name: 'IT-Betrieb', exact: true }).click();
    await admin.getByRole('button', { name: /Rolle „Administration“ entziehen/ }).click();
    await seeText(admin.getByRole('alert'), 'letzte aktive Administrationskonto');
    await expectAccessible(admin, visited);

    const actions = (await (await testDatabase()).db.select().from(auditEvents))
      .filter((e) => e.tenantId === f.tenant.id)
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'account.invite',
        'account.addRole',
        'account.removeRole',
        'account.deactivate',
      ]),
    );
  }, 120_000);

  it('the org chart grows by a unit in the right place; a partner is added and changed', async () => {
    const admin = await pages.newPage({ viewport: { width: 360, height: 800 } });
    await login(admin, adminEmail);
    await admin.goto('/intern/verwaltung/organisation');
    await expectAccessible(admin, visited);
    await admin.getByLabel('Art', { exact: true }).selectOption({ label: 'Amt' });
    await admin.getByLabel(/^Gehört zu/).selectOption({ label: 'Verwaltung, Verwaltung' });
    await admin
      .getByLabel(/^Kennziffer/)
      .last()
      .fill('68');
    await admin.getByLabel('Bezeichnung').last().fill('Amt für Digitalisierung');
    await admin.getByRole('button', { name: 'Einheit anlegen' }).click();
    await seeText(admin.locator('#f-unit-new-parentId-error'), 'Ein Amt gehört zu einem Dezernat');
    await expectAccessible(admin, visited);
    await admin.getByLabel(/^Gehört zu/).selectOption({ label: 'Dezernat IV, Dezernat' });
    await admin.getByRole('button', { name: 'Einheit anlegen' }).click();
    await seeText(admin.getByRole('status').first(), 'Die Einheit „Amt für Digitalisierung“ ist angelegt.');
    await seeText(admin.locator('.org-tree'), '68 – Amt für Digitalisierung');
    await expectAccessible(admin, visited);

    await admin.goto('/intern/verwaltung/partner');
    await admin.getByLabel('Name der Organisation').fill('Bonner Verkehrs-Start-up');
    await admin.getByLabel('Art', { exact: true }).selectOption({ label: 'Start-up' });
    await admin.getByLabel(/^Website/).fill('kein Link');
    await admin.getByRole('button', { name: 'Partner anlegen' }).click();
    await seeText(admin.locator('#f-partner-new-website-error'), 'http');
    await admin.getByLabel(/^Website/).fill('https://start-up.example');
    await admin.getByRole('button', { name: 'Partner anlegen' }).click();
    await seeText(
      admin.getByRole('status').first(),
      'Der Partner „Bonner Verkehrs-Start-up“ ist gespeichert.',
    );
    await expectAccessible(admin, visited);

    // The change log shows both changes, who made them and what they hold; filtered to partners, one.
    await admin.getByRole('link', { name: 'Änderungsprotokoll' }).click();
    await seeText(admin.getByRole('heading', { level: 1 }), 'Änderungsprotokoll');
    const table = admin.getByRole('list', { name: 'Änderungen, die neueste zuerst' });
    await seeText(table, 'orgUnit.create');
    await seeText(table, 'Amt für Digitalisierung');
    await seeText(table, 'IT-Betrieb');
    await expectAccessible(admin, visited);
    expect(await sidewaysOverflow(admin)).toEqual([]);
    await admin.getByLabel('Art des Gegenstands').selectOption({ label: 'Partnerorganisation' });
    await admin.getByRole('button', { name: 'Filtern' }).click();
    await seeText(table, 'Bonner Verkehrs-Start-up');
    expect(await table.getByText('orgUnit.create').count()).toBe(0);
    // A "to" day before the "from" day is named at its field, and what was chosen stays.
    await admin.getByLabel('Von (Tag)').fill('2026-06-10');
    await admin.getByLabel('Bis (Tag)').fill('2026-06-01');
    await admin.getByRole('button', { name: 'Filtern' }).click();
    await seeText(admin.locator('#f-bis-error'), 'vor dem Tag „Von“');
    expect(await admin.getByLabel('Bis (Tag)').inputValue()).toBe('2026-06-01');
    await expectAccessible(admin, visited);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  }, 120_000);

  it('on a phone, the city’s details are corrected at the field, saved, and its logo uploaded into the header', async () => {
    const admin = await pages.newPage({ viewport: { width: 360, height: 800 } });
    await login(admin, adminEmail);
    await admin.goto('/intern/verwaltung/konten');
    // The back office's menu is folded on a phone, so the heading is on the first screen (walk); it opens.
    const menu = admin.locator('details.site-nav__menu');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect((await admin.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(800);
    await admin.getByText('Menü', { exact: true }).click();
    await expect.poll(() => menu.getByRole('link', { name: 'Verwaltung' }).isVisible()).toBe(true);
    // Escape folds it again, the focus back on "Menü" (walk: it stayed open).
    await menu.getByRole('link', { name: 'Verwaltung' }).focus();
    await admin.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe('Menü');
    await admin.keyboard.press('Enter');
    await expect.poll(() => menu.getByRole('link', { name: 'Verwaltung' }).isVisible()).toBe(true);
    await expectAccessible(admin, visited);
    await admin.getByRole('link', { name: 'Stadt', exact: true }).click();
    await seeText(admin.getByRole('heading', { level: 1 }), 'Angaben zur Stadt');
    await expectAccessible(admin, visited);
    expect(await sidewaysOverflow(admin)).toEqual([]);
    await admin.getByLabel(/^Gemeinde- oder Regionalschlüssel/).fill('5314');
    await admin.getByLabel(/^Herausgeberin/).fill('Stadt Testhausen – Digitalisierung');
    await admin.getByLabel(/^Anschrift/).fill('Markt 1, 12345 Testhausen');
    await admin
      .getByLabel(/^E-Mail-Adresse/)
      .first()
      .fill('digital@testhausen.example');
    await admin.getByLabel(/^Zeitzone/).selectOption('Europe/Vienna');
    await admin.getByLabel(/^Video \(Pfad\)/).fill('/medien/dgs.mp4');
    await admin.getByRole('button', { name: 'Angaben speichern' }).click();
    await seeText(
      admin.locator('#f-regionalKey-error'),
      'Der Gemeinde- oder Regionalschlüssel hat 8 oder 12 Ziffern',
    );
    await seeText(admin.locator('#f-signCaptions-error'), 'Bitte geben Sie die Untertitel zum Video an');
    expect(await admin.getByLabel(/^Herausgeberin/).inputValue()).toBe('Stadt Testhausen – Digitalisierung');
    expect(await admin.getByLabel(/^Zeitzone/).inputValue()).toBe('Europe/Vienna');
    await expectAccessible(admin, visited);
    expect(await sidewaysOverflow(admin)).toEqual([]);
    await admin.getByLabel(/^Gemeinde- oder Regionalschlüssel/).fill('05314000');
    await admin.getByLabel(/^Untertitel \(Pfad\)/).fill('/medien/dgs.vtt');
    await admin.getByRole('button', { name: 'Angaben speichern' }).click();
    await seeText(admin.getByRole('status').first(), 'Die Angaben zur Stadt sind gespeichert.');
    expect(await admin.getByLabel(/^Zeitzone/).inputValue()).toBe('Europe/Vienna');

    await admin.getByLabel('Bilddatei').setInputFiles({
      name: 'wappen.png',
      mimeType: 'image/png',
      buffer: pngImage(240, 96),
    });
    // A detail typed but not saved yet survives the upload (the logo's button sends the details along).
    await admin.getByLabel(/^Telefon/).fill('0228 77-0');
    await admin.getByRole('button', { name: 'Logo hochladen' }).click();
    await seeText(
      admin.getByRole('status').first(),
      'Das neue Logo ist gespeichert. Ihre Änderungen an den Angaben sind noch nicht gespeichert',
    );
    expect(await admin.getByLabel(/^Telefon/).inputValue()).toBe('0228 77-0');
    await admin.getByRole('button', { name: 'Angaben speichern' }).click();
    await seeText(admin.getByRole('status').first(), 'Die Angaben zur Stadt sind gespeichert.');
    expect(await admin.getByLabel(/^Telefon/).inputValue()).toBe('0228 77-0');
    await expect
      .poll(() => admin.locator('img.site-header__logo').evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBe(240);
    expect(await admin.getByRole('img', { name: /^Logo: / }).count()).toBe(1);
    await expectAccessible(admin, visited);
    expect(await sidewaysOverflow(admin)).toEqual([]);
    const pub = await pages.newPage();
    await pub.goto('/impressum');
    await seeText(pub.locator('main'), 'Stadt Testhausen – Digitalisierung');
    expect(await pub.locator('img.site-header__logo').count()).toBe(1);
    await expectAccessible(pub, visited);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  }, 120_000);

  it('nobody else may open the administration', async () => {
    const lead = await pages.newPage();
    await login(lead, f.emails.leadA);
    expect(await lead.getByRole('link', { name: 'Verwaltung' }).count()).toBe(0);
    const res = await lead.goto('/intern/verwaltung/konten');
    expect(res?.status()).toBe(403);
  });
});
