import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import { type Actor, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { AppError, type FieldError, forbidden, notFound } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { isStaffLang, type Lang, messageKey } from '../../platform/i18n/i18n.ts';
import { isUuid } from '../../platform/validation.ts';
import { sendInvitation } from './accounts.service.ts';
import { signInSettings } from './oidc.service.ts';
import { canManageOrganisation } from './orgs.policy.ts';
import * as q from './orgs.queries.ts';
import {
  type AuditLogQuery,
  type InviteInput,
  type OrgUnitInput,
  type PartnerInput,
  type RoleInput,
  type SignInRuleInput,
  ZInviteInput,
  ZRoleInput,
} from './orgs.schemas.ts';
import {
  type OidcRoleRule,
  type OrgUnit,
  type OrgUnitKind,
  type Role,
  type TenantSettings,
  tenants,
} from './orgs.table.ts';

export const ACCOUNTS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

/** The kind of unit a role is held at: none (the whole city), or a unit of these kinds. */
export const ROLE_UNITS: Readonly<Record<Role, readonly OrgUnitKind[] | null>> = {
  citizen: null,
  partner: null,
  admin: null,
  cdo: ['administration', 'department', 'office', 'team'],
  moderator: ['administration', 'department', 'office', 'team'],
  staff: ['administration', 'department', 'office', 'team'],
  project_lead: ['office', 'team'],
  office_head: ['office'],
  department_head: ['department'],
};

/** The unit each kind of unit sits under. */
const PARENT_KIND: Readonly<Record<OrgUnitKind, OrgUnitKind | null>> = {
  administration: null,
  department: 'administration',
  office: 'department',
  team: 'office',
};

/** Refuses everyone but administrators (the organisation, sign-in and the city's own settings). */
export function requireAdmin(actor: Actor | null): asserts actor is Actor {
  if (!canManageOrganisation(actor))
    throw forbidden('Only administrators manage accounts and the org chart.');
}

async function checkRoleUnit(db: DbOrTx, tenantId: string, input: RoleInput) {
  const kinds = ROLE_UNITS[input.role];
  // A unit given with a role that has none is a contradiction to point out, not to drop silently.
  if (!kinds && input.orgUnitId)
    throw new AppError('VALIDATION_FAILED', 'This role has no unit.', {
      orgUnitId: { key: messageKey(`admin.unitFor.${input.role}`) },
    });
  if (!kinds) return null;
  const units = await q.listOrgUnits(db, tenantId);
  const unit = input.orgUnitId ? units.find((u) => u.id === input.orgUnitId) : undefined;
  // The CDO team and moderators may work for the whole city; everyone else belongs to a unit of the right kind.
  if (!unit && (input.role === 'cdo' || input.role === 'moderator') && !input.orgUnitId) return null;
  if (!unit || !kinds.includes(unit.kind))
    throw new AppError('VALIDATION_FAILED', 'This role needs a unit of another kind.', {
      orgUnitId: { key: messageKey(`admin.unitFor.${input.role}`) },
    });
  return unit.id;
}

/** Runs a check; a refusal of bad input adds its messages to `into` (and gives null) instead of ending. */
async function gathering<T>(into: Record<string, FieldError>, check: () => Promise<T>): Promise<T | null> {
  try {
    return await check();
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
    Object.assign(into, err.fields);
    return null;
  }
}

/**
 * The unit and the organisation a role is held at, checked together: whatever is wrong with either is
 * refused at once, with a message at each field.
 */
async function checkRole(db: DbOrTx, tenantId: string, input: RoleInput) {
  const fields: Record<string, FieldError> = {};
  const orgUnitId = await gathering(fields, () => checkRoleUnit(db, tenantId, input));
  const partnerId = await gathering(fields, () => checkRolePartner(db, tenantId, input));
  if (Object.keys(fields).length)
    throw new AppError('VALIDATION_FAILED', 'The role’s unit or organisation does not fit it.', fields);
  return { orgUnitId, partnerId };
}

/** The partner role names the organisation the person speaks for; other roles name none. */
async function checkRolePartner(db: DbOrTx, tenantId: string, input: RoleInput) {
  if (input.role !== 'partner' && input.partnerId)
    throw new AppError('VALIDATION_FAILED', 'Only the partner role names an organisation.', {
      partnerId: { key: 'admin.partnerOnly' },
    });
  if (input.role !== 'partner') return null;
  const partner = input.partnerId
    ? (await q.listPartners(db, tenantId)).find((p) => p.id === input.partnerId)
    : undefined;
  if (!partner)
    throw new AppError('VALIDATION_FAILED', 'The partner role needs the organisation.', {
      partnerId: { key: 'admin.partnerFor' },
    });
  return partner.id;
}

/** A page of accounts for the administration, with their roles. */
export async function adminAccounts(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  opts: { q: string; role: Role | undefined; page: number },
) {
  requireAdmin(actor);
  const rows = await q.adminAccountPage(db, tenantId, {
    q: opts.q,
    role: opts.role,
    limit: ACCOUNTS_PAGE_SIZE,
    offset: (opts.page - 1) * ACCOUNTS_PAGE_SIZE,
  });
  // Past the last page the page holds no row to carry the count: ask for the first row's.
  const total =
    rows[0]?.total ??
    (opts.page > 1
      ? ((await q.adminAccountPage(db, tenantId, { q: opts.q, role: opts.role, limit: 1, offset: 0 }))[0]
          ?.total ?? 0)
      : 0);
  return { rows, total };
}

/** One account with its roles, for its administration page. */
export async function adminAccount(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  requireAdmin(actor);
  const [account] = isUuid(id) ? await q.findAccount(db, tenantId, id) : [];
  if (!account || account.deletedAt) throw notFound('No such account.');
  const roles = await q.roleAssignmentsOf(db, tenantId, id);
  const { passwordHash, ...rest } = account;
  return { account: { ...rest, hasPassword: passwordHash !== null || rest.oidcSubject !== null }, roles };
}

/**
 * Invites a person: an account with one role and no password yet, and a mail with the link with which
 * they choose it (valid for a week; the administration can send it again).
 */
export async function inviteAccount(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  actor: Actor | null,
  input: InviteInput,
  lang: Lang,
  meta: RequestMeta = {},
) {
  requireAdmin(actor);
  const { db } = deps.database;
  const account = await db.transaction(async (tx) => {
    const { problems, role } = await checkInvitation(tx, tenant.id, input.email, input);
    if (!role || Object.keys(problems).length)
      throw new AppError('VALIDATION_FAILED', 'The invitation cannot be sent so.', problems);
    const { orgUnitId, partnerId } = role;
    const [row] = await q.insertAccount(tx, {
      tenantId: tenant.id,
      email: input.email,
      displayName: input.displayName,
      // Until the person chooses, they work and get mail in the language of the one who invited them.
      language: isStaffLang(lang) ? lang : 'de',
    });
    await q.insertRole(tx, {
      tenantId: tenant.id,
      accountId: row!.id,
      role: input.role,
      orgUnitId,
      partnerId,
    });
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorAccountId: actor.accountId,
      action: 'account.invite',
      entityType: 'account',
      entityId: row!.id,
      after: { email: row!.email, displayName: row!.displayName, role: input.role, orgUnitId, partnerId },
      requestId: meta.requestId,
    });
    return row!;
  });
  await sendInvitation(deps, tenant, account);
  return account;
}

