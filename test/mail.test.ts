import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, testApp, testDatabase } from '../src/db/test-helpers.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from '../src/modules/orgs/orgs.factory.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp() {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => {
        raw += d.toString('utf8');
      });
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    inbox,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Quoted-printable (body and Q-encoded subject) back to UTF-8 text, enough to read the mail. */
function decoded(raw: string) {
  const qp = (text: string) => {
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
        bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  };
  return qp(
    raw.replace(/=\r?\n/g, '').replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) => q.replace(/_/g, ' ')),
  );
}

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

  it('sends the decision (published, duplicate) to authors who left an address', async () => {
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
    expect(
      (await mod.post('/intern/moderation', { action: 'publish', ids: [byEmail('anna@example.org').id] }))
        .status,
    ).toBe(303);

    await expect.poll(() => smtp.inbox.length, { timeout: 10_000 }).toBe(2);
    const toAnna = decoded(smtp.inbox.find((m) => m.to.includes('anna@example.org'))!.raw);
    expect(toAnna).toContain('ist jetzt veröffentlicht');
    expect(toAnna).toContain(`/mitmachen/vorschlaege/${byEmail('anna@example.org').id}`);
    const toBen = decoded(smtp.inbox.find((m) => m.to.includes('ben@example.org'))!.raw);
    expect(toBen).toContain('gibt es schon');
    expect(toBen).toContain('Sitzbänke am Rheinufer');
    const [dup] = await db
      .select()
      .from(proposals)
      .where(eq(proposals.id, byEmail('ben@example.org').id));
    expect(dup).toMatchObject({ state: 'hidden', moderationReason: 'duplicate of V-ORIGIN' });
    expect(dup!.duplicateOfId).toBeTruthy();
  });
});
