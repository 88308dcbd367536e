import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { groupBy } from '../../platform/collections.ts';
import { addDays, currentDay } from '../../platform/dates.ts';
import { AppError, forbidden, fromDatabaseError, invalidState, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import { holdsRoleOver, isPortfolioManager, type OrgTree } from '../orgs/orgs.policy.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import type { Project } from '../projects/projects.service.ts';
import { activeProjects, findProjectsByIds } from '../projects/projects.service.ts';
import * as cq from './cycles.queries.ts';
import { canManageCycles, visibleDepartments } from './reviews.policy.ts';
import * as q from './reviews.queries.ts';
import type { CalendarInput, CreateCycleInput, PlanYearInput, RollupInput } from './reviews.schemas.ts';
import {
  type Cadence,
  isApproved,
  REVIEW_LEVELS,
  type ReportState,
  type ReviewCycle,
  type ReviewLevel,
  type Status,
} from './reviews.table.ts';

/** Start and end of a period such as 2027-Q1 or 2027-H2. */
export function periodBounds(period: string): { startsOn: string; endsOn: string } {
  const m = /^(\d{4})-(Q|H)(\d)$/.exec(period);
  if (!m) throw new AppError('VALIDATION_FAILED', `Invalid period ${period}.`);
  const year = Number(m[1]);
  const months = m[2] === 'Q' ? 3 : 6;
  const startMonth = (Number(m[3]) - 1) * months;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + months, 0));
  return { startsOn: start.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10) };
}

/** Plans (and usually opens) a review cycle; due by default as the calendar says for its level. */
export async function createCycle(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  input: CreateCycleInput,
  opts: { system?: boolean } = {},
) {
  if (!opts.system && !canManageCycles(actor)) throw forbidden('Only the CDO team plans review cycles.');
  const data = input;
  const { startsOn, endsOn } = periodBounds(data.period);
  const due =
    data.dueOn ??
    addDays(endsOn, (await getCalendar(db, tenantId)).find((c) => c.level === data.level)!.dueDays);
  const existing = await q.listCycles(db, tenantId);
  const clash = sequenceViolation({ level: data.level, startsOn, endsOn, dueOn: due }, existing);
  if (clash)
    throw new AppError('VALIDATION_FAILED', 'The due date breaks the sequence of levels.', {
      dueOn: { key: 'validation.dueSequence', values: { period: clash.period, due: clash.dueOn } },
    });
  const [row] = await q.insertCycle(db, {
    tenantId,
    period: data.period,
    level: data.level,
    startsOn,
    endsOn,
    dueOn: due,
    state: data.open ? 'open' : 'planned',
  });
  if (row!.state === 'open') await createReportTasks(db, tenantId, row!);
  return row!;
}

/** Bonn's rhythm: offices quarterly, departments after them, the CDO's roll-up half-yearly. */
export const DEFAULT_CALENDAR: Record<ReviewLevel, { cadence: Cadence; dueDays: number }> = {
  office: { cadence: 'quarterly', dueDays: 15 },
  department: { cadence: 'quarterly', dueDays: 30 },
  cdo: { cadence: 'semiannual', dueDays: 45 },
};

/** The tenant's review calendar, one entry per level (the default where none was set). */
export async function getCalendar(db: DbOrTx, tenantId: string) {
  const rows = await cq.listCalendar(db, tenantId);
  return REVIEW_LEVELS.map((level) => {
    const row = rows.find((r) => r.level === level);
    return { level, ...(row ?? DEFAULT_CALENDAR[level]), updatedAt: row?.updatedAt ?? null };
  });
}

