import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import type { OrgTree } from '../orgs/orgs.policy.ts';
import { loadOrgTree, staffMembers } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { findReviewCycle } from '../reviews/reviews.service.ts';
import { canHoldMeeting, canSeeMeeting, canUpdateActionItem } from './meetings.policy.ts';
import * as mq from './meetings.queries.ts';
import type { ActionItemInput, DecisionInput, MeetingInput } from './meetings.schemas.ts';

async function meetingOrThrow(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [meeting] = await mq.findMeeting(db, tenantId, id);
  if (!meeting) throw notFound('No such review meeting.');
  return meeting;
}

/** Checks a referenced project exists in the tenant (a foreign key would say so too, less kindly). */
async function checkProject(db: DbOrTx, tenantId: string, projectId: string | undefined) {
  if (projectId && !(await findProjectsByIds(db, tenantId, [projectId])).length)
    throw new AppError('VALIDATION_FAILED', 'No such project.', { projectId: { key: 'validation.choice' } });
}

/**
 * Records a review meeting: an office head for their office, a department head for their department, the
 * CDO team at any level. The unit must match the level (an office for office meetings, and so on).
 */
export async function holdMeeting(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: MeetingInput,
  meta: RequestMeta = {},
) {
  const data = input;
  const tree = await loadOrgTree(db, tenantId);
  const unit = data.orgUnitId ? tree.byId.get(data.orgUnitId) : undefined;
  if (data.level !== 'cdo' && unit?.kind !== data.level)
    throw new AppError('VALIDATION_FAILED', 'Choose the unit that met.', {
      orgUnitId: { key: 'validation.choice' },
    });
  const orgUnitId = data.level === 'cdo' ? null : unit!.id;
  if (!canHoldMeeting(actor, { level: data.level, orgUnitId }, tree))
    throw forbidden('Only the head of the unit (or the CDO team) records its review meetings.');
  if (data.cycleId && !(await findReviewCycle(db, tenantId, data.cycleId)))
    throw new AppError('VALIDATION_FAILED', 'No such cycle.', { cycleId: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const [meeting] = await mq.insertMeeting(tx, {
      tenantId,
      level: data.level,
      orgUnitId,
      cycleId: data.cycleId ?? null,
      title: data.title,
      heldOn: data.heldOn,
      minutes: data.minutes,
      createdBy: actor!.accountId,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'review_meeting.create',
      entityType: 'review_meeting',
      entityId: meeting!.id,
      after: meeting,
      requestId: meta.requestId,
    });
    return meeting!;
  });
}

