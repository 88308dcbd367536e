import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { partners } from '../orgs/orgs.table.ts';
import {
  projectBudgets,
  projectDependencies,
  projectPartners,
  projectRisks,
  projects,
  projectUpdates,
} from './projects.table.ts';

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

export function partnersOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ partner: partners, contribution: projectPartners.contribution })
    .from(projectPartners)
    .innerJoin(
      partners,
      and(eq(partners.tenantId, projectPartners.tenantId), eq(partners.id, projectPartners.partnerId)),
    )
    .where(and(eq(projectPartners.tenantId, tenantId), eq(projectPartners.projectId, projectId)))
    .orderBy(asc(partners.name));
}

export function listPartners(db: DbOrTx, tenantId: string) {
  return db.select().from(partners).where(eq(partners.tenantId, tenantId)).orderBy(asc(partners.name));
}

export function insertPartner(db: DbOrTx, row: typeof partners.$inferInsert) {
  return db.insert(partners).values(row).returning();
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

/** The project's budget totals as the sums of its years. */
export function syncBudgetTotals(db: DbOrTx, tenantId: string, projectId: string) {
  return db.execute(sql`
    update ${projects} set
      budget_planned = (select sum(planned) from ${projectBudgets} b where b.tenant_id = ${tenantId} and b.project_id = ${projectId}),
      budget_spent = (select sum(spent) from ${projectBudgets} b where b.tenant_id = ${tenantId} and b.project_id = ${projectId})
    where tenant_id = ${tenantId} and id = ${projectId}`);
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

export function insertUpdate(db: DbOrTx, row: typeof projectUpdates.$inferInsert) {
  return db.insert(projectUpdates).values(row).returning();
}
