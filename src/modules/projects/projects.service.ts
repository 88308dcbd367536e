import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit, recordAudits } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { recordEvent, recordEvents } from '../../platform/events.ts';
import type { Deps } from '../../platform/http/types.ts';
import { compareGerman } from '../../platform/i18n/i18n.ts';
import { isUuid } from '../../platform/validation.ts';
import { getIdea, markIdeaInProject, proposalIdsOfIdea } from '../ideas/ideas.service.ts';
import { isPortfolioManager } from '../orgs/orgs.policy.ts';
import { listAccountsWithRole, loadOrgTree } from '../orgs/orgs.service.ts';
import { findFieldOfAction } from '../strategy/strategy.service.ts';
import {
  PROJECT_EVENTS,
  type ProjectCreated,
  type ProjectFacts,
  type ProjectUpdated,
} from './projects.events.ts';
import { canCreateProject, canEditProject, canViewProject } from './projects.policy.ts';
import * as q from './projects.queries.ts';
import type { AddMilestoneInput, CreateProjectInput, UpdateProjectInput } from './projects.schemas.ts';
import { ACTIVE_PHASES, type Milestone, type Project } from './projects.table.ts';

export {
  ACTIVE_PHASES,
  type Milestone,
  PROJECT_PHASES,
  type Project,
  type ProjectPhase,
  STATUS_SHOWN_PHASES,
  VISIBILITIES,
  type Visibility,
} from './projects.table.ts';

/** A readable, stable URL part from a German title: "Online-Terminvergabe für Bürgerämter" ▸ online-terminvergabe-fuer-buergeraemter. */
export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '') || 'projekt'
  );
}

