import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from '../../platform/platform.table.ts';
import { accounts, orgUnits, partners, type Role, roleAssignments, tenants } from './orgs.table.ts';

export function findTenantByHost(db: DbOrTx, host: string) {
  return db.select().from(tenants).where(sql`${host} = any(${tenants.hosts})`).limit(1);
}

export function findTenantById(db: DbOrTx, id: string) {
  return db.select().from(tenants).where(eq(tenants.id, id));
}

export function findTenantBySlug(db: DbOrTx, slug: string) {
  return db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
}

export function listTenants(db: DbOrTx) {
  return db.select().from(tenants).orderBy(tenants.slug);
}

export function findAccountByEmail(db: DbOrTx, tenantId: string, email: string) {
  return db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), sql`lower(${accounts.email}) = lower(${email})`))
    .limit(1);
}

export function findAccount(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .limit(1);
}

export function findRoles(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({ role: roleAssignments.role, orgUnitId: roleAssignments.orgUnitId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.accountId, accountId)));
}

export function listOrgUnits(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(orgUnits)
    .where(eq(orgUnits.tenantId, tenantId))
    .orderBy(orgUnits.code, orgUnits.name);
}

/** Accounts holding a role (optionally at one unit), for pickers such as "project lead". */
export function listAccountsWithRole(db: DbOrTx, tenantId: string, role: Role) {
  return db
    .selectDistinct({
      id: accounts.id,
      displayName: accounts.displayName,
      orgUnitId: roleAssignments.orgUnitId,
    })
    .from(accounts)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)),
    )
    .where(and(eq(accounts.tenantId, tenantId), eq(roleAssignments.role, role)))
    .orderBy(accounts.displayName);
}

/** Every (account, org unit) pair of role assignments at a unit: who works where. */
export function accountUnits(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinct({
      accountId: roleAssignments.accountId,
      orgUnitId: roleAssignments.orgUnitId,
      displayName: accounts.displayName,
    })
    .from(roleAssignments)
    .innerJoin(
      accounts,
      and(eq(accounts.tenantId, roleAssignments.tenantId), eq(accounts.id, roleAssignments.accountId)),
    )
    .where(eq(roleAssignments.tenantId, tenantId));
}

/** Addresses and names of accounts (for mail the platform sends them, e.g. reminders). */
export function accountContacts(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      disabledAt: accounts.disabledAt,
    })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, ids)));
}

export function countDemoAccounts(db: DbOrTx) {
  return db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.isDemo, true));
}

export function listPartners(db: DbOrTx, tenantId: string) {
  return db.select().from(partners).where(eq(partners.tenantId, tenantId)).orderBy(asc(partners.name));
}

export function insertPartner(db: DbOrTx, row: typeof partners.$inferInsert) {
  return db.insert(partners).values(row).returning();
}

export function setAccountFields(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<
    Pick<
      typeof accounts.$inferInsert,
      'email' | 'displayName' | 'passwordHash' | 'disabledAt' | 'deletedAt' | 'emailConfirmedAt'
    >
  >,
) {
  return db
    .update(accounts)
    .set(patch)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .returning();
}

export function deleteRoles(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.accountId, accountId)));
}

/** Empties the audit entries about an account (they held its name and address); who did what stays. */
export function redactAccountAudit(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .update(auditEvents)
    .set({ before: null, after: null })
    .where(
      and(
        eq(auditEvents.tenantId, tenantId),
        eq(auditEvents.entityType, 'account'),
        eq(auditEvents.entityId, accountId),
      ),
    );
}
