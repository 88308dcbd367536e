/** @jsxImportSource hono/jsx */
import { langAttribute } from '../../platform/i18n/shipped.ts';
import type { JourneyContribution } from '../../platform/journey.ts';
import { latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { reportsCoveringProjects } from './reports.service.ts';

/**
 * A project's journey ends in the newest published progress report that covers it; once a status is
 * approved, the report still to come is shown.
 */
export const reportsJourney: JourneyContribution = {
  from: 'project',
  order: 20,
  async steps({ db, tenantId, t, lang }, project) {
    const report = (await reportsCoveringProjects(db, tenantId, [project.id])).get(project.id);
    if (report)
      return [
        {
          done: true,
          label: t('journey.report'),
          date: report.publishedAt,
          detail: (
            <a class="kern-link" href={`/berichte/${report.slug}`} lang={langAttribute(lang)}>
              {report.title}
            </a>
          ),
        },
      ];
    const approved = await latestApprovedStatuses(db, tenantId, [project.id]);
    return approved.has(project.id) ? [{ done: false, label: t('journey.noReportYet') }] : [];
  },
};
