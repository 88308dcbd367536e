import { CDO } from '../../demo/content/bonn.ts';
import { currentDay } from '../../platform/dates.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { approvedStatusesOfCycle, findReviewCycle } from '../reviews/reviews.service.ts';
import { updateReport } from './reports.queries.ts';
import { draftProgressReport, publishProgressReport } from './reports.service.ts';

const DAY = 86_400_000;

/**
 * The progress reports to the council for the last two closed quarters, drafted and published by the CDO
 * through the use cases (the snapshot of the approved statuses and the figures are theirs) on the days they
 * were: a week before publication, a month after each quarter (at the latest yesterday).
 */
export const seedReports: SeedStep = async ({ db, tenantId, refs, now }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  const open = refs.get('cycle', 'office:open');
  const quarters = [...refs.all('cycle')]
    .filter(([name, id]) => /^office:\d{4}-Q\d$/.test(name) && id !== open)
    .map(([, id]) => id)
    .slice(-2);
  for (const cycleId of quarters) {
    const cycle = (await findReviewCycle(db, tenantId, cycleId))!;
    const [year, quarter] = cycle.period.split('-Q');
    const statuses = await approvedStatusesOfCycle(db, tenantId, cycle.id);
    const reported = (
      await findProjectsByIds(
        db,
        tenantId,
        statuses.map((s) => s.projectId),
      )
    ).filter((p) => p.visibility === 'public').length;
    const publishedAt = new Date(
      Math.min(new Date(`${cycle.endsOn}T10:00:00Z`).getTime() + 30 * DAY, now.getTime() - DAY),
    );
    const createdAt = new Date(publishedAt.getTime() - 7 * DAY);
    const report = await draftProgressReport(
      db,
      tenantId,
      cdo,
      {
        title: `Digitale Verwaltung und digitale Stadt – Bericht an den Rat, ${quarter}. Quartal ${year}`,
        cycleId: cycle.id,
        summary: `Im ${quarter}. Quartal ${year} wurden ${reported} öffentliche Projekte geprüft. Die Ämter haben ihre Statusberichte abgegeben, die Amtsleitungen haben sie freigegeben. Der Bericht zeigt für jedes Projekt den freigegebenen Stand; Projekte mit dem Stand „Gefährdet“ oder „Kritisch“ werden in der nächsten Sitzung des Digitalausschusses besprochen.`,
      },
      { today: currentDay(undefined, createdAt) },
    );
    await publishProgressReport(db, tenantId, cdo, report.id, { today: currentDay(undefined, publishedAt) });
    await updateReport(
      db,
      tenantId,
      report.id,
      {
        slug: `fortschrittsbericht-${year}-q${quarter}`,
        publishedAt,
        createdAt,
      },
      { draftOnly: false },
    );
  }
};
