import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import { type Actor, hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import * as q from './orgs.queries.ts';

// Passkeys (WebAuthn) for staff: a key pair made by the person's authenticator (the laptop's, a phone, a
// security key), the private half never leaving it. Signing in with one needs no password and no e-mail:
// the authenticator offers the passkeys it holds for this site (discoverable credentials) and checks the
// person (PIN, fingerprint) itself. Each ceremony's challenge lives in the session and is used once.

/** Who the passkeys are for: the tenant's host name (the RP ID) and the page origin the browser reports. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

/** A passkey's name as the person gives it: 1–60 characters. */
export function passkeyName(raw: unknown): string {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name || name.length > 60)
    throw new AppError('VALIDATION_FAILED', 'Give the passkey a name of up to 60 characters.', {
      name: { key: 'passkeys.nameInvalid' },
    });
  return name;
}

const notAccepted = (why: string) =>
  new AppError('VALIDATION_FAILED', `The passkey was not accepted: ${why}`, {
    passkey: { key: 'passkeys.notAccepted' },
  });

function requireStaff(actor: Actor) {
  if (!hasAnyRole(actor, STAFF_ROLES)) throw forbidden('Passkeys are for the staff of the city.');
}

export function listPasskeys(db: DbOrTx, tenantId: string, actor: Actor) {
  return q.listPasskeys(db, tenantId, actor.accountId);
}

/** The options the browser needs to make a passkey for this person (existing ones are excluded). */
export async function passkeyRegistrationOptions(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  rp: RelyingParty,
) {
  requireStaff(actor);
  const existing = await q.listPasskeys(db, tenantId, actor.accountId);
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.displayName,
    // The account id's 16 bytes: what the authenticator hands back at sign-in as the user handle.
    userID: Buffer.from(actor.accountId.replaceAll('-', ''), 'hex'),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({
      id: p.id,
      transports: p.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

/** Checks what the authenticator made against the session's challenge and keeps the public key. */
export async function addPasskey(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  input: { name: string; response: RegistrationResponseJSON },
  expectedChallenge: string,
  rp: RelyingParty,
  meta: RequestMeta = {},
) {
  requireStaff(actor);
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch (err) {
    throw notAccepted(err instanceof Error ? err.message : String(err));
  }
  if (!verified.verified || !verified.registrationInfo) throw notAccepted('the response did not verify.');
  const { credential, credentialBackedUp } = verified.registrationInfo;
  const [existing] = await q.findPasskey(db, tenantId, credential.id);
  if (existing) throw new AppError('CONFLICT', 'This passkey is registered already.');
  return db.transaction(async (tx) => {
    const [row] = await q.insertPasskey(tx, {
      tenantId,
      id: credential.id,
      accountId: actor.accountId,
      name: input.name,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      backedUp: credentialBackedUp,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.addPasskey',
      entityType: 'account',
      entityId: actor.accountId,
      after: { passkey: input.name },
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** The options for signing in: any passkey of this site the authenticator holds, the person verified. */
export function passkeyAuthenticationOptions(rp: RelyingParty) {
  return generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required', allowCredentials: [] });
}

/**
 * Signs in with a passkey: the signature over the session's challenge must verify with the stored public
 * key, the person must have been verified by the authenticator, and the counter must not go backwards.
 * Returns the account; refuses one that is disabled or deleted.
 */
export async function authenticateWithPasskey(
  db: DbOrTx,
  tenantId: string,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  rp: RelyingParty,
) {
  const refused = () =>
    new AppError('INVALID_CREDENTIALS', 'This passkey is not known here.', {
      passkey: { key: 'passkeys.unknown' },
    });
  const [key] = await q.findPasskey(db, tenantId, String(response?.id ?? ''));
  if (!key) throw refused();
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: key.id,
        publicKey: Buffer.from(key.publicKey, 'base64url'),
        counter: key.counter,
        transports: key.transports as AuthenticatorTransport[],
      },
      requireUserVerification: true,
    });
  } catch (err) {
    throw notAccepted(err instanceof Error ? err.message : String(err));
  }
  if (!verified.verified) throw notAccepted('the signature did not verify.');
  // The user handle, when the authenticator sends it, names the same account as the stored key.
  const handle = response.response.userHandle;
  if (handle && Buffer.from(handle, 'base64url').toString('hex') !== key.accountId.replaceAll('-', ''))
    throw refused();
  await q.touchPasskey(db, tenantId, key.id, verified.authenticationInfo.newCounter);
  const [account] = await q.findAccount(db, tenantId, key.accountId);
  if (!account || account.disabledAt || account.deletedAt) throw refused();
  return account;
}

/** Gives one of the actor's passkeys another name (the list tells them apart by it); audited. */
export async function renamePasskey(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  id: string,
  raw: unknown,
  meta: RequestMeta = {},
) {
  const name = passkeyName(raw);
  return db.transaction(async (tx) => {
    const [before] = await q.findPasskey(tx, tenantId, id);
    if (!before || before.accountId !== actor.accountId) throw notFound('No such passkey of yours.');
    const [after] = await q.renamePasskey(tx, tenantId, actor.accountId, id, name);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.renamePasskey',
      entityType: 'account',
      entityId: actor.accountId,
      before: { passkey: before.name },
      after: { passkey: name },
      requestId: meta.requestId,
    });
    return after!;
  });
}

export async function removePasskey(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  id: string,
  meta: RequestMeta = {},
) {
  return db.transaction(async (tx) => {
    const [gone] = await q.deletePasskey(tx, tenantId, actor.accountId, id);
    if (!gone) throw notFound('No such passkey of yours.');
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.removePasskey',
      entityType: 'account',
      entityId: actor.accountId,
      before: { passkey: gone.name },
      requestId: meta.requestId,
    });
    return gone;
  });
}
