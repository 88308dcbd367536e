import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import {
  type OparlBody,
  type OparlClientOptions,
  OparlError,
  oparlClient,
  ZOparlAgendaItem,
  ZOparlBody,
  ZOparlMeeting,
  ZOparlPaper,
} from './council.oparl.ts';
import { COUNCIL_PERMISSIONS, canLinkPaper, canManageCouncil } from './council.policy.ts';
import * as q from './council.queries.ts';
import type { CouncilSourceInput } from './council.schemas.ts';
import {
  COUNCIL_LISTS,
  type CouncilPaper,
  type CouncilResume,
  type PaperSubjectType,
} from './council.table.ts';

export type { CouncilPaper, PaperSubjectType };
export { COUNCIL_PERMISSIONS, canLinkPaper, canManageCouncil };

/** How far before the last run's start the next run asks again: a council system's clock may lag ours. */
const WATERMARK_OVERLAP_MS = 10 * 60_000;

/** The tenant's council information system, with how many papers Rathaus knows from it. */
export async function councilSource(db: DbOrTx, tenantId: string) {
  const source = await q.findSource(db, tenantId);
  if (!source) return undefined;
  return { ...source, ...(await q.countPapers(db, tenantId, new URL(source.systemUrl).origin)) };
}

/** Sets (or changes) the council information system's address and the body to follow. */
export async function saveCouncilSource(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CouncilSourceInput,
  meta: RequestMeta = {},
) {
  if (!canManageCouncil(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await q.findSource(tx, tenantId);
    await q.upsertSource(tx, tenantId, { ...input, updatedBy: actor!.accountId });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'council.configure',
      entityType: 'council_source',
      entityId: tenantId,
      before: before && { systemUrl: before.systemUrl, bodyId: before.bodyId },
      after: input,
      requestId: meta.requestId,
    });
  });
}

/** Stops following the council information system; imported papers and their links stay. */
export async function removeCouncilSource(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  meta: RequestMeta = {},
) {
  if (!canManageCouncil(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await q.findSource(tx, tenantId);
    if (!before) return;
    await q.deleteSource(tx, tenantId);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'council.disconnect',
      entityType: 'council_source',
      entityId: tenantId,
      before: { systemUrl: before.systemUrl, bodyId: before.bodyId },
      requestId: meta.requestId,
    });
  });
}

export interface SyncOutcome {
  ok: boolean;
  papers: number;
  meetings: number;
  pages: number;
  skipped: number;
  /** Why it stopped: an OParl failure with its address, or that a body must be chosen. */
  error?: string;
  needsBody?: boolean;
}

/**
 * Reads what changed in the council information system since the last complete run: System ▸ bodies ▸
 * the chosen body's papers and meetings (with their agenda items), page by page, each page stored in its
 * own transaction with a checkpoint, so a failure keeps what arrived and the next run continues from the
 * page it stopped at (a city's first import can be thousands of pages). Only a complete run moves the
 * watermark, to the moment the first of its attempts began, so nothing changed meanwhile is lost.
 */
