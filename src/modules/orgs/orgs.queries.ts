import { and, asc, count, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { byName } from '../../db/columns.ts';
import type { StaffLang } from '../../platform/i18n/langs.ts';
import { auditEvents, sessions } from '../../platform/platform.table.ts';
import { accounts, orgUnits, partners, passkeys, type Role, roleAssignments, tenants } from './orgs.table.ts';

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

export function updateAccountLanguage(db: DbOrTx, tenantId: string, id: string, language: StaffLang) {
  return db
    .update(accounts)
    .set({ language })
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)));
}

export function findAccount(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, id)))
    .limit(1);
}

/**
 * What a signed-in request needs of its account, with the roles, in one round trip (every signed-in
 * request asks): no password hash, nothing else. The outer table is named outright: Drizzle writes its
 * columns unqualified, which inside the subquery would name role_assignments' own.
 */
export function findActorRow(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      email: accounts.email,
      language: accounts.language,
      disabledAt: accounts.disabledAt,
      roles: sql<{ role: Role; orgUnitId: string | null }[]>`coalesce((
        select json_agg(json_build_object('role', r.role, 'orgUnitId', r.org_unit_id) order by r.role, r.org_unit_id)
          from ${roleAssignments} r
         where r.tenant_id = accounts.tenant_id and r.account_id = accounts.id), '[]'::json)`,
    })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.id, accountId)))
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
    .orderBy(orgUnits.code, byName(orgUnits.name));
}

/** Accounts holding a role (optionally at one unit), for pickers such as "project lead". */
export function listAccountsWithRole(db: DbOrTx, tenantId: string, role: Role) {
  return db
    .selectDistinct({
      id: accounts.id,
      displayName: accounts.displayName,
      email: accounts.email,
      orgUnitId: roleAssignments.orgUnitId,
      // A distinct list orders only by what it selects.
      sortName: byName(accounts.displayName),
    })
    .from(accounts)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)),
    )
    .where(and(eq(accounts.tenantId, tenantId), eq(roleAssignments.role, role)))
    .orderBy(byName(accounts.displayName));
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
      language: accounts.language,
      disabledAt: accounts.disabledAt,
    })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, ids)));
}

export function countDemoAccounts(db: DbOrTx) {
  return db.select({ n: sql<number>`count(*)::int` }).from(accounts).where(eq(accounts.isDemo, true));
}

export function setDemoPasswordHash(db: DbOrTx, tenantId: string, passwordHash: string) {
  return db
    .update(accounts)
    .set({ passwordHash })
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.isDemo, true)));
}

export function listPartners(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(partners)
    .where(eq(partners.tenantId, tenantId))
    .orderBy(asc(byName(partners.name)));
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

/** A page of the tenant's accounts for the administration: search by name or address, filter by role. */
export function adminAccountPage(
  db: DbOrTx,
  tenantId: string,
  opts: { q: string; role: Role | undefined; limit: number; offset: number },
) {
  const pattern = `%${opts.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      disabledAt: accounts.disabledAt,
      emailConfirmedAt: accounts.emailConfirmedAt,
      // Signs in with a password or through the identity provider: not waiting for an invitation any more.
      hasPassword: sql<boolean>`(${accounts.passwordHash} is not null or ${accounts.oidcSubject} is not null)`,
      createdAt: accounts.createdAt,
      roles: sql<
        string[]
      >`coalesce((select array_agg(distinct r.role order by r.role) from ${roleAssignments} r
        where r.tenant_id = accounts.tenant_id and r.account_id = accounts.id), '{}')`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(accounts)
    .where(
      and(
        eq(accounts.tenantId, tenantId),
        isNull(accounts.deletedAt),
        opts.q
          ? sql`(${accounts.displayName} ilike ${pattern} or ${accounts.email} ilike ${pattern})`
          : undefined,
        opts.role
          ? sql`exists (select 1 from ${roleAssignments} r where r.tenant_id = accounts.tenant_id
              and r.account_id = accounts.id and r.role = ${opts.role})`
          : undefined,
      ),
    )
    .orderBy(asc(byName(accounts.displayName)), asc(accounts.id))
    .limit(opts.limit)
    .offset(opts.offset);
}

export function partnerOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({ id: partners.id, name: partners.name, kind: partners.kind })
    .from(roleAssignments)
    .innerJoin(
      partners,
      and(eq(partners.tenantId, roleAssignments.tenantId), eq(partners.id, roleAssignments.partnerId)),
    )
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.accountId, accountId),
        eq(roleAssignments.role, 'partner'),
      ),
    )
    .orderBy(asc(roleAssignments.createdAt))
    .limit(1);
}

export function roleAssignmentsOf(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.accountId, accountId)))
    .orderBy(asc(roleAssignments.createdAt));
}

export function insertRole(db: DbOrTx, row: typeof roleAssignments.$inferInsert) {
  return db.insert(roleAssignments).values(row).returning();
}

export function deleteRole(db: DbOrTx, tenantId: string, accountId: string, id: string) {
  return db
    .delete(roleAssignments)
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.accountId, accountId),
        eq(roleAssignments.id, id),
      ),
    )
    .returning();
}

/** How many active accounts hold a role (the last administrator cannot remove themselves). */
export async function countActiveWithRole(db: DbOrTx, tenantId: string, role: Role) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${accounts.id})::int` })
    .from(accounts)
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.tenantId, accounts.tenantId), eq(roleAssignments.accountId, accounts.id)),
    )
    .where(and(eq(accounts.tenantId, tenantId), eq(roleAssignments.role, role), isNull(accounts.disabledAt)));
  return row?.n ?? 0;
}

