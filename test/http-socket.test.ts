import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { formBody, type RawResponse, rawRequest, serveOnSocket } from './socket.ts';

/** HTTP as browsers and attackers meet it: over a real socket, through the node adapter. */
describe('over a real socket', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let proposalId: string;
  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { host: f.host, path, headers });
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path,
      body: formBody(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    proposalId = (await createPublishedProposal((await testDatabase()).db, f)).id;
    server = await serveOnSocket();
  });
  afterAll(() => server.close());

  function expectSecurityHeaders(res: RawResponse, what: string) {
    expect(res.headers['content-security-policy'], `CSP on ${what}`).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options'], `X-Frame-Options on ${what}`).toBe('DENY');
    expect(res.headers['x-content-type-options'], `nosniff on ${what}`).toBe('nosniff');
    expect(res.headers['referrer-policy'], `Referrer-Policy on ${what}`).toBe(
      'strict-origin-when-cross-origin',
    );
    expect(res.headers['permissions-policy'], `Permissions-Policy on ${what}`).toContain('camera=()');
    expect(res.headers['x-request-id'], `X-Request-Id on ${what}`).toBeTruthy();
  }

  it('sends the security headers on every kind of response', async () => {
    const cases: [string, Promise<RawResponse>, number][] = [
      ['a page', get('/'), 200],
      ['the sign-in page', get('/anmelden'), 200],
      ['an error page', get('/gibt-es-nicht'), 404],
      ['a sign-in form error', post('/anmelden', { email: f.emails.staff, password: 'falsch' }), 401],
      ['a sign-in validation error', post('/anmelden', { email: 'kein-at', password: '' }), 422],
      ['a public form error', post('/mitmachen', { title: '' }), 422],
      ['a follow form error', post(`/mitmachen/vorschlaege/${proposalId}/folgen`, { email: 'x' }), 422],
      ['a download', get('/daten/vorschlaege.csv'), 200],
      ['an API answer', get('/api/v1/projects'), 200],
      ['an API problem', get('/api/v1/projects/00000000-0000-0000-0000-000000000000'), 404],
      ['an asset', get('/assets/app/app.css'), 200],
      ['the icon', get('/assets/app/favicon.svg'), 200],
      ['the icon where browsers look for it', get('/favicon.ico'), 301],
      ['a redirect', post('/abmelden', {}), 303],
    ];
    for (const [what, pending, status] of cases) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expectSecurityHeaders(res, what);
    }
  });

  it('sends the security headers on back-office form errors', async () => {
    const signIn = await post('/anmelden', {
      email: f.emails.cdo,
      password: TEST_PASSWORD,
      zurueck: '/intern',
    });
    expect(signIn.status).toBe(303);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const page = await get('/intern/projekte/neu', { cookie });
    expect(page.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const res = await post('/intern/projekte/neu', { _csrf: csrf, title: '' }, { cookie });
    expect(res.status).toBe(422);
    expectSecurityHeaders(res, 'a back-office form error');
    // The refused form's address stays in the address bar; reloading it (GET) leads back to the page
    // above rather than to "not found" (walk); an address no form has is still not found.
    const reload = await get('/intern/projekte/00000000-0000-0000-0000-000000000000/meilensteine', {
      cookie,
    });
    expect([reload.status, reload.headers.location]).toEqual([
      303,
      '/intern/projekte/00000000-0000-0000-0000-000000000000',
    ]);
    expect((await get('/intern/projekte/neu/nirgends', { cookie })).status).toBe(404);
  });

  it('never redirects to another origin after sign-in or the language switch', async () => {
    for (const back of ['//evil.example', '/\\evil.example', 'https://evil.example']) {
      const page = await get(`/anmelden?zurueck=${encodeURIComponent(back)}`);
      expect(page.status, back).toBe(200);
      expect(page.body, back).toContain('name="zurueck" value="/intern"');
    }
    // Browsers strip tabs and line breaks from addresses (`/<tab>/x` becomes `//x`): refused outright.
    for (const back of ['/\t/evil.example', '/\n/evil.example', '\t//evil.example']) {
      const page = await get(`/anmelden?zurueck=${encodeURIComponent(back)}`);
      expect(page.status, JSON.stringify(back)).toBe(422);
      const signIn = await post('/anmelden', {
        email: f.emails.staff,
        password: TEST_PASSWORD,
        zurueck: back,
      });
      expect(signIn.status, JSON.stringify(back)).toBe(422);
      expect(signIn.headers['set-cookie'], JSON.stringify(back)).toBeUndefined();
      expect((await post('/sprache', { lang: 'en', back })).status, JSON.stringify(back)).toBe(422);
    }
    // What a browser may read as another origin falls back to a page of this site.
    for (const back of ['//evil.example', '/\\evil.example', 'https://evil.example']) {
      const signIn = await post('/anmelden', {
        email: f.emails.staff,
        password: TEST_PASSWORD,
        zurueck: back,
      });
      expect(signIn.status, back).toBe(303);
      expect(signIn.headers.location, back).toBe('/intern');
      const lang = await post('/sprache', { lang: 'en', back });
      expect(lang.status, back).toBe(303);
      expect(new URL(String(lang.headers.location)).pathname, back).toBe('/en/');
      expect(new URL(String(lang.headers.location)).hostname, back).toBe(f.host);
    }
    // An address beginning with two slashes is no page; redirected (the old `?lang=`), it would lead away.
    for (const path of [
      '//evil.example?lang=de',
      '//evil.example/x?lang=en',
      '/en//evil.example',
      '//evil.example',
    ]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.headers.location, path).toBeUndefined();
    }
  });

  it('gives every public page one address per language: no cookie, no session, German where it was', async () => {
    const db = (await testDatabase()).db;
    const count = async () =>
      (await db.select().from(sessions).where(eq(sessions.tenantId, f.tenant.id))).length;
    const before = await count();
    for (const lang of ['en', 'tr', 'ar']) {
      const page = await rawRequest(server.port, { host: f.host, path: `/${lang}/projekte` });
      expect(page.status).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(page.body).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
      expect(page.body).toContain(`<link rel="alternate" hreflang="de" href="http://${f.host}/projekte"/>`);
      expect(page.body).toContain(`hreflang="x-default" href="http://${f.host}/projekte"`);
    }
    // The cached German page is not served to English readers, nor the other way round.
    expect((await rawRequest(server.port, { host: f.host, path: '/projekte' })).body).toContain(
      '<html lang="de"',
    );
    expect((await rawRequest(server.port, { host: f.host, path: '/en/projekte' })).body).toContain(
      '<html lang="en"',
    );
    // The start page in a language; old `?lang=` addresses and language codes before the back office move.
    expect((await rawRequest(server.port, { host: f.host, path: '/en' })).status).toBe(200);
    const old = await rawRequest(server.port, { host: f.host, path: '/projekte?lang=en&q=x' });
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe('/en/projekte?q=x');
    const staff = await rawRequest(server.port, { host: f.host, path: '/en/intern/projekte' });
    expect(staff.status).toBe(301);
    expect(staff.headers.location).toBe('/intern/projekte');
    // The old switch (a form) still lands on the page in the language, and stores nothing.
    for (let i = 0; i < 20; i++) {
      const res = await post('/sprache', { lang: 'en', back: '/projekte' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`http://${f.host}/en/projekte`);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(await count()).toBe(before);
  });

  it('refuses a body larger than it takes with a page in the visitor’s language', async () => {
    const big = { email: f.emails.staff, password: 'x'.repeat(3 * 1024 * 1024) };
    const de = await post('/anmelden', big);
    expect(de.status).toBe(413);
    expect(de.headers['content-type']).toContain('text/html');
    expect(de.body).toContain('Zu viele Daten auf einmal');
    const en = await post('/en/anmelden', big);
    expect(en.status).toBe(413);
    expect(en.body).toContain('Too much data at once');
    // Its links lead to the English pages, as every English page's do.
    expect(en.body).toContain('href="/en/projekte"');
    expect(en.body).not.toContain('href="/projekte"');
  });

  it('refuses a sign-in posted from an opaque origin (Origin: null)', async () => {
    const res = await post(
      '/anmelden',
      { email: f.emails.staff, password: TEST_PASSWORD },
      { origin: 'null' },
    );
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers malformed anonymous input with a clear 4xx, never a 500', async () => {
    const long = 'x'.repeat(300);
    const gets = [
      '/projekte?q=%00',
      '/projekte/%00',
      `/projekte?q=${long}`,
      `/projekte?pillar=${long}`,
      `/projekte?field=${long}`,
      `/projekte?office=${long}`,
      '/mitmachen/vorschlaege?q=%00',
      `/anmelden?zurueck=%0d%0aSet-Cookie:x=1`,
      '/anmelden?zurueck=/%00',
    ];
    for (const path of gets) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers['set-cookie'], path).toBeUndefined();
    }
    const posts: [string, Record<string, string>][] = [
      [
        '/mitmachen',
        { title: 'Titel\u0000mit NUL', body: 'Text mit NUL \u0000 darin, lang genug für die Prüfung.' },
      ],
      [`/mitmachen/vorschlaege/${proposalId}/kommentare`, { body: 'Kommentar \u0000 mit NUL' }],
      ['/anmelden', { email: f.emails.staff, password: TEST_PASSWORD, zurueck: '/intern\r\nX: y' }],
      ['/sprache', { lang: 'en', back: '/\u0000' }],
    ];
    for (const [path, fields] of posts) {
      const res = await post(path, fields);
      expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(res.status, path).toBeLessThan(500);
      // Refused for the control character itself, not for some other reason.
      expect(res.status, path).toBe(422);
    }
    const multipart = await rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: '/mitmachen',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="title"\r\n\r\nohne Ende',
    });
    expect(multipart.status).toBeGreaterThanOrEqual(400);
    expect(multipart.status).toBeLessThan(500);
  });
  it('takes a duplicate-hint lookup of 5,000 Arabic characters, and answers an address past 64 KiB with problem+json', async () => {
    const text = 'دراجات أكثر في المحطة '.repeat(250).slice(0, 5000);
    const arabic = await get(`/api/v1/proposals/similar?text=${encodeURIComponent(text)}`);
    expect(encodeURIComponent(text).length).toBeGreaterThan(16 * 1024);
    expect(arabic.status).toBe(200);
    expect(arabic.headers['content-type']).toContain('application/json');
    const tooLong = await get(`/api/v1/proposals/similar?text=${'a'.repeat(70_000)}`);
    expect(tooLong.status).toBe(431);
    expect(tooLong.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(tooLong.body)).toMatchObject({ status: 431, title: 'Request header fields too large' });
    expect(tooLong.body).toContain('64 KiB');
  });

  it('answers a 429 with Retry-After', async () => {
    let res: RawResponse | undefined;
    for (let i = 0; i < 12; i++) res = await post('/anmelden', { email: f.emails.leadB, password: 'falsch' });
    expect(res!.status).toBe(429);
    expect(Number(res!.headers['retry-after'])).toBeGreaterThan(0);
    expectSecurityHeaders(res!, 'a 429');
  });
});
