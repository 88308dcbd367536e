import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordContentChanged } from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { addPartner, listPartners } from '../orgs/orgs.service.ts';
import {
  ACTIVE_PHASES,
  findProjectsByIds,
  getEditableProject,
  type Project,
  type ProjectPhase,
  setBudgetTotals,
} from '../projects/projects.service.ts';
import * as dq from './delivery.queries.ts';
import type {
  BudgetYearInput,
  DependencyInput,
  ProjectPartnersInput,
  ProjectUpdateInput,
  RiskInput,
} from './delivery.schemas.ts';

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

/** Sets the partners a project cooperates with; a new partner can be added on the way. */
/** The newest public news of public projects (the city's, one project's or one field's), for the feeds. */
export function publicProjectUpdates(
  db: DbOrTx,
  tenantId: string,
  opts: { projectId?: string; fieldOfActionId?: string; limit: number },
) {
  return dq.publicUpdates(db, tenantId, opts);
}

export async function setProjectPartners(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: ProjectPartnersInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const data = input;
  const known = new Set((await listPartners(db, tenantId)).map((p) => p.id));
  if (data.partnerIds.some((id) => !known.has(id)))
    throw new AppError('VALIDATION_FAILED', 'Unknown partner.', { partnerIds: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const before = await dq.partnersOfProject(tx, tenantId, project.id);
    const ids = new Set(data.partnerIds);
    if (data.newName && data.newKind) {
      const created = await addPartner(tx, tenantId, {
        name: data.newName,
        kind: data.newKind,
        digitalHubMember: data.newDigitalHub,
      });
      ids.add(created.id);
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
  const data = input;
  return db.transaction(async (tx) => {
    const before = await dq.budgetsOfProjects(tx, tenantId, [project.id]);
    // An amount left empty keeps the year's (none yet: 0).
    const known = before.find((b) => b.year === data.year);
    const [row] = await dq.upsertBudget(tx, {
      tenantId,
      projectId: project.id,
      year: data.year,
      planned: data.planned ?? known?.planned ?? '0',
      spent: data.spent ?? known?.spent ?? '0',
    });
    await setBudgetTotals(tx, tenantId, project.id, await dq.budgetTotals(tx, tenantId, project.id));
    await audit(tx, tenantId, actor!, 'project.budget', project.id, before, row, meta);
    return row!;
  });
}

/**
 * Removes a year of a project's budget (typed for the wrong year, or never meant): the project's totals
 * are the sum of the years left (none left: no budget given). Audited with what the year held.
 */
export async function removeBudgetYear(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  year: number,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  return db.transaction(async (tx) => {
    const [removed] = await dq.deleteBudget(tx, tenantId, project.id, year);
    if (!removed) throw notFound('The project has no budget for this year.');
    await setBudgetTotals(tx, tenantId, project.id, await dq.budgetTotals(tx, tenantId, project.id));
    await audit(tx, tenantId, actor!, 'project.budget.remove', project.id, removed, undefined, meta);
    return removed;
  });
}

/** A year of a project's budget, for the question before it is removed (only to whoever may edit it). */
export async function getEditableBudgetYear(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  year: number,
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const years = await dq.budgetsOfProjects(db, tenantId, [project.id]);
  const budget = years.find((b) => b.year === year);
  if (!budget) throw notFound('The project has no budget for this year.');
  return { project, budget, last: years.length === 1 };
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
  const data = input;
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
  const data = input;
  const [other] = await findProjectsByIds(db, tenantId, [data.dependsOnId]);
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
  const data = input;
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
    if (row!.visibility === 'public')
      await recordContentChanged(tx, {
        tenantId,
        type: 'project_update',
        id: row!.id,
        actorAccountId: actor!.accountId,
      });
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
  const [partners, budgets, sums, risks, deps, updates] = await Promise.all([
    dq.partnersOfProject(db, tenantId, project.id),
    dq.budgetsOfProjects(db, tenantId, [project.id]),
    dq.budgetSums(db, tenantId, project.id, 0),
    opts.publicView ? Promise.resolve([]) : dq.risksOfProject(db, tenantId, project.id),
    dq.dependenciesOf(db, tenantId, project.id),
    dq.updatesOfProject(db, tenantId, project.id, opts.publicView),
  ]);
  const others = await findProjectsByIds(db, tenantId, [
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
    /** The sums of the yearly rows, exact (numeric as text). */
    budgetTotals: { planned: sums.planned, spent: sums.spent },
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
/** The public projects a partner organisation contributes to (what its people see in their personal area). */
export async function publicProjectsOfPartner(db: DbOrTx, tenantId: string, partnerId: string) {
  return (await dq.projectsOfPartner(db, tenantId, partnerId)).filter((p) => p.visibility === 'public');
}

export function partnerChoices(db: DbOrTx, tenantId: string) {
  return listPartners(db, tenantId);
}

/**
 * Budget planned and spent up to the current year (later years are not due yet), for the health: summed
 * exactly by the database; a project without yearly rows counts its totals. Numbers only for the ratio.
 */
export async function budgetToDate(
  db: DbOrTx,
  tenantId: string,
  project: Pick<Project, 'id' | 'budgetPlanned' | 'budgetSpent'>,
  today = currentDay(),
) {
  const sums = await dq.budgetSums(db, tenantId, project.id, Number(today.slice(0, 4)));
  if (!sums.years)
    return {
      budgetPlanned: project.budgetPlanned === null ? null : Number(project.budgetPlanned),
      budgetSpent: project.budgetSpent === null ? null : Number(project.budgetSpent),
    };
  return { budgetPlanned: Number(sums.plannedToDate), budgetSpent: Number(sums.spentToDate) };
}

/**
 * The active portfolio with the facts the cockpit's health needs (budget to date, late milestones),
 * aggregated in the database so 2,000 projects cost one round trip; with `projectIds`, only theirs.
 */
export async function activePortfolio(
  db: DbOrTx,
  tenantId: string,
  today: string,
  projectIds?: readonly string[],
) {
  return portfolioWithFacts(db, tenantId, today, ACTIVE_PHASES, projectIds);
}

/** Projects of the given phases with the facts their computed health needs (see activePortfolio). */
export async function portfolioWithFacts(
  db: DbOrTx,
  tenantId: string,
  today: string,
  phases: readonly ProjectPhase[],
  projectIds?: readonly string[],
) {
  return (await dq.portfolioFacts(db, tenantId, phases, today, projectIds)).map((r) => ({
    id: r.id,
    title: r.title,
    fieldOfActionId: r.field_of_action_id,
    ownerOrgUnitId: r.owner_org_unit_id,
    phase: r.phase,
    budgetPlanned: r.planned === null ? null : Number(r.planned),
    budgetSpent: r.spent === null ? null : Number(r.spent),
    late: r.late ? { count: r.late, oldestDue: r.oldest_due! } : undefined,
  }));
}

export { type ProjectBudget, type ProjectRisk, type ProjectUpdate, RISK_LEVELS } from './delivery.table.ts';
