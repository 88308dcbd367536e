import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/modules/orgs/orgs.table.ts';
import { deliverImmediate } from '../../src/modules/subscriptions/subscriptions.service.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { createPublishedProposal } from '../fixtures/projects.ts';
import { testDatabase } from '../helpers.ts';
import { decoded, linkIn, startSmtp } from '../smtp.ts';
import { expectAccessible, launchBrowser, login, pageFactory, seeText, startTestServer } from './browser.ts';

const PASSWORD = 'Mein Rad steht am Bonner Hauptbahnhof';
const EMAIL = 'anna.muster@example.org';

describe('a citizen in a real browser: sign-up, confirmation, taking part, the city’s answer, her data', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  let base: string;
  let proposalId: string;
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
    proposalId = (await createPublishedProposal(db, f, 'Fahrradständer am Hauptbahnhof')).id;
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

  const mailsTo = (address: string) =>
    smtp.inbox.filter((m) => m.to.includes(address)).map((m) => ({ raw: m.raw, text: decoded(m.raw) }));

  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
  };

  it('signs up on a phone, confirms, supports and comments, reads the answer, downloads and deletes her data', async () => {
    // On a phone, as most citizens come.
    const anna = await pages.newPage({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
    await anna.goto(`/mitmachen/vorschlaege/${proposalId}`);
    await anna.getByRole('link', { name: /Melden Sie sich an .* um den Vorschlag zu unterstützen/ }).click();
    await anna.getByRole('link', { name: 'Jetzt registrieren' }).click();
    await expectAccessible(anna, visited);

    // A mistake first: the privacy notice not ticked. The page says so at the field and keeps the input.
    await anna.getByLabel('Name', { exact: true }).fill('Anna M.');
    await anna.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill(EMAIL);
    await anna.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await anna.getByRole('button', { name: 'Konto anlegen' }).click();
    await seeText(anna.locator('#f-privacy-error'), 'Datenschutzerklärung gelesen');
    expect(await anna.getByLabel('Name', { exact: true }).inputValue()).toBe('Anna M.');
    await expectAccessible(anna, visited);
    await anna.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await anna.getByLabel(/Datenschutzerklärung gelesen/).check();
    await anna.getByRole('button', { name: 'Konto anlegen' }).click();
    await seeText(anna.getByRole('heading', { level: 1 }), 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
    await expectAccessible(anna, visited);
    await expect.poll(() => mailsTo(EMAIL).length, { timeout: 10_000 }).toBe(1);

    // Signing in before confirming: a clear message, and the link once more.
    await anna.goto('/anmelden');
    await signIn(anna, EMAIL, PASSWORD);
    await seeText(anna.locator('#f-email-error'), 'noch nicht bestätigt');
    await expectAccessible(anna, visited);
    await expect.poll(() => mailsTo(EMAIL).length, { timeout: 10_000 }).toBe(2);

    // The first mail's link remembers where she came from: signing in after confirming leads back there.
    await anna.goto(linkIn(mailsTo(EMAIL)[0]!.raw, /\/registrieren\/bestaetigen\//));
    await seeText(anna.getByRole('status').first(), 'Ihre E-Mail-Adresse ist bestätigt');
    await expectAccessible(anna, visited);
    await signIn(anna, EMAIL, PASSWORD);
    await anna.waitForURL(new RegExp(`/mitmachen/vorschlaege/${proposalId}`));

    // She supports, asks to hear about it, and comments.
    await anna.getByLabel(/Per E-Mail informieren/).check();
    await anna.getByRole('button', { name: 'Vorschlag unterstützen' }).click();
    await seeText(anna.getByRole('status').first(), 'Danke für Ihre Unterstützung');
    // She follows it now with her account's address: the page says so instead of offering the form again.
    await seeText(anna.locator('main'), 'Sie folgen diesem Vorschlag');
    expect(await anna.getByRole('button', { name: 'Folgen' }).count()).toBe(0);
    await anna.getByLabel('Ihr Kommentar').fill('Am Hauptbahnhof fehlen wirklich überdachte Stellplätze.');
    await anna.getByRole('button', { name: 'Kommentar senden' }).click();
    await seeText(anna.getByRole('status').first(), 'sobald die Moderation ihn geprüft hat');
    await expectAccessible(anna, visited);

    // The participation team publishes the comment and gives the city's answer on the proposal's page.
    const mod = await pages.newPage();
    await login(mod, f.emails.moderator);
    await mod.goto('/intern/moderation/kommentare');
    await mod.getByLabel(/am \d/).first().check();
    await mod.getByRole('button', { name: 'Auswahl veröffentlichen' }).click();
    await seeText(mod.getByRole('status').first(), 'Der Kommentar ist veröffentlicht.');
    await mod.goto(`/mitmachen/vorschlaege/${proposalId}`);
    await mod.getByText('Antwort der Stadt geben').click();
    await mod.getByLabel('Wird aufgegriffen').check();
    await mod.getByLabel('Antwort', { exact: true }).fill('Zu kurz');
    await mod.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await seeText(mod.locator('#f-answerText-error'), 'mindestens 20 Zeichen');
    await expectAccessible(mod, visited);
    await mod
      .getByLabel('Antwort', { exact: true })
      .fill('Das Tiefbauamt plant 200 überdachte Stellplätze auf der Westseite; Baubeginn 2027.');
    await mod.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await seeText(mod.getByRole('status').first(), 'Die Antwort ist veröffentlicht');
    await expectAccessible(mod, visited);

    // Anna hears of it by mail and sees it on the proposal, in its journey and in her area.
    // Delivered the way the minute job does, here and now: on PostgreSQL the queue is shared by the
    // test workers, and another worker's runner (with its own mailer) could take the job.
    await deliverImmediate(server.deps, { tenantId: f.tenant.id });
    await expect
      .poll(() => mailsTo(EMAIL).filter((m) => m.text.includes('geantwortet')).length, { timeout: 15_000 })
      .toBe(1);
    expect(mailsTo(EMAIL).find((m) => m.text.includes('geantwortet'))!.text).toContain(
      '200 überdachte Stellplätze',
    );
    await anna.reload();
    await seeText(anna.locator('.city-answer'), 'Wird aufgegriffen');
    await seeText(anna.locator('.journey'), 'Antwort der Stadt: Wird aufgegriffen');
    await seeText(anna.locator('.comments, main'), 'Anna M.');
    await anna.getByRole('link', { name: /Mein Bereich/ }).click();
    await seeText(anna.getByRole('heading', { level: 1 }), 'Mein Bereich');
    await seeText(anna.locator('#unterstuetzt').locator('..'), 'Fahrradständer am Hauptbahnhof');
    await seeText(anna.locator('main'), 'überdachte Stellplätze');
    await seeText(anna.locator('main'), 'sofort per E-Mail');
    await expectAccessible(anna, visited);

    // Her data as a file (Art. 15/20).
    const [download] = await Promise.all([
      anna.waitForEvent('download'),
      anna.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click(),
    ]);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.account.email).toBe(EMAIL);
    expect(data.comments[0].body).toContain('überdachte Stellplätze');
    expect(data.supports[0].title).toBe('Fahrradständer am Hauptbahnhof');
    expect(data.notifications.length).toBe(1);

    // A new password on the phone: the current one wrong first, then right; she stays signed in.
    const renewed = `${PASSWORD}-neu`;
    await anna.getByRole('link', { name: 'Passwort ändern' }).click();
    await expectAccessible(anna, visited);
    await anna.getByLabel('Bisheriges Passwort').fill('falsch-falsch');
    await anna.getByLabel('Neues Passwort', { exact: true }).fill(renewed);
    await anna.getByLabel('Neues Passwort wiederholen').fill(renewed);
    await anna.getByRole('button', { name: 'Passwort ändern' }).click();
    await seeText(anna.locator('#f-current-error'), 'Das bisherige Passwort ist nicht richtig');
    expect(await anna.title()).toMatch(/^Fehler: Passwort ändern/);
    await expectAccessible(anna, visited);
    await anna.getByLabel('Bisheriges Passwort').fill(PASSWORD);
    await anna.getByLabel('Neues Passwort', { exact: true }).fill(renewed);
    await anna.getByLabel('Neues Passwort wiederholen').fill(renewed);
    await anna.getByRole('button', { name: 'Passwort ändern' }).click();
    await seeText(anna.getByRole('status').first(), 'Ihr Passwort ist geändert');
    await seeText(anna.getByRole('heading', { level: 1 }), 'Mein Bereich');

    // Deleting (Art. 17): the page says what goes and what stays; the password is asked for again.
    await anna.getByRole('link', { name: 'Mein Konto löschen' }).click();
    await expectAccessible(anna, visited);
    await anna.getByLabel('Ihr Passwort zur Bestätigung').fill('falsch');
    await anna.getByLabel(/nicht rückgängig/).check();
    await anna.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await seeText(anna.locator('#f-password-error'), 'Das Passwort ist nicht richtig');
    await expectAccessible(anna, visited);
    await anna.getByLabel('Ihr Passwort zur Bestätigung').fill(renewed);
    await anna.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await seeText(anna.getByRole('status').first(), 'Ihr Konto ist gelöscht');
    await expectAccessible(anna, visited);

    // Gone: no sign-in, no name on the comment, no address anywhere in the account.
    await anna.goto('/anmelden');
    await signIn(anna, EMAIL, PASSWORD);
    await seeText(anna.locator('#f-email-error'), 'nicht richtig');
    await anna.goto(`/mitmachen/vorschlaege/${proposalId}`);
    await seeText(anna.locator('main'), 'Gelöschtes Konto');
    expect(await anna.locator('main').textContent()).not.toContain('Anna M.');
    await seeText(anna.locator('main'), '1 Unterstützung');
    const rows = await (await testDatabase()).db.select().from(accounts);
    expect(rows.some((a) => a.email.toLowerCase() === EMAIL)).toBe(false);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  }, 180_000);

  it('a forgotten password: the link sets a new one once; signing up again with the address tells no one', async () => {
    const email = `lena@${f.host}`;
    const page = await pages.newPage();
    await page.goto('/registrieren');
    await page.getByLabel('Name', { exact: true }).fill('Lena K.');
    await page.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
    await page.getByLabel(/Datenschutzerklärung gelesen/).check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => mailsTo(email).length, { timeout: 10_000 }).toBe(1);
    await page.goto(linkIn(mailsTo(email)[0]!.raw, /\/registrieren\/bestaetigen\//));

    // The same address again: the same answer on the page, and a mail to the owner only.
    await page.goto('/registrieren');
    await page.getByLabel('Name', { exact: true }).fill('Jemand anderes');
    await page.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill('ein ganz anderes Passwort');
    await page.getByLabel(/Datenschutzerklärung gelesen/).check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
    await expect.poll(() => mailsTo(email).length, { timeout: 10_000 }).toBe(2);
    expect(mailsTo(email)[1]!.text).toContain('Sie haben bereits eines');

    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expectAccessible(page, visited);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Sehen Sie in Ihr Postfach');
    await expectAccessible(page, visited);
    await expect.poll(() => mailsTo(email).length, { timeout: 10_000 }).toBe(3);
    const reset = linkIn(mailsTo(email)[2]!.raw, /\/passwort-neu\//);
    await page.goto(reset);
    await expectAccessible(page, visited);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Ein neues langes Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('Ein anderes langes Passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await seeText(page.locator('#f-repeat-error'), 'stimmen nicht überein');
    await expectAccessible(page, visited);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Ein neues langes Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('Ein neues langes Passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await seeText(page.getByRole('status').first(), 'Ihr neues Passwort ist gespeichert');
    await signIn(page, email, 'Ein neues langes Passwort');
    await page.waitForURL(/hinweis=loggedIn/);

    // The link worked once: it died with the old password.
    await page.goto(reset);
    await seeText(page.getByRole('heading', { level: 1 }), 'Dieser Link funktioniert nicht mehr');
    await expectAccessible(page, visited);
  }, 120_000);
});
