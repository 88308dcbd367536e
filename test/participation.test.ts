import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { stagedBytes } from '../src/modules/proposals/attachments.queries.ts';
import {
  cleanName,
  newStagingToken,
  pruneStagedAttachments,
  sniffType,
  stageAttachments,
} from '../src/modules/proposals/attachments.service.ts';
import { proposalAttachments, proposals } from '../src/modules/proposals/proposals.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);

/** A multipart form as a browser sends it. */
function multipart(fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[]) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const f of files)
    fd.append('attachments', new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
  return fd;
}

describe('taking part: attachments, place, supports, comments, reports, workshops, moderation filters', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    app = (await testApp()).app;
  });

  const post = async (path: string, body: FormData) => {
    // The signed render time every /mitmachen form carries (spam defence).
    body.append('_t', (await new Client(app, f.host).formTiming('/mitmachen'))!);
    return app.request(`http://${f.host}${path}`, { method: 'POST', headers: { host: f.host }, body });
  };

  it('takes up to three PDF/PNG/JPEG files checked by content, keeps them across a form error, serves them as downloads', async () => {
    expect(sniffType(PDF)).toBe('application/pdf');
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(Buffer.from('GIF89a'))).toBeUndefined();
    const form = {
      title: 'Radständer am Bahnhof Beuel',
      body: 'Am Bahnhof Beuel fehlen überdachte Radständer; Foto und Plan anbei.',
      authorKind: 'citizen',
      place: 'Bahnhof Beuel',
      confirmed: '1',
    };
    // A text file named .pdf is refused at the field; what was typed stays.
    const fake = await post(
      '/mitmachen',
      multipart(form, [
        { name: 'plan.pdf', type: 'application/pdf', bytes: Buffer.from('not a pdf at all') },
      ]),
    );
    expect(fake.status).toBe(422);
    const fakeHtml = await fake.text();
    expect(fakeHtml).toContain('ist kein PDF, PNG oder JPEG');
    expect(fakeHtml).toContain('value="Bahnhof Beuel"');
    // Four files are too many.
    const four = await post(
      '/mitmachen',
      multipart(
        form,
        [1, 2, 3, 4].map((i) => ({ name: `f${i}.png`, type: 'image/png', bytes: PNG })),
      ),
    );
    expect(four.status).toBe(422);
    expect(await four.text()).toContain('höchstens 3 Dateien');
    // A file with an invalid title is not stored at all (anonymous posts must not fill the disk); the
    // field says to choose it again.
    const db = (await testDatabase()).db;
    const stagedOfTenant = async () =>
      (await db.select().from(proposalAttachments).where(eq(proposalAttachments.tenantId, f.tenant.id)))
        .length;
    const invalid = await post(
      '/mitmachen',
      multipart({ ...form, title: 'Ab' }, [{ name: 'plan.pdf', type: 'application/pdf', bytes: PDF }]),
    );
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('Ihre Dateien wurden noch nicht gespeichert');
    expect(await stagedOfTenant()).toBe(0);
    // A valid form keeps its files under the submission's token across the next step (here: edit again).
    const first = await post(
      '/mitmachen',
      multipart({ ...form, confirmed: '', edit: '1' }, [
        { name: 'plan.pdf', type: 'application/octet-stream', bytes: PDF },
      ]),
    );
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('Diese Dateien sind bereits angehängt');
    expect(html).toContain('plan.pdf');
    const uploads = /name="uploads" value="([^"]+)"/.exec(html)![1]!;
    const done = await post(
      '/mitmachen',
      multipart({ ...form, uploads }, [{ name: 'foto.png', type: 'image/png', bytes: PNG }]),
    );
    expect(done.status).toBe(303);
    const [p] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.title, form.title)));
    expect(p!.place).toBe('Bahnhof Beuel');
    const files = await db
      .select()
      .from(proposalAttachments)
      .where(eq(proposalAttachments.proposalId, p!.id));
    expect(files.map((x) => [x.filename, x.mediaType]).sort()).toEqual([
      ['foto.png', 'image/png'],
      ['plan.pdf', 'application/pdf'],
    ]);
    // Not public before moderation.
    const visitor = new Client(app, f.host);
    expect((await visitor.get(`/mitmachen/vorschlaege/${p!.id}/anhaenge/${files[0]!.id}`)).status).toBe(404);
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    expect((await mod.post('/intern/moderation', { action: 'publish', ids: [p!.id] })).status).toBe(303);
    const page = await visitor.get(`/mitmachen/vorschlaege/${p!.id}`);
    expect(page.text).toContain('Bahnhof Beuel');
    expect(page.text).toContain('plan.pdf');
    const pdf = files.find((x) => x.filename === 'plan.pdf')!;
    const dl = await visitor.get(`/mitmachen/vorschlaege/${p!.id}/anhaenge/${pdf.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toContain('attachment');
    // Staged files of submissions that never came are removed after a day.
    await post(
      '/mitmachen',
      multipart({ ...form, confirmed: '', edit: '1' }, [{ name: 'a.png', type: 'image/png', bytes: PNG }]),
    );
    expect(await pruneStagedAttachments(db, new Date(Date.now() + 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
  });

  it('limits staged files per address and in total, and names a file by its detected type', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    const db = (await testDatabase()).db;
    const timing = async () => (await new Client(app, g.host).formTiming('/mitmachen'))!;
    const send = async (files: { name: string; type: string; bytes: Buffer }[]) => {
      const body = multipart(
        {
          title: 'Radbügel am Rathaus',
          body: 'Vor dem Stadthaus fehlen Radbügel für Besucherinnen und Besucher.',
          authorKind: 'citizen',
          edit: '1',
        },
        files,
      );
      body.append('_t', await timing());
      return app.request(`http://${g.host}/mitmachen`, { method: 'POST', headers: { host: g.host }, body });
    };
    // A PNG that is also HTML keeps no .html name: the extension follows the detected type.
    const polyglot = Buffer.concat([PNG, Buffer.from('<html><script>alert(1)</script></html>')]);
    expect((await send([{ name: 'bild.html', type: 'text/html', bytes: polyglot }])).status).toBe(200);
    const [stored] = await db
      .select()
      .from(proposalAttachments)
      .where(eq(proposalAttachments.tenantId, g.tenant.id));
    expect(stored!.filename).toBe('bild.png');
    expect(cleanName('Bericht.final.PDF', 'application/pdf')).toBe('Bericht.final.pdf');
    expect(cleanName('..', 'image/jpeg')).toBe('anhang.jpg');
    // Fifteen files an hour from one address; the sixteenth is refused and not stored.
    for (let i = 0; i < 7; i++)
      expect(
        (
          await send([
            { name: 'a.png', type: 'image/png', bytes: PNG },
            { name: 'b.png', type: 'image/png', bytes: PNG },
          ])
        ).status,
      ).toBe(200);
    const refused = await send([
      { name: 'c.png', type: 'image/png', bytes: PNG },
      { name: 'd.png', type: 'image/png', bytes: PNG },
    ]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(await refused.text()).toContain('Dateien können gerade nicht angenommen werden');
    const count = async () =>
      (await db.select().from(proposalAttachments).where(eq(proposalAttachments.tenantId, g.tenant.id)))
        .length;
    expect(await count()).toBe(15);
    // The installation's quota for staged files: beyond it, files are refused at the field.
    const file = new File([new Uint8Array(PNG)], 'e.png', { type: 'image/png' });
    await expect(stageAttachments(db, g.tenant.id, newStagingToken(), [file], 1)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { attachments: { key: 'validation.attachmentsBusy' } },
    });
    expect(await count()).toBe(15);
    // Each city has its share of the quota: one city's full share leaves the others room.
    const other = await createOrgFixture(db, { accounts: false });
    await expect(
      stageAttachments(db, g.tenant.id, newStagingToken(), [file], Number.MAX_SAFE_INTEGER, 1),
    ).rejects.toMatchObject({ fields: { attachments: { key: 'validation.attachmentsBusy' } } });
    const elsewhere = newStagingToken();
    await stageAttachments(db, other.tenant.id, elsewhere, [file], Number.MAX_SAFE_INTEGER, PNG.length);
    expect(await stagedBytes(db, other.tenant.id)).toBe(PNG.length);
    // Concurrent uploads cannot each see room and together overfill the quota: with room for one file,
    // one of four parallel uploads is kept.
    const room = (await stagedBytes(db)) + PNG.length + PNG.length / 2;
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((i) =>
        stageAttachments(
          db,
          g.tenant.id,
          newStagingToken(),
          [new File([new Uint8Array(PNG)], `p${i}.png`, { type: 'image/png' })],
          room,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await stagedBytes(db)).toBeLessThanOrEqual(room);
  });

  it('limits proposals per network for visitors and per account for people signed in', async () => {
    const g = await createOrgFixture((await testDatabase()).db);
    const send = (client: Client, i: number) =>
      client.post('/mitmachen', {
        title: `Sitzbank Nummer ${i} am Rheinufer`,
        body: `Am Rheinufer in Beuel fehlt auf Höhe der Brücke eine weitere Sitzbank, Vorschlag ${i}.`,
        authorKind: 'citizen',
        confirmed: '1',
      });
    const visitor = new Client(app, g.host);
    for (let i = 0; i < 5; i++) expect((await send(visitor, i)).status).toBe(303);
    const refused = await send(visitor, 5);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(refused.text).toContain('Von Ihrem Anschluss kamen in kurzer Zeit viele Vorschläge');
    expect(refused.text).toContain('Sitzbank Nummer 5 am Rheinufer');
    // The same network (one Wi-Fi): a signed-in person has their own five, and is told it is them.
    const staff = new Client(app, g.host);
    await staff.login(g.emails.staff, TEST_PASSWORD);
    for (let i = 10; i < 15; i++) expect((await send(staff, i)).status).toBe(303);
    const own = await send(staff, 15);
    expect(own.status).toBe(429);
    expect(own.text).toContain('Sie haben in kurzer Zeit viele Vorschläge eingereicht');
    // Nothing to correct: the summary says to try later, as the network's limit does (walk).
    expect(own.text).toContain('Bitte versuchen Sie es später noch einmal');
    expect(own.text).not.toContain('Bitte korrigieren Sie die folgenden Angaben');
    // New accounts on one network do not multiply its room: the people signed in there share five times
    // a visitor's (review). A rule of one, on a network of its own.
    const { hitFormLimit } = await import('../src/platform/http/guards.ts');
    const from = (accountId: string | null) =>
      ({
        get: (k: string) => (k === 'actor' && accountId ? { accountId } : null),
        req: { header: (h: string) => (h === 'x-forwarded-for' ? '198.51.100.7' : undefined) },
        env: {},
      }) as unknown as Parameters<typeof hitFormLimit>[1];
    const db = (await testDatabase()).db;
    const one = { limit: 1, windowSeconds: 3600 };
    const messages = {
      network: 'participate.rateLimited',
      account: 'participate.rateLimitedAccount',
    } as const;
    const key = `test-room:${g.tenant.id}`;
    await hitFormLimit(db, from(null), 1, key, one, { messages });
    for (let i = 0; i < 5; i++) await hitFormLimit(db, from(`account-${i}`), 1, key, one, { messages });
    await expect(hitFormLimit(db, from('account-6'), 1, key, one, { messages })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      fields: { _form: { key: 'participate.rateLimited' } },
    });
    await expect(
      hitFormLimit(db, from('account-0'), 1, `${key}-b`, one, { messages }),
    ).resolves.toBeUndefined();
    await expect(hitFormLimit(db, from('account-0'), 1, `${key}-b`, one, { messages })).rejects.toMatchObject(
      {
        fields: { _form: { key: 'participate.rateLimitedAccount' } },
      },
    );
    // The proposal page's forms say what was done too often, not that proposals came.
    const { id } = await createPublishedProposal((await testDatabase()).db, g);
    const follow = (i: number) =>
      visitor.post(`/mitmachen/vorschlaege/${id}/folgen`, {
        email: `leser${i}@example.org`,
        frequency: 'weekly',
        consent: 'on',
      });
    for (let i = 0; i < 10; i++) expect((await follow(i)).status).toBe(303);
    const tooMany = await follow(10);
    expect(tooMany.status).toBe(429);
    expect(tooMany.text).toContain('Das wurde in kurzer Zeit zu oft versucht');
    expect(tooMany.text).toContain('leser10@example.org');
    // A person signed in on that network still follows.
    expect(
      (
        await staff.post(`/mitmachen/vorschlaege/${id}/folgen`, {
          email: g.emails.staff,
          frequency: 'weekly',
          consent: 'on',
        })
      ).status,
    ).toBe(303);
  });

  it('finds a proposal by the reference its author was told to note, and says when it is still in moderation', async () => {
    const db = (await testDatabase()).db;
    const visitor = new Client(app, f.host);
    const sent = await visitor.post('/mitmachen', {
      title: 'Parkscheine per App bezahlen',
      body: 'Parkgebühren sollten sich überall in der Stadt mit dem Handy bezahlen lassen.',
      authorKind: 'citizen',
      confirmed: '1',
    });
    expect(sent.status).toBe(303);
    const reference = /V-[A-Z0-9]{6}/.exec(sent.location!)![0];
    const thanks = (await visitor.get(sent.location!)).text;
    expect(thanks).toContain(reference);
    // Without an address nothing is sent, and the page says so rather than "if you gave an address".
    expect(sent.location).toMatch(/\?mail=ohne$/);
    expect(thanks).toContain('Sie haben keine E-Mail-Adresse angegeben, deshalb schreiben wir Ihnen nicht.');
    expect(thanks).not.toContain('Wenn Sie eine E-Mail-Adresse angegeben haben');
    expect((await visitor.get('/mitmachen/danke/V-AAAAAA')).status).toBe(404);
    // Someone signed in is not asked for an address the account has (walk: a filled-in one asked for
    // consent), and is told they will hear at the account's address.
    const citizen = new Client(app, f.host);
    await citizen.login(f.emails.staff, TEST_PASSWORD);
    expect((await citizen.get('/mitmachen')).text).toMatch(/name="email" type="email" value=""/);
    const own = await citizen.post('/mitmachen', {
      title: 'Bewohnerparkausweis digital verlängern',
      body: 'Der Bewohnerparkausweis sollte sich ohne Besuch im Bürgerbüro verlängern lassen.',
      authorKind: 'citizen',
      email: f.emails.staff.toUpperCase(),
      consent: 'on',
      confirmed: '1',
    });
    expect(own.location).toMatch(/\?mail=konto$/);
    const ownThanks = (await citizen.get(own.location!)).text;
    expect(ownThanks).toContain('Wir schreiben Ihnen an die Adresse Ihres Kontos');
    expect(ownThanks).toContain(
      '<a class="kern-link" href="/mein-bereich">Ihre Vorschläge in Mein Bereich</a>',
    );
    expect(ownThanks).not.toContain('Wenn Sie eine E-Mail-Adresse angegeben haben');
    // With the field emptied, the account's address is still written to (walk: the page said no mail).
    const emptied = await citizen.post('/mitmachen', {
      title: 'Anwohnerparken online beantragen',
      body: 'Der Antrag auf einen Anwohnerparkausweis sollte vollständig online gehen.',
      authorKind: 'citizen',
      email: '',
      confirmed: '1',
    });
    expect(emptied.location).toMatch(/\?mail=konto$/);
    const waiting = await visitor.get(`/mitmachen/vorschlaege?q=${reference}`);
    expect(waiting.text).toContain(`Der Vorschlag ${reference} ist eingegangen`);
    expect(waiting.text).not.toContain('Parkscheine per App');
    // The start page asks for the reference; typed into the address, it leads to the same answer.
    const home = (await visitor.get('/')).text;
    expect(home).toMatch(/<form method="get" action="\/mitmachen\/vorschlaege"[^>]*role="search"/);
    expect(home).toContain('Nummer Ihres Vorschlags');
    const typed = await visitor.get(`/mitmachen/vorschlaege/${reference.toLowerCase()}`);
    expect(typed.status).toBe(303);
    expect(typed.location).toBe(`/mitmachen/vorschlaege?q=${reference}`);
    const [p] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.number, reference)));
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    expect((await mod.post('/intern/moderation', { action: 'publish', ids: [p!.id] })).status).toBe(303);
    // A page past the end says so and leads back, instead of "Seite 99 von 1".
    const beyond = await visitor.get('/mitmachen/vorschlaege?page=99');
    expect(beyond.text).toContain('Diese Seite gibt es nicht');
    expect(beyond.text).not.toContain('Seite 99 von');
    // Published, its reference opens it at once (walk: the one hit sat below the filters on a phone).
    const spaced = ` ${reference.replace('-', ' - ').toLowerCase()} `;
    // Without its hyphen only with a digit in it (else it reads as a word, see "Verkehr" below).
    const bare = /\d/.test(reference) ? [` ${reference.replace('-', '')} `] : [];
    for (const typed of [reference, reference.toLowerCase(), spaced, ...bare]) {
      const found = await new Client(app, f.host).get(
        `/mitmachen/vorschlaege?q=${encodeURIComponent(typed)}`,
      );
      expect(found.status, typed).toBe(303);
      expect(found.location, typed).toBe(`/mitmachen/vorschlaege/${p!.id}`);
    }
    // Typed into the address, a published one's reference leads there in one step.
    expect((await visitor.get(`/mitmachen/vorschlaege/${reference.toLowerCase()}`)).location).toBe(
      `/mitmachen/vorschlaege/${p!.id}`,
    );
    // A reference nobody has is told as such, before the filters.
    const unknown = (await visitor.get('/mitmachen/vorschlaege?q=V-ZZ9ZZ9')).text;
    expect(unknown).toContain('Zur Nummer V-ZZ9ZZ9 gibt es keinen Vorschlag.');
    // Without its hyphen, a reference with a digit is still one (whatever digits the generated one had).
    expect((await visitor.get('/mitmachen/vorschlaege?q=%20vzz9zz9%20')).text).toContain(
      'Zur Nummer V-ZZ9ZZ9 gibt es keinen Vorschlag.',
    );
    expect(unknown.indexOf('Zur Nummer V-ZZ9ZZ9')).toBeLessThan(unknown.indexOf('role="search"'));
    // A seven-letter word beginning with V is searched as the word it is (review and walk: "Verkehr"
    // found nothing, though proposals say "Verkehrsberuhigung").
    await createPublishedProposal(db, f, 'Verkehrsberuhigung vor der Grundschule');
    const word = (await visitor.get('/mitmachen/vorschlaege?q=Verkehr')).text;
    expect(word).toContain('Verkehrsberuhigung vor der Grundschule');
    expect(word).not.toContain('Zur Nummer');
    expect(word).toMatch(/Vorschl(ag|äge) gefunden/);
    // An imported proposal's number as shown finds it too; a hyphenated word stays a word.
    const [imported] = await db
      .insert(proposals)
      .values({
        tenantId: f.tenant.id,
        number: 'RAD-B7001',
        title: 'Fahrradbügel am Hauptbahnhof',
        body: 'Am Hauptbahnhof fehlen Fahrradbügel; E-Mail-Hinweise helfen nicht.',
        authorKind: 'citizen',
        state: 'published',
        publishedAt: new Date(),
      })
      .returning();
    const byNumber = await visitor.get('/mitmachen/vorschlaege?q=rad-b7001');
    expect(byNumber.location).toBe(`/mitmachen/vorschlaege/${imported!.id}`);
    expect((await visitor.get('/mitmachen/vorschlaege?q=E-Mail')).text).toContain(
      `href="/mitmachen/vorschlaege/${imported!.id}"`,
    );
  });

  it('one support per account, public counts; comments wait for moderation and go one level deep; anyone can report', async () => {
    const db = (await testDatabase()).db;
    const p = await createPublishedProposal(db, f, 'Bürgerbüro-Termine online buchen');
    const path = `/mitmachen/vorschlaege/${p.id}`;
    const visitor = new Client(app, f.host);
    expect((await visitor.get(path)).text).toContain('0 Unterstützungen');
    expect((await visitor.post(`${path}/unterstuetzen`, { action: 'support' })).status).toBe(403);
    const citizen = new Client(app, f.host);
    await citizen.login(f.emails.staff, TEST_PASSWORD);
    // Mail about the proposal is offered, not given: the box starts unticked (walk).
    expect((await citizen.get(path)).text).toContain(
      '<input class="kern-form-check__checkbox" type="checkbox" id="f-support-notify" name="notify"/>',
    );
    expect((await citizen.post(`${path}/unterstuetzen`, { action: 'support', notify: 'on' })).status).toBe(
      303,
    );
    expect((await citizen.post(`${path}/unterstuetzen`, { action: 'support' })).status).toBe(303);
    const lead = new Client(app, f.host);
    await lead.login(f.emails.leadA, TEST_PASSWORD);
    await lead.post(`${path}/unterstuetzen`, { action: 'support' });
    expect((await visitor.get(path)).text).toContain('2 Unterstützungen');
    expect((await citizen.get(path)).text).toContain('Sie unterstützen diesen Vorschlag');
    // On the English "Mein Bereich" the proposal's German title is marked as German (walk).
    const area = (await citizen.get('/en/mein-bereich')).text;
    expect(area).toContain('lang="de">Bürgerbüro-Termine online buchen</a>');
    // The date beside a support says what it is (walk).
    expect(area).toMatch(/\(V-[A-Z0-9]{6}, supported on \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
    await lead.post(`${path}/unterstuetzen`, { action: 'withdraw' });
    expect((await visitor.get(path)).text).toContain('1 Unterstützung<');
    // Following is not the support's: withdrawing a support with mail leaves an earlier follow in place.
    const follow = { email: f.emails.leadA, frequency: 'immediate', consent: 'on' };
    // Without consent the box itself is marked, not only its message.
    const noConsent = await lead.post(`${path}/folgen`, { ...follow, consent: '' });
    expect(noConsent.status).toBe(422);
    expect(noConsent.text).toMatch(/id="f-consent" aria-invalid="true"/);
    // Its message does not offer leaving the address empty (the proposal form's way out).
    expect(noConsent.text).toContain(
      'Bitte willigen Sie ein, dass die Stadt Ihre E-Mail-Adresse dafür speichert.',
    );
    expect(noConsent.text).not.toContain('oder lassen Sie das Feld leer');
    expect((await lead.post(`${path}/folgen`, follow)).status).toBe(303);
    await lead.post(`${path}/unterstuetzen`, { action: 'support', notify: 'on' });
    await lead.post(`${path}/unterstuetzen`, { action: 'withdraw' });
    expect((await lead.get(path)).text).toContain(
      'Sie folgen diesem Vorschlag und erfahren jede Neuigkeit sofort',
    );
    expect((await visitor.get(path)).text).toContain('1 Unterstützung<');

    // Comments: a too-short one is refused at its field; a good one waits for moderation.
    const short = await citizen.post(`${path}/kommentare`, { body: 'a' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('mindestens 3 Zeichen');
    expect(
      (await citizen.post(`${path}/kommentare`, { body: 'Gute Idee, vor allem für Berufstätige.' })).status,
    ).toBe(303);
    expect((await visitor.get(path)).text).not.toContain('vor allem für Berufstätige');
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    const queue = await mod.get('/intern/moderation/kommentare');
    expect(queue.text).toContain('vor allem für Berufstätige');
    const commentId = /name="ids" value="([0-9a-f-]{36})"/.exec(queue.text)![1]!;
    expect(
      (await mod.post('/intern/moderation/kommentare', { action: 'hide', ids: [commentId] })).status,
    ).toBe(422);
    // Enter in the reason field means "publish" (the first button): a typed reason says otherwise.
    const enter = await mod.post('/intern/moderation/kommentare', {
      action: 'publish',
      ids: [commentId],
      reason: 'Beleidigung',
    });
    expect(enter.status).toBe(422);
    expect(enter.text).toContain('Ein Grund gilt nur für „Auswahl ausblenden“');
    const published = await mod.post('/intern/moderation/kommentare', {
      action: 'publish',
      ids: [commentId],
    });
    expect(published.location).toBe('/intern/moderation/kommentare?hinweis=published&anzahl=1#hinweis');
    expect((await mod.get(published.location!)).text).toContain('Der Kommentar ist veröffentlicht.');
    expect((await visitor.get(path)).text).toContain('vor allem für Berufstätige');
    // One reply level.
    expect(
      (await lead.post(`${path}/kommentare`, { parentId: commentId, [`reply-${commentId}`]: 'Stimme zu!' }))
        .status,
    ).toBe(303);
    const replyId = /name="ids" value="([0-9a-f-]{36})"/.exec(
      (await mod.get('/intern/moderation/kommentare')).text,
    )![1]!;
    await mod.post('/intern/moderation/kommentare', { action: 'publish', ids: [replyId] });
    // The empty comments queue speaks of comments, not proposals.
    const emptyQueue = (await mod.get('/intern/moderation/kommentare')).text;
    expect(emptyQueue).toContain('Keine Kommentare in dieser Ansicht');
    const deeper = await citizen.post(`${path}/kommentare`, {
      parentId: replyId,
      [`reply-${replyId}`]: 'Noch tiefer',
    });
    expect(deeper.status).toBe(422);
    expect(deeper.text).toContain('Auf Antworten kann nicht weiter geantwortet werden');

    // Report (no account needed): a reason is required; the item shows up for moderators; hiding settles it.
    const noReason = await visitor.post(`${path}/melden`, { entityType: 'comment', entityId: replyId });
    expect(noReason.status).toBe(422);
    expect(noReason.text).toContain('was an dem Beitrag nicht in Ordnung ist');
    expect(
      (
        await visitor.post(`${path}/melden`, {
          entityType: 'comment',
          entityId: replyId,
          [`reason-${replyId}`]: 'Spam',
        })
      ).status,
    ).toBe(303);
    const reported = await mod.get('/intern/moderation/meldungen');
    expect(reported.text).toContain('Stimme zu!');
    expect(reported.text).toContain('Spam');
    // One item per form: its button hides this contribution, there is no selection to hide (walk).
    expect(reported.text).toContain('>Beitrag ausblenden<');
    expect(reported.text).not.toContain('Auswahl ausblenden');
    expect(
      (
        await mod.post('/intern/moderation/meldungen', {
          action: 'hide',
          entityType: 'comment',
          entityId: replyId,
          [`reason-${replyId}`]: 'Werbung',
        })
      ).status,
    ).toBe(303);
    expect((await mod.get('/intern/moderation/meldungen')).text).toContain('keine offenen Meldungen');
    expect((await visitor.get(path)).text).not.toContain('Stimme zu!');
    // Reports found unfounded are dismissed under the reported comment: its history in the change log holds
    // the report and its end together (walk: they stood under two kinds of record).
    await visitor.post(`${path}/melden`, {
      entityType: 'comment',
      entityId: commentId,
      [`reason-${commentId}`]: 'Unsachlich',
    });
    expect(
      (
        await mod.post('/intern/moderation/meldungen', {
          action: 'dismiss',
          entityType: 'comment',
          entityId: commentId,
        })
      ).status,
    ).toBe(303);
    const history = await db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityId, commentId)));
    expect(history).toContainEqual({ action: 'content.reports_dismissed', entityType: 'comment' });
  });

  it('records workshops whose proposals staff enter with the workshop as source; the queue filters', async () => {
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    const bad = await mod.post('/intern/werkstaetten', {
      title: 'Werkstatt',
      heldOn: '31.02.',
      participants: '0',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('gültiges Datum');
    expect(bad.text).toContain('ganze Zahl');
    const created = await mod.post('/intern/werkstaetten', {
      title: 'Zukunftswerkstatt Digitales Rathaus',
      heldOn: '2026-10-14',
      place: 'Stadthaus Bonn, Ratssaal',
      organiser: 'Digitalisierungsteam',
      participants: '42',
    });
    expect(created.status).toBe(303);
    const workshopPath = created.location!.replace(/\?.*$/, '');
    const entered = await mod.post(`${workshopPath}/vorschlaege`, {
      title: 'Formulare in Leichter Sprache',
      body: 'Alle Online-Formulare sollten eine Fassung in Leichter Sprache haben.',
      authorKind: 'ngo',
      organisationName: 'Lebenshilfe Bonn',
    });
    expect(entered.status).toBe(303);
    const page = await mod.get(workshopPath);
    expect(page.text).toContain('Formulare in Leichter Sprache');
    expect(page.text).toContain('42 Teilnehmenden');
    const id = /href="\/mitmachen\/vorschlaege\/([0-9a-f-]{36})"/.exec(page.text)![1]!;
    const visitor = new Client(app, f.host);
    const pub = await visitor.get(`/mitmachen/vorschlaege/${id}`);
    expect(pub.text).toContain('Zukunftswerkstatt Digitales Rathaus');
    expect(pub.text).toContain('Lebenshilfe Bonn');

    // Filters: author kind, language and text.
    const citizen = new Client(app, f.host);
    for (const [title, body] of [
      ['Schwimmbad-Tickets online', 'Tickets für die Bonner Bäder sollten online buchbar sein.'],
      ['Online tickets for pools', 'It should be possible to book tickets for the public pools online.'],
    ] as const)
      await citizen.post('/mitmachen', { title, body, authorKind: 'citizen', confirmed: '1' });
    const english = await mod.get('/intern/moderation?language=en');
    expect(english.text).toContain('Online tickets for pools');
    expect(english.text).not.toContain('Schwimmbad-Tickets online');
    const text = await mod.get(`/intern/moderation?q=${encodeURIComponent('Bäder')}`);
    expect(text.text).toContain('Schwimmbad-Tickets online');
    expect(text.text).toContain('1 Vorschlag entspricht dem Filter');
    const ngo = await mod.get('/intern/moderation?authorKind=ngo');
    expect(ngo.text).not.toContain('Schwimmbad-Tickets online');
    expect((await mod.get('/intern/moderation?field=kaputt&page=-3')).status).toBe(200);
  });

  it('returns a decision to the tab, filter and page it was made on', async () => {
    const db = (await testDatabase()).db;
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    const citizen = new Client(app, f.host);
    await citizen.post('/mitmachen', {
      title: 'Parkscheine per App am Hofgarten',
      body: 'Parkscheine am Hofgarten sollten sich mit dem Telefon bezahlen lassen.',
      authorKind: 'citizen',
      confirmed: '1',
    });
    const [queued] = await db
      .select()
      .from(proposals)
      .where(
        and(eq(proposals.tenantId, f.tenant.id), eq(proposals.title, 'Parkscheine per App am Hofgarten')),
      );
    const q = encodeURIComponent('Hofgarten');
    const hidden = await mod.post(`/intern/moderation?q=${q}`, {
      action: 'hide',
      ids: [queued!.id],
      reason: 'Bitte genauer beschreiben.',
    });
    expect(hidden.location).toBe(`/intern/moderation?q=${q}&hinweis=hidden&anzahl=1#hinweis`);
    // The hidden tab's form posts to its own address: a refused decision stays there, so does a done one.
    const tab = await mod.get(`/intern/moderation?state=hidden&q=${q}`);
    expect(tab.text).toContain(`action="/intern/moderation?state=hidden&amp;q=${q}"`);
    // Hidden proposals can only be published: no reason or original to fill in there.
    expect(tab.text).not.toContain('name="reason"');
    expect(tab.text).not.toContain('name="duplicateOf"');
    const refused = await mod.post(`/intern/moderation?state=hidden&q=${q}`, { action: 'publish', ids: [] });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Parkscheine per App am Hofgarten');
    const published = await mod.post(`/intern/moderation?state=hidden&q=${q}`, {
      action: 'publish',
      ids: [queued!.id],
    });
    expect(published.location).toBe(
      `/intern/moderation?state=hidden&q=${q}&hinweis=published&anzahl=1#hinweis`,
    );
    expect((await mod.get(published.location!)).text).toContain('Der Vorschlag ist veröffentlicht');
    // Past the end the page says where the list ends, not that nothing waits.
    const past = await mod.get('/intern/moderation?page=99');
    expect(past.text).toContain('entspr');
    expect(past.text).not.toContain('Keine Vorschläge in dieser Ansicht');
    expect(past.text).toContain('Zur letzten Seite');
  });
});
