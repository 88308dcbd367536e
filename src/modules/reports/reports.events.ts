import type { ProjectFacts } from '../projects/projects.events.ts';

/** The events the reports module records. */
export const REPORT_EVENTS = {
  /** A progress report went public; it covers these projects. */
  published: 'progress_report.published',
} as const;

export interface ProgressReportPublished {
  title: string;
  slug: string;
  projects: ProjectFacts[];
}
