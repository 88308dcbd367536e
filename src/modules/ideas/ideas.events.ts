/** The events the ideas module records; `proposalIds` name the proposals behind the idea (provenance). */
export const IDEA_EVENTS = {
  /** Published proposals were condensed into a new project idea. */
  created: 'idea.created',
  /** A merge was undone: one proposal left the idea. */
  proposalReleased: 'idea.proposal_released',
} as const;

export interface IdeaCreated {
  number: string;
  title: string;
  proposalIds: string[];
}

export interface IdeaProposalReleased {
  number: string;
  title: string;
  proposalId: string;
}
