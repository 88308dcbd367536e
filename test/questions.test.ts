import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffQuestions } from '../src/modules/questions/questions.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket } from './socket.ts';

/**
 * Staff ask the CDO team, anonymously by default, and everyone in the administration reads the answers;
 * over a real socket, as each role meets it. An anonymous question leaves nothing that names its asker.
 */
describe('questions from staff', () => {
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let f: OrgFixture;
  const cookies: Record<string, string> = {};

  const get = (path: string, who?: string) =>
    rawRequest(server.port, { host: f.host, path, headers: who ? { cookie: cookies[who]! } : {} });
  const post = (path: string, who: string, fields: Record<string, string>) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path,
      headers: {
        ...(cookies[who] ? { cookie: cookies[who] } : {}),
        'content-type': 'application/x-www-form-urlencoded',
        origin: `http://${f.host}`,
      },
      body: formBody(fields),
    });
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const send = async (page: string, path: string, who: string, fields: Record<string, string>) =>
    post(path, who, { _csrf: csrfOf((await get(page, who)).body), ...fields });

  beforeAll(async () => {
    f = await createOrgFixture((await testDatabase()).db);
    server = await serveOnSocket();
    for (const who of ['staff', 'leadA', 'cdo'] as const) {
      const res = await post('/anmelden', 'none', { email: f.emails[who], password: TEST_PASSWORD });
      cookies[who] = String(res.headers['set-cookie']?.[0]).split(';')[0]!;
    }
    return () => server.close();
  });

  it('asks anonymously without a trace of the asker, and by name with it', async () => {
    const db = (await testDatabase()).db;
    const page = await get('/intern/fragen', 'staff');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Rathaus speichert nicht, wer gefragt hat');
    // Anonymous is what the form offers first.
    expect(page.body).toMatch(/value="anonymous" checked/);

    const asked = await send('/intern/fragen', '/intern/fragen', 'staff', {
      body: 'Werden Stellen gestrichen, wenn Anträge online kommen?',
      askAs: 'anonymous',
    });
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe('/intern/fragen?hinweis=questionAsked');
    await send('/intern/fragen', '/intern/fragen', 'leadA', {
      body: 'Bekommt unser Amt neue Laptops für die E-Akte?',
      askAs: 'named',
    });
    const rows = await db.select().from(staffQuestions).where(eq(staffQuestions.tenantId, f.tenant.id));
    const anonymous = rows.find((r) => r.body.startsWith('Werden Stellen'))!;
    const named = rows.find((r) => r.body.startsWith('Bekommt unser Amt'))!;
    expect(anonymous.askedBy).toBeNull();
    expect(named.askedBy).toBeTruthy();
    // No audit entry (it would name its actor) and nothing else in the tenant's audit names a question.
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.tenantId, f.tenant.id));
    expect(audit.filter((a) => a.entityType === 'staff_question')).toHaveLength(0);
    expect(JSON.stringify(audit)).not.toContain('Werden Stellen');

    // Bad input: the error beside the field, the text kept.
    const bad = await send('/intern/fragen', '/intern/fragen', 'staff', { body: 'Warum?', askAs: 'named' });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('mindestens 10 Zeichen');
    expect(bad.body).toContain('Warum?</textarea>');
    expect(bad.body).toMatch(/value="named" checked/);
  });

  it('lets only the CDO team answer or decline, and shows answers to all staff', async () => {
    const db = (await testDatabase()).db;
    expect((await get('/intern/fragen/eingang', 'staff')).status).toBe(403);
    expect((await get('/intern/fragen', undefined)).status).toBe(303);
    const inbox = await get('/intern/fragen/eingang', 'cdo');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toContain('Anonym gestellt');
    expect(inbox.body).toContain('Gestellt von');
    const rows = await db.select().from(staffQuestions).where(eq(staffQuestions.tenantId, f.tenant.id));
    const anonymous = rows.find((r) => r.body.startsWith('Werden Stellen'))!;
    const named = rows.find((r) => r.body.startsWith('Bekommt unser Amt'))!;

    // Staff cannot answer, even by posting.
    expect(
      (await post(`/intern/fragen/${anonymous.id}/antwort`, 'staff', { answer: 'x'.repeat(30) })).status,
    ).toBe(403);
    const tooShort = await send(
      `/intern/fragen/${anonymous.id}`,
      `/intern/fragen/${anonymous.id}/antwort`,
      'cdo',
      {
        answer: 'Nein.',
      },
    );
    expect(tooShort.status).toBe(422);
    const answered = await send(
      `/intern/fragen/${anonymous.id}`,
      `/intern/fragen/${anonymous.id}/antwort`,
      'cdo',
      {
        answer: 'Nein. Die Digitalisierung kostet keine Arbeitsplätze; das hat die Stadt zugesagt.',
      },
    );
    expect(answered.status).toBe(303);
    const declined = await send(`/intern/fragen/${named.id}`, `/intern/fragen/${named.id}/ablehnen`, 'cdo', {
      reason: 'Ausstattungsfrage, an das Amt für Digitalisierung verwiesen.',
    });
    expect(declined.status).toBe(303);
    // Answering what a colleague answered meanwhile: back to the inbox with a word, nothing changed.
    const again = await send('/intern/fragen/eingang', `/intern/fragen/${anonymous.id}/antwort`, 'cdo', {
      answer: 'Eine zweite Antwort, die nicht erscheinen darf.',
    });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/intern/fragen/eingang?hinweis=questionClosed');

    const page = await get('/intern/fragen', 'staff');
    expect(page.body).toContain('Werden Stellen gestrichen');
    expect(page.body).toContain('Die Digitalisierung kostet keine Arbeitsplätze');
    expect(page.body).toContain('Anonym gefragt am');
    expect(page.body).not.toContain('Bekommt unser Amt');
    expect(page.body).not.toContain('zweite Antwort');
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.entityType, 'staff_question')));
    expect(audit.map((a) => a.action).sort()).toEqual(['staff_question.answer', 'staff_question.decline']);
    expect((await get('/intern/fragen/eingang', 'cdo')).body).toContain('Keine offene Frage.');
  });

  it('puts the questions asked by name into the asker’s data download, the anonymous ones nowhere', async () => {
    const lead = JSON.parse((await get('/mein-bereich/daten.json', 'leadA')).body);
    expect(JSON.stringify(lead.staffQuestions)).toContain('Bekommt unser Amt');
    const staff = JSON.parse((await get('/mein-bereich/daten.json', 'staff')).body);
    expect(JSON.stringify(staff)).not.toContain('Werden Stellen');
  });
});
