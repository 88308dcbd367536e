/** The events the projects module records. */
export const PROJECT_EVENTS = {
  created: 'project.created',
  /** Its public texts or its visibility changed (translations follow). */
  updated: 'project.updated',
} as const;

export interface ProjectUpdated {
  title: string;
  slug: string;
  visibility: string;
}

/** What later stages tell about a project: enough to name and link it, and the proposals behind it. */
export interface ProjectFacts {
  title: string;
  slug: string;
  visibility: string;
  ideaId: string | null;
  /** The proposals condensed into the project's idea (provenance), for those who follow them. */
  proposalIds: string[];
}

export type ProjectCreated = ProjectFacts;
