import { and, eq, sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/orgs/orgs.service.ts';
import { accounts } from '../../src/modules/orgs/orgs.table.ts';
import { auditEvents } from '../../src/platform/platform.table.ts';
import { type IdpUser, startOidcProvider } from '../fakes/oidc.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { expectAccessible, launchBrowser, login, pageFactory, seeText, startTestServer } from './browser.ts';

describe('staff sign-in through the city’s identity provider (OpenID Connect) in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let idp: Awaited<ReturnType<typeof startOidcProvider>>;
  let f: OrgFixture;
  let base: string;
  const visited: string[] = [];
  const requests: string[] = [];
  const pages = pageFactory(
    () => browser,
    () => base,
    requests,
  );
  const users: Record<string, IdpUser> = {};

  const setSignIn = async (signIn: object) => {
    const db = (await testDatabase()).db;
    await db.execute(
      sql`update tenants set settings = settings || jsonb_build_object('signIn', ${JSON.stringify(signIn)}::jsonb) where id = ${f.tenant.id}`,
    );
    // The tenant lookup keeps tenants for a minute: a new server reads the new settings.
  };
  /** The next request of every session re-asks the provider. */
  const expireChecks = async () =>
    (await testDatabase()).db.execute(
      sql`update sessions set oidc = jsonb_set(oidc, '{checkedAt}', '0') where tenant_id = ${f.tenant.id} and oidc is not null`,
    );

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    users.anna = { email: `anna@${f.host}`, name: 'Anna Weber', groups: ['/stadt/digital-cdo'] };
    users.bert = { email: f.emails.staff, name: 'Bert Bestand', groups: ['/stadt/amt-66'] };
    users.carl = { email: `carl@${f.host}`, name: 'Carl Ohnerolle', groups: ['/stadt/kantine'] };
    await setSignIn({
      rules: [
        { id: 'r1', claim: 'groups', value: 'digital-cdo', role: 'cdo', orgUnitId: null },
        { id: 'r2', claim: 'groups', value: 'digital-moderation', role: 'moderator', orgUnitId: null },
        { id: 'r3', claim: 'groups', value: 'amt-66', role: 'staff', orgUnitId: f.officeA.id },
      ],
      staffPasswords: false,
    });
    idp = await startOidcProvider(users);
    server = await startTestServer({
      oidc: {
        issuer: idp.issuer,
        clientId: 'rathaus-0',
        clientSecret: 'rathaus-test-secret',
        scopes: 'openid email profile groups',
        allowHttp: true,
      },
    });
    base = `http://${f.host}:${server.port}`;
    idp.register(base);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await idp?.stop();
  });

  const signInAt = async (page: Awaited<ReturnType<typeof pages.newPage>>, login: string) => {
    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Mit dem Dienstkonto anmelden' }).click();
    await page.waitForURL((u) => u.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('egal');
    await page.getByRole('button', { name: /sign-in/i }).click();
  };

  it('signs a new person in with the role their group gives, checks it again, and ends it when the provider says so', async () => {
    const page = await pages.newPage();
    await page.goto('/anmelden');
    await seeText(page.getByRole('heading', { level: 2 }).first(), 'Für Beschäftigte der Stadt');
    await expectAccessible(page, visited);
    await signInAt(page, 'anna');
    await page.waitForURL(`${base}/intern`);
    await expectAccessible(page, visited);
    const db = (await testDatabase()).db;
    const [anna] = await db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, f.tenant.id), eq(accounts.email, users.anna!.email)));
    expect(anna!.oidcSubject).toBe(`${idp.issuer} anna`);
    expect(anna!.passwordHash).toBeNull();
    expect((await page.goto('/intern/cockpit'))!.status()).toBe(200);
    // The provider's answer again (the back button after signing in): still signed in, on to the back
    // office, no "did not complete".
    const again = await page.goto('/anmelden/dienstkonto/zurueck?code=spent&state=spent');
    expect(again!.status()).toBe(200);
    expect(page.url()).toBe(`${base}/intern`);

    // A changed group changes the role at the next check: the cockpit closes, moderation opens.
    users.anna!.groups = ['/stadt/digital-moderation'];
    await expireChecks();
    expect((await page.goto('/intern/cockpit'))!.status()).toBe(403);
    expect((await page.goto('/intern/moderation'))!.status()).toBe(200);
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, anna!.id)));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account.createFromProvider', 'account.rolesFromProvider']),
    );

    // Disabled at the provider: the next request after the check has no session any more.
    users.anna!.disabled = true;
    await expireChecks();
    await page.goto('/intern/moderation');
    await page.waitForURL(/\/anmelden/);
    await seeText(page.locator('#hinweis'), 'Ihre Sitzung ist beendet');
    users.anna!.disabled = false;

    // Signing in from an English page comes back to the English page.
    users.anna!.groups = ['/stadt/digital-cdo'];
    const en = await pages.newPage();
    await en.goto('/en/anmelden?zurueck=%2Fprojekte');
    await en.getByRole('link', { name: 'Sign in with your work account' }).click();
    await en.waitForURL((u) => u.origin === idp.issuer);
    await en.locator('input[name="login"]').fill('anna');
    await en.locator('input[name="password"]').fill('egal');
    await en.getByRole('button', { name: /sign-in/i }).click();
    await en.waitForURL(`${base}/en/projekte`);

    // Signing out there goes through the provider and back to the English start page, not the German one.
    await en.getByRole('button', { name: 'Sign out' }).first().click();
    await en.waitForURL((u) => u.origin === idp.issuer);
    const confirm = en.getByRole('button', { name: /yes|sign me out/i });
    if (await confirm.count()) await confirm.first().click();
    await en.waitForURL(`${base}/en/?hinweis=loggedOut`);
    await seeText(en.locator('main'), 'You are signed out.');
    await expectAccessible(en, visited);
  });

  it('links an existing account by its address, refuses a forged state and a person without a role', async () => {
    const page = await pages.newPage();
    // Passwords are switched off for staff here: the staff member is sent to the provider.
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(f.emails.staff);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await seeText(page.locator('.kern-error, [role="alert"]').first(), 'Dienstkonto');
    await expectAccessible(page, visited);
    // A wrong password gets the same answer: it never tells whether a guess was right.
    await page.getByLabel('Passwort').fill('falsch geraten 123');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await seeText(page.locator('.kern-error, [role="alert"]').first(), 'Dienstkonto');

    await signInAt(page, 'bert');
    await page.waitForURL(`${base}/intern`);
    // Passwords off for staff: no passkeys either, and the page says so instead of offering one.
    await page.goto('/mein-bereich/passkeys');
    await seeText(page.locator('main'), 'nur über das Dienstkonto');
    expect(await page.getByRole('button', { name: 'Passkey anlegen' }).count()).toBe(0);
    const db = (await testDatabase()).db;
    const [bert] = await db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, f.tenant.id), eq(accounts.id, f.ids.staff)));
    expect(bert!.oidcSubject).toBe(`${idp.issuer} bert`);

    // Signing out ends the session here and at the provider, then comes back to the portal.
    await page.getByRole('button', { name: 'Abmelden' }).first().click();
    await page.waitForURL((u) => u.origin === idp.issuer);
    const confirm = page.getByRole('button', { name: /yes|sign me out/i });
    if (await confirm.count()) await confirm.first().click();
    await page.waitForURL(`${base}/?hinweis=loggedOut`);
    expect((await page.goto('/intern'))!.url()).toContain('/anmelden');

    // A forged callback: the pending sign-in's state does not match; nobody is signed in.
    const other = await pages.newPage();
    await other.goto('/anmelden/dienstkonto');
    await other.waitForURL((u) => u.origin === idp.issuer);
    const forged = await other.goto(`${base}/anmelden/dienstkonto/zurueck?code=abc&state=forged`);
    expect(forged!.status()).toBe(400);
    await seeText(other.locator('#provider-error'), 'abgebrochen oder abgelaufen');
    // Nothing on the page to correct: the summary says the sign-in did not complete.
    await seeText(other.getByRole('alert'), 'Anmeldung mit dem Dienstkonto nicht abgeschlossen');
    expect(await other.getByText('Bitte korrigieren').count()).toBe(0);
    await expectAccessible(other, visited);
    expect((await other.goto('/intern'))!.url()).toContain('/anmelden');

    // Cancelled at the provider (error=access_denied with the real state): the pending sign-in is spent,
    // so the provider's later answer signs nobody in.
    const cancel = await pages.newPage();
    const asked = cancel.waitForRequest((r) => r.url().startsWith(idp.issuer) && r.url().includes('state='));
    await cancel.goto('/anmelden/dienstkonto');
    const state = new URL((await asked).url()).searchParams.get('state')!;
    await cancel.waitForURL((u) => u.origin === idp.issuer);
    const provider = cancel.url();
    const denied = await cancel.goto(
      `${base}/anmelden/dienstkonto/zurueck?error=access_denied&state=${state}`,
    );
    expect(denied!.status()).toBe(400);
    await cancel.goto(provider);
    await cancel.locator('input[name="login"]').fill('bert');
    await cancel.locator('input[name="password"]').fill('egal');
    await cancel.getByRole('button', { name: /sign-in/i }).click();
    await cancel.waitForURL(/\/anmelden\/dienstkonto\/zurueck/);
    await seeText(cancel.locator('#provider-error'), 'abgebrochen oder abgelaufen');
    expect((await cancel.goto('/intern'))!.url()).toContain('/anmelden');

    // Known to the provider, but no group gives a role: refused, no account made.
    const carl = await pages.newPage();
    await signInAt(carl, 'carl');
    await carl.waitForURL(/\/anmelden\/dienstkonto\/zurueck/);
    await seeText(carl.locator('#provider-error'), 'keine Rolle');
    // Begun on the English page, the refusal is in English (the provider sends everyone to one address).
    await carl.goto('/en/anmelden');
    await carl.getByRole('link', { name: /work account/i }).click();
    await carl.waitForURL(/\/anmelden\/dienstkonto\/zurueck/);
    await seeText(carl.locator('#provider-error'), 'has no role in Rathaus');
    expect(await carl.locator('html').getAttribute('lang')).toBe('en');
    const made = await db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, f.tenant.id), eq(accounts.email, users.carl!.email)));
    expect(made).toHaveLength(0);
    // No request of Rathaus's pages left for a third party. (oidc-provider's own development login form,
    // standing in for the city's Keycloak, links a web font: that one is the fake provider's, not ours.)
    expect(
      requests.filter(
        (r) =>
          !r.startsWith(base) && !r.startsWith(idp.issuer) && !r.startsWith('https://fonts.googleapis.com/'),
      ),
    ).toEqual([]);
  });

  it('lets the administrator edit the rules and the password switch, each change audited', async () => {
    const db = (await testDatabase()).db;
    const adminEmail = `admin@${f.host}`;
    await createAccount(db, f.tenant.id, {
      email: adminEmail,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    // Passwords for staff are off here, but the administrator is staff: allow them for this step.
    await setSignIn({
      rules: [{ id: 'r1', claim: 'groups', value: 'digital-cdo', role: 'cdo', orgUnitId: null }],
      staffPasswords: true,
    });
    const page = await pages.newPage();
    await login(page, adminEmail);
    await page.goto('/intern/verwaltung/anmeldung');
    await seeText(page.getByRole('heading', { level: 1 }), 'Anmeldung mit dem Dienstkonto');
    await seeText(page.locator('main'), idp.issuer);
    await expectAccessible(page, visited);

    // A rule without a value is refused at the field; what was typed stays.
    const newRule = page.locator('section[aria-labelledby="rule-new-title"]');
    await newRule.getByLabel('Wert', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Regel speichern' }).click();
    await seeText(page.locator('#f-rule-new-value-error'), 'Bitte füllen Sie dieses Feld aus');
    await expectAccessible(page, visited);
    await newRule.getByLabel('Wert', { exact: true }).fill('digital-moderation');
    await newRule.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Moderation' });
    await page.getByRole('button', { name: 'Regel speichern' }).click();
    await seeText(page.getByRole('status').first(), 'Die Regel ist gespeichert.');
    await seeText(page.locator('main'), 'groups enthält „digital-moderation“ → Moderation');
    // The same rule again is refused at its value.
    await newRule.getByLabel('Wert', { exact: true }).fill('digital-moderation');
    await newRule.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Moderation' });
    await page.getByRole('button', { name: 'Regel speichern' }).click();
    await seeText(page.locator('#f-rule-new-value-error'), 'Diese Regel gibt es schon.');
    // Changed in place: a wrong value comes back at that rule's form, opened; then the new value.
    const change = page.locator('details', { hasText: 'Ändern: groups enthält „digital-moderation“' });
    await change.locator('summary').click();
    await change.getByLabel('Wert', { exact: true }).fill(' ');
    await change.getByRole('button', { name: 'Änderung speichern' }).click();
    await seeText(
      page.locator('details[open]', { hasText: 'digital-moderation' }).locator('.kern-error').first(),
      'Bitte füllen Sie dieses Feld aus',
    );
    expect(await page.title()).toMatch(/^Fehler: /);
    await expectAccessible(page, visited);
    const reopened = page.locator('details[open]', { hasText: 'digital-moderation' });
    await reopened.getByLabel('Wert', { exact: true }).fill('digital-redaktion');
    await reopened.getByRole('button', { name: 'Änderung speichern' }).click();
    await seeText(page.getByRole('status').first(), 'Die geänderte Regel ist gespeichert.');
    await seeText(page.locator('main'), 'groups enthält „digital-redaktion“ → Moderation');
    const removeRule = page.getByRole('button', {
      name: 'Regel entfernen: groups enthält „digital-redaktion“ → Moderation',
    });
    // Asked first: the rule in words and what removing it does; nothing is removed yet.
    await removeRule.click();
    await seeText(page.getByRole('heading', { level: 1 }), 'Regel entfernen');
    await seeText(page.locator('main'), 'spätestens nach einer Minute');
    await expectAccessible(page, visited);
    await removeRule.click();
    await seeText(page.getByRole('status').first(), 'Die Regel ist entfernt.');
    // A staff member signed in with a password meanwhile; switching passwords off ends that session
    // (the administrator's own stays).
    const staffPage = await pages.newPage();
    await login(staffPage, f.emails.moderator);
    await page.getByLabel('Beschäftigte dürfen sich auch mit einem Passwort anmelden').uncheck();
    await page.getByRole('button', { name: 'Einstellung speichern' }).click();
    await seeText(page.getByRole('status').first(), 'Die Einstellung zu Passwörtern ist gespeichert.');
    expect((await staffPage.goto('/intern'))!.url()).toContain('/anmelden');
    expect(
      await page.getByLabel('Beschäftigte dürfen sich auch mit einem Passwort anmelden').isChecked(),
    ).toBe(false);
    await expectAccessible(page, visited);
    const audit = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityType, 'tenant')));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'tenant.addSignInRule',
        'tenant.changeSignInRule',
        'tenant.removeSignInRule',
        'tenant.setStaffPasswords',
      ]),
    );
  });
});