/** The CDO team sets how often each level reviews and when its reports are due (in sequence). */
export async function setCalendar(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CalendarInput,
  meta: RequestMeta = {},
) {
  if (!canManageCycles(actor)) throw forbidden('Only the CDO team sets the review calendar.');
  const data = input;
  return db.transaction(async (tx) => {
    const before = await getCalendar(tx, tenantId);
    const after = await cq.upsertCalendar(
      tx,
      REVIEW_LEVELS.map((level) => ({
        tenantId,
        level,
        cadence: data[`${level}Cadence`],
        dueDays: data[`${level}DueDays`],
      })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'review_calendar.update',
      entityType: 'review_calendar',
      entityId: tenantId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after;
  });
}

/** The periods of a year at a cadence: 2027-Q1 … 2027-Q4 or 2027-H1, 2027-H2. */
export function periodsOfYear(year: number, cadence: Cadence): string[] {
  return cadence === 'quarterly' ? [1, 2, 3, 4].map((n) => `${year}-Q${n}`) : [`${year}-H1`, `${year}-H2`];
}

/** How many years ahead the calendar can be planned. */
export const PLAN_AHEAD = 5;

/**
 * Plans a year's cycles on every level from the calendar (existing ones are kept). Due dates follow from
 * the calendar, so offices are due before their department, and departments before the CDO.
 */
export async function planYear(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: PlanYearInput,
  meta: RequestMeta = {},
) {
  if (!canManageCycles(actor)) throw forbidden('Only the CDO team plans review cycles.');
  const { year } = input;
  // A year typed wrong (1999 for 2029) would fill the calendar with cycles nobody can use: from last
  // year (a review catching up) to five years ahead.
  const now = Number((meta.today ?? currentDay()).slice(0, 4));
  if (year < now - 1 || year > now + PLAN_AHEAD)
    throw new AppError('VALIDATION_FAILED', 'A year too far from today.', {
      year: { key: 'reviewCycle.yearRange', values: { from: now - 1, to: now + PLAN_AHEAD } },
    });
  const calendar = await getCalendar(db, tenantId);
  const rows = calendar.flatMap((entry) =>
    periodsOfYear(year, entry.cadence).map((period) => {
      const { startsOn, endsOn } = periodBounds(period);
      return {
        tenantId,
        period,
        level: entry.level,
        startsOn,
        endsOn,
        dueOn: addDays(endsOn, entry.dueDays),
        state: 'planned' as const,
      };
    }),
  );
  return db.transaction(async (tx) => {
    const created = await cq.insertCycles(tx, rows);
    for (const cycle of created)
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: 'review_cycle.plan',
        entityType: 'review_cycle',
        entityId: cycle.id,
        after: cycle,
        requestId: meta.requestId,
      });
    return created;
  });
}

/**
 * Checks that a cycle's due date keeps the sequence: after the offices' due dates of the periods it
 * covers (for a department or CDO cycle) and before the due dates of the higher levels covering it.
 */
export function sequenceViolation(
  candidate: Pick<ReviewCycle, 'level' | 'startsOn' | 'endsOn' | 'dueOn'>,
  cycles: readonly Pick<ReviewCycle, 'level' | 'startsOn' | 'endsOn' | 'dueOn'>[],
): ReviewCycle | undefined {
  const rank = (l: ReviewLevel) => REVIEW_LEVELS.indexOf(l);
  return cycles.find((c) => {
    if (c.level === candidate.level) return false;
    const lower = rank(c.level) < rank(candidate.level);
    const [inner, outer] = lower ? [c, candidate] : [candidate, c];
    const covered = inner.startsOn >= outer.startsOn && inner.endsOn <= outer.endsOn;
    return covered && (lower ? c.dueOn >= candidate.dueOn : c.dueOn <= candidate.dueOn);
  }) as ReviewCycle | undefined;
}

/** Asks every active project for a status report in an office-level cycle (idempotent). */
export async function createReportTasks(db: DbOrTx, tenantId: string, cycle: ReviewCycle) {
  if (cycle.level !== 'office') return [];
  const projects = await activeProjects(db, tenantId);
  return cq.insertTasks(
    db,
    tenantId,
    cycle.id,
    projects.map((p) => p.id),
  );
}

