import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { ROLES } from '../src/modules/orgs/orgs.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('module manifests', () => {
  it('name unique modules and grant permissions only to roles that exist', () => {
    expect(new Set(MODULES.map((m) => m.name)).size).toBe(MODULES.length);
    for (const m of MODULES) {
      for (const [name, roles] of Object.entries(m.permissions)) {
        expect(name, m.name).toMatch(/^[a-z]+:[a-z-]+$/);
        for (const r of roles) expect(ROLES, `${m.name} ${name}`).toContain(r);
      }
    }
  });

  describe('the navigation comes from the manifests and shows each role only what it may open', () => {
    let f: OrgFixture;
    const clients = new Map<string, Client>();
    let app: Awaited<ReturnType<typeof testApp>>['app'];
    beforeAll(async () => {
      f = await createOrgFixture((await testDatabase()).db);
      app = (await testApp()).app;
      for (const key of Object.keys(f.emails) as (keyof typeof f.emails)[]) {
        const c = new Client(app, f.host);
        await c.login(f.emails[key], TEST_PASSWORD);
        clients.set(key, c);
      }
    });

    const navLinks = (html: string) => {
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    };

    const entries = MODULES.flatMap((m) => m.nav ?? []).filter((e) => e.area === 'internal');
    const ROLES_OF_FIXTURE = [
      'cdo',
      'moderator',
      'leadA',
      'leadB',
      'headA',
      'headB',
      'depHead',
      'staff',
    ] as const;

    it.each(entries.map((e) => [e.href, e] as const))(
      '%s opens for every role that sees it',
      async (href, e) => {
        for (const key of ROLES_OF_FIXTURE) {
          const actor = await f.actor(key);
          const sees = !e.roles || e.roles.some((r) => actor.roles.some((a) => a.role === r));
          const res = await clients.get(key)!.get(href);
          expect(res.status, `${key} ${href}`).toBe(sees ? 200 : 403);
        }
      },
    );

    it('lists every internal entry of every manifest, in order, for those whose role opens it', async () => {
      expect(entries.length).toBeGreaterThan(15);
      for (const [key, client] of clients) {
        const actor = await f.actor(key as keyof typeof f.emails);
        const shown = navLinks((await client.get('/intern')).text);
        const expected = entries
          .filter((e) => !e.roles || e.roles.some((r) => actor.roles.some((a) => a.role === r)))
          .sort((a, b) => a.order - b.order)
          .map((e) => e.href);
        expect(shown, key).toEqual(expected);
        // Every link it shows opens.
        for (const href of shown) expect((await client.get(href)).status, `${key} ${href}`).toBe(200);
      }
    });

    it('shows the public navigation to everyone', async () => {
      const entries = MODULES.flatMap((m) => m.nav ?? []).filter((e) => e.area === 'public');
      const shown = navLinks((await clients.get('staff')!.get('/')).text);
      expect(shown).toEqual(entries.sort((a, b) => a.order - b.order).map((e) => e.href));
    });

    it("shows every manifest's footer links on every page, and each opens", async () => {
      const entries = MODULES.flatMap((m) => m.nav ?? []).filter((e) => e.area === 'footer');
      expect(entries.length).toBeGreaterThanOrEqual(7);
      const expected = entries.sort((a, b) => a.order - b.order).map((e) => e.href);
      for (const [client, page] of [
        [new Client(app, f.host), '/projekte'],
        [clients.get('staff')!, '/intern'],
      ] as const) {
        const footer =
          /<footer class="site-footer">[\s\S]*?<\/footer>/.exec((await client.get(page)).text)?.[0] ?? '';
        expect([...footer.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(expected);
      }
      for (const href of expected) expect((await new Client(app, f.host).get(href)).status, href).toBe(200);
    });
  });
});
