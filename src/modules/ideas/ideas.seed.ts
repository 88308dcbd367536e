import { CDO, condensedOn, isCondensed, PROPOSALS_PER_TOPIC, TOPICS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { markMerged, newReference } from '../proposals/proposals.service.ts';
import { ideaProposals, ideas } from './ideas.table.ts';

/**
 * The CDO team condensed the project topics and the first fifty others into ideas in 2017; their
 * proposals count as merged. Names: 'idea' ▸ `topic:<index>`.
 */
export const seedIdeas: SeedStep = async ({ db, tenantId, refs }) => {
  const cdo = refs.get('account', CDO);
  for (const [ti, topic] of TOPICS.entries()) {
    if (!isCondensed(topic, ti)) continue;
    const linkedAt = condensedOn(ti);
    const proposalIds = Array.from({ length: PROPOSALS_PER_TOPIC }, (_, n) =>
      refs.get('proposal', `topic:${ti}:${n}`),
    );
    await db.transaction(async (tx) => {
      const [idea] = await tx
        .insert(ideas)
        .values({
          tenantId,
          number: newReference('I'),
          title: topic.title,
          description: topic.body,
          fieldOfActionId: refs.get('field', topic.field),
          state: 'open',
          createdBy: cdo,
          createdAt: linkedAt,
        })
        .returning();
      await tx.insert(ideaProposals).values(
        proposalIds.map((proposalId) => ({
          tenantId,
          ideaId: idea!.id,
          proposalId,
          linkedBy: cdo,
          linkedAt,
        })),
      );
      await markMerged(tx, tenantId, proposalIds);
      refs.set('idea', `topic:${ti}`, idea!.id);
    });
  }
};
