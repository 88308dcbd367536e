import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import { afterKey, pageRows } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { agendaItems, agendas, agendaVersions } from './agendas.table.ts';

export function listAgendas(db: DbOrTx, tenantId: string) {
  return db.select().from(agendas).where(eq(agendas.tenantId, tenantId)).orderBy(desc(agendas.year));
}

export function findByYear(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select()
    .from(agendas)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.year, year)));
}

export function insertAgenda(db: DbOrTx, row: typeof agendas.$inferInsert) {
  return db.insert(agendas).values(row).returning();
}

export function updateAgenda(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof agendas.$inferInsert>,
) {
  return db
    .update(agendas)
    .set(patch)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.id, id)))
    .returning();
}

export function versionsOf(db: DbOrTx, tenantId: string, agendaId: string) {
  return db
    .select()
    .from(agendaVersions)
    .where(and(eq(agendaVersions.tenantId, tenantId), eq(agendaVersions.agendaId, agendaId)))
    .orderBy(desc(agendaVersions.version));
}

export function insertVersion(db: DbOrTx, row: typeof agendaVersions.$inferInsert) {
  return db.insert(agendaVersions).values(row).returning();
}

export function insertItems(db: DbOrTx, rows: (typeof agendaItems.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve();
  return db
    .insert(agendaItems)
    .values(rows)
    .then(() => undefined);
}

export function itemsOf(db: DbOrTx, tenantId: string, versionId: string) {
  return db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.versionId, versionId)))
    .orderBy(asc(agendaItems.position));
}

/** The adopted agendas' pages, for the sitemap. */
export function adoptedAgendaYears(db: DbOrTx, tenantId: string) {
  return db
    .select({ year: agendas.year, modified: agendas.submittedAt })
    .from(agendas)
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.state, 'adopted')))
    .orderBy(desc(agendas.year));
}

/** The texts of the adopted versions (`ids`: only these), the only ones the public sees, for translation. */
export function adoptedVersionTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return db
    .select({ id: agendaVersions.id, title: agendaVersions.title, introduction: agendaVersions.introduction })
    .from(agendaVersions)
    .innerJoin(
      agendas,
      and(
        eq(agendas.tenantId, agendaVersions.tenantId),
        eq(agendas.id, agendaVersions.agendaId),
        eq(agendas.adoptedVersion, agendaVersions.version),
      ),
    )
    .where(
      and(
        eq(agendaVersions.tenantId, tenantId),
        eq(agendas.state, 'adopted'),
        ids ? anyUuid(agendaVersions.id, ids) : undefined,
      ),
    );
}

/**
 * The items of every adopted agenda as the council adopted them, by year and position: ideas and public
 * projects (an internal project on an agenda is left out, as on the agenda page).
 */
export function openDataAgendaItems(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return pageRows(
    db,
    sql`
    select a.year, i.position, a.decision_date::text as decision_date, a.decision_reference,
           a.council_document_url, i.subject_type,
           coalesce(idea.number, p.slug) as subject, coalesce(idea.title, p.title) as title
    from agendas a
    join agenda_versions v on v.tenant_id = a.tenant_id and v.agenda_id = a.id and v.version = a.adopted_version
    join agenda_items i on i.tenant_id = v.tenant_id and i.version_id = v.id
    left join ideas idea on i.subject_type = 'idea' and idea.tenant_id = i.tenant_id and idea.id = i.subject_id
    left join projects p on i.subject_type = 'project' and p.tenant_id = i.tenant_id and p.id = i.subject_id
    where a.tenant_id = ${tenantId} and a.state = 'adopted'
      and (i.subject_type = 'idea' or p.visibility = 'public')
      and ${afterKey([sql`a.year`, sql`i.position`], after)}
    order by a.year, i.position
    limit ${limit}`,
  );
}

/** The adopted agendas whose adopted version lists the project, newest first. */
export function adoptedAgendasWithProject(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ id: agendas.id, year: agendas.year })
    .from(agendas)
    .innerJoin(
      agendaVersions,
      and(
        eq(agendaVersions.tenantId, agendas.tenantId),
        eq(agendaVersions.agendaId, agendas.id),
        eq(agendaVersions.version, agendas.adoptedVersion),
      ),
    )
    .innerJoin(
      agendaItems,
      and(
        eq(agendaItems.tenantId, agendaVersions.tenantId),
        eq(agendaItems.versionId, agendaVersions.id),
        eq(agendaItems.subjectType, 'project'),
        eq(agendaItems.subjectId, projectId),
      ),
    )
    .where(and(eq(agendas.tenantId, tenantId), eq(agendas.state, 'adopted')))
    .orderBy(desc(agendas.year));
}
