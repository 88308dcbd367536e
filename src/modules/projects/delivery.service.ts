import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { isUuid, parseInput } from '../../platform/validation.ts';
import { isPortfolioManager } from '../orgs/orgs.policy.ts';
import * as dq from './delivery.queries.ts';
import {
  type BudgetYearInput,
  type DependencyInput,
  type ProjectPartnersInput,
  type ProjectUpdateInput,
  type RiskInput,
  type UpdateProjectInput,
  ZBudgetYearInput,
  ZDependencyInput,
  ZProjectPartnersInput,
  ZProjectUpdateInput,
  ZRiskInput,
  ZUpdateProjectInput,
} from './delivery.schemas.ts';
import * as q from './projects.queries.ts';
import { getEditableProject } from './projects.service.ts';
import type { Project, ProjectBudget } from './projects.table.ts';

function audit(
  tx: DbOrTx,
  tenantId: string,
  actor: Actor,
  action: string,
  entityId: string,
  before: unknown,
  after: unknown,
  meta: RequestMeta,
) {
  return recordAudit(tx, {
    tenantId,
    actorAccountId: actor.accountId,
    action,
    entityType: 'project',
    entityId,
    before,
    after,
    requestId: meta.requestId,
  });
}

/**
 * Changes a project's own facts: texts, implementation plan, lead, phase (a stopped project needs the
 * reason), dates. Visibility and the quick-win flag are the CDO team's to change.
 */
export async function updateProject(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: UpdateProjectInput,
  meta: RequestMeta = {},
) {
  const before = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZUpdateProjectInput, input);
  if (!isPortfolioManager(actor)) {
    const fields: AppError['fields'] = {};
    if (data.visibility !== before.visibility) fields.visibility = { key: 'validation.cdoOnly' };
    if (data.quickWin !== before.quickWin) fields.quickWin = { key: 'validation.cdoOnly' };
    if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 'Only the CDO team.', fields);
  }
  return db.transaction(async (tx) => {
    const [after] = await dq.updateProjectRow(tx, tenantId, before.id, {
      title: data.title,
      summary: data.summary,
      description: data.description,
      implementationPlan: data.implementationPlan,
      leadAccountId: data.leadAccountId ?? null,
      phase: data.phase,
      stopReason: data.phase === 'stopped' ? data.stopReason : null,
      startsOn: data.startsOn ?? null,
      endsOn: data.endsOn ?? null,
      visibility: data.visibility,
      quickWin: data.quickWin,
    });
    await audit(tx, tenantId, actor!, 'project.update', before.id, before, after, meta);
    return after!;
  });
}

/** Sets the partners a project cooperates with; a new partner can be added on the way. */
export async function setProjectPartners(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: ProjectPartnersInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZProjectPartnersInput, input);
  const known = new Set((await dq.listPartners(db, tenantId)).map((p) => p.id));
  if (data.partnerIds.some((id) => !known.has(id)))
    throw new AppError('VALIDATION_FAILED', 'Unknown partner.', { partnerIds: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const before = await dq.partnersOfProject(tx, tenantId, project.id);
    const ids = new Set(data.partnerIds);
    if (data.newName && data.newKind) {
      const [created] = await dq.insertPartner(tx, {
        tenantId,
        name: data.newName,
        kind: data.newKind,
        digitalHubMember: data.newDigitalHub,
      });
      ids.add(created!.id);
    }
    await dq.replacePartners(tx, tenantId, project.id, [...ids]);
    const after = await dq.partnersOfProject(tx, tenantId, project.id);
    await audit(
      tx,
      tenantId,
      actor!,
      'project.partners',
      project.id,
      before.map((p) => p.partner.name),
      after.map((p) => p.partner.name),
      meta,
    );
    return after;
  });
}

