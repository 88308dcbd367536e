import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Actor, hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { type OidcClaims, OidcRefused } from '../../platform/auth/oidc.ts';
import { AppError } from '../../platform/errors.ts';
import type { Deps, TenantInfo } from '../../platform/http/types.ts';
import type { SessionRow } from '../../platform/sessions.ts';
import * as q from './orgs.queries.ts';
import { accounts, type OidcRoleRule, type Role, type TenantSettings, tenants } from './orgs.table.ts';

/** The tenant's sign-in settings, with the defaults (no rules, passwords allowed). */
export function signInSettings(tenant: { settings: unknown }): NonNullable<TenantSettings['signIn']> {
  const s = (tenant.settings as Partial<TenantSettings>).signIn;
  return { rules: s?.rules ?? [], staffPasswords: s?.staffPasswords ?? true };
}

/** The values a claim holds, by a dotted path (`realm_access.roles`): strings, lists of them, numbers. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let v: unknown = claims;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return [];
    v = (v as Record<string, unknown>)[part];
  }
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => ['string', 'number', 'boolean'].includes(typeof x)).map(String);
}

/**
 * The roles the rules give for these claims. Keycloak writes groups as paths (`/digital/cdo`): a rule's
 * value matches the whole path or its last segment.
 */
export function rolesFromClaims(rules: readonly OidcRoleRule[], claims: Record<string, unknown>) {
  const out = new Map<string, { role: Role; orgUnitId: string | null }>();
  for (const rule of rules) {
    const values = claimValues(claims, rule.claim);
    if (values.some((v) => v === rule.value || v.split('/').at(-1) === rule.value))
      out.set(`${rule.role} ${rule.orgUnitId ?? ''}`, { role: rule.role, orgUnitId: rule.orgUnitId });
  }
  return [...out.values()];
}

/**
 * Sign-in (or a re-check) through the identity provider: the account of this subject, else the account
 * of the verified address (linked now), else a new staff account when the rules give a role. With rules
 * set, the staff roles follow them at every sign-in and re-check (a changed group changes the roles; no
 * matching group ends the staff roles); roles that are not staff roles (citizen, partner) stay. Every
 * change is audited. Refuses a disabled account and a person the rules give no role who has no account.
 */
