import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import type { Proposal } from './proposals.table.ts';

/** Moderators, the CDO team and admins decide what the public sees. */
export function canModerateProposals(actor: Actor | null): boolean {
  return hasAnyRole(actor, ['moderator', 'cdo', 'admin']);
}

/** Anyone may read a published or merged proposal; the rest only those who moderate. */
export function canViewProposal(actor: Actor | null, p: Pick<Proposal, 'state'>): boolean {
  return p.state === 'published' || p.state === 'merged' || canModerateProposals(actor);
}
