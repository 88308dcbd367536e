import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { decoyHash, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { AppError } from '../../platform/errors.ts';
import type { TenantInfo } from '../../platform/http/types.ts';
import { compareGerman } from '../../platform/i18n/i18n.ts';
import type { StaffLang } from '../../platform/i18n/langs.ts';
import { parseInput } from '../../platform/validation.ts';
import { OrgTree } from './orgs.policy.ts';
import * as q from './orgs.queries.ts';
import {
  type CreateAccountInput,
  type CreateTenantInput,
  type LoginInput,
  ZCreateAccountInput,
  ZCreateTenantInput,
} from './orgs.schemas.ts';
import type { PartnerKind } from './orgs.table.ts';
import {
  accounts,
  ROLES,
  type Role,
  roleAssignments,
  type Tenant,
  type TenantSettings,
  tenants,
} from './orgs.table.ts';

export function toTenantInfo(t: Tenant): TenantInfo {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    cityName: t.settings.cityName,
    timeZone: t.timeZone,
    settings: t.settings as unknown as Record<string, unknown>,
  };
}

/**
 * Maps a request's host name to its municipality; unknown hosts fall back to the default tenant. Cached
 * briefly, and dropped at once when `generation` (the response cache's count of changes in a tenant, told
 * to every process) moves: a renamed city shows its new name on the next page.
 */
export function createTenantResolver(
  db: Db,
  defaultSlug: string,
  opts: { ttlMs?: number; generation?: (tenantId: string) => number } = {},
) {
  const ttlMs = opts.ttlMs ?? 60_000;
  const generation = opts.generation ?? (() => 0);
  const cache = new Map<string, { at: number; generation: number; tenant: TenantInfo | undefined }>();
  return async (host: string): Promise<TenantInfo | undefined> => {
    const hit = cache.get(host);
    if (hit && Date.now() - hit.at < ttlMs && (!hit.tenant || generation(hit.tenant.id) === hit.generation))
      return hit.tenant;
    // Read before the query: a change while it runs then makes the next request read again.
    const known = hit?.tenant ? { id: hit.tenant.id, generation: generation(hit.tenant.id) } : undefined;
    const [byHost] = await q.findTenantByHost(db, host);
    const row = byHost ?? (await q.findTenantBySlug(db, defaultSlug))[0];
    const tenant = row ? toTenantInfo(row) : undefined;
    // Unknown hosts are answered by the default tenant and kept too: bounded, against a flood of made-up names.
    if (cache.size > 1_000) cache.clear();
    const seen = !tenant ? 0 : known?.id === tenant.id ? known.generation : generation(tenant.id);
    cache.set(host, { at: Date.now(), generation: seen, tenant });
    return tenant;
  };
}