export async function signInWithOidc(db: Db, tenant: TenantInfo, claims: OidcClaims) {
  const subject = `${claims.iss} ${claims.sub}`;
  // Read now, not from the request's tenant (kept for a minute): a changed rule applies at once.
  const [stored] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenant.id));
  const { rules } = signInSettings(stored ?? tenant);
  const wanted = rolesFromClaims(rules, claims);
  const email = typeof claims.email === 'string' ? claims.email.trim() : undefined;
  // Only a provider that says so outright vouches for the address: a missing claim (Entra ID sends none)
  // or the text "false" does not.
  const verified = claims.email_verified === true;
  const name =
    (typeof claims.name === 'string' && claims.name.trim()) ||
    (typeof claims.preferred_username === 'string' && claims.preferred_username) ||
    email ||
    claims.sub;
  const result = await db.transaction(async (tx) => {
    let [account] = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, tenant.id), eq(accounts.oidcSubject, subject)))
      .limit(1);
    if (!account && email && verified) {
      const [byEmail] = await q.findAccountByEmail(tx, tenant.id, email);
      if (byEmail && !byEmail.oidcSubject && !byEmail.deletedAt) {
        // An account whose address was never confirmed may have been registered by anyone who knew the
        // address, to be handed staff roles when its owner first comes through the provider: what that
        // registration set (password, passkeys, name) goes, and the provider's person starts afresh.
        const unproven = !byEmail.emailConfirmedAt;
        [account] = await tx
          .update(accounts)
          .set({
            oidcSubject: subject,
            emailConfirmedAt: byEmail.emailConfirmedAt ?? new Date(),
            ...(unproven ? { passwordHash: null, displayName: name } : {}),
          })
          .where(and(eq(accounts.tenantId, tenant.id), eq(accounts.id, byEmail.id)))
          .returning();
        if (unproven) await q.deletePasskeysOf(tx, tenant.id, byEmail.id);
        // Sessions begun before the link were not begun by the provider's person.
        await q.deleteSessionsOf(tx, tenant.id, byEmail.id);
        await recordAudit(tx, {
          tenantId: tenant.id,
          actorAccountId: byEmail.id,
          action: 'account.linkProvider',
          entityType: 'account',
          entityId: byEmail.id,
          after: { issuer: claims.iss, subject: claims.sub, credentialsCleared: unproven },
        });
      }
    }
    if (!account && email && (await q.findAccountByEmail(tx, tenant.id, email)).length)
      // Taken by an account that may not be linked (unverified address, or linked to another subject).
      throw new AppError('FORBIDDEN', 'The address belongs to an account that cannot be linked.', {
        provider: { key: 'login.providerConflict' },
      });
    if (!account) {
      if (wanted.length && !email)
        throw new AppError('FORBIDDEN', 'The identity provider sends no e-mail address for the person.', {
          provider: { key: 'login.providerNoEmail' },
        });
      if (!wanted.length || !email)
        throw new AppError(
          'FORBIDDEN',
          'The identity provider knows the person, but Rathaus gives them no role.',
          {
            provider: { key: 'login.providerNoRole' },
          },
        );
      [account] = await q.insertAccount(tx, {
        tenantId: tenant.id,
        email,
        displayName: name,
        oidcSubject: subject,
        emailConfirmedAt: verified ? new Date() : null,
      });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorAccountId: null,
        action: 'account.createFromProvider',
        entityType: 'account',
        entityId: account!.id,
        after: { email, displayName: name, issuer: claims.iss, subject: claims.sub },
      });
    }
    if (!account || account.disabledAt || account.deletedAt)
      throw new AppError('FORBIDDEN', 'The account is deactivated.', {
        provider: { key: 'login.providerDisabled' },
      });
    if (rules.length) {
      const held = await q.roleAssignmentsOf(tx, tenant.id, account.id);
      // The administration follows the rules only where a rule gives it: otherwise it is the city's own
      // business (held by hand), and an administrator signing in through the provider keeps it.
      const adminByRules = rules.some((r) => r.role === 'admin');
      const staffHeld = held.filter(
        (r) => (STAFF_ROLES as readonly string[]).includes(r.role) && (r.role !== 'admin' || adminByRules),
      );
      const key = (r: { role: string; orgUnitId: string | null }) => `${r.role} ${r.orgUnitId ?? ''}`;
      const wantedKeys = new Set(wanted.map(key));
      const heldKeys = new Set(staffHeld.map(key));
      let removed = staffHeld.filter((r) => !wantedKeys.has(key(r)));
      // Nor do the rules take the role from the last active administrator, as no one else may: nobody
      // locks the city out by a group missing in the directory.
      if (
        removed.some((r) => r.role === 'admin') &&
        (await q.countActiveWithRole(tx, tenant.id, 'admin')) <= 1
      )
        removed = removed.filter((r) => r.role !== 'admin');
      const added = wanted.filter((r) => !heldKeys.has(key(r)));
      for (const r of removed) await q.deleteRole(tx, tenant.id, account.id, r.id);
      for (const r of added)
        await q.insertRole(tx, {
          tenantId: tenant.id,
          accountId: account.id,
          role: r.role,
          orgUnitId: r.orgUnitId,
        });
      if (removed.length || added.length)
        await recordAudit(tx, {
          tenantId: tenant.id,
          actorAccountId: null,
          action: 'account.rolesFromProvider',
          entityType: 'account',
          entityId: account.id,
          before: { roles: staffHeld.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId })) },
          after: { roles: wanted },
        });
      // No role left: the removal is kept (committed), and the person is refused below.
      if (!(held.length - removed.length + added.length)) return { account, roleless: true };
    }
    return { account, roleless: false };
  });
  if (result.roleless)
    throw new AppError('FORBIDDEN', 'The identity provider no longer gives the person a role.', {
      provider: { key: 'login.providerNoRole' },
    });
  return result.account;
}