/**
 * What is wrong with an invitation beyond its form, all at once: the address has an account already; the
 * unit or organisation does not fit the role. Also asked of a form the schema refused (what of it parses).
 */
export async function invitationProblems(db: DbOrTx, tenantId: string, values: Record<string, unknown>) {
  const email = ZInviteInput.shape.email.safeParse(values.email);
  const role = ZRoleInput.safeParse(values);
  return (await checkInvitation(db, tenantId, email.data, role.data)).problems;
}

/** The invitation's problems (of what is given), and the role's unit and organisation where they fit it. */
async function checkInvitation(
  db: DbOrTx,
  tenantId: string,
  email: string | undefined,
  input: RoleInput | undefined,
) {
  const problems: Record<string, FieldError> = {};
  if (email && (await q.findAccountByEmail(db, tenantId, email)).length)
    problems.email = { key: 'admin.emailTaken' };
  const role = input ? await gathering(problems, () => checkRole(db, tenantId, input)) : null;
  return { problems, role };
}

/** Sends the invitation again (it expired, or went to spam); only while no password is set. */
export async function resendInvitation(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  actor: Actor | null,
  id: string,
) {
  requireAdmin(actor);
  const [account] = isUuid(id) ? await q.findAccount(deps.database.db, tenant.id, id) : [];
  if (!account || account.deletedAt) throw notFound('No such account.');
  if (account.passwordHash) throw new AppError('INVALID_STATE', 'The person has chosen a password already.');
  await sendInvitation(deps, tenant, account);
  return account;
}

