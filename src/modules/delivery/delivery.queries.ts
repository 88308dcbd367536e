import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { partners } from '../orgs/orgs.table.ts';
import { milestones, type ProjectPhase, projects } from '../projects/projects.table.ts';
import {
  projectBudgets,
  projectDependencies,
  projectPartners,
  projectRisks,
  projectUpdates,
} from './delivery.table.ts';

export function partnersOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ partner: partners, contribution: projectPartners.contribution })
    .from(projectPartners)
    .innerJoin(
      partners,
      and(eq(partners.tenantId, projectPartners.tenantId), eq(partners.id, projectPartners.partnerId)),
    )
    .where(and(eq(projectPartners.tenantId, tenantId), eq(projectPartners.projectId, projectId)))
    .orderBy(asc(byName(partners.name)));
}

/** The projects a partner organisation contributes to, with what it contributes. */
export function projectsOfPartner(db: DbOrTx, tenantId: string, partnerId: string) {
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      title: projects.title,
      phase: projects.phase,
      visibility: projects.visibility,
      contribution: projectPartners.contribution,
    })
    .from(projectPartners)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, projectPartners.tenantId), eq(projects.id, projectPartners.projectId)),
    )
    .where(and(eq(projectPartners.tenantId, tenantId), eq(projectPartners.partnerId, partnerId)))
    .orderBy(asc(byName(projects.title)));
}

export async function replacePartners(db: DbOrTx, tenantId: string, projectId: string, partnerIds: string[]) {
  await db
    .delete(projectPartners)
    .where(and(eq(projectPartners.tenantId, tenantId), eq(projectPartners.projectId, projectId)));
  if (partnerIds.length)
    await db
      .insert(projectPartners)
      .values(partnerIds.map((partnerId) => ({ tenantId, projectId, partnerId })));
}

export function budgetsOfProjects(db: DbOrTx, tenantId: string, projectIds: string[]) {
  if (!projectIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(projectBudgets)
    .where(and(eq(projectBudgets.tenantId, tenantId), inArray(projectBudgets.projectId, projectIds)))
    .orderBy(asc(projectBudgets.year));
}

export function upsertBudget(db: DbOrTx, row: typeof projectBudgets.$inferInsert) {
  return db
    .insert(projectBudgets)
    .values(row)
    .onConflictDoUpdate({
      target: [projectBudgets.tenantId, projectBudgets.projectId, projectBudgets.year],
      set: { planned: row.planned, spent: row.spent },
    })
    .returning();
}

/** Deletes one year of a project's budget, returning what it held. */
export function deleteBudget(db: DbOrTx, tenantId: string, projectId: string, year: number) {
  return db
    .delete(projectBudgets)
    .where(
      and(
        eq(projectBudgets.tenantId, tenantId),
        eq(projectBudgets.projectId, projectId),
        eq(projectBudgets.year, year),
      ),
    )
    .returning();
}

/**
 * A project's budget summed by the database (exact numeric, as text): in all, and up to `year` (later
 * years are not due yet), with how many yearly rows there are.
 */
export async function budgetSums(db: DbOrTx, tenantId: string, projectId: string, year: number) {
  const [row] = await db
    .select({
      years: sql<number>`count(*)::int`,
      planned: sql<string>`coalesce(sum(${projectBudgets.planned}), 0)::text`,
      spent: sql<string>`coalesce(sum(${projectBudgets.spent}), 0)::text`,
      plannedToDate: sql<string>`coalesce(sum(${projectBudgets.planned}) filter (where ${projectBudgets.year} <= ${year}), 0)::text`,
      spentToDate: sql<string>`coalesce(sum(${projectBudgets.spent}) filter (where ${projectBudgets.year} <= ${year}), 0)::text`,
    })
    .from(projectBudgets)
    .where(and(eq(projectBudgets.tenantId, tenantId), eq(projectBudgets.projectId, projectId)));
  return row!;
}

/** A project's budget totals as the exact sums of its years (numeric, summed by the database). */
export async function budgetTotals(db: DbOrTx, tenantId: string, projectId: string) {
  const [row] = await db
    .select({
      planned: sql<string | null>`sum(${projectBudgets.planned})::text`,
      spent: sql<string | null>`sum(${projectBudgets.spent})::text`,
    })
    .from(projectBudgets)
    .where(and(eq(projectBudgets.tenantId, tenantId), eq(projectBudgets.projectId, projectId)));
  return { planned: row?.planned ?? null, spent: row?.spent ?? null };
}

export function risksOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select()
    .from(projectRisks)
    .where(and(eq(projectRisks.tenantId, tenantId), eq(projectRisks.projectId, projectId)))
    .orderBy(
      sql`${projectRisks.closedAt} is not null`,
      desc(sql`${projectRisks.probability} * ${projectRisks.impact}`),
    );
}

export function insertRisk(db: DbOrTx, row: typeof projectRisks.$inferInsert) {
  return db.insert(projectRisks).values(row).returning();
}

export function findRisk(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(projectRisks)
    .where(and(eq(projectRisks.tenantId, tenantId), eq(projectRisks.id, id)));
}

export function closeRiskRow(db: DbOrTx, tenantId: string, id: string) {
  return db
    .update(projectRisks)
    .set({ closedAt: new Date() })
    .where(and(eq(projectRisks.tenantId, tenantId), eq(projectRisks.id, id)))
    .returning();
}

