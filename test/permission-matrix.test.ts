import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Guard, guardOf } from '../src/platform/permissions.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/**
 * Every back-office route with the permission its guard checks, read from the app itself: a route
 * under /intern without a guard fails the first test, so nobody adds a page or a form post without
 * deciding who may use it, and nobody keeps a list of routes by hand.
 */
function backOfficeRoutes(app: Awaited<ReturnType<typeof testApp>>['app']) {
  const routes = new Map<string, { method: string; path: string; guards: Guard[] }>();
  for (const r of app.routes) {
    if (!r.path.startsWith('/intern') || (r.method !== 'GET' && r.method !== 'POST')) continue;
    const key = `${r.method} ${r.path}`;
    const route = routes.get(key) ?? { method: r.method, path: r.path, guards: [] };
    const guard = guardOf(r.handler);
    if (guard) route.guards.push(guard);
    routes.set(key, route);
  }
  return [...routes.values()];
}

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

// The routes are read from the app before the tests are collected, so each gets its own test.
const { app } = await testApp();
const ROUTES = backOfficeRoutes(app);

describe('the permission matrix of the back office', () => {
  let f: OrgFixture;
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    for (const key of Object.keys(f.emails) as (keyof typeof f.emails)[]) {
      const c = new Client(app, f.host);
      await c.login(f.emails[key], TEST_PASSWORD);
      clients.set(key, c);
    }
  });

  it('guards every back-office route with one declared permission', () => {
    expect(ROUTES.length).toBeGreaterThan(80);
    for (const r of ROUTES) expect(r.guards.length, `${r.method} ${r.path}`).toBe(1);
  });

  it.each(ROUTES.map((r) => [r.method, r.path, r.guards[0]?.permission ?? '(none)', r] as const))(
    '%s %s (%s) for every role',
    async (method, path, _permission, { guards }) => {
      const roles = guards[0]?.roles ?? [];
      const url = concrete(path);
      for (const [key, client] of clients) {
        const actor = await f.actor(key as keyof typeof f.emails);
        const res = method === 'GET' ? await client.get(url) : await client.post(url, {});
        const allowed = actor.roles.some((r) => roles.includes(r.role));
        // Refused by the guard, or let through to the record (unknown here: 404, or 422 for an empty form).
        if (!allowed) expect(res.status, `${key} ${method} ${url}`).toBe(403);
        else expect(res.status, `${key} ${method} ${url}`).not.toBe(403);
        expect(res.status, `${key} ${method} ${url}`).toBeLessThan(500);
      }
    },
  );

  it('has the staff read only and keeps weights, the agenda and the calendar with the CDO team', () => {
    for (const { method, path, guards } of ROUTES) {
      const { permission, roles } = guards[0]!;
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
            // Asking the CDO team a question is the one thing every member of staff writes.
            'questions:ask',
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
