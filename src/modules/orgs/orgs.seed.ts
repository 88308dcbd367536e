import { DEMO_ACCOUNTS, ORG, PARTNERS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { addPartner, createAccount } from './orgs.service.ts';
import { orgUnits } from './orgs.table.ts';

/**
 * Bonn's administration (departments and their offices), the partners of the Digital Hub and an account
 * for every role. Names: 'unit' ▸ department or office code, 'account' ▸ e-mail, 'partner' ▸ name.
 */
export const seedOrgs: SeedStep = async ({ db, tenantId, password, refs }) => {
  const [root] = await db
    .insert(orgUnits)
    .values({ tenantId, kind: 'administration', name: 'Stadtverwaltung Bonn' })
    .returning();
  for (const d of ORG) {
    const [dep] = await db
      .insert(orgUnits)
      .values({ tenantId, parentId: root!.id, kind: 'department', code: d.code, name: d.name })
      .returning();
    refs.set('unit', d.code, dep!.id);
    for (const [code, name] of d.offices) {
      const [office] = await db
        .insert(orgUnits)
        .values({ tenantId, parentId: dep!.id, kind: 'office', code, name })
        .returning();
      refs.set('unit', code, office!.id);
    }
  }
  for (const [name, kind, digitalHubMember] of PARTNERS)
    refs.set('partner', name, (await addPartner(db, tenantId, { name, kind, digitalHubMember })).id);
  for (const [email, displayName, role, unit] of DEMO_ACCOUNTS) {
    const account = await createAccount(db, tenantId, {
      email,
      displayName,
      password,
      isDemo: true,
      // A partner speaks for an organisation (named in the unit column); everyone else works in a unit.
      roles: [
        role === 'partner'
          ? { role, orgUnitId: null, partnerId: refs.get('partner', unit!) }
          : { role, orgUnitId: unit ? refs.get('unit', unit) : null },
      ],
    });
    refs.set('account', email, account.id);
  }
};
