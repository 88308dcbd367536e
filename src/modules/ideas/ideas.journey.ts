import type { JourneyContribution } from '../../platform/journey.ts';
import { formerIdeasOfProposal, ideasOfProposal } from './ideas.service.ts';

/** A proposal's journey goes on into the ideas it was condensed into (and notes merges undone). */
export const ideasJourney: JourneyContribution = {
  from: 'proposal',
  order: 10,
  async steps({ db, tenantId, t }, proposal) {
    const [former, current] = await Promise.all([
      formerIdeasOfProposal(db, tenantId, proposal.id),
      ideasOfProposal(db, tenantId, proposal.id),
    ]);
    return [
      ...former.map((i) => ({
        done: true,
        label: t('journey.unmerged', { idea: i.title, number: i.number }),
        date: i.unlinkedAt,
      })),
      ...(current.length
        ? current.map((i) => ({
            done: true,
            label: t('journey.merged', { idea: i.title, number: i.number }),
            date: i.linkedAt,
            next: { type: 'idea', id: i.id },
          }))
        : [{ done: false, label: t('journey.notMergedYet') }]),
    ];
  },
};
