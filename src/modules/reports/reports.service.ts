import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import { type ShownText, translationLookup } from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { removePaperLinksOf } from '../council/council.service.ts';
import { portfolioWithFacts } from '../delivery/delivery.service.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { ACTIVE_PHASES, findProjectsByIds, projectFacts, slugify } from '../projects/projects.service.ts';
import { owedInOpenCycles } from '../reviews/cycles.service.ts';
import {
  approvedStatusesOfCycle,
  findReviewCycle,
  healthOfProjects,
  STATUSES,
  type Status,
} from '../reviews/reviews.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import { trainingOverview } from '../workforce/workforce.service.ts';
import * as fq from './figures.queries.ts';
import { type ProgressReportPublished, REPORT_EVENTS } from './reports.events.ts';
import { canManageProgressReports } from './reports.policy.ts';
import * as q from './reports.queries.ts';
import type { CreateProgressReportInput, UpdateProgressReportInput } from './reports.schemas.ts';
import type { ReportFigures } from './reports.table.ts';

export type { ReportFigures };
export { canManageProgressReports };

/**
 * The report's cross-cutting figures for a period, taken now: services per maturity level, processes by
 * digital state, training coverage, participation, the portal's reach in the period, the milestones the
 * reported projects reached in it and the KPIs of their goals (latest measurement up to the period's end).
 */
export async function reportFigures(
  db: DbOrTx,
  tenantId: string,
  period: { startsOn: string; endsOn: string },
  projectIds: string[],
  today: string,
): Promise<ReportFigures> {
  const { startsOn: from, endsOn: to } = period;
  const [levels, states, training, participation, reach, highlights, kpis, facts, owed] = await Promise.all([
    fq.servicesPerLevel(db, tenantId),
    fq.processStates(db, tenantId),
    trainingOverview(db, tenantId, null),
    fq.participationCounts(db, tenantId, from, to),
    fq.reachInPeriod(db, tenantId, from, to),
    projectIds.length ? fq.milestonesReached(db, tenantId, projectIds, from, to) : [],
    projectIds.length ? fq.kpisOfProjects(db, tenantId, projectIds, to) : [],
    portfolioWithFacts(db, tenantId, today, ACTIVE_PHASES),
    owedInOpenCycles(db, tenantId),
  ]);
  const reported = new Set(projectIds);
  const healthOf = healthOfProjects(
    facts.filter((p) => reported.has(p.id)),
    owed,
    today,
  );
  const state = (k: string) => states.find((x) => x.state === k)?.count ?? 0;
  return {
    asOf: today,
    services: levels.length
      ? { model: levels[0]!.model, levels: levels.map(({ level, name, count }) => ({ level, name, count })) }
      : null,
    processes: {
      analog: state('analog'),
      partly_digital: state('partly_digital'),
      end_to_end: state('end_to_end'),
      redesigned: states.reduce((n, x) => n + x.redesigned, 0),
    },
    training: training.coverage.reduce(
      (sum, o) => ({
        people: sum.people + o.people,
        projectManagement: sum.projectManagement + o.projectManagement,
        processManagement: sum.processManagement + o.processManagement,
      }),
      { people: 0, projectManagement: 0, processManagement: 0 },
    ),
    participation,
    reach,
    highlights: highlights.map((h) => ({ ...h, doneOn: h.doneOn! })),
    health: [...healthOf].map(([projectId, h]) => ({ projectId, status: h.status, reasons: h.reasons })),
    kpis,
  };
}

