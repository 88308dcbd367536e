import { and, eq } from 'drizzle-orm';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/orgs/orgs.service.ts';
import { passkeys } from '../../src/modules/orgs/orgs.table.ts';
import { auditEvents } from '../../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { CHROMIUM, expectAccessible, login, pageFactory, seeText, startTestServer } from './browser.ts';

// Passkeys in Chromium with a virtual authenticator (the DevTools protocol's WebAuthn domain): a staff
// member adds one, signs out, signs in with it alone, removes it; the site refuses it afterwards. WebAuthn
// needs a secure context: the test's http origin is declared one, as TLS or localhost would be.

describe('passkeys for staff in a real browser', () => {
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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--host-resolver-rules=MAP *.test 127.0.0.1',
        `--unsafely-treat-insecure-origin-as-secure=${base}`,
      ],
    });
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  /** A platform authenticator that holds passkeys and verifies the person without asking. */
  const withAuthenticator = async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
  };

  const signOut = async (page: Page) => {
    await page.getByRole('button', { name: 'Abmelden' }).first().click();
    await page.waitForURL(/hinweis=loggedOut/);
  };

  it('adds a passkey, signs in with it alone, removes it, and is refused with it afterwards', async () => {
    const page = await pages.newPage();
    await withAuthenticator(page);
    await login(page, f.emails.leadA);
    await page.goto('/mein-bereich');
    await page.getByRole('link', { name: 'Passkeys verwalten' }).click();
    await page.waitForURL(/\/mein-bereich\/passkeys$/);
    await seeText(page.locator('main'), 'Sie haben noch keinen Passkey.');
    await expectAccessible(page, visited);

    // The name is checked before the device makes anything.
    await page.getByLabel('Name des Passkeys').fill('');
    await page.getByRole('button', { name: 'Passkey anlegen' }).click();
    await seeText(page.locator('#passkey-status'), 'einen Namen (höchstens 60 Zeichen)');
    expect(await page.getByLabel('Name des Passkeys').getAttribute('aria-invalid')).toBe('true');
    // Titled as a form error, as the page without script would be.
    expect(await page.title()).toMatch(/^Fehler: Passkeys/);
    await page.getByLabel('Name des Passkeys').fill('Laptop im Büro');
    await page.getByRole('button', { name: 'Passkey anlegen' }).click();
    await page.waitForURL(/hinweis=passkeyAdded/);
    await seeText(page.locator('main'), 'Laptop im Büro');
    await seeText(page.locator('main'), 'noch nicht verwendet');
    await expectAccessible(page, visited);
    // A second one on the same device: the browser refuses, and the page says why.
    await page.getByLabel('Name des Passkeys').fill('Noch einmal');
    await page.getByRole('button', { name: 'Passkey anlegen' }).click();
    await seeText(page.locator('#passkey-status'), 'Auf diesem Gerät ist schon ein Passkey');
    // Renamed without script: an empty name comes back at that passkey's field, opened; then a new name.
    await page.getByText('„Laptop im Büro“ umbenennen').click();
    await page.getByLabel('Neuer Name').fill(' ');
    await page.getByRole('button', { name: 'Namen speichern' }).click();
    await seeText(page.getByRole('alert').first(), 'Bitte geben Sie dem Passkey einen Namen');
    expect(await page.title()).toMatch(/^Fehler: /);
    // A page with a form error jumps to its summary instead of gliding there (KERN scrolls smoothly).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(await page.getByLabel('Neuer Name').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, visited);
    await page.getByLabel('Neuer Name').fill('Laptop im Büro');
    await page.getByRole('button', { name: 'Namen speichern' }).click();
    await page.waitForURL(/hinweis=passkeyRenamed/);
    await seeText(page.locator('#hinweis'), 'Der neue Name des Passkeys ist gespeichert.');

    const db = (await testDatabase()).db;
    const [stored] = await db
      .select()
      .from(passkeys)
      .where(and(eq(passkeys.tenantId, f.tenant.id), eq(passkeys.accountId, f.ids.leadA)));
    expect(stored!.name).toBe('Laptop im Büro');
    expect(stored!.publicKey.length).toBeGreaterThan(50);

    // Signed out, back in with the passkey alone: no address, no password.
    await signOut(page);
    await page.goto('/anmelden');
    await expectAccessible(page, visited);
    const sent = page.waitForRequest((r) => r.url().endsWith('/anmelden/passkey') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
    await page.waitForURL(`${base}/intern`);

    // The signed answer cannot be used again: not in a session without a ceremony, nor against a new
    // challenge (the signature covers the old one).
    const replay = (await sent).postData()!;
    const replayed = await page.evaluate(async (body) => {
      const post = async (url: string, csrf: string, data: string) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: data,
        });
        return { status: res.status, detail: ((await res.json()) as { detail?: string }).detail };
      };
      const html = await (await fetch('/mein-bereich')).text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const without = await post('/anmelden/passkey', csrf, body);
      await post('/anmelden/passkey/optionen', csrf, '{}');
      const other = await post('/anmelden/passkey', csrf, body);
      return [without, other];
    }, replay);
    expect(replayed.map((r) => r.status)).toEqual([422, 422]);
    expect(replayed[1]!.detail).toContain('nicht angenommen');
    await page.goto('/mein-bereich/passkeys');
    await seeText(page.locator('main'), 'zuletzt verwendet am');

    const audit = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, f.ids.leadA)));
    expect(audit.map((a) => a.action)).toContain('account.addPasskey');

    // The English sign-in page signs in with it too (its form posts to /en/anmelden).
    await signOut(page);
    await page.goto('/en/anmelden');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.waitForURL(`${base}/intern`);
    await page.goto('/mein-bereich/passkeys');

    // Removed after a confirmation (plain forms), then the same passkey is refused at sign-in with a sentence.
    const remove = page.getByRole('button', { name: 'Passkey „Laptop im Büro“ entfernen' });
    await remove.click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Passkey „Laptop im Büro“ entfernen');
    await seeText(page.locator('main'), 'Es ist Ihr letzter Passkey');
    await expectAccessible(page, visited);
    // Focus starts at the question, so the keyboard's next stop is the button, not the site's header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Passkey „Laptop im Büro“ entfernen',
    );
    await remove.click();
    await page.waitForURL(/hinweis=passkeyRemoved/);
    await seeText(page.locator('main'), 'Sie haben noch keinen Passkey.');
    await signOut(page);
    await page.goto('/anmelden');
    await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
    await seeText(page.locator('#passkey-status'), 'Dieser Passkey ist hier nicht (mehr) bekannt');
    await expectAccessible(page, visited);
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    // On the English page the server's sentence is English.
    await page.goto('/en/anmelden');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await seeText(page.locator('#passkey-status'), 'This passkey is not (or no longer) known here');
  }, 120_000);

  it('is for staff only, and without JavaScript the password is all a page offers', async () => {
    const db = (await testDatabase()).db;
    const citizen = await createAccount(db, f.tenant.id, {
      email: `buerger@${f.host}`,
      displayName: 'Bea Bürger',
      password: TEST_PASSWORD,
      roles: [{ role: 'citizen', orgUnitId: null }],
    });
    expect(citizen.id).toBeTruthy();
    const page = await pages.newPage();
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(`buerger@${f.host}`);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(/hinweis=loggedIn/);
    expect((await page.goto('/mein-bereich/passkeys'))!.status()).toBe(403);
    const csrf = await page.evaluate(async () => {
      const html = await (await fetch('/mein-bereich')).text();
      return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    });
    // Asked as passkeys.js asks (JSON only): refused with problem details, not an HTML page.
    const refused = await page.evaluate(async (token) => {
      const res = await fetch('/mein-bereich/passkeys/optionen', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({ name: 'Mein Handy' }),
      });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
    }, csrf);
    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 403 });

    // No script: the sign-in page shows the password form and nothing that would not work.
    const plain = await pages.newPage({ javaScriptEnabled: false });
    await plain.goto('/anmelden');
    expect(await plain.getByRole('button', { name: 'Mit Passkey anmelden' }).isVisible()).toBe(false);
    await expect.poll(() => plain.getByLabel('Passwort').isVisible()).toBe(true);
    await login(plain, f.emails.staff);
    await plain.goto('/mein-bereich/passkeys');
    await seeText(plain.locator('main'), 'braucht JavaScript');
    expect(await plain.getByLabel('Name des Passkeys').isVisible()).toBe(false);
    // (axe needs JavaScript in the page; the same page was checked with it above.)
  }, 120_000);
});
