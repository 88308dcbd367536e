import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { anyUuid } from '../../db/columns.ts';
import type { OparlAgendaItem, OparlMeeting, OparlPaper } from './council.oparl.ts';
import {
  type CouncilBodyChoice,
  type CouncilResume,
  councilAgendaItems,
  councilMeetings,
  councilPaperLinks,
  councilPapers,
  councilSources,
  type PaperSubjectType,
} from './council.table.ts';

export async function findSource(db: DbOrTx, tenantId: string) {
  const [row] = await db.select().from(councilSources).where(eq(councilSources.tenantId, tenantId));
  return row;
}

/** Every tenant with a council information system configured (the hourly synchronisation). */
export function configuredTenants(db: DbOrTx) {
  return db.select({ tenantId: councilSources.tenantId }).from(councilSources);
}

/** Sets the system address; another address starts from scratch (no body chosen, no watermark). */
export async function upsertSource(
  db: DbOrTx,
  tenantId: string,
  values: { systemUrl: string; bodyId: string | null; updatedBy: string | null },
) {
  const changedUrl = sql`council_sources.system_url <> excluded.system_url`;
  await db
    .insert(councilSources)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({
      target: councilSources.tenantId,
      set: {
        systemUrl: sql`excluded.system_url`,
        bodyId: sql`case when ${changedUrl} then null else excluded.body_id end`,
        bodyName: sql`case when ${changedUrl} or council_sources.body_id is distinct from excluded.body_id then null else council_sources.body_name end`,
        bodies: sql`case when ${changedUrl} then '[]'::jsonb else council_sources.bodies end`,
        watermark: sql`case when ${changedUrl} or council_sources.body_id is distinct from excluded.body_id then null else council_sources.watermark end`,
        resume: sql`case when ${changedUrl} or council_sources.body_id is distinct from excluded.body_id then null else council_sources.resume end`,
        updatedBy: sql`excluded.updated_by`,
      },
    });
}

export async function updateSourceRun(
  db: DbOrTx,
  tenantId: string,
  systemUrl: string,
  values: Partial<{
    bodies: CouncilBodyChoice[];
    bodyId: string | null;
    bodyName: string | null;
    watermark: Date | null;
    lastRunAt: Date;
    lastSuccessAt: Date;
    lastError: string | null;
    lastCounts: { papers: number; meetings: number; pages: number };
    resume: CouncilResume | null;
  }>,
) {
  await db
    .update(councilSources)
    .set(values)
    .where(and(eq(councilSources.tenantId, tenantId), eq(councilSources.systemUrl, systemUrl)));
}

export async function deleteSource(db: DbOrTx, tenantId: string) {
  await db.delete(councilSources).where(eq(councilSources.tenantId, tenantId));
}

/** Stores a page of papers as OParl describes them now; a paper seen again is updated, never doubled. */
export async function upsertPapers(db: DbOrTx, tenantId: string, papers: readonly OparlPaper[]) {
  if (!papers.length) return;
  await db
    .insert(councilPapers)
    .values(
      papers.map((p) => ({
        tenantId,
        oparlId: p.id,
        reference: p.reference,
        name: p.name?.trim() || p.reference || p.id,
        paperType: p.paperType,
        date: p.date,
        web: p.web ?? null,
        consultations: (p.consultation ?? []).map((c) => ({
          agendaItem: c.agendaItem ?? null,
          meeting: c.meeting ?? null,
          role: c.role,
          authoritative: c.authoritative ?? false,
        })),
        modified: p.modified,
        deleted: p.deleted ?? false,
      })),
    )
    .onConflictDoUpdate({
      target: [councilPapers.tenantId, councilPapers.oparlId],
      set: {
        reference: sql`excluded.reference`,
        name: sql`excluded.name`,
        paperType: sql`excluded.paper_type`,
        date: sql`excluded.date`,
        web: sql`excluded.web`,
        consultations: sql`excluded.consultations`,
        modified: sql`excluded.modified`,
        deleted: sql`excluded.deleted`,
        fetchedAt: sql`now()`,
      },
    });
}

/** Stores a page of meetings and the agenda items they embed. */
export async function upsertMeetings(db: DbOrTx, tenantId: string, meetings: readonly OparlMeeting[]) {
  if (!meetings.length) return;
  await db
    .insert(councilMeetings)
    .values(
      meetings.map((m) => ({
        tenantId,
        oparlId: m.id,
        name: m.name?.trim() || m.id,
        start: m.start,
        end: m.end,
        location: m.location,
        cancelled: m.cancelled ?? false,
        web: m.web ?? null,
        modified: m.modified,
        deleted: m.deleted ?? false,
      })),
    )
    .onConflictDoUpdate({
      target: [councilMeetings.tenantId, councilMeetings.oparlId],
      set: {
        name: sql`excluded.name`,
        start: sql`excluded.start`,
        end: sql`excluded.end`,
        location: sql`excluded.location`,
        cancelled: sql`excluded.cancelled`,
        web: sql`excluded.web`,
        modified: sql`excluded.modified`,
        deleted: sql`excluded.deleted`,
      },
    });
  // The agenda items they embed, with their meeting and place on its agenda.
  await upsertAgendaItems(
    db,
    tenantId,
    meetings.flatMap((m) =>
      (m.agendaItem ?? []).map((a, i) => ({ ...a, meeting: m.id, order: a.order ?? i })),
    ),
  );
}

