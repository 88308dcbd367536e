import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import { loadOrgTree, staffByUnit, staffMembers } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { canEditProcesses, canManageTrainings } from './workforce.policy.ts';
import * as q from './workforce.queries.ts';
import type { ProcessInput, TrainingInput } from './workforce.schemas.ts';
import { DIGITAL_STATES } from './workforce.table.ts';

export { canEditProcesses, canManageTrainings };

/** Every office's processes with counts per digital state and how many were redesigned. */
export async function processInventory(db: DbOrTx, tenantId: string) {
  const [list, tree] = await Promise.all([q.listProcesses(db, tenantId), loadOrgTree(db, tenantId)]);
  const projects = new Map(
    (
      await findProjectsByIds(db, tenantId, [
        ...new Set(list.map((p) => p.projectId).filter((x): x is string => !!x)),
      ])
    ).map((p) => [p.id, p]),
  );
  const offices = tree
    .offices()
    .map((office) => {
      const rows = list
        .filter((p) => p.officeId === office.id)
        .map((p) => ({ ...p, project: p.projectId ? projects.get(p.projectId) : undefined }));
      return {
        office,
        rows,
        counts: Object.fromEntries(
          DIGITAL_STATES.map((s) => [s, rows.filter((r) => r.digitalState === s).length]),
        ) as Record<(typeof DIGITAL_STATES)[number], number>,
        redesigned: rows.filter((r) => r.redesigned).length,
      };
    })
    .filter((o) => o.rows.length > 0);
  const totals = Object.fromEntries(
    DIGITAL_STATES.map((s) => [s, list.filter((r) => r.digitalState === s).length]),
  ) as Record<(typeof DIGITAL_STATES)[number], number>;
  return { offices, totals, total: list.length, redesigned: list.filter((r) => r.redesigned).length, tree };
}

async function checkProcess(db: DbOrTx, tenantId: string, actor: Actor | null, input: ProcessInput) {
  const data = input;
  const tree = await loadOrgTree(db, tenantId);
  if (tree.byId.get(data.officeId)?.kind !== 'office')
    throw new AppError('VALIDATION_FAILED', 'Unknown office.', { officeId: { key: 'validation.choice' } });
  if (!canEditProcesses(actor, data.officeId, tree)) throw forbidden('Only the CDO team or the office head.');
  if (data.projectId && !(await findProjectsByIds(db, tenantId, [data.projectId])).length)
    throw new AppError('VALIDATION_FAILED', 'Unknown project.', { projectId: { key: 'validation.choice' } });
  return data;
}

/** Adds a process to an office's inventory (CDO team, or the head of that office). */
export async function addProcess(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: ProcessInput,
  meta: RequestMeta = {},
) {
  const data = await checkProcess(db, tenantId, actor, input);
  return db.transaction(async (tx) => {
    const [row] = await q.insertProcess(tx, { tenantId, ...data, projectId: data.projectId ?? null });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'process.create',
      entityType: 'process',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** Updates a process (its state, redesign, project); the office head may not move it to another office. */
export async function updateProcess(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: ProcessInput,
  meta: RequestMeta = {},
) {
  if (!isUuid(id)) throw notFound();
  const [before] = await q.findProcess(db, tenantId, id);
  if (!before) throw notFound('No such process.');
  if (!canEditProcesses(actor, before.officeId, await loadOrgTree(db, tenantId)))
    throw forbidden('Only the CDO team or the office head.');
  const data = await checkProcess(db, tenantId, actor, input);
  return db.transaction(async (tx) => {
    const [after] = await q.updateProcess(tx, tenantId, id, { ...data, projectId: data.projectId ?? null });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'process.update',
      entityType: 'process',
      entityId: id,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

export async function getProcess(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await q.findProcess(db, tenantId, id);
  if (!row) throw notFound('No such process.');
  return row;
}

/** Records a training with its participants (CDO team). */
export async function addTraining(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: TrainingInput,
  meta: RequestMeta = {},
) {
  if (!canManageTrainings(actor)) throw forbidden('Only the CDO team records trainings.');
  const data = input;
  const staff = new Set((await staffMembers(db, tenantId)).map((m) => m.id));
  if (data.accountIds.some((id) => !staff.has(id)))
    throw new AppError('VALIDATION_FAILED', 'Unknown participant.', {
      accountIds: { key: 'validation.choice' },
    });
  return db.transaction(async (tx) => {
    const { accountIds, ...training } = data;
    const [row] = await q.insertTraining(tx, { tenantId, ...training });
    await q.insertParticipations(
      tx,
      [...new Set(accountIds)].map((accountId) => ({ tenantId, trainingId: row!.id, accountId })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'training.create',
      entityType: 'training',
      entityId: row!.id,
      after: { ...row, participants: accountIds.length },
      requestId: meta.requestId,
    });
    return row!;
  });
}

/**
 * Trainings with their participants, and per office how many of its people have taken part in a project-
 * or process-management training (the coverage the strategy asks for). Staff also see their own courses.
 */
export async function trainingOverview(db: DbOrTx, tenantId: string, actor: Actor | null) {
  const [list, parts, units] = await Promise.all([
    q.listTrainings(db, tenantId),
    q.participations(db, tenantId),
    staffByUnit(db, tenantId),
  ]);
  const kindOf = new Map(list.map((t) => [t.id, t.kind]));
  const took = (accountId: string, kind: string) =>
    parts.some((p) => p.accountId === accountId && kindOf.get(p.trainingId) === kind);
  return {
    trainings: list.map((t) => ({ ...t, participants: parts.filter((p) => p.trainingId === t.id).length })),
    coverage: units
      .filter((o) => o.unit.kind === 'office')
      .map((o) => ({
        office: o.unit,
        people: o.members.length,
        projectManagement: o.members.filter((m) => took(m.id, 'project_management')).length,
        processManagement: o.members.filter((m) => took(m.id, 'process_management')).length,
      })),
    mine: actor
      ? list.filter((t) => parts.some((p) => p.trainingId === t.id && p.accountId === actor.accountId))
      : [],
    // Department heads and the CDO's team take courses too: grouped under their department or administration.
    people: units.flatMap((o) => o.members.map((m) => ({ ...m, office: o.unit.name }))),
  };
}
