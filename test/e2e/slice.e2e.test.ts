import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZKpiInput, ZMeasurementInput } from '../../src/modules/strategy/strategy.schemas.ts';
import { createKpi, recordMeasurement } from '../../src/modules/strategy/strategy.service.ts';
import { parseInput } from '../../src/platform/validation.ts';
import { fakeOparlServer } from '../fakes/oparl.ts';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { createOpenCycle } from '../fixtures/projects.ts';
import { testDatabase } from '../helpers.ts';
import { inspectPdf } from '../pdf-inspect.ts';
import {
  expectAccessible,
  launchBrowser,
  login,
  pageFactory,
  seeExactly,
  seeText,
  startTestServer,
} from './browser.ts';

describe('the lifecycle slice in a real browser, every page checked by axe', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
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
  let oparl: Awaited<ReturnType<typeof fakeOparlServer>>;

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await createOpenCycle(db, f);
    const kpi = await createKpi(
      db,
      f.tenant.id,
      await f.actor('cdo'),
      parseInput(ZKpiInput, {
        key: 'online-dienste',
        name: 'Online verfügbare Leistungen',
        definition: 'Zahl der Leistungen, die online beantragt werden können.',
        unit: 'Leistungen',
        method: 'Zählung im Leistungskatalog am Stichtag.',
        source: 'Leistungskatalog',
        baseline: '40',
        baselineYear: '2020',
        target: '300',
        targetYear: '2028',
        direction: 'increase',
      }),
    );
    for (const [measuredOn, value] of [
      ['2021-12-31', '90'],
      ['2023-12-31', '160'],
      ['2025-12-31', '240'],
    ] as const)
      await recordMeasurement(
        db,
        f.tenant.id,
        await f.actor('cdo'),
        kpi.id,
        parseInput(ZMeasurementInput, { measuredOn, value }),
      );
    // The local OParl server is on this machine: a private address the app is allowed to call here.
    server = await startTestServer({ oparlAllowPrivateHosts: true });
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
    oparl = await fakeOparlServer();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await oparl?.close();
  });

  it('walks proposal ▸ moderation ▸ idea ▸ project ▸ milestone ▸ report ▸ approval ▸ public page', async () => {
    // Visitor: home, project list, the proposal form with an error, then a valid submission.
    const visitor = await newPage();
    await visitor.goto('/');
    await expectAccessible(visitor, visited);
    await visitor.goto('/projekte');
    await expectAccessible(visitor, visited);
    await visitor.goto('/mitmachen');
    await expectAccessible(visitor, visited);
    await visitor.getByLabel('Titel').fill('WLAN');
    await visitor.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await seeText(visitor.getByRole('alert'), 'Bitte korrigieren Sie die folgenden Angaben');
    // Focus is on the error summary, so keyboard and screen-reader users start there.
    await expect.poll(() => visitor.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await visitor.getByLabel('Titel').inputValue()).toBe('WLAN');
    await expectAccessible(visitor, visited);
    await visitor.getByLabel('Titel').fill('Kostenloses WLAN in allen Bussen');
    await visitor
      .getByLabel('Beschreibung')
      .fill('In Bussen und Bahnen der Stadtwerke sollte es kostenloses WLAN geben, wie in anderen Städten.');
    await visitor.getByLabel('Verein oder Initiative').check();
    await visitor.getByLabel('Name der Organisation').fill('Pro Bahn Bonn');
    await visitor.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await seeExactly(visitor.getByRole('heading', { level: 1 }), 'Vielen Dank für Ihren Vorschlag');
    await expectAccessible(visitor, visited);

    // Moderator publishes it.
    const moderator = await newPage();
    await login(moderator, f.emails.moderator, () => expectAccessible(moderator, visited));
    await expectAccessible(moderator, visited);
    await moderator.goto('/intern/moderation');
    await expectAccessible(moderator, visited);
    await moderator.getByRole('checkbox', { name: /Kostenloses WLAN in allen Bussen/ }).check();
    await moderator.getByRole('button', { name: 'Auswahl veröffentlichen' }).click();
    await seeText(moderator.getByRole('status'), 'veröffentlicht');
    await expectAccessible(moderator, visited);
    await moderator.goto('/intern/themenfelder');
    await expectAccessible(moderator, visited);

    // CDO team condenses it into an idea and opens a project.
    const cdo = await newPage();
    await login(cdo, f.emails.cdo);
    await cdo.goto('/intern/ideen/buendeln');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/ideen/neu');
    await cdo.getByLabel('Vorschläge durchsuchen').fill('WLAN Bus');
    await cdo.getByRole('button', { name: 'Suchen' }).click();
    await cdo.getByRole('checkbox', { name: /Kostenloses WLAN in allen Bussen/ }).check();
    await cdo.getByLabel('Titel der Projektidee').fill('WLAN im Nahverkehr');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Projektidee anlegen' }).click();
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Idee anlegen und Vorschläge zusammenführen' }).click();
    await cdo.getByRole('link', { name: 'Projekt aus „WLAN im Nahverkehr“ anlegen' }).click();
    await expectAccessible(cdo, visited);
    await cdo.getByLabel('Titel', { exact: true }).fill('WLAN in Bussen und Bahnen');
    await cdo.getByLabel('Kurzbeschreibung').fill('Kostenloses WLAN in allen Fahrzeugen der Stadtwerke.');
    await cdo
      .getByLabel('Handlungsfeld')
      .selectOption({ label: 'Digitale Verwaltung: Daten, Software und Services' });
    await cdo.getByLabel('Verantwortliches Amt').selectOption({ label: 'Tiefbauamt' });
    await cdo.getByLabel('Projektleitung').selectOption({ label: 'leadA (Tiefbauamt)' });
    await cdo.getByLabel('In Umsetzung').check();
    await cdo.getByRole('button', { name: 'Projekt anlegen' }).click();
    await seeExactly(cdo.getByRole('heading', { level: 1 }), 'WLAN in Bussen und Bahnen');
    await expectAccessible(cdo, visited);

    // Project lead adds a milestone and reports.
    const lead = await newPage();
    await login(lead, f.emails.leadA);
    await lead.goto('/intern/projekte');
    await expectAccessible(lead, visited);
    await lead.getByRole('link', { name: 'WLAN in Bussen und Bahnen' }).click();
    await lead.getByLabel('Meilenstein', { exact: true }).fill('Ausschreibung veröffentlicht');
    await lead.getByLabel('Fällig am').fill('2027-03-31');
    await lead.getByRole('button', { name: 'Meilenstein speichern' }).click();
    await lead
      .getByRole('cell', { name: 'Ausschreibung veröffentlicht', exact: true })
      .waitFor({ state: 'visible' });
    await lead.getByRole('group', { name: 'Gesamtstatus' }).getByLabel('Im Plan').check();
    await lead.getByRole('group', { name: 'Zeit' }).getByLabel('Gefährdet').check();
    await lead.getByLabel('Nächste Schritte').fill('Ausschreibung vorbereiten.');
    await lead.getByLabel('Fortschritt in Prozent').fill('150');
    await lead
      .getByLabel('Was wurde erreicht, was kommt als Nächstes?')
      .fill('Bedarf mit den Stadtwerken abgestimmt.');
    await lead.getByRole('button', { name: 'Statusbericht einreichen' }).click();
    await seeText(lead.getByRole('alert'), 'ganze Zahl von 0 bis 100');
    await expectAccessible(lead, visited);
    await lead.getByLabel('Fortschritt in Prozent').fill('15');
    await lead.getByRole('button', { name: 'Statusbericht einreichen' }).click();
    await seeText(lead.getByRole('status'), 'wartet auf die Freigabe');
    await expectAccessible(lead, visited);

    // Office head approves.
    const head = await newPage();
    await login(head, f.emails.headA);
    await head.goto('/intern/statusberichte');
    await expectAccessible(head, visited);
    // Nothing is preselected: saving without a choice approves nothing and says what is missing.
    await head.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await seeText(head.getByRole('alert'), 'Bitte wählen Sie „Freigeben“ oder');
    await expectAccessible(head, visited);
    await head.getByLabel('Freigeben', { exact: true }).check();
    await head.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await seeText(head.getByRole('status'), 'freigegeben');

    // The public sees the approved status and where the proposal ended up.
    await visitor.goto('/projekte/wlan-in-bussen-und-bahnen');
    await seeText(visitor.locator('#status-title + p'), 'Im Plan');
    await visitor
      .getByRole('link', { name: 'Kostenloses WLAN in allen Bussen' })
      .waitFor({ state: 'visible' });
    await expectAccessible(visitor, visited);
    await visitor.getByRole('link', { name: 'Kostenloses WLAN in allen Bussen' }).click();
    await visitor
      .getByRole('heading', { name: 'Was wurde aus diesem Vorschlag?' })
      .waitFor({ state: 'visible' });
    await seeText(visitor.locator('.journey'), 'WLAN im Nahverkehr');
    await seeText(visitor.locator('.journey'), '15 % erledigt');
    await seeText(visitor.locator('.journey'), 'Noch in keinem Fortschrittsbericht erwähnt');
    await expectAccessible(visitor, visited);

    // The CDO team reports to the council; the proposal's journey ends in the report.
    await cdo.goto('/intern/berichte');
    await expectAccessible(cdo, visited);
    await cdo.getByLabel('Titel des Berichts').fill('Bericht an den Rat, 4. Quartal 2026');
    await cdo.getByLabel('Berichtszeitraum').selectOption({ label: '2026-Q4' });
    await cdo
      .getByLabel('Einleitung')
      .fill('Das WLAN-Projekt ist gestartet; die Ausschreibung folgt im Frühjahr.');
    await cdo.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await seeExactly(cdo.getByRole('heading', { level: 1 }), 'Bericht an den Rat, 4. Quartal 2026');
    await expectAccessible(cdo, visited);
    // Publishing cannot be undone: a page asks first and says what it means.
    await cdo.getByRole('link', { name: 'Bericht veröffentlichen' }).click();
    await seeText(cdo.getByRole('heading', { level: 1 }), 'veröffentlichen?');
    await seeText(cdo.locator('main'), 'eingefroren');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Bericht veröffentlichen' }).click();
    await seeText(cdo.getByRole('status').first(), 'Der Bericht ist veröffentlicht');
    await cdo.getByRole('link', { name: 'Öffentliche Fassung ansehen' }).click();
    await seeText(
      cdo.getByRole('table', { name: /Projekt mit geprüftem Stand/ }),
      'WLAN in Bussen und Bahnen',
    );
    await expectAccessible(cdo, visited);
    // The same report as the PDF the council gets: tagged PDF/UA-1, the project in its text.
    const pdfHref = await cdo
      .getByRole('link', { name: 'Bericht als PDF herunterladen' })
      .getAttribute('href');
    // Fetched by the page itself: the browser resolves the test's host names, its request context not.
    const download = await cdo.evaluate(async (href) => {
      const r = await fetch(href);
      return { type: r.headers.get('content-type'), bytes: [...new Uint8Array(await r.arrayBuffer())] };
    }, pdfHref!);
    expect(download.type).toBe('application/pdf');
    const pdf = await inspectPdf(Buffer.from(download.bytes));
    expect([pdf.tagged, pdf.uaPart, pdf.title]).toEqual([true, '1', 'Bericht an den Rat, 4. Quartal 2026']);
    expect(pdf.text).toContain('WLAN in Bussen und Bahnen');
    await visitor.reload();
    await seeText(visitor.locator('.journey'), 'Erwähnt im Fortschrittsbericht');
    await seeText(visitor.locator('.journey'), 'Bericht an den Rat, 4. Quartal 2026');
    await expectAccessible(visitor, visited);
    await visitor.goto('/berichte');
    await expectAccessible(visitor, visited);

    // The CDO team scores the project; the public sees weights, scores and the rank.
    await cdo.goto('/intern/priorisierung');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('link', { name: 'WLAN in Bussen und Bahnen' }).click();
    await cdo
      .getByRole('group', { name: /Nutzen für Bürgerinnen und Bürger/ })
      .getByLabel('5')
      .check();
    await cdo
      .getByRole('group', { name: /Nutzen für Bürgerinnen und Bürger/ })
      .getByLabel('Begründung')
      .fill('Alle Fahrgäste profitieren täglich.');
    await cdo
      .getByRole('group', { name: /Geringe Kosten/ })
      .getByLabel('2')
      .check();
    await cdo.getByRole('button', { name: 'Bewertung speichern' }).click();
    await seeText(cdo.getByRole('alert'), 'Bitte begründen Sie die Punkte für „Geringe Kosten');
    await expectAccessible(cdo, visited);
    await cdo
      .getByRole('group', { name: /Geringe Kosten/ })
      .getByLabel('Begründung')
      .fill('Router für 120 Busse.');
    await cdo.getByRole('button', { name: 'Bewertung speichern' }).click();
    await seeText(cdo.locator('table'), 'WLAN in Bussen und Bahnen');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/priorisierung/gewichte');
    await expectAccessible(cdo, visited);
    await visitor.goto('/priorisierung');
    await seeText(visitor.locator('main'), 'Router für 120 Busse.');
    await expectAccessible(visitor, visited);

    // The annual agenda: drafted from the ranked list, submitted, adopted by the council, public.
    await cdo.goto('/intern/agenda');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/agenda/2027');
    await cdo
      .getByLabel('Einleitung')
      .fill('2027 bringt die Verwaltung WLAN in alle Busse und Bahnen der Stadtwerke.');
    await cdo.getByRole('checkbox', { name: /WLAN in Bussen und Bahnen/ }).check();
    await cdo.getByRole('button', { name: 'Version speichern' }).click();
    await seeText(cdo.locator('table'), 'Version');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Dem Rat vorlegen' }).click();
    // Asked once more: afterwards the agenda does not change.
    await seeText(cdo.getByRole('heading', { level: 1 }), 'Agenda 2027 dem Rat vorlegen?');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Dem Rat vorlegen' }).click();
    await cdo.waitForURL(/hinweis=saved/);
    // The council information system (a local OParl server) is set up once; the agenda then links the
    // paper the council decided on, found by a word of its title, instead of a typed-in address.
    await cdo.goto('/intern/rat');
    await expectAccessible(cdo, visited);
    await cdo.getByLabel('Adresse des OParl-Systems').fill(oparl.systemUrl);
    await cdo.getByRole('button', { name: 'Speichern und abgleichen' }).click();
    await seeText(cdo.getByRole('status').first(), 'Abgleich abgeschlossen.');
    await seeText(cdo.locator('main'), 'Stadt Bonn');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/agenda/2027');
    const council = cdo.locator('#ratsvorlagen');
    await council.getByLabel('Vorlage suchen').fill('Digitalisierungsagenda');
    await council.getByRole('button', { name: 'Suchen' }).click();
    await expectAccessible(cdo, visited);
    await council.getByRole('button', { name: /^Verknüpfen\W+2612345$/ }).click();
    await seeText(cdo.getByRole('status').first(), 'Die Vorlage ist verknüpft.');
    await seeText(council, 'TOP 1.3 (Entscheidung): beschlossen');
    await expectAccessible(cdo, visited);
    // The decision form starts from the deciding session.
    expect(await cdo.getByLabel('Datum des Ratsbeschlusses').inputValue()).toBe('2026-11-05');
    expect(await cdo.getByLabel('Drucksache / Aktenzeichen').inputValue()).toBe('2612345');
    await cdo.getByLabel('Beschlusstext').fill('Der Rat beschließt die Agenda Digitale Verwaltung 2027.');
    await cdo.getByRole('button', { name: 'Beschluss speichern und veröffentlichen' }).click();
    await cdo.getByRole('link', { name: 'Öffentliche Fassung ansehen' }).click();
    await seeText(cdo.locator('main'), 'WLAN in Bussen und Bahnen');
    await seeText(cdo.getByRole('region', { name: 'Beschlüsse des Rates' }), 'Sitzung des Rates');
    await expectAccessible(cdo, visited);

    // The rest of the back office the CDO team works in, each page checked by axe.
    for (const path of [
      '/intern/strategie',
      '/intern/onlinedienste',
      '/intern/prozesse',
      '/intern/schulungen',
    ]) {
      await cdo.goto(path);
      await expectAccessible(cdo, visited);
    }
    await cdo.goto('/intern/prozesse');
    await cdo.getByLabel('Prozess', { exact: true }).fill('Genehmigung von Funkmasten');
    await cdo.getByLabel('Amt').selectOption({ label: 'Tiefbauamt' });
    await cdo.getByLabel('teilweise digital').check();
    await cdo.getByRole('button', { name: 'Prozess speichern' }).click();
    await seeText(cdo.locator('main'), 'Genehmigung von Funkmasten');
    await expectAccessible(cdo, visited);
    await visitor.goto('/mitmachen/vorschlaege?q=WLAN');
    await expectAccessible(visitor, visited);

    // A second visitor proposes much the same: the hint comes before the final submit.
    await visitor.goto('/mitmachen');
    await visitor.getByLabel('Titel').fill('WLAN in Bussen kostenlos anbieten');
    await visitor
      .getByLabel('Beschreibung')
      .fill('Kostenloses WLAN in allen Bussen der Stadtwerke wäre ein Gewinn.');
    // With JavaScript the hint appears while typing, in a polite live region.
    await visitor
      .locator('#similar-live')
      .getByRole('link', { name: 'Kostenloses WLAN in allen Bussen' })
      .waitFor({ state: 'visible' });
    await expectAccessible(visitor, visited);
    await visitor.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await seeExactly(visitor.getByRole('heading', { level: 1 }), 'Gibt es Ihren Vorschlag schon?');
    await visitor
      .getByRole('link', { name: 'Kostenloses WLAN in allen Bussen' })
      .waitFor({ state: 'visible' });
    await expectAccessible(visitor, visited);
    await visitor.getByRole('button', { name: 'Trotzdem einreichen' }).click();
    await seeExactly(visitor.getByRole('heading', { level: 1 }), 'Vielen Dank für Ihren Vorschlag');

    // The portal's other pages, in both languages, and the error page.
    for (const path of [
      '/impressum',
      '/datenschutz',
      '/barrierefreiheit',
      '/transparenz/algorithmen',
      '/cookies',
      '/strategie',
      '/onlinedienste',
      '/agenda',
      '/priorisierung',
      '/gibt-es-nicht',
    ]) {
      await visitor.goto(path);
      await expectAccessible(visitor, visited);
    }
    await visitor.goto('/strategie');
    await visitor.getByRole('link', { name: 'Online verfügbare Leistungen' }).click();
    await visitor.locator('figure.chart svg[role="img"]:visible').waitFor({ state: 'visible' });
    await expectAccessible(visitor, visited);
    await visitor.goto('/projekte');
    // The language switch is a plain link to the same page in the other language.
    await visitor.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => visitor.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(visitor.url()).pathname).toBe('/en/projekte');
    await seeExactly(visitor.getByRole('heading', { level: 1 }), 'Projects');
    await expectAccessible(visitor, visited);
    await visitor.getByRole('link', { name: 'العربية' }).click();
    await expect.poll(() => visitor.locator('html').getAttribute('dir')).toBe('rtl');
    expect(new URL(visitor.url()).pathname).toBe('/ar/projekte');
    await expectAccessible(visitor, visited);

    // No request ever left for a third party.
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(25);
  }, 300_000);

  it('works with the keyboard: the skip link is the first stop and moves focus to the content', async () => {
    const page = await newPage();
    await page.goto('/projekte');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await seeExactly(focused, 'Zum Inhalt springen');
    expect(await focused.boundingBox()).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('works without JavaScript: a proposal is submitted with scripts disabled', async () => {
    const page = await pages.newPage({ javaScriptEnabled: false });
    await page.goto('/mitmachen');
    await page.getByLabel('Titel').fill('Ohne JavaScript einreichen');
    await page
      .getByLabel('Beschreibung')
      .fill('Dieses Formular funktioniert auch ohne JavaScript im Browser.');
    await page.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await seeExactly(page.getByRole('heading', { level: 1 }), 'Vielen Dank für Ihren Vorschlag');
  });
});
