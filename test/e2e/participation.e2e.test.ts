import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../../src/modules/proposals/proposals.table.ts';
import { deliverImmediate } from '../../src/modules/subscriptions/subscriptions.service.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { testDatabase } from '../helpers.ts';
import { decoded, linkIn, startSmtp } from '../smtp.ts';
import { expectAccessible, launchBrowser, login, pageFactory, seeText, startTestServer } from './browser.ts';

/** Twenty published proposals on three topics: what the CDO team condenses into three ideas. */
const TOPICS: [string, string][][] = [
  [
    ['Sperrmüll online anmelden', 'Die Anmeldung von Sperrmüll sollte online gehen, mit Wunschtermin.'],
    ['Sperrmüll-Anmeldung im Internet', 'Sperrmüll bitte online anmelden können, nicht nur per Telefon.'],
    ['Online-Termin für Sperrmüll', 'Termine für die Sperrmüll-Abholung online buchen können.'],
    ['Sperrmüll per App anmelden', 'Eine App, mit der man Sperrmüll anmelden und den Termin sehen kann.'],
    ['Sperrmüll digital anmelden', 'Sperrmüll digital anmelden statt Postkarte.'],
    ['Sperrmüllabholung online beantragen', 'Die Sperrmüllabholung sollte man online beantragen können.'],
    ['Sperrmüll: Online-Formular', 'Ein Online-Formular für die Anmeldung von Sperrmüll.'],
  ],
  [
    ['Radweg Kölnstraße verbreitern', 'Der Radweg an der Kölnstraße ist viel zu schmal.'],
    ['Kölnstraße: Radweg zu schmal', 'Bitte den Radweg in der Kölnstraße verbreitern.'],
    ['Breiterer Radweg auf der Kölnstraße', 'Auf der Kölnstraße braucht der Radweg mehr Platz.'],
    ['Radweg Kölnstraße sicherer machen', 'Der schmale Radweg an der Kölnstraße ist gefährlich.'],
    ['Kölnstraße Radweg', 'Radfahrende auf der Kölnstraße brauchen einen breiten Radweg.'],
    ['Mehr Platz für den Radweg Kölnstraße', 'Parkplätze an der Kölnstraße zugunsten eines breiten Radwegs.'],
    ['Radweg an der Kölnstraße ausbauen', 'Den Radweg an der Kölnstraße ausbauen und verbreitern.'],
  ],
  [
    ['WLAN in Bussen', 'Kostenloses WLAN in allen Bussen der Stadtwerke.'],
    ['Kostenloses WLAN im Bus', 'In Bussen und Bahnen sollte es kostenloses WLAN geben.'],
    ['Bus-WLAN für alle', 'WLAN in Bussen kostenlos für alle Fahrgäste.'],
    ['WLAN in Bus und Bahn', 'Freies WLAN in Bus und Bahn in Bonn.'],
    ['Gratis WLAN in Bussen', 'Gratis WLAN in den Bussen, wie in anderen Städten.'],
    ['WLAN-Ausbau in Bussen', 'Alle Busse mit kostenlosem WLAN ausstatten.'],
  ],
];

