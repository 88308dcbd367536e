import type { DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { sealValue, signValue, unsealValue } from '../../platform/auth/signed.ts';
import { AppError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { type Lang, translator } from '../../platform/i18n/i18n.ts';
import { localePath } from '../../platform/i18n/langs.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { clearFailures, hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import * as q from './orgs.queries.ts';
import type { ChangePasswordInput, SignUpInput } from './orgs.schemas.ts';
import { type Account, accounts, roleAssignments } from './orgs.table.ts';

/** How long the links in account mail work. */
export const LINK_HOURS = { confirm: 72, reset: 2, invite: 7 * 24 } as const;
type LinkPurpose = keyof typeof LINK_HOURS;

type MailDeps = Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>;
interface TenantRef {
  id: string;
  cityName: string;
}

/**
 * What a link is bound to besides the account: a confirmation to the address it was sent to, a reset or
 * an invitation to the password as it was, so the link works once and dies when the password changes.
 */
function bindingOf(secret: string, purpose: LinkPurpose, account: Pick<Account, 'email' | 'passwordHash'>) {
  const what = purpose === 'confirm' ? account.email.toLowerCase() : (account.passwordHash ?? 'none');
  return signValue(secret, `account-binding:${purpose}`, what).slice(0, 16);
}

/** The capability link for one account: sealed (account, expiry, binding), no state stored. */
export function accountLinkToken(
  secret: string,
  purpose: LinkPurpose,
  account: Pick<Account, 'tenantId' | 'id' | 'email' | 'passwordHash'>,
  now = Date.now(),
) {
  const expires = Math.floor(now / 1000) + LINK_HOURS[purpose] * 3600;
  // An invitation is a first password reset with a longer life: the same page takes both.
  const kind = purpose === 'invite' ? 'reset' : purpose;
  return sealValue(
    secret,
    `account:${kind}:${account.tenantId}`,
    `${account.id}.${expires}.${bindingOf(secret, purpose === 'invite' ? 'reset' : purpose, account)}`,
  );
}

/** The account a link stands for, or a clear error for a forged, expired or used link. */
async function accountOfToken(
  db: DbOrTx,
  secret: string,
  purpose: 'confirm' | 'reset',
  tenantId: string,
  token: string,
  now = Date.now(),
) {
  const value = unsealValue(secret, `account:${purpose}:${tenantId}`, token);
  const m = value ? /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(value) : null;
  if (!m) throw new AppError('NOT_FOUND', 'This link is not valid.');
  if (Number(m[2]) * 1000 < now) throw new AppError('INVALID_STATE', 'This link has expired.');
  const [account] = await q.findAccount(db, tenantId, m[1]!);
  if (!account || account.deletedAt || account.disabledAt || m[3] !== bindingOf(secret, purpose, account))
    throw new AppError('INVALID_STATE', 'This link has been used or is no longer valid.');
  return account;
}

function accountMail(
  lang: Lang,
  to: string,
  city: string,
  kind: 'confirm' | 'exists' | 'reset' | 'invite',
  link: string,
  values: Record<string, string> = {},
): Mail {
  const t = translator(lang);
  const v = { city, ...values };
  const [subject, body] =
    kind === 'confirm'
      ? [
          t('accountMail.confirmSubject', v),
          t('accountMail.confirmBody', { ...v, hours: LINK_HOURS.confirm }),
        ]
      : kind === 'exists'
        ? [t('accountMail.existsSubject', v), t('accountMail.existsBody', { ...v, hours: LINK_HOURS.reset })]
        : kind === 'reset'
          ? [t('accountMail.resetSubject', v), t('accountMail.resetBody', { ...v, hours: LINK_HOURS.reset })]
          : [
              t('accountMail.inviteSubject', v),
              t('accountMail.inviteBody', { ...v, days: LINK_HOURS.invite / 24 }),
            ];
  return {
    to,
    subject,
    text: `${t('accountMail.greeting')}\n\n${body}\n\n${link}\n\n${t('accountMail.ignore')}\n\n${t('accountMail.signature', v)}\n`,
  };
}

async function send(deps: MailDeps, mail: Mail) {
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    deps.logger.error({ err }, 'account mail could not be sent');
  }
}

/**
 * A citizen signs up: an account with the citizen role whose address still has to be confirmed (the link
 * in the mail). An address that has an account already gets a mail saying so, with a reset link — the page
 * answers the same either way, so nobody learns who has an account.
 */
export async function signUp(deps: MailDeps, tenant: TenantRef, input: SignUpInput, lang: Lang, back = '/') {
  const { db } = deps.database;
  const secret = deps.config.sessionSecret;
  const [existing] = await q.findAccountByEmail(db, tenant.id, input.email);
  if (existing) {
    if (!existing.deletedAt && !existing.disabledAt)
      await send(
        deps,
        accountMail(
          lang,
          existing.email,
          tenant.cityName,
          'exists',
          `${deps.config.baseUrl}${localePath(lang, `/passwort-neu/${accountLinkToken(secret, 'reset', existing)}`)}`,
        ),
      );
    return;
  }
  const account = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accounts)
      .values({
        tenantId: tenant.id,
        email: input.email,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
      })
      .returning();
    await tx.insert(roleAssignments).values({ tenantId: tenant.id, accountId: row!.id, role: 'citizen' });
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorAccountId: row!.id,
      action: 'account.signUp',
      entityType: 'account',
      entityId: row!.id,
      after: { displayName: row!.displayName, role: 'citizen' },
    });
    return row!;
  });
  await sendConfirmationLink(deps, tenant, account, lang, back);
}

