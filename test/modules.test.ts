import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { ROLES } from '../src/modules/orgs/orgs.table.ts';
import { granted } from '../src/platform/permissions.ts';
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

  describe('the back-office pages follow the declared permissions for every role', () => {
    let f: OrgFixture;
    const clients = new Map<string, Client>();
    beforeAll(async () => {
      f = await createOrgFixture((await testDatabase()).db);
      const { app } = await testApp();
      for (const key of Object.keys(f.emails) as (keyof typeof f.emails)[]) {
        const c = new Client(app, f.host);
        await c.login(f.emails[key], TEST_PASSWORD);
        clients.set(key, c);
      }
    });

    const pages: [string, string, string][] = [
      ['/intern', 'site', 'backoffice:enter'],
      ['/intern/moderation', 'proposals', 'proposal:moderate'],
      ['/intern/themenfelder', 'condensing', 'proposal:categorise'],
      ['/intern/moderation/kommentare', 'proposals', 'proposal:moderate'],
      ['/intern/moderation/meldungen', 'proposals', 'proposal:moderate'],
      ['/intern/werkstaetten', 'workshops', 'workshop:manage'],
      ['/intern/ideen', 'ideas', 'idea:read'],
      ['/intern/ideen/neu', 'ideas', 'idea:create'],
      ['/intern/ideen/buendeln', 'ideas', 'idea:create'],
      ['/intern/projekte', 'projects', 'project:read-internal'],
      ['/intern/projekte/neu', 'projects', 'project:create'],
      ['/intern/statusberichte', 'reviews', 'report:read-queue'],
      ['/intern/cockpit', 'cockpit', 'cockpit:read'],
      ['/intern/pruefkalender', 'reviews', 'review:read'],
      ['/intern/besprechungen', 'reviews', 'review:read'],
      ['/intern/aufgaben', 'reviews', 'review:read'],
      ['/intern/berichte', 'reports', 'reporting:manage'],
      ['/intern/strategie', 'strategy', 'strategy:read'],
      ['/intern/priorisierung', 'scoring', 'scoring:read'],
      ['/intern/priorisierung/gewichte', 'scoring', 'scoring:read'],
      ['/intern/agenda', 'agendas', 'agenda:read'],
      ['/intern/onlinedienste', 'services', 'service:read'],
      ['/intern/prozesse', 'workforce', 'workforce:read'],
      ['/intern/schulungen', 'workforce', 'workforce:read'],
    ];

    it.each(pages)('%s (%s %s)', async (path, module, permission) => {
      const perms = MODULES.find((m) => m.name === module)!.permissions;
      for (const [key, client] of clients) {
        const actor = await f.actor(key as keyof typeof f.emails);
        const res = await client.get(path);
        expect(res.status, `${key} on ${path}`).toBe(granted(actor, perms, permission) ? 200 : 403);
      }
    });
  });
});
