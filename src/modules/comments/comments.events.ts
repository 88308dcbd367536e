import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Frequency } from '../../platform/mail/mailer.ts';

/** The events the comments module records (supports are what other modules care about so far). */
export const COMMENT_EVENTS = {
  supported: 'proposal.supported',
  supportWithdrawn: 'proposal.support_withdrawn',
} as const;

export interface ProposalSupported {
  accountId: string;
  email: string;
  /** Whether the supporter asked for mail about the proposal, and how often. */
  follow: boolean;
  frequency: Frequency;
  lang: Lang;
}

export interface ProposalSupportWithdrawn {
  accountId: string;
}
