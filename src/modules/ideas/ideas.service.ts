import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { T } from '../../platform/i18n/i18n.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { isUuid } from '../../platform/validation.ts';
import { checkCondensable, markMerged, markUnmerged, newReference } from '../proposals/proposals.service.ts';
import { findFieldOfAction } from '../strategy/strategy.service.ts';
import { IDEA_EVENTS, type IdeaCreated, type IdeaProposalReleased } from './ideas.events.ts';
import { canManageIdeas } from './ideas.policy.ts';
import * as q from './ideas.queries.ts';
import { type CreateIdeaInput, ZCreateIdeaInput } from './ideas.schemas.ts';

export { canManageIdeas };

/** Everything creating the idea would check, without writing: for a confirmation page before the merge. */
export async function checkIdea(db: DbOrTx, tenantId: string, actor: Actor | null, input: CreateIdeaInput) {
  if (!canManageIdeas(actor)) throw forbidden('Only the CDO team may create project ideas.');
  if (input.fieldOfActionId && !(await findFieldOfAction(db, tenantId, input.fieldOfActionId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown field of action.', {
      fieldOfActionId: { key: 'validation.choice' },
    });
  await checkCondensable(db, tenantId, [...new Set(input.proposalIds)]);
}

/**
 * The idea a form would make, when it should first be confirmed: the form is valid and passes every
 * check of createIdea, and carries no confirmation yet. Otherwise undefined (the form then goes on to
 * createIdea, which makes it or says what is wrong).
 */
export async function ideaToConfirm(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  form: unknown,
  confirmed: boolean,
): Promise<CreateIdeaInput | undefined> {
  if (confirmed) return undefined;
  const input = ZCreateIdeaInput.safeParse(form);
  if (!input.success) return undefined;
  const ok = await checkIdea(db, tenantId, actor, input.data).then(
    () => true,
    () => false,
  );
  return ok ? input.data : undefined;
}

/** What the merge confirmation says: which idea, how many proposals, what follows (public, mail, undo). */
export function mergeConfirmation(t: T, input: CreateIdeaInput) {
  return {
    title: t('ideas.mergeConfirm.title', { title: input.title }),
    heading: t('ideas.mergeConfirm.heading'),
    intro: t('ideas.mergeConfirm.intro', { count: new Set(input.proposalIds).size, title: input.title }),
    consequences: [
      t('ideas.mergeConfirm.public'),
      t('ideas.mergeConfirm.mail'),
      t('ideas.mergeConfirm.undo'),
    ],
    confirmLabel: t('ideas.mergeConfirm.button'),
  };
}

/** An idea with this title and exactly these proposals made in the last half hour, if any. */
async function sameIdeaJustMade(tx: DbOrTx, tenantId: string, data: CreateIdeaInput) {
  const ids = [...new Set(data.proposalIds)].sort();
  if (!ids.length) return undefined;
  const since = Date.now() - 30 * 60_000;
  for (const candidate of await q.ideasOf(tx, tenantId, ids[0]!)) {
    if (candidate.title !== data.title.trim() || candidate.linkedAt.getTime() < since) continue;
    const members = (await q.proposalIdsOf(tx, tenantId, candidate.id)).map((r) => r.id).sort();
    if (members.join() !== ids.join()) continue;
    const [idea] = await q.findIdea(tx, tenantId, candidate.id);
    return idea;
  }
  return undefined;
}

/** Condenses published proposals into a project idea; every original stays, marked merged and linked. */
export async function createIdea(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CreateIdeaInput,
  meta: RequestMeta = {},
) {
  await checkIdea(db, tenantId, actor, input);
  const data = input;
  return db.transaction(async (tx) => {
    // The same form sent again (back button, a second click on the confirmation): the idea made the
    // first time stands, and nobody is told twice.
    const twin = await sameIdeaJustMade(tx, tenantId, data);
    if (twin) return twin;
    const [idea] = await q.insertIdea(tx, {
      tenantId,
      number: newReference('I'),
      title: data.title,
      description: data.description,
      fieldOfActionId: data.fieldOfActionId ?? null,
      createdBy: actor!.accountId,
    });
    const ids = [...new Set(data.proposalIds)];
    await markMerged(tx, tenantId, ids);
    await q.linkProposals(
      tx,
      ids.map((proposalId) => ({ tenantId, ideaId: idea!.id, proposalId, linkedBy: actor!.accountId })),
    );
    await recordEvent<IdeaCreated>(tx, {
      tenantId,
      type: IDEA_EVENTS.created,
      subjectType: 'idea',
      subjectId: idea!.id,
      actorAccountId: actor!.accountId,
      payload: { number: idea!.number, title: idea!.title, proposalIds: ids },
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'idea.create',
      entityType: 'idea',
      entityId: idea!.id,
      after: { ...idea, proposalIds: ids },
      requestId: meta.requestId,
    });
    return idea!;
  });
}

/**
 * Undoes the merge of one proposal into an idea: the link goes, the proposal is public again as
 * "published" when no other idea holds it, and the audit trail keeps who did it and when.
 */
export async function unmergeProposal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  ideaId: string,
  proposalId: string,
  meta: RequestMeta = {},
) {
  if (!canManageIdeas(actor)) throw forbidden('Only the CDO team may change project ideas.');
  if (!isUuid(ideaId) || !isUuid(proposalId)) throw notFound();
  return db.transaction(async (tx) => {
    const [link] = await q.unlinkProposal(tx, tenantId, ideaId, proposalId, actor!.accountId);
    if (!link) throw notFound('The proposal is not part of this idea.');
    const remaining = await q.linkCount(tx, tenantId, proposalId);
    if (remaining === 0) await markUnmerged(tx, tenantId, [proposalId]);
    const [idea] = await q.findIdea(tx, tenantId, ideaId);
    await recordEvent<IdeaProposalReleased>(tx, {
      tenantId,
      type: IDEA_EVENTS.proposalReleased,
      subjectType: 'idea',
      subjectId: ideaId,
      actorAccountId: actor!.accountId,
      payload: { number: idea?.number ?? '', title: idea?.title ?? '', proposalId },
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'idea.unmerge',
      entityType: 'idea',
      entityId: ideaId,
      before: { proposalId, linkedAt: link.linkedAt, linkedBy: link.linkedBy },
      after: { proposalId, linked: false, proposalState: remaining === 0 ? 'published' : 'merged' },
      requestId: meta.requestId,
    });
    return link;
  });
}