/** Whether staff of this tenant may still sign in with a password (read now, not from the request's tenant). */
export async function staffPasswordsAllowed(db: DbOrTx, tenantId: string) {
  const [stored] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return stored ? signInSettings(stored).staffPasswords : true;
}

/**
 * Whether this person comes in through the identity provider only: staff (administrators excepted, so
 * that someone gets in with a broken rule or provider) where the city switched staff passwords off. Their
 * passkeys are refused too, so that the provider alone decides who keeps access.
 */
export async function providerOnly(db: DbOrTx, tenantId: string, actor: Actor | null) {
  return (
    hasAnyRole(actor, STAFF_ROLES) &&
    !hasAnyRole(actor, ['admin']) &&
    !(await staffPasswordsAllowed(db, tenantId))
  );
}

/** The account of an address as an actor (its roles), or null: what providerOnly judges by. */
async function actorOfAddress(db: DbOrTx, tenantId: string, email: string): Promise<Actor | null> {
  const [account] = await q.findAccountByEmail(db, tenantId, email);
  if (!account || account.deletedAt) return null;
  const roles = await q.roleAssignmentsOf(db, tenantId, account.id);
  return { accountId: account.id, tenantId, displayName: account.displayName, email: account.email, roles };
}

/**
 * Whether a password sign-in with this address is refused because staff come through the identity
 * provider (passwords switched off for staff; administrators keep theirs). Decided by the address alone,
 * before any password is checked, so the answer never tells whether a guessed password was right.
 */
export async function staffPasswordRefused(db: DbOrTx, tenantId: string, email: string) {
  if (await staffPasswordsAllowed(db, tenantId)) return false;
  return providerOnly(db, tenantId, await actorOfAddress(db, tenantId, email));
}

/** How often a session that came through the identity provider asks it again (deprovisioning, groups). */
export const OIDC_RECHECK_MS = 60_000;

const rechecks = new Map<string, Promise<boolean>>();

/**
 * Whether a session that came through the identity provider still holds: at most once a minute the
 * refresh token is redeemed; a refusal (the person was disabled or deleted there, or logged out) or no
 * remaining role ends the session, and changed groups change the roles before this request is served. An
 * unreachable provider keeps the session until the next check. One check per session at a time.
 */
export function revalidateOidcSession(
  deps: Pick<Deps, 'oidc' | 'database' | 'sessions' | 'logger'>,
  tenant: TenantInfo,
  session: SessionRow,
): Promise<boolean> {
  const o = session.oidc;
  if (!o?.refreshToken || !session.accountId) return Promise.resolve(true);
  if (Date.now() - (o.checkedAt ?? 0) < OIDC_RECHECK_MS) return Promise.resolve(true);
  const running = rechecks.get(session.id);
  if (running) return running;
  const check = (async () => {
    // The provider was removed from the configuration: what it vouched for ends.
    if (!deps.oidc) return false;
    try {
      const again = await deps.oidc.refresh(o.refreshToken!);
      const account = await signInWithOidc(deps.database.db, tenant, again.claims);
      if (account.id !== session.accountId) return false;
      await deps.sessions.setOidc(session, {
        refreshToken: again.refreshToken,
        idToken: again.idToken ?? o.idToken,
        checkedAt: Date.now(),
      });
      return true;
    } catch (err) {
      if (err instanceof OidcRefused || (err instanceof AppError && err.code === 'FORBIDDEN')) return false;
      deps.logger.warn({ err }, 'identity provider not reachable; the session stands until the next check');
      return true;
    }
  })().finally(() => rechecks.delete(session.id));
  rechecks.set(session.id, check);
  return check;
}
