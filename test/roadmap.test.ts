import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { milestones, projects } from '../src/modules/projects/projects.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

describe('the roadmap: every project on one timeline', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  const get = (path: string, cookie = '') =>
    rawRequest(server.port, { host: f.host, path, headers: { cookie } });

  beforeAll(async () => {
    const { db } = await testDatabase();
    f = await createOrgFixture(db);
    const dated = await createProjectFixture(db, f, { title: 'Digitale Baugenehmigung' });
    await db
      .update(projects)
      .set({ startsOn: '2025-03-01', endsOn: '2027-06-30', phase: 'in_progress' })
      .where(eq(projects.id, dated.project.id));
    await db.insert(milestones).values([
      {
        tenantId: f.tenant.id,
        projectId: dated.project.id,
        title: 'Ausschreibung',
        dueOn: '2025-09-30',
        doneOn: '2025-09-15',
      },
      { tenantId: f.tenant.id, projectId: dated.project.id, title: 'Pilot im Bauamt', dueOn: '2026-01-31' },
      {
        tenantId: f.tenant.id,
        projectId: dated.project.id,
        title: 'Einführung stadtweit',
        dueOn: '2027-05-31',
      },
    ]);
    await createProjectFixture(db, f, { title: 'Projekt ohne Termine' });
    const internal = await createProjectFixture(db, f, {
      title: 'Interne Aktenablage',
      visibility: 'internal',
    });
    await db
      .update(projects)
      .set({ startsOn: '2026-01-01', endsOn: '2026-12-31' })
      .where(eq(projects.id, internal.project.id));
    server = await serveOnSocket();
  });

  it('draws public projects as an image with its text alternative and holds the same in a table', async () => {
    const page = await get('/projekte/zeitplan');
    expect(page.status).toBe(200);
    const svg = page.body.slice(page.body.indexOf('<svg'), page.body.indexOf('</svg>') + 6);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="rm-title rm-desc"');
    expect(svg).toMatch(/<desc id="rm-desc">2 Projekte auf einer Zeitachse von 2025 bis \d{4}/);
    // One bar for the one project with dates, three milestones, today's line.
    expect(svg.match(/height="14" rx="3" class="rm-bar rm-/g)).toHaveLength(1);
    expect(svg).toMatch(/height="14" rx="3" class="rm-bar rm-in_progress"/);
    expect(svg.match(/class="rm-done"/g)?.length).toBe(2); // the reached one and its legend
    expect(svg.match(/class="rm-overdue"/g)).toHaveLength(1);
    expect(svg).toContain('class="rm-today"');
    expect(page.body).toContain('2 Projekte, davon 1 ohne Termine (nur in der Tabelle).');
    expect(page.body).toContain('1 von 3 Meilensteinen erreicht');
    expect(page.body).toMatch(/überfällig, fällig am 31\.01\.2026: <span>Pilot im Bauamt<\/span>/);
    expect(page.body).not.toContain('Interne Aktenablage');
    expect(page.body).toContain('href="/projekte/');
    // The project list leads there; a project's own page still answers under /projekte/<slug>.
    expect((await get('/projekte')).body).toContain('href="/projekte/zeitplan"');
  });

  it('filters like the project list and groups by department', async () => {
    const none = await get('/projekte/zeitplan?phase=completed');
    expect(none.body).toContain('0 Projekte, davon 0 ohne Termine');
    expect(none.body).not.toContain('<svg class="roadmap-svg"');
    const byDepartment = await get('/projekte/zeitplan?gruppe=dezernat&q=Baugenehmigung');
    expect(byDepartment.body).toContain('Dezernat IV');
    expect(byDepartment.body).toContain('1 Projekt, davon 0 ohne Termine');
    // Nonsense in the address falls back to the defaults, never an error.
    expect((await get('/projekte/zeitplan?gruppe=quer&phase=x')).status).toBe(200);
    const en = await get('/en/projekte/zeitplan');
    expect(en.body).toContain('Roadmap of all projects');
  });

  it('shows staff every project, internal ones marked, and keeps it from everyone else', async () => {
    expect([302, 303]).toContain((await get('/intern/projekte/zeitplan')).status);
    const cookie = await signInOnSocket(server.port, f.host, f.emails.staff);
    const page = await get('/intern/projekte/zeitplan', cookie);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Interne Aktenablage');
    expect(page.body).toContain('Interne Aktenablage</a> (Intern)');
    expect(page.body).toContain('href="/intern/projekte/');
  });
});
