import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';
import { decoded, startSmtp } from './smtp.ts';

describe('moderation tells the author by e-mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: OrgFixture;
  beforeAll(async () => {
    smtp = await startSmtp();
    f = await createOrgFixture((await testDatabase()).db);
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('confirms addresses by double opt-in and sends moderation decisions only to confirmed ones', async () => {
    const db = (await testDatabase()).db;
    await db.insert(proposals).values({
      tenantId: f.tenant.id,
      number: 'V-ORIGIN',
      title: 'Sitzbänke am Rheinufer',
      body: 'Mehr Bänke am Rheinufer.',
      authorKind: 'citizen',
      state: 'published',
    });
    const { app } = await testApp({ smtpUrl: smtp.url });
    const visitor = new Client(app, f.host);
    for (const [title, email] of [
      ['Öffentliche Toiletten in Beuel', 'anna@example.org'],
      ['Bänke am Rhein aufstellen', 'ben@example.org'],
    ] as const) {
      const res = await visitor.post('/mitmachen', {
        title,
        body: `${title}, das wäre schön für alle.`,
        authorKind: 'citizen',
        email,
        consent: 'on',
        confirmed: '1',
      });
      expect(res.status).toBe(303);
    }
    // Double opt-in: each address gets a confirmation link; only Anna uses hers.
    await expect.poll(() => smtp.inbox.length, { timeout: 10_000 }).toBe(2);
    const confirmMail = decoded(smtp.inbox.find((m) => m.to.includes('anna@example.org'))!.raw);
    expect(confirmMail).toContain('Bitte bestätigen Sie dafür Ihre E-Mail-Adresse');
    // The reference, not the title: an unmoderated text never travels to whatever address was typed.
    expect(confirmMail).toMatch(/Sie haben den Vorschlag V-[A-Z0-9-]+ eingereicht/);
    expect(confirmMail).not.toContain('Öffentliche Toiletten');
    expect(smtp.inbox[0]!.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const link = /http:\/\/localhost(\/benachrichtigungen\/bestaetigen\/\S+)/.exec(confirmMail)![1]!;
    const page = await visitor.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Adresse bestätigen');
    const confirmed = await visitor.post(link, {});
    expect(confirmed.status).toBe(303);
    const manage = await visitor.get(confirmed.location!);
    expect(manage.text).toContain('Ihre Adresse ist bestätigt');
    expect(manage.text).toContain('Öffentliche Toiletten in Beuel');
    expect((await visitor.get(link.replace(/\/[^/]+$/, '/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(
      404,
    );
    smtp.inbox.length = 0;

    const rows = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.state, 'submitted')));
    const byEmail = (e: string) => rows.find((r) => r.email === e)!;
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);

    const bad = await mod.post('/intern/moderation', {
      action: 'duplicate',
      ids: [byEmail('ben@example.org').id],
      duplicateOf: 'V-NICHTDA',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Bitte geben Sie die Nummer eines veröffentlichten Vorschlags an');
    expect(
      (
        await mod.post('/intern/moderation', {
          action: 'duplicate',
          ids: [byEmail('ben@example.org').id],
          duplicateOf: 'v-origin',
        })
      ).status,
    ).toBe(303);
    const published = await mod.post('/intern/moderation', {
      action: 'publish',
      ids: [byEmail('anna@example.org').id],
    });
    expect(published.status).toBe(303);
    // The confirmation counts what changed: one proposal, in the singular.
    expect((await mod.get(published.location!.replace('#hinweis', ''))).text).toContain(
      'Der Vorschlag ist veröffentlicht; wer ihn eingereicht hat, erfährt es per E-Mail.',
    );

    // Only the confirmed address hears the decision; Ben never confirmed his.
    await expect.poll(() => smtp.inbox.length, { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.inbox).toHaveLength(1);
    const toAnna = decoded(smtp.inbox.find((m) => m.to.includes('anna@example.org'))!.raw);
    expect(toAnna).toContain('ist jetzt veröffentlicht');
    expect(toAnna).toContain(`/mitmachen/vorschlaege/${byEmail('anna@example.org').id}`);
    expect(toAnna).toContain('/benachrichtigungen/');
    const [dup] = await db
      .select()
      .from(proposals)
      .where(eq(proposals.id, byEmail('ben@example.org').id));
    expect(dup).toMatchObject({ state: 'hidden', moderationReason: 'duplicate of V-ORIGIN' });
    expect(dup!.duplicateOfId).toBeTruthy();
  });
});