/** Every dependency of the tenant (small: one row per pair), for cycle checks and both directions. */
export function dependenciesOf(db: DbOrTx, tenantId: string, projectId?: string) {
  return db
    .select()
    .from(projectDependencies)
    .where(
      and(
        eq(projectDependencies.tenantId, tenantId),
        projectId
          ? or(eq(projectDependencies.projectId, projectId), eq(projectDependencies.dependsOnId, projectId))
          : undefined,
      ),
    );
}

export function insertDependency(db: DbOrTx, row: typeof projectDependencies.$inferInsert) {
  return db.insert(projectDependencies).values(row).onConflictDoNothing().returning();
}

export function deleteDependency(db: DbOrTx, tenantId: string, projectId: string, dependsOnId: string) {
  return db
    .delete(projectDependencies)
    .where(
      and(
        eq(projectDependencies.tenantId, tenantId),
        eq(projectDependencies.projectId, projectId),
        eq(projectDependencies.dependsOnId, dependsOnId),
      ),
    )
    .returning();
}

export function updatesOfProject(db: DbOrTx, tenantId: string, projectId: string, publicOnly: boolean) {
  return db
    .select()
    .from(projectUpdates)
    .where(
      and(
        eq(projectUpdates.tenantId, tenantId),
        eq(projectUpdates.projectId, projectId),
        publicOnly ? eq(projectUpdates.visibility, 'public') : undefined,
      ),
    )
    .orderBy(desc(projectUpdates.publishedAt));
}

/**
 * The newest public news of public projects, with the project each belongs to: of the whole city, of one
 * project or of one field of action (the feeds).
 */
export function publicUpdates(
  db: DbOrTx,
  tenantId: string,
  opts: { projectId?: string; fieldOfActionId?: string; limit: number },
) {
  return db
    .select({
      id: projectUpdates.id,
      title: projectUpdates.title,
      body: projectUpdates.body,
      publishedAt: projectUpdates.publishedAt,
      projectId: projects.id,
      projectSlug: projects.slug,
      projectTitle: projects.title,
      fieldOfActionId: projects.fieldOfActionId,
    })
    .from(projectUpdates)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, projectUpdates.tenantId), eq(projects.id, projectUpdates.projectId)),
    )
    .where(
      and(
        eq(projectUpdates.tenantId, tenantId),
        eq(projectUpdates.visibility, 'public'),
        eq(projects.visibility, 'public'),
        opts.projectId ? eq(projectUpdates.projectId, opts.projectId) : undefined,
        opts.fieldOfActionId ? eq(projects.fieldOfActionId, opts.fieldOfActionId) : undefined,
      ),
    )
    .orderBy(desc(projectUpdates.publishedAt), desc(projectUpdates.id))
    .limit(opts.limit);
}

/** Public news of public projects (`ids`: only these), for their translations. */
export function publicUpdateTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: projectUpdates.id, title: projectUpdates.title, body: projectUpdates.body })
    .from(projectUpdates)
    .innerJoin(
      projects,
      and(eq(projects.tenantId, projectUpdates.tenantId), eq(projects.id, projectUpdates.projectId)),
    )
    .where(
      and(
        eq(projectUpdates.tenantId, tenantId),
        eq(projectUpdates.visibility, 'public'),
        eq(projects.visibility, 'public'),
        ids ? anyUuid(projectUpdates.id, ids) : undefined,
      ),
    );
}

export function insertUpdate(db: DbOrTx, row: typeof projectUpdates.$inferInsert) {
  return db.insert(projectUpdates).values(row).returning();
}

/**
 * The portfolio as the cockpit reads it: projects in the given phases with the facts their health needs
 * — budget planned and spent up to `year` (their yearly rows, else the totals), and their late milestones
 * (open and due before `today`: how many, the oldest due date). One round trip, aggregated in SQL.
 */
export async function portfolioFacts(
  db: DbOrTx,
  tenantId: string,
  phases: readonly ProjectPhase[],
  today: string,
  projectIds?: readonly string[],
) {
  const year = Number(today.slice(0, 4));
  const res = await db.execute(sql`
    select p.id, p.title, p.field_of_action_id, p.owner_org_unit_id, p.phase,
           case when b.n > 0 then coalesce(b.planned, 0) else p.budget_planned end as planned,
           case when b.n > 0 then coalesce(b.spent, 0) else p.budget_spent end as spent,
           m.late::int as late, m.oldest_due::text as oldest_due
    from ${projects} p
    -- Lateral look-ups by primary key / index per project: a plan that stays fast without statistics
    -- (PGlite never runs ANALYZE by itself, and a misestimated aggregate join loops over every project).
    cross join lateral (
      select count(*) as n, sum(planned) filter (where year <= ${year}) as planned,
             sum(spent) filter (where year <= ${year}) as spent
      from ${projectBudgets} b where b.tenant_id = p.tenant_id and b.project_id = p.id
    ) b
    cross join lateral (
      select count(*) as late, min(due_on) as oldest_due
      from ${milestones} m
      where m.tenant_id = p.tenant_id and m.project_id = p.id and m.done_on is null and m.due_on < ${today}
    ) m
    where p.tenant_id = ${tenantId} and p.phase in (${sql.join(
      phases.map((ph) => sql`${ph}`),
      sql`, `,
    )})${projectIds ? sql` and ${anyUuid(sql`p.id`, projectIds)}` : sql``}`);
  return (res as unknown as { rows: PortfolioRow[] }).rows;
}

export interface PortfolioRow {
  id: string;
  title: string;
  field_of_action_id: string;
  owner_org_unit_id: string;
  phase: ProjectPhase;
  planned: string | null;
  spent: string | null;
  late: number;
  oldest_due: string | null;
}
