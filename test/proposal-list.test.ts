import { beforeAll, describe, expect, it } from 'vitest';
import { addComment, moderateComments, supportProposal } from '../src/modules/comments/comments.service.ts';
import { answerProposal } from '../src/modules/proposals/proposals.service.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase, entryTitles as titles } from './helpers.ts';

describe('the public proposal list: newest first, sorts, filters and counts', () => {
  let f: OrgFixture;
  let c: Client;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    c = new Client((await testApp()).app, f.host);
    // An old import: a hundred contributions of 2017 that must not bury today's.
    await db.insert(proposals).values(
      Array.from({ length: 100 }, (_, i) => ({
        tenantId: f.tenant.id,
        number: `V-ALT${String(i).padStart(3, '0')}`,
        title: `Alter Beitrag ${i}`,
        body: 'Aus dem Rad-Dialog 2017.',
        authorKind: 'citizen' as const,
        state: 'published' as const,
        createdAt: new Date(Date.UTC(2017, 4, 1 + (i % 28))),
        publishedAt: new Date(Date.UTC(2017, 5, 1)),
      })),
    );
    const quiet = await createPublishedProposal(db, f, 'Ruhige Idee ohne Echo');
    const loved = await createPublishedProposal(db, f, 'Beliebte Idee mit Unterstützung');
    const talked = await createPublishedProposal(db, f, 'Viel diskutierte Idee');
    for (const who of ['staff', 'leadA', 'leadB'] as const)
      await supportProposal(db, f.tenant.id, await f.actor(who), loved.id, {
        notify: false,
        frequency: 'immediate',
        lang: 'de',
      });
    const made = [];
    for (const who of ['staff', 'leadA'] as const)
      made.push(
        await addComment(db, f.tenant.id, await f.actor(who), talked.id, { body: 'Sehr wichtig für Beuel!' }),
      );
    await moderateComments(
      db,
      f.tenant.id,
      await f.actor('moderator'),
      made.map((m) => m.id),
      'publish',
      undefined,
    );
    await answerProposal(db, f.tenant.id, await f.actor('moderator'), quiet.id, {
      answerState: 'rejected',
      answerText: 'Die Stadt verfolgt das nicht weiter, weil es schon ein Angebot gibt.',
    });
  });

  it('shows today’s proposals first, with their supports and comments, clearly apart', async () => {
    const page = await c.get('/mitmachen/vorschlaege');
    expect(titles(page.text).slice(0, 3).sort()).toEqual(
      ['Beliebte Idee mit Unterstützung', 'Ruhige Idee ohne Echo', 'Viel diskutierte Idee'].sort(),
    );
    expect(page.text).toContain('103 Vorschläge gefunden');
    expect(page.text).toContain('3 Unterstützungen');
    expect(page.text).toContain('2 Kommentare');
    expect(page.text).toContain('Wird nicht weiterverfolgt');
  });

  it('orders by supports, by comments, or by match; filters by standing and author', async () => {
    expect(titles((await c.get('/mitmachen/vorschlaege?sort=supported')).text)[0]).toBe(
      'Beliebte Idee mit Unterstützung',
    );
    expect(titles((await c.get('/mitmachen/vorschlaege?sort=commented')).text)[0]).toBe(
      'Viel diskutierte Idee',
    );
    expect(titles((await c.get('/mitmachen/vorschlaege?q=Beitrag+17')).text)[0]).toBe('Alter Beitrag 17');
    expect(titles((await c.get('/mitmachen/vorschlaege?state=rejected')).text)).toEqual([
      'Ruhige Idee ohne Echo',
    ]);
    const open = await c.get('/mitmachen/vorschlaege?state=open');
    expect(open.text).toContain('102 Vorschläge gefunden');
    expect((await c.get('/mitmachen/vorschlaege?author=company')).text).toContain('0 Vorschläge gefunden');
    // Unknown values fall back instead of failing; the filters travel with the pages.
    const odd = await c.get('/mitmachen/vorschlaege?sort=zufall&state=x&author=y&field=z');
    expect(odd.status).toBe(200);
    expect(odd.text).toContain('103 Vorschläge gefunden');
    const paged = await c.get('/mitmachen/vorschlaege?state=open&sort=supported');
    expect(paged.text).toContain('href="/mitmachen/vorschlaege?state=open&amp;sort=supported&amp;page=2"');
  });
});
