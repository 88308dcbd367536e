import type { Db } from '../../db/client.ts';
import { uniq } from '../../db/test-helpers.ts';
import { createFieldOfAction, createPillar } from '../strategy/strategy.service.ts';
import { createAccount, createTenant, loadActor } from './orgs.service.ts';
import { orgUnits } from './orgs.table.ts';

export const TEST_PASSWORD = 'korrektes Pferd Batterie';

/**
 * A fresh tenant for one test: strategy, a department with offices A and B, and one account per role.
 * Tests are isolated by tenant, so they can share the worker's database.
 */
export async function createOrgFixture(db: Db, opts: { accounts?: boolean } = {}) {
  const slug = uniq('city');
  const host = `${slug}.test`;
  const tenant = await createTenant(db, {
    slug,
    name: `Stadt ${slug}`,
    cityName: `Teststadt ${slug}`,
    hosts: [host],
  });
  const pillar = await createPillar(db, tenant.id, {
    key: 'digitale-verwaltung',
    name: 'Digitale Verwaltung',
    position: 0,
  });
  const field = await createFieldOfAction(db, tenant.id, {
    pillarId: pillar.id,
    key: 'daten-software-services',
    name: 'Daten, Software und Services',
    position: 0,
  });
  const [root] = await db
    .insert(orgUnits)
    .values({ tenantId: tenant.id, kind: 'administration', name: 'Verwaltung' })
    .returning();
  const [dep] = await db
    .insert(orgUnits)
    .values({ tenantId: tenant.id, parentId: root!.id, kind: 'department', code: 'IV', name: 'Dezernat IV' })
    .returning();
  const [officeA] = await db
    .insert(orgUnits)
    .values({ tenantId: tenant.id, parentId: dep!.id, kind: 'office', code: '66', name: 'Tiefbauamt' })
    .returning();
  const [officeB] = await db
    .insert(orgUnits)
    .values({ tenantId: tenant.id, parentId: dep!.id, kind: 'office', code: '67', name: 'Umweltamt' })
    .returning();
  const emails = {
    cdo: `cdo@${host}`,
    moderator: `mod@${host}`,
    leadA: `lead-a@${host}`,
    leadB: `lead-b@${host}`,
    headA: `head-a@${host}`,
    headB: `head-b@${host}`,
    depHead: `dep@${host}`,
    staff: `staff@${host}`,
  };
  const ids: Record<keyof typeof emails, string> = {} as never;
  if (opts.accounts !== false) {
    const specs: [keyof typeof emails, string, string | null][] = [
      ['cdo', 'cdo', null],
      ['moderator', 'moderator', null],
      ['leadA', 'project_lead', officeA!.id],
      ['leadB', 'project_lead', officeB!.id],
      ['headA', 'office_head', officeA!.id],
      ['headB', 'office_head', officeB!.id],
      ['depHead', 'department_head', dep!.id],
      ['staff', 'staff', officeA!.id],
    ];
    for (const [key, role, unit] of specs) {
      const a = await createAccount(db, tenant.id, {
        email: emails[key],
        displayName: key,
        password: TEST_PASSWORD,
        roles: [{ role, orgUnitId: unit }],
      });
      ids[key] = a.id;
    }
  }
  const actor = async (key: keyof typeof emails) => (await loadActor(db, tenant.id, ids[key]))!;
  return {
    tenant,
    host,
    pillar,
    field,
    department: dep!,
    officeA: officeA!,
    officeB: officeB!,
    emails,
    ids,
    actor,
  };
}

export type OrgFixture = Awaited<ReturnType<typeof createOrgFixture>>;
