import type { Db } from '../../db/client.ts';
import { createIdea } from '../ideas/ideas.service.ts';
import type { OrgFixture } from '../orgs/orgs.factory.ts';
import { moderateProposals, submitProposal } from '../proposals/proposals.service.ts';
import { createCycle } from '../reviews/cycles.service.ts';
import { createProject } from './projects.service.ts';

/** A published proposal of the fixture's tenant. */
export async function createPublishedProposal(
  db: Db,
  f: OrgFixture,
  title = 'Sperrmüll online anmelden können',
) {
  const p = await submitProposal(db, f.tenant.id, null, {
    title,
    body: 'Die Anmeldung von Sperrmüll sollte online mit Wunschtermin möglich sein.',
    authorKind: 'citizen',
  });
  await moderateProposals(db, f.tenant.id, await f.actor('moderator'), [p.id], 'publish', undefined);
  return p;
}

/** A project owned by office A (or B) with an idea condensed from one published proposal. */
export async function createProjectFixture(
  db: Db,
  f: OrgFixture,
  opts: { office?: 'A' | 'B'; visibility?: 'public' | 'internal'; title?: string } = {},
) {
  const proposal = await createPublishedProposal(db, f);
  const cdo = await f.actor('cdo');
  const idea = await createIdea(db, f.tenant.id, cdo, {
    title: 'Sperrmüll digital',
    proposalIds: [proposal.id],
  });
  const office = opts.office === 'B' ? f.officeB : f.officeA;
  const project = await createProject(db, f.tenant.id, cdo, {
    title: opts.title ?? 'Sperrmüll-Terminbuchung online',
    summary: 'Sperrmülltermine online mit Wunschtermin buchen.',
    fieldOfActionId: f.field.id,
    ownerOrgUnitId: office.id,
    leadAccountId: opts.office === 'B' ? f.ids.leadB : f.ids.leadA,
    ideaId: idea.id,
    visibility: opts.visibility ?? 'public',
  });
  return { proposal, idea, project };
}

export async function createOpenCycle(db: Db, f: OrgFixture, period = '2026-Q4') {
  return createCycle(db, f.tenant.id, await f.actor('cdo'), { period, open: true });
}
