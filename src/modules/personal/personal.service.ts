import { type Actor, hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { followJourney, type JourneyStep, type JourneyViewer } from '../../platform/journey.ts';
import type { DataSubject } from '../../platform/module.ts';
import { commentsOfAccount, supportsOfAccount } from '../comments/comments.service.ts';
import { publicProjectsOfPartner } from '../delivery/delivery.service.ts';
import { confirmPassword } from '../orgs/accounts.service.ts';
import { partnerOfAccount } from '../orgs/orgs.service.ts';
import { proposalsOfAuthor } from '../proposals/proposals.service.ts';
import { managePath, subscriptionsOfSubject } from '../subscriptions/subscriptions.service.ts';

/** How many of a person's proposals show their journey's last step (the rest link to their page). */
const JOURNEYS_SHOWN = 30;

/**
 * Everything "Mein Bereich" shows: the person's proposals with where each has got to, their supports,
 * comments and what they follow, with the link that manages their notifications.
 */
export async function personalOverview(deps: Deps, viewer: JourneyViewer, actor: Actor) {
  const { db } = deps.database;
  const subject = { id: actor.accountId, email: actor.email };
  const [proposals, supports, comments, follows, partner] = await Promise.all([
    proposalsOfAuthor(db, actor.tenantId, actor.accountId),
    supportsOfAccount(db, actor.tenantId, actor.accountId),
    commentsOfAccount(db, actor.tenantId, actor.accountId),
    subscriptionsOfSubject(db, actor.tenantId, subject),
    partnerOfAccount(db, actor.tenantId, actor.accountId),
  ]);
  // A partner's organisation and the projects it contributes to.
  const organisation = partner
    ? { ...partner, projects: await publicProjectsOfPartner(db, actor.tenantId, partner.id) }
    : null;
  const contributions = deps.modules.flatMap((m) => m.journey ?? []);
  const withJourney = await Promise.all(
    proposals.map(async (p, i) => {
      const visible = p.state === 'published' || p.state === 'merged';
      const steps: JourneyStep[] =
        visible && i < JOURNEYS_SHOWN
          ? await followJourney(contributions, viewer, { type: 'proposal', id: p.id })
          : [];
      const reached = steps.filter((s) => s.done).at(-1);
      return { proposal: p, reached: reached ? { label: reached.label, date: reached.date ?? null } : null };
    }),
  );
  return {
    organisation,
    proposals: withJourney,
    supports,
    comments,
    follows,
    managePath: follows.length ? managePath(deps.config.sessionSecret, actor.tenantId, actor.email) : null,
  };
}

/** Staff accounts belong to the city's work (approvals, reports): the administration ends them, not the person. */
export function mayDeleteOwnAccount(actor: Actor) {
  return !hasAnyRole(actor, STAFF_ROLES);
}

/**
 * The person's data from every module, as one JSON document (DSGVO Art. 15 and 20): each module tells
 * what it holds about them through its manifest.
 */
export async function personalDataOf(deps: Deps, actor: Actor, cityName: string) {
  const subject: DataSubject = { id: actor.accountId, email: actor.email };
  const parts = await Promise.all(
    deps.modules
      .filter((m) => m.personalData)
      .map((m) => m.personalData!.export(deps.database.db, actor.tenantId, subject)),
  );
  return { city: cityName, generatedAt: new Date().toISOString(), ...Object.assign({}, ...parts) };
}

/**
 * Deletes the person's account (DSGVO Art. 17) after asking for the password: every module erases or
 * anonymises its part in one transaction, top module first, the account itself last; then every session
 * of the account ends.
 */
export async function deleteOwnAccount(deps: Deps, actor: Actor, password: string) {
  if (!mayDeleteOwnAccount(actor))
    throw new AppError('FORBIDDEN', 'Staff accounts are closed by the administration.');
  const { db } = deps.database;
  await confirmPassword(db, actor.tenantId, actor.accountId, password);
  const subject: DataSubject = { id: actor.accountId, email: actor.email };
  await db.transaction(async (tx) => {
    for (const m of [...deps.modules].reverse())
      if (m.personalData) await m.personalData.erase(tx, actor.tenantId, subject);
  });
  await deps.sessions.destroyForAccount(actor.tenantId, actor.accountId);
}
