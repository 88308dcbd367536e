import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import {
  decryptValue,
  encryptValue,
  signValue,
  unsealValue,
  verifySigned,
} from '../../platform/auth/signed.ts';
import { groupBy } from '../../platform/collections.ts';
import { notFound } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { isUuid } from '../../platform/validation.ts';
import { listTenants, toTenantInfo } from '../orgs/orgs.service.ts';
import { forgetAuthorEmails, proposalSummaries } from '../proposals/proposals.service.ts';
import { confirmationMail, digestMail, notificationMail } from './subscriptions.mail.ts';
import * as q from './subscriptions.queries.ts';
import type { FollowInput } from './subscriptions.schemas.ts';
import type { Frequency, SubscriberRole, Subscription } from './subscriptions.table.ts';

/** Unconfirmed addresses are deleted after this many days. */
export const UNCONFIRMED_DAYS = 30;

/** The events a follower hears about; each is a step of the proposal's journey or a new approved status. */
export type NotificationEvent = 'merged' | 'unmerged' | 'project' | 'status' | 'report' | 'answer';

/** The link that confirms one subscription (double opt-in). */
export function confirmationPath(secret: string, s: Pick<Subscription, 'tenantId' | 'id'>) {
  return `/benachrichtigungen/bestaetigen/${s.id}/${signValue(secret, 'confirm', `${s.tenantId}:${s.id}`)}`;
}

/**
 * The link to manage (and end) every notification of one address in one tenant. The address travels
 * encrypted: the link in a mail, a browser's history or a proxy's log does not show it.
 */
export function managePath(secret: string, tenantId: string, email: string) {
  return `/benachrichtigungen/${encryptValue(secret, `manage:${tenantId}`, email.toLowerCase())}`;
}

/**
 * The address a manage link stands for, or undefined for a forged or broken link. Links sent before the
 * address was encrypted (the address in base64 and a signature) keep working.
 */
export function addressOfToken(secret: string, tenantId: string, token: string) {
  return (
    decryptValue(secret, `manage:${tenantId}`, token) ?? unsealValue(secret, `manage:${tenantId}`, token)
  );
}

interface SubscribeInput {
  proposalId: string;
  email: string;
  role: SubscriberRole;
  frequency: Frequency;
  lang: Lang;
  accountId?: string | null;
  /** True when the address is known to belong to the person (their account's address). */
  verified: boolean;
}

/** Stores (or updates) a subscription; an address not known to be the person's stays unconfirmed. */
export async function upsertSubscription(tx: DbOrTx, tenantId: string, p: SubscribeInput) {
  const [row] = await q.upsertSubscription(tx, {
    tenantId,
    proposalId: p.proposalId,
    email: p.email.trim(),
    accountId: p.accountId ?? null,
    role: p.role,
    frequency: p.frequency,
    lang: p.lang,
    confirmedAt: p.verified ? new Date() : null,
  });
  return row!;
}

/** The double opt-in mail for an unconfirmed subscription; a failing mail server is logged, not thrown. */
export async function sendConfirmation(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  sub: Subscription,
) {
  const [proposal] = await proposalSummaries(deps.database.db, tenant.id, [sub.proposalId]);
  const mail = confirmationMail(sub, proposal!, tenant.cityName, deps.config.baseUrl, {
    confirm: confirmationPath(deps.config.sessionSecret, sub),
    manage: managePath(deps.config.sessionSecret, tenant.id, sub.email),
  });
  await deps.mailer.send(mail);
}

/**
 * Starts following a proposal. Addresses of signed-in people are theirs already; any other address gets
 * a confirmation mail and stays inactive until the link in it is used.
 */
export async function subscribe(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  p: SubscribeInput,
) {
  const sub = await upsertSubscription(deps.database.db, tenant.id, p);
  if (!sub.confirmedAt)
    sendConfirmation(deps, tenant, sub).catch((err) =>
      deps.logger.error({ err, subscription: sub.id }, 'confirmation mail failed'),
    );
  return sub;
}

/** A visitor's "follow this proposal" form; only published proposals can be followed. */
export async function followProposal(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  actor: Actor | null,
  proposalId: string,
  input: FollowInput,
  lang: Lang,
) {
  const data = input;
  const [proposal] = await proposalSummaries(deps.database.db, tenant.id, [proposalId]);
  if (!proposal || (proposal.state !== 'published' && proposal.state !== 'merged'))
    throw notFound('No such proposal.');
  const own = !!actor && actor.email.toLowerCase() === data.email.toLowerCase();
  return subscribe(deps, tenant, {
    proposalId,
    email: data.email,
    role: 'follower',
    frequency: data.frequency,
    lang,
    accountId: own ? actor.accountId : null,
    verified: own,
  });
}

