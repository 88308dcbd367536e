import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import {
  frequenciesReady,
  hintsForQueue,
  loadWordCounts,
  saveWordCounts,
  vocabularyFor,
} from '../src/modules/proposals/similar.service.ts';
import { DocumentFrequencies, features } from '../src/platform/text/similarity.ts';
import { Vocabulary } from '../src/platform/text/spelling.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/**
 * The moderation queue as a moderator sees it once its hints are ready: right after a start, or under load,
 * the first views may say they are still being prepared (what a moderator does then: load it again).
 */
async function queueWithHints(mod: Client, path: string) {
  for (let tries = 0; ; tries++) {
    const page = await mod.get(path);
    if (!page.text.includes('werden noch vorbereitet') || tries >= 100) return page;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the moderation queue names the published proposals a queued one resembles', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await db.insert(proposals).values([
      {
        tenantId: f.tenant.id,
        number: 'RAD-B1001',
        title: 'Sitzbänke am Rheinufer in Beuel',
        body: 'Am Rheinufer in Beuel fehlen Sitzbänke zum Ausruhen, besonders für ältere Menschen.',
        authorKind: 'citizen',
        state: 'published',
        publishedAt: new Date(),
      },
      {
        tenantId: f.tenant.id,
        number: 'RAD-B2001',
        title: 'Kostenloses WLAN in der Stadtbibliothek',
        body: 'Die Stadtbibliothek sollte ein kostenloses WLAN für alle Besucherinnen und Besucher anbieten.',
        authorKind: 'citizen',
        state: 'published',
        publishedAt: new Date(),
      },
    ]);
  });

  it('lists the likely originals with a button each, and marks a duplicate with one press', async () => {
    const db = (await testDatabase()).db;
    const { app } = await testApp();
    const visitor = new Client(app, f.host);
    for (const [title, body] of [
      [
        'Mehr Sitzbänke am Rheinufer in Beuel',
        'Am Beueler Rheinufer fehlen Sitzbänke zum Ausruhen für ältere Menschen.',
      ],
      [
        'Trinkbrunnen auf dem Münsterplatz',
        'Im Sommer braucht der Münsterplatz einen Trinkbrunnen mit frischem Wasser.',
      ],
    ] as const) {
      const res = await visitor.post('/mitmachen', {
        title,
        body,
        authorKind: 'citizen',
        consent: 'on',
        confirmed: '1',
      });
      expect(res.status).toBe(303);
    }
    const queued = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.state, 'submitted')));
    const copy = queued.find((r) => r.title.startsWith('Mehr Sitzbänke'))!;
    const fountain = queued.find((r) => r.title.startsWith('Trinkbrunnen'))!;

    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    const page = await queueWithHints(mod, '/intern/moderation');
    expect(page.status).toBe(200);
    // The near-copy shows its original with the degree and a button; the fountain resembles nothing.
    expect(page.text).toContain('Ähnliche veröffentlichte Vorschläge:');
    expect(page.text).toContain(`value="${copy.id} RAD-B1001"`);
    expect(page.text).toContain('Als Duplikat von RAD-B1001 markieren');
    expect(page.text).toContain(`aria-label="Als Duplikat von RAD-B1001 markieren: „${copy.title}“"`);
    expect(page.text).not.toContain(`value="${fountain.id} `);
    expect(page.text).not.toContain('RAD-B2001');
    // The buttons send a form of their own: Enter in the queue's form still means its first button.
    expect(page.text).toContain('form="pick-duplicate"');
    expect(page.text).toContain('id="pick-duplicate"');
    const queueForm = page.text.slice(page.text.indexOf('<form method="post" action="/intern/moderation"'));
    const ownButtons = [...queueForm.matchAll(/<button[^>]*>/g)].filter((b) => !b[0].includes(' form='));
    expect(ownButtons[0]![0]).toContain('value="publish"');

    // The queued proposal's own page says it waits, offers nothing public, and leads to it in the queue.
    const own = await mod.get(`/mitmachen/vorschlaege/${copy.id}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain('Wartet auf Moderation');
    expect(own.text).not.toContain('Vorschlag unterstützen');
    expect(own.text).not.toContain('/kommentare"');
    const queueLink = `/intern/moderation?q=${encodeURIComponent(copy.number)}`;
    expect(own.text).toContain(`href="${queueLink.replace(/&/g, '&amp;')}"`);
    const filtered = await queueWithHints(mod, queueLink);
    expect(filtered.text).toContain('1 Vorschlag entspricht dem Filter');
    expect(filtered.text).toContain(`value="${copy.id} RAD-B1001"`);
    expect((await visitor.get(`/mitmachen/vorschlaege/${copy.id}`)).status).toBe(404);

    // Enter in "Grund" or "Original" sends the form with its first button, "publish": refused at the field,
    // since a typed reason or original means another decision, and the input is kept.
    const enterInReason = await mod.post('/intern/moderation', {
      action: 'publish',
      ids: [fountain.id],
      reason: 'Werbung',
    });
    expect(enterInReason.status).toBe(422);
    expect(enterInReason.text).toContain('Ein Grund gilt nur für „Auswahl ausblenden“');
    expect(enterInReason.text).toContain('value="Werbung"');
    const enterInOriginal = await mod.post('/intern/moderation', {
      action: 'publish',
      ids: [fountain.id],
      duplicateOf: 'RAD-B1001',
    });
    expect(enterInOriginal.status).toBe(422);
    expect(enterInOriginal.text).toContain('Ein Original gilt nur für „Als Duplikat markieren“');
    const [waiting] = await db.select().from(proposals).where(eq(proposals.id, fountain.id));
    expect(waiting!.state).toBe('submitted');

    // A forged pick is no decision: nothing ticked, nothing changes.
    const forged = await mod.post('/intern/moderation', { pick: `${copy.id} RAD-B2001-X` });
    expect(forged.status).toBe(422);
    // The original must be published: a pick naming the queued fountain as original is refused at the field.
    const notPublic = await mod.post('/intern/moderation', { pick: `${copy.id} ${fountain.number}` });
    expect(notPublic.status).toBe(422);
    expect(notPublic.text).toContain('Bitte geben Sie die Nummer eines veröffentlichten Vorschlags an');

    const done = await mod.post('/intern/moderation', { pick: `${copy.id} RAD-B1001` });
    expect(done.status).toBe(303);
    expect(done.location).toContain('hinweis=duplicate');
    const after = await queueWithHints(mod, done.location!.replace('#hinweis', ''));
    expect(after.text).toContain('Der Vorschlag ist als Duplikat ausgeblendet');
    expect(after.text).not.toContain(`value="${copy.id}"`);
    const [row] = await db.select().from(proposals).where(eq(proposals.id, copy.id));
    expect(row).toMatchObject({ state: 'hidden', moderationReason: 'duplicate of RAD-B1001' });
    const hiddenPage = await mod.get(`/mitmachen/vorschlaege/${copy.id}`);
    expect(hiddenPage.text).toContain('Ausgeblendet');
    expect(hiddenPage.text).toContain('Öffentlich nicht sichtbar: ein Duplikat von RAD-B1001.');
    expect(hiddenPage.text).toContain(`/intern/moderation?state=hidden&amp;q=${copy.number}`);
    // The fountain is still waiting, untouched.
    const [still] = await db.select().from(proposals).where(eq(proposals.id, fountain.id));
    expect(still!.state).toBe('submitted');

    // Only moderators see the queue and its hints.
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    expect((await lead.get('/intern/moderation')).status).toBe(403);
    expect((await lead.post('/intern/moderation', { pick: `${fountain.id} RAD-B1001` })).status).toBe(403);
  });

  it('shown again after each decision, brings each queued proposal’s hints up to date', async () => {
    const db = (await testDatabase()).db;
    const { app } = await testApp();
    const g = await createOrgFixture(db);
    const visitor = new Client(app, g.host);
    for (const body of [
      'Im Sommer braucht der Münsterplatz einen Trinkbrunnen mit frischem Wasser für alle.',
      'Auf dem Münsterplatz fehlt im Sommer ein Trinkbrunnen mit frischem Wasser für alle.',
    ]) {
      const sent = await visitor.post('/mitmachen', {
        title: 'Trinkbrunnen auf dem Münsterplatz',
        body,
        authorKind: 'citizen',
        consent: 'on',
        confirmed: '1',
      });
      expect(sent.status).toBe(303);
    }
    const [first, second] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, g.tenant.id), eq(proposals.state, 'submitted')))
      .orderBy(proposals.createdAt);
    const mod = new Client(app, g.host);
    await mod.login(g.emails.moderator, TEST_PASSWORD);
    const hintOf = (html: string, queued: { id: string }, original: { number: string }) =>
      html.includes(`value="${queued.id} ${original.number}"`);
    // Neither is public yet: no hints.
    const before = (await queueWithHints(mod, '/intern/moderation')).text;
    expect(hintOf(before, first!, second!)).toBe(false);
    expect(hintOf(before, second!, first!)).toBe(false);
    // The second is published: the first, still waiting, now names it.
    const published = await mod.post('/intern/moderation', { action: 'publish', ids: [second!.id] });
    expect(published.status).toBe(303);
    expect(hintOf((await queueWithHints(mod, '/intern/moderation')).text, first!, second!)).toBe(true);
    // Hidden again, it is no hint any more.
    const hidden = await mod.post('/intern/moderation', {
      action: 'hide',
      ids: [second!.id],
      reason: 'Doppelt eingereicht',
    });
    expect(hidden.status).toBe(303);
    expect(hintOf((await queueWithHints(mod, '/intern/moderation')).text, first!, second!)).toBe(false);
    // And published once more, it is back.
    await mod.post('/intern/moderation', { action: 'publish', ids: [second!.id] });
    expect(hintOf((await queueWithHints(mod, '/intern/moderation')).text, first!, second!)).toBe(true);
  });

  it('tells the queue at once whether the words are counted, starting the count (the queue shows without hints meanwhile)', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    // Not counted yet: the count starts, and a caller that cannot wait is told so at once.
    expect(await frequenciesReady(db, g.tenant.id, 0)).toBe(false);
    expect(await frequenciesReady(db, g.tenant.id, 10_000)).toBe(true);
    expect(await frequenciesReady(db, g.tenant.id, 0)).toBe(true);
  });

  it('saves a count of the words and starts from it: a large city needs no new count after a start', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db);
    const texts = [
      'Zebrastreifen vor der Grundschule in Kessenich',
      'Ein Zebrastreifen an der Reuterstraße fehlt',
      'Mehr Bänke am Rheinufer',
    ];
    const df = new DocumentFrequencies();
    const vocabulary = new Vocabulary();
    for (const text of texts) {
      df.add(features(text));
      vocabulary.add(text);
    }
    const builtAt = new Date('2026-12-06T06:00:00Z');
    await saveWordCounts(db, g.tenant.id, { df, vocabulary }, builtAt);
    const loaded = (await loadWordCounts(db, g.tenant.id))!;
    expect(loaded.builtAt).toBe(builtAt.getTime());
    expect(loaded.df.documents).toBe(3);
    expect(loaded.df.toData()).toEqual(df.toData());
    expect([...loaded.vocabulary.entries()]).toEqual([...vocabulary.entries()]);
    // The tenant has none of these proposals: its first reading is the saved count, not a new one.
    const words = await vocabularyFor(db, g.tenant.id);
    expect(words?.knows('Zebrastreifen')).toBe(true);
    expect(words?.suggest('Zebrastreiffen')).toBe('Zebrastreifen');
  });

  it('lets the queue go on without the lookups not done in time, and shows them when viewed again', async () => {
    const db = (await testDatabase()).db;
    const queued = [
      {
        id: f.ids.staff,
        title: 'Bänke am Rheinufer in Beuel',
        body: 'Am Rheinufer in Beuel fehlen Sitzbänke.',
      },
    ];
    // Not waited for: under way, no hints yet (and not started twice when asked again meanwhile).
    expect(await hintsForQueue(db, f.tenant.id, queued, 3, { waitMs: 0 })).toEqual([undefined]);
    // Waited for: done, and the original is among them.
    const [hints] = await hintsForQueue(db, f.tenant.id, queued, 3);
    expect(hints?.map((h) => h.number)).toContain('RAD-B1001');
  });
});