/** Records the budget planned and spent in one year; the project's totals follow. */
export async function setBudgetYear(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: BudgetYearInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZBudgetYearInput, input);
  return db.transaction(async (tx) => {
    const before = await dq.budgetsOfProjects(tx, tenantId, [project.id]);
    const [row] = await dq.upsertBudget(tx, {
      tenantId,
      projectId: project.id,
      year: data.year,
      planned: data.planned,
      spent: data.spent,
    });
    await dq.syncBudgetTotals(tx, tenantId, project.id);
    await audit(tx, tenantId, actor!, 'project.budget', project.id, before, row, meta);
    return row!;
  });
}

export async function addRisk(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: RiskInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZRiskInput, input);
  return db.transaction(async (tx) => {
    const [row] = await dq.insertRisk(tx, { tenantId, projectId: project.id, ...data });
    await audit(tx, tenantId, actor!, 'project.risk.add', project.id, undefined, row, meta);
    return row!;
  });
}

/** A risk that no longer threatens the project is closed (kept for the record). */
export async function closeRisk(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  riskId: string,
  meta: RequestMeta = {},
) {
  if (!isUuid(riskId)) throw notFound();
  const [risk] = await dq.findRisk(db, tenantId, riskId);
  if (!risk) throw notFound('No such risk.');
  const project = await getEditableProject(db, tenantId, actor, risk.projectId);
  return db.transaction(async (tx) => {
    const [after] = await dq.closeRiskRow(tx, tenantId, risk.id);
    await audit(tx, tenantId, actor!, 'project.risk.close', project.id, risk, after, meta);
    return after!;
  });
}

/** True when `from` already (transitively) depends on `to`. */
function reaches(edges: readonly { projectId: string; dependsOnId: string }[], from: string, to: string) {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur === to) return true;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const e of edges) if (e.projectId === cur) stack.push(e.dependsOnId);
  }
  return false;
}

/** The project needs another one; circular dependencies are refused. */
export async function addDependency(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: DependencyInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZDependencyInput, input);
  const [other] = await q.findProjectById(db, tenantId, data.dependsOnId);
  if (!other || other.id === project.id)
    throw new AppError('VALIDATION_FAILED', 'Unknown project.', {
      dependsOnId: { key: 'validation.choice' },
    });
  if (reaches(await dq.dependenciesOf(db, tenantId), other.id, project.id))
    throw new AppError('VALIDATION_FAILED', 'Circular dependency.', {
      dependsOnId: { key: 'validation.circularDependency', values: { project: other.title } },
    });
  return db.transaction(async (tx) => {
    const [row] = await dq.insertDependency(tx, {
      tenantId,
      projectId: project.id,
      dependsOnId: other.id,
      note: data.note,
    });
    await audit(tx, tenantId, actor!, 'project.dependency.add', project.id, undefined, row, meta);
    return row;
  });
}

export async function removeDependency(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  dependsOnId: string,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  if (!isUuid(dependsOnId)) throw notFound();
  return db.transaction(async (tx) => {
    const [row] = await dq.deleteDependency(tx, tenantId, project.id, dependsOnId);
    if (!row) throw notFound('No such dependency.');
    await audit(tx, tenantId, actor!, 'project.dependency.remove', project.id, row, undefined, meta);
    return row;
  });
}

/** Project news; on an internal project every update stays internal. */
export async function addProjectUpdate(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: ProjectUpdateInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = parseInput(ZProjectUpdateInput, input);
  return db.transaction(async (tx) => {
    const [row] = await dq.insertUpdate(tx, {
      tenantId,
      projectId: project.id,
      title: data.title,
      body: data.body,
      visibility: project.visibility === 'internal' ? 'internal' : data.visibility,
      authorAccountId: actor!.accountId,
    });
    await audit(tx, tenantId, actor!, 'project.update.publish', project.id, undefined, row, meta);
    return row!;
  });
}

/**
 * Everything about a project's delivery for its page: partners, budget per year, risks, dependencies in
 * both directions and updates. The public view leaves out risks, internal updates and internal projects.
 */
