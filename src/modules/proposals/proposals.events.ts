import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Frequency } from '../../platform/mail/mailer.ts';

/**
 * The events the proposals module records. Their payloads are plain facts; modules higher up (comments,
 * subscriptions, moderation) react to them through their manifests without being imported.
 */
export const PROPOSAL_EVENTS = {
  /** A proposal entered the moderation queue. */
  submitted: 'proposal.submitted',
  /** A moderator published or hid a proposal, or marked it as a duplicate. */
  moderated: 'proposal.moderated',
  /** The city answered a proposal (or changed its answer). */
  answered: 'proposal.answered',
} as const;

export interface ProposalAnswered {
  state: 'evaluating' | 'accepted' | 'rejected' | 'merged';
  text: string;
}

export interface ProposalSubmitted {
  number: string;
  title: string;
  /** The address the author left, if any, and whether it is known to be theirs (their account's). */
  email: string | null;
  emailVerified: boolean;
  /** How often the author wants to hear about the proposal (when they left an address). */
  follow: Frequency;
  lang: Lang;
  accountId: string | null;
}

export interface ProposalModerated {
  action: 'publish' | 'hide' | 'duplicate';
  /** For a duplicate: the published proposal it duplicates. */
  originalId: string | null;
}
