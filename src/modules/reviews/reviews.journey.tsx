/** @jsxImportSource hono/jsx */
import type { JourneyContribution } from '../../platform/journey.ts';
import { StatusBadge } from '../../ui/components.tsx';
import { latestApprovedStatuses } from './reviews.service.ts';

/** A project's journey shows its latest status approved by the office or department head. */
export const reviewsJourney: JourneyContribution = {
  from: 'project',
  order: 10,
  async steps({ db, tenantId, t }, project) {
    const status = (await latestApprovedStatuses(db, tenantId, [project.id])).get(project.id);
    if (!status) return [{ done: false, label: t('journey.noStatusYet') }];
    return [
      {
        done: true,
        label: t('journey.status', { period: status.period, progress: status.progress }),
        date: status.reviewedAt,
        detail: <StatusBadge t={t} status={status.overallStatus} />,
      },
    ];
  },
};