/**
 * Stores agenda items, embedded in their meetings or from the body's own list (those without a meeting are
 * of no use here); an item seen twice in one batch is stored once, in its last form.
 */
export async function upsertAgendaItems(db: DbOrTx, tenantId: string, items: readonly OparlAgendaItem[]) {
  const rows = new Map(
    items.flatMap((a) =>
      a.meeting
        ? [
            [
              a.id,
              {
                tenantId,
                oparlId: a.id,
                meetingOparlId: a.meeting,
                number: a.number,
                position: a.order ?? null,
                name: a.name,
                public: a.public ?? true,
                result: a.result,
                resolutionText: a.resolutionText,
              },
            ] as const,
          ]
        : [],
    ),
  );
  if (!rows.size) return;
  await db
    .insert(councilAgendaItems)
    .values([...rows.values()])
    .onConflictDoUpdate({
      target: [councilAgendaItems.tenantId, councilAgendaItems.oparlId],
      set: {
        meetingOparlId: sql`excluded.meeting_oparl_id`,
        number: sql`excluded.number`,
        position: sql`coalesce(excluded.position, council_agenda_items.position)`,
        name: sql`excluded.name`,
        public: sql`excluded.public`,
        result: sql`excluded.result`,
        resolutionText: sql`excluded.resolution_text`,
      },
    });
}

/** The papers read from the system at `origin` (a system followed earlier keeps its papers, not counted). */
export async function countPapers(db: DbOrTx, tenantId: string, origin: string) {
  const [row] = await db
    .select({
      papers: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${councilPapers.date})::text`,
    })
    .from(councilPapers)
    .where(
      and(
        eq(councilPapers.tenantId, tenantId),
        eq(councilPapers.deleted, false),
        sql`starts_with(${councilPapers.oparlId}, ${`${origin}/`})`,
      ),
    );
  return row ?? { papers: 0, latest: null };
}

/** Papers whose reference starts with the words or whose name matches them (German full text). */
export function searchPapers(db: DbOrTx, tenantId: string, words: string, limit: number) {
  const query = sql`websearch_to_tsquery('german', ${words})`;
  return db
    .select()
    .from(councilPapers)
    .where(
      and(
        eq(councilPapers.tenantId, tenantId),
        eq(councilPapers.deleted, false),
        or(
          sql`${councilPapers.search} @@ ${query}`,
          sql`lower(${councilPapers.reference}) like lower(${`${words.replace(/[\\%_]/g, '\\$&')}%`})`,
        ),
      ),
    )
    .orderBy(
      sql`(lower(${councilPapers.reference}) = lower(${words})) desc`,
      sql`ts_rank(${councilPapers.search}, ${query}) desc`,
      desc(councilPapers.date),
    )
    .limit(limit);
}

export async function findPaper(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(councilPapers)
    .where(and(eq(councilPapers.tenantId, tenantId), eq(councilPapers.id, id)));
  return row;
}

export async function insertLink(
  db: DbOrTx,
  tenantId: string,
  link: { paperId: string; subjectType: PaperSubjectType; subjectId: string; linkedBy: string | null },
) {
  return db
    .insert(councilPaperLinks)
    .values({ tenantId, ...link })
    .onConflictDoNothing()
    .returning({ paperId: councilPaperLinks.paperId });
}

/** The links to one record: of one paper (unlinking it), or of every paper (the record goes). */
export function deleteLinks(
  db: DbOrTx,
  tenantId: string,
  subject: { type: PaperSubjectType; id: string },
  paperId?: string,
) {
  return db
    .delete(councilPaperLinks)
    .where(
      and(
        eq(councilPaperLinks.tenantId, tenantId),
        eq(councilPaperLinks.subjectType, subject.type),
        eq(councilPaperLinks.subjectId, subject.id),
        paperId ? eq(councilPaperLinks.paperId, paperId) : undefined,
      ),
    )
    .returning({ paperId: councilPaperLinks.paperId });
}

/** The papers linked to records of one type, with the record each belongs to. */
export function linkedPapers(db: DbOrTx, tenantId: string, subjectType: PaperSubjectType, ids: string[]) {
  return db
    .select({ subjectId: councilPaperLinks.subjectId, paper: councilPapers })
    .from(councilPaperLinks)
    .innerJoin(
      councilPapers,
      and(
        eq(councilPapers.tenantId, councilPaperLinks.tenantId),
        eq(councilPapers.id, councilPaperLinks.paperId),
      ),
    )
    .where(
      and(
        eq(councilPaperLinks.tenantId, tenantId),
        eq(councilPaperLinks.subjectType, subjectType),
        anyUuid(councilPaperLinks.subjectId, ids),
      ),
    )
    .orderBy(desc(councilPapers.date), councilPapers.reference);
}

export function meetingsByOparlId(db: DbOrTx, tenantId: string, oparlIds: string[]) {
  if (!oparlIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(councilMeetings)
    .where(and(eq(councilMeetings.tenantId, tenantId), inArray(councilMeetings.oparlId, oparlIds)));
}

export function agendaItemsByOparlId(db: DbOrTx, tenantId: string, oparlIds: string[]) {
  if (!oparlIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(councilAgendaItems)
    .where(and(eq(councilAgendaItems.tenantId, tenantId), inArray(councilAgendaItems.oparlId, oparlIds)));
}
