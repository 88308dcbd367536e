import { MODERATOR, PROCESS_2016, TOPICS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { proposalsByIds } from '../proposals/proposals.service.ts';
import { createWorkshop } from './workshops.service.ts';
import { workshopProposals } from './workshops.table.ts';

/**
 * The co-creation workshop of the 2016 participation, recorded by the moderation; the first proposal of
 * every fourth topic came out of it.
 */
export const seedWorkshops: SeedStep = async ({ db, tenantId, refs }) => {
  const workshop = await createWorkshop(
    db,
    tenantId,
    await loadActor(db, tenantId, refs.get('account', MODERATOR)),
    {
      title: 'Zukunftswerkstatt „Digitales Bonn“',
      heldOn: '2016-10-12',
      place: 'Altes Rathaus, Markt 2, Bonn',
      organiser: 'Stadt Bonn, Stabsstelle Digitalisierung, mit dem Digital Hub Bonn',
      participants: 64,
      processId: refs.get('process', PROCESS_2016.slug),
    },
  );
  const ids = TOPICS.flatMap((_, ti) => (ti % 4 === 0 ? [refs.get('proposal', `topic:${ti}:0`)] : []));
  const entered = await proposalsByIds(db, tenantId, ids);
  await db
    .insert(workshopProposals)
    .values(
      entered.map((p) => ({ tenantId, workshopId: workshop.id, proposalId: p.id, createdAt: p.createdAt })),
    );
};
