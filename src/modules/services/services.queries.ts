import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid, byName } from '../../db/columns.ts';
import { afterKey, changedSince, pageRows } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
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
    .orderBy(asc(byName(onlineServices.name)));
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

/** Online services for open data, by LeiKa key: maturity on the tenant's model, office, public projects. */
export function openDataServices(db: DbOrTx, tenantId: string, { after, limit, since }: OpenDataPageRequest) {
  return pageRows(
    db,
    sql`
    select s.leika_key, s.name, o.name as office, s.url, mm.key as maturity_model, s.level as maturity_level,
           ml.name as maturity_level_name,
           coalesce((select string_agg(p.slug, ';' order by p.slug) from service_projects sp
                     join projects p on p.tenant_id = sp.tenant_id and p.id = sp.project_id
                     where sp.tenant_id = s.tenant_id and sp.service_id = s.id and p.visibility = 'public'), '')
             as projects,
           s.updated_at as modified
    from online_services s
    join org_units o on o.tenant_id = s.tenant_id and o.id = s.office_id
    join maturity_models mm on mm.tenant_id = s.tenant_id and mm.id = s.model_id
    join maturity_levels ml on ml.tenant_id = s.tenant_id and ml.model_id = s.model_id and ml.level = s.level
    where s.tenant_id = ${tenantId} and ${afterKey([sql`s.leika_key`], after)}
      ${changedSince(sql`s.updated_at`, since)}
    order by s.leika_key
    limit ${limit}`,
  );
}