export function insertAccount(db: DbOrTx, row: typeof accounts.$inferInsert) {
  return db.insert(accounts).values(row).returning();
}

export function insertOrgUnit(db: DbOrTx, row: typeof orgUnits.$inferInsert) {
  return db.insert(orgUnits).values(row).returning();
}

export function updateOrgUnit(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<Pick<typeof orgUnits.$inferInsert, 'name' | 'code'>>,
) {
  return db
    .update(orgUnits)
    .set(patch)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)))
    .returning();
}

export function updatePartner(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<Pick<typeof partners.$inferInsert, 'name' | 'kind' | 'digitalHubMember' | 'website'>>,
) {
  return db
    .update(partners)
    .set(patch)
    .where(and(eq(partners.tenantId, tenantId), eq(partners.id, id)))
    .returning();
}

/** How many accounts the city has, and how many invitations wait for a password. */
export async function accountCounts(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      invited: sql<number>`(count(*) filter (where ${accounts.passwordHash} is null and ${accounts.disabledAt} is null))::int`,
      disabled: sql<number>`(count(*) filter (where ${accounts.disabledAt} is not null))::int`,
    })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), isNull(accounts.deletedAt)));
  return row ?? { total: 0, invited: 0, disabled: 0 };
}

export function listPasskeys(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.accountId, accountId)))
    .orderBy(asc(passkeys.createdAt));
}

export function findPasskey(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.id, id)));
}

export function insertPasskey(db: DbOrTx, row: typeof passkeys.$inferInsert) {
  return db.insert(passkeys).values(row).returning();
}

/** After a sign-in: the new counter, and when it was last used. */
export function touchPasskey(db: DbOrTx, tenantId: string, id: string, counter: number) {
  return db
    .update(passkeys)
    .set({ counter, lastUsedAt: new Date() })
    .where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.id, id)));
}

export function renamePasskey(db: DbOrTx, tenantId: string, accountId: string, id: string, name: string) {
  return db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.accountId, accountId), eq(passkeys.id, id)))
    .returning();
}

export function deletePasskey(db: DbOrTx, tenantId: string, accountId: string, id: string) {
  return db
    .delete(passkeys)
    .where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.accountId, accountId), eq(passkeys.id, id)))
    .returning();
}

/**
 * Ends the sessions staff began without the identity provider (password, passkey), administrators
 * excepted: what passwords being switched off for staff means for those already signed in.
 */
export function deleteStaffSessionsWithoutProvider(
  db: DbOrTx,
  tenantId: string,
  staffRoles: readonly Role[],
) {
  const holders = (roles: readonly Role[]) =>
    db
      .select({ id: roleAssignments.accountId })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.tenantId, tenantId), inArray(roleAssignments.role, [...roles])));
  return db
    .delete(sessions)
    .where(
      and(
        eq(sessions.tenantId, tenantId),
        isNull(sessions.oidc),
        inArray(sessions.accountId, holders(staffRoles)),
        notInArray(sessions.accountId, holders(['admin'])),
      ),
    )
    .returning({ id: sessions.id });
}

/** Ends every session of an account, inside the caller's transaction (SessionStore.destroyForAccount outside one). */
export function deleteSessionsOf(db: DbOrTx, tenantId: string, accountId: string) {
  return db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.accountId, accountId)));
}

export function deletePasskeysOf(db: DbOrTx, tenantId: string, accountId: string) {
  return db.delete(passkeys).where(and(eq(passkeys.tenantId, tenantId), eq(passkeys.accountId, accountId)));
}

/** Which entries of the change log to show: about one kind or one record, by one person, between two days. */
export interface AuditLogFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  /** Calendar days in the municipality's time zone, both included. */
  from?: string | undefined;
  to?: string | undefined;
  timeZone: string;
}

/** A page of the tenant's change log, newest first, with who made each change and how many match. */
export async function auditLogPage(
  db: DbOrTx,
  tenantId: string,
  f: AuditLogFilter,
  opts: { limit: number; offset: number },
) {
  const where = and(
    eq(auditEvents.tenantId, tenantId),
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.actorId ? eq(auditEvents.actorAccountId, f.actorId) : undefined,
    f.from ? sql`${auditEvents.at} >= (${f.from}::date::timestamp at time zone ${f.timeZone})` : undefined,
    f.to ? sql`${auditEvents.at} < ((${f.to}::date + 1)::timestamp at time zone ${f.timeZone})` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        before: auditEvents.before,
        after: auditEvents.after,
        requestId: auditEvents.requestId,
        actorId: auditEvents.actorAccountId,
        actorName: accounts.displayName,
        actorDeleted: sql<boolean>`${accounts.deletedAt} is not null`,
      })
      .from(auditEvents)
      .leftJoin(
        accounts,
        and(eq(accounts.tenantId, auditEvents.tenantId), eq(accounts.id, auditEvents.actorAccountId)),
      )
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The kinds of records the tenant's change log has entries about. */
export async function auditedTypes(db: DbOrTx, tenantId: string) {
  const rows = await db
    .selectDistinct({ type: auditEvents.entityType })
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, tenantId));
  return rows.map((r) => r.type);
}