/** Moves a cycle on (planned ▸ open ▸ closed), audited; opening may add the report tasks. */
async function moveCycle(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  to: 'open' | 'closed',
  meta: RequestMeta,
) {
  if (!canManageCycles(actor)) throw forbidden('Only the CDO team opens and closes review cycles.');
  const before = await cycleOrThrow(db, tenantId, cycleId);
  const from = to === 'open' ? 'planned' : 'open';
  if (before.state !== from)
    throw invalidState(`Only a ${from} cycle can be ${to === 'open' ? 'opened' : 'closed'}.`);
  return db.transaction(async (tx) => {
    const [after] = await cq.setCycleState(tx, tenantId, before.id, to);
    const tasks = to === 'open' ? await createReportTasks(tx, tenantId, after!) : [];
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: `review_cycle.${to === 'open' ? 'open' : 'close'}`,
      entityType: 'review_cycle',
      entityId: before.id,
      before,
      after: { ...after, tasks: tasks.length },
      requestId: meta.requestId,
    });
    return { cycle: after!, tasks: tasks.length };
  });
}

/** Opens a planned cycle; an office-level cycle gives every active project a status-report task. */
export function openCycle(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  meta: RequestMeta = {},
) {
  return moveCycle(db, tenantId, actor, cycleId, 'open', meta);
}

/**
 * Removes a cycle planned by mistake (a year typed wrong) before it is opened: it has no task, report or
 * summary yet. One a meeting or a report draft already names stays (refused as in use).
 */
export async function removePlannedCycle(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  meta: RequestMeta = {},
) {
  if (!canManageCycles(actor)) throw forbidden('Only the CDO team removes review cycles.');
  const cycle = await cycleOrThrow(db, tenantId, cycleId);
  if (cycle.state !== 'planned') throw invalidState('Only a planned cycle can be removed.');
  try {
    return await db.transaction(async (tx) => {
      const [removed] = await cq.deletePlannedCycle(tx, tenantId, cycle.id);
      if (!removed) throw invalidState('The cycle was opened meanwhile.');
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: 'review_cycle.remove',
        entityType: 'review_cycle',
        entityId: cycle.id,
        before: removed,
        requestId: meta.requestId,
      });
      return removed;
    });
  } catch (err) {
    // A meeting or a report draft names it: it is in use.
    if (fromDatabaseError(err)?.code === 'VALIDATION_FAILED')
      throw invalidState('A meeting or a report refers to this cycle.');
    throw err;
  }
}

/** Closes an open cycle: no more reports or roll-ups for it. */
export function closeCycle(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  meta: RequestMeta = {},
) {
  return moveCycle(db, tenantId, actor, cycleId, 'closed', meta);
}

async function cycleOrThrow(db: DbOrTx, tenantId: string, cycleId: string) {
  if (!isUuid(cycleId)) throw notFound();
  const [cycle] = await q.findCycle(db, tenantId, cycleId);
  if (!cycle) throw notFound('No such review cycle.');
  return cycle;
}

/** The cycles of a lower level whose periods lie inside the cycle's period (newest last). */
function coveredCycles(cycle: ReviewCycle, all: readonly ReviewCycle[], level: ReviewLevel) {
  return all
    .filter((c) => c.level === level && c.startsOn >= cycle.startsOn && c.endsOn <= cycle.endsOn)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
}

export type TaskState = ReportState | 'open';

export interface TaskRow {
  project: Pick<Project, 'id' | 'title' | 'ownerOrgUnitId' | 'leadAccountId' | 'visibility'>;
  office: string;
  state: TaskState;
  status: Status | null;
  progress: number | null;
  decisionNeeded: boolean;
  overdue: boolean;
  /** The project's reports in these cycles approved by the office head only (not yet by a summary). */
  approvedOffice: number;
}

export interface UnitRollup {
  unit: { id: string; name: string };
  counts: Record<Status | 'open' | 'pending', number>;
  decisions: number;
  tasks: TaskRow[];
}

/** Counts a group of tasks: approved statuses, reports waiting for the office head, reports not in. */
function countTasks(tasks: readonly TaskRow[]): UnitRollup['counts'] {
  const counts = { on_track: 0, at_risk: 0, off_track: 0, open: 0, pending: 0 };
  for (const t of tasks) {
    if (isApproved(t.state)) counts[t.status!]++;
    else if (t.state === 'submitted') counts.pending++;
    else counts.open++;
  }
  return counts;
}

