import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { maturityLevels, maturityModels, onlineServices, serviceProjects } from './services.table.ts';

export function models(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(maturityModels)
    .where(eq(maturityModels.tenantId, tenantId))
    .orderBy(asc(maturityModels.key));
}

export function insertModel(db: DbOrTx, row: typeof maturityModels.$inferInsert) {
  return db.insert(maturityModels).values(row).onConflictDoNothing().returning();
}

export function insertLevels(db: DbOrTx, rows: (typeof maturityLevels.$inferInsert)[]) {
  return db.insert(maturityLevels).values(rows).onConflictDoNothing();
}

export function levels(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(maturityLevels)
    .where(eq(maturityLevels.tenantId, tenantId))
    .orderBy(asc(maturityLevels.level));
}

export function services(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(onlineServices)
    .where(eq(onlineServices.tenantId, tenantId))
    .orderBy(asc(onlineServices.name));
}

/** The services' names as the public catalogue shows them (every service in it is public), for translation. */
export function serviceTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: onlineServices.id, name: onlineServices.name })
    .from(onlineServices)
    .where(and(eq(onlineServices.tenantId, tenantId), ids ? anyUuid(onlineServices.id, ids) : undefined));
}

export function findService(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(onlineServices)
    .where(and(eq(onlineServices.tenantId, tenantId), eq(onlineServices.id, id)));
}

export function findByLeika(db: DbOrTx, tenantId: string, leikaKey: string) {
  return db
    .select()
    .from(onlineServices)
    .where(and(eq(onlineServices.tenantId, tenantId), eq(onlineServices.leikaKey, leikaKey)));
}

export function insertService(db: DbOrTx, row: typeof onlineServices.$inferInsert) {
  return db.insert(onlineServices).values(row).returning();
}

export function updateService(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof onlineServices.$inferInsert>,
) {
  return db
    .update(onlineServices)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(onlineServices.tenantId, tenantId), eq(onlineServices.id, id)))
    .returning();
}

export function links(db: DbOrTx, tenantId: string) {
  return db.select().from(serviceProjects).where(eq(serviceProjects.tenantId, tenantId));
}

export function replaceLinks(db: DbOrTx, tenantId: string, serviceId: string, projectIds: string[]) {
  return db
    .delete(serviceProjects)
    .where(and(eq(serviceProjects.tenantId, tenantId), eq(serviceProjects.serviceId, serviceId)))
    .then(() =>
      projectIds.length
        ? db
            .insert(serviceProjects)
            .values(projectIds.map((projectId) => ({ tenantId, serviceId, projectId })))
        : undefined,
    );
}
