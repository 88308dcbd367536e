import { and, eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_INTERACTIVE } from '../src/modules/condensing/cluster.service.ts';
import { clusterRuns } from '../src/modules/condensing/condensing.table.ts';
import { ideaProposals, ideas } from '../src/modules/ideas/ideas.table.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { clusterTexts, keyTermsOf } from '../src/platform/text/cluster.ts';
import { DocumentFrequencies, features } from '../src/platform/text/similarity.ts';
import { createOrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase, testJobs } from './helpers.ts';

describe('clustering', () => {
  it('groups texts that say the same, leaves the odd one out, and names the groups', () => {
    const texts = [
      'Sperrmüll online anmelden können',
      'Online-Anmeldung für Sperrmüll',
      'Sperrmüll-Termine online buchen',
      'Radweg an der Kölnstraße verbreitern',
      'Der Radweg Kölnstraße ist zu schmal',
      'Kölnstraße: breiterer Radweg nötig',
      'Mehr Grün auf dem Münsterplatz',
    ];
    const r = clusterTexts(texts);
    expect(r.clusters.map((c) => c.members)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(r.unclustered).toEqual([6]);
    expect(r.clusters[0]!.keyTerms.join(' ')).toMatch(/Sperrmüll/);
    expect(r.clusters[1]!.keyTerms.join(' ')).toMatch(/Kölnstraße|Radweg/);
  });

  it("names a group the team changed by its members' words", () => {
    const texts = ['Radweg an der Kölnstraße verbreitern', 'Der Radweg Kölnstraße ist zu schmal'];
    const df = new DocumentFrequencies();
    for (const t of [...texts, 'Sperrmüll online anmelden', 'Mehr Grün auf dem Münsterplatz'])
      df.add(features(t));
    expect(keyTermsOf(texts, df).slice(0, 2).sort()).toEqual(['Kölnstraße', 'Radweg']);
    expect(keyTermsOf([], df)).toEqual([]);
  });

  it('is deterministic and covers every text exactly once', () => {
    const texts = Array.from(
      { length: 200 },
      (_, i) =>
        `Vorschlag ${i % 17} zum Thema ${['Radweg', 'Bus', 'WLAN', 'Schule'][i % 4]} in ${['Beuel', 'Bonn', 'Hardtberg'][i % 3]}`,
    );
    const a = clusterTexts(texts);
    const b = clusterTexts(texts);
    expect(a).toEqual(b);
    const all = [...a.clusters.flatMap((c) => c.members), ...a.unclustered].sort((x, y) => x - y);
    expect(all).toEqual(texts.map((_, i) => i));
  });
});

describe('the condensing assistant', () => {
  it('offers clusters; the CDO team takes one over as an idea without some members, who stay for later', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const texts = [
      ['Sperrmüll online anmelden', 'Die Anmeldung von Sperrmüll sollte online gehen.'],
      ['Sperrmüll-Anmeldung im Internet', 'Sperrmüll bitte online anmelden können.'],
      ['Online-Termin für Sperrmüll', 'Termine für die Sperrmüll-Abholung online buchen.'],
      ['Radweg Kölnstraße verbreitern', 'Der Radweg an der Kölnstraße ist viel zu schmal.'],
      ['Kölnstraße: Radweg zu schmal', 'Bitte den Radweg in der Kölnstraße verbreitern.'],
    ];
    await db.insert(proposals).values(
      texts.map(([title, body], i) => ({
        tenantId: f.tenant.id,
        number: `C-${i}`,
        title: title!,
        body: body!,
        authorKind: 'citizen' as const,
        state: 'published' as const,
      })),
    );
    const { app } = await testApp();
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    expect((await cdo.get('/intern/ideen/buendeln')).text).toContain('noch keine Gruppen berechnet');
    expect((await cdo.post('/intern/ideen/buendeln', {})).status).toBe(303);
    let page = await cdo.get('/intern/ideen/buendeln');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(
      /Jetzt \d Vorschläge in 2 Gruppen\. Berechnet in [\d,]+ s aus 5 noch nicht gebündelten/,
    );
    const rows = await db.select().from(proposals).where(eq(proposals.tenantId, f.tenant.id));
    const id = (n: string) => rows.find((r) => r.number === n)!.id;
    /** The form action of the cluster that holds a proposal. */
    const clusterOf = (html: string, proposalId: string) => {
      const forms = html.split('<section class="kern-card cluster"').slice(1);
      const form = forms.find((f) => f.includes(`value="${proposalId}"`))!;
      return /action="(\/intern\/ideen\/buendeln\/[^"]+)"/.exec(form)![1]!;
    };
    /** Posts a cluster's form as the page showed it. */
    const act = (html: string, of: string, form: Record<string, string | string[]>) =>
      cdo.post(clusterOf(html, id(of)), { zurueck: '/intern/ideen/buendeln', ...form });
    /** The number in the heading of the group that holds a proposal. */
    const numberOf = (html: string, of: string) =>
      /Gruppe (\d+):/.exec(
        html.split('<section class="kern-card cluster"').find((x) => x.includes(`value="${id(of)}"`))!,
      )![1]!;

    // Split one proposal off (its own button, which sends the form beside the group's: nothing else ticked
    // or unticked), then move it back: the team shapes the clusters.
    const before = page.text;
    const numbers = { waste: numberOf(before, 'C-0'), cycling: numberOf(before, 'C-3') };
    expect(page.text).toContain(`form="split-${clusterOf(page.text, id('C-0')).split('/').pop()}"`);
    expect(page.text).toMatch(new RegExp(`<button[^>]*name="proposalIds" value="${id('C-2')}"[^>]*>`));
    const wasteGroup = clusterOf(page.text, id('C-0')).split('/').pop()!;
    const split = await act(page.text, 'C-0', { action: 'split', proposalIds: [id('C-2')] });
    expect(split.status).toBe(303);
    // The page opens at the group worked on and says there where the proposal went (walk: "Gespeichert."
    // sat at the top, far above the group).
    expect(split.location).toBe(
      `/intern/ideen/buendeln?hinweis=abgetrennt&gruppe=${wasteGroup}&von=${numbers.waste}&nach=3&anzahl=1#cl-${wasteGroup}`,
    );
    const splitPage = (await cdo.get(split.location!.split('#')[0]!)).text;
    expect(
      splitPage.split('<section class="kern-card cluster"').find((x) => x.includes(`/${wasteGroup}"`)),
    ).toContain('Gespeichert: 1 Vorschlag ist jetzt Gruppe 3, direkt unter dieser.');
    expect(splitPage).not.toContain('id="hinweis"');
    page = await cdo.get('/intern/ideen/buendeln');
    expect(page.text).toContain('3 Gruppen');
    // Numbers stay: the groups keep theirs, the one split off takes the next (they were renumbered).
    expect([numberOf(page.text, 'C-0'), numberOf(page.text, 'C-3')]).toEqual([
      numbers.waste,
      numbers.cycling,
    ]);
    expect(numberOf(page.text, 'C-2')).toBe('3');
    // The way back is the page's address as it is ("?&hinweis=" after a split, walk).
    expect(page.text).toContain('name="zurueck" value="/intern/ideen/buendeln"');
    // The group split off is named by its own words, not by the words of the group it came from.
    const termsOf = (html: string, of: string) =>
      /Gruppe \d+:[^<]*/
        .exec(
          html.split('<section class="kern-card cluster"').find((x) => x.includes(`value="${id(of)}"`))!,
        )![0]
        .split('– ')[1];
    expect(termsOf(page.text, 'C-2')).toMatch(/Termin|Abholung|buchen/);
    expect(termsOf(page.text, 'C-2')).not.toBe(termsOf(page.text, 'C-0'));
    // A number read before the split still names the same group; a number no group has is refused.
    const unknown = await act(before, 'C-1', { action: 'move', proposalIds: [id('C-1')], targetId: '9' });
    expect(unknown.status).toBe(422);
    // The message says what was wrong with the number (walk: the same sentence for every case).
    expect(unknown.text).toContain('Eine Gruppe 9 mit offenen Vorschlägen gibt es nicht.');
    // Every group has the same fields: the summary says which group (walk).
    const failedGroup = /<h2 class="kern-heading-small" id="cl-[^"]+">Gruppe (\d+)/.exec(
      unknown.text.split('aria-invalid="true"')[0]!.split('<section class="kern-card cluster"').pop()!,
    )![1];
    expect(unknown.text).toContain(
      `Bitte korrigieren Sie die folgenden Angaben in Gruppe ${failedGroup}</h2>`,
    );
    expect((await cdo.get('/intern/ideen/buendeln')).text).toContain('3 Gruppen');
    const home = clusterOf(page.text, id('C-0')).split('/').pop()!;
    expect(clusterOf(page.text, id('C-2'))).not.toContain(home);
    const noTarget = await act(page.text, 'C-2', { action: 'move', proposalIds: [id('C-2')], targetId: '' });
    expect(noTarget.status).toBe(422);
    expect(noTarget.text).toContain(
      'Bitte geben Sie die Nummer der Gruppe an, in die die ausgewählten Vorschläge sollen.',
    );
    // Enter in the number field sends the first button (accept): with a number there, nothing is accepted.
    const enter = await act(page.text, 'C-2', { action: 'accept', proposalIds: [id('C-2')], targetId: '1' });
    expect(enter.status).toBe(422);
    expect(enter.text).toContain('Hier steht eine Gruppennummer');
    expect(enter.text).toMatch(/name="targetId" value="1"/);
    // The target is the group's number as its heading shows it (no list of every group on every card).
    const homeSection = page.text
      .split('<section class="kern-card cluster"')
      .find((f) => f.includes(`/${home}"`))!;
    const homeNumber = /Gruppe (\d+):/.exec(homeSection)![1]!;
    expect(page.text).not.toMatch(/<select[^>]*name="targetId"/);
    const moved = await act(page.text, 'C-2', {
      action: 'move',
      proposalIds: [id('C-2')],
      targetId: homeNumber,
    });
    expect(moved.status).toBe(303);
    // The group moved away is gone: the page opens at the group it went to, which says so (walk: at the top
    // of the page the notice was thousands of pixels away).
    expect(moved.location).toMatch(
      new RegExp(`hinweis=verschoben&.*&von=3&nach=${homeNumber}&anzahl=1#cl-${home}$`),
    );
    expect(
      (await cdo.get(moved.location!.split('#')[0]!)).text
        .split('<section class="kern-card cluster"')
        .find((x) => x.includes(`/${home}"`)),
    ).toContain(
      'Gespeichert: 1 Vorschlag aus Gruppe 3 ist jetzt in dieser Gruppe; Gruppe 3 ist leer und entfällt.',
    );
    page = await cdo.get('/intern/ideen/buendeln');
    expect(page.text).toContain('2 Gruppen');
    expect(clusterOf(page.text, id('C-2'))).toContain(home);

    // Reject the cycling cluster: it is remembered.
    expect((await act(page.text, 'C-3', { action: 'reject' })).status).toBe(303);
    page = await cdo.get('/intern/ideen/buendeln');
    expect(page.text).not.toContain('value="' + id('C-3') + '"');
    // The summary counts what is left now, not only what the run found (walk: it stayed at the run's).
    const grouped = Number(/Jetzt (\d+) Vorschläge in (\d+) Gruppe/.exec(page.text)![1]);
    expect(grouped).toBe((page.text.match(/type="checkbox" name="proposalIds"/g) ?? []).length);

    // Accept the waste cluster without C-2; a missing title is shown at this cluster's title field.
    const noTitle = await act(page.text, 'C-0', {
      action: 'accept',
      title: '',
      proposalIds: [id('C-0'), id('C-1')],
    });
    expect(noTitle.status).toBe(422);
    expect(noTitle.text).toContain(`href="#f-title-${home}"`);
    // Merging tells followers by mail, so it asks first: a page that says what happens, nothing merged yet.
    const ask = await act(page.text, 'C-0', {
      action: 'accept',
      title: 'Sperrmüll digital',
      proposalIds: [id('C-0'), id('C-1')],
    });
    expect(ask.status).toBe(200);
    expect(ask.text).toContain('2 Vorschläge werden in der neuen Idee „Sperrmüll digital“ zusammengeführt.');
    expect(ask.text).toContain('eine versandte E-Mail lässt sich nicht zurückholen');
    expect(ask.text).toContain('name="bestaetigt" value="ja"');
    expect(ask.text).toContain(`name="proposalIds" value="${id('C-1')}"`);
    // Back from it, the group's form is as it was filled in (title typed, members ticked).
    const backToForm = await act(page.text, 'C-0', {
      action: 'bearbeiten',
      title: 'Sperrmüll digital',
      proposalIds: [id('C-0'), id('C-1')],
    });
    expect(backToForm.status).toBe(200);
    expect(backToForm.text).toContain('value="Sperrmüll digital"');
    expect(
      await db
        .select()
        .from(proposals)
        .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.state, 'merged'))),
    ).toEqual([]);
    const res = await act(page.text, 'C-0', {
      action: 'accept',
      title: 'Sperrmüll digital',
      proposalIds: [id('C-0'), id('C-1')],
      bestaetigt: 'ja',
    });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(
      /^\/intern\/ideen\/buendeln\?hinweis=idea-created&idee=[0-9a-f-]{36}#hinweis$/,
    );
    // The confirmation sent again (back button) makes no second idea and no error page.
    const replay = await act(page.text, 'C-0', {
      action: 'accept',
      title: 'Sperrmüll digital',
      proposalIds: [id('C-0'), id('C-1')],
      bestaetigt: 'ja',
    });
    expect(replay.status).toBe(303);
    expect(
      await db
        .select()
        .from(ideas)
        .where(and(eq(ideas.tenantId, f.tenant.id), eq(ideas.title, 'Sperrmüll digital'))),
    ).toHaveLength(1);
    // The confirmation names the idea and counts its proposals.
    expect((await cdo.get(res.location!.replace('#hinweis', ''))).text).toContain(
      '„Sperrmüll digital“ aus 2 Vorschlägen angelegt',
    );
    const merged = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.state, 'merged')));
    expect(merged.map((m) => m.number).sort()).toEqual(['C-0', 'C-1']);
    // Computed again: three proposals left, and the rejected cluster is not offered again.
    await cdo.post('/intern/ideen/buendeln', {});
    const again = await cdo.get('/intern/ideen/buendeln');
    expect(again.text).toMatch(
      /Jetzt 0 Vorschläge in 0 Gruppen\. Berechnet in [\d,]+ s aus 3 noch nicht gebündelten/,
    );

    // The merge of one proposal is undone: it is published again, the other stays in the idea.
    const ideaId = /href="\/intern\/ideen\/([0-9a-f-]{36})"/.exec((await cdo.get('/intern/ideen')).text)![1]!;
    const ideaPage = await cdo.get(`/intern/ideen/${ideaId}`);
    expect(ideaPage.text).toContain('„Sperrmüll-Anmeldung im Internet“ aus der Idee lösen');
    // The next stage starts from the idea's own page too (walk).
    expect(ideaPage.text).toContain(`href="/intern/projekte/neu?idee=${ideaId}"`);
    expect((await cdo.post(`/intern/ideen/${ideaId}/loesen`, { proposalId: id('C-1') })).status).toBe(303);
    const after = await db.select().from(proposals).where(eq(proposals.tenantId, f.tenant.id));
    expect(after.find((p) => p.number === 'C-1')!.state).toBe('published');
    expect(after.find((p) => p.number === 'C-0')!.state).toBe('merged');
    const journey = await cdo.get(`/mitmachen/vorschlaege/${id('C-1')}`);
    expect(journey.text).toContain('Noch keiner Projektidee zugeordnet');
    // Nothing is deleted: the link is ended, and the trail still names the idea.
    expect(journey.text).toContain('Aus der Projektidee');
    expect(journey.text).toContain('„Sperrmüll digital“ wieder gelöst');
    const links = await db
      .select()
      .from(ideaProposals)
      .where(eq(ideaProposals.proposalId, id('C-1')));
    expect(links).toHaveLength(1);
    expect(links[0]!.unlinkedAt).toBeTruthy();
    expect((await cdo.post(`/intern/ideen/${ideaId}/loesen`, { proposalId: id('C-1') })).status).toBe(404);
    const staff = new Client(app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/ideen/buendeln')).status).toBe(403);
  });
});

