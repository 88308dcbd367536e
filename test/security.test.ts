import { beforeAll, describe, expect, it } from 'vitest';
import { ideaProposals } from '../src/modules/ideas/ideas.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('sessions, CSRF and headers', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let deps: Awaited<ReturnType<typeof testApp>>['deps'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    ({ app, deps } = await testApp());
  });

  it('sets no cookie for anonymous reading, and only the HttpOnly SameSite=Lax session cookie on sign-in', async () => {
    const c = new Client(app, f.host);
    for (const path of [
      '/',
      '/projekte',
      '/mitmachen',
      '/mitmachen/vorschlaege',
      '/impressum',
      '/anmelden',
    ]) {
      expect((await c.get(path)).headers.get('set-cookie'), path).toBeNull();
    }
    const res = await c.post('/anmelden', { email: f.emails.staff, password: TEST_PASSWORD });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rathaus_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure behind https', async () => {
    const secureApp = (await testApp({ secureCookies: true, baseUrl: 'https://rathaus.example' })).app;
    const c = new Client(secureApp, f.host);
    const res = await c.post('/anmelden', { email: f.emails.staff, password: TEST_PASSWORD });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a state-changing request with a session but without the CSRF token', async () => {
    const c = new Client(app, f.host);
    await c.login(f.emails.moderator, TEST_PASSWORD);
    const refused = await c.post('/intern/moderation', { action: 'publish', ids: [] }, { csrf: false });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Formular abgelaufen');
    const wrong = await c.request('POST', '/intern/moderation', {
      form: { _csrf: 'forged', action: 'publish' },
    });
    expect(wrong.status).toBe(403);
    // With the token the same request reaches the handler (and fails validation instead).
    expect((await c.post('/intern/moderation', { action: 'publish' })).status).toBe(422);
  });

  it('refuses cross-site form posts even without a session', async () => {
    const c = new Client(app, f.host);
    const res = await c.request('POST', '/mitmachen', {
      form: { title: 'x' },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    const res2 = await c.request('POST', '/mitmachen', {
      form: { title: 'x' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res2.status).toBe(403);
  });

  it('starts a new session on sign-in and ends it on sign-out', async () => {
    const c = new Client(app, f.host);
    // A session id planted before sign-in (fixation) is never the one after it.
    const anonymous = (await deps.sessions.create(f.tenant.id, {})).token;
    c.cookie = `rathaus_session=${anonymous}`;
    await c.login(f.emails.staff, TEST_PASSWORD);
    expect(c.cookie).not.toBe(`rathaus_session=${anonymous}`);
    const signedIn = c.cookie;
    expect((await c.get('/intern')).status).toBe(200);
    expect((await c.post('/abmelden', {})).location).toBe('/?hinweis=loggedOut');
    const replay = new Client(app, f.host);
    replay.cookie = signedIn;
    expect((await replay.get('/intern')).status).toBe(303);
    // From an English page, back to the English start page; a language the portal lacks is ignored.
    await c.login(f.emails.staff, TEST_PASSWORD);
    expect((await c.post('/abmelden', { lang: 'en' })).location).toBe('/en/?hinweis=loggedOut');
    await c.login(f.emails.staff, TEST_PASSWORD);
    expect((await c.post('/abmelden', { lang: 'xx' })).location).toBe('/?hinweis=loggedOut');
    // The identity provider's logout returns to one address; the language comes back as its state.
    expect((await c.get('/?hinweis=loggedOut&state=tr')).location).toBe('/tr/?hinweis=loggedOut');
    expect((await c.get('/?hinweis=loggedOut&state=de')).status).toBe(200);
  });

  it('answers wrong credentials at the field and rate-limits repeated attempts', async () => {
    const c = new Client(app, f.host);
    const wrong = await c.post('/anmelden', { email: f.emails.cdo, password: 'falsch' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('E-Mail-Adresse oder Passwort sind nicht richtig');
    expect(wrong.text).toContain(`value="${f.emails.cdo}"`);
    expect(wrong.text).not.toContain('Versuche, dann');
    let last = wrong;
    const texts: string[] = [];
    for (let i = 0; i < 10; i++) {
      last = await c.post('/anmelden', { email: f.emails.cdo, password: 'falsch' });
      texts.push(last.text);
    }
    // The last attempts before the pause say how many are left, and the one that locks says so.
    expect(texts[5]).toContain('Noch 3 Versuche, dann ist die Anmeldung für 15 Minuten gesperrt.');
    expect(texts[7]).toContain('Noch ein Versuch, dann ist die Anmeldung für 15 Minuten gesperrt.');
    expect(texts[8]).toContain('Die Anmeldung ist jetzt für 15 Minuten gesperrt');
    expect(texts[9]).toContain('Anmeldung kurz gesperrt');
    last = await c.post('/anmelden', { email: f.emails.cdo, password: 'falsch' });
    expect(last.status).toBe(429);
    // The pause is a notice, not an error at a field that is not wrong; the address stays filled in.
    expect(last.text).toContain('Anmeldung kurz gesperrt');
    expect(last.text).not.toContain('aria-invalid="true"');
    expect(last.text).toContain(`value="${f.emails.cdo}"`);
    // Once limited, the right password does not get through either until the window ends.
    expect((await c.post('/anmelden', { email: f.emails.cdo, password: TEST_PASSWORD })).status).toBe(429);
  });

  it('pauses an account for the network the guesses came from, not for the person elsewhere', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    const proxied = (await testApp({ trustProxy: 1 })).app;
    const attempt = (ip: string, password: string) =>
      new Client(proxied, g.host).request('POST', '/anmelden', {
        form: { email: g.emails.cdo, password },
        headers: { 'x-forwarded-for': ip },
      });
    // Sixty tries from one network: ten count, the rest are refused there and do not count for the
    // account anywhere else.
    for (let i = 0; i < 60; i++) await attempt('203.0.113.9', 'falsch geraten');
    expect((await attempt('203.0.113.9', TEST_PASSWORD)).status).toBe(429);
    for (let i = 0; i < 60; i++) await attempt('2001:db8:9:9::1', 'falsch geraten');
    // The CDO, from the city's network, still signs in.
    expect((await attempt('198.51.100.20', TEST_PASSWORD)).status).toBe(303);
  });

  it('counts failed sign-ins only: many correct sign-ins from one address pass, a success resets the account', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    for (let i = 0; i < 15; i++) {
      const c = new Client(app, g.host);
      const res = await c.post('/anmelden', { email: g.emails.staff, password: TEST_PASSWORD });
      expect(res.status, `sign-in ${i + 1}`).toBe(303);
    }
    const c = new Client(app, g.host);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++)
        expect((await c.post('/anmelden', { email: g.emails.moderator, password: 'falsch' })).status).toBe(
          401,
        );
      expect((await c.post('/anmelden', { email: g.emails.moderator, password: TEST_PASSWORD })).status).toBe(
        303,
      );
    }
  });

  it('sends the security headers on pages and problem documents', async () => {
    const c = new Client(app, f.host);
    const page = await c.get('/');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const problem = await c.get('/api/v1/projects/00000000-0000-0000-0000-000000000000');
    expect(problem.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never shows a stack trace', async () => {
    const c = new Client(app, f.host);
    const res = await c.get('/projekte/%E0%A4%A');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('switches the language without losing the page', async () => {
    const c = new Client(app, f.host);
    const res = await c.post('/sprache', { lang: 'en', back: '/projekte?q=x' });
    expect(res.location).toBe(`http://${f.host}/en/projekte?q=x`);
    const page = await c.get('/en/projekte?q=x');
    expect(page.text).toContain('<html lang="en" dir="ltr"');
    expect(page.text).toContain('Apply filters');
    // The page's own links and forms stay in English; the back office and assets keep their one address.
    expect(page.text).toContain('action="/en/projekte"');
    expect(page.text).not.toMatch(/href="\/projekte/);
    expect(page.text).toContain('href="/assets/');
    // The switch names the same page in every language, German at its old address.
    expect(page.text).toContain(`href="http://${f.host}/projekte?q=x" hreflang="de"`);
    expect(page.text).toContain(`href="http://${f.host}/ar/projekte?q=x" hreflang="ar"`);
    expect((await c.post('/sprache', { lang: 'de', back: 'https://evil.example/' })).location).toBe(
      `http://${f.host}/`,
    );
  });
});

describe('unexpected errors', () => {
  it('show the 500 page in the visitor’s language with a reference, and log the error', async () => {
    const f = await createOrgFixture((await testDatabase()).db, { accounts: false });
    const { app } = await testApp();
    app.get('/__boom', () => {
      throw new Error('database exploded at /secret/path.ts:12');
    });
    // A constraint violation that slipped past validation is the client's error, not a 500.
    app.get('/__fk', async () => {
      await (await testDatabase()).db
        .insert(ideaProposals)
        .values({ tenantId: f.tenant.id, ideaId: f.tenant.id, proposalId: f.tenant.id });
      return new Response('unreachable');
    });
    const c = new Client(app, f.host);
    const de = await c.get('/__boom');
    expect(de.status).toBe(500);
    expect(de.text).toContain('Ein Fehler ist aufgetreten');
    expect(de.text).toMatch(/Fehlernummer für Rückfragen: [0-9a-f-]{36}/);
    expect(de.text).not.toContain('exploded');
    expect(de.text).not.toContain('/secret/path.ts');
    const en = await c.get('/en/__boom');
    expect(en.text).toContain('Something went wrong');
    expect((await c.get('/__fk')).status).toBe(422);
    const notFound = await c.get('/en/nowhere');
    expect(notFound.status).toBe(404);
    expect(notFound.text).toContain('Page not found');
  });
});
