import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, loadActor } from '../src/modules/orgs/orgs.service.ts';
import { accounts } from '../src/modules/orgs/orgs.table.ts';
import { createOrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { testDatabase } from './helpers.ts';

/** The actor of every signed-in request: its account and exactly its own roles, read in one query. */
describe('loading the signed-in actor', () => {
  it('carries every role of the account and none of another’s; a disabled account has none', async () => {
    const { db } = await testDatabase();
    const f = await createOrgFixture(db);
    const both = await createAccount(db, f.tenant.id, {
      email: `both@${f.host}`,
      displayName: 'Zwei Rollen',
      password: TEST_PASSWORD,
      roles: [
        { role: 'project_lead', orgUnitId: f.officeA.id },
        { role: 'office_head', orgUnitId: f.officeB.id },
      ],
    });
    const none = await createAccount(db, f.tenant.id, {
      email: `none@${f.host}`,
      displayName: 'Ohne Rolle',
      password: TEST_PASSWORD,
      roles: [],
    });
    const actor = await loadActor(db, f.tenant.id, both.id);
    expect(actor).toMatchObject({
      accountId: both.id,
      tenantId: f.tenant.id,
      displayName: 'Zwei Rollen',
      email: `both@${f.host}`,
    });
    expect(actor!.roles).toEqual([
      { role: 'office_head', orgUnitId: f.officeB.id },
      { role: 'project_lead', orgUnitId: f.officeA.id },
    ]);
    expect((await loadActor(db, f.tenant.id, none.id))!.roles).toEqual([]);
    expect((await f.actor('cdo')).roles).toEqual([{ role: 'cdo', orgUnitId: null }]);
    // Another tenant's id for the same account finds nothing.
    const other = await createOrgFixture(db, { accounts: false });
    expect(await loadActor(db, other.tenant.id, both.id)).toBeNull();
    await db.update(accounts).set({ disabledAt: new Date() }).where(eq(accounts.id, both.id));
    expect(await loadActor(db, f.tenant.id, both.id)).toBeNull();
  });
});
