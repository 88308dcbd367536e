import { and, asc, eq, gte, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { orgUnits } from '../orgs/orgs.table.ts';
import {
  milestones,
  type ProjectPhase,
  projectGoals,
  projectGuidelines,
  projects,
} from './projects.table.ts';

export interface ProjectListQuery {
  publicOnly: boolean;
  fieldIds?: string[] | undefined;
  ownerOrgUnitId?: string | undefined;
  phase?: ProjectPhase | undefined;
  phases?: readonly ProjectPhase[] | undefined;
  idIn?: string[] | undefined;
  idNotIn?: string[] | undefined;
  q?: string | undefined;
  /** Only projects whose own record changed at or after this moment. */
  changedSince?: Date | undefined;
  limit: number;
  offset: number;
}

function conditions(tenantId: string, f: ProjectListQuery): SQL | undefined {
  const conds: (SQL | undefined)[] = [eq(projects.tenantId, tenantId)];
  if (f.publicOnly) conds.push(eq(projects.visibility, 'public'));
  if (f.fieldIds) conds.push(f.fieldIds.length ? inArray(projects.fieldOfActionId, f.fieldIds) : sql`false`);
  if (f.ownerOrgUnitId) conds.push(eq(projects.ownerOrgUnitId, f.ownerOrgUnitId));
  if (f.phase) conds.push(eq(projects.phase, f.phase));
  if (f.phases) conds.push(inArray(projects.phase, [...f.phases]));
  // Id lists can hold thousands (e.g. every project with a status): one array parameter, not one per id.
  if (f.idIn) conds.push(f.idIn.length ? anyUuid(projects.id, f.idIn) : sql`false`);
  if (f.idNotIn?.length) conds.push(sql`not (${anyUuid(projects.id, f.idNotIn)})`);
  if (f.changedSince) conds.push(gte(projects.updatedAt, f.changedSince));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    // The owning office's name too: "Digitalisierung" finds the projects of the Amt für Digitalisierung.
    conds.push(
      or(
        ilike(projects.title, like),
        ilike(projects.summary, like),
        sql`${projects.ownerOrgUnitId} in (select u.id from ${orgUnits} u where u.tenant_id = ${tenantId} and u.name ilike ${like})`,
      ),
    );
  }
  return and(...conds);
}

/** Every project's id and title as a select's options (internal ones included). */
export function projectOptions(db: DbOrTx, tenantId: string) {
  return db
    .select({ value: projects.id, label: projects.title })
    .from(projects)
    .where(eq(projects.tenantId, tenantId));
}

export async function listProjects(db: DbOrTx, tenantId: string, f: ProjectListQuery) {
  const where = conditions(tenantId, f);
  // One round trip for the page and the total; a count query only when the page is past the end.
  const rows = await db
    .select({ project: projects, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(projects)
    .where(where)
    .orderBy(asc(byName(projects.title)))
    .limit(Math.max(f.limit, 1))
    .offset(f.offset);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(projects).where(where);
    total = count?.n ?? 0;
  }
  return { rows: rows.slice(0, f.limit).map((r) => r.project), total };
}

/**
 * What the back office's list compares of each project (no texts): every project the filter leaves, by
 * title. The list reads thousands; the whole rows (descriptions, plans) would be read only to be dropped.
 */
export function projectListColumns(
  db: DbOrTx,
  tenantId: string,
  f: Omit<ProjectListQuery, 'limit' | 'offset'>,
) {
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      title: projects.title,
      visibility: projects.visibility,
      phase: projects.phase,
      fieldOfActionId: projects.fieldOfActionId,
      ownerOrgUnitId: projects.ownerOrgUnitId,
      startsOn: projects.startsOn,
      endsOn: projects.endsOn,
    })
    .from(projects)
    .where(conditions(tenantId, { ...f, limit: 0, offset: 0 }))
    .orderBy(asc(byName(projects.title)));
}

export function findProjectBySlug(db: DbOrTx, tenantId: string, slug: string) {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), eq(projects.slug, slug)))
    .limit(1);
}

export function findProjectById(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)))
    .limit(1);
}

export function findProjectsByIds(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), inArray(projects.id, ids)));
}

export function findProjectsByIdea(db: DbOrTx, tenantId: string, ideaIds: string[]) {
  if (!ideaIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), inArray(projects.ideaId, ideaIds)));
}

export function slugsLike(db: DbOrTx, tenantId: string, base: string) {
  return db
    .select({ slug: projects.slug })
    .from(projects)
    .where(
      and(eq(projects.tenantId, tenantId), or(eq(projects.slug, base), ilike(projects.slug, `${base}-%`))),
    );
}

export function listMilestones(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.tenantId, tenantId), eq(milestones.projectId, projectId)))
    .orderBy(asc(milestones.dueOn));
}

/** The milestones of many projects at once (the roadmap), by project and due day. */
export function milestonesOfProjects(db: DbOrTx, tenantId: string, projectIds: string[]) {
  if (!projectIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.tenantId, tenantId), anyUuid(milestones.projectId, projectIds)))
    .orderBy(asc(milestones.projectId), asc(milestones.dueOn));
}