/** Creates a municipality (CLI `tenant create`, tests, the demo seed). */
export async function createTenant(db: DbOrTx, input: CreateTenantInput, settings?: Partial<TenantSettings>) {
  const data = parseInput(ZCreateTenantInput, input);
  const [existing] = await q.findTenantBySlug(db, data.slug);
  if (existing) throw new AppError('CONFLICT', `A tenant with the slug "${data.slug}" exists already.`);
  const [row] = await db
    .insert(tenants)
    .values({
      slug: data.slug,
      name: data.name,
      hosts: data.hosts,
      timeZone: data.timeZone,
      settings: { cityName: data.cityName, ...settings },
    })
    .returning();
  await recordAudit(db, {
    tenantId: row!.id,
    actorAccountId: null,
    action: 'tenant.create',
    entityType: 'tenant',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

/** A tenant by id, for work done outside a request (jobs, event consumers). */
export async function findTenantById(db: DbOrTx, id: string) {
  const [row] = await q.findTenantById(db, id);
  return row;
}

export async function findTenantBySlug(db: DbOrTx, slug: string) {
  const [row] = await q.findTenantBySlug(db, slug);
  return row;
}

/** Creates an account with its roles; the CLI uses it for a city's first administrator (actor: none). */
export async function createAccount(
  db: DbOrTx,
  tenantId: string,
  input: CreateAccountInput,
  opts: { actorAccountId?: string } = {},
) {
  const data = parseInput(ZCreateAccountInput, input);
  for (const r of data.roles) {
    if (!ROLES.includes(r.role as Role))
      throw new AppError('VALIDATION_FAILED', `Unknown role "${r.role}". Roles: ${ROLES.join(', ')}.`);
  }
  const [existing] = await q.findAccountByEmail(db, tenantId, data.email);
  if (existing) throw new AppError('CONFLICT', `An account for ${data.email} exists already.`);
  const [account] = await db
    .insert(accounts)
    .values({
      tenantId,
      email: data.email,
      displayName: data.displayName,
      passwordHash: await hashPassword(data.password),
      isDemo: data.isDemo,
      // Made by an administrator, the CLI or the demo: the address is known to be right.
      emailConfirmedAt: new Date(),
    })
    .returning();
  if (data.roles.length) {
    await db.insert(roleAssignments).values(
      data.roles.map((r) => ({
        tenantId,
        accountId: account!.id,
        role: r.role as Role,
        orgUnitId: r.orgUnitId,
        partnerId: r.role === 'partner' ? (r.partnerId ?? null) : null,
      })),
    );
  }
  const { passwordHash: _hash, ...safe } = account!;
  await recordAudit(db, {
    tenantId,
    actorAccountId: opts.actorAccountId ?? null,
    action: 'account.create',
    entityType: 'account',
    entityId: account!.id,
    after: { ...safe, roles: data.roles },
  });
  return account!;
}

/** Checks e-mail and password; the same answer and about the same time for unknown accounts and wrong passwords. */
export async function authenticate(db: DbOrTx, tenantId: string, input: LoginInput) {
  const [account] = await q.findAccountByEmail(db, tenantId, input.email);
  let ok = false;
  if (account?.passwordHash) ok = await verifyPassword(account.passwordHash, input.password);
  else await verifyPassword(await decoyHash(), input.password);
  if (!account || !ok || account.disabledAt)
    throw new AppError('INVALID_CREDENTIALS', 'E-mail or password is wrong.', {
      email: { key: 'login.invalid' },
    });
  return account;
}

/** Stores the language a person works and receives mail in (German or English). */
export async function setAccountLanguage(db: DbOrTx, actor: Actor, language: StaffLang) {
  await q.updateAccountLanguage(db, actor.tenantId, actor.accountId, language);
}

/** The actor for a signed-in account, or null when the account is gone or disabled. */
export async function loadActor(db: DbOrTx, tenantId: string, accountId: string): Promise<Actor | null> {
  const [account] = await q.findActorRow(db, tenantId, accountId);
  if (!account || account.disabledAt) return null;
  return {
    accountId: account.id,
    tenantId,
    displayName: account.displayName,
    email: account.email,
    language: account.language,
    roles: account.roles,
  };
}

export async function loadOrgTree(db: DbOrTx, tenantId: string) {
  return new OrgTree(await q.listOrgUnits(db, tenantId));
}

export function listAccountsWithRole(db: DbOrTx, tenantId: string, role: Role) {
  return q.listAccountsWithRole(db, tenantId, role);
}

/**
 * The people with a role at a unit, grouped where they work: every office (with its teams, an office
 * without people included), then each unit above or beside the offices that has people of its own (a
 * department's head, the administration's CDO team), each by name.
 */
export async function staffByUnit(db: DbOrTx, tenantId: string) {
  const [pairs, tree] = await Promise.all([q.accountUnits(db, tenantId), loadOrgTree(db, tenantId)]);
  const members = new Map<string, Map<string, string>>();
  for (const p of pairs) {
    if (!p.orgUnitId) continue;
    const home = tree.officeOf(p.orgUnitId) ?? tree.byId.get(p.orgUnitId);
    if (!home) continue;
    const group = members.get(home.id) ?? new Map<string, string>();
    group.set(p.accountId, p.displayName);
    members.set(home.id, group);
  }
  const byName = (unitId: string) =>
    [...(members.get(unitId) ?? [])]
      .map(([id, displayName]) => ({ id, displayName }))
      .sort((a, b) => compareGerman(a.displayName, b.displayName));
  return [
    ...tree.offices(),
    ...[...tree.byId.values()].filter((u) => u.kind !== 'office' && members.has(u.id)),
  ].map((unit) => ({ unit, members: byName(unit.id) }));
}

/** Everyone with a role at a unit, once each, by name: the people who can own a task or attend a course. */
export async function staffMembers(db: DbOrTx, tenantId: string) {
  const byId = new Map<string, string>();
  for (const { members } of await staffByUnit(db, tenantId))
    for (const m of members) byId.set(m.id, m.displayName);
  return [...byId]
    .map(([id, displayName]) => ({ id, displayName }))
    .sort((a, b) => compareGerman(a.displayName, b.displayName));
}

/** Whether the address is an account's (a page about what is kept of an address says the account keeps it). */
export async function isAccountAddress(db: DbOrTx, tenantId: string, email: string) {
  const [account] = await q.findAccountByEmail(db, tenantId, email);
  return !!account && !account.deletedAt;
}

/** E-mail and name of active accounts, for mail such as reminders. */
export async function accountContacts(db: DbOrTx, tenantId: string, ids: string[]) {
  return (await q.accountContacts(db, tenantId, [...new Set(ids)])).filter((a) => !a.disabledAt);
}

export async function hasDemoAccounts(db: DbOrTx) {
  const [row] = await q.countDemoAccounts(db);
  return (row?.n ?? 0) > 0;
}

/** A demo unpacked from a template gets a password of its own: one hash, set on every demo account. */
export async function setDemoPassword(db: DbOrTx, tenantId: string, password: string) {
  await q.setDemoPasswordHash(db, tenantId, await hashPassword(password));
}

export function listTenants(db: DbOrTx) {
  return q.listTenants(db);
}

/** The partner organisations of a tenant (companies, start-ups, science, authorities, NGOs). */
/**
 * The organisation a person speaks for (their partner role's, set by the administration), or undefined:
 * their proposals carry its name and kind, and their personal page shows its projects.
 */
export async function partnerOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  const [row] = await q.partnerOfAccount(db, tenantId, accountId);
  return row;
}

export function listPartners(db: DbOrTx, tenantId: string) {
  return q.listPartners(db, tenantId);
}

/** Adds a partner organisation (from a project's page); the caller audits the change it belongs to. */
export async function addPartner(
  tx: DbOrTx,
  tenantId: string,
  p: { name: string; kind: PartnerKind; digitalHubMember: boolean },
) {
  const [row] = await q.insertPartner(tx, { tenantId, ...p });
  return row!;
}

export { PARTNER_KINDS, type Partner, type PartnerKind, ROLES, type TenantSettings } from './orgs.table.ts';

/** The display name of an account, for views that show who leads or approved something. */
export async function findAccountName(db: DbOrTx, tenantId: string, id: string): Promise<string | undefined> {
  const [row] = await q.findAccount(db, tenantId, id);
  return row?.displayName;
}

/**
 * A unit as pickers and tables name it: "66 – Tiefbauamt"; the code alone where the name holds it already
 * ("Dezernat I – Allgemeine Verwaltung", not "I – Dezernat I – …").
 */
export function unitLabel(u: { code: string | null; name: string }): string {
  if (!u.code) return u.name;
  const code = u.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${code}(?=$|[\\s,.:;–-])`).test(u.name) ? u.name : `${u.code} – ${u.name}`;
}