/** Task rows of office-level cycles with their projects (the newest cycle's task per project). */
async function taskRows(
  db: DbOrTx,
  tenantId: string,
  tree: OrgTree,
  cycles: readonly ReviewCycle[],
  today: string,
): Promise<TaskRow[]> {
  const tasks = await cq.tasksWithReports(
    db,
    tenantId,
    cycles.map((c) => c.id),
  );
  const order = new Map(cycles.map((c, i) => [c.id, i]));
  const dueOf = new Map(cycles.map((c) => [c.id, c.dueOn]));
  const newest = new Map<string, (typeof tasks)[number]>();
  const approvedOffice = new Map<string, number>();
  for (const t of tasks) {
    const prev = newest.get(t.projectId);
    if (!prev || order.get(t.cycleId)! > order.get(prev.cycleId)!) newest.set(t.projectId, t);
    if (t.state === 'approved_office')
      approvedOffice.set(t.projectId, (approvedOffice.get(t.projectId) ?? 0) + 1);
  }
  const projects = await findProjectsByIds(db, tenantId, [...newest.keys()]);
  return projects
    .map((p) => {
      const t = newest.get(p.id)!;
      const state: TaskState = t.state ?? 'open';
      return {
        project: p,
        office: tree.byId.get(p.ownerOrgUnitId)?.name ?? '',
        state,
        status: t.overallStatus,
        progress: t.progress,
        decisionNeeded: !!t.decisionNeeded && state !== 'returned',
        overdue: (state === 'open' || state === 'returned') && dueOf.get(t.cycleId)! < today,
        approvedOffice: approvedOffice.get(p.id) ?? 0,
      };
    })
    .sort(
      (a, b) =>
        a.office.localeCompare(b.office, 'de') || a.project.title.localeCompare(b.project.title, 'de'),
    );
}

function rollupBy(
  rows: readonly TaskRow[],
  unitOf: (r: TaskRow) => { id: string; name: string } | undefined,
) {
  const groups = groupBy(
    rows.filter((r) => unitOf(r)),
    (r) => unitOf(r)!.id,
  );
  return [...groups.values()]
    .map((tasks) => ({
      unit: unitOf(tasks[0]!)!,
      counts: countTasks(tasks),
      decisions: tasks.filter((t) => t.decisionNeeded).length,
      tasks,
    }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'de'));
}

/**
 * One cycle as its level reviews it. Office level: every project's task and report by office. Department
 * level: the office roll-up of each department with its head's summary. CDO level: the department
 * roll-ups and the CDO's summary. Everyone on the staff may read it; writing is for the level's heads.
 */
