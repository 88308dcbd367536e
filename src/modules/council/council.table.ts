import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, rowId, tenantId, tsvector } from '../../db/columns.ts';
import { accounts, tenants } from '../orgs/orgs.table.ts';

/** A body (Körperschaft) the council information system offers; the source keeps the list to choose from. */
export interface CouncilBodyChoice {
  id: string;
  name: string;
}

/** The lists of a body a run walks, in order. */
export const COUNCIL_LISTS = ['paper', 'meeting', 'agendaItem'] as const;

/**
 * Where an unfinished run stopped (a checkpoint, moved with every stored page in the same transaction):
 * the next run of the same kind continues there instead of from the first page, which for a city's first
 * import can be thousands of pages.
 */
export interface CouncilResume {
  bodyId: string;
  /** The run's `modified_since` (ISO), or null for everything. */
  since: string | null;
  full: boolean;
  /** When the interrupted run began: the watermark a completed one sets is taken from this moment. */
  startedAt: string;
  /** The list to continue, and its next page's address (null: from its first page). */
  list: (typeof COUNCIL_LISTS)[number];
  next: string | null;
  /** What the run has stored so far, for the counts of the completed run. */
  counts: { papers: number; meetings: number; pages: number; skipped: number };
}

/** One consultation of a paper (OParl Consultation), as the paper embeds it. */
export interface PaperConsultation {
  /** OParl ids of the agenda item and the meeting it was discussed in, when the system names them. */
  agendaItem: string | null;
  meeting: string | null;
  /** The consultation's role, e.g. "Entscheidung", "Vorberatung", "Kenntnisnahme". */
  role: string | null;
  /** Whether this consultation decides (not only advises). */
  authoritative: boolean;
}

/**
 * The tenant's council information system: the OParl system address the CDO team configured, the body
 * followed, and how the last synchronisation went. `watermark` is the start of the last complete run:
 * the next asks only for what changed since (OParl `modified_since`).
 */
export const councilSources = pgTable(
  'council_sources',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    systemUrl: text('system_url').notNull(),
    bodyId: text('body_id'),
    bodyName: text('body_name'),
    bodies: jsonb('bodies').$type<CouncilBodyChoice[]>().notNull().default(sql`'[]'::jsonb`),
    watermark: timestamp('watermark', { withTimezone: true }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    lastError: text('last_error'),
    lastCounts: jsonb('last_counts').$type<{ papers: number; meetings: number; pages: number }>(),
    resume: jsonb('resume').$type<CouncilResume>(),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId, t.updatedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    index('council_sources_updated_by_idx').on(t.tenantId, t.updatedBy),
  ],
);

/** A paper (Drucksache, Vorlage) of the council information system, as OParl last described it. */
export const councilPapers = pgTable(
  'council_papers',
  {
    tenantId: tenantId(),
    id: rowId(),
    oparlId: text('oparl_id').notNull(),
    reference: text('reference'),
    name: text('name').notNull(),
    paperType: text('paper_type'),
    date: date('date'),
    web: text('web'),
    consultations: jsonb('consultations').$type<PaperConsultation[]>().notNull().default(sql`'[]'::jsonb`),
    modified: timestamp('modified', { withTimezone: true }),
    deleted: boolean('deleted').notNull().default(false),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, coalesce(reference, '')), 'A') || setweight(to_tsvector('german'::regconfig, name), 'B')`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('council_papers_oparl_uq').on(t.tenantId, t.oparlId),
    index('council_papers_search_idx').using('gin', t.search).with({ fastupdate: false }),
    index('council_papers_date_idx').on(t.tenantId, t.date),
  ],
);

/** A meeting (Sitzung) of a council or committee. */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    tenantId: tenantId(),
    id: rowId(),
    oparlId: text('oparl_id').notNull(),
    name: text('name').notNull(),
    start: timestamp('start', { withTimezone: true }),
    end: timestamp('end', { withTimezone: true }),
    location: text('location'),
    cancelled: boolean('cancelled').notNull().default(false),
    web: text('web'),
    modified: timestamp('modified', { withTimezone: true }),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('council_meetings_oparl_uq').on(t.tenantId, t.oparlId),
  ],
);

/** An item on a meeting's agenda (Tagesordnungspunkt) with its result, as the meeting embeds it. */
export const councilAgendaItems = pgTable(
  'council_agenda_items',
  {
    tenantId: tenantId(),
    id: rowId(),
    oparlId: text('oparl_id').notNull(),
    meetingOparlId: text('meeting_oparl_id').notNull(),
    number: text('number'),
    position: integer('position'),
    name: text('name'),
    public: boolean('public').notNull().default(true),
    result: text('result'),
    resolutionText: text('resolution_text'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('council_agenda_items_oparl_uq').on(t.tenantId, t.oparlId),
    index('council_agenda_items_meeting_idx').on(t.tenantId, t.meetingOparlId),
  ],
);

/** What a paper can be linked to: the records it decided or where they were presented. */
export const PAPER_SUBJECTS = ['agenda', 'report', 'project'] as const;
export type PaperSubjectType = (typeof PAPER_SUBJECTS)[number];

/**
 * A paper linked to a record of a later module (an agenda adopted by it, a report presented with it).
 * The record is named by type and id, as data: this module sits below the modules whose records it links.
 */
export const councilPaperLinks = pgTable(
  'council_paper_links',
  {
    tenantId: tenantId(),
    paperId: uuid('paper_id').notNull(),
    subjectType: text('subject_type', { enum: PAPER_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    linkedBy: uuid('linked_by'),
    linkedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.subjectType, t.subjectId, t.paperId] }),
    foreignKey({
      columns: [t.tenantId, t.paperId],
      foreignColumns: [councilPapers.tenantId, councilPapers.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.linkedBy], foreignColumns: [accounts.tenantId, accounts.id] }),
    oneOf(t.subjectType, PAPER_SUBJECTS),
    index('council_paper_links_paper_idx').on(t.tenantId, t.paperId),
    index('council_paper_links_linked_by_idx').on(t.tenantId, t.linkedBy),
  ],
);

export type CouncilSource = typeof councilSources.$inferSelect;
export type CouncilPaper = typeof councilPapers.$inferSelect;
export type CouncilMeeting = typeof councilMeetings.$inferSelect;
