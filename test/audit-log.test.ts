import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { createAccount } from '../src/modules/orgs/orgs.service.ts';
import { changedFields } from '../src/modules/orgs/views/audit-log.tsx';
import { recordAudit } from '../src/platform/audit.ts';
import { currentDay } from '../src/platform/dates.ts';
import { isMessageKey, registerMessages } from '../src/platform/i18n/i18n.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

/** Every `entityType: '…'` an audit entry is written with anywhere in the code. */
function auditedTypesInCode(dir: string, found = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) auditedTypesInCode(file, found);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
      for (const m of readFileSync(file, 'utf8').matchAll(/entityType: '([a-z_]+)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('the change log (/intern/verwaltung/protokoll)', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  let admin: Client;
  let adminId: string;

  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    const account = await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    adminId = account.id;
    ({ app } = await testApp());
    admin = new Client(app, f.host);
    await admin.login(`admin@${f.host}`, TEST_PASSWORD);
    // A change made through the page, and one entry holding a secret and a long text.
    expect(
      (
        await admin.post('/intern/verwaltung/partner', {
          name: 'Bonner Verkehrs-Start-up',
          kind: 'startup',
          website: 'https://start-up.example',
        })
      ).status,
    ).toBe(303);
    await recordAudit(db, {
      tenantId: f.tenant.id,
      actorAccountId: null,
      action: 'account.resetPassword',
      entityType: 'account',
      entityId: f.ids.staff,
      before: { passwordHash: '$argon2id$old', note: 'x'.repeat(200) },
      after: { passwordHash: '$argon2id$new', note: 'kurz' },
    });
  });

  it('lists every change, newest first, with who made it and what changed; never a secret', async () => {
    const page = await admin.get('/intern/verwaltung/protokoll');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<code translate="no">partner.create</code>');
    expect(page.text).toContain('Partnerorganisation');
    expect(page.text).toContain('Bonner Verkehrs-Start-up');
    expect(page.text).toContain(`href="/intern/verwaltung/protokoll?person=${adminId}">IT-Betrieb</a>`);
    // The automatic reset came last and stands first; its hash is not shown, its long text is cut.
    expect(page.text.indexOf('account.resetPassword')).toBeLessThan(page.text.indexOf('partner.create'));
    // Without an account: a visitor's proposal or a job's change, never called the system's alone (walk).
    expect(page.text).toContain('Ohne Konto (Besuch oder automatisch)');
    expect(page.text).toContain('geändert (nicht angezeigt)');
    expect(page.text).not.toContain('argon2id');
    expect(page.text).toContain(`${'x'.repeat(79)}…`);
    expect(page.text).not.toContain('x'.repeat(81));
    // The record by its name where the entry holds one; times in the reader's clock, never raw (walk).
    expect(page.text).toContain('Partnerorganisation <q>Bonner Verkehrs-Start-up</q>');
    expect(page.text).not.toMatch(/>[^<]*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // Fields past the first eight open on a click, without a script.
    await recordAudit((await testDatabase()).db, {
      tenantId: f.tenant.id,
      actorAccountId: adminId,
      action: 'tenant.saveSettings',
      entityType: 'tenant',
      entityId: f.tenant.id,
      before: {},
      after: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`field${i}`, `Wert ${i}`])),
    });
    const many = (await admin.get('/intern/verwaltung/protokoll?bereich=tenant')).text;
    expect(many).toContain('<summary>und 3 weitere Felder</summary>');
    expect(many).toContain('<code translate="no">field10</code>');
    // The menu of the administration leads there.
    expect((await admin.get('/intern/verwaltung/konten')).text).toContain(
      'href="/intern/verwaltung/protokoll">Änderungsprotokoll</a>',
    );
  });

  it('filters by kind of record, one record, one person and days', async () => {
    const partners = (await admin.get('/intern/verwaltung/protokoll?bereich=partner')).text;
    expect(partners).toContain('partner.create');
    expect(partners).not.toContain('account.resetPassword');
    expect(partners).toContain('<option value="partner" selected="">Partnerorganisation</option>');
    const history = (
      await admin.get(`/intern/verwaltung/protokoll?bereich=account&gegenstand=${f.ids.staff}`)
    ).text;
    expect(history).toContain('account.resetPassword');
    // Named by the name its entries hold, not its id (walk).
    expect(history).toContain('Nur der Verlauf von: Konto staff');
    expect(history).not.toContain('partner.create');
    const mine = (await admin.get(`/intern/verwaltung/protokoll?person=${adminId}`)).text;
    expect(mine).toContain('Nur Änderungen von: IT-Betrieb');
    expect(mine).toContain('partner.create');
    expect(mine).not.toContain('account.resetPassword');
    const past = (await admin.get('/intern/verwaltung/protokoll?von=2020-01-01&bis=2020-12-31')).text;
    expect(past).toContain('0 Einträge');
    // Today (the municipality's day) includes what just happened.
    const today = currentDay();
    expect((await admin.get(`/intern/verwaltung/protokoll?von=${today}&bis=${today}`)).text).toContain(
      'partner.create',
    );
  });

  it('names a wrong day at its field and keeps it; a kind or person that is no such thing finds nothing', async () => {
    const wrong = await admin.get('/intern/verwaltung/protokoll?von=abc&bis=2020-01-01');
    expect(wrong.status).toBe(422);
    expect(wrong.text).toMatch(/id="f-von"[^>]*aria-invalid="true"/);
    expect(wrong.text).toContain('value="abc"');
    // Its first problem names it (walk: "abc" was told to lie between 1990 and 2100) …
    expect(wrong.text).toContain('Bitte geben Sie ein gültiges Datum ein.');
    // … and the list leaves both days out, whichever was wrong (the 2020 "to" would have found nothing).
    expect(wrong.text).toContain('partner.create');
    const order = await admin.get('/intern/verwaltung/protokoll?von=2026-06-10&bis=2026-06-01');
    expect(order.status).toBe(422);
    expect(order.text).toContain('Der Tag „Bis“ liegt vor dem Tag „Von“.');
    expect(order.text).toContain('value="2026-06-01"');
    expect(order.text).toContain('partner.create');
    const odd = await admin.get('/intern/verwaltung/protokoll?bereich=DROP%20TABLE&person=nobody&seite=-3');
    expect(odd.status).toBe(200);
    expect(odd.text).toContain('partner.create');
  });

  it('is for administrators only', async () => {
    const cdo = new Client(app, f.host);
    await cdo.login(f.emails.cdo, TEST_PASSWORD);
    expect((await cdo.get('/intern/verwaltung/protokoll')).status).toBe(403);
    expect((await new Client(app, f.host).get('/intern/verwaltung/protokoll')).status).toBe(303);
  });
});

describe('what an entry changed', () => {
  it('compares field by field; something new shows its values, something removed what it held', () => {
    expect(changedFields({ a: 1, b: 'x' }, { a: 1, b: 'y' })).toEqual([
      { field: 'b', before: 'x', after: 'y', secret: false },
    ]);
    expect(changedFields(null, { title: 'Neu' })).toEqual([
      { field: 'title', before: undefined, after: 'Neu', secret: false },
    ]);
    expect(changedFields({ token: 'abc' }, null)).toEqual([
      { field: 'token', before: 'abc', after: undefined, secret: true },
    ]);
    expect(changedFields([1], [1, 2])).toEqual([{ field: '', before: [1], after: [1, 2], secret: false }]);
  });

  it('names the kind of every record the code writes entries about, in every language', () => {
    registerMessages(MODULES);
    const types = auditedTypesInCode(path.join(import.meta.dirname, '..', 'src'));
    expect(types.size).toBeGreaterThan(25);
    expect([...types].filter((type) => !isMessageKey(`auditSubject.${type}`))).toEqual([]);
  });
});