/** The mail with the link that confirms the address of a new account (again, when sign-in finds it unconfirmed). */
export async function sendConfirmationLink(
  deps: MailDeps,
  tenant: TenantRef,
  account: Account,
  lang: Lang,
  back = '/',
) {
  // The page the person came from rides along, so signing in after confirming leads back to it.
  const next = back === '/' ? '' : `?zurueck=${encodeURIComponent(back)}`;
  await send(
    deps,
    accountMail(
      lang,
      account.email,
      tenant.cityName,
      'confirm',
      `${deps.config.baseUrl}${localePath(lang, `/registrieren/bestaetigen/${accountLinkToken(deps.config.sessionSecret, 'confirm', account)}`)}${next}`,
      { name: account.displayName },
    ),
  );
}

/** The link in the sign-up mail: the address is the person's. Using it twice is harmless. */
export async function confirmEmail(db: DbOrTx, secret: string, tenantId: string, token: string) {
  const account = await accountOfToken(db, secret, 'confirm', tenantId, token);
  if (!account.emailConfirmedAt) {
    await q.setAccountFields(db, tenantId, account.id, { emailConfirmedAt: new Date() });
    await recordAudit(db, {
      tenantId,
      actorAccountId: account.id,
      action: 'account.confirmEmail',
      entityType: 'account',
      entityId: account.id,
    });
  }
  return account;
}

/** "Forgot my password": a mail with a reset link if the address has an account; the same answer if not. */
export async function requestPasswordReset(deps: MailDeps, tenant: TenantRef, email: string, lang: Lang) {
  const [account] = await q.findAccountByEmail(deps.database.db, tenant.id, email);
  if (!account || account.deletedAt || account.disabledAt) return;
  await send(
    deps,
    accountMail(
      lang,
      account.email,
      tenant.cityName,
      'reset',
      `${deps.config.baseUrl}${localePath(lang, `/passwort-neu/${accountLinkToken(deps.config.sessionSecret, 'reset', account)}`)}`,
    ),
  );
}

/** Whether a reset (or invitation) link still works, for showing its form or a clear message instead. */
export function checkResetLink(db: DbOrTx, secret: string, tenantId: string, token: string) {
  return accountOfToken(db, secret, 'reset', tenantId, token);
}

/**
 * Sets a new password from a reset or invitation link. The link dies with the old password, the address
 * counts as confirmed (the mail reached its owner), and every session of the account ends.
 */
export async function resetPassword(
  deps: Pick<Deps, 'database' | 'config' | 'sessions'>,
  tenantId: string,
  token: string,
  password: string,
) {
  const { db } = deps.database;
  const account = await accountOfToken(db, deps.config.sessionSecret, 'reset', tenantId, token);
  await db.transaction(async (tx) => {
    await q.setAccountFields(tx, tenantId, account.id, {
      passwordHash: await hashPassword(password),
      emailConfirmedAt: account.emailConfirmedAt ?? new Date(),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: account.id,
      action: 'account.resetPassword',
      entityType: 'account',
      entityId: account.id,
    });
  });
  await deps.sessions.destroyForAccount(tenantId, account.id);
  return account;
}

/** The invitation mail of an account made by the administration: the person chooses their password. */
export async function sendInvitation(deps: MailDeps, tenant: TenantRef, account: Account) {
  await send(
    deps,
    accountMail(
      account.language,
      account.email,
      tenant.cityName,
      'invite',
      `${deps.config.baseUrl}/passwort-neu/${accountLinkToken(deps.config.sessionSecret, 'invite', account)}`,
      { name: account.displayName },
    ),
  );
}