describe('clustering a large process', () => {
  it('runs as a background job in a worker thread and shows its progress and result', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const topics = ['Radweg', 'Busspur', 'Parkhaus', 'Ampel', 'Zebrastreifen', 'Fahrradständer'];
    const places = [
      'Kölnstraße',
      'Beuel',
      'Bad Godesberg',
      'Hardtberg',
      'Poppelsdorf',
      'Endenich',
      'Tannenbusch',
    ];
    await db.insert(proposals).values(
      Array.from({ length: MAX_INTERACTIVE + 1 }, (_, i) => ({
        tenantId: f.tenant.id,
        number: `L-${i}`,
        title: `${topics[i % topics.length]} ${places[i % places.length]}`,
        body: `Vorschlag ${i}: ${topics[i % topics.length]} in ${places[i % places.length]} verbessern.`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
      })),
    );
    const { app, deps } = await testApp();
    // The run goes through the job queue (pg-boss on this engine), as it does in `rathaus serve`.
    await deps.jobs.start(testJobs(deps, ['cluster-proposals']), { pollingIntervalSeconds: 0.5 });
    onTestFinished(() => deps.jobs.stop());
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    expect((await cdo.post('/intern/ideen/buendeln', {})).status).toBe(303);
    const [run] = await db.select().from(clusterRuns).where(eq(clusterRuns.tenantId, f.tenant.id));
    expect(['queued', 'running']).toContain(run!.state);
    const waiting = await cdo.get('/intern/ideen/buendeln');
    expect(waiting.text).toMatch(/im Hintergrund berechnet|noch nicht gebündelten Vorschlägen/);
    await expect
      .poll(async () => (await cdo.get('/intern/ideen/buendeln')).text, { timeout: 60_000, interval: 500 })
      .toContain('aus 5.001 noch nicht gebündelten Vorschlägen');
  }, 90_000);
});