/** Called by the projects module when a project takes an idea up. */
export async function markIdeaInProject(tx: DbOrTx, tenantId: string, ideaId: string) {
  const [row] = await q.setIdeaState(tx, tenantId, ideaId, 'in_project');
  if (!row) throw notFound('No such idea.');
  return row;
}

/** Ideas with the number of proposals each condenses, newest first. */
export function listIdeas(db: DbOrTx, tenantId: string) {
  return q.listWithCounts(db, tenantId);
}

export async function getIdea(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await q.findIdea(db, tenantId, id);
  return row;
}

/** Proposal ids behind an idea (provenance). */
export async function proposalIdsOfIdea(db: DbOrTx, tenantId: string, ideaId: string) {
  return (await q.proposalIdsOf(db, tenantId, ideaId)).map((r) => r.id);
}

/** Ideas a proposal is condensed into, with the date of the link. */
export function ideasOfProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  return q.ideasOf(db, tenantId, proposalId);
}

/** Ideas a proposal once belonged to until the merge was undone (its trail keeps them). */
export function formerIdeasOfProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  return q.ideasOf(db, tenantId, proposalId, true);
}

/** A page of project ideas for the open-data export. */
export async function openDataIdeas(db: DbOrTx, tenantId: string, request: OpenDataPageRequest) {
  const res = await q.openDataPage(db, tenantId, request);
  return (res as unknown as { rows: Record<string, unknown>[] }).rows;
}