describe('participation in a real browser: hints, double opt-in, moderation, condensing, notification', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  let base: string;
  const visited: string[] = [];
  const requests: string[] = [];
  const pages = pageFactory(
    () => browser,
    () => base,
    requests,
  );
  const newPage = () => pages.newPage();

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await db.insert(proposals).values(
      TOPICS.flat().map(([title, body], i) => ({
        tenantId: f.tenant.id,
        number: `V-E2E${String(i).padStart(3, '0')}`,
        title,
        body,
        authorKind: 'citizen' as const,
        state: 'published' as const,
        // Sent one after another over the last weeks, like real proposals.
        createdAt: new Date(Date.now() - (20 - i) * 3_600_000),
        publishedAt: new Date(),
      })),
    );
    smtp = await startSmtp();
    server = await startTestServer({ smtpUrl: smtp.url });
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  const mailsTo = (address: string) =>
    smtp.inbox.filter((m) => m.to.includes(address)).map((m) => ({ raw: m.raw, text: decoded(m.raw) }));

  it('a visitor sees duplicate hints, submits, confirms the address; a moderator publishes', async () => {
    const visitor = await newPage();
    await visitor.goto('/mitmachen');
    await visitor.getByLabel('Titel').fill('Sperrmüll online anmelden, bitte');
    await visitor
      .getByLabel('Beschreibung')
      .fill('Ich möchte meinen Sperrmüll online anmelden und einen Termin wählen können.');
    // The hints appear while typing (the page's own script, no third party).
    await seeText(visitor.locator('#similar-live'), 'Ähnliche veröffentlichte Vorschläge');
    // The degree in words, as on the confirmation step (no raw percentage).
    await expect
      .poll(() => visitor.locator('#similar-live .similar-degree').first().textContent())
      .toMatch(/^(nahezu gleich|sehr ähnlich|ähnlich|verwandtes Thema)$/);
    expect(await visitor.locator('#similar-live').textContent()).not.toContain('%');
    // And how they are found, with the page that explains it.
    expect(
      await visitor.locator('#similar-live a[href="/transparenz/algorithmen"]').textContent(),
    ).toBeTruthy();
    await expectAccessible(visitor, visited);
    await visitor.getByRole('textbox', { name: /^Ort/ }).fill('Bonn-Beuel');
    await visitor.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill('autorin@example.org');
    await visitor.getByLabel(/Ich willige ein/).check();
    await visitor.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    // The confirmation step shows the similar proposals before the final submit.
    await seeText(visitor.getByRole('heading', { level: 1 }), 'Gibt es Ihren Vorschlag schon?');
    await expectAccessible(visitor, visited);
    await visitor.getByRole('button', { name: 'Trotzdem einreichen' }).click();
    await seeText(visitor.getByRole('heading', { level: 1 }), 'Vielen Dank');
    await expectAccessible(visitor, visited);

    await expect.poll(() => mailsTo('autorin@example.org').length, { timeout: 10_000 }).toBe(1);
    const confirm = linkIn(mailsTo('autorin@example.org')[0]!.raw, /\/benachrichtigungen\/bestaetigen\//);
    await visitor.goto(confirm);
    await expectAccessible(visitor, visited);
    await visitor.getByRole('button', { name: 'Adresse bestätigen' }).click();
    await seeText(visitor.getByRole('status'), 'Ihre Adresse ist bestätigt');
    await expectAccessible(visitor, visited);

    const mod = await newPage();
    await login(mod, f.emails.moderator);
    await mod.goto('/intern/moderation');
    // Under load the first views may say the hints are still being prepared: a moderator loads it again.
    await expect
      .poll(
        async () => {
          if (await mod.getByText('werden noch vorbereitet').count()) await mod.reload();
          return mod.locator('.queue-hints').count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    // The queue names the published proposal the new one resembles, with a button to mark it a duplicate.
    await seeText(mod.locator('.queue-hints').first(), 'Ähnliche veröffentlichte Vorschläge');
    await expect
      .poll(() => mod.getByRole('button', { name: /^Als Duplikat von V-E2E\d+ markieren/ }).count())
      .toBeGreaterThan(0);
    // On a phone the queue is a list of blocks, not columns squeezed into a box that scrolls sideways.
    const desktop = mod.viewportSize()!;
    await mod.setViewportSize({ width: 360, height: 740 });
    expect(await mod.locator('table').evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(
      true,
    );
    await mod.setViewportSize(desktop);
    await expectAccessible(mod, visited);
    await mod.getByRole('checkbox', { name: /Sperrmüll online anmelden, bitte/ }).check();
    await mod.getByRole('button', { name: 'Auswahl veröffentlichen' }).click();
    await seeText(mod.getByRole('status').first(), 'veröffentlicht');
    await expectAccessible(mod, visited);
    await expect.poll(() => mailsTo('autorin@example.org').length, { timeout: 10_000 }).toBe(2);
    expect(mailsTo('autorin@example.org')[1]!.text).toContain('ist jetzt veröffentlicht');

    // A signed-in member supports and comments; the comment waits in the moderators' queue.
    const member = await newPage();
    await login(member, f.emails.staff);
    await member.goto('/mitmachen/vorschlaege');
    await member.getByRole('link', { name: 'Sperrmüll online anmelden, bitte' }).click();
    await expectAccessible(member, visited);
    await member.getByRole('button', { name: 'Vorschlag unterstützen' }).click();
    await seeText(member.getByRole('status').first(), 'Danke für Ihre Unterstützung');
    await seeText(member.locator('main'), '1 Unterstützung');
    await member.getByLabel('Ihr Kommentar').fill('Sehr gute Idee, das spart allen Zeit.');
    await member.getByRole('button', { name: 'Kommentar senden' }).click();
    await seeText(member.getByRole('status').first(), 'sobald die Moderation ihn geprüft hat');
    await expectAccessible(member, visited);
    await mod.goto('/intern/moderation/kommentare');
    await expectAccessible(mod, visited);
    await mod.getByLabel(/am \d/).first().check();
    await mod.getByRole('button', { name: 'Auswahl veröffentlichen' }).click();
    await seeText(mod.getByRole('status').first(), 'Der Kommentar ist veröffentlicht.');
    await mod.goto('/intern/moderation/meldungen');
    await expectAccessible(mod, visited);
    await mod.goto('/intern/werkstaetten');
    await expectAccessible(mod, visited);
    await mod.getByLabel('Titel der Werkstatt').fill('Zukunftswerkstatt Bürgerdienste');
    await mod.getByLabel('Datum').fill('2026-11-20');
    await mod.getByRole('textbox', { name: 'Ort', exact: true }).fill('Stadthaus, Raum 3.12');
    await mod.getByLabel('Veranstaltet von').fill('Amt für Digitalisierung');
    await mod.getByLabel('Zahl der Teilnehmenden').fill('24');
    await mod.getByRole('button', { name: 'Werkstatt anlegen' }).click();
    await seeText(mod.getByRole('status').first(), 'Die Werkstatt ist angelegt');
    await expectAccessible(mod, visited);
  }, 180_000);

  it('the CDO team condenses twenty proposals into three ideas and undoes one merge; the author is told', async () => {
    const cdo = await newPage();
    await login(cdo, f.emails.cdo);
    await cdo.goto('/intern/ideen/buendeln');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Gruppen berechnen' }).click();
    await seeText(cdo.locator('main'), 'Vorschläge in 3 Gruppen. Berechnet in');
    await seeText(cdo.locator('main'), 'aus 21 noch nicht gebündelten Vorschlägen');
    await expectAccessible(cdo, visited);
    const titles = ['Sperrmüll online anmelden', 'Breiter Radweg Kölnstraße', 'WLAN in allen Bussen'];
    const marks = ['Sperrmüll per App anmelden', 'Kölnstraße Radweg', 'Gratis WLAN in Bussen'];
    // One proposal off a group with its own button (nothing to untick), and back by the group's number,
    // which stays while groups are split.
    const waste = cdo.locator('section.cluster').filter({ hasText: marks[0]! });
    const wasteNumber = /Gruppe (\d+)/.exec((await waste.locator('h2').textContent())!)![1]!;
    await waste.getByRole('button', { name: `Abtrennen: ${marks[0]}` }).click();
    await seeText(cdo.locator('main'), 'Vorschläge in 4 Gruppen');
    // Said in the group worked on, beside the buttons just used.
    await seeText(
      cdo.locator('section.cluster').filter({ hasText: 'direkt unter dieser' }).getByRole('status'),
      'Gespeichert: 1 Vorschlag ist jetzt Gruppe 4',
    );
    const alone = cdo.locator('section.cluster').filter({ hasText: marks[0]! });
    await seeText(alone.locator('h2'), 'Gruppe 4: 1 Vorschlag');
    await expectAccessible(cdo, visited);
    await alone.getByLabel('Ausgewählte in Gruppe Nr. verschieben').fill(wasteNumber);
    await alone.getByRole('button', { name: 'Verschieben' }).click();
    await seeText(cdo.locator('main'), 'Vorschläge in 3 Gruppen');
    await seeText(
      cdo.locator('section.cluster').filter({ hasText: marks[0]! }).locator('h2'),
      `Gruppe ${wasteNumber}:`,
    );
    for (const [i, title] of titles.entries()) {
      const cluster = cdo.locator('section.cluster').filter({ hasText: marks[i]! });
      await cluster.getByLabel('Titel der Projektidee').fill(title);
      await cluster.getByRole('button', { name: 'Als Projektidee übernehmen' }).click();
      // Merging asks first (followers are told by mail), then the confirmation names the idea.
      await seeText(cdo.getByRole('heading', { level: 1 }), `Vorschläge zur Idee „${title}“ zusammenführen`);
      if (i === 0) await expectAccessible(cdo, visited);
      await cdo.getByRole('button', { name: 'Idee anlegen und Vorschläge zusammenführen' }).click();
      await seeText(cdo.getByRole('status').first(), `„${title}“ aus`);
    }
    await seeText(cdo.locator('main'), '0 Gruppen');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/ideen');
    await expectAccessible(cdo, visited);
    for (const title of titles) await seeText(cdo.locator('main'), title);
    await cdo.getByRole('link', { name: 'Breiter Radweg Kölnstraße', exact: true }).click();
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: /„Kölnstraße Radweg“ aus der Idee lösen/ }).click();
    await seeText(cdo.getByRole('status').first(), 'Gespeichert');
    await expectAccessible(cdo, visited);

    // The author gets the news, delivered the way the minute job does, here and now (on PostgreSQL the
    // queue is shared by the test workers, and another worker's runner could take the job); her link
    // leads to the proposal's journey.
    await deliverImmediate(server.deps, { tenantId: f.tenant.id });
    await expect
      .poll(() => mailsTo('autorin@example.org').filter((m) => m.text.includes('gebündelt')).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const news = mailsTo('autorin@example.org').find((m) => m.text.includes('gebündelt'))!;
    expect(news.text).toContain('zur Projektidee „Sperrmüll online anmelden“');
    const author = await newPage();
    await author.goto(linkIn(news.raw, /\/mitmachen\/vorschlaege\//));
    await seeText(author.locator('.journey'), 'Sperrmüll online anmelden');
    await expectAccessible(author, visited);
    const manage = linkIn(news.raw, /\/benachrichtigungen\/(?!bestaetigen)/);
    await author.goto(manage);
    await expectAccessible(author, visited);
    await author.getByRole('button', { name: 'Alle Benachrichtigungen abbestellen' }).click();
    await seeText(author.locator('main'), 'Sie erhalten keine Benachrichtigungen');
    await expectAccessible(author, visited);

    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(new Set(visited).size).toBeGreaterThanOrEqual(13);
  }, 180_000);
});
