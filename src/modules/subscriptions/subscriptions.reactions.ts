import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { RecordedEvent } from '../../platform/events.ts';
import type { Deps } from '../../platform/http/types.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { FREQUENCIES } from '../../platform/mail/mailer.ts';
import { findTenantById, toTenantInfo } from '../orgs/orgs.service.ts';
import { proposalsByIds } from '../proposals/proposals.service.ts';
import { moderationMail } from './subscriptions.mail.ts';
import * as q from './subscriptions.queries.ts';
import {
  authorAddressConfirmed,
  managePath,
  notifyFollowers,
  sendConfirmation,
  upsertSubscription,
} from './subscriptions.service.ts';

/*
 * How the subscriptions module hears of other modules' changes. Each payload is read through a schema of
 * only the fields used here, so a producer may add facts freely; nobody imports this module.
 */

const ZSubmitted = z.object({
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  follow: z.enum(FREQUENCIES).catch('immediate'),
  lang: z.enum(LANGS).catch('de'),
  accountId: z.string().nullable(),
});

/** The author follows their proposal when they left an address (confirmed at once if it is their account's). */
async function authorFollows(tx: DbOrTx, e: RecordedEvent) {
  const p = ZSubmitted.parse(e.payload);
  if (!p.email) return;
  await upsertSubscription(tx, e.tenantId, {
    proposalId: e.subjectId,
    email: p.email,
    role: 'author',
    frequency: p.follow,
    lang: p.lang,
    accountId: p.emailVerified ? p.accountId : null,
    verified: p.emailVerified,
  });
}

/** After the commit: an author's address that is not their account's gets the double opt-in mail. */
async function confirmAuthor(deps: Deps, e: RecordedEvent) {
  const p = ZSubmitted.parse(e.payload);
  if (!p.email || p.emailVerified) return;
  const { db } = deps.database;
  const [sub] = await q.findByProposalAndEmail(db, e.tenantId, e.subjectId, p.email);
  if (!sub || sub.confirmedAt) return;
  const tenant = await findTenantById(db, e.tenantId);
  if (tenant) await sendConfirmation(deps, toTenantInfo(tenant), sub);
}

const ZSupported = z.object({
  accountId: z.string(),
  email: z.string(),
  follow: z.boolean(),
  frequency: z.enum(FREQUENCIES).catch('immediate'),
  lang: z.enum(LANGS).catch('de'),
});

/** A supporter who asked for mail follows with their account's address (theirs already: no opt-in mail). */
async function supporterFollows(tx: DbOrTx, e: RecordedEvent) {
  const p = ZSupported.parse(e.payload);
  if (!p.follow) return;
  await upsertSubscription(tx, e.tenantId, {
    proposalId: e.subjectId,
    email: p.email,
    role: 'supporter',
    frequency: p.frequency,
    lang: p.lang,
    accountId: p.accountId,
    verified: true,
  });
}

async function supporterLeaves(tx: DbOrTx, e: RecordedEvent) {
  const p = z.object({ accountId: z.string() }).parse(e.payload);
  await q.deleteForAccount(tx, e.tenantId, e.subjectId, p.accountId, 'supporter');
}

/** After the commit: an author with a confirmed address hears what moderation decided. */
async function tellAuthor(deps: Deps, e: RecordedEvent) {
  const p = z.object({ originalId: z.string().nullable() }).parse(e.payload);
  const { db } = deps.database;
  const [proposal] = await proposalsByIds(db, e.tenantId, [e.subjectId]);
  if (!proposal?.email || !(await authorAddressConfirmed(db, e.tenantId, proposal.id))) return;
  const [original] = p.originalId ? await proposalsByIds(db, e.tenantId, [p.originalId]) : [];
  const tenant = await findTenantById(db, e.tenantId);
  const mail = moderationMail(
    proposal,
    original,
    tenant ? toTenantInfo(tenant).cityName : '',
    deps.config.baseUrl,
    managePath(deps.config.sessionSecret, e.tenantId, proposal.email),
  );
  if (mail) await deps.mailer.send(mail);
}

const ZIdea = z.object({ number: z.string(), title: z.string() });

/** Followers hear that their proposal became part of a project idea. */
async function merged(tx: DbOrTx, e: RecordedEvent) {
  const p = ZIdea.extend({ proposalIds: z.array(z.string()) }).parse(e.payload);
  await notifyFollowers(tx, e.tenantId, p.proposalIds, 'merged', { idea: p.title, ideaNumber: p.number });
}

async function released(tx: DbOrTx, e: RecordedEvent) {
  const p = ZIdea.extend({ proposalId: z.string() }).parse(e.payload);
  await notifyFollowers(tx, e.tenantId, [p.proposalId], 'unmerged', { idea: p.title, ideaNumber: p.number });
}

const ZProject = z.object({
  title: z.string(),
  slug: z.string(),
  visibility: z.string(),
  proposalIds: z.array(z.string()),
});

/** Followers of the proposals behind an idea hear about a public project only. */
async function projectStarted(tx: DbOrTx, e: RecordedEvent) {
  const p = ZProject.parse(e.payload);
  if (p.visibility === 'public')
    await notifyFollowers(tx, e.tenantId, p.proposalIds, 'project', { project: p.title, slug: p.slug });
}

/** A new approved status of a public project reaches the followers of the proposals behind it. */
async function statusApproved(tx: DbOrTx, e: RecordedEvent) {
  const p = z
    .object({
      project: ZProject,
      status: z.string(),
      progress: z.number(),
      period: z.string(),
    })
    .parse(e.payload);
  if (p.project.visibility === 'public')
    await notifyFollowers(tx, e.tenantId, p.project.proposalIds, 'status', {
      project: p.project.title,
      slug: p.project.slug,
      status: p.status,
      progress: p.progress,
      period: p.period,
    });
}

/** Everyone who follows a proposal behind a project of a published progress report hears of it. */
async function reportPublished(tx: DbOrTx, e: RecordedEvent) {
  const p = z
    .object({
      title: z.string(),
      slug: z.string(),
      projects: z.array(ZProject.pick({ title: true, proposalIds: true })),
    })
    .parse(e.payload);
  for (const project of p.projects)
    await notifyFollowers(tx, e.tenantId, project.proposalIds, 'report', {
      report: p.title,
      slug: p.slug,
      project: project.title,
    });
}

/** The city's answer reaches everyone who follows the proposal (the author among them). */
async function answered(tx: DbOrTx, e: RecordedEvent) {
  const p = z.object({ state: z.string(), text: z.string() }).parse(e.payload);
  await notifyFollowers(tx, e.tenantId, [e.subjectId], 'answer', { answerState: p.state, answer: p.text });
}

/** The reactions the manifest registers. */
export const subscriptionReactions = {
  handle: [
    { on: 'proposal.submitted', handler: authorFollows },
    { on: 'proposal.supported', handler: supporterFollows },
    { on: 'proposal.support_withdrawn', handler: supporterLeaves },
    { on: 'proposal.answered', handler: answered },
    { on: 'idea.created', handler: merged },
    { on: 'idea.proposal_released', handler: released },
    { on: 'project.created', handler: projectStarted },
    { on: 'status_report.approved', handler: statusApproved },
    { on: 'progress_report.published', handler: reportPublished },
  ],
  consume: [
    { name: 'confirm-author', on: ['proposal.submitted'], consumer: confirmAuthor },
    { name: 'moderation-mail', on: ['proposal.moderated'], consumer: tellAuthor },
  ],
};