/** What Rathaus keeps about an account itself, for the person's data download (DSGVO Art. 15/20). */
export async function accountPersonalData(db: DbOrTx, tenantId: string, accountId: string) {
  const [account] = await q.findAccount(db, tenantId, accountId);
  if (!account) return {};
  const roles = await q.findRoles(db, tenantId, accountId);
  const keys = await q.listPasskeys(db, tenantId, accountId);
  return {
    account: {
      email: account.email,
      displayName: account.displayName,
      createdAt: account.createdAt,
      emailConfirmedAt: account.emailConfirmedAt,
      roles: roles.map((r) => r.role),
      passkeys: keys.map((k) => ({ name: k.name, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt })),
    },
  };
}

/**
 * Deletes what identifies the person (DSGVO Art. 17): name, address, password and roles go; the row stays
 * as an anonymous author of what was published, and its own audit entries lose their content.
 */
export async function anonymiseAccount(tx: DbOrTx, tenantId: string, accountId: string) {
  const now = new Date();
  await q.setAccountFields(tx, tenantId, accountId, {
    email: `geloescht-${accountId}@invalid`,
    displayName: '',
    passwordHash: null,
    disabledAt: now,
    deletedAt: now,
  });
  await q.deleteRoles(tx, tenantId, accountId);
  await q.deletePasskeysOf(tx, tenantId, accountId);
  await q.redactAccountAudit(tx, tenantId, accountId);
  await recordAudit(tx, {
    tenantId,
    actorAccountId: accountId,
    action: 'account.delete',
    entityType: 'account',
    entityId: accountId,
  });
}

/** Whether the account signs in with a password here (not only through the identity provider or a passkey). */
export async function hasPassword(db: DbOrTx, tenantId: string, accountId: string): Promise<boolean> {
  const [account] = await q.findAccount(db, tenantId, accountId);
  return !!account?.passwordHash;
}

/**
 * Changes the signed-in person's password: the current one first (ten wrong tries in 15 minutes pause
 * it, so a session left open does not let anyone guess it), then the new one. Every session of the account
 * ends: the caller opens a new one for the browser the change was made in.
 */
export async function changePassword(
  deps: MailDeps & Pick<Deps, 'sessions'>,
  tenant: TenantRef,
  accountId: string,
  input: ChangePasswordInput,
  meta: RequestMeta = {},
) {
  const { db } = deps.database;
  const tenantId = tenant.id;
  const key = `password-change:${tenantId}:${accountId}`;
  await hitRateLimit(db, key, RATE_RULES.login);
  const [account] = await q.findAccount(db, tenantId, accountId);
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, input.current)))
    throw new AppError('VALIDATION_FAILED', 'The current password is not correct.', {
      current: { key: 'passwordChange.wrong' },
    });
  await clearFailures(db, key);
  if (input.password === input.current)
    throw new AppError('VALIDATION_FAILED', 'The new password is the current one.', {
      password: { key: 'passwordChange.same' },
    });
  await db.transaction(async (tx) => {
    await q.setAccountFields(tx, tenantId, accountId, { passwordHash: await hashPassword(input.password) });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: accountId,
      action: 'account.changePassword',
      entityType: 'account',
      entityId: accountId,
      requestId: meta.requestId,
    });
  });
  await deps.sessions.destroyForAccount(tenantId, accountId);
  // The owner hears of it: if it was not them, they know at once (and how to get the account back).
  const t = translator(account.language);
  const v = { city: tenant.cityName };
  await send(deps, {
    to: account.email,
    subject: t('accountMail.changedSubject', v),
    text: `${t('accountMail.greeting')}\n\n${t('accountMail.changedBody', v)}\n\n${deps.config.baseUrl}${localePath(account.language, '/passwort-vergessen')}\n\n${t('accountMail.signature', v)}\n`,
  });
}

/** Asks for the password again before an irreversible step of the account's owner (deleting it). */
export async function confirmPassword(db: DbOrTx, tenantId: string, accountId: string, password: string) {
  const [account] = await q.findAccount(db, tenantId, accountId);
  const ok = account?.passwordHash ? await verifyPassword(account.passwordHash, password) : false;
  if (!account || !ok)
    throw new AppError('VALIDATION_FAILED', 'The password is not correct.', {
      password: { key: 'login.wrongPassword' },
    });
  return account;
}
