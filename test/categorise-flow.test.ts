import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createFieldOfAction } from '../src/modules/strategy/strategy.service.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('assigning fields of action with suggestions', () => {
  let f: OrgFixture;
  let mobility: string;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    mobility = (
      await createFieldOfAction(db, f.tenant.id, {
        pillarId: f.pillar.id,
        key: 'mobilitaet',
        name: 'Mobilität',
        position: 1,
      })
    ).id;
    const services = [
      'Personalausweis online beantragen',
      'Wohngeld digital beantragen',
      'Meldebescheinigung online',
      'Gewerbe online anmelden',
      'Hundesteuer online anmelden',
      'Urkunden digital bestellen',
    ];
    const traffic = [
      'Radweg Kölnstraße verbreitern',
      'Ampel für Radfahrer länger grün',
      'Busspur in der Innenstadt',
      'Mehr Fahrradständer am Bahnhof',
      'Tempo 30 vor Schulen',
      'Radweg am Rhein sanieren',
    ];
    await db.insert(proposals).values([
      ...services.map((title, i) => ({
        tenantId: f.tenant.id,
        number: `S-${i}`,
        title,
        body: `${title}, ohne Termin im Amt.`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
        fieldOfActionId: f.field.id,
      })),
      ...traffic.map((title, i) => ({
        tenantId: f.tenant.id,
        number: `T-${i}`,
        title,
        body: `${title} für mehr Sicherheit im Verkehr.`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
        fieldOfActionId: mobility,
      })),
      {
        tenantId: f.tenant.id,
        number: 'U-1',
        title: 'Radweg an der Adenauerallee sanieren',
        body: 'Der Radweg ist voller Schlaglöcher, mehr Sicherheit im Verkehr bitte.',
        authorKind: 'citizen' as const,
        state: 'published' as const,
      },
      {
        tenantId: f.tenant.id,
        number: 'U-2',
        title: 'Bewohnerparkausweis online beantragen',
        body: 'Den Antrag bitte digital, ohne Termin im Amt.',
        authorKind: 'citizen' as const,
        state: 'submitted' as const,
      },
    ]);
  });

  it('suggests, lets a person confirm a selection, and applies confident suggestions in bulk', async () => {
    const db = (await testDatabase()).db;
    const { app } = await testApp();
    const mod = new Client(app, f.host);
    await mod.login(f.emails.moderator, TEST_PASSWORD);
    // The first visit may find the model still learning (it then says so); the suggestions follow.
    let page = await mod.get('/intern/themenfelder');
    for (let i = 0; i < 240 && page.text.includes('Das Modell lernt gerade'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      page = await mod.get('/intern/themenfelder');
    }
    expect(page.status).toBe(200);
    expect(page.text).toContain('Radweg an der Adenauerallee sanieren');
    const [u1] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.number, 'U-1')));
    const [u2] = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), eq(proposals.number, 'U-2')));
    // The suggestion is preselected: mobility for the cycle path, services for the parking permit.
    expect(page.text).toMatch(
      new RegExp(`name="field-${u1!.id}">[\\s\\S]*?<option value="${mobility}" selected`),
    );
    expect(page.text).toMatch(
      new RegExp(`name="field-${u2!.id}">[\\s\\S]*?<option value="${f.field.id}" selected`),
    );

    // A person overrides one and confirms it.
    expect(
      (
        await mod.post('/intern/themenfelder', {
          action: 'selected',
          ids: [u2!.id],
          [`field-${u2!.id}`]: mobility,
        })
      ).status,
    ).toBe(303);
    const [after] = await db.select().from(proposals).where(eq(proposals.id, u2!.id));
    expect(after!.fieldOfActionId).toBe(mobility);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.tenantId, f.tenant.id),
          eq(auditEvents.entityId, u2!.id),
          eq(auditEvents.action, 'proposal.categorise'),
        ),
      );
    expect(event).toMatchObject({
      actorAccountId: f.ids.moderator,
      before: { fieldOfActionId: null },
      after: { fieldOfActionId: mobility },
    });

    // Nothing selected is an error at the field, not a change.
    expect((await mod.post('/intern/themenfelder', { action: 'selected' })).status).toBe(422);
    // Bulk: whatever is confident enough; the rest stays for a person.
    expect((await mod.post('/intern/themenfelder', { action: 'confident' })).status).toBeLessThan(500);
    const left = await db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, f.tenant.id), isNull(proposals.fieldOfActionId)));
    expect(left.length).toBeLessThanOrEqual(1);
  });
});
