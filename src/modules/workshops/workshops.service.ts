import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import type { SubmitProposalInput } from '../proposals/proposals.schemas.ts';
import { listProcesses, moderateProposals, submitProposal } from '../proposals/proposals.service.ts';
import { canManageWorkshops } from './workshops.policy.ts';
import * as wq from './workshops.queries.ts';
import type { WorkshopInput } from './workshops.schemas.ts';

export { canManageWorkshops };

/** Records a co-creation workshop (date, place, organiser, number of participants). */
export async function createWorkshop(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: WorkshopInput,
  meta: RequestMeta = {},
) {
  if (!canManageWorkshops(actor)) throw forbidden('Only the participation team records workshops.');
  const data = input;
  if (data.processId && !(await listProcesses(db, tenantId)).some((p) => p.id === data.processId))
    throw new AppError('VALIDATION_FAILED', 'Unknown process.', { processId: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const [row] = await wq.insertWorkshop(tx, {
      tenantId,
      ...data,
      processId: data.processId ?? null,
      createdBy: actor!.accountId,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'workshop.create',
      entityType: 'workshop',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** Workshops, newest first, with how many proposals each produced. */
export function listWorkshops(db: DbOrTx, tenantId: string) {
  return wq.listWithCounts(db, tenantId);
}

export async function findWorkshop(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await wq.findWorkshop(db, tenantId, id);
  return row;
}

/** The workshop a proposal came from (its source on the proposal's page and in open data). */
export async function workshopOfProposal(db: DbOrTx, tenantId: string, proposalId: string) {
  const [row] = await wq.workshopOfProposal(db, tenantId, proposalId);
  return row;
}

/** Ids of the proposals a workshop produced. */
export function proposalIdsOfWorkshop(db: DbOrTx, tenantId: string, workshopId: string) {
  return wq.proposalIdsOf(db, tenantId, workshopId);
}

/** Proposals made at a workshop, in the order they were entered. */
export function proposalsOfWorkshop(db: DbOrTx, tenantId: string, workshopId: string) {
  return wq.proposalsOf(db, tenantId, workshopId);
}

/**
 * Staff enter a participant's proposal with the workshop as its source. It is published at once: the
 * person entering it is on the participation team, which moderates anyway (both steps are audited).
 */
export async function enterWorkshopProposal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  workshopId: string,
  input: SubmitProposalInput,
  meta: RequestMeta = {},
) {
  if (!canManageWorkshops(actor)) throw forbidden('Only the participation team enters workshop proposals.');
  const workshop = await findWorkshop(db, tenantId, workshopId);
  if (!workshop) throw notFound('No such workshop.');
  const row = await submitProposal(db, tenantId, actor, { ...input, email: undefined }, meta, {
    onBehalf: true,
  });
  await wq.linkProposal(db, { tenantId, workshopId, proposalId: row.id });
  await moderateProposals(db, tenantId, actor, [row.id], 'publish', undefined, meta);
  return row;
}
