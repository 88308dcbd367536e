import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLinkToken } from '../src/modules/orgs/accounts.service.ts';
import { accounts } from '../src/modules/orgs/orgs.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { Client, testDatabase } from './helpers.ts';
import { linkIn, startSmtp } from './smtp.ts';
import { formBody, rawRequest, serveOnSocket } from './socket.ts';

const PASSWORD = 'ein Satz mit vielen Zeichen';

describe('citizen accounts and the city’s answer, over a real socket', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let c: Client;
  beforeAll(async () => {
    smtp = await startSmtp();
    f = await createOrgFixture((await testDatabase()).db);
    server = await serveOnSocket({ smtpUrl: smtp.url });
    // A client whose requests go over the socket (cookies kept like a browser).
    c = new Client(
      {
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
      } as unknown as ConstructorParameters<typeof Client>[0],
      f.host,
    );
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
    expect((await rawRequest(server.port, { host: f.host, path: link })).headers.location).toBe(
      '/anmelden?hinweis=emailConfirmed',
    );
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
});
