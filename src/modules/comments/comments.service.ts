import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Frequency } from '../../platform/mail/mailer.ts';
import { detectLanguage } from '../../platform/text/language.ts';
import { recordContentChanged } from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { canModerateProposals, canTakePart } from '../proposals/proposals.policy.ts';
import { findPublicProposals, proposalsByIds } from '../proposals/proposals.service.ts';
import { COMMENT_EVENTS, type ProposalSupported, type ProposalSupportWithdrawn } from './comments.events.ts';
import { commentModerationMail } from './comments.mail.ts';
import * as cq from './comments.queries.ts';
import type { CommentInput, ReportInput } from './comments.schemas.ts';

async function publicProposal(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [p] = await findPublicProposals(db, tenantId, [id]);
  if (!p) throw notFound('No such proposal.');
  return p;
}

/**
 * One support per account; a supporter who asks for mail follows the proposal with their account's
 * address (the subscriptions module hears of it through the event).
 */
export async function supportProposal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  proposalId: string,
  opts: { notify: boolean; frequency: Frequency; lang: Lang },
) {
  if (!canTakePart(actor)) throw forbidden('Sign in to support a proposal.');
  const p = await publicProposal(db, tenantId, proposalId);
  return db.transaction(async (tx) => {
    const added = await cq.insertSupport(tx, tenantId, p.id, actor.accountId);
    await recordEvent<ProposalSupported>(tx, {
      tenantId,
      type: COMMENT_EVENTS.supported,
      subjectType: 'proposal',
      subjectId: p.id,
      actorAccountId: actor.accountId,
      payload: {
        accountId: actor.accountId,
        email: actor.email,
        follow: opts.notify,
        frequency: opts.frequency,
        lang: opts.lang,
      },
    });
    return added.length > 0;
  });
}

export async function withdrawSupport(db: Db, tenantId: string, actor: Actor | null, proposalId: string) {
  if (!canTakePart(actor)) throw forbidden('Sign in first.');
  if (!isUuid(proposalId)) throw notFound();
  await db.transaction(async (tx) => {
    await cq.deleteSupport(tx, tenantId, proposalId, actor.accountId);
    await recordEvent<ProposalSupportWithdrawn>(tx, {
      tenantId,
      type: COMMENT_EVENTS.supportWithdrawn,
      subjectType: 'proposal',
      subjectId: proposalId,
      actorAccountId: actor.accountId,
      payload: { accountId: actor.accountId },
    });
  });
}

/** A proposal hidden by moderation settles the reports made about it (a reaction to proposal.moderated). */
export async function settleReportsOfModeratedProposal(
  tx: DbOrTx,
  event: { tenantId: string; subjectId: string; payload: Record<string, unknown> },
) {
  if (event.payload.action !== 'publish')
    await cq.resolveReports(tx, event.tenantId, [event.subjectId], new Date());
}

/** Public support counts of proposals. */
export function supportCounts(db: DbOrTx, tenantId: string, proposalIds: string[]) {
  return cq.supportCounts(db, tenantId, proposalIds);
}

export async function hasSupported(db: DbOrTx, tenantId: string, actor: Actor | null, proposalId: string) {
  return actor ? cq.hasSupport(db, tenantId, proposalId, actor.accountId) : false;
}

