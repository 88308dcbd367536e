import { z } from 'zod';
import type { Deps } from '../../platform/http/types.ts';
import { compareGerman } from '../../platform/i18n/i18n.ts';
import { zPageNumber } from '../../platform/validation.ts';
import { portfolioWithFacts } from '../delivery/delivery.service.ts';
import {
  ACTIVE_PHASES,
  listProjectColumns,
  listProjects,
  PROJECT_PHASES,
  type ProjectPhase,
  STATUS_SHOWN_PHASES,
} from '../projects/projects.service.ts';
import { owedInOpenCycles } from '../reviews/cycles.service.ts';
import { healthOfProjects, latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { loadLookup } from './portfolio.service.ts';

const STATUS_KEYS = ['on_track', 'at_risk', 'off_track', 'none'] as const;
type StatusKey = (typeof STATUS_KEYS)[number];

/** The orders the internal project list offers. */
export const PROJECT_SORTS = ['title', 'office', 'phase', 'status', 'health'] as const;

/** The internal list's filters and order, from the query string (and the export links); unknown values fall back. */
export const ZInternalListQuery = z.object({
  q: z.string().trim().max(200).catch(''),
  department: z.string().uuid().optional().catch(undefined),
  office: z.string().uuid().optional().catch(undefined),
  /** A phase, or `active`: the phases the cockpit counts (planned, in progress, paused). */
  phase: z
    .enum([...PROJECT_PHASES, 'active'])
    .optional()
    .catch(undefined),
  pillar: z.string().uuid().optional().catch(undefined),
  field: z.string().uuid().optional().catch(undefined),
  status: z.enum(STATUS_KEYS).optional().catch(undefined),
  health: z.enum(['on_track', 'at_risk', 'off_track']).optional().catch(undefined),
  sort: z.enum(PROJECT_SORTS).catch('title'),
  /** The page of the list (the exports hold every row the filters leave). */
  seite: zPageNumber(),
});

/** Rows on one page of the back office's project list (a city has thousands of projects). */
export const INTERNAL_PAGE_SIZE = 100;
export type InternalListQuery = z.output<typeof ZInternalListQuery>;

const RANK: Record<StatusKey, number> = { off_track: 0, at_risk: 1, on_track: 2, none: 3 };
const PHASE_RANK = Object.fromEntries(PROJECT_PHASES.map((p, i) => [p, i])) as Record<ProjectPhase, number>;

/**
 * Every project (whose text matches `q`, when given) with what the back office compares: department and
 * office, phase, the reported status (latest approved) and the health computed from facts (late
 * milestones, overdue report, spending).
 */
async function projectRows(deps: Deps, tenantId: string, today: string, q: string) {
  const { db } = deps.database;
  const [projects, { tree, lookup, strategy }, facts, owed] = await Promise.all([
    listProjectColumns(db, tenantId, { publicOnly: false, q: q || undefined }),
    loadLookup(deps, tenantId),
    portfolioWithFacts(db, tenantId, today, ACTIVE_PHASES),
    owedInOpenCycles(db, tenantId),
  ]);
  const statuses = await latestApprovedStatuses(
    db,
    tenantId,
    projects.map((p) => p.id),
  );
  const healthOf = healthOfProjects(facts, owed, today);
  const pillarOf = new Map(strategy.flatMap((p) => p.fields.map((f) => [f.id, p.id] as const)));
  const rows = projects.map((p) => {
    const health = healthOf.get(p.id) ?? null;
    const status = statuses.get(p.id);
    const department = tree.departmentOf(p.ownerOrgUnitId);
    return {
      id: p.id,
      slug: p.slug,
      title: p.title,
      visibility: p.visibility,
      phase: p.phase,
      pillar: lookup.pillarName(p.fieldOfActionId),
      field: lookup.fieldName(p.fieldOfActionId),
      pillarId: pillarOf.get(p.fieldOfActionId) ?? null,
      fieldId: p.fieldOfActionId,
      departmentId: department?.id ?? null,
      department: department?.name ?? '',
      officeId: p.ownerOrgUnitId,
      office: lookup.officeName(p.ownerOrgUnitId),
      status: (status?.overallStatus ?? 'none') as StatusKey,
      progress: status?.progress ?? null,
      period: status?.period ?? null,
      health,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
    };
  });
  const departments = [...tree.byId.values()].filter((u) => u.kind === 'department');
  const pillars = strategy.map((p) => ({
    id: p.id,
    name: p.name,
    fields: p.fields.map((f) => ({ id: f.id, name: f.name })),
  }));
  return { rows, departments, offices: tree.offices(), pillars };
}

/**
 * The projects filtered and ordered as asked (see projectRows). The list page and its CSV and Excel
 * exports read the same rows. Without a search, every project's row is kept until the next change in the
 * tenant where pages are kept: the list is the back office's most visited page, and 2,000 projects' facts
 * take tens of milliseconds to read.
 */
export async function internalProjectTable(
  deps: Deps,
  tenantId: string,
  query: InternalListQuery,
  today: string,
) {
  const read = () => projectRows(deps, tenantId, today, query.q);
  const {
    rows: all,
    departments,
    offices,
    pillars,
  } = deps.config.responseCache && !query.q
    ? await deps.cache.value(tenantId, `project-rows:${today}`, read)
    : await read();
  // "12 of 2,000 projects": a search counts against every project, as the filters do.
  const total = query.q
    ? (await listProjects(deps.database.db, tenantId, { publicOnly: false, limit: 1, offset: 0 })).total
    : all.length;
  const rows = all
    .filter(
      (r) =>
        (!query.department || r.departmentId === query.department) &&
        (!query.office || r.officeId === query.office) &&
        (!query.pillar || r.pillarId === query.pillar) &&
        (!query.field || r.fieldId === query.field) &&
        (!query.phase ||
          (query.phase === 'active' ? ACTIVE_PHASES.includes(r.phase) : r.phase === query.phase)) &&
        (!query.status || (r.status === query.status && STATUS_SHOWN_PHASES.includes(r.phase))) &&
        (!query.health || r.health?.status === query.health),
    )
    .sort((a, b) => {
      const by =
        query.sort === 'office'
          ? compareGerman(a.office, b.office)
          : query.sort === 'phase'
            ? PHASE_RANK[a.phase] - PHASE_RANK[b.phase]
            : query.sort === 'status'
              ? RANK[a.status] - RANK[b.status]
              : query.sort === 'health'
                ? RANK[a.health?.status ?? 'none'] - RANK[b.health?.status ?? 'none']
                : 0;
      return by || compareGerman(a.title, b.title);
    });
  return { rows, total, departments, offices, pillars };
}

export type InternalProjectRow = Awaited<ReturnType<typeof internalProjectTable>>['rows'][number];