/** Gives an account one more role (at a unit of the kind the role needs). */
export async function addRole(db: Db, tenantId: string, actor: Actor | null, id: string, input: RoleInput) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [account] = isUuid(id) ? await q.findAccount(tx, tenantId, id) : [];
    if (!account || account.deletedAt) throw notFound('No such account.');
    // A registration with an address never confirmed may be anyone's: a role would hand its password
    // holder the role. (An invited account has no password until its invitation, sent to the address, is used.)
    if (account.passwordHash && !account.emailConfirmedAt)
      throw new AppError('VALIDATION_FAILED', 'The account’s address is not confirmed.', {
        role: { key: 'admin.roleUnconfirmed' },
      });
    const { orgUnitId, partnerId } = await checkRole(tx, tenantId, input);
    const held = await q.roleAssignmentsOf(tx, tenantId, id);
    if (held.some((r) => r.role === input.role && r.orgUnitId === orgUnitId && r.partnerId === partnerId))
      throw new AppError('VALIDATION_FAILED', 'The account holds this role there already.', {
        role: { key: 'admin.roleHeld' },
      });
    const [row] = await q.insertRole(tx, { tenantId, accountId: id, role: input.role, orgUnitId, partnerId });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.addRole',
      entityType: 'account',
      entityId: id,
      after: { role: input.role, orgUnitId, partnerId },
    });
    return { account, role: row! };
  });
}

/** Takes a role from an account; the last active administrator keeps theirs, so nobody locks the city out. */
export async function removeRole(db: Db, tenantId: string, actor: Actor | null, id: string, roleId: string) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [account] = isUuid(id) ? await q.findAccount(tx, tenantId, id) : [];
    const held = account ? await q.roleAssignmentsOf(tx, tenantId, id) : [];
    const role = held.find((r) => r.id === roleId);
    if (!account || !role) throw notFound('No such role of this account.');
    if (role.role === 'admin' && (await q.countActiveWithRole(tx, tenantId, 'admin')) <= 1)
      throw new AppError('INVALID_STATE', 'The last administrator cannot lose the role.');
    await q.deleteRole(tx, tenantId, id, roleId);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.removeRole',
      entityType: 'account',
      entityId: id,
      before: { role: role.role, orgUnitId: role.orgUnitId },
    });
    return { account, role };
  });
}

/**
 * Deactivates an account (the person can no longer sign in; their work stays with their name) or
 * reactivates it. Nobody deactivates themselves; every session of a deactivated account ends.
 */
export async function setAccountActive(
  deps: Pick<Deps, 'database' | 'sessions'>,
  tenantId: string,
  actor: Actor | null,
  id: string,
  active: boolean,
) {
  requireAdmin(actor);
  if (id === actor.accountId) throw new AppError('INVALID_STATE', 'You cannot deactivate your own account.');
  const { db } = deps.database;
  const account = await db.transaction(async (tx) => {
    const [before] = isUuid(id) ? await q.findAccount(tx, tenantId, id) : [];
    if (!before || before.deletedAt) throw notFound('No such account.');
    const [after] = await q.setAccountFields(tx, tenantId, id, { disabledAt: active ? null : new Date() });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: active ? 'account.activate' : 'account.deactivate',
      entityType: 'account',
      entityId: id,
      before: { disabledAt: before.disabledAt },
      after: { disabledAt: after!.disabledAt },
    });
    return after!;
  });
  if (!active) await deps.sessions.destroyForAccount(tenantId, id);
  return account;
}

