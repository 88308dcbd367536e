import type { Actor } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import type { Proposal } from './proposals.table.ts';

export const PROPOSAL_PERMISSIONS = {
  /** Publish, hide and (later) merge proposals: the participation team, the CDO team, admins. */
  'proposal:moderate': ['moderator', 'cdo', 'admin'],
  /** Give the city's answer on a proposal: the participation team, the CDO team and the offices' heads. */
  'proposal:answer': ['moderator', 'cdo', 'office_head', 'department_head'],
} as const satisfies Permissions;

/** Who may give (or change) the city's answer on a published proposal. */
export function canAnswerProposals(actor: Actor | null): boolean {
  return granted(actor, PROPOSAL_PERMISSIONS, 'proposal:answer');
}

/** Moderators, the CDO team and admins decide what the public sees. */
export function canModerateProposals(actor: Actor | null): boolean {
  return granted(actor, PROPOSAL_PERMISSIONS, 'proposal:moderate');
}

/** Anyone may read a published or merged proposal; the rest only those who moderate. */
export function canViewProposal(actor: Actor | null, p: Pick<Proposal, 'state'>): boolean {
  return p.state === 'published' || p.state === 'merged' || canModerateProposals(actor);
}

/** Signed-in people support and comment; one support per account (the table's key). */
export function canTakePart(actor: Actor | null): actor is Actor {
  return !!actor;
}