async function uniqueSlug(db: DbOrTx, tenantId: string, title: string) {
  const base = slugify(title) || 'bericht';
  const taken = new Set((await q.slugsLike(db, tenantId)).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * What a report holds of a period: every public project with an approved status in it, by title, and the
 * cross-cutting figures as they stand today.
 */
async function snapshotOf(
  db: DbOrTx,
  tenantId: string,
  cycle: { id: string; startsOn: string; endsOn: string },
  today: string,
) {
  const statuses = await approvedStatusesOfCycle(db, tenantId, cycle.id);
  const projects = new Map(
    (
      await findProjectsByIds(
        db,
        tenantId,
        statuses.map((s) => s.projectId),
      )
    ).map((p) => [p.id, p]),
  );
  const covered = statuses
    .filter((s) => projects.get(s.projectId)?.visibility === 'public')
    .sort((a, b) => projects.get(a.projectId)!.title.localeCompare(projects.get(b.projectId)!.title, 'de'));
  const figures = await reportFigures(
    db,
    tenantId,
    cycle,
    covered.map((c) => c.projectId),
    today,
  );
  return { covered, figures };
}

function itemRows(
  tenantId: string,
  reportId: string,
  covered: Awaited<ReturnType<typeof snapshotOf>>['covered'],
) {
  return covered.map((s, position) => ({
    tenantId,
    reportId,
    projectId: s.projectId,
    position,
    overallStatus: s.overallStatus,
    progress: s.progress,
    statusSummary: s.summary,
    nextSteps: s.nextSteps,
    reviewedAt: s.reviewedAt,
  }));
}

/** A draft's title and introduction, changed by the CDO team; a published report is frozen. */
export async function updateDraftReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  input: UpdateProgressReportInput,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team edits progress reports.');
  if (!isUuid(reportId)) throw notFound();
  return db.transaction(async (tx) => {
    const [before] = await q.findReport(tx, tenantId, reportId);
    if (!before) throw notFound('No such progress report.');
    const [after] = await q.updateReport(
      tx,
      tenantId,
      reportId,
      { title: input.title, summary: input.summary },
      { draftOnly: true },
    );
    if (!after) throw invalidState('A published report is frozen.');
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.edit',
      entityType: 'progress_report',
      entityId: reportId,
      before: { title: before.title, summary: before.summary },
      after: input,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/**
 * Takes a draft's statuses and figures again: statuses approved since it was drafted join it, and the
 * figures are today's. Its title and introduction stay.
 */
export async function refreshDraftReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team edits progress reports.');
  if (!isUuid(reportId)) throw notFound();
  const [report] = await q.findReport(db, tenantId, reportId);
  if (!report) throw notFound('No such progress report.');
  const cycle = await findReviewCycle(db, tenantId, report.cycleId);
  if (!cycle) throw notFound('No such review period.');
  const { covered, figures } = await snapshotOf(db, tenantId, cycle, meta.today ?? currentDay());
  return db.transaction(async (tx) => {
    // First the report row, only while it is a draft: a publication in between waits or wins.
    const [draft] = await q.updateReport(tx, tenantId, reportId, { figures }, { draftOnly: true });
    if (!draft) throw invalidState('A published report is frozen.');
    await q.deleteItems(tx, tenantId, reportId);
    await q.insertItems(tx, itemRows(tenantId, reportId, covered));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.refresh',
      entityType: 'progress_report',
      entityId: reportId,
      after: { projects: covered.length },
      requestId: meta.requestId,
    });
    return covered.length;
  });
}

/**
 * Drafts a progress report for a review period: every public project with an approved status in that
 * period, its status as approved (a snapshot, so the published report never changes afterwards).
 */
export async function draftProgressReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: CreateProgressReportInput,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team drafts progress reports.');
  const data = input;
  const cycle = await findReviewCycle(db, tenantId, data.cycleId);
  // A report covers the statuses of a period, which projects report in office-level cycles.
  if (cycle?.level !== 'office')
    throw new AppError('VALIDATION_FAILED', 'Unknown review period.', {
      cycleId: { key: 'validation.choice' },
    });
  const { covered, figures } = await snapshotOf(db, tenantId, cycle, meta.today ?? currentDay());
  return db.transaction(async (tx) => {
    const [report] = await q.insertReport(tx, {
      tenantId,
      slug: await uniqueSlug(tx, tenantId, data.title),
      title: data.title,
      cycleId: cycle.id,
      summary: data.summary,
      figures,
      createdBy: actor!.accountId,
    });
    await q.insertItems(tx, itemRows(tenantId, report!.id, covered));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.draft',
      entityType: 'progress_report',
      entityId: report!.id,
      after: { ...report, projects: covered.length },
      requestId: meta.requestId,
    });
    return report!;
  });
}

/**
 * Deletes a draft drafted by mistake (a published report is frozen): it was never public, so nobody is
 * told; links to council papers go with it; the audit trail keeps what it was.
 */
export async function deleteDraftReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team deletes drafts.');
  if (!isUuid(reportId)) throw notFound();
  return db.transaction(async (tx) => {
    const [before] = await q.findReport(tx, tenantId, reportId);
    if (!before) throw notFound('No such progress report.');
    const [deleted] = await q.deleteDraft(tx, tenantId, reportId);
    if (!deleted) throw invalidState('A published report is frozen.');
    await removePaperLinksOf(tx, tenantId, { type: 'report', id: reportId });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.delete',
      entityType: 'progress_report',
      entityId: reportId,
      before,
      requestId: meta.requestId,
    });
    return deleted;
  });
}