/** Adds a unit to the org chart, under a unit of the kind above it (an office under a department …). */
export async function createOrgUnit(db: Db, tenantId: string, actor: Actor | null, input: OrgUnitInput) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const units = await q.listOrgUnits(tx, tenantId);
    const parent = input.parentId ? units.find((u) => u.id === input.parentId) : undefined;
    const needs = PARENT_KIND[input.kind];
    if ((needs === null && input.parentId) || (needs !== null && parent?.kind !== needs))
      throw new AppError('VALIDATION_FAILED', 'The unit above has the wrong kind.', {
        parentId: { key: messageKey(`admin.parentFor.${input.kind}`) },
      });
    const [row] = await q.insertOrgUnit(tx, {
      tenantId,
      kind: input.kind,
      parentId: parent?.id ?? null,
      code: input.code || null,
      name: input.name,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'orgUnit.create',
      entityType: 'org_unit',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

/** Renames a unit (its code and name); its place in the chart stays. */
export async function renameOrgUnit(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: { code: string; name: string },
): Promise<OrgUnit> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const units = isUuid(id) ? await q.listOrgUnits(tx, tenantId) : [];
    const before = units.find((u) => u.id === id);
    if (!before) throw notFound('No such unit.');
    const [after] = await q.updateOrgUnit(tx, tenantId, id, { code: input.code || null, name: input.name });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'orgUnit.rename',
      entityType: 'org_unit',
      entityId: id,
      before: { code: before.code, name: before.name },
      after: { code: after!.code, name: after!.name },
    });
    return after!;
  });
}

/** Adds a partner organisation or changes one (`id`). */
export async function savePartner(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: PartnerInput,
  id?: string,
) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const same = (await q.listPartners(tx, tenantId)).find(
      (p) => p.id !== id && p.name.trim().toLowerCase() === input.name.trim().toLowerCase(),
    );
    if (same)
      throw new AppError('VALIDATION_FAILED', 'A partner of this name exists.', {
        name: { key: 'admin.partnerExists' },
      });
    if (!id) {
      const [row] = await q.insertPartner(tx, { tenantId, ...input });
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor.accountId,
        action: 'partner.create',
        entityType: 'partner',
        entityId: row!.id,
        after: row,
      });
      return row!;
    }
    const before = isUuid(id) ? (await q.listPartners(tx, tenantId)).find((p) => p.id === id) : undefined;
    if (!before) throw notFound('No such partner.');
    const [after] = await q.updatePartner(tx, tenantId, id, input);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'partner.update',
      entityType: 'partner',
      entityId: id,
      before,
      after,
    });
    return after!;
  });
}

/** The administration's figures for its start page: accounts, open invitations, deactivated ones. */
export function accountCounts(db: DbOrTx, tenantId: string, actor: Actor | null) {
  requireAdmin(actor);
  return q.accountCounts(db, tenantId);
}

/** The tenant's sign-in settings, read fresh (the tenant lookup of requests may be a minute old). */
async function storedSignIn(db: DbOrTx, tenantId: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw notFound('No such tenant.');
  return { tenant, signIn: signInSettings(tenant) };
}

async function saveSignIn(
  db: DbOrTx,
  actor: Actor,
  tenantId: string,
  before: NonNullable<TenantSettings['signIn']>,
  after: NonNullable<TenantSettings['signIn']>,
  action: string,
) {
  await db
    .update(tenants)
    .set({
      settings: sql`${tenants.settings} || jsonb_build_object('signIn', ${JSON.stringify(after)}::jsonb)`,
    })
    .where(eq(tenants.id, tenantId));
  await recordAudit(db, {
    tenantId,
    actorAccountId: actor.accountId,
    action,
    entityType: 'tenant',
    entityId: tenantId,
    before,
    after,
  });
}

/** Adds a rule that gives a staff role for a value of the identity provider's claims (audited). */
export function addSignInRule(db: Db, tenantId: string, actor: Actor | null, input: SignInRuleInput) {
  return putSignInRule(db, tenantId, actor, input, undefined);
}

/**
 * Changes a rule in place (audited): claim, value, role and unit; people it gave a role follow the
 * changed rule at their next check.
 */
export function changeSignInRule(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  ruleId: string,
  input: SignInRuleInput,
) {
  return putSignInRule(db, tenantId, actor, input, ruleId);
}

