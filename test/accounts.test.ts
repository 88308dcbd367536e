import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPartners } from '../src/modules/delivery/delivery.table.ts';
import { accountLinkToken } from '../src/modules/orgs/accounts.service.ts';
import { addPartner, createAccount } from '../src/modules/orgs/orgs.service.ts';
import { accounts } from '../src/modules/orgs/orgs.table.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture, createPublishedProposal } from './fixtures/projects.ts';
import { Client, testDatabase } from './helpers.ts';
import { decoded, linkIn, startSmtp } from './smtp.ts';
import { formBody, rawRequest, serveOnSocket } from './socket.ts';

const PASSWORD = 'ein Satz mit vielen Zeichen';

describe('citizen accounts and the city’s answer, over a real socket', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let c: Client;
  let transport: ConstructorParameters<typeof Client>[0];
  beforeAll(async () => {
    smtp = await startSmtp();
    f = await createOrgFixture((await testDatabase()).db);
    server = await serveOnSocket({ smtpUrl: smtp.url });
    // A client whose requests go over the socket (cookies kept like a browser).
    transport = {
      request: async (
        path: string,
        init: { method: string; headers: Record<string, string>; body?: string },
      ) => {
        const res = await rawRequest(server.port, {
          host: f.host,
          method: init.method,
          path,
          headers: init.headers,
          body: init.body,
        });
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers))
          for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, x);
        return new Response(res.status === 204 ? null : res.body, { status: res.status, headers });
      },
    } as unknown as ConstructorParameters<typeof Client>[0];
    c = new Client(transport, f.host);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });
  const mailsTo = (address: string) => smtp.inbox.filter((m) => m.to.includes(address));
  const signUp = (email: string, extra: Record<string, string> = {}) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: '/registrieren',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${f.host}` },
      body: formBody({ displayName: 'Max B.', email, password: PASSWORD, privacy: 'on', ...extra }),
    });

  it('a confirmation link is bound to its account, its address and its time', async () => {
    const email = `max@${f.host}`;
    expect((await signUp(email)).headers.location).toBe('/registrieren/gesendet');
    await expect.poll(() => mailsTo(email).length, { timeout: 10_000 }).toBe(1);
    const link = linkIn(mailsTo(email)[0]!.raw, /\/registrieren\/bestaetigen\//);
    // The city is named as a city ("im Portal der Stadt …"), not as "bei Bonn".
    expect(decoded(mailsTo(email)[0]!.raw)).toContain('Sie haben im Portal der Stadt');
    // Nothing the person typed is in it: the city does not carry a stranger's text to any address.
    expect(decoded(mailsTo(email)[0]!.raw)).not.toContain('Max B.');
    // A changed character: a page that says the link is broken, not a crash.
    const forged = await rawRequest(server.port, { host: f.host, path: `${link.slice(0, -2)}xx` });
    expect(forged.status).toBe(404);
    expect(forged.body).toContain('Dieser Link funktioniert nicht mehr');
    // Another tenant's host does not accept it.
    const other = await createOrgFixture((await testDatabase()).db, { accounts: false });
    expect((await rawRequest(server.port, { host: other.host, path: link })).status).toBe(404);
    // Expired: made three days and an hour ago.
    const db = (await testDatabase()).db;
    const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
    const old = accountLinkToken(
      server.deps.config.sessionSecret,
      'confirm',
      account!,
      Date.now() - 73 * 3_600_000,
    );
    const expired = await rawRequest(server.port, { host: f.host, path: `/registrieren/bestaetigen/${old}` });
    expect(expired.status).toBe(410);
    expect(expired.body).toContain('abgelaufen');
    // Before the confirmation the account may be anyone's: the administration cannot give it a role.
    await createAccount(db, f.tenant.id, {
      email: `admin-bestaetigung@${f.host}`,
      displayName: 'Admin',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    const admin = new Client(transport, f.host);
    await admin.login(`admin-bestaetigung@${f.host}`, TEST_PASSWORD);
    const giveRole = () =>
      admin.post(`/intern/verwaltung/konten/${account!.id}/rollen`, {
        role: 'staff',
        orgUnitId: f.officeA.id,
      });
    const early = await giveRole();
    expect(early.status).toBe(422);
    // Loaded again, the address the refused form was shown at leads back to the account.
    expect((await admin.get(`/intern/verwaltung/konten/${account!.id}/rollen`)).location).toBe(
      `/intern/verwaltung/konten/${account!.id}`,
    );
    expect(early.text).toContain('Die Adresse dieses Kontos ist noch nicht bestätigt');
    expect((await rawRequest(server.port, { host: f.host, path: link })).headers.location).toBe(
      '/anmelden?hinweis=emailConfirmed',
    );
    expect((await giveRole()).status).toBe(303);
  });

  it('sign-ups from one address are limited, with Retry-After; bad input keeps what was typed', async () => {
    const bad = await signUp(`kaputt@${f.host}`, { password: 'kurz', displayName: 'Erika <b>' });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('mindestens 12 Zeichen');
    expect(bad.body).toContain('value="Erika &lt;b&gt;"');
    // Up to ten per hour from one address (one went above), then 429 with the time to wait.
    let last = bad;
    for (let i = 0; i < 10 && last.status !== 429; i++) last = await signUp(`viele-${i}@${f.host}`);
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.body).toContain('viele Konten angelegt');
  });

  it('only moderators, the CDO team and heads of offices answer; the answer is in the open data', async () => {
    const db = (await testDatabase()).db;
    const p = await createPublishedProposal(db, f, 'Parkausweis online verlängern');
    const answer = { answerState: 'rejected', answerText: 'Der Parkausweis ist schon seit 2024 online.' };
    const path = `/mitmachen/vorschlaege/${p.id}/antwort`;
    await c.login(f.emails.staff, TEST_PASSWORD);
    expect((await c.post(path, answer)).status).toBe(403);
    await c.login(f.emails.headA, TEST_PASSWORD);
    const bad = await c.post(path, { answerState: 'maybe', answerText: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('>x</textarea>');
    expect((await c.post(path, answer)).location).toBe(`/mitmachen/vorschlaege/${p.id}?hinweis=answered`);
    const json = JSON.parse((await c.get('/daten/vorschlaege.json')).text);
    expect(json.data.find((r: { id: string }) => r.id === p.id)).toMatchObject({
      answer_state: 'rejected',
      answer: answer.answerText,
    });
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, p.id));
    expect(audit).toBeDefined();
  });

  it('staff accounts are not deleted by their owners; anonymous visitors are sent to sign in', async () => {
    const anon = await rawRequest(server.port, { host: f.host, path: '/mein-bereich' });
    expect(anon.status).toBe(303);
    expect(anon.headers.location).toBe('/anmelden?zurueck=%2Fmein-bereich');
    await c.login(f.emails.leadA, TEST_PASSWORD);
    const page = await c.get('/mein-bereich');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Konten von Beschäftigten');
    expect(
      (await c.post('/mein-bereich/konto-loeschen', { password: TEST_PASSWORD, understood: 'on' })).status,
    ).toBe(403);
    const data = await c.get('/mein-bereich/daten.json');
    expect(data.headers.get('content-disposition')).toContain('attachment');
    expect(JSON.parse(data.text).account.email).toBe(f.emails.leadA);
  });

  it('a signed-in person changes their password: the current one first, other sessions end, this one stays', async () => {
    const NEW = 'Rheinaue-Sommer-2027';
    const here = new Client(transport, f.host);
    const elsewhere = new Client(transport, f.host);
    await here.login(f.emails.headB, TEST_PASSWORD);
    await elsewhere.login(f.emails.headB, TEST_PASSWORD);
    expect((await here.get('/mein-bereich')).text).toContain('href="/mein-bereich/passwort"');
    const form = await here.get('/mein-bereich/passwort');
    expect(form.status).toBe(200);
    expect(form.text).toContain('autocomplete="current-password"');
    // A wrong current password, and two new ones that differ: each told at its field, nothing typed shown back.
    const wrong = await here.post('/mein-bereich/passwort', {
      current: 'falsch-falsch',
      password: NEW,
      repeat: NEW,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Das bisherige Passwort ist nicht richtig.');
    expect(wrong.text).not.toContain(NEW);
    // …and each password field says why it is empty again.
    expect(form.text).not.toContain('zeigen wir Passwörter nicht wieder an');
    expect(wrong.text.match(/zeigen wir Passwörter nicht wieder an/g)).toHaveLength(3);
    const differ = await here.post('/mein-bereich/passwort', {
      current: TEST_PASSWORD,
      password: NEW,
      repeat: `${NEW}!`,
    });
    expect(differ.status).toBe(422);
    expect(differ.text).toContain('Die beiden Passwörter stimmen nicht überein.');
    const same = await here.post('/mein-bereich/passwort', {
      current: TEST_PASSWORD,
      password: TEST_PASSWORD,
      repeat: TEST_PASSWORD,
    });
    expect(same.status).toBe(422);
    expect(same.text).toContain('Das neue Passwort ist das bisherige.');
    const done = await here.post('/mein-bereich/passwort', {
      current: TEST_PASSWORD,
      password: NEW,
      repeat: NEW,
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/mein-bereich?hinweis=passwordUpdated');
    expect((await here.get(done.location!)).text).toContain('Ihr Passwort ist geändert.');
    // The owner hears of it by mail, with the way back if it was not them.
    await expect
      .poll(() =>
        mailsTo(f.emails.headB)
          .map((m) => decoded(m.raw))
          .join('\n'),
      )
      .toContain('Das Passwort Ihres Kontos wurde soeben geändert');
    // The other browser is signed out; the old password no longer works, the new one does.
    expect((await elsewhere.get('/mein-bereich')).status).toBe(303);
    const old = new Client(transport, f.host);
    expect((await old.post('/anmelden', { email: f.emails.headB, password: TEST_PASSWORD })).status).toBe(
      401,
    );
    await old.login(f.emails.headB, NEW);
    const db = (await testDatabase()).db;
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'account.changePassword'));
    expect(audit.some((a) => a.tenantId === f.tenant.id)).toBe(true);
    // After ten wrong tries it pauses (a session left open does not let anyone guess the password).
    let last = wrong;
    for (let i = 0; i < 11; i++)
      last = await here.post('/mein-bereich/passwort', {
        current: `falsch-${i}`,
        password: NEW,
        repeat: NEW,
      });
    expect(last.status).toBe(429);
    expect(last.text).toContain('Das bisherige Passwort wurde zu oft falsch eingegeben.');
  });

  it('a partner account speaks for the organisation the administration linked it to', async () => {
    const db = (await testDatabase()).db;
    const hub = await addPartner(db, f.tenant.id, {
      name: 'Digital Hub Test',
      kind: 'ngo',
      digitalHubMember: true,
    });
    await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'Admin',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    const admin = new Client(transport, f.host);
    await admin.login(`admin@${f.host}`, TEST_PASSWORD);
    // Renaming a unit to nothing: the error stands at that unit's form, open, not at the new unit's.
    const unitId = f.officeA.id;
    const renamed = await admin.post(`/intern/verwaltung/organisation/${unitId}`, { code: '66', name: ' ' });
    expect(renamed.status).toBe(422);
    expect(renamed.text).toContain(`href="#f-unit-${unitId}-name"`);
    expect(renamed.text).not.toContain('href="#f-unit-new-name"');
    expect(renamed.text).toMatch(new RegExp(`<details open="">\\s*<summary>[^]*?${f.officeA.name}`));
    const reopened = await admin.get(`/intern/verwaltung/organisation/${unitId}`);
    expect(reopened.status).toBe(303);
    // A page past the end counts the accounts and leads back; no empty table.
    const beyond = await admin.get('/intern/verwaltung/konten?seite=99');
    expect(beyond.text).toContain('Diese Seite gibt es nicht, die Liste hat eine Seite.');
    expect(beyond.text).not.toMatch(/(^|\D)0 Konten/);
    expect(beyond.text).not.toContain('<table');
    // The partner role needs the organisation; the error sits at its field and keeps the input.
    const missing = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: `hub@${f.host}`,
      role: 'partner',
      orgUnitId: '',
      partnerId: '',
    });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Bitte wählen Sie die Organisation, für die die Person spricht.');
    expect(missing.text).toContain(`value="hub@${f.host}"`);
    // The unit picker names each unit and its kind once, after a comma (names may end in brackets).
    expect(missing.text).toContain('66 – Tiefbauamt, Amt</option>');
    // Contradictions are pointed out, not dropped: a unit for a partner, an organisation for staff.
    const withUnit = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: `hub@${f.host}`,
      role: 'partner',
      orgUnitId: f.officeA.id,
      partnerId: hub.id,
    });
    expect(withUnit.status).toBe(422);
    expect(withUnit.text).toContain('Diese Rolle hat keine Organisationseinheit.');
    const staffWithPartner = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: `hub@${f.host}`,
      role: 'staff',
      orgUnitId: f.officeA.id,
      partnerId: hub.id,
    });
    expect(staffWithPartner.status).toBe(422);
    expect(staffWithPartner.text).toContain('Nur die Rolle „Partner“ spricht für eine Organisation.');
    // Everything wrong is told at once, in the form's order: a name too short (the form's own check), an
    // address with an account, a unit for a partner and no organisation (the use case's).
    const allAtOnce = await admin.post('/intern/verwaltung/konten', {
      displayName: 'H',
      email: f.emails.staff.toUpperCase(),
      role: 'partner',
      orgUnitId: f.officeA.id,
      partnerId: '',
    });
    expect(allAtOnce.status).toBe(422);
    const summary = allAtOnce.text.slice(allAtOnce.text.indexOf('data-error-summary'));
    const order = [
      'Name: Bitte geben Sie mindestens 2 Zeichen ein.',
      'Zu dieser E-Mail-Adresse gibt es schon ein Konto.',
      'Diese Rolle hat keine Organisationseinheit.',
      'Bitte wählen Sie die Organisation, für die die Person spricht.',
    ].map((text) => summary.indexOf(text));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // With a valid form, the use case's problems come together too.
    const bothAtOnce = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: f.emails.staff,
      role: 'staff',
      orgUnitId: f.officeA.id,
      partnerId: hub.id,
    });
    expect(bothAtOnce.status).toBe(422);
    expect(bothAtOnce.text).toContain('Zu dieser E-Mail-Adresse gibt es schon ein Konto.');
    expect(bothAtOnce.text).toContain('Nur die Rolle „Partner“ spricht für eine Organisation.');
    // An empty unit (parsed as none) is checked with the address too (walk: one error, then the next).
    const noUnit = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: f.emails.staff,
      role: 'staff',
      orgUnitId: '',
      partnerId: '',
    });
    expect(noUnit.status).toBe(422);
    expect(noUnit.text).toContain('Zu dieser E-Mail-Adresse gibt es schon ein Konto.');
    expect(noUnit.text).toContain('Bitte wählen Sie die Organisationseinheit, in der die Person arbeitet.');
    const invited = await admin.post('/intern/verwaltung/konten', {
      displayName: 'Hub Team',
      email: `hub@${f.host}`,
      role: 'partner',
      orgUnitId: '',
      partnerId: hub.id,
    });
    expect(invited.status).toBe(303);
    expect((await admin.get(invited.location!.replace(/#.*/, ''))).text).toContain(
      'Partner – Digital Hub Test',
    );

    // Signed in, the partner writes for the organisation unless writing as a private person.
    await createAccount(db, f.tenant.id, {
      email: `hub2@${f.host}`,
      displayName: 'Hub Zwei',
      password: TEST_PASSWORD,
      roles: [{ role: 'partner', orgUnitId: null, partnerId: hub.id }],
    });
    const { project } = await createProjectFixture(db, f, { title: 'Gründungsberatung digital' });
    await db.insert(projectPartners).values({
      tenantId: f.tenant.id,
      projectId: project.id,
      partnerId: hub.id,
      contribution: 'Pilotbetrieb',
    });
    const partner = new Client(transport, f.host);
    await partner.login(`hub2@${f.host}`, TEST_PASSWORD);
    const form = await partner.get('/mitmachen');
    expect(form.text).toContain('value="Digital Hub Test"');
    expect(form.text).toMatch(/value="ngo"[^>]*checked/);
    const sent = await partner.post('/mitmachen', {
      title: 'Co-Working für Gründerinnen im Stadthaus',
      body: 'Leerstehende Flächen im Stadthaus könnten Gründerteams tageweise nutzen.',
      authorKind: 'company',
      organisationName: 'Eine andere Firma GmbH',
      confirmed: '1',
    });
    expect(sent.status).toBe(303);
    const [stored] = await db
      .select()
      .from(proposals)
      .where(eq(proposals.title, 'Co-Working für Gründerinnen im Stadthaus'));
    expect(stored).toMatchObject({ authorKind: 'ngo', organisationName: 'Digital Hub Test' });
    const area = await partner.get('/mein-bereich');
    expect(area.text).toContain('Sie sprechen für: Digital Hub Test');
    expect(area.text).toContain(`href="/projekte/${project.slug}"`);
    expect(area.text).toContain('Pilotbetrieb');
  });
});