export async function cycleReview(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  today = currentDay(),
) {
  const cycle = await cycleOrThrow(db, tenantId, cycleId);
  const [tree, all] = await Promise.all([loadOrgTree(db, tenantId), q.listCycles(db, tenantId)]);
  const officeCycles = cycle.level === 'office' ? [cycle] : coveredCycles(cycle, all, 'office');
  const departmentCycles = cycle.level === 'cdo' ? coveredCycles(cycle, all, 'department') : [];
  const [rows, rollups] = await Promise.all([
    taskRows(db, tenantId, tree, officeCycles, today),
    cq.rollupsOfCycles(db, tenantId, [cycle.id, ...departmentCycles.map((c) => c.id)]),
  ]);
  const unit = (id: string | undefined) => {
    const u = id ? tree.byId.get(id) : undefined;
    return u ? { id: u.id, name: u.name } : undefined;
  };
  const departmentOf = (r: TaskRow) => unit(tree.departmentOf(r.project.ownerOrgUnitId)?.id);
  // Everyone on the staff reads the cycle; what they see is their own department (the CDO team: all).
  const visible = visibleDepartments(actor, tree);
  const scoped = visible ? rows.filter((r) => visible.has(departmentOf(r)?.id ?? '')) : rows;
  const departments = rollupBy(scoped, departmentOf).map((d) => {
    // Whoever heads the department writes its summary, when a department-level cycle is open.
    const heads = holdsRoleOver(actor, tree, 'department_head', d.unit.id);
    // A department's summary: of this cycle (department level) or of the newest covered one (CDO level).
    const rollup = rollups
      .filter((x) => x.orgUnitId === d.unit.id)
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
    return {
      ...d,
      offices: rollupBy(d.tasks, (r) => unit(r.project.ownerOrgUnitId)),
      rollup,
      // A summary approves every office-approved report: those approved later wait for a new one.
      approvedSince: rollup ? d.tasks.reduce((n, r) => n + r.approvedOffice, 0) : 0,
      heads,
      mayWrite: heads && cycle.level === 'department' && cycle.state === 'open',
    };
  });
  return {
    cycle,
    officeCycles,
    totals: countTasks(scoped),
    decisions: scoped.filter((r) => r.decisionNeeded).length,
    overdue: scoped.filter((r) => r.overdue),
    departments,
    cdoRollup:
      cycle.level === 'cdo' ? rollups.find((x) => x.cycleId === cycle.id && !x.orgUnitId) : undefined,
    mayWriteCdo: cycle.level === 'cdo' && cycle.state === 'open' && isPortfolioManager(actor),
    headsCdo: isPortfolioManager(actor),
    /** For an office-level cycle: the department-level cycle whose summaries cover it. */
    rollupCycle:
      cycle.level === 'office'
        ? all.find(
            (c) => c.level === 'department' && c.startsOn <= cycle.startsOn && c.endsOn >= cycle.endsOn,
          )
        : undefined,
  };
}

/**
 * A department head's roll-up: a summary of their offices' reports, which approves the office-approved
 * reports of the department for the CDO roll-up; at CDO level the CDO team's summary of the portfolio.
 */
export async function submitRollup(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  cycleId: string,
  input: RollupInput,
  meta: RequestMeta = {},
) {
  const data = input;
  const cycle = await cycleOrThrow(db, tenantId, cycleId);
  if (cycle.level === 'office') throw invalidState('Offices report per project, not as a roll-up.');
  if (cycle.state !== 'open') throw invalidState('The review cycle is not open.');
  const tree = await loadOrgTree(db, tenantId);
  let orgUnitId: string | null = null;
  if (cycle.level === 'department') {
    const unit = data.orgUnitId ? tree.byId.get(data.orgUnitId) : undefined;
    if (unit?.kind !== 'department')
      throw new AppError('VALIDATION_FAILED', 'Choose a department.', {
        orgUnitId: { key: 'validation.choice' },
      });
    if (!holdsRoleOver(actor, tree, 'department_head', unit.id))
      throw forbidden('Only the head of the department writes its roll-up.');
    orgUnitId = unit.id;
  } else if (!isPortfolioManager(actor)) throw forbidden('Only the CDO team writes the CDO roll-up.');
  const all = await q.listCycles(db, tenantId);
  const officeCycleIds = coveredCycles(cycle, all, 'office').map((c) => c.id);
  const projectIds = orgUnitId
    ? (await activeAndReportedProjects(db, tenantId, officeCycleIds)).filter((p) =>
        tree.isWithin(p.ownerOrgUnitId, orgUnitId!),
      )
    : [];
  return db.transaction(async (tx) => {
    const [before] = (await cq.rollupsOfCycles(tx, tenantId, [cycle.id])).filter(
      (r) => r.orgUnitId === orgUnitId,
    );
    const [after] = await cq.upsertRollup(tx, {
      tenantId,
      cycleId: cycle.id,
      orgUnitId,
      summary: data.summary,
      submittedBy: actor!.accountId,
    });
    const approved = await cq.approveForDepartment(
      tx,
      tenantId,
      officeCycleIds,
      projectIds.map((p) => p.id),
    );
    // Approvals after this summary are reminded of anew.
    if (orgUnitId)
      await q.releaseReminder(tx, {
        tenantId,
        kind: 'rollup_again',
        cycleId: cycle.id,
        projectId: orgUnitId,
      });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'review_rollup.submit',
      entityType: 'review_rollup',
      entityId: after!.id,
      before,
      after: { ...after, approvedReports: approved.map((r) => r.id) },
      requestId: meta.requestId,
    });
    return { rollup: after!, approved: approved.length };
  });
}