async function uniqueSlug(db: DbOrTx, tenantId: string, title: string) {
  const base = slugify(title);
  const taken = new Set((await q.slugsLike(db, tenantId, base)).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Opens a project in the portfolio (CDO team), optionally implementing a project idea. */
export async function createProject(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CreateProjectInput,
  meta: RequestMeta = {},
) {
  if (!canCreateProject(actor)) throw forbidden('Only the CDO team may create projects.');
  const data = input;
  const tree = await loadOrgTree(db, tenantId);
  const owner = tree.byId.get(data.ownerOrgUnitId);
  if (owner?.kind !== 'office')
    throw new AppError('VALIDATION_FAILED', 'Unknown office.', {
      ownerOrgUnitId: { key: 'validation.choice' },
    });
  if (!(await findFieldOfAction(db, tenantId, data.fieldOfActionId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown field of action.', {
      fieldOfActionId: { key: 'validation.choice' },
    });
  if (data.ideaId && !(await getIdea(db, tenantId, data.ideaId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown idea.', { ideaId: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const [row] = await q.insertProject(tx, {
      tenantId,
      slug: await uniqueSlug(tx, tenantId, data.title),
      title: data.title,
      summary: data.summary,
      description: data.description,
      fieldOfActionId: data.fieldOfActionId,
      ownerOrgUnitId: data.ownerOrgUnitId,
      leadAccountId: data.leadAccountId ?? null,
      ideaId: data.ideaId ?? null,
      phase: data.phase,
      visibility: data.visibility,
      startsOn: data.startsOn ?? null,
      endsOn: data.endsOn ?? null,
      budgetPlanned: data.budgetPlanned ?? null,
      quickWin: data.quickWin,
    });
    if (data.ideaId) await markIdeaInProject(tx, tenantId, data.ideaId);
    await recordEvent<ProjectCreated>(tx, {
      tenantId,
      type: PROJECT_EVENTS.created,
      subjectType: 'project',
      subjectId: row!.id,
      actorAccountId: actor!.accountId,
      payload: await projectFacts(tx, tenantId, row!),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'project.create',
      entityType: 'project',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** A project as the actor may see it, by slug; internal projects are invisible to the public (404). */
export async function getProjectBySlug(db: DbOrTx, tenantId: string, actor: Actor | null, slug: string) {
  const [row] = await q.findProjectBySlug(db, tenantId, slug);
  if (!row || !canViewProject(actor, row)) throw notFound('No such project.');
  return row;
}

export async function getProject(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await q.findProjectById(db, tenantId, id);
  if (!row || !canViewProject(actor, row)) throw notFound('No such project.');
  return row;
}

/** The project if the actor may change it; FORBIDDEN otherwise (checked against the stored record). */
export async function getEditableProject(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  const project = await getProject(db, tenantId, actor, id);
  const tree = await loadOrgTree(db, tenantId);
  if (!canEditProject(actor, project, tree)) throw forbidden('You may not change this project.');
  return project;
}

export async function mayEditProject(db: DbOrTx, tenantId: string, actor: Actor | null, project: Project) {
  return canEditProject(actor, project, await loadOrgTree(db, tenantId));
}

export function listProjects(db: DbOrTx, tenantId: string, query: q.ProjectListQuery) {
  return q.listProjects(db, tenantId, query);
}

/**
 * Every project of the tenant as a form's options (a dependency, the project a process or service
 * belongs to, a meeting's decision): kept until the next change in the tenant where pages are kept, since
 * each such page offers all of them (2,000 projects: a full reading of every project on each view).
 */
export function projectOptions(
  deps: Pick<Deps, 'cache' | 'database' | 'config'>,
  tenantId: string,
): Promise<{ value: string; label: string }[]> {
  // Sorted as the other lists of projects are (the database's collation differs between the engines and
  // puts "Projekt 1009" before "Projekt 100").
  const read = async () =>
    (await q.projectOptions(deps.database.db, tenantId)).sort((a, b) => compareGerman(a.label, b.label));
  return deps.config.responseCache ? deps.cache.value(tenantId, 'project-options', read) : read();
}

/** The back office's list of projects: the columns it compares, of every project the filter leaves. */
export function listProjectColumns(
  db: DbOrTx,
  tenantId: string,
  query: Omit<q.ProjectListQuery, 'limit' | 'offset'>,
) {
  return q.projectListColumns(db, tenantId, query);
}

/** Who can lead a project: the project leads, with their office, as options for a form's select. */
export async function leadOptions(db: DbOrTx, tenantId: string) {
  const [leads, tree] = await Promise.all([
    listAccountsWithRole(db, tenantId, 'project_lead'),
    loadOrgTree(db, tenantId),
  ]);
  const byId = new Map<string, { value: string; label: string }>();
  for (const l of leads) {
    const office = l.orgUnitId ? tree.byId.get(l.orgUnitId)?.name : undefined;
    byId.set(l.id, { value: l.id, label: office ? `${l.displayName} (${office})` : l.displayName });
  }
  return [...byId.values()];
}

/** Projects that report in review cycles (planned, in progress, paused), internal ones included. */
export async function activeProjects(db: DbOrTx, tenantId: string) {
  const filter = { publicOnly: false, phases: ACTIVE_PHASES, limit: 1_000_000, offset: 0 };
  return (await q.listProjects(db, tenantId, filter)).rows;
}

/** Projects by id without a visibility check, for other modules' rules (e.g. who approves a report). */
export function findProjectsByIds(db: DbOrTx, tenantId: string, ids: string[]) {
  return q.findProjectsByIds(db, tenantId, ids);
}

/** The proposals behind a project (through the idea it implements), for telling their followers. */
export async function proposalIdsOfProject(db: DbOrTx, tenantId: string, project: { ideaId: string | null }) {
  return project.ideaId ? proposalIdsOfIdea(db, tenantId, project.ideaId) : [];
}

/** What events of later stages carry about a project: its name, link, visibility and the proposals behind it. */
export async function projectFacts(
  db: DbOrTx,
  tenantId: string,
  project: Pick<Project, 'title' | 'slug' | 'visibility' | 'ideaId'>,
): Promise<ProjectFacts> {
  return {
    title: project.title,
    slug: project.slug,
    visibility: project.visibility,
    ideaId: project.ideaId,
    proposalIds: await proposalIdsOfProject(db, tenantId, project),
  };
}

export function projectsOfIdeas(db: DbOrTx, tenantId: string, ideaIds: string[]) {
  return q.findProjectsByIdea(db, tenantId, ideaIds);
}

export function listMilestones(db: DbOrTx, tenantId: string, projectId: string) {
  return q.listMilestones(db, tenantId, projectId);
}

/** The milestones of many projects (the roadmap draws them all at once). */
export function milestonesOfProjects(db: DbOrTx, tenantId: string, projectIds: string[]) {
  return q.milestonesOfProjects(db, tenantId, projectIds);
}

/**
 * One write to a project's milestones in one transaction: the change, the project marked as updated, and
 * the audit entry with the milestone before and after.
 */
async function changeMilestones<T extends { id: string } | undefined>(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  {
    projectId,
    action,
  }: { projectId: string; action: 'milestone.create' | 'milestone.update' | 'milestone.delete' },
  write: (tx: DbOrTx) => Promise<{ before?: Milestone; after?: T; id: string }>,
  meta: RequestMeta,
) {
  return db.transaction(async (tx) => {
    const { before, after, id } = await write(tx);
    await q.touchProject(tx, tenantId, projectId);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action,
      entityType: 'milestone',
      entityId: id,
      before,
      after,
      requestId: meta.requestId,
    });
    return after;
  });
}

/** Adds a milestone to a project the actor may edit. */
export async function addMilestone(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: AddMilestoneInput,
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const row = await changeMilestones(
    db,
    tenantId,
    actor,
    { projectId: project.id, action: 'milestone.create' },
    async (tx) => {
      const [after] = await q.insertMilestone(tx, {
        tenantId,
        projectId: project.id,
        title: input.title,
        dueOn: input.dueOn,
      });
      return { after: after!, id: after!.id };
    },
    meta,
  );
  return row!;
}

/** A milestone with its project, for whoever may edit the project (the page that changes it). */
export async function getEditableMilestone(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  milestoneId: string,
) {
  if (!isUuid(milestoneId)) throw notFound();
  const [milestone] = await q.findMilestone(db, tenantId, milestoneId);
  if (!milestone) throw notFound('No such milestone.');
  const project = await getEditableProject(db, tenantId, actor, milestone.projectId);
  return { milestone, project };
}

/** Corrects a milestone's title or due day (a typo, a date that moved), audited with both versions. */
export async function updateMilestoneDetails(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  milestoneId: string,
  input: AddMilestoneInput,
  meta: RequestMeta = {},
) {
  const { milestone: before, project } = await getEditableMilestone(db, tenantId, actor, milestoneId);
  const after = await changeMilestones(
    db,
    tenantId,
    actor,
    { projectId: project.id, action: 'milestone.update' },
    async (tx) => {
      const [row] = await q.updateMilestone(tx, tenantId, milestoneId, {
        title: input.title,
        dueOn: input.dueOn,
      });
      return { before, after: row!, id: milestoneId };
    },
    meta,
  );
  return after!;
}

/**
 * Removes a milestone entered by mistake: it leaves the project's pages, its timeline and its computed
 * health; the audit trail keeps what it was and who removed it.
 */
export async function deleteMilestone(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  milestoneId: string,
  meta: RequestMeta = {},
) {
  const { milestone: before, project } = await getEditableMilestone(db, tenantId, actor, milestoneId);
  await changeMilestones(
    db,
    tenantId,
    actor,
    { projectId: project.id, action: 'milestone.delete' },
    async (tx) => {
      await q.deleteMilestone(tx, tenantId, milestoneId);
      return { before, id: milestoneId };
    },
    meta,
  );
  return before;
}

/** Marks a milestone done today (or reopens it). */
export async function setMilestoneDone(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  milestoneId: string,
  done: boolean,
  meta: RequestMeta = {},
) {
  if (!isUuid(milestoneId)) throw notFound();
  const [before] = await q.findMilestone(db, tenantId, milestoneId);
  if (!before) throw notFound('No such milestone.');
  await getEditableProject(db, tenantId, actor, before.projectId);
  return db.transaction(async (tx) => {
    const [after] = await q.updateMilestone(tx, tenantId, milestoneId, {
      doneOn: done ? (meta.today ?? currentDay()) : null,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: done ? 'milestone.done' : 'milestone.reopen',
      entityType: 'milestone',
      entityId: milestoneId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** The goals and Smart City Charter guidelines a project serves. */
/** Which projects serve which goal, for the whole tenant. */
export function goalLinks(db: DbOrTx, tenantId: string) {
  return q.allGoalLinks(db, tenantId);
}

export function strategyLinksOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return q.strategyLinks(db, tenantId, projectId);
}

/** Links a project to goals and charter guidelines (whoever may edit the project). */
export async function setStrategyLinks(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  projectId: string,
  input: { goalIds: string[]; guidelineIds: string[] },
  known: { goalIds: ReadonlySet<string>; guidelineIds: ReadonlySet<string> },
  meta: RequestMeta = {},
) {
  const project = await getEditableProject(db, tenantId, actor, projectId);
  const goalIds = [...new Set(input.goalIds)];
  const guidelineIds = [...new Set(input.guidelineIds)];
  if (goalIds.some((id) => !known.goalIds.has(id)) || guidelineIds.some((id) => !known.guidelineIds.has(id)))
    throw new AppError('VALIDATION_FAILED', 'Unknown goal or guideline.', {
      goalIds: { key: 'validation.choice' },
    });
  return db.transaction(async (tx) => {
    const before = await q.strategyLinks(tx, tenantId, project.id);
    await q.replaceStrategyLinks(tx, tenantId, project.id, goalIds, guidelineIds);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'project.strategy_links',
      entityType: 'project',
      entityId: project.id,
      before,
      after: { goalIds, guidelineIds },
      requestId: meta.requestId,
    });
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
  const data = input;
  if (!isPortfolioManager(actor)) {
    const fields: AppError['fields'] = {};
    if (data.visibility !== before.visibility) fields.visibility = { key: 'validation.cdoOnly' };
    if (data.quickWin !== before.quickWin) fields.quickWin = { key: 'validation.cdoOnly' };
    if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 'Only the CDO team.', fields);
  }
  return db.transaction(async (tx) => {
    const [after] = await q.updateProjectRow(tx, tenantId, before.id, {
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
    if (
      after &&
      (after.title !== before.title ||
        after.summary !== before.summary ||
        after.description !== before.description ||
        after.visibility !== before.visibility)
    )
      await recordEvent<ProjectUpdated>(tx, {
        tenantId,
        type: PROJECT_EVENTS.updated,
        subjectType: 'project',
        subjectId: before.id,
        actorAccountId: actor!.accountId,
        payload: { title: after.title, slug: after.slug, visibility: after.visibility },
      });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'project.update',
      entityType: 'project',
      entityId: before.id,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** The project's budget totals, kept as the exact sums of its years (the delivery module computes them). */
export async function setBudgetTotals(
  tx: DbOrTx,
  tenantId: string,
  projectId: string,
  totals: { planned: string | null; spent: string | null },
) {
  await q.updateProjectRow(tx, tenantId, projectId, {
    budgetPlanned: totals.planned,
    budgetSpent: totals.spent,
  });
}

/** Open milestones of the projects a person leads, due by `until` or overdue (their start page). */
export function milestonesDueOfLead(db: DbOrTx, tenantId: string, accountId: string, until: string) {
  return q.milestonesDueOfLead(db, tenantId, accountId, until);
}

/** One project of a portfolio workbook, checked and resolved to ids, ready to be created or updated. */
export interface ImportedProject {
  /** The existing project it updates (matched by Kennung or title), or null for a new one. */
  existingId: string | null;
  externalRef: string | null;
  title: string;
  summary: string;
  description: string;
  fieldOfActionId: string;
  ownerOrgUnitId: string;
  leadAccountId: string | null;
  phase: Project['phase'];
  visibility: Project['visibility'];
  startsOn: string | null;
  endsOn: string | null;
  budgetPlanned: string | null;
  quickWin: boolean;
}

/** The fields an imported row would change on an existing project (none: the import leaves it alone). */
export function importChanges(before: Project, r: ImportedProject) {
  const { existingId: _existingId, ...values } = r;
  const keys = Object.keys(values) as (keyof typeof values)[];
  return keys.filter((k) =>
    k === 'budgetPlanned'
      ? (before[k] === null ? null : Number(before[k])) !== (r[k] === null ? null : Number(r[k]))
      : before[k] !== r[k],
  );
}

/** Existing projects an import can match: by Kennung, and by title (lower case; several may share one). */
export async function importMatches(db: DbOrTx, tenantId: string) {
  const rows = await q.importKeys(db, tenantId);
  const byTitle = new Map<string, typeof rows>();
  for (const r of rows)
    byTitle.set(r.title.toLowerCase(), [...(byTitle.get(r.title.toLowerCase()) ?? []), r]);
  return { byRef: new Map(rows.filter((r) => r.externalRef).map((r) => [r.externalRef!, r])), byTitle };
}

/**
 * Creates and updates the projects of a portfolio import inside the caller's transaction (the CDO team
 * only): each new project gets its slug, a created event and an audit row; a changed one an update;
 * an unchanged one nothing. Returns how many of each.
 */
export async function saveImportedProjects(
  tx: DbOrTx,
  tenantId: string,
  actor: Actor,
  rows: readonly ImportedProject[],
  meta: RequestMeta & { onProgress?: (done: number) => void } = {},
) {
  if (!canCreateProject(actor)) throw forbidden('Only the CDO team may import projects.');
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map(
    (
      await q.findProjectsByIds(
        tx,
        tenantId,
        rows.flatMap((r) => (r.existingId ? [r.existingId] : [])),
      )
    ).map((p) => [p.id, p]),
  );
  const taken = new Set((await q.allSlugs(tx, tenantId)).map((r) => r.slug));
  const slugFor = (title: string) => {
    const base = slugify(title);
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    return slug;
  };
  const events: Parameters<typeof recordEvents>[1][number][] = [];
  const audits: Parameters<typeof recordAudits>[1][number][] = [];
  // A row's values are the project's columns; only the match goes.
  const valuesOf = ({ existingId: _existingId, ...values }: ImportedProject) => values;
  let done = 0;
  // New projects go in batches: one insert, one insert of their events, one of their audit rows.
  const fresh = rows.filter((r) => !(r.existingId && existing.has(r.existingId)));
  for (let i = 0; i < fresh.length; i += 250) {
    const batch = fresh.slice(i, i + 250);
    const created = await q.insertProjects(
      tx,
      batch.map((r) => ({ tenantId, slug: slugFor(r.title), ...valuesOf(r) })),
    );
    for (const row of created) {
      events.push({
        tenantId,
        type: PROJECT_EVENTS.created,
        subjectType: 'project',
        subjectId: row.id,
        actorAccountId: actor.accountId,
        payload: {
          title: row.title,
          slug: row.slug,
          visibility: row.visibility,
          ideaId: null,
          proposalIds: [],
        },
      });
      audits.push({
        tenantId,
        actorAccountId: actor.accountId,
        action: 'project.import',
        entityType: 'project',
        entityId: row.id,
        after: row,
        requestId: meta.requestId,
      });
    }
    counts.created += created.length;
    done += batch.length;
    meta.onProgress?.(done);
  }
  for (const r of rows) {
    const before = r.existingId ? existing.get(r.existingId) : undefined;
    if (!before) continue;
    const changed = importChanges(before, r);
    if (!changed.length) counts.unchanged++;
    else {
      const [after] = await q.updateProjectRow(tx, tenantId, before.id, valuesOf(r));
      if (changed.some((k) => k === 'title' || k === 'summary' || k === 'description' || k === 'visibility'))
        events.push({
          tenantId,
          type: PROJECT_EVENTS.updated,
          subjectType: 'project',
          subjectId: before.id,
          actorAccountId: actor.accountId,
          payload: { title: after!.title, slug: after!.slug, visibility: after!.visibility },
        });
      audits.push({
        tenantId,
        actorAccountId: actor.accountId,
        action: 'project.import',
        entityType: 'project',
        entityId: before.id,
        before,
        after,
        requestId: meta.requestId,
      });
      counts.updated++;
    }
    meta.onProgress?.(++done);
  }
  for (let i = 0; i < events.length; i += 500) await recordEvents(tx, events.slice(i, i + 500));
  for (let i = 0; i < audits.length; i += 500) await recordAudits(tx, audits.slice(i, i + 500));
  return counts;
}
