import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_DAYS, remindAccessibilityFeedback } from '../src/modules/legal/legal.service.ts';
import { addDays, currentDay } from '../src/platform/dates.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';
import { decoded, startSmtp } from './smtp.ts';

describe('the accessibility statement and its feedback mechanism', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  let built: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    f = await createOrgFixture((await testDatabase()).db);
    built = await testApp({ smtpUrl: smtp.url, responseCache: false });
  });
  afterAll(async () => {
    await smtp?.close();
  });

  const timing = async (c: Client) =>
    /name="_t" value="([^"]+)"/.exec((await c.get('/barrierefreiheit')).text)![1]!;

  it('takes a report (errors at the field, input kept), due in a month; the CDO team answers it and the person hears back', async () => {
    const visitor = new Client(built.app, f.host);
    const page = await visitor.get('/barrierefreiheit');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Ombudsstelle');
    const short = await visitor.post('/barrierefreiheit', {
      _t: await timing(visitor),
      page: '/projekte',
      message: 'kurz',
    });
    expect(short.status).toBe(422);
    expect(short.text).toContain('value="/projekte"');
    expect(short.text).toContain('mindestens 10 Zeichen');
    // Shown again, the form keeps its first render time, so sending it straight after correcting it is
    // not taken for a bot's pace; without one it says why it is asked again.
    const first = /name="_t" value="([^"]+)"/.exec(short.text)![1];
    const shortToken = /name="_t" value="([^"]+)"/.exec(
      (await visitor.post('/barrierefreiheit', { _t: first!, page: '/projekte', message: 'kurz' })).text,
    )![1];
    expect(shortToken).toBe(first);
    const untimed = await visitor.post('/barrierefreiheit', {
      page: '/projekte',
      message: 'Zu kurz erklärt',
    });
    expect(untimed.status).toBe(422);
    expect(untimed.text).toContain(
      'Das Formular war sehr lange geöffnet oder stammt von einer älteren Seite.',
    );
    expect(untimed.text).toContain('Zu kurz erklärt');
    const sent = await visitor.post('/barrierefreiheit', {
      _t: await timing(visitor),
      page: '/projekte',
      message: 'Die Filter auf der Projektliste lassen sich mit dem Screenreader nicht bedienen.',
      email: 'leser@example.org',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/barrierefreiheit?hinweis=feedbackSent#hinweis');

    const staff = new Client(built.app, f.host);
    await staff.login(f.emails.staff, TEST_PASSWORD);
    expect((await staff.get('/intern/barrierefreiheit')).status).toBe(403);
    // Signed in, the answer goes to the account's address unless the person clears it (walk).
    expect((await staff.get('/barrierefreiheit')).text).toMatch(
      new RegExp(`name="email"[^>]*value="${f.emails.staff.replace(/[.]/g, '\\.')}"`),
    );
    const cdo = new Client(built.app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    const list = await cdo.get('/intern/barrierefreiheit');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Screenreader nicht bedienen');
    const due = addDays(currentDay('Europe/Berlin'), FEEDBACK_DAYS);
    expect(list.text).toContain(
      `Antwort fällig am ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(`${due}T12:00:00Z`))}`,
    );
    const id = /action="\/intern\/barrierefreiheit\/([0-9a-f-]{36})"/.exec(list.text)![1]!;

    // Reminders: a week before the due day, then when overdue; each once.
    const before = smtp.inbox.length;
    expect(
      (await remindAccessibilityFeedback(built.deps, { tenantId: f.tenant.id, today: addDays(due, -6) }))
        .sent,
    ).toBeGreaterThan(0);
    expect(
      (await remindAccessibilityFeedback(built.deps, { tenantId: f.tenant.id, today: addDays(due, -5) }))
        .sent,
    ).toBe(0);
    expect(
      (await remindAccessibilityFeedback(built.deps, { tenantId: f.tenant.id, today: addDays(due, 1) })).sent,
    ).toBeGreaterThan(0);
    const reminders = smtp.inbox.slice(before).map((m) => decoded(m.raw));
    expect(reminders.some((m) => m.includes('muss bis') && m.includes('/intern/barrierefreiheit'))).toBe(
      true,
    );
    expect(reminders.some((m) => m.includes('nicht fristgerecht beantwortet'))).toBe(true);

    const empty = await cdo.post(`/intern/barrierefreiheit/${id}`, { answer: '' });
    expect(empty.status).toBe(422);
    const answered = await cdo.post(`/intern/barrierefreiheit/${id}`, {
      answer: 'Danke! Die Filter haben jetzt Beschriftungen und funktionieren mit der Tastatur.',
    });
    expect(answered.status).toBe(303);
    await expect.poll(() => smtp.inbox.some((m) => m.to.includes('leser@example.org'))).toBe(true);
    const mail = decoded(smtp.inbox.find((m) => m.to.includes('leser@example.org'))!.raw);
    expect(mail).toContain('Beschriftungen');
    expect((await cdo.get('/intern/barrierefreiheit')).text).toContain('beantwortet am');
    // Answered: no more reminders.
    expect(
      (await remindAccessibilityFeedback(built.deps, { tenantId: f.tenant.id, today: addDays(due, 40) }))
        .sent,
    ).toBe(0);
    // Without an address the thanks does not promise an answer (walk).
    const anonymous = await visitor.post('/barrierefreiheit', {
      _t: await timing(visitor),
      page: '/projekte',
      message: 'Die Karte lässt sich nicht mit der Tastatur verschieben.',
    });
    expect(anonymous.location).toBe('/barrierefreiheit?hinweis=feedbackSentNoReply#hinweis');
    expect((await visitor.get(anonymous.location!.replace('#hinweis', ''))).text).toContain(
      'ohne E-Mail-Adresse können wir Ihnen nicht antworten',
    );
  });

  it('explains the portal in easy language, linked from the start page, with the city’s sign-language video', async () => {
    const db = (await testDatabase()).db;
    const { tenants } = await import('../src/modules/orgs/orgs.table.ts');
    const { eq } = await import('drizzle-orm');
    const visitor = new Client(built.app, f.host);
    expect((await visitor.get('/')).text).toContain('href="/leichte-sprache"');
    const plain = await visitor.get('/leichte-sprache');
    expect(plain.status).toBe(200);
    expect(plain.text).toContain('Die Stadt will digitaler werden.');
    expect(plain.text).not.toContain('<video');
    const [row] = await db.select().from(tenants).where(eq(tenants.id, f.tenant.id));
    await db
      .update(tenants)
      .set({
        settings: {
          ...row!.settings,
          signLanguageVideo: { src: '/medien/dgs.mp4', captions: '/medien/dgs.vtt' },
        },
      })
      .where(eq(tenants.id, f.tenant.id));
    const { app } = await testApp({ responseCache: false });
    const withVideo = await new Client(app, f.host).get('/leichte-sprache');
    expect(withVideo.text).toContain('<video controls="" preload="none" src="/medien/dgs.mp4"');
    expect(withVideo.text).toContain('<track kind="captions" src="/medien/dgs.vtt"');
    expect((await new Client(app, f.host).get('/en/leichte-sprache')).text).toContain(
      'The city wants to be more digital.',
    );
  });

  it('dates the statement, says how the portal was assessed and names the enforcement body, from the city’s settings', async () => {
    const db = (await testDatabase()).db;
    const { tenants } = await import('../src/modules/orgs/orgs.table.ts');
    const { eq } = await import('drizzle-orm');
    const g = await createOrgFixture(db, { accounts: false });
    const before = await new Client((await testApp({ responseCache: false })).app, g.host).get(
      '/barrierefreiheit',
    );
    expect(before.text).toContain('Die Stadt hat diese Erklärung noch nicht datiert');
    const [row] = await db.select().from(tenants).where(eq(tenants.id, g.tenant.id));
    await db
      .update(tenants)
      .set({
        settings: {
          ...row!.settings,
          accessibilityStatement: {
            preparedOn: '2026-11-02',
            reviewedOn: '2026-12-01',
            method: 'external',
            assessor: 'BITV-Prüfstelle Beispiel',
            enforcement: {
              name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
              url: 'https://www.lbbp.nrw.de/ombudsstelle',
              email: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
            },
          },
        },
      })
      .where(eq(tenants.id, g.tenant.id));
    const { app } = await testApp({ responseCache: false });
    const page = await new Client(app, g.host).get('/barrierefreiheit');
    expect(page.text).toContain('Diese Erklärung wurde am 02.11.2026 erstellt.');
    expect(page.text).toContain('Sie wurde zuletzt am 01.12.2026 überprüft.');
    expect(page.text).toContain('Grundlage ist eine Prüfung durch BITV-Prüfstelle Beispiel.');
    expect(page.text).toContain('href="mailto:ombudsstelle-barrierefreie-it@mags.nrw.de"');
    const en = await new Client(app, g.host).get('/en/barrierefreiheit');
    expect(en.text).toContain('This statement was prepared on');
    // The body's German name is marked as German on the English page.
    expect(en.text).toContain(
      '<span lang="de">Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen</span>',
    );
  });
});
