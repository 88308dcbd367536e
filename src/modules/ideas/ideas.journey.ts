import type { JourneyContribution } from '../../platform/journey.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { formerIdeasOfProposal, ideasOfProposal } from './ideas.service.ts';

/** A proposal's journey goes on into the ideas it was condensed into (and notes merges undone). */
export const ideasJourney: JourneyContribution = {
  from: 'proposal',
  order: 10,
  async steps({ db, tenantId, t, lang }, proposal) {
    const [former, current] = await Promise.all([
      formerIdeasOfProposal(db, tenantId, proposal.id),
      ideasOfProposal(db, tenantId, proposal.id),
    ]);
    // The ideas' titles in the reader's language where a translation exists.
    const texts = await translationLookup(db, tenantId, lang, [
      { type: 'idea', records: [...former, ...current] },
    ]);
    const title = (i: { id: string; title: string }) => texts.shown('idea', i.id, 'title', i.title).text;
    return [
      ...former.map((i) => ({
        done: true,
        label: t('journey.unmerged', { idea: title(i), number: i.number }),
        date: i.unlinkedAt,
      })),
      ...(current.length
        ? current.map((i) => ({
            done: true,
            label: t('journey.merged', { idea: title(i), number: i.number }),
            date: i.linkedAt,
            next: { type: 'idea', id: i.id },
          }))
        : [{ done: false, label: t('journey.notMergedYet') }]),
    ];
  },
};