/** A decision of the meeting, recorded by whoever may manage the meeting. */
export async function recordDecision(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  meetingId: string,
  input: DecisionInput,
  meta: RequestMeta = {},
) {
  const meeting = await meetingOrThrow(db, tenantId, meetingId);
  if (!canHoldMeeting(actor, meeting, await loadOrgTree(db, tenantId))) throw forbidden();
  const data = input;
  await checkProject(db, tenantId, data.projectId);
  return db.transaction(async (tx) => {
    const [row] = await mq.insertDecision(tx, {
      tenantId,
      meetingId: meeting.id,
      text: data.text,
      projectId: data.projectId ?? null,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'meeting_decision.create',
      entityType: 'meeting_decision',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** An action item of the meeting: owner (anyone with a role at a unit, department heads included), due, project. */
export async function addActionItem(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  meetingId: string,
  input: ActionItemInput,
  meta: RequestMeta = {},
) {
  const meeting = await meetingOrThrow(db, tenantId, meetingId);
  if (!canHoldMeeting(actor, meeting, await loadOrgTree(db, tenantId))) throw forbidden();
  const data = input;
  if (!(await staffMembers(db, tenantId)).some((o) => o.id === data.ownerAccountId))
    throw new AppError('VALIDATION_FAILED', 'No such owner.', {
      ownerAccountId: { key: 'validation.choice' },
    });
  await checkProject(db, tenantId, data.projectId);
  return db.transaction(async (tx) => {
    const [row] = await mq.insertItem(tx, {
      tenantId,
      meetingId: meeting.id,
      title: data.title,
      ownerAccountId: data.ownerAccountId,
      dueOn: data.dueOn,
      projectId: data.projectId ?? null,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'action_item.create',
      entityType: 'action_item',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** The owner (or whoever manages the meeting) marks an item done, or open again. */
export async function setActionItemDone(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  itemId: string,
  done: boolean,
  meta: RequestMeta = {},
) {
  if (!isUuid(itemId)) throw notFound();
  const [before] = await mq.findItem(db, tenantId, itemId);
  if (!before) throw notFound('No such action item.');
  const meeting = await meetingOrThrow(db, tenantId, before.meetingId);
  if (!canUpdateActionItem(actor, before, meeting, await loadOrgTree(db, tenantId))) throw forbidden();
  if (!!before.doneAt === done) throw invalidState(done ? 'The item is done already.' : 'The item is open.');
  return db.transaction(async (tx) => {
    const [after] = await mq.setItemDone(tx, tenantId, itemId, done ? actor!.accountId : null);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: done ? 'action_item.done' : 'action_item.reopen',
      entityType: 'action_item',
      entityId: itemId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** The meetings the actor may see (their department's, the ones they record or own items of), newest first. */
export async function listReviewMeetings(db: DbOrTx, tenantId: string, actor: Actor | null) {
  const [tree, meetings, items] = await Promise.all([
    loadOrgTree(db, tenantId),
    mq.listMeetings(db, tenantId),
    mq.openItems(db, tenantId),
  ]);
  const owned = new Set(
    items.filter((i) => i.item.ownerAccountId === actor?.accountId).map((i) => i.meeting.id),
  );
  return meetings.filter((m) => canSeeMeeting(actor, m, tree, owned.has(m.id)));
}

/** One meeting with its decisions and action items, and what the actor may do there. */
export async function meetingDetail(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  meetingId: string,
  today = currentDay(),
) {
  const meeting = await meetingOrThrow(db, tenantId, meetingId);
  const [tree, decisions, items, owners] = await Promise.all([
    loadOrgTree(db, tenantId),
    mq.decisionsOfMeeting(db, tenantId, meeting.id),
    mq.itemsOfMeeting(db, tenantId, meeting.id),
    staffMembers(db, tenantId),
  ]);
  const ownsItem = items.some((i) => i.ownerAccountId === actor?.accountId);
  if (!canSeeMeeting(actor, meeting, tree, ownsItem)) throw notFound('No such review meeting.');
  const projectIds = [...decisions, ...items].map((x) => x.projectId).filter((x): x is string => !!x);
  const projects = await findProjectsByIds(db, tenantId, [...new Set(projectIds)]);
  return {
    meeting,
    unit: meeting.orgUnitId ? tree.byId.get(meeting.orgUnitId)?.name : undefined,
    decisions,
    items: items.map((item) => ({
      item,
      overdue: !item.doneAt && item.dueOn < today,
      mayUpdate: canUpdateActionItem(actor, item, meeting, tree),
    })),
    owners,
    projects: new Map(projects.map((p) => [p.id, p.title])),
    mayManage: canHoldMeeting(actor, meeting, tree),
  };
}

/** Open action items the actor owns or steers (as head of the meeting's unit, or the CDO team). */
export async function openActionItems(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  opts: { tree?: OrgTree; today?: string; all?: boolean } = {},
) {
  const today = opts.today ?? currentDay();
  const [tree, rows] = await Promise.all([
    opts.tree ?? loadOrgTree(db, tenantId),
    mq.openItems(db, tenantId),
  ]);
  return rows
    .filter(
      ({ item, meeting }) =>
        opts.all || item.ownerAccountId === actor?.accountId || canHoldMeeting(actor, meeting, tree),
    )
    .map(({ item, meeting }) => ({ item, meeting, overdue: item.dueOn < today }));
}