/** Projects with a task in any of the cycles. */
async function activeAndReportedProjects(db: DbOrTx, tenantId: string, cycleIds: string[]) {
  const tasks = await cq.tasksWithReports(db, tenantId, cycleIds);
  return findProjectsByIds(db, tenantId, [...new Set(tasks.map((t) => t.projectId))]);
}

/** Every cycle with its level, newest period first (the calendar page). */
export function listCyclesForCalendar(db: DbOrTx, tenantId: string) {
  return q.listCycles(db, tenantId);
}

/** Status reports the actor owes as a project lead in open cycles (not in, or returned to them). */
export async function myReportTasks(db: DbOrTx, tenantId: string, actor: Actor | null, today = currentDay()) {
  if (!actor) return [];
  // The account's own projects chosen in the database: a city owes hundreds of reports, a lead a few.
  const owed = await cq.owedInOpenCycles(db, tenantId, { leadAccountId: actor.accountId });
  const projects = new Map(
    (await findProjectsByIds(db, tenantId, [...new Set(owed.map((t) => t.projectId))])).map((p) => [p.id, p]),
  );
  return owed
    .filter((t) => projects.has(t.projectId))
    .map((t) => ({
      projectId: t.projectId,
      cycleId: t.cycleId,
      title: projects.get(t.projectId)!.title,
      period: t.period,
      dueOn: t.dueOn,
      overdue: t.dueOn < today,
      returned: t.returned,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/**
 * The roll-ups a department- or CDO-level cycle still waits for: the departments with projects in the
 * covered office cycles that have not written theirs, or (CDO level) whether the CDO's is missing. A
 * department that has written its summary is still listed while office heads have approved reports after
 * it (`approvedSince` > 0): those reach the CDO level only with a new summary.
 */
export async function missingRollups(
  db: DbOrTx,
  tenantId: string,
  cycle: ReviewCycle,
  // The org tree and the cycles, where the caller has read them already (several cycles at once).
  known: { tree?: OrgTree; all?: readonly ReviewCycle[] } = {},
) {
  const [tree, all, rollups] = await Promise.all([
    known.tree ?? loadOrgTree(db, tenantId),
    known.all ?? q.listCycles(db, tenantId),
    cq.rollupsOfCycles(db, tenantId, [cycle.id]),
  ]);
  if (cycle.level === 'cdo') return { departments: [], cdo: !rollups.some((r) => !r.orgUnitId) };
  const tasks = await cq.tasksWithReports(
    db,
    tenantId,
    coveredCycles(cycle, all, 'office').map((c) => c.id),
  );
  const projects = await findProjectsByIds(db, tenantId, [...new Set(tasks.map((t) => t.projectId))]);
  const departmentOf = new Map(projects.map((p) => [p.id, tree.departmentOf(p.ownerOrgUnitId)]));
  const written = new Set(rollups.map((r) => r.orgUnitId));
  const departments = new Map<string, { id: string; name: string; approvedSince: number }>();
  for (const task of tasks) {
    const dep = departmentOf.get(task.projectId);
    if (!dep) continue;
    // Written: the summary approved every office-approved report then; any left came after it.
    const since = task.state === 'approved_office' ? 1 : 0;
    if (written.has(dep.id) && !since) continue;
    const entry = departments.get(dep.id) ?? { id: dep.id, name: dep.name, approvedSince: 0 };
    if (written.has(dep.id)) entry.approvedSince += since;
    departments.set(dep.id, entry);
  }
  const named = [...departments.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { departments: named, cdo: false };
}

/**
 * Office level: the earlier office cycles still open with status reports missing. Opening the next one
 * lets both run side by side (each project's page offers the form for each); the question before opening
 * says so.
 */
export async function earlierStillOpen(db: DbOrTx, tenantId: string, cycle: ReviewCycle) {
  if (cycle.level !== 'office') return [];
  const earlier = (await q.listCycles(db, tenantId))
    .filter((c) => c.level === 'office' && c.state === 'open' && c.endsOn < cycle.startsOn)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const progress = await openCycleProgress(db, tenantId, earlier);
  return earlier
    .map((c) => ({ period: c.period, level: c.level, missing: progress.get(c.id)?.owed ?? 0 }))
    .filter((r) => r.missing > 0);
}

/**
 * For removing a planned department- or CDO-level cycle: the cycles one level down, open or planned, whose
 * reports (or summaries) it would sum up and no other cycle of its level covers. Removed, they stay without
 * a summary until the period is planned again; the question before removing says so.
 */
export async function leftWithoutSummary(db: DbOrTx, tenantId: string, cycle: ReviewCycle) {
  if (cycle.level === 'office') return [];
  const all = await q.listCycles(db, tenantId);
  const lower = cycle.level === 'cdo' ? 'department' : 'office';
  const others = all.filter((c) => c.level === cycle.level && c.id !== cycle.id);
  return coveredCycles(cycle, all, lower).filter(
    (c) => c.state !== 'closed' && !others.some((o) => o.startsOn <= c.startsOn && o.endsOn >= c.endsOn),
  );
}

/** How far one open cycle is: reports owed and waiting (office level) or summaries missing. */
export interface CycleProgress {
  cycleId: string;
  owed: number;
  waiting: number;
  /** Summaries not written yet (department level: per department; CDO level: the CDO's). */
  summaries: number;
  /** Department summaries written before reports approved since: to be written again. */
  renew: number;
  /** The reports approved after their department's summary, not summed up yet. */
  approvedSince: number;
}

/**
 * How far each of `cycles` is, the open ones (the calendar, the questions before opening): office level,
 * the status reports still owed and those waiting for the office head's approval; department and CDO
 * level, the summaries still missing, and those to renew (a department's, when reports were approved after
 * it). `all` is every cycle of the tenant, as read already.
 */
export async function openCycleProgress(
  db: DbOrTx,
  tenantId: string,
  cycles: readonly ReviewCycle[],
  all: readonly ReviewCycle[] = cycles,
): Promise<Map<string, CycleProgress>> {
  const open = cycles.filter((c) => c.state === 'open');
  const offices = open.filter((c) => c.level === 'office').map((c) => c.id);
  const [owed, waiting, tree] = await Promise.all([
    offices.length ? cq.owedInOpenCycles(db, tenantId) : [],
    offices.length ? cq.waitingInCycles(db, tenantId, offices) : [],
    open.some((c) => c.level === 'department') ? loadOrgTree(db, tenantId) : undefined,
  ]);
  const none = { owed: 0, waiting: 0, summaries: 0, renew: 0, approvedSince: 0 };
  const rows = await Promise.all(
    open.map(async (c) => {
      if (c.level === 'office')
        return {
          ...none,
          cycleId: c.id,
          owed: owed.filter((o) => o.cycleId === c.id).length,
          waiting: waiting.find((w) => w.cycleId === c.id)?.n ?? 0,
        };
      const missing = await missingRollups(db, tenantId, c, { all, tree });
      return {
        ...none,
        cycleId: c.id,
        summaries: missing.cdo ? 1 : missing.departments.filter((d) => !d.approvedSince).length,
        renew: missing.departments.filter((d) => d.approvedSince).length,
        approvedSince: missing.departments.reduce((n, d) => n + d.approvedSince, 0),
      };
    }),
  );
  return new Map(rows.map((r) => [r.cycleId, r]));
}

/**
 * What a department- or CDO-level cycle would summarise that is not there yet: the covered cycles one level
 * down that are still planned, or open with status reports (office level) or summaries (department level)
 * missing, or reports still waiting for the office head's approval or approved after their department's
 * summary. The question before opening names them, so summaries are not asked for before their material.
 */
export async function unfinishedBelow(db: DbOrTx, tenantId: string, cycle: ReviewCycle) {
  if (cycle.level === 'office') return [];
  const all = await q.listCycles(db, tenantId);
  const below = coveredCycles(cycle, all, cycle.level === 'cdo' ? 'department' : 'office').filter(
    (c) => c.state !== 'closed',
  );
  const progress = await openCycleProgress(db, tenantId, below, all);
  return below
    .map((c) => {
      const p = progress.get(c.id);
      return {
        period: c.period,
        level: c.level,
        state: c.state,
        missing: !p ? 0 : c.level === 'office' ? p.owed : p.summaries,
        waiting: p?.waiting ?? 0,
        /** Reports approved after their department's summary, not summed up yet (department level). */
        approvedSince: p?.approvedSince ?? 0,
      };
    })
    .filter((r) => r.state !== 'open' || r.missing > 0 || r.waiting > 0 || r.approvedSince > 0);
}

/** How many projects of one office reported one status in one of the newest office-level cycles. */
export type TrendRow = Awaited<ReturnType<typeof cq.trendRows>>[number];

/**
 * The approved statuses of the newest office-level cycles, counted per owning unit, with the cycles: read
 * once for a whole tenant, they give the trend of the whole portfolio or of a department's (trendOf).
 */
export async function trendData(db: DbOrTx, tenantId: string, count: number) {
  const [cycles, rows] = await Promise.all([q.listCycles(db, tenantId), cq.trendRows(db, tenantId, count)]);
  return { cycles, rows, count };
}

/**
 * The trend across the newest office-level cycles: per cycle, how many projects (all, or those of the units
 * `inScope` accepts) reported each status (approved reports only) and their mean progress.
 */
export function trendOf(
  data: Awaited<ReturnType<typeof trendData>>,
  inScope?: (orgUnitId: string) => boolean,
) {
  const rows = inScope ? data.rows.filter((r) => inScope(r.ownerOrgUnitId)) : data.rows;
  const byCycle = groupBy(rows, (r) => r.cycleId);
  return data.cycles
    .filter((c) => c.level === 'office' && byCycle.has(c.id))
    .slice(0, data.count)
    .reverse()
    .map((c) => {
      const members = byCycle.get(c.id)!;
      const of = (s: string) => members.filter((r) => r.overallStatus === s).reduce((n, r) => n + r.count, 0);
      const total = members.reduce((n, r) => n + r.count, 0);
      return {
        period: c.period,
        on_track: of('on_track'),
        at_risk: of('at_risk'),
        off_track: of('off_track'),
        total,
        progress: Math.round(members.reduce((sum, r) => sum + r.progress, 0) / total),
      };
    });
}

/** Report tasks of open office-level cycles still owed (no report, or a returned one), with their due dates. */
export function owedInOpenCycles(db: DbOrTx, tenantId: string, projectIds?: readonly string[]) {
  return cq.owedInOpenCycles(db, tenantId, { projectIds });
}

/** Projects whose report in an open cycle asks for a decision. */
export function decisionsInOpenCycles(db: DbOrTx, tenantId: string) {
  return cq.decisionsInOpenCycles(db, tenantId);
}

/**
 * Department roll-ups still to write: each open department-level cycle in which one of the departments
 * has no summary yet, or reports approved after it (`approvedSince`; what a department head's start page
 * and calendar feed list).
 */
export async function rollupsDueFor(db: DbOrTx, tenantId: string, departmentIds: readonly string[]) {
  if (!departmentIds.length) return [];
  const all = await q.listCycles(db, tenantId);
  const cycles = all.filter((c) => c.level === 'department' && c.state === 'open');
  if (!cycles.length) return [];
  const tree = await loadOrgTree(db, tenantId);
  // Due where there is something to sum up, as the reminders count it: a department with projects in the
  // covered office cycles (walk: a department-level cycle opened before its office cycle listed a summary
  // due whose page had no form).
  const missing = await Promise.all(
    cycles.map((cycle) => missingRollups(db, tenantId, cycle, { tree, all })),
  );
  return cycles.flatMap((cycle, i) =>
    missing[i]!.departments.filter((d) => departmentIds.includes(d.id)).map((d) => ({
      cycle,
      departmentId: d.id,
      approvedSince: d.approvedSince,
    })),
  );
}