export async function syncCouncil(
  db: Db,
  tenantId: string,
  opts: OparlClientOptions & {
    now?: Date;
    /** Read everything, not only what changed: for servers that do not mark every change. */
    full?: boolean;
  } = {},
): Promise<SyncOutcome | undefined> {
  const source = await q.findSource(db, tenantId);
  if (!source) return undefined;
  const started = opts.now ?? new Date();
  // Every write names the address it ran for: a run still going never overwrites a newly saved one.
  const record = (values: Parameters<typeof q.updateSourceRun>[3]) =>
    q.updateSourceRun(db, tenantId, source.systemUrl, values);
  await record({ lastRunAt: started });
  const outcome: SyncOutcome = { ok: false, papers: 0, meetings: 0, pages: 0, skipped: 0 };
  try {
    const client = oparlClient(source.systemUrl, opts);
    const system = await client.system();
    const bodies: OparlBody[] = [];
    await client.walk(system.body, ZOparlBody, async (page) => {
      bodies.push(...page);
    });
    const choices = bodies.map((b) => ({ id: b.id, name: b.name }));
    const body = bodies.find((b) => b.id === source.bodyId) ?? (bodies.length === 1 ? bodies[0] : undefined);
    if (!body) {
      // None chosen yet, or the chosen one is gone: the CDO team chooses (again).
      await record({ bodies: choices, bodyId: null, bodyName: null, lastError: null });
      return { ...outcome, needsBody: true };
    }
    await record({ bodies: choices, bodyId: body.id, bodyName: body.name });
    const since = source.bodyId === body.id && !opts.full ? source.watermark : null;
    // An unfinished run of the same kind (or an unfinished full one, which covers any) continues where it
    // stopped; its start is the moment the watermark will be taken from.
    const sinceIso = since?.toISOString() ?? null;
    const held = source.resume;
    const resume =
      held && held.bodyId === body.id && (held.full || (!opts.full && held.since === sinceIso))
        ? held
        : undefined;
    const run: CouncilResume = resume ?? {
      bodyId: body.id,
      since: sinceIso,
      full: !!opts.full,
      startedAt: started.toISOString(),
      list: 'paper',
      next: null,
      counts: { papers: 0, meetings: 0, pages: 0, skipped: 0 },
    };
    const walkFrom = run.since ? new Date(run.since) : null;
    /** One list of the body, from the checkpoint if the run stopped in it; skipped if it came before. */
    const walkList = async <S extends z.ZodType>(
      list: (typeof COUNCIL_LISTS)[number],
      url: string | null | undefined,
      schema: S,
      store: (tx: DbOrTx, items: z.output<S>[]) => Promise<void>,
      count: 'papers' | 'meetings' | null,
    ) => {
      const i = COUNCIL_LISTS.indexOf(list);
      if (i < COUNCIL_LISTS.indexOf(run.list) || !url) return;
      const following = COUNCIL_LISTS[i + 1];
      const walked = await client.walk(
        url,
        schema,
        // Each page is stored with the checkpoint after it, in one transaction.
        (page, next) =>
          db.transaction(async (tx) => {
            await store(tx, page);
            if (count) run.counts[count] += page.length;
            run.counts.pages++;
            const checkpoint: CouncilResume =
              next || !following ? { ...run, list, next } : { ...run, list: following, next: null };
            await q.updateSourceRun(tx, tenantId, source.systemUrl, { resume: checkpoint });
          }),
        { modifiedSince: walkFrom, resumeAt: list === run.list ? run.next : null },
      );
      run.counts.skipped += walked.skipped;
    };
    await walkList(
      'paper',
      body.paper,
      ZOparlPaper,
      (tx, page) => q.upsertPapers(tx, tenantId, page),
      'papers',
    );
    await walkList(
      'meeting',
      body.meeting,
      ZOparlMeeting,
      (tx, page) => q.upsertMeetings(tx, tenantId, page),
      'meetings',
    );
    // Results entered after a meeting may not change the meeting: OParl 1.1 lists agenda items too.
    await walkList(
      'agendaItem',
      body.agendaItem,
      ZOparlAgendaItem,
      (tx, page) => q.upsertAgendaItems(tx, tenantId, page),
      null,
    );
    Object.assign(outcome, {
      ok: true,
      papers: run.counts.papers,
      meetings: run.counts.meetings,
      pages: run.counts.pages,
      skipped: run.counts.skipped,
    });
    await record({
      watermark: new Date(new Date(run.startedAt).getTime() - WATERMARK_OVERLAP_MS),
      lastSuccessAt: new Date(),
      lastError: null,
      lastCounts: { papers: outcome.papers, meetings: outcome.meetings, pages: outcome.pages },
      resume: null,
    });
    return outcome;
  } catch (err) {
    // Whatever stopped it (the server, or a value the database refused) is this tenant's alone, kept
    // for the CDO team; what arrived before stays, and the watermark stays where it was.
    const message =
      err instanceof OparlError
        ? err.message
        : `The data could not be stored: ${err instanceof Error ? err.message : String(err)}`;
    await record({ lastError: message.slice(0, 1000) });
    return { ...outcome, error: message };
  }
}

