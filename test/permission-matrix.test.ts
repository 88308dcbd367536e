import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { granted } from '../src/platform/permissions.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

type Route = readonly [method: 'GET' | 'POST', path: string, module: string, permission: string];

/**
 * Every back-office route with the role-level permission that guards it. A new route that is not listed
 * here fails the first test, so nobody adds a page or a form post without deciding who may use it.
 */
const MATRIX: Route[] = [
  ['GET', '/intern', 'site', 'backoffice:enter'],
  ['GET', '/intern/strategie', 'strategy', 'strategy:read'],
  ['POST', '/intern/strategie/ziele', 'strategy', 'strategy:manage'],
  ['POST', '/intern/strategie/kennzahlen', 'strategy', 'strategy:manage'],
  ['GET', '/intern/strategie/kennzahlen/:id', 'strategy', 'strategy:read'],
  ['POST', '/intern/strategie/kennzahlen/:id', 'strategy', 'strategy:read'],
  ['GET', '/intern/moderation', 'proposals', 'proposal:moderate'],
  ['POST', '/intern/moderation', 'proposals', 'proposal:moderate'],
  ['GET', '/intern/moderation/kommentare', 'proposals', 'proposal:moderate'],
  ['POST', '/intern/moderation/kommentare', 'proposals', 'proposal:moderate'],
  ['GET', '/intern/moderation/meldungen', 'proposals', 'proposal:moderate'],
  ['POST', '/intern/moderation/meldungen', 'proposals', 'proposal:moderate'],
  ['GET', '/intern/werkstaetten', 'workshops', 'workshop:manage'],
  ['POST', '/intern/werkstaetten', 'workshops', 'workshop:manage'],
  ['GET', '/intern/werkstaetten/:id', 'workshops', 'workshop:manage'],
  ['POST', '/intern/werkstaetten/:id/vorschlaege', 'workshops', 'workshop:manage'],
  ['GET', '/intern/themenfelder', 'condensing', 'proposal:categorise'],
  ['POST', '/intern/themenfelder', 'condensing', 'proposal:categorise'],
  ['GET', '/intern/ideen', 'ideas', 'idea:read'],
  ['GET', '/intern/ideen/neu', 'ideas', 'idea:create'],
  ['POST', '/intern/ideen/neu', 'ideas', 'idea:create'],
  ['GET', '/intern/ideen/buendeln', 'ideas', 'idea:create'],
  ['POST', '/intern/ideen/buendeln', 'ideas', 'idea:create'],
  [
    'POST',
    '/intern/ideen/buendeln/:run{[0-9a-f-]{36}}/:cluster{[A-Za-z0-9_-]{1,20}}',
    'ideas',
    'idea:create',
  ],
  ['GET', '/intern/ideen/:id{[0-9a-f-]{36}}', 'ideas', 'idea:read'],
  ['POST', '/intern/ideen/:id{[0-9a-f-]{36}}/loesen', 'ideas', 'idea:create'],
  ['GET', '/intern/projekte', 'projects', 'project:read-internal'],
  ['GET', '/intern/projekte/neu', 'projects', 'project:create'],
  ['POST', '/intern/projekte/neu', 'projects', 'project:create'],
  ['GET', '/intern/projekte/:id', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/strategie', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/meilensteine', 'projects', 'project:read-internal'],
  ['POST', '/intern/meilensteine/:id', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/statusberichte', 'projects', 'project:read-internal'],
  ['GET', '/intern/projekte/:id/bearbeiten', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/bearbeiten', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/partner', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/budget', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/risiken', 'projects', 'project:read-internal'],
  ['POST', '/intern/risiken/:id/schliessen', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/abhaengigkeiten', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/abhaengigkeiten/:other/entfernen', 'projects', 'project:read-internal'],
  ['POST', '/intern/projekte/:id/neuigkeiten', 'projects', 'project:read-internal'],
  ['GET', '/intern/statusberichte', 'reviews', 'report:read-queue'],
  ['POST', '/intern/statusberichte/:id', 'reviews', 'report:read-queue'],
  ['GET', '/intern/cockpit', 'cockpit', 'cockpit:read'],
  ['GET', '/intern/pruefkalender', 'reviews', 'review:read'],
  ['POST', '/intern/pruefkalender', 'reviews', 'cycle:manage'],
  ['POST', '/intern/pruefkalender/planen', 'reviews', 'cycle:manage'],
  ['POST', '/intern/zyklen/:id/oeffnen', 'reviews', 'cycle:manage'],
  ['POST', '/intern/zyklen/:id/schliessen', 'reviews', 'cycle:manage'],
  ['GET', '/intern/zyklen/:id', 'reviews', 'review:read'],
  ['POST', '/intern/zyklen/:id/rollup', 'reviews', 'meeting:hold'],
  ['GET', '/intern/besprechungen', 'reviews', 'review:read'],
  ['POST', '/intern/besprechungen', 'reviews', 'meeting:hold'],
  ['GET', '/intern/besprechungen/:id', 'reviews', 'review:read'],
  ['POST', '/intern/besprechungen/:id/beschluesse', 'reviews', 'meeting:hold'],
  ['POST', '/intern/besprechungen/:id/aufgaben', 'reviews', 'meeting:hold'],
  ['POST', '/intern/aufgaben/:id', 'reviews', 'review:read'],
  ['GET', '/intern/aufgaben', 'reviews', 'review:read'],
  ['GET', '/intern/berichte', 'reports', 'reporting:manage'],
  ['POST', '/intern/berichte', 'reports', 'reporting:manage'],
  ['GET', '/intern/berichte/:id{[0-9a-f-]{36}}', 'reports', 'reporting:manage'],
  ['POST', '/intern/berichte/:id{[0-9a-f-]{36}}/veroeffentlichen', 'reports', 'reporting:manage'],
  ['GET', '/intern/priorisierung', 'scoring', 'scoring:read'],
  ['GET', '/intern/priorisierung/gewichte', 'scoring', 'scoring:read'],
  ['POST', '/intern/priorisierung/gewichte', 'scoring', 'scoring:manage'],
  ['GET', '/intern/priorisierung/:type{idee|projekt}/:id', 'scoring', 'scoring:manage'],
  ['POST', '/intern/priorisierung/:type{idee|projekt}/:id', 'scoring', 'scoring:manage'],
  ['GET', '/intern/agenda', 'agendas', 'agenda:read'],
  ['GET', '/intern/agenda/:year{[0-9]{4}}', 'agendas', 'agenda:read'],
  ['POST', '/intern/agenda/:year{[0-9]{4}}', 'agendas', 'agenda:manage'],
  ['POST', '/intern/agenda/:year{[0-9]{4}}/einreichen', 'agendas', 'agenda:manage'],
  ['POST', '/intern/agenda/:year{[0-9]{4}}/beschluss', 'agendas', 'agenda:manage'],
  ['GET', '/intern/onlinedienste', 'services', 'service:read'],
  ['POST', '/intern/onlinedienste', 'services', 'service:manage'],
  ['GET', '/intern/onlinedienste/:id', 'services', 'service:read'],
  ['POST', '/intern/onlinedienste/:id', 'services', 'service:read'],
  ['GET', '/intern/prozesse', 'workforce', 'workforce:read'],
  ['POST', '/intern/prozesse', 'workforce', 'workforce:read'],
  ['GET', '/intern/prozesse/:id', 'workforce', 'workforce:read'],
  ['POST', '/intern/prozesse/:id', 'workforce', 'workforce:read'],
  ['GET', '/intern/schulungen', 'workforce', 'workforce:read'],
  ['POST', '/intern/schulungen', 'workforce', 'training:manage'],
];

/** A concrete URL for a route pattern: unknown ids, a year without an agenda, the project scoring page. */
function concrete(path: string) {
  // A parameter with its optional pattern, which may itself hold braces ({[0-9a-f-]{36}}).
  const param = (name: string) => new RegExp(`:${name}(\\{(?:[^{}]|\\{[^{}]*\\})*\\})?`, 'g');
  return path
    .replace(param('type'), 'projekt')
    .replace(param('year'), '2031')
    .replace(param('cluster'), 'c1')
    .replace(param('[a-z]+'), () => randomUUID());
}

describe('the permission matrix of the back office', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
    for (const key of Object.keys(f.emails) as (keyof typeof f.emails)[]) {
      const c = new Client(app, f.host);
      await c.login(f.emails[key], TEST_PASSWORD);
      clients.set(key, c);
    }
  });

  it('lists every back-office route of the app', () => {
    const routes = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/intern') && (r.method === 'GET' || r.method === 'POST'))
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...routes].sort()).toEqual(MATRIX.map(([m, p]) => `${m} ${p}`).sort());
  });

  it.each(MATRIX)('%s %s (%s %s) for every role', async (method, path, module, permission) => {
    const perms = MODULES.find((m) => m.name === module)!.permissions;
    expect(perms[permission], `${module} declares ${permission}`).toBeDefined();
    const url = concrete(path);
    for (const [key, client] of clients) {
      const actor = await f.actor(key as keyof typeof f.emails);
      const res = method === 'GET' ? await client.get(url) : await client.post(url, {});
      const allowed = granted(actor, perms, permission);
      // Refused by the guard, or let through to the record (unknown here: 404, or 422 for an empty form).
      if (!allowed) expect(res.status, `${key} ${method} ${url}`).toBe(403);
      else expect(res.status, `${key} ${method} ${url}`).not.toBe(403);
      expect(res.status, `${key} ${method} ${url}`).toBeLessThan(500);
    }
  });

  it('has the staff read only and keeps weights, the agenda and the calendar with the CDO team', () => {
    for (const [method, path, module, permission] of MATRIX) {
      const perms = MODULES.find((m) => m.name === module)!.permissions;
      const roles = perms[permission] as readonly string[];
      if (/gewichte|agenda|pruefkalender|zyklen\/:id\/(oeffnen|schliessen)/.test(path) && method === 'POST')
        expect([...roles].sort(), `${method} ${path}`).toEqual(['admin', 'cdo']);
      if (method === 'POST' && roles.includes('staff'))
        expect(
          [
            'project:read-internal',
            'review:read',
            'workforce:read',
            'strategy:read',
            'service:read',
            'report:read-queue',
          ],
          `${method} ${path}: staff may pass the guard only where a record-level rule decides`,
        ).toContain(permission);
    }
  });

  it('applies the record-level rules behind the broad guards to real records', async () => {
    const db = (await testDatabase()).db;
    const a = await createProjectFixture(db, f, { title: 'Projekt im Amt A' });
    const b = await createProjectFixture(db, f, { title: 'Projekt im Amt B', office: 'B' });
    const cycle = await createOpenCycle(db, f, '2031-Q1');
    const milestone = { title: 'Abnahme', dueOn: '2031-03-01' };
    const statusReport = {
      cycleId: cycle.id,
      overallStatus: 'on_track',
      progress: '10',
      summary: 'Alles läuft nach Plan.',
    };
    const as = (key: keyof typeof f.emails) => clients.get(key)!;
    // A lead of office A cannot touch office B's project; staff cannot touch any.
    expect((await as('leadA').post(`/intern/projekte/${b.project.id}/meilensteine`, milestone)).status).toBe(
      403,
    );
    expect(
      (await as('leadA').post(`/intern/projekte/${b.project.id}/statusberichte`, statusReport)).status,
    ).toBe(403);
    expect((await as('staff').post(`/intern/projekte/${a.project.id}/meilensteine`, milestone)).status).toBe(
      403,
    );
    expect((await as('leadA').post(`/intern/projekte/${a.project.id}/meilensteine`, milestone)).status).toBe(
      303,
    );
    // The head of office A cannot approve office B's report; B's head can.
    expect(
      (await as('leadB').post(`/intern/projekte/${b.project.id}/statusberichte`, statusReport)).status,
    ).toBe(303);
    const queue = await as('headB').get('/intern/statusberichte');
    const reportId = /action="\/intern\/statusberichte\/([0-9a-f-]{36})"/.exec(queue.text)![1]!;
    expect(
      (await as('headA').post(`/intern/statusberichte/${reportId}`, { decision: 'approve' })).status,
    ).toBe(403);
    expect(
      (await as('headB').post(`/intern/statusberichte/${reportId}`, { decision: 'approve' })).status,
    ).toBe(303);
    // Review meetings: an office head only for their own office.
    const meeting = { level: 'office', title: 'Amtsrunde', heldOn: '2031-04-20', minutes: '' };
    expect(
      (await as('headA').post('/intern/besprechungen', { ...meeting, orgUnitId: f.officeB.id })).status,
    ).toBe(403);
    expect(
      (await as('headA').post('/intern/besprechungen', { ...meeting, orgUnitId: f.officeA.id })).status,
    ).toBe(303);
  });
});