/** The double opt-in: the link from the confirmation mail activates the subscription. */
export async function confirmSubscription(
  db: Db,
  secret: string,
  tenantId: string,
  id: string,
  signature: string,
) {
  if (!isUuid(id) || !verifySigned(secret, 'confirm', `${tenantId}:${id}`, signature))
    throw notFound('This confirmation link is not valid (any more).');
  const [row] = await q.confirm(db, tenantId, id, new Date());
  if (!row) throw notFound('This confirmation link is not valid (any more).');
  return row;
}

/** Checks a confirmation link without using it (the page shows a button; mail scanners only GET). */
export async function findByConfirmationLink(
  db: DbOrTx,
  secret: string,
  tenantId: string,
  id: string,
  signature: string,
) {
  if (!isUuid(id) || !verifySigned(secret, 'confirm', `${tenantId}:${id}`, signature)) return undefined;
  const [row] = await q.findSubscription(db, tenantId, id);
  return row;
}

/** Everything one address follows in a tenant, with the proposals' numbers and titles. */
export async function subscriptionsOfAddress(db: DbOrTx, tenantId: string, email: string) {
  const rows = await q.ofAddress(db, tenantId, email);
  const proposals = new Map(
    (
      await proposalSummaries(
        db,
        tenantId,
        rows.map((r) => r.proposalId),
      )
    ).map((p) => [p.id, p]),
  );
  return rows.map((r) => ({ ...r, proposal: proposals.get(r.proposalId)! }));
}

export async function setFrequencyOfAddress(
  db: DbOrTx,
  tenantId: string,
  email: string,
  frequency: Frequency,
) {
  await q.setFrequency(db, tenantId, email, frequency);
}

/**
 * Ends notifications for an address (all, or one subscription). The address is deleted with them; an
 * author who unsubscribes is also no longer told moderation decisions.
 */
export async function unsubscribe(db: Db, tenantId: string, email: string, subscriptionId?: string) {
  if (subscriptionId && !isUuid(subscriptionId)) throw notFound();
  return db.transaction(async (tx) => {
    const removed = await q.deleteOfAddress(tx, tenantId, email, subscriptionId);
    const authored = removed.filter((r) => r.role === 'author').map((r) => r.proposalId);
    if (authored.length) await forgetAuthorEmails(tx, tenantId, authored);
    return removed.length;
  });
}

/** A supporter's account follows the proposal while it supports it (if they asked for mail). */
export async function stopFollowingAsSupporter(
  db: DbOrTx,
  tenantId: string,
  proposalId: string,
  accountId: string,
) {
  await q.deleteForAccount(db, tenantId, proposalId, accountId, 'supporter');
}

/** Whether mail may go to the author's address: only once it is confirmed. */
export async function authorAddressConfirmed(db: DbOrTx, tenantId: string, proposalId: string) {
  return (await q.confirmedAuthor(db, tenantId, proposalId)).length > 0;
}

/**
 * Records an event for everyone who follows one of the proposals (authors, supporters, followers with a
 * confirmed address); called by other modules inside the transaction that makes the change.
 */
export async function notifyFollowers(
  tx: DbOrTx,
  tenantId: string,
  proposalIds: string[],
  event: NotificationEvent,
  data: Record<string, string | number>,
) {
  const subs = await q.confirmedOf(tx, tenantId, [...new Set(proposalIds)]);
  await q.insertNotifications(
    tx,
    subs.map((s) => ({ tenantId, subscriptionId: s.id, event, data })),
  );
  return subs.length;
}

type DeliveryDeps = Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>;

async function cityNames(db: DbOrTx) {
  return new Map((await listTenants(db)).map((t) => [t.id, toTenantInfo(t).cityName]));
}

type PendingRow = Awaited<ReturnType<typeof q.pending>>[number];

/**
 * Delivers pending notifications of one frequency: rows grouped (per subscription, or per address for the
 * digest), one mail per group, the group marked sent only when the mail server took it — a failure leaves
 * it for the next run.
 */