/** A new rule, or (with `ruleId`) a changed one; the same rule twice is refused at its value. */
async function putSignInRule(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: SignInRuleInput,
  ruleId: string | undefined,
) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const orgUnitId = await checkRoleUnit(tx, tenantId, {
      role: input.role,
      orgUnitId: input.orgUnitId,
      partnerId: null,
    });
    const { signIn } = await storedSignIn(tx, tenantId);
    if (ruleId && !signIn.rules.some((r) => r.id === ruleId)) throw notFound('No such rule.');
    if (
      signIn.rules.some(
        (r) =>
          r.id !== ruleId &&
          r.claim === input.claim &&
          r.value === input.value &&
          r.role === input.role &&
          r.orgUnitId === orgUnitId,
      )
    )
      throw new AppError('VALIDATION_FAILED', 'This rule exists already.', {
        value: { key: 'admin.ruleExists' },
      });
    const rule: OidcRoleRule = {
      id: ruleId ?? randomUUID(),
      claim: input.claim,
      value: input.value,
      role: input.role,
      orgUnitId,
    };
    const rules = ruleId ? signIn.rules.map((r) => (r.id === ruleId ? rule : r)) : [...signIn.rules, rule];
    await saveSignIn(
      tx,
      actor,
      tenantId,
      signIn,
      { ...signIn, rules },
      ruleId ? 'tenant.changeSignInRule' : 'tenant.addSignInRule',
    );
    return rule;
  });
}

/** Removes a rule (audited); people it gave a role lose it at their next check. */
export async function removeSignInRule(db: Db, tenantId: string, actor: Actor | null, ruleId: string) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const { signIn } = await storedSignIn(tx, tenantId);
    if (!signIn.rules.some((r) => r.id === ruleId)) throw notFound('No such rule.');
    await saveSignIn(
      tx,
      actor,
      tenantId,
      signIn,
      { ...signIn, rules: signIn.rules.filter((r) => r.id !== ruleId) },
      'tenant.removeSignInRule',
    );
  });
}

/** Whether staff may still sign in with a password (audited). */
export async function setStaffPasswords(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  staffPasswords: boolean,
  /** Whether an identity provider is configured: only then do passwords off mean anything yet. */
  providerConfigured: boolean,
) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const { signIn } = await storedSignIn(tx, tenantId);
    await saveSignIn(tx, actor, tenantId, signIn, { ...signIn, staffPasswords }, 'tenant.setStaffPasswords');
    // Switched off: who signed in with a password (or a passkey) signs in again, through the provider.
    if (providerConfigured && !staffPasswords && signIn.staffPasswords)
      await q.deleteStaffSessionsWithoutProvider(
        tx,
        tenantId,
        STAFF_ROLES.filter((r) => r !== 'admin'),
      );
  });
}

/** The sign-in settings for the administration's page. */
export async function adminSignIn(db: DbOrTx, tenantId: string, actor: Actor | null) {
  requireAdmin(actor);
  return (await storedSignIn(db, tenantId)).signIn;
}

/**
 * The change log (admins only): every audited change, newest first, with who made it; filtered by kind
 * of record, one record, one person and the days between two dates (the municipality's calendar).
 */
export async function adminAuditLog(
  db: DbOrTx,
  tenant: { id: string; timeZone: string },
  actor: Actor | null,
  query: AuditLogQuery,
) {
  requireAdmin(actor);
  const [page, types, [person]] = await Promise.all([
    q.auditLogPage(
      db,
      tenant.id,
      {
        entityType: query.bereich,
        entityId: query.gegenstand,
        actorId: query.person,
        from: query.von,
        to: query.bis,
        timeZone: tenant.timeZone,
      },
      { limit: AUDIT_PAGE_SIZE, offset: (query.seite - 1) * AUDIT_PAGE_SIZE },
    ),
    q.auditedTypes(db, tenant.id),
    query.person ? q.findAccount(db, tenant.id, query.person) : [],
  ]);
  return {
    ...page,
    types,
    person: person ? { id: person.id, displayName: person.displayName, deleted: !!person.deletedAt } : null,
  };
}
