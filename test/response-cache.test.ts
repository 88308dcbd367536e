import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, shareCacheInvalidation } from '../src/app.ts';
import { recordEvent } from '../src/platform/events.ts';
import { accepts } from '../src/platform/http/cache.ts';
import { forwardedClient, networkOf } from '../src/platform/http/guards.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { testApp, testConfig, testDatabase } from './helpers.ts';
import { rawRequest, serveOnSocket } from './socket.ts';

const until = async (check: () => Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function cacheCount(
  deps: { metrics: { cache: { get(): Promise<{ values: { labels: object; value: number }[] }> } } },
  result: string,
) {
  const m = await deps.metrics.cache.get();
  return m.values.find((v) => (v.labels as { result?: string }).result === result)?.value ?? 0;
}

describe('the response cache: ready bytes over a real socket', () => {
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  let slug: string;
  let projectId: string;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    const { project } = await createProjectFixture(db, f, { title: 'Digitale Bauakte' });
    slug = project.slug;
    projectId = project.id;
    server = await serveOnSocket();
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { host: f.host, path, headers });

  it('answers a repeated page from memory with the same headers, an ETag, 304 and compressed bodies', async () => {
    const first = await get('/projekte');
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBeUndefined();
    const hit = await get('/projekte');
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.body).toBe(first.body);
    expect(hit.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(hit.headers.etag).toBe(first.headers.etag);
    expect(hit.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
    expect(hit.headers.vary).toContain('Accept-Encoding');
    // The security headers and a request id of its own, as from the routed app.
    for (const h of [
      'content-security-policy',
      'x-frame-options',
      'x-content-type-options',
      'referrer-policy',
    ])
      expect(hit.headers[h]).toBe(first.headers[h]);
    expect(hit.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hit.headers['x-request-id']).not.toBe(first.headers['x-request-id']);

    const notModified = await get('/projekte', { 'if-none-match': hit.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.raw.length).toBe(0);
    expect((await get('/projekte', { 'if-none-match': 'W/"other"' })).status).toBe(200);

    // Compressed once, off the event loop; until then the page goes out as it is.
    await until(
      async () =>
        (await get('/projekte', { 'accept-encoding': 'gzip, br' })).headers['content-encoding'] === 'br',
    );
    const br = await get('/projekte', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotliDecompressSync(br.raw).toString()).toBe(first.body);
    expect(Number(br.headers['content-length'])).toBe(br.raw.length);
    expect(br.raw.length).toBeLessThan(Buffer.byteLength(first.body) / 3);
    const gz = await get('/projekte', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.raw).toString()).toBe(first.body);
    expect(
      (await get('/projekte', { 'accept-encoding': 'identity' })).headers['content-encoding'],
    ).toBeUndefined();
  });

  it('says an API answer varies by language on a hit too, and answers other methods 405 with Allow', async () => {
    const path = `/api/v1/projects?n=${Date.now()}`;
    const en = { 'accept-language': 'en' };
    expect((await get(path, en)).headers.vary).toContain('Accept-Language');
    const hit = await get(path, en);
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.headers.vary).toBe('Accept-Language, Accept-Encoding');
    expect(hit.headers['content-language']).toBe('en');
    const post = await rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path: '/api/v1/projects',
      body: '',
    });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('keeps a page per host name: its canonical and language links name the host it was asked under', async () => {
    const path = `/transparenz/algorithmen?n=${Date.now()}`;
    const plain = await get(path);
    expect(plain.body).toContain(`<link rel="canonical" href="http://${f.host}/transparenz/algorithmen`);
    expect((await get(path)).headers['x-cache']).toBe('hit');
    // The same city under another name (here: with a port) gets its own page, not the first one's.
    const other = await rawRequest(server.port, { host: `${f.host}:8080`, path });
    expect(other.status).toBe(200);
    expect(other.headers['x-cache']).toBeUndefined();
    expect(other.body).toContain(`<link rel="canonical" href="http://${f.host}:8080/transparenz/algorithmen`);
  });

  it('never answers a signed-in request, a download or another host from the cache', async () => {
    await get(`/projekte/${slug}`);
    expect((await get(`/projekte/${slug}`)).headers['x-cache']).toBe('hit');
    const { token } = await server.deps.sessions.create(f.tenant.id, { accountId: f.ids.staff });
    const signedIn = await get(`/projekte/${slug}`, { cookie: `rathaus_session=${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['x-cache']).toBeUndefined();
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
    expect(signedIn.headers.etag).toBeUndefined();
    const other = await rawRequest(server.port, { host: 'nowhere.example', path: `/projekte/${slug}` });
    expect(other.status).toBe(404);
    // Dot segments are the router's to resolve (here to the same page), never the cache's.
    const dotted = await get(`/x/../projekte/${slug}`);
    expect(dotted.status).toBe(200);
    expect(dotted.body).toBe((await get(`/projekte/${slug}`)).body);
  });

  it('keeps the project list’s data for signed-in readers until the next change, each with their own frame', async () => {
    const { db } = await testDatabase();
    const staff = (await server.deps.sessions.create(f.tenant.id, { accountId: f.ids.staff })).token;
    const cdo = (await server.deps.sessions.create(f.tenant.id, { accountId: f.ids.cdo })).token;
    const first = await get('/projekte', { cookie: `rathaus_session=${staff}` });
    expect(first.body).toContain('Digitale Bauakte');
    expect(first.headers['cache-control']).toBe('private, no-store');
    // A change behind the app's back (no event, no HTTP) is not seen: the list's data is kept …
    await db.execute(
      sql`update projects set title = 'Digitale Bauakte 2.0' where tenant_id = ${f.tenant.id} and id = ${projectId}`,
    );
    const kept = await get('/projekte', { cookie: `rathaus_session=${cdo}` });
    expect(kept.body).toContain('Digitale Bauakte<');
    // … but the frame is each reader's own (their name and form token).
    expect(kept.body).toContain('(cdo)');
    expect(kept.body).not.toContain('(staff)');
    // A search is never kept.
    expect((await get('/projekte?q=Bauakte', { cookie: `rathaus_session=${cdo}` })).body).toContain(
      'Digitale Bauakte 2.0',
    );
    // Any change in the tenant (what every write and every recorded event does) is seen at once.
    server.deps.cache.invalidate(f.tenant.id);
    expect((await get('/projekte', { cookie: `rathaus_session=${staff}` })).body).toContain(
      'Digitale Bauakte 2.0',
    );
    await db.execute(
      sql`update projects set title = 'Digitale Bauakte' where tenant_id = ${f.tenant.id} and id = ${projectId}`,
    );
    server.deps.cache.invalidate(f.tenant.id);
  });

  it('renders a page once however many ask at the same moment, and serves the old one while the new one renders', async () => {
    const path = `/projekte?q=Bauakte&n=${Date.now()}`;
    const missesBefore = await cacheCount(server.deps, 'miss');
    const answers = await Promise.all(Array.from({ length: 12 }, () => get(path)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect((await cacheCount(server.deps, 'miss')) - missesBefore).toBe(1);

    // A change: the old page goes out while one request renders the new one; then everyone has the new.
    await (await testDatabase()).db.execute(
      sql`update projects set title = 'Digitale Bauakte 2.0' where tenant_id = ${f.tenant.id} and id = ${projectId}`,
    );
    server.deps.cache.invalidate(f.tenant.id);
    const before = await cacheCount(server.deps, 'miss');
    const during = await Promise.all(Array.from({ length: 12 }, () => get(path)));
    expect((await cacheCount(server.deps, 'miss')) - before).toBe(1);
    for (const a of during) expect(a.status).toBe(200);
    expect(during.some((a) => a.body.includes('Bauakte 2.0'))).toBe(true);
    const after = await get(path);
    expect(after.headers['x-cache']).toBe('hit');
    expect(after.body).toContain('Bauakte 2.0');
  });

  it('drops a tenant’s pages when a change is recorded outside HTTP (the database announces it)', async () => {
    const database = await testDatabase();
    const built = buildApp(testConfig(), database);
    const stop = await shareCacheInvalidation(built.deps, database);
    try {
      const probe = 'probe-key';
      const render = built.deps.cache.startFlight(f.tenant.id, probe);
      const tenant = {
        id: f.tenant.id,
        slug: 'x',
        name: 'x',
        cityName: 'x',
        timeZone: 'Europe/Berlin',
        settings: {},
      };
      render.store('probe.example', tenant, { status: 200, headers: [], body: Buffer.from('old') });
      render.done(undefined);
      expect(built.deps.cache.lookup(f.tenant.id, probe)?.fresh).toBe(true);
      await database.db.transaction(async (tx) => {
        await recordEvent(tx, {
          tenantId: f.tenant.id,
          type: 'content.changed',
          subjectType: 'project',
          subjectId: projectId,
          payload: {},
        });
      });
      await until(async () => built.deps.cache.lookup(f.tenant.id, probe)?.fresh === false, 1000);

      // On PostgreSQL several processes share the database: a change one of them made through HTTP
      // (which may record no event) reaches the other's cache as well.
      if (database.engine === 'postgres') {
        const other = buildApp(testConfig(), database);
        const stopOther = await shareCacheInvalidation(other.deps, database);
        try {
          const again = built.deps.cache.startFlight(f.tenant.id, probe);
          again.store('probe.example', tenant, { status: 200, headers: [], body: Buffer.from('new') });
          again.done(undefined);
          expect(built.deps.cache.lookup(f.tenant.id, probe)?.fresh).toBe(true);
          other.deps.cache.invalidate(f.tenant.id);
          await until(async () => built.deps.cache.lookup(f.tenant.id, probe)?.fresh === false, 1000);
        } finally {
          await stopOther();
          await other.deps.jobs.stop();
        }
      }
    } finally {
      await stop();
      await built.deps.jobs.stop();
    }
  });
});

describe('X-Forwarded-For and Accept-Encoding, read as proxies and browsers write them', () => {
  it('refuses a Host that is no host name, and keeps a bounded number of the names it was asked under', async () => {
    const g = await createOrgFixture((await testDatabase()).db, { accounts: false });
    const { app, deps } = await testApp({ defaultTenant: g.tenant.slug, responseCache: true });
    for (const host of [`${'a'.repeat(300)}.example`, 'evil<b>.example', 'a b.example'])
      expect((await app.request('/impressum', { headers: { host } })).status, host).toBe(400);
    // Made-up names fall back to the default city; the cache keeps a bounded number of them.
    await (await app.request('/impressum', { headers: { host: g.host } })).arrayBuffer();
    for (let i = 0; i < 300; i++) {
      const res = await app.request('/impressum', { headers: { host: `h${i}.example` } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      // The city's own name is asked for now and then, and stays while made-up ones push each other out.
      if (i % 100 === 50) expect(deps.cache.tenantOfHost(g.host)?.id).toBe(g.tenant.id);
    }
    expect(deps.cache.hostCount).toBeLessThanOrEqual(256);
    expect(deps.cache.tenantOfHost(g.host)?.id).toBe(g.tenant.id);
    expect(deps.cache.tenantOfHost('h0.example')).toBeUndefined();
    expect((await app.request('/impressum', { headers: { host: '[::1]:3000' } })).status).toBe(200);
  });

  it('keeps the API’s answers per language asked for by Accept-Language', async () => {
    const g = await createOrgFixture((await testDatabase()).db, { accounts: false });
    const { app } = await testApp({ responseCache: true });
    const ask = (lang: string) =>
      app.request('/api/v1/projects', { headers: { host: g.host, 'accept-language': lang } });
    const en = await ask('en');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.headers.get('vary')).toContain('Accept-Language');
    const de = await ask('de');
    expect(de.headers.get('content-language')).toBe('de');
    expect((await ask('en')).headers.get('x-cache')).toBe('hit');
  });

  it('counts rate limits per IPv6 /64 and per IPv4 address', () => {
    expect(networkOf('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0db8:0001:0002::7')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7');
  });

  it('takes the address the trusted proxy appended, not what the client wrote', () => {
    expect(forwardedClient('1.2.3.4, 198.51.100.7', '127.0.0.1', 1)).toBe('198.51.100.7');
    expect(forwardedClient('1.2.3.4, 198.51.100.7, 10.0.0.2', '127.0.0.1', 2)).toBe('198.51.100.7');
    expect(forwardedClient('198.51.100.7', '127.0.0.1', 3)).toBe('198.51.100.7');
    expect(forwardedClient('1.2.3.4', '127.0.0.1', 0)).toBe('127.0.0.1');
    expect(forwardedClient(undefined, '127.0.0.1', 1)).toBe('127.0.0.1');
    expect(forwardedClient(' , ', undefined, 1)).toBe('unknown');
  });
  it('honours q=0 and the wildcard', () => {
    expect(accepts('gzip, deflate, br', 'br')).toBe(true);
    expect(accepts('gzip, br;q=0', 'br')).toBe(false);
    expect(accepts('*', 'gzip')).toBe(true);
    expect(accepts('*;q=0, gzip', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});
