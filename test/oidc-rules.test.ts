import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimValues, rolesFromClaims, signInWithOidc } from '../src/modules/orgs/oidc.service.ts';
import { ZSignInRuleInput } from '../src/modules/orgs/orgs.schemas.ts';
import { createAccount, toTenantInfo } from '../src/modules/orgs/orgs.service.ts';
import { accounts, roleAssignments, tenants } from '../src/modules/orgs/orgs.table.ts';
import { createOrgFixture } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('the identity provider’s claims to roles', () => {
  it('reads dotted claims, lists and group paths', () => {
    const claims = {
      groups: ['/stadt/digital-cdo', '/stadt/amt-66'],
      realm_access: { roles: ['moderator'] },
      n: 3,
    };
    expect(claimValues(claims, 'groups')).toEqual(['/stadt/digital-cdo', '/stadt/amt-66']);
    expect(claimValues(claims, 'realm_access.roles')).toEqual(['moderator']);
    expect(claimValues(claims, 'n')).toEqual(['3']);
    expect(claimValues(claims, 'missing.path')).toEqual([]);
    // A path with an empty step could never match: the rule form refuses it.
    const claimOk = (claim: string) =>
      ZSignInRuleInput.safeParse({ claim, value: 'x', role: 'cdo', orgUnitId: '' }).success;
    expect(
      ['groups', 'realm_access.roles', 'resource_access.rathaus.roles', 'urn:x-groups'].map(claimOk),
    ).toEqual([true, true, true, true]);
    expect(['realm_access..roles', '.groups', 'groups.', 'a b'].map(claimOk)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const rules = [
      { id: '1', claim: 'groups', value: 'digital-cdo', role: 'cdo' as const, orgUnitId: null },
      { id: '2', claim: 'groups', value: '/stadt/amt-66', role: 'staff' as const, orgUnitId: 'u66' },
      {
        id: '3',
        claim: 'realm_access.roles',
        value: 'moderator',
        role: 'moderator' as const,
        orgUnitId: null,
      },
      { id: '4', claim: 'groups', value: 'cdo', role: 'admin' as const, orgUnitId: null },
    ];
    // The last segment or the whole path; never a part of a segment ("cdo" is not "digital-cdo").
    expect(rolesFromClaims(rules, claims)).toEqual([
      { role: 'cdo', orgUnitId: null },
      { role: 'staff', orgUnitId: 'u66' },
      { role: 'moderator', orgUnitId: null },
    ]);
  });

  it('takes the staff roles away when no group gives one any more, and keeps that while refusing', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    await db.execute(
      sql`update tenants set settings = settings || ${JSON.stringify({ signIn: { rules: [{ id: 'r', claim: 'groups', value: 'digital-cdo', role: 'cdo', orgUnitId: null }], staffPasswords: true } })}::jsonb where id = ${f.tenant.id}`,
    );
    const [row] = await db.select().from(tenants).where(eq(tenants.id, f.tenant.id));
    const tenant = toTenantInfo(row!);
    const claims = {
      iss: 'https://login.example',
      sub: 'p1',
      email: `p1@${f.host}`,
      email_verified: true,
      name: 'P. Eins',
    };
    const account = await signInWithOidc(db, tenant, { ...claims, groups: ['/x/digital-cdo'] });
    const roles = () =>
      db
        .select({ role: roleAssignments.role })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.tenantId, f.tenant.id), eq(roleAssignments.accountId, account.id)));
    expect(await roles()).toEqual([{ role: 'cdo' }]);
    await expect(signInWithOidc(db, tenant, { ...claims, groups: [] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await roles()).toEqual([]);
    // A rule matches, but the provider names no address: said as such, not as "no role".
    await expect(
      signInWithOidc(db, tenant, { iss: 'https://login.example', sub: 'p9', groups: ['/x/digital-cdo'] }),
    ).rejects.toMatchObject({ fields: { provider: { key: 'login.providerNoEmail' } } });
    // An unverified address never links to an existing account.
    await expect(
      signInWithOidc(db, tenant, {
        iss: 'https://login.example',
        sub: 'p2',
        email: `p1@${f.host}`,
        email_verified: false,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('clears what a registration with a never confirmed address set before linking it to the provider', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    await db.execute(
      sql`update tenants set settings = settings || ${JSON.stringify({ signIn: { rules: [{ id: 'r', claim: 'groups', value: 'digital-cdo', role: 'cdo', orgUnitId: null }], staffPasswords: true } })}::jsonb where id = ${f.tenant.id}`,
    );
    const { app } = await testApp();
    // Someone registers the future CDO's address in advance, with a password of their own.
    const email = `neu.cdo@${f.host}`;
    const squatter = new Client(app, f.host);
    expect(
      (
        await squatter.post('/registrieren', {
          displayName: 'Mallory',
          email,
          password: 'squatter chosen pw 123',
          privacy: 'on',
        })
      ).status,
    ).toBe(303);
    const [row] = await db.select().from(tenants).where(eq(tenants.id, f.tenant.id));
    const tenant = toTenantInfo(row!);
    // An address the provider does not say outright it checked links nothing.
    for (const email_verified of ['false', 'true', undefined])
      await expect(
        signInWithOidc(db, tenant, {
          iss: 'https://login.example',
          sub: 'p3',
          email,
          email_verified,
          groups: ['/x/digital-cdo'],
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const account = await signInWithOidc(db, tenant, {
      iss: 'https://login.example',
      sub: 'real-cdo',
      email,
      email_verified: true,
      name: 'Neue CDO',
      groups: ['/x/digital-cdo'],
    });
    const [stored] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(stored).toMatchObject({ displayName: 'Neue CDO', passwordHash: null });
    expect(stored!.emailConfirmedAt).not.toBeNull();
    // The registration's password opens nothing, before or after.
    const again = new Client(app, f.host);
    const refused = await again.post('/anmelden', { email, password: 'squatter chosen pw 123' });
    expect(refused.status).not.toBe(303);
    expect((await again.get('/intern/cockpit')).status).not.toBe(200);
  });

  it('leaves the administration alone unless a rule gives it, and never takes it from the last administrator', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    const setRules = (rules: object[]) =>
      db.execute(
        sql`update tenants set settings = settings || ${JSON.stringify({ signIn: { rules, staffPasswords: true } })}::jsonb where id = ${f.tenant.id}`,
      );
    const tenantNow = async () =>
      toTenantInfo((await db.select().from(tenants).where(eq(tenants.id, f.tenant.id)))[0]!);
    const admin = await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'Admin',
      password: 'ein langes Passwort 123',
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    await db.update(accounts).set({ emailConfirmedAt: new Date() }).where(eq(accounts.id, admin.id));
    const roles = async () =>
      (
        await db
          .select({ role: roleAssignments.role })
          .from(roleAssignments)
          .where(and(eq(roleAssignments.tenantId, f.tenant.id), eq(roleAssignments.accountId, admin.id)))
      )
        .map((r) => r.role)
        .sort();
    const claims = { iss: 'https://login.example', sub: 'it', email: admin.email, email_verified: true };
    // No rule gives the administration: the provider's groups add staff roles beside it.
    await setRules([{ id: 'r', claim: 'groups', value: 'amt-66', role: 'staff', orgUnitId: f.officeA.id }]);
    await signInWithOidc(db, await tenantNow(), { ...claims, groups: ['/stadt/amt-66'] });
    expect(await roles()).toEqual(['admin', 'staff']);
    // A rule gives it, but the group is missing: the last administrator keeps it all the same.
    await setRules([
      { id: 'r', claim: 'groups', value: 'amt-66', role: 'staff', orgUnitId: f.officeA.id },
      { id: 'a', claim: 'groups', value: 'it-admin', role: 'admin', orgUnitId: null },
    ]);
    await signInWithOidc(db, await tenantNow(), { ...claims, groups: ['/stadt/amt-66'] });
    expect(await roles()).toEqual(['admin', 'staff']);
  });
});