export async function projectDelivery(
  db: DbOrTx,
  tenantId: string,
  project: Project,
  opts: { publicView: boolean },
) {
  const [partners, budgets, risks, deps, updates] = await Promise.all([
    dq.partnersOfProject(db, tenantId, project.id),
    dq.budgetsOfProjects(db, tenantId, [project.id]),
    opts.publicView ? Promise.resolve([]) : dq.risksOfProject(db, tenantId, project.id),
    dq.dependenciesOf(db, tenantId, project.id),
    dq.updatesOfProject(db, tenantId, project.id, opts.publicView),
  ]);
  const others = await q.findProjectsByIds(db, tenantId, [
    ...new Set(deps.flatMap((d) => [d.projectId, d.dependsOnId]).filter((id) => id !== project.id)),
  ]);
  const visible = new Map(
    others.filter((p) => !opts.publicView || p.visibility === 'public').map((p) => [p.id, p]),
  );
  const link = (id: string, note: string) => {
    const p = visible.get(id);
    return p ? { id: p.id, slug: p.slug, title: p.title, phase: p.phase, note } : undefined;
  };
  return {
    partners,
    budgets,
    risks,
    dependsOn: deps
      .filter((d) => d.projectId === project.id)
      .flatMap((d) => link(d.dependsOnId, d.note) ?? []),
    neededBy: deps
      .filter((d) => d.dependsOnId === project.id)
      .flatMap((d) => link(d.projectId, d.note) ?? []),
    updates,
  };
}

/** Partners to choose from on the project page. */
export function partnerChoices(db: DbOrTx, tenantId: string) {
  return dq.listPartners(db, tenantId);
}

/** Budget planned and spent up to the current year (later years are not due yet), for the health. */
export function budgetToDate(
  budgets: readonly Pick<ProjectBudget, 'year' | 'planned' | 'spent'>[],
  totals: Pick<Project, 'budgetPlanned' | 'budgetSpent'>,
  today = currentDay(),
) {
  const year = Number(today.slice(0, 4));
  if (!budgets.length)
    return {
      budgetPlanned: totals.budgetPlanned === null ? null : Number(totals.budgetPlanned),
      budgetSpent: totals.budgetSpent === null ? null : Number(totals.budgetSpent),
    };
  const upTo = budgets.filter((b) => b.year <= year);
  return {
    budgetPlanned: upTo.reduce((s, b) => s + Number(b.planned), 0),
    budgetSpent: upTo.reduce((s, b) => s + Number(b.spent), 0),
  };
}

export interface TimelineEvent {
  date: string;
  kind: 'start' | 'end' | 'milestone' | 'milestone_done' | 'status' | 'update' | 'stopped';
  title: string;
  detail?: string;
}

/** The project's story in order: start, milestones, approved statuses, updates, end. */
export function buildTimeline(
  project: Pick<Project, 'startsOn' | 'endsOn' | 'phase' | 'stopReason' | 'updatedAt'>,
  milestones: readonly { title: string; dueOn: string; doneOn: string | null }[],
  statuses: readonly { period: string; overallStatus: string; progress: number; reviewedAt: Date | null }[],
  updates: readonly { title: string; publishedAt: Date }[],
): TimelineEvent[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const events: TimelineEvent[] = [];
  if (project.startsOn) events.push({ date: project.startsOn, kind: 'start', title: '' });
  for (const m of milestones)
    events.push(
      m.doneOn
        ? { date: m.doneOn, kind: 'milestone_done', title: m.title }
        : { date: m.dueOn, kind: 'milestone', title: m.title },
    );
  for (const s of statuses)
    if (s.reviewedAt)
      events.push({
        date: day(s.reviewedAt),
        kind: 'status',
        title: s.period,
        detail: `${s.overallStatus}:${s.progress}`,
      });
  for (const u of updates) events.push({ date: day(u.publishedAt), kind: 'update', title: u.title });
  if (project.phase === 'stopped')
    events.push({ date: day(project.updatedAt), kind: 'stopped', title: project.stopReason ?? '' });
  else if (project.endsOn) events.push({ date: project.endsOn, kind: 'end', title: '' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