/** A signed-in person's comment or reply (one level); it waits for moderation like a proposal. */
export async function addComment(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  proposalId: string,
  input: CommentInput,
  meta: RequestMeta = {},
) {
  if (!canTakePart(actor)) throw forbidden('Sign in to comment.');
  const data = input;
  const p = await publicProposal(db, tenantId, proposalId);
  if (data.parentId) {
    const [parent] = await cq.findComment(db, tenantId, data.parentId);
    if (!parent || parent.proposalId !== p.id || parent.state !== 'published')
      throw new AppError('VALIDATION_FAILED', 'Unknown comment.', { parentId: { key: 'validation.choice' } });
    if (parent.parentId)
      throw new AppError('VALIDATION_FAILED', 'Replies go one level deep.', {
        parentId: { key: 'comments.oneLevel' },
      });
  }
  const language = await detectLanguage(data.body);
  return db.transaction(async (tx) => {
    const [row] = await cq.insertComment(tx, {
      tenantId,
      proposalId: p.id,
      parentId: data.parentId ?? null,
      accountId: actor.accountId,
      body: data.body,
      language,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'comment.submit',
      entityType: 'comment',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** Published comments of a proposal as threads (replies under their comment). */
export async function commentThreads(db: DbOrTx, tenantId: string, proposalId: string) {
  const rows = await cq.publishedOf(db, tenantId, proposalId);
  const top = rows.filter((r) => !r.parentId);
  return top.map((c) => ({ ...c, replies: rows.filter((r) => r.parentId === c.id) }));
}

/** Publishes or hides comments (moderators); open reports on them are settled with the decision. */
export async function moderateComments(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  ids: string[],
  action: 'publish' | 'hide',
  reason: string | undefined,
  meta: RequestMeta = {},
) {
  if (!canModerateProposals(actor)) throw forbidden('Only moderators may moderate comments.');
  if (!ids.length)
    throw new AppError('VALIDATION_FAILED', 'Select at least one comment.', {
      ids: { key: 'validation.selectOne' },
    });
  if (ids.some((id) => !isUuid(id))) throw notFound();
  if (action === 'hide' && !reason)
    throw new AppError('VALIDATION_FAILED', 'A reason is required to hide.', {
      reason: { key: 'validation.reasonRequired' },
    });
  // Enter in the reason field sends the form with its first button, "publish": a typed reason says the
  // moderator meant to hide.
  if (action === 'publish' && reason)
    throw new AppError('VALIDATION_FAILED', 'A reason does not go with publishing.', {
      reason: { key: 'moderation.publishWithReason' },
    });
  return db.transaction(async (tx) => {
    const before = await cq.findComments(tx, tenantId, ids);
    if (before.length !== new Set(ids).size) throw notFound('Some comments do not exist.');
    const now = new Date();
    const after = await cq.updateComments(tx, tenantId, ids, {
      state: action === 'publish' ? 'published' : 'hidden',
      moderationReason: action === 'hide' ? (reason ?? null) : null,
      moderatedBy: actor!.accountId,
      moderatedAt: now,
    });
    await cq.resolveReports(tx, tenantId, ids, now);
    // A published comment is translated into the portal's languages after the commit.
    if (action === 'publish')
      for (const a of after)
        await recordContentChanged(tx, {
          tenantId,
          type: 'comment',
          id: a.id,
          actorAccountId: actor!.accountId,
        });
    for (const b of before)
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: `comment.${action}`,
        entityType: 'comment',
        entityId: b.id,
        before: b,
        after: after.find((a) => a.id === b.id),
        requestId: meta.requestId,
      });
    return { changed: after, authors: await cq.commentAuthors(tx, tenantId, ids) };
  });
}

/** "Report" from anyone (with or without an account); a reason is required. */
export async function reportContent(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: ReportInput,
  meta: RequestMeta = {},
) {
  const data = input;
  if (data.entityType === 'proposal') await publicProposal(db, tenantId, data.entityId);
  else {
    const [c] = await cq.findComment(db, tenantId, data.entityId);
    if (c?.state !== 'published') throw notFound('No such comment.');
  }
  return db.transaction(async (tx) => {
    const [row] = await cq.insertReport(tx, {
      tenantId,
      entityType: data.entityType,
      entityId: data.entityId,
      reason: data.reason,
      reporterAccountId: actor?.accountId ?? null,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor?.accountId ?? null,
      action: 'content.report',
      entityType: data.entityType,
      entityId: data.entityId,
      after: { reason: data.reason },
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** The moderators' view of reported items: what was reported, how often, why. */
export async function reportedItems(db: DbOrTx, tenantId: string, actor: Actor | null) {
  if (!canModerateProposals(actor)) throw forbidden();
  const groups = await cq.openReports(db, tenantId);
  const commentIds = groups.filter((g) => g.entityType === 'comment').map((g) => g.entityId);
  const proposalIds = groups.filter((g) => g.entityType === 'proposal').map((g) => g.entityId);
  const [cs, ps] = await Promise.all([
    commentIds.length ? cq.findComments(db, tenantId, commentIds) : [],
    proposalIds.length ? proposalsByIds(db, tenantId, proposalIds) : [],
  ]);
  return groups.map((g) => {
    const c = cs.find((x) => x.id === g.entityId);
    const p = ps.find((x) => x.id === g.entityId);
    return {
      ...g,
      text: c?.body ?? (p ? `${p.title}\n${p.body}` : ''),
      /** The language the reported text is written in (detected on intake). */
      language: c?.language ?? p?.language ?? 'und',
      proposalId: c?.proposalId ?? p?.id ?? '',
      state: c?.state ?? p?.state ?? '',
    };
  });
}

/** Keeps reported items as they are and closes their reports (the report was unfounded). */
export async function dismissReports(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  entityIds: string[],
  meta: RequestMeta = {},
) {
  if (!canModerateProposals(actor)) throw forbidden();
  if (!entityIds.length)
    throw new AppError('VALIDATION_FAILED', 'Select at least one item.', {
      ids: { key: 'validation.selectOne' },
    });
  if (entityIds.some((id) => !isUuid(id))) throw notFound();
  return db.transaction(async (tx) => {
    const closed = await cq.resolveReports(tx, tenantId, entityIds, new Date());
    for (const id of entityIds)
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: 'content.reports_dismissed',
        // Under the reported comment or proposal, so its history holds the report and its end (walk); an
        // item whose reports were closed meanwhile, under the kind the change log names as reported.
        entityType: closed.find((r) => r.entityId === id)?.entityType ?? 'reported_content',
        entityId: id,
        after: { closed: closed.length },
        requestId: meta.requestId,
      });
    return closed.length;
  });
}

export async function commentQueue(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  state: 'submitted' | 'hidden',
) {
  if (!canModerateProposals(actor)) throw forbidden();
  return cq.commentsByState(db, tenantId, state, 100);
}

export async function participationCounts(db: DbOrTx, tenantId: string) {
  const [comments, reported] = await Promise.all([
    cq.countCommentsByState(db, tenantId),
    cq.countOpenReports(db, tenantId),
  ]);
  return { commentsSubmitted: comments.submitted ?? 0, reported };
}

/** Comment authors (accounts) hear the decision; a failing mail server never undoes it. */
export function tellCommenters(
  deps: Pick<Deps, 'mailer' | 'config' | 'logger'>,
  tenant: { cityName: string },
  decision: 'publish' | 'hide',
  result: Awaited<ReturnType<typeof moderateComments>>,
) {
  for (const comment of result.changed) {
    const author = result.authors.find((a) => a.commentId === comment.id);
    if (!author) continue;
    deps.mailer
      .send(commentModerationMail(author, decision, comment, tenant.cityName, deps.config.baseUrl))
      .catch((err) => deps.logger.error({ err, comment: comment.id }, 'comment moderation mail failed'));
  }
}

/** A person's comments, newest first, with the proposal each belongs to ("Mein Bereich"). */
export function commentsOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  return cq.commentsOfAccount(db, tenantId, accountId);
}

/** The proposals a person supports, newest support first. */
export function supportsOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  return cq.supportsOfAccount(db, tenantId, accountId);
}
