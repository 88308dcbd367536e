import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture } from '../fixtures/orgs.ts';
import { createProjectFixture } from '../fixtures/projects.ts';
import { testDatabase } from '../helpers.ts';
import { expectAccessible, launchBrowser, login, pageFactory, seeText, startTestServer } from './browser.ts';

/**
 * One quarterly review cycle across every role, in the browser: the CDO team plans and opens it, the lead
 * reports, the office head approves, the department head rolls up and holds the review meeting, the CDO
 * writes the portfolio roll-up and sees trends and overdue items in the cockpit. axe on every page.
 */
describe('a quarterly review cycle from the lead to the CDO, every page checked by axe', () => {
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

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    await createProjectFixture(db, f, { title: 'Digitale Baustellenkoordination' });
    await createProjectFixture(db, f, { title: 'Baumkataster online', office: 'B' });
    server = await startTestServer();
    base = `http://${f.host}:${server.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
  });

  it('plans, reports, approves, rolls up and reviews', async () => {
    // The CDO team plans the year from the calendar and opens the first quarter at office and department level.
    const cdo = await pages.newPage();
    await login(cdo, f.emails.cdo);
    await cdo.goto('/intern/pruefkalender');
    await expectAccessible(cdo, visited);
    await cdo.getByLabel('Jahr', { exact: true }).fill('2027');
    await cdo.getByRole('button', { name: 'Zyklen anlegen' }).click();
    await seeText(cdo.getByRole('status'), 'Die Zyklen des Jahres 2027 sind geplant.');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Öffnen: 2027-Q1 (Ämter)' }).click();
    // Opening asks first, saying what it starts.
    await seeText(cdo.getByRole('heading', { level: 1 }), 'Zyklus 2027-Q1 (Ämter) öffnen?');
    await expectAccessible(cdo, visited);
    await cdo.getByRole('button', { name: 'Öffnen: 2027-Q1 (Ämter)' }).click();
    await seeText(cdo.getByRole('status'), 'jedes aktive Projekt hat eine Statusbericht-Aufgabe');
    await seeText(cdo.locator('main'), 'Digitale Baustellenkoordination');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/pruefkalender');
    await cdo.getByRole('button', { name: 'Öffnen: 2027-Q1 (Dezernate)' }).click();
    await seeText(cdo.getByRole('heading', { level: 1 }), 'Zyklus 2027-Q1 (Dezernate) öffnen?');
    await cdo.getByRole('button', { name: 'Öffnen: 2027-Q1 (Dezernate)' }).click();
    await cdo.waitForURL(/hinweis=cycleOpened/);
    const departmentCycle = new URL(cdo.url()).pathname;
    await cdo.goto('/intern/pruefkalender');
    await cdo.getByRole('button', { name: 'Öffnen: 2027-H1 (CDO)' }).click();
    await seeText(cdo.getByRole('heading', { level: 1 }), 'Zyklus 2027-H1 (CDO) öffnen?');
    await cdo.getByRole('button', { name: 'Öffnen: 2027-H1 (CDO)' }).click();
    await cdo.waitForURL(/hinweis=cycleOpened/);
    const cdoCycle = new URL(cdo.url()).pathname;

    // The lead finds the report on their task list and submits it.
    const lead = await pages.newPage();
    await login(lead, f.emails.leadA);
    await lead.goto('/intern/aufgaben');
    await expectAccessible(lead, visited);
    await lead.getByRole('link', { name: 'Digitale Baustellenkoordination' }).click();
    await lead.getByRole('group', { name: 'Gesamtstatus' }).getByLabel('Gefährdet').check();
    await lead.getByLabel('Fortschritt in Prozent').fill('35');
    await lead
      .getByLabel('Was wurde erreicht, was kommt als Nächstes?')
      .fill('Die Leitungsdaten der Versorger sind angebunden, der Pilot läuft.');
    await lead.getByRole('checkbox', { name: /Entscheidung/ }).check();
    // On a phone the project page is long: the confirmation must still be where the browser lands.
    await lead.setViewportSize({ width: 390, height: 700 });
    await lead.getByRole('button', { name: 'Statusbericht einreichen' }).click();
    await seeText(lead.getByRole('status'), 'wartet auf die Freigabe');
    // The confirmation is where the browser lands, not thousands of pixels above it.
    await lead.waitForLoadState('load');
    // Let the browser finish scrolling to the address's fragment.
    await lead.waitForTimeout(300);
    const notice = await lead.locator('#hinweis').boundingBox();
    expect(notice!.y).toBeGreaterThanOrEqual(0);
    expect(notice!.y + notice!.height).toBeLessThanOrEqual(lead.viewportSize()!.height);
    await lead.setViewportSize({ width: 1280, height: 720 });
    await expectAccessible(lead, visited);
    // Until it is approved the report can be changed: the form says so and holds what was submitted (it
    // looked like a blank second report to send).
    await lead.getByRole('heading', { name: /^Eingereichten Statusbericht für .* ändern$/ }).waitFor();
    await seeText(lead.locator('#rep-form + p'), 'ersetzt den eingereichten Bericht');
    expect(await lead.getByLabel('Fortschritt in Prozent').inputValue()).toBe('35');
    await lead.getByRole('button', { name: 'Geänderten Statusbericht einreichen' }).waitFor();
    // The lead also keeps the delivery facts: a risk with its mitigation.
    await lead.getByLabel('Risiko', { exact: true }).fill('Versorger liefern Daten verspätet');
    await lead.getByLabel('Gegenmaßnahme').fill('Monatliche Abstimmung mit den Stadtwerken');
    await lead.getByRole('button', { name: 'Risiko eintragen' }).click();
    await seeText(lead.locator('#risks-title'), 'Risiken (1)');
    // A milestone with a typo is corrected on its own page, and one entered by mistake is deleted after asking.
    const projectPath = new URL(lead.url()).pathname;
    await lead.getByLabel('Meilenstein', { exact: true }).fill('Pilotbetrib');
    await lead.getByLabel('Fällig am').fill('2027-06-30');
    await lead.getByRole('button', { name: 'Meilenstein speichern' }).click();
    await lead.getByRole('link', { name: '„Pilotbetrib“ bearbeiten' }).click();
    await expectAccessible(lead, visited);
    await lead.getByLabel('Meilenstein', { exact: true }).fill('Pilotbetrieb');
    await lead.getByRole('button', { name: 'Änderungen speichern' }).click();
    await lead.waitForURL(/hinweis=saved/);
    await lead.getByRole('link', { name: '„Pilotbetrieb“ bearbeiten' }).click();
    await lead.getByRole('button', { name: 'Meilenstein löschen' }).click();
    await seeText(lead.getByRole('heading', { level: 1 }), '„Pilotbetrieb“ löschen?');
    await expectAccessible(lead, visited);
    await lead.getByRole('button', { name: 'Meilenstein löschen' }).click();
    await seeText(lead.getByRole('status'), 'Der Meilenstein ist gelöscht.');
    expect(new URL(lead.url()).pathname).toBe(projectPath);
    await lead.goto(`${projectPath}/bearbeiten`);
    await expectAccessible(lead, visited);

    // The office head approves.
    const head = await pages.newPage();
    await login(head, f.emails.headA);
    // On an English phone the start page's link to the waiting report flows as text (walk: KERN's
    // inline-flex put the project's German name, marked, in a column of its own, and broke "2027-Q1").
    await head.setViewportSize({ width: 360, height: 740 });
    await head.goto('/intern');
    await head.getByRole('button', { name: 'English' }).click();
    const named = head.locator('main a.kern-link:has(> span[lang="de"])').first();
    await named.waitFor();
    // Text, not flex items (a flex row makes the link a block, which still flows its words).
    expect(await named.evaluate((a) => getComputedStyle(a).display)).not.toMatch(/flex/);
    // Its period stays on one line (walk: "2027-" / "Q1").
    expect(await named.locator('span.nowrap').evaluate((s) => getComputedStyle(s).whiteSpace)).toBe('nowrap');
    await expectAccessible(head, visited);
    await head.getByRole('button', { name: 'Deutsch' }).click();
    await head.setViewportSize({ width: 1280, height: 720 });
    await head.goto('/intern/statusberichte');
    await expectAccessible(head, visited);
    // What is approved is in view: every dimension, next steps, risks, and the health computed from facts.
    await seeText(head.locator('.approval-item'), 'Umfang (Scope)');
    await seeText(head.locator('.approval-item'), 'Berechneter Zustand');
    await head.getByLabel('Freigeben', { exact: true }).check();
    await head.getByRole('button', { name: 'Entscheidung speichern' }).click();
    // The confirmation names the report it is about.
    await seeText(head.getByRole('status'), 'für „');
    await seeText(head.getByRole('status'), '“ freigegeben.');

    // The department head rolls up the offices and records the review meeting with an action item.
    const dep = await pages.newPage();
    await login(dep, f.emails.depHead);
    await dep.goto(departmentCycle);
    await expectAccessible(dep, visited);
    await dep
      .getByLabel('Zusammenfassung für Dezernat IV')
      .fill(
        'Die Baustellenkoordination ist gefährdet; die Entscheidung über zusätzliche Mittel liegt beim CDO.',
      );
    await dep.getByRole('button', { name: 'Zusammenfassung speichern und freigeben' }).click();
    await seeText(dep.getByRole('status'), 'Die Zusammenfassung ist gespeichert');
    await seeText(dep.locator('main'), 'Vom Dezernat freigegeben');
    await expectAccessible(dep, visited);
    await dep.goto('/intern/besprechungen');
    await expectAccessible(dep, visited);
    await dep.getByLabel('Titel').fill('Dezernatsrunde IV, 1. Quartal 2027');
    await dep.getByLabel('Ebene').selectOption({ label: 'Dezernate' });
    await dep.getByLabel('Amt oder Dezernat').selectOption({ label: 'Dezernat IV' });
    await dep.getByLabel('Protokoll').fill('Statusberichte des Quartals besprochen.');
    await dep.getByRole('button', { name: 'Besprechung anlegen' }).click();
    await seeText(dep.getByRole('status'), 'Die Besprechung ist angelegt');
    await dep
      .getByLabel('Beschluss', { exact: true })
      .fill('Zusätzliche Mittel für die Baustellenkoordination beantragen.');
    await dep.getByRole('button', { name: 'Beschluss festhalten' }).click();
    await seeText(dep.getByRole('status'), 'Der Beschluss ist festgehalten');
    await dep.getByLabel('Aufgabe', { exact: true }).fill('Mittelantrag schreiben');
    await dep.getByLabel('Verantwortlich').selectOption({ label: 'headA' });
    await dep.getByLabel('Fällig am').fill('2026-11-01');
    await dep.getByRole('button', { name: 'Aufgabe anlegen' }).click();
    await seeText(dep.getByRole('status'), 'Die Aufgabe ist angelegt');
    await seeText(dep.locator('main table'), 'Überfällig');
    await expectAccessible(dep, visited);

    // The CDO writes the half-year roll-up and sees the portfolio, its trend and the overdue item.
    await cdo.goto(cdoCycle);
    await seeText(cdo.locator('main'), 'Die Baustellenkoordination ist gefährdet');
    await cdo
      .getByLabel('Zusammenfassung des CDO')
      .fill('Das Portfolio läuft; eine Entscheidung über Mittel steht an.');
    await cdo.getByRole('button', { name: 'CDO-Bericht speichern' }).click();
    await seeText(cdo.getByRole('status'), 'Die Zusammenfassung ist gespeichert');
    await expectAccessible(cdo, visited);
    await cdo.goto('/intern/cockpit');
    await seeText(cdo.locator('#h-trend'), 'Entwicklung über die Zyklen');
    await seeText(cdo.locator('main'), '2027-Q1');
    await seeText(cdo.locator('#h-items'), 'Überfällige Aufgaben aus Besprechungen (1)');
    await expectAccessible(cdo, visited);

    // The owner ticks the item off on their task list.
    await head.goto('/intern/aufgaben');
    await seeText(head.locator('main'), 'Mittelantrag schreiben');
    await expectAccessible(head, visited);
    // The meeting's link sits in its sentence as text, not in a box of its own (walk).
    const meetingLink = head.getByRole('link', { name: 'Dezernatsrunde IV, 1. Quartal 2027' });
    expect(await meetingLink.evaluate((a) => getComputedStyle(a).display)).toBe('inline');
    await meetingLink.click();
    await head.getByRole('button', { name: 'Erledigt: Mittelantrag schreiben' }).click();
    await seeText(head.locator('main table'), 'Erledigt am');

    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(new Set(visited).size).toBeGreaterThanOrEqual(9);
  }, 180_000);
});
