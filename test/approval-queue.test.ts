import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { addNumberedCopies, createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/** The projects whose reports a page of the queue shows, in order. */
const reported = (html: string) =>
  [
    ...html.matchAll(
      /<h2 class="kern-heading-small" id="r-[^"]+"><a class="kern-link" href="[^"]+">([^<]+)<\/a>/g,
    ),
  ].map((m) => m[1]!);

describe('the approval queue of a city: a page at a time', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    ({ app } = await testApp());
    const first = await createProjectFixture(db, f, { title: 'Bauakte 00' });
    const cycle = await createOpenCycle(db, f);
    // 45 projects of office A, each with a report waiting, submitted one minute apart.
    await addNumberedCopies(db, f.tenant.id, first.project, 44, 'Bauakte ', 2);
    await db.execute(sql`
      insert into status_reports (tenant_id, project_id, cycle_id, overall_status, progress, summary, state,
                                  submitted_at)
      select p.tenant_id, p.id, ${cycle.id}, 'on_track', 50, 'Läuft.', 'submitted',
             now() - interval '1 day' + (substring(p.title from 9)::int * interval '1 minute')
        from projects p where p.tenant_id = ${f.tenant.id}`);
  });

  it('shows twenty reports a page, and a decision leads back to the page it was made on', async () => {
    const head = new Client(app, f.host);
    await head.login(f.emails.headA, TEST_PASSWORD);
    const one = (await head.get('/intern/statusberichte')).text;
    expect(reported(one)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Bauakte ${String(i).padStart(2, '0')}`),
    );
    expect(one).toContain('Seite 1 von 3');
    expect(one).not.toContain('Sie sehen sie zur Information');
    // Every employee reads the queue; one who decides nothing is told so at the top (walk).
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/statusberichte')).text).toContain(
      'Sie sehen sie zur Information: freigeben oder zurückgeben kann die Leitung des jeweiligen Amts.',
    );
    const three = (await head.get('/intern/statusberichte?seite=3')).text;
    expect(reported(three)).toEqual(['40', '41', '42', '43', '44'].map((n) => `Bauakte ${n}`));
    // Each form on page 3 returns there.
    const action = three.match(/<form method="post" action="(\/intern\/statusberichte\/[^"]+)"/)![1]!;
    expect(action).toMatch(/\?seite=3$/);
    // A form sent without a choice comes back on the page that holds its report, with the error.
    const failed = await head.post(action.replace(/\?seite=3$/, ''), { comment: '' });
    expect(failed.status).toBe(422);
    expect(reported(failed.text)).toContain('Bauakte 40');
    // Each decision on page 3 leads back to it; after the fifth, page 3 has nothing left.
    for (let n = 0; n < 4; n++) {
      const page = (await head.get('/intern/statusberichte?seite=3')).text;
      const next = page.match(/<form method="post" action="(\/intern\/statusberichte\/[^"]+)"/)![1]!;
      const done = await head.post(next.replaceAll('&amp;', '&'), { decision: 'approve' });
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toMatch(
        /^\/intern\/statusberichte\?seite=3&hinweis=approved&bericht=/,
      );
    }
    const last = await head.post(
      (await head.get('/intern/statusberichte?seite=3')).text.match(
        /<form method="post" action="(\/intern\/statusberichte\/[^"]+)"/,
      )![1]!,
      { decision: 'approve' },
    );
    const after = (await head.get(last.headers.get('location')!)).text;
    // Page 3 is gone: the last page left (2) is shown, with the confirmation.
    expect(after).toContain('Seite 2 von 2');
    expect(after).toContain('freigegeben');
    expect(reported(after)).toHaveLength(20);
  });
});
