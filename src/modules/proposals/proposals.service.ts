import { randomInt } from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Frequency } from '../../platform/mail/mailer.ts';
import { detectLanguage } from '../../platform/text/language.ts';
import { isUuid } from '../../platform/validation.ts';
import { partnerOfAccount } from '../orgs/orgs.service.ts';
import { findFieldOfAction } from '../strategy/strategy.service.ts';
import { attachStaged } from './attachments.service.ts';
import {
  PROPOSAL_EVENTS,
  type ProposalAnswered,
  type ProposalModerated,
  type ProposalSubmitted,
} from './proposals.events.ts';
import { canAnswerProposals, canModerateProposals, canViewProposal } from './proposals.policy.ts';
import * as q from './proposals.queries.ts';
import type { AnswerInput, SubmitProposalInput } from './proposals.schemas.ts';
import type { Proposal } from './proposals.table.ts';
import {
  findSimilar,
  frequenciesReady,
  hintsForQueue,
  markFrequenciesStale,
  type SimilarProposal,
  vocabularyFor,
} from './similar.service.ts';

/** How a search box's words and a typed reference become SQL, for lists built by pages above. */
export {
  hasSearchWords,
  matchRows,
  RANKED_MATCHES,
  referenceIn,
  searchQuery,
} from './proposals.queries.ts';
export {
  ANSWER_STATES,
  type AnswerState,
  AUTHOR_KINDS,
  type AuthorKind,
  type ParticipationProcess,
  type Proposal,
  type ProposalState,
} from './proposals.table.ts';
export type { SimilarityDegree } from './similarity.degree.ts';
export type { SimilarProposal };
export { canAnswerProposals, canModerateProposals };

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short reference people can quote on the phone, e.g. V-7K3M9Q. */
export function newReference(prefix: string): string {
  let s = `${prefix}-`;
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export interface SubmitOptions {
  /** Files staged on an earlier step of the same submission (see attachments.service). */
  stagingToken?: string | undefined;
  /** Staff enter the proposal on behalf of someone else (a workshop's participants): no author account, no address. */
  onBehalf?: boolean | undefined;
  /** How often the author wants mail about the proposal (when they leave an address), in which language. */
  follow?: Frequency | undefined;
  lang?: Lang | undefined;
  /** The render token of the form (`_t`): the same form sent twice is one proposal (recentIdentical). */
  formToken?: string | undefined;
}

/** Validates a proposal as it would be submitted (fields and references), without storing it. */
async function validateProposal(db: DbOrTx, tenantId: string, input: SubmitProposalInput) {
  const data = input;
  if (data.fieldOfActionId && !(await findFieldOfAction(db, tenantId, data.fieldOfActionId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown field of action.', {
      fieldOfActionId: { key: 'validation.choice' },
    });
  return data;
}

/**
 * The step before submitting: checks the input and finds published proposals that say much the same,
 * so the author can see them before adding a duplicate. `likelyDuplicate` says whether any of them is
 * worth stopping the submission for: one under the same title, or one people would call at least "very
 * similar". Looser hints (similar, related topic) are listed while typing and on that step, but do not
 * stop the author on their own: for short texts they come often, and mostly name a neighbouring topic.
 */
export async function previewProposal(
  db: DbOrTx,
  tenantId: string,
  input: SubmitProposalInput,
  { hints = true }: { hints?: boolean } = {},
) {
  const data = await validateProposal(db, tenantId, input);
  const similar = hints
    ? await findSimilar(db, tenantId, `${data.title} ${data.body}`, { title: data.title })
    : [];
  const likelyDuplicate = similar.some(
    (s) => s.sameTitle || s.degree === 'nearlySame' || s.degree === 'verySimilar',
  );
  return { data, similar, likelyDuplicate };
}

/** A visitor's or member's proposal enters the moderation queue. */
export async function submitProposal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: SubmitProposalInput,
  meta: RequestMeta = {},
  opts: SubmitOptions = {},
) {
  const data = await validateProposal(db, tenantId, input);
  // A partner speaks for the organisation the administration linked them to: unless they write as a
  // private person, the proposal carries its name and kind (never another organisation's).
  const partner =
    actor && !opts.onBehalf && data.authorKind !== 'citizen'
      ? await partnerOfAccount(db, tenantId, actor.accountId)
      : undefined;
  if (partner) {
    data.authorKind = partner.kind;
    data.organisationName = partner.name;
  }
  // Proposals entered for others (a workshop's participants) are not the staff member's own.
  const authorAccountId = opts.onBehalf ? null : (actor?.accountId ?? null);
  const email = data.email ?? (opts.onBehalf ? null : actor?.email) ?? null;
  // A double click or a reload sends the same proposal twice: the first one stands. Only the same
  // author's: another person sending the same words (a campaign) has a proposal of their own, and is
  // never shown someone else's reference (walk). A visitor without account and address is known only by
  // the form they sent.
  const formToken = opts.formToken ?? null;
  const [same] = await q.recentIdentical(
    db,
    tenantId,
    { title: data.title, body: data.body, authorAccountId, email, formToken },
    new Date(Date.now() - 10 * 60_000),
  );
  if (same) return same;
  const language = await detectLanguage(`${data.title}. ${data.body}`);
  return db.transaction(async (tx) => {
    const [row] = await q.insertProposal(tx, {
      tenantId,
      number: newReference('V'),
      title: data.title,
      body: data.body,
      authorKind: data.authorKind,
      authorAccountId,
      organisationName: data.organisationName ?? null,
      place: data.place ?? null,
      email,
      formToken,
      fieldOfActionId: data.fieldOfActionId ?? null,
      language,
      state: 'submitted',
    });
    if (opts.stagingToken) await attachStaged(tx, tenantId, opts.stagingToken, row!.id);
    await recordEvent<ProposalSubmitted>(tx, {
      tenantId,
      type: PROPOSAL_EVENTS.submitted,
      subjectType: 'proposal',
      subjectId: row!.id,
      actorAccountId: actor?.accountId ?? null,
      payload: {
        number: row!.number,
        title: row!.title,
        email,
        emailVerified: !!email && !!actor && actor.email.toLowerCase() === email.toLowerCase(),
        follow: opts.follow ?? 'immediate',
        lang: opts.lang ?? 'de',
        accountId: row!.authorAccountId,
      },
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor?.accountId ?? null,
      action: 'proposal.submit',
      entityType: 'proposal',
      entityId: row!.id,
      after: redact(row!),
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** Publishes or hides submitted proposals (a moderator's decision, audited with before/after). */
export async function moderateProposals(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  ids: string[],
  action: 'publish' | 'hide' | 'duplicate',
  reason: string | undefined,
  meta: RequestMeta = {},
  duplicateOfNumber?: string,
) {
  if (!canModerateProposals(actor)) throw forbidden('Only moderators may moderate proposals.');
  if (!ids.length)
    throw new AppError('VALIDATION_FAILED', 'Select at least one proposal.', {
      ids: { key: 'validation.selectOne' },
    });
  if (ids.some((id) => !isUuid(id))) throw notFound('Some proposals do not exist.');
  let original: Proposal | undefined;
  if (action === 'duplicate') {
    original = duplicateOfNumber
      ? (await q.findByNumber(db, tenantId, duplicateOfNumber.trim().toUpperCase()))[0]
      : undefined;
    if (!original || (original.state !== 'published' && original.state !== 'merged'))
      throw new AppError('VALIDATION_FAILED', 'Name a published proposal as the original.', {
        duplicateOf: { key: 'moderation.originalUnknown' },
      });
    if (ids.includes(original.id))
      throw new AppError('VALIDATION_FAILED', 'A proposal cannot duplicate itself.', {
        duplicateOf: { key: 'moderation.originalSelected' },
      });
  }
  if (action === 'hide' && !reason)
    throw new AppError('VALIDATION_FAILED', 'A reason is required to hide.', {
      reason: { key: 'validation.reasonRequired' },
    });
  // Enter in the reason or the original field sends the form with its first button, "publish": a typed
  // reason or original says the moderator meant another decision.
  if (action === 'publish' && (reason || duplicateOfNumber?.trim()))
    throw new AppError('VALIDATION_FAILED', 'A reason or an original does not go with publishing.', {
      ...(reason ? { reason: { key: 'moderation.publishWithReason' } } : {}),
      ...(duplicateOfNumber?.trim() ? { duplicateOf: { key: 'moderation.publishWithOriginal' } } : {}),
    });
  return db.transaction(async (tx) => {
    const rows = await q.findManyById(tx, tenantId, ids);
    if (rows.length !== new Set(ids).size) throw notFound('Some proposals do not exist.');
    const now = new Date();
    const changed: { proposal: Proposal; original: Proposal | undefined }[] = [];
    for (const before of rows) {
      if (before.state === 'merged')
        throw invalidState(`Proposal ${before.number} is merged into an idea and cannot be moderated.`);
      const patch =
        action === 'publish'
          ? {
              state: 'published' as const,
              publishedAt: before.publishedAt ?? now,
              moderationReason: null,
              duplicateOfId: null,
            }
          : action === 'duplicate'
            ? {
                state: 'hidden' as const,
                moderationReason: duplicateReason(original!.number),
                duplicateOfId: original!.id,
              }
            : { state: 'hidden' as const, moderationReason: reason ?? null, duplicateOfId: null };
      const [after] = await q.updateProposal(tx, tenantId, before.id, {
        ...patch,
        moderatedBy: actor!.accountId,
        moderatedAt: now,
      });
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: `proposal.${action}`,
        entityType: 'proposal',
        entityId: before.id,
        before: redact(before),
        after: redact(after!),
        requestId: meta.requestId,
      });
      await recordEvent<ProposalModerated>(tx, {
        tenantId,
        type: PROPOSAL_EVENTS.moderated,
        subjectType: 'proposal',
        subjectId: before.id,
        actorAccountId: actor!.accountId,
        payload: { action, originalId: original?.id ?? null },
      });
      changed.push({ proposal: after!, original });
    }
    markFrequenciesStale(db, tenantId);
    return changed;
  });
}

/**
 * The city answers a published proposal (or changes its answer): shown on the proposal and in its journey,
 * in the open data, and sent to everyone who follows it.
 */
export async function answerProposal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: AnswerInput,
  meta: RequestMeta = {},
) {
  if (!canAnswerProposals(actor)) throw forbidden('Your roles do not allow answering proposals.');
  if (!isUuid(id)) throw notFound('No such proposal.');
  return db.transaction(async (tx) => {
    const [before] = await q.findById(tx, tenantId, id);
    if (!before) throw notFound('No such proposal.');
    if (before.state !== 'published' && before.state !== 'merged')
      throw invalidState('Only a published proposal can be answered.');
    const [after] = await q.updateProposal(tx, tenantId, id, {
      answerState: input.answerState,
      answerText: input.answerText,
      answeredBy: actor!.accountId,
      answeredAt: new Date(),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'proposal.answer',
      entityType: 'proposal',
      entityId: id,
      before: { answerState: before.answerState, answerText: before.answerText },
      after: { answerState: input.answerState, answerText: input.answerText },
      requestId: meta.requestId,
    });
    await recordEvent<ProposalAnswered>(tx, {
      tenantId,
      type: PROPOSAL_EVENTS.answered,
      subjectType: 'proposal',
      subjectId: id,
      actorAccountId: actor!.accountId,
      payload: { state: input.answerState, text: input.answerText },
    });
    return after!;
  });
}

/** A person's own proposals in every state, newest first ("Mein Bereich"). */
export function proposalsOfAuthor(db: DbOrTx, tenantId: string, accountId: string) {
  return q.findByAuthor(db, tenantId, accountId);
}

/** Marks proposals as condensed into an idea; called by the ideas module inside its transaction. */
export async function markMerged(tx: DbOrTx, tenantId: string, ids: string[]) {
  const rows = await checkCondensable(tx, tenantId, ids);
  await q.setState(tx, tenantId, ids, 'merged');
  return rows;
}

/** Whether proposals exist and are public, so they may be condensed into an idea (throws if not). */
export async function checkCondensable(db: DbOrTx, tenantId: string, ids: string[]) {
  const rows = await q.findManyById(db, tenantId, ids);
  if (rows.length !== new Set(ids).size) throw notFound('Some proposals do not exist.');
  const notPublic = rows.find((r) => r.state !== 'published' && r.state !== 'merged');
  if (notPublic) throw invalidState(`Proposal ${notPublic.number} is not published and cannot be condensed.`);
  return rows;
}

/** Returns proposals released from their last idea to "published"; called by the ideas module in its transaction. */
export async function markUnmerged(tx: DbOrTx, tenantId: string, ids: string[]) {
  await q.setState(tx, tenantId, ids, 'published');
}

export async function getProposal(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await q.findById(db, tenantId, id);
  if (!row || !canViewProposal(actor, row)) throw notFound('No such proposal.');
  return row;
}

export function searchPublishedProposals(
  db: DbOrTx,
  tenantId: string,
  opts: { q: string; page: number; pageSize: number; processId?: string | undefined },
) {
  return q.searchPublished(db, tenantId, {
    q: opts.q,
    limit: opts.pageSize,
    offset: (opts.page - 1) * opts.pageSize,
    processId: opts.processId,
  });
}

/**
 * What a search that is one reference (the confirmation's V-…) finds: the public proposal's id; for one
 * that is not public, only where it stands ('submitted', waiting for moderation, or 'hidden'); or that no
 * proposal has this reference. Undefined for any other search.
 */
export async function lookupReference(
  db: DbOrTx,
  tenantId: string,
  search: string,
): Promise<
  | { reference: string; state: 'public'; id: string }
  | { reference: string; state: 'submitted' | 'hidden' | 'unknown' }
  | undefined
> {
  const reference = q.referenceIn(search);
  if (!reference) return undefined;
  const row = await q.proposalOfReference(db, tenantId, reference);
  if (!row) return { reference, state: 'unknown' };
  if (row.state === 'published' || row.state === 'merged') return { reference, state: 'public', id: row.id };
  return { reference, state: row.state };
}

/** Whether a proposal with this reference exists (the thank-you page names only real ones). */
export async function referenceExists(db: DbOrTx, tenantId: string, reference: string) {
  return (await q.proposalOfReference(db, tenantId, reference)) !== undefined;
}

/** Published proposals most similar to a text (duplicate hints, the API's /proposals/similar). */
export function similarProposals(
  db: DbOrTx,
  tenantId: string,
  text: string,
  opts: { limit?: number; title?: string } = {},
) {
  return findSimilar(db, tenantId, text, opts);
}

/**
 * For a search that found nothing: the same words with each one the published proposals never use replaced
 * by the closest one they do, when that search finds something (`finds`: by default among all published
 * proposals; a list passes its filters). Undefined when nothing changes, for a reference, or while a first
 * reading of the tenant's words takes long.
 */
export async function correctedSearch(
  db: DbOrTx,
  tenantId: string,
  query: string,
  finds: (corrected: string) => Promise<boolean> = async (corrected) =>
    (await q.searchPublished(db, tenantId, { q: corrected, limit: 1, offset: 0 })).total > 0,
) {
  if (!query.trim() || q.referenceIn(query)) return undefined;
  const corrected = (await vocabularyFor(db, tenantId))?.correct(query);
  return corrected && (await finds(corrected)) ? corrected : undefined;
}

/** Number, title and state of proposals, for notices and mails (no personal data). */
export function proposalSummaries(db: DbOrTx, tenantId: string, ids: string[]) {
  return q.summaries(db, tenantId, [...new Set(ids)]);
}

/** Deletes the authors' addresses (unconfirmed for 30 days, or the author unsubscribed). */
export function forgetAuthorEmails(db: DbOrTx, tenantId: string, ids: string[]) {
  return q.clearEmails(db, tenantId, ids);
}

/** Sets a proposal's field of action (the CDO team confirms suggestions); called inside the caller's transaction. */
export async function setFieldOfAction(tx: DbOrTx, tenantId: string, id: string, fieldOfActionId: string) {
  const [before] = await q.findById(tx, tenantId, id);
  if (!before) throw notFound('No such proposal.');
  const [after] = await q.updateProposal(tx, tenantId, id, { fieldOfActionId });
  return { before, after: after! };
}

/** Proposals in any state, for those who moderate (reported items, mails about a decision). */
export function proposalsByIds(db: DbOrTx, tenantId: string, ids: string[]) {
  return q.findManyById(db, tenantId, ids);
}

/** Published and merged proposals among the ids, without personal data. */
/** The city's newest answers on public proposals (the answers feed). */
export function recentProposalAnswers(db: DbOrTx, tenantId: string, limit: number) {
  return q.recentAnswers(db, tenantId, limit);
}

export function findPublicProposals(db: DbOrTx, tenantId: string, ids: string[]) {
  return q.findPublicByIds(db, tenantId, ids);
}

export const MODERATION_PAGE_SIZE = 50;

/** How many proposals are in each state (the moderation tabs). */
export function proposalStateCounts(db: DbOrTx, tenantId: string) {
  return q.countByState(db, tenantId);
}

/** The moderation queue (submitted or hidden), filtered and paged, with the counts for the tabs. */
export async function moderationQueue(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  state: 'submitted' | 'hidden',
  page: number,
  filter: q.ModerationFilter = {},
) {
  if (!canModerateProposals(actor)) throw forbidden();
  const [{ rows, total }, counts, languages] = await Promise.all([
    q.listByState(db, tenantId, state, MODERATION_PAGE_SIZE, (page - 1) * MODERATION_PAGE_SIZE, filter),
    q.countByState(db, tenantId),
    q.languagesInState(db, tenantId, state),
  ]);
  return { rows, total, counts, languages };
}

/**
 * For each queued proposal, the published ones it most resembles (at least "similar", or under the same
 * title): what a moderator checks before publishing, and the originals to mark it a duplicate of.
 */
export async function duplicateHintsForQueue(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  rows: readonly Pick<Proposal, 'id' | 'title' | 'body' | 'state'>[],
): Promise<{ hints: Map<string, SimilarProposal[]>; pending: boolean }> {
  if (!canModerateProposals(actor)) throw forbidden();
  const hints = new Map<string, SimilarProposal[]>();
  const queued = rows.filter((r) => r.state === 'submitted');
  if (!queued.length) return { hints, pending: false };
  // Right after a start a city's words are still being counted, and its queue's lookups take seconds with
  // nothing in the database's cache: the queue shows now, the hints not ready yet when viewed again.
  const deadline = Date.now() + QUEUE_HINTS_WAIT_MS;
  if (!(await frequenciesReady(db, tenantId, QUEUE_HINTS_WAIT_MS))) return { hints, pending: true };
  const found = await hintsForQueue(db, tenantId, queued, MODERATION_HINTS, {
    waitMs: Math.max(0, deadline - Date.now()),
  });
  let pending = false;
  queued.forEach((r, i) => {
    const lookup = found[i];
    if (!lookup) pending = true;
    const shown = lookup?.filter((s) => s.sameTitle || s.degree !== 'related') ?? [];
    if (shown.length) hints.set(r.id, shown);
  });
  return { hints, pending };
}

/** How long the queue waits for its hints (a demo-sized city counts its words and looks its queue up in about one second). */
const QUEUE_HINTS_WAIT_MS = 2_000;

/** The reason moderateProposals records for a proposal hidden as the duplicate of another. */
function duplicateReason(originalNumber: string) {
  return `duplicate of ${originalNumber}`;
}

/** The original's reference when a proposal was hidden as its duplicate (read back from duplicateReason). */
export function duplicateReference(moderationReason: string | null): string | undefined {
  return /^duplicate of (\S+)$/.exec(moderationReason ?? '')?.[1];
}

/** Hints per queued proposal: enough to name the original, few enough to keep the queue readable. */
export const MODERATION_HINTS = 3;

export function listProcesses(db: DbOrTx, tenantId: string) {
  return q.listProcesses(db, tenantId);
}

export async function ensureProcess(
  db: DbOrTx,
  tenantId: string,
  p: {
    slug: string;
    title: string;
    description?: string;
    startsOn?: string;
    endsOn?: string;
    attribution?: string;
  },
) {
  const [existing] = await q.findProcessBySlug(db, tenantId, p.slug);
  if (existing) return existing;
  const [row] = await q.insertProcess(db, { tenantId, ...p });
  return row!;
}

/** The proposal without personal data, for audit records. */
function redact(p: Proposal) {
  const { email: _email, search: _search, ...rest } = p;
  return { ...rest, email: _email ? '(set)' : null };
}
