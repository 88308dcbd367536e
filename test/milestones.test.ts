import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { milestones } from '../src/modules/projects/projects.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('a project lead corrects and removes milestones', () => {
  let f: OrgFixture;
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    built = await testApp();
  });

  it('refuses dates outside 1990–2100, changes a milestone, deletes one after asking, and only for its editors', async () => {
    const db = built.deps.database.db;
    const { project } = await createProjectFixture(db, f, { title: 'Mängelmelder erneuern' });
    const lead = new Client(built.app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);

    // Walk: 01.01.1900 was accepted and counted as 46,000 days overdue; 0001-01-01 was published as a start.
    const old = await lead.post(`/intern/projekte/${project.id}/meilensteine`, {
      title: 'Uralt',
      dueOn: '1900-01-01',
    });
    expect(old.status).toBe(422);
    expect(old.text).toContain('Bitte geben Sie ein Datum zwischen 1990 und 2100 ein.');
    expect(old.text).toContain('value="Uralt"');
    const edit = await lead.post(`/intern/projekte/${project.id}/bearbeiten`, {
      title: project.title,
      summary: 'Eine Kurzbeschreibung, die lang genug ist.',
      phase: 'in_progress',
      visibility: 'public',
      startsOn: '0001-01-01',
      endsOn: '9999-12-31',
    });
    expect(edit.status).toBe(422);
    expect(edit.text.match(/zwischen 1990 und 2100/g)?.length).toBeGreaterThanOrEqual(2);

    expect(
      (
        await lead.post(`/intern/projekte/${project.id}/meilensteine`, {
          title: 'Pilotbetrib',
          dueOn: '2027-03-31',
        })
      ).status,
    ).toBe(303);
    const [m] = await db
      .select()
      .from(milestones)
      .where(and(eq(milestones.tenantId, f.tenant.id), eq(milestones.projectId, project.id)));
    const page = await lead.get(`/intern/projekte/${project.id}`);
    expect(page.text).toContain(`href="/intern/meilensteine/${m!.id}">„Pilotbetrib“ bearbeiten</a>`);

    // The typo and the date are corrected; a bad input comes back with what was typed.
    const form = await lead.get(`/intern/meilensteine/${m!.id}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('value="Pilotbetrib"');
    const empty = await lead.post(`/intern/meilensteine/${m!.id}/bearbeiten`, {
      title: '',
      dueOn: '2027-13-40',
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('value="2027-13-40"');
    const fixed = await lead.post(`/intern/meilensteine/${m!.id}/bearbeiten`, {
      title: 'Pilotbetrieb',
      dueOn: '2027-05-31',
    });
    expect(fixed.status).toBe(303);
    expect(fixed.location).toBe(`/intern/projekte/${project.id}?hinweis=saved#hinweis`);
    const visitor = new Client(built.app, f.host);
    const publicPage = await visitor.get(`/projekte/${project.slug}`);
    expect(publicPage.text).toContain('Pilotbetrieb');
    expect(publicPage.text).toContain('31.05.2027');

    // Another office's lead may neither open nor delete it.
    const other = new Client(built.app, f.host);
    await other.login(f.emails.leadB, TEST_PASSWORD);
    expect((await other.get(`/intern/meilensteine/${m!.id}`)).status).toBe(403);
    expect((await other.post(`/intern/meilensteine/${m!.id}/loeschen`, { bestaetigt: 'ja' })).status).toBe(
      403,
    );

    // Deleting asks first, then removes it from the public page; the audit trail keeps what it was.
    const ask = await lead.post(`/intern/meilensteine/${m!.id}/loeschen`, {});
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('„Pilotbetrieb“ löschen?');
    expect(
      await db
        .select()
        .from(milestones)
        .where(and(eq(milestones.tenantId, f.tenant.id), eq(milestones.id, m!.id))),
    ).toHaveLength(1);
    const done = await lead.post(`/intern/meilensteine/${m!.id}/loeschen`, { bestaetigt: 'ja' });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/intern/projekte/${project.id}?hinweis=milestoneDeleted#hinweis`);
    expect((await lead.get(done.location!.split('#')[0]!)).text).toContain('Der Meilenstein ist gelöscht.');
    expect((await visitor.get(`/projekte/${project.slug}?neu=1`)).text).not.toContain('Pilotbetrieb');
    const trail = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, m!.id)));
    expect(trail.map((e) => e.action).sort()).toEqual([
      'milestone.create',
      'milestone.delete',
      'milestone.update',
    ]);
    expect((await lead.get(`/intern/meilensteine/${m!.id}`)).status).toBe(404);
  });
});
