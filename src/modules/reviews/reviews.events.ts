import type { ProjectFacts } from '../projects/projects.events.ts';

/** The events the reviews module records. */
export const REVIEW_EVENTS = {
  /** The office head approved a status report: the project has a new approved status. */
  reportApproved: 'status_report.approved',
} as const;

export interface StatusReportApproved {
  projectId: string;
  project: ProjectFacts;
  status: string;
  progress: number;
  period: string;
}