/**
 * A synchronisation the CDO team asked for: handed to the job queue where it runs (the server), else run
 * here and now (a process without the queue, such as the tests).
 */
export async function startCouncilSync(
  db: Db,
  tenantId: string,
  opts: OparlClientOptions & { enqueue: () => Promise<string | undefined> },
): Promise<'queued' | 'synced' | 'failed'> {
  const { enqueue, ...client } = opts;
  if (await enqueue()) return 'queued';
  return (await syncCouncil(db, tenantId, client))?.ok ? 'synced' : 'failed';
}

/**
 * Whether an hourly run reads everything: once a week (Sunday, 02:00–02:59 UTC), so a change a council
 * system never marked as such (a result edited without touching `modified`) still arrives.
 */
export function isWeeklyFullRun(now: Date) {
  return now.getUTCDay() === 0 && now.getUTCHours() === 2;
}

/** The hourly run over every tenant with a council information system; one tenant's failure is its own. */
export async function syncAllCouncils(db: Db, opts: OparlClientOptions & { full?: boolean } = {}) {
  const outcomes: Record<string, SyncOutcome | undefined> = {};
  for (const { tenantId } of await q.configuredTenants(db)) {
    try {
      outcomes[tenantId] = await syncCouncil(db, tenantId, opts);
    } catch (err) {
      // Not even its state could be written: the next tenants still run.
      outcomes[tenantId] = {
        ok: false,
        papers: 0,
        meetings: 0,
        pages: 0,
        skipped: 0,
        error: err instanceof Error ? err.message : String(err),
      };
    }
  }
  return outcomes;
}

/** Papers matching a reference or words of their name, newest first, for linking. */
export async function searchPapers(db: DbOrTx, tenantId: string, words: string, limit = 10) {
  const trimmed = words.trim();
  if (!trimmed) return [];
  return q.searchPapers(db, tenantId, trimmed, limit);
}

/** A record of a later module that a paper can be linked to. */
export interface PaperSubject {
  type: PaperSubjectType;
  id: string;
}

/** Links a paper to an agenda, report or project; linking twice changes nothing. */
export async function linkPaper(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  subject: PaperSubject,
  paperId: string,
  meta: RequestMeta = {},
) {
  if (!canLinkPaper(actor)) throw forbidden();
  const paper = await q.findPaper(db, tenantId, paperId);
  if (!paper) throw notFound('No such council paper.');
  await db.transaction(async (tx) => {
    const added = await q.insertLink(tx, tenantId, {
      paperId,
      subjectType: subject.type,
      subjectId: subject.id,
      linkedBy: actor!.accountId,
    });
    if (!added.length) return;
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'council.link',
      entityType: subject.type,
      entityId: subject.id,
      after: { paper: paper.oparlId, reference: paper.reference },
      requestId: meta.requestId,
    });
  });
  return paper;
}

/** The links of every paper to a record that is deleted (a draft report), in the deleting transaction. */
export function removePaperLinksOf(db: DbOrTx, tenantId: string, subject: PaperSubject) {
  return q.deleteLinks(db, tenantId, subject);
}

/** Removes a paper's link to a record. */
export async function unlinkPaper(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  subject: PaperSubject,
  paperId: string,
  meta: RequestMeta = {},
) {
  if (!canLinkPaper(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const removed = await q.deleteLinks(tx, tenantId, subject, paperId);
    if (!removed.length) throw notFound('The paper is not linked here.');
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'council.unlink',
      entityType: subject.type,
      entityId: subject.id,
      before: { paperId },
      requestId: meta.requestId,
    });
  });
}

/** Where a paper was discussed: the meeting, the agenda item and its result. */
export interface PaperConsultationView {
  role: string | null;
  authoritative: boolean;
  meeting: {
    name: string;
    start: Date | null;
    location: string | null;
    web: string | null;
    cancelled: boolean;
  } | null;
  agendaItem: { number: string | null; name: string | null; result: string | null } | null;
}

