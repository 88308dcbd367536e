import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import { type Actor, hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { addDays, currentDay } from '../../platform/dates.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { listAgendas } from '../agendas/agendas.service.ts';
import { type PaperView, papersOf } from '../council/index.ts';
import { publicProjectUpdates } from '../delivery/delivery.service.ts';
import { openActionItems } from '../meetings/meetings.service.ts';
import { loadActor, loadOrgTree } from '../orgs/orgs.service.ts';
import { getProjectBySlug, milestonesDueOfLead } from '../projects/projects.service.ts';
import { recentProposalAnswers } from '../proposals/proposals.service.ts';
import { listProgressReports } from '../reports/reports.service.ts';
import { myReportTasks, rollupsDueFor } from '../reviews/cycles.service.ts';
import { listStrategy } from '../strategy/strategy.service.ts';
import { listWorkshops } from '../workshops/workshops.service.ts';
import * as q from './feeds.queries.ts';
import type { CalendarKey } from './feeds.table.ts';

/** Entries per feed: a reader that polls keeps up; the pages hold the rest. */
export const FEED_ENTRIES = 50;

/** How far ahead a staff member's calendar reaches for milestones. */
const MILESTONE_HORIZON_DAYS = 400;

export type NewsScope = { kind: 'city' } | { kind: 'project'; slug: string } | { kind: 'field'; key: string };

/**
 * The newest public news of public projects (the city's, one project's or one field's), in the reader's
 * language where a translation exists. Unknown or internal projects and unknown fields are not found.
 */
export async function newsFeed(db: DbOrTx, tenantId: string, lang: Lang, scope: NewsScope) {
  let about: { projectId?: string; fieldOfActionId?: string } = {};
  let name: string | undefined;
  if (scope.kind === 'project') {
    const project = await getProjectBySlug(db, tenantId, null, scope.slug);
    about = { projectId: project.id };
    name = project.title;
  } else if (scope.kind === 'field') {
    const field = (await listStrategy(db, tenantId))
      .flatMap((p) => p.fields)
      .find((f) => f.key === scope.key);
    if (!field) throw notFound('No such field of action.');
    about = { fieldOfActionId: field.id };
    name = field.name;
  }
  const rows = await publicProjectUpdates(db, tenantId, { ...about, limit: FEED_ENTRIES });
  const texts = await translationLookup(db, tenantId, lang, [
    { type: 'project_update', records: rows },
    // The feed's own project among them: its name in the reader's language from the same query.
    {
      type: 'project',
      records: [
        ...rows.map((r) => ({ id: r.projectId })),
        ...(about.projectId ? [{ id: about.projectId }] : []),
      ],
    },
  ]);
  const entries = rows.map((r) => {
    const title = texts.shown('project_update', r.id, 'title', r.title);
    const body = texts.shown('project_update', r.id, 'body', r.body);
    const project = texts.shown('project', r.projectId, 'title', r.projectTitle);
    return {
      id: r.id,
      title: title.text,
      body: body.text,
      lang: title.lang,
      published: r.publishedAt,
      projectSlug: r.projectSlug,
      projectTitle: project.text,
    };
  });
  if (about.projectId) name = texts.shown('project', about.projectId, 'title', name ?? '').text;
  return { name, entries };
}

/** The city's newest answers on public proposals, the answer in the reader's language where translated. */
export async function answersFeed(db: DbOrTx, tenantId: string, lang: Lang) {
  const rows = await recentProposalAnswers(db, tenantId, FEED_ENTRIES);
  const texts = await translationLookup(db, tenantId, lang, [
    { type: 'proposal', records: rows.map((r) => ({ id: r.id, lang: r.language })) },
    { type: 'proposal_answer', records: rows },
  ]);
  return rows.map((r) => {
    const title = texts.shown('proposal', r.id, 'title', r.title, r.language);
    const answer = texts.shown('proposal_answer', r.id, 'text', r.answerText ?? '');
    return {
      id: r.id,
      title: title.text,
      state: r.answerState,
      answer: answer.text,
      lang: answer.lang,
      answeredAt: r.answeredAt!,
    };
  });
}

export type PublicDate =
  | { kind: 'workshop'; id: string; day: string; title: string; place: string; organiser: string }
  | {
      kind: 'council';
      id: string;
      day: string;
      year: number;
      reference: string | null;
    }
  | { kind: 'report'; id: string; day: string; title: string; slug: string; modified: Date }
  | {
      /** A council or committee meeting that discusses a paper linked to an agenda or a report. */
      kind: 'session';
      id: string;
      day: string;
      meeting: string;
      paper: string;
      item: string | null;
      result: string | null;
      location: string | null;
      /** The page of the agenda or report the paper belongs to. */
      path: string;
    };

/**
 * The city's public dates: co-creation workshops, the council's decisions on the annual agenda, and the
 * publication of progress reports (on the municipality's calendar day).
 */
export async function publicDates(db: DbOrTx, tenantId: string, timeZone: string): Promise<PublicDate[]> {
  const [workshops, agendas, reports] = await Promise.all([
    listWorkshops(db, tenantId),
    listAgendas(db, tenantId, { adoptedOnly: true }),
    listProgressReports(db, tenantId, null),
  ]);
  const dates: PublicDate[] = [
    ...workshops.map((w) => ({
      kind: 'workshop' as const,
      id: w.id,
      day: w.heldOn,
      title: w.title,
      place: w.place,
      organiser: w.organiser,
    })),
    ...agendas
      .filter((a) => a.decisionDate)
      .map((a) => ({
        kind: 'council' as const,
        id: a.id,
        day: a.decisionDate!,
        year: a.year,
        reference: a.decisionReference,
      })),
    ...reports
      .filter((r) => r.state === 'published' && r.publishedAt)
      .map((r) => ({
        kind: 'report' as const,
        id: r.id,
        day: currentDay(timeZone, r.publishedAt!),
        title: r.title,
        slug: r.slug,
        modified: r.publishedAt!,
      })),
  ];
  // The meetings that discuss the papers linked to adopted agendas and published reports.
  const published = reports.filter((r) => r.state === 'published');
  const [agendaPapers, reportPapers] = await Promise.all([
    papersOf(
      db,
      tenantId,
      'agenda',
      agendas.map((a) => a.id),
    ),
    papersOf(
      db,
      tenantId,
      'report',
      published.map((r) => r.id),
    ),
  ]);
  const sessions = new Map<string, PublicDate>();
  const addSessions = (papers: readonly PaperView[], path: string) => {
    for (const paper of papers)
      for (const c of paper.consultations) {
        if (!c.meeting?.start || c.meeting.cancelled) continue;
        const day = currentDay(timeZone, c.meeting.start);
        const id = `${paper.id}-${day}`;
        sessions.set(id, {
          kind: 'session',
          id,
          day,
          meeting: c.meeting.name,
          paper: paper.reference ? `${paper.reference} ${paper.name}` : paper.name,
          item: c.agendaItem?.number ?? null,
          result: c.agendaItem?.result ?? null,
          location: c.meeting.location,
          path,
        });
      }
  };
  for (const a of agendas) addSessions(agendaPapers.get(a.id) ?? [], `/agenda/${a.year}`);
  for (const r of published) addSessions(reportPapers.get(r.id) ?? [], `/berichte/${r.slug}`);
  dates.push(...sessions.values());
  return dates.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

export type DueDate =
  | { kind: 'status_report'; id: string; day: string; project: string; period: string }
  | { kind: 'milestone'; id: string; day: string; title: string; project: string }
  | { kind: 'action_item'; id: string; day: string; title: string }
  | { kind: 'rollup'; id: string; day: string; department: string; period: string };

/**
 * A staff member's own due dates: status reports owed for projects they lead, their projects' open
 * milestones, the action items they own, and (heads of department) the roll-ups their department owes.
 */
export async function personalDueDates(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const departments = [
    ...new Set(
      actor.roles.filter((r) => r.role === 'department_head' && r.orgUnitId).map((r) => r.orgUnitId!),
    ),
  ];
  const [reports, milestones, items, rollups, tree] = await Promise.all([
    myReportTasks(db, tenantId, actor, today),
    milestonesDueOfLead(db, tenantId, actor.accountId, addDays(today, MILESTONE_HORIZON_DAYS)),
    openActionItems(db, tenantId, actor, { today }),
    rollupsDueFor(db, tenantId, departments),
    departments.length ? loadOrgTree(db, tenantId) : undefined,
  ]);
  const dates: DueDate[] = [
    ...reports.map((r) => ({
      kind: 'status_report' as const,
      id: `${r.projectId}-${r.period}`,
      day: r.dueOn,
      project: r.title,
      period: r.period,
    })),
    ...milestones.map((m) => ({
      kind: 'milestone' as const,
      id: m.id,
      day: m.dueOn,
      title: m.title,
      project: m.projectTitle,
    })),
    ...items
      .filter((i) => i.item.ownerAccountId === actor.accountId && i.item.dueOn)
      .map((i) => ({ kind: 'action_item' as const, id: i.item.id, day: i.item.dueOn!, title: i.item.title })),
    ...rollups.map((r) => ({
      kind: 'rollup' as const,
      id: `${r.cycle.id}-${r.departmentId}`,
      day: r.cycle.dueOn,
      department: tree?.byId.get(r.departmentId)?.name ?? '',
      period: r.cycle.period,
    })),
  ];
  return dates.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/** Staff only: the due dates are the back office's. */
function requireStaff(actor: Actor | null): asserts actor is Actor {
  if (!actor || !hasAnyRole(actor, STAFF_ROLES)) throw forbidden();
}

/**
 * The signature of one made address. It covers the moment the key was made as well as its version: a key
 * deleted and made again starts at version 1, and must not bring back an address that was given up.
 */
function calendarToken(secret: string, tenantId: string, accountId: string, key: CalendarKey): string {
  return createHmac('sha256', secret)
    .update(`rathaus-calendar\0${tenantId}\0${accountId}\0${key.version}\0${key.createdAt.getTime()}`)
    .digest('base64url')
    .slice(0, 32);
}

/** The path of a staff member's calendar, or none while they have not made one. */
export async function calendarPath(db: DbOrTx, secret: string, tenantId: string, actor: Actor | null) {
  requireStaff(actor);
  const [key] = await q.findCalendarKey(db, tenantId, actor.accountId);
  if (!key) return undefined;
  return {
    path: `/kalender/${actor.accountId}/${calendarToken(secret, tenantId, actor.accountId, key)}.ics`,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
  };
}

/** A new calendar address for the actor (audited), an earlier one stopping at once; `first` when none was there. */
export async function renewCalendarAddress(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  meta: RequestMeta = {},
) {
  requireStaff(actor);
  return db.transaction(async (tx) => {
    const [key] = await q.renewCalendarKey(tx, tenantId, actor.accountId);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.renewCalendar',
      entityType: 'account',
      entityId: actor.accountId,
      after: { calendarVersion: key!.version },
      requestId: meta.requestId,
    });
    return { first: key!.version === 1 };
  });
}

/** No calendar address any more (audited). */
export async function removeCalendarAddress(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  meta: RequestMeta = {},
) {
  requireStaff(actor);
  await db.transaction(async (tx) => {
    const [gone] = await q.deleteCalendarKey(tx, tenantId, actor.accountId);
    if (!gone) return;
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor.accountId,
      action: 'account.removeCalendar',
      entityType: 'account',
      entityId: actor.accountId,
      before: { calendarVersion: gone.version },
      requestId: meta.requestId,
    });
  });
}

/**
 * The staff member a calendar address belongs to, when its signature matches their current version and
 * they still work here (an active account with a staff role); otherwise not found, whatever was wrong.
 */
export async function calendarOwner(
  db: DbOrTx,
  secret: string,
  tenantId: string,
  accountId: string,
  token: string,
): Promise<Actor> {
  if (!isUuid(accountId)) throw notFound();
  const [key] = await q.findCalendarKey(db, tenantId, accountId);
  const expected = key ? Buffer.from(calendarToken(secret, tenantId, accountId, key)) : undefined;
  const given = Buffer.from(token);
  if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given)) throw notFound();
  const actor = await loadActor(db, tenantId, accountId);
  if (!actor || !hasAnyRole(actor, STAFF_ROLES)) throw notFound();
  await q.touchCalendarKey(db, tenantId, accountId);
  return actor;
}