export function insertProject(db: DbOrTx, values: typeof projects.$inferInsert) {
  return db.insert(projects).values(values).returning();
}

/** Several new projects in one insert (a portfolio import). */
export function insertProjects(db: DbOrTx, values: (typeof projects.$inferInsert)[]) {
  return db.insert(projects).values(values).returning();
}

export function touchProject(db: DbOrTx, tenantId: string, id: string) {
  return db
    .update(projects)
    .set({ updatedAt: new Date() })
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)));
}

export function insertMilestone(db: DbOrTx, values: typeof milestones.$inferInsert) {
  return db.insert(milestones).values(values).returning();
}

export function deleteMilestone(db: DbOrTx, tenantId: string, id: string) {
  return db
    .delete(milestones)
    .where(and(eq(milestones.tenantId, tenantId), eq(milestones.id, id)))
    .returning();
}

export function findMilestone(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.tenantId, tenantId), eq(milestones.id, id)));
}

export function updateMilestone(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof milestones.$inferInsert>,
) {
  return db
    .update(milestones)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(milestones.tenantId, tenantId), eq(milestones.id, id)))
    .returning();
}

/** Every project–goal link of a tenant (a strategy page shows which projects serve which goal). */
export function allGoalLinks(db: DbOrTx, tenantId: string) {
  return db
    .select({ projectId: projectGoals.projectId, goalId: projectGoals.goalId })
    .from(projectGoals)
    .where(eq(projectGoals.tenantId, tenantId));
}

/** The goals and charter guidelines a project is linked to. */
export async function strategyLinks(db: DbOrTx, tenantId: string, projectId: string) {
  const [goals, guidelines] = await Promise.all([
    db
      .select({ id: projectGoals.goalId })
      .from(projectGoals)
      .where(and(eq(projectGoals.tenantId, tenantId), eq(projectGoals.projectId, projectId))),
    db
      .select({ id: projectGuidelines.guidelineId })
      .from(projectGuidelines)
      .where(and(eq(projectGuidelines.tenantId, tenantId), eq(projectGuidelines.projectId, projectId))),
  ]);
  return { goalIds: goals.map((g) => g.id), guidelineIds: guidelines.map((g) => g.id) };
}

export async function replaceStrategyLinks(
  db: DbOrTx,
  tenantId: string,
  projectId: string,
  goalIds: string[],
  guidelineIds: string[],
) {
  await db
    .delete(projectGoals)
    .where(and(eq(projectGoals.tenantId, tenantId), eq(projectGoals.projectId, projectId)));
  await db
    .delete(projectGuidelines)
    .where(and(eq(projectGuidelines.tenantId, tenantId), eq(projectGuidelines.projectId, projectId)));
  if (goalIds.length)
    await db.insert(projectGoals).values(goalIds.map((goalId) => ({ tenantId, projectId, goalId })));
  if (guidelineIds.length)
    await db
      .insert(projectGuidelines)
      .values(guidelineIds.map((guidelineId) => ({ tenantId, projectId, guidelineId })));
}

export function updateProjectRow(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof projects.$inferInsert>,
) {
  return db
    .update(projects)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)))
    .returning();
}

/** Open milestones of a lead's projects due by a day (overdue ones included), soonest first. */
export function milestonesDueOfLead(db: DbOrTx, tenantId: string, accountId: string, until: string) {
  return db
    .select({
      id: milestones.id,
      title: milestones.title,
      dueOn: milestones.dueOn,
      projectId: projects.id,
      projectTitle: projects.title,
    })
    .from(milestones)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, milestones.tenantId), eq(projects.id, milestones.projectId)),
    )
    .where(
      and(
        eq(milestones.tenantId, tenantId),
        eq(projects.leadAccountId, accountId),
        // Milestones of finished or stopped projects are not due any more.
        inArray(projects.phase, ['planned', 'in_progress', 'paused']),
        sql`${milestones.doneOn} is null`,
        sql`${milestones.dueOn} <= ${until}`,
      ),
    )
    .orderBy(asc(milestones.dueOn))
    .limit(20);
}

/** The public projects' pages, for the sitemap. */
export function publicProjectPages(db: DbOrTx, tenantId: string) {
  return db
    .select({ slug: projects.slug, modified: projects.updatedAt })
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), eq(projects.visibility, 'public')))
    .orderBy(asc(projects.slug));
}

/** The public projects' texts as written, for translation. */
export function publicProjectTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({
      id: projects.id,
      title: projects.title,
      summary: projects.summary,
      description: projects.description,
    })
    .from(projects)
    .where(
      and(
        eq(projects.tenantId, tenantId),
        eq(projects.visibility, 'public'),
        ...(ids ? [anyUuid(projects.id, ids)] : []),
      ),
    );
}

/** Every project's id, Kennung and title: what a portfolio import matches its rows against. */
export function importKeys(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: projects.id, externalRef: projects.externalRef, title: projects.title })
    .from(projects)
    .where(eq(projects.tenantId, tenantId));
}

/** Every slug in use, so an import of many projects picks free ones without a query each. */
export function allSlugs(db: DbOrTx, tenantId: string) {
  return db.select({ slug: projects.slug }).from(projects).where(eq(projects.tenantId, tenantId));
}