/**
 * Publishes a drafted report: it appears at /berichte, and everyone who follows a proposal behind one of
 * its projects is told that "their" proposal is mentioned.
 */
export async function publishProgressReport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  reportId: string,
  meta: RequestMeta = {},
) {
  if (!canManageProgressReports(actor)) throw forbidden('Only the CDO team publishes progress reports.');
  if (!isUuid(reportId)) throw notFound();
  return db.transaction(async (tx) => {
    const [before] = await q.findReport(tx, tenantId, reportId);
    if (!before) throw notFound('No such progress report.');
    if (before.state === 'published') throw invalidState('The report is published already.');
    const items = await q.itemsOf(tx, tenantId, reportId);
    if (!items.length) throw invalidState('A report without a project is not published.');
    // The figures as they stand at publication, then frozen with the report.
    const cycle = await findReviewCycle(tx, tenantId, before.cycleId);
    const [after] = await q.updateReport(
      tx,
      tenantId,
      reportId,
      {
        state: 'published',
        publishedAt: new Date(),
        ...(cycle
          ? {
              figures: await reportFigures(
                tx,
                tenantId,
                cycle,
                items.map((i) => i.projectId),
                meta.today ?? currentDay(),
              ),
            }
          : {}),
      },
      { draftOnly: true },
    );
    // Published meanwhile by someone else (their row lock came first).
    if (!after) throw invalidState('The report is published already.');
    const projects = await findProjectsByIds(
      tx,
      tenantId,
      items.map((i) => i.projectId),
    );
    await recordEvent<ProgressReportPublished>(tx, {
      tenantId,
      type: REPORT_EVENTS.published,
      subjectType: 'progress_report',
      subjectId: reportId,
      actorAccountId: actor!.accountId,
      payload: {
        title: after.title,
        slug: after.slug,
        projects: await Promise.all(projects.map((p) => projectFacts(tx, tenantId, p))),
      },
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'progress_report.publish',
      entityType: 'progress_report',
      entityId: reportId,
      before,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/**
 * The approved status summaries in published reports, for translation: `ids` names entries or whole
 * reports (the publishing event names the report).
 */
export async function publishedItemTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  return (await q.publishedItemTexts(db, tenantId, ids)).map((i) => ({
    id: i.id,
    lang: 'de',
    fields: { summary: i.statusSummary, outlook: i.nextSteps },
  }));
}

/** Reports for the back office (drafts too) or the public (published only). */
export function listProgressReports(db: DbOrTx, tenantId: string, actor: Actor | null) {
  return q.list(db, tenantId, !canManageProgressReports(actor));
}

/** A report with its projects; drafts only for the CDO team. */
async function withItems(db: DbOrTx, tenantId: string, report: { id: string }) {
  const items = await q.itemsOf(db, tenantId, report.id);
  const projects = new Map(
    (
      await findProjectsByIds(
        db,
        tenantId,
        items.map((i) => i.projectId),
      )
    ).map((p) => [p.id, p]),
  );
  return items
    .filter((i) => projects.has(i.projectId))
    .map((i) => {
      const p = projects.get(i.projectId)!;
      return {
        ...i,
        title: p.title,
        slug: p.slug,
        goal: p.summary,
        fieldOfActionId: p.fieldOfActionId,
        ownerOrgUnitId: p.ownerOrgUnitId,
      };
    });
}

export async function getPublishedReport(db: DbOrTx, tenantId: string, slug: string) {
  const [report] = await q.findBySlug(db, tenantId, slug);
  if (report?.state !== 'published') throw notFound('No such report.');
  const cycle = await findReviewCycle(db, tenantId, report.cycleId);
  return { report, period: cycle?.period ?? '', items: await withItems(db, tenantId, report) };
}

export async function getReportForEditing(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!canManageProgressReports(actor)) throw forbidden();
  if (!isUuid(id)) throw notFound();
  const [report] = await q.findReport(db, tenantId, id);
  if (!report) throw notFound('No such progress report.');
  const cycle = await findReviewCycle(db, tenantId, report.cycleId);
  return {
    report,
    period: cycle?.period ?? '',
    /** The period's last day: publishing before it needs saying so. */
    endsOn: cycle?.endsOn,
    items: await withItems(db, tenantId, report),
  };
}

/** The newest published report covering each project (a proposal's journey ends there). */
export async function reportsCoveringProjects(db: DbOrTx, tenantId: string, projectIds: string[]) {
  const rows = await q.publishedCovering(db, tenantId, projectIds);
  const out = new Map<string, { slug: string; title: string; publishedAt: Date | null }>();
  for (const r of rows) if (!out.has(r.projectId)) out.set(r.projectId, r);
  return out;
}

/** A report with its projects, as getPublishedReport and getReportForEditing load it. */
export type LoadedReport = Awaited<ReturnType<typeof getPublishedReport>>;

/** One project in a report: its frozen status, live title, goal and office, as shown to the reader. */
export interface ReportItem {
  id: string;
  projectId: string;
  slug: string;
  overallStatus: Status;
  progress: number;
  reviewedAt: Date | null;
  /** The lead office's name (the city's language: unit names are not translated). */
  office: string;
  /** Title, goal, summary and outlook in the reader's language where translated. */
  shown: { title: ShownText; goal: ShownText; statusSummary: ShownText; outlook: ShownText };
  /** The KPIs of the project's goals and the milestones it reached in the period (the report's figures). */
  kpis: ReportFigures['kpis'];
  reached: { milestone: string; doneOn: string }[];
  /** Its health computed from the facts when the figures were taken; none for older reports. */
  health: NonNullable<ReportFigures['health']>[number] | null;
}

/** A report as its page and its PDF show it: projects grouped by field of action, and the status counts. */
export interface ReportContent {
  report: {
    id: string;
    slug: string;
    state: 'draft' | 'published';
    publishedAt: Date | null;
    createdAt: Date;
    shown: { title: ShownText; summary: ShownText };
  };
  period: string;
  counts: { status: Status; count: number }[];
  /** In the order of the strategy (pillar, then field of action); "Pillar: field" as heading. */
  sections: { id: string; heading: { text: string; lang: string }; items: ReportItem[] }[];
  /** The cross-cutting figures; null for reports drafted before they were taken. */
  figures: ReportFigures | null;
}

/**
 * A report as its page and its PDF show it, in `lang`: texts translated where a translation exists (unless
 * the reader asked for the originals), projects grouped by field of action in the strategy's order, the
 * status counts. Units' names are not translated: they are the city's own.
 */
export async function reportContent(
  deps: Pick<Deps, 'cache' | 'database'>,
  tenantId: string,
  loaded: LoadedReport,
  lang: Lang,
  original: boolean,
): Promise<ReportContent> {
  const { db } = deps.database;
  const { report, period, items } = loaded;
  const [texts, strategy, orgs] = await Promise.all([
    translationLookup(
      db,
      tenantId,
      lang,
      [
        { type: 'progress_report', records: [report] },
        { type: 'progress_report_item', records: items },
        { type: 'project', records: items.map((i) => ({ id: i.projectId })) },
      ],
      { original },
    ),
    cachedStrategy(deps, tenantId, lang),
    loadOrgTree(db, tenantId),
  ]);
  const shownItems = items.map((i) => ({
    id: i.id,
    projectId: i.projectId,
    slug: i.slug,
    overallStatus: i.overallStatus,
    progress: i.progress,
    reviewedAt: i.reviewedAt,
    fieldOfActionId: i.fieldOfActionId,
    office: orgs.byId.get(i.ownerOrgUnitId)?.name ?? '',
    kpis: report.figures?.kpis.filter((k) => k.projectId === i.projectId) ?? [],
    health: report.figures?.health?.find((h) => h.projectId === i.projectId) ?? null,
    reached:
      report.figures?.highlights
        .filter((h) => h.projectId === i.projectId)
        .map(({ milestone, doneOn }) => ({ milestone, doneOn })) ?? [],
    shown: {
      title: texts.shown('project', i.projectId, 'title', i.title),
      goal: texts.shown('project', i.projectId, 'summary', i.goal),
      statusSummary: texts.shown('progress_report_item', i.id, 'summary', i.statusSummary),
      outlook: texts.shown('progress_report_item', i.id, 'outlook', i.nextSteps),
    },
  }));
  const sections = strategy.flatMap((p) =>
    p.fields.flatMap((f) => {
      const inField = shownItems.filter((i) => i.fieldOfActionId === f.id);
      if (!inField.length) return [];
      const lang = p.nameLang === f.nameLang ? f.nameLang : CONTENT_LANG;
      return [{ id: f.key, heading: { text: `${p.name}: ${f.name}`, lang }, items: inField }];
    }),
  );
  return {
    report: {
      ...report,
      shown: {
        title: texts.shown('progress_report', report.id, 'title', report.title),
        summary: texts.shown('progress_report', report.id, 'summary', report.summary),
      },
    },
    period,
    counts: STATUSES.map((status) => ({
      status,
      count: items.filter((i) => i.overallStatus === status).length,
    })),
    sections,
    figures: report.figures ?? null,
  };
}