async function deliver(
  deps: DeliveryDeps,
  frequency: 'immediate' | 'weekly',
  opts: { tenantId?: string | undefined; batch: number },
  groupKey: (r: PendingRow) => string,
  compose: (
    group: PendingRow[],
    proposals: Map<string, { id: string; number: string; title: string }>,
    city: string,
    managePath: string,
  ) => Mail | undefined,
) {
  const { db } = deps.database;
  const rows = await q.pending(db, frequency, opts.batch, opts.tenantId);
  if (!rows.length) return { mails: 0, events: 0 };
  const cities = await cityNames(db);
  let mails = 0;
  for (const group of groupBy(rows, groupKey).values()) {
    const first = group[0]!;
    const proposals = new Map(
      (await proposalSummaries(db, first.tenantId, [...new Set(group.map((r) => r.proposalId))])).map((p) => [
        p.id,
        p,
      ]),
    );
    const mail = compose(
      group,
      proposals,
      cities.get(first.tenantId) ?? '',
      managePath(deps.config.sessionSecret, first.tenantId, first.email),
    );
    if (!mail) continue;
    try {
      await deps.mailer.send(mail);
    } catch (err) {
      deps.logger.error({ err, subscription: first.subscriptionId, frequency }, 'notification mail failed');
      continue;
    }
    const now = new Date();
    await q.markSent(
      db,
      first.tenantId,
      group.map((r) => r.id),
      now,
    );
    if (frequency === 'weekly')
      await q.markDigested(db, first.tenantId, [...new Set(group.map((r) => r.subscriptionId))], now);
    mails++;
  }
  return { mails, events: rows.length };
}

const recipient = (r: PendingRow) => ({ email: r.email, lang: isLang(r.lang) ? r.lang : ('de' as const) });

/** Mails every pending event of "immediate" subscribers (one mail per subscription); a job runs it every minute. */
export function deliverImmediate(deps: DeliveryDeps, opts: { tenantId?: string; batch?: number } = {}) {
  return deliver(
    deps,
    'immediate',
    { tenantId: opts.tenantId, batch: opts.batch ?? 500 },
    (r) => `${r.tenantId}:${r.subscriptionId}`,
    (group, proposals, city, manage) => {
      const proposal = proposals.get(group[0]!.proposalId);
      return proposal
        ? notificationMail(recipient(group[0]!), proposal, group, city, deps.config.baseUrl, manage)
        : undefined;
    },
  );
}

/** Mails each weekly subscriber one digest of everything that happened to the proposals they follow. */
export function deliverDigests(deps: DeliveryDeps, opts: { tenantId?: string; batch?: number } = {}) {
  return deliver(
    deps,
    'weekly',
    { tenantId: opts.tenantId, batch: opts.batch ?? 5000 },
    (r) => `${r.tenantId}:${r.email}`,
    (group, proposals, city, manage) =>
      digestMail(
        recipient(group[0]!),
        group
          .filter((r) => proposals.has(r.proposalId))
          .map((r) => ({ ...r, proposal: proposals.get(r.proposalId)! })),
        city,
        deps.config.baseUrl,
        manage,
      ),
  );
}

/** Deletes addresses never confirmed within 30 days, with the author address stored on the proposal. */
export async function pruneUnconfirmed(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_DAYS * 86_400_000);
  return db.transaction(async (tx) => {
    const removed = await q.deleteUnconfirmed(tx, cutoff);
    for (const [tenantId, rows] of groupBy(
      removed.filter((r) => r.role === 'author'),
      (r) => r.tenantId,
    ))
      await forgetAuthorEmails(
        tx,
        tenantId,
        rows.map((r) => r.proposalId),
      );
    return removed.length;
  });
}

/** What a person follows, by their account or their address ("Mein Bereich"). */
export function subscriptionsOfSubject(db: DbOrTx, tenantId: string, subject: { id: string; email: string }) {
  return q.ofSubject(db, tenantId, subject);
}

/**
 * How a signed-in person follows a proposal with their account's address, if they do (confirmed), with the
 * link that manages their notifications: the proposal page then says so instead of offering the form.
 */
export async function followingOf(
  db: DbOrTx,
  secret: string,
  tenantId: string,
  proposalId: string,
  actor: Actor | null,
) {
  if (!actor) return undefined;
  const [sub] = await q.findByProposalAndEmail(db, tenantId, proposalId, actor.email);
  if (!sub?.confirmedAt) return undefined;
  return { frequency: sub.frequency, manage: managePath(secret, tenantId, actor.email) };
}