export interface PaperView {
  id: string;
  oparlId: string;
  reference: string | null;
  name: string;
  paperType: string | null;
  date: string | null;
  web: string | null;
  /** Withdrawn in the council information system since it was linked. */
  deleted: boolean;
  consultations: PaperConsultationView[];
  /** The deciding consultation's meeting and result, when the council has decided. */
  decision: { meeting: string; date: Date | null; result: string } | null;
}

/**
 * The papers linked to records of one type, with their consultations resolved to meetings and results,
 * by record id. Results of non-public agenda items are left out.
 */
export async function papersOf(
  db: DbOrTx,
  tenantId: string,
  type: PaperSubjectType,
  ids: readonly string[],
): Promise<Map<string, PaperView[]>> {
  const out = new Map<string, PaperView[]>();
  if (!ids.length) return out;
  const rows = await q.linkedPapers(db, tenantId, type, [...ids]);
  if (!rows.length) return out;
  const consultations = rows.flatMap((r) => r.paper.consultations);
  const [meetings, items] = await Promise.all([
    q.meetingsByOparlId(db, tenantId, [
      ...new Set(consultations.flatMap((c) => (c.meeting ? [c.meeting] : []))),
    ]),
    q.agendaItemsByOparlId(db, tenantId, [
      ...new Set(consultations.flatMap((c) => (c.agendaItem ? [c.agendaItem] : []))),
    ]),
  ]);
  const meetingOf = new Map(meetings.map((m) => [m.oparlId, m]));
  const itemOf = new Map(items.map((i) => [i.oparlId, i]));
  for (const { subjectId, paper } of rows) {
    const views: PaperConsultationView[] = paper.consultations.map((c) => {
      const item = c.agendaItem ? itemOf.get(c.agendaItem) : undefined;
      const meeting = meetingOf.get(c.meeting ?? item?.meetingOparlId ?? '');
      return {
        role: c.role,
        authoritative: c.authoritative,
        meeting:
          meeting && !meeting.deleted
            ? {
                name: meeting.name,
                start: meeting.start,
                location: meeting.location,
                web: meeting.web,
                cancelled: meeting.cancelled,
              }
            : null,
        agendaItem: item
          ? { number: item.number, name: item.name, result: item.public ? item.result : null }
          : null,
      };
    });
    views.sort((a, b) => (a.meeting?.start?.getTime() ?? 0) - (b.meeting?.start?.getTime() ?? 0));
    const deciding = views.filter((v) => v.authoritative && v.agendaItem?.result && v.meeting).at(-1);
    const list = out.get(subjectId) ?? [];
    list.push({
      id: paper.id,
      oparlId: paper.oparlId,
      reference: paper.reference,
      name: paper.name,
      paperType: paper.paperType,
      date: paper.date,
      web: paper.web,
      deleted: paper.deleted,
      consultations: views,
      decision: deciding
        ? {
            meeting: deciding.meeting!.name,
            date: deciding.meeting!.start,
            result: deciding.agendaItem!.result!,
          }
        : null,
    });
    out.set(subjectId, list);
  }
  return out;
}

/** The papers linked to one record. */
export async function papersOfOne(db: DbOrTx, tenantId: string, subject: PaperSubject) {
  return (await papersOf(db, tenantId, subject.type, [subject.id])).get(subject.id) ?? [];
}

/** What a back-office page shows to link papers: whether a system is configured, the linked papers, matches. */
export async function paperPanel(
  db: DbOrTx,
  tenantId: string,
  subject: PaperSubject,
  query: string | undefined,
) {
  const words = (query ?? '').trim().slice(0, 200);
  const [source, linked, results] = await Promise.all([
    q.findSource(db, tenantId),
    papersOfOne(db, tenantId, subject),
    searchPapers(db, tenantId, words),
  ]);
  return { configured: source !== undefined, linked, query: words, results };
}
