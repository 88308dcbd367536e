import { z } from 'zod';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import { translateRecords } from '../../platform/translation/translation.ts';
import { ZProjectFilter } from '../projects/projects.schemas.ts';
import type { Project } from '../projects/projects.service.ts';
import { listProjects, milestonesOfProjects } from '../projects/projects.service.ts';
import { loadLookup, projectFilterOptions, projectQueryOf } from './portfolio.service.ts';

/** The roadmap's filters: those of the project list, and how the rows are grouped. */
export const ZRoadmapQuery = ZProjectFilter.extend({
  gruppe: z.enum(['feld', 'dezernat']).optional().default('feld').catch('feld'),
});
export type RoadmapQuery = z.infer<typeof ZRoadmapQuery>;

export interface RoadmapRow {
  id: string;
  slug: string;
  title: string;
  titleLang: string;
  office: string;
  phase: Project['phase'];
  visibility: Project['visibility'];
  startsOn: string | null;
  endsOn: string | null;
  milestones: { title: string; dueOn: string; doneOn: string | null }[];
}

export interface Roadmap {
  groups: { key: string; name: string; lang: string; rows: RoadmapRow[] }[];
  /** The span drawn: from the first of January of the earliest year to the end of the latest. */
  from: string;
  to: string;
  today: string;
  total: number;
  undated: number;
  options: ReturnType<typeof projectFilterOptions>;
}

/** Projects never span more years than this on the drawing (dates beyond are clipped, the table keeps them). */
const MAX_YEARS = 12;

/**
 * All projects the reader may see on one timeline, filtered like the project list and grouped by field of
 * action (in the strategy's order) or by department: each with its dates, phase and milestones.
 */
export async function roadmap(
  deps: Deps,
  tenantId: string,
  opts: { publicOnly: boolean; query: RoadmapQuery; lang: Lang; today: string },
): Promise<Roadmap> {
  const { db } = deps.database;
  const { query } = opts;
  const { strategy, tree, lookup } = await loadLookup(deps, tenantId, opts.lang);
  const { rows } = await listProjects(db, tenantId, {
    publicOnly: opts.publicOnly,
    ...(await projectQueryOf(deps, tenantId, query, { strategy, tree })),
    limit: 5_000,
    offset: 0,
  });
  const [shown, milestones] = await Promise.all([
    translateRecords(db, tenantId, 'project', rows, ['title'], opts.lang),
    milestonesOfProjects(
      db,
      tenantId,
      rows.map((r) => r.id),
    ),
  ]);
  const byProject = new Map<string, RoadmapRow['milestones']>();
  for (const m of milestones)
    byProject.set(m.projectId, [
      ...(byProject.get(m.projectId) ?? []),
      { title: m.title, dueOn: m.dueOn, doneOn: m.doneOn },
    ]);
  const toRow = (p: (typeof shown)[number]): RoadmapRow => ({
    id: p.id,
    slug: p.slug,
    title: p.shown.title.text,
    titleLang: p.shown.title.lang,
    office: lookup.officeName(p.ownerOrgUnitId),
    phase: p.phase,
    visibility: p.visibility,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    milestones: byProject.get(p.id) ?? [],
  });
  const byStart = (a: RoadmapRow, b: RoadmapRow) =>
    (a.startsOn ?? '9999').localeCompare(b.startsOn ?? '9999') || a.title.localeCompare(b.title, 'de');
  let groups: Roadmap['groups'];
  if (query.gruppe === 'dezernat') {
    const keyOf = (p: Project) => tree.departmentOf(p.ownerOrgUnitId)?.id ?? '';
    const keys = [...new Set(shown.map(keyOf))];
    groups = keys
      .map((k) => ({
        key: k,
        name: k ? (tree.byId.get(k)?.name ?? '') : '',
        lang: CONTENT_LANG,
        rows: shown
          .filter((p) => keyOf(p) === k)
          .map(toRow)
          .sort(byStart),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  } else {
    groups = strategy
      .flatMap((p) => p.fields)
      .map((f) => ({
        key: f.key,
        name: f.name,
        lang: f.nameLang,
        rows: shown
          .filter((p) => p.fieldOfActionId === f.id)
          .map(toRow)
          .sort(byStart),
      }))
      .filter((g) => g.rows.length);
  }
  // The years drawn: from the earliest to the latest date, today always within; a span longer than
  // MAX_YEARS keeps the years around today (bars reaching beyond are cut at the edge, the table has all).
  const todayYear = Number(opts.today.slice(0, 4));
  let first = todayYear;
  let last = todayYear;
  const see = (d: string | null) => {
    if (!d) return;
    const y = Number(d.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const p of shown) {
    see(p.startsOn);
    see(p.endsOn);
    for (const m of byProject.get(p.id) ?? []) see(m.dueOn);
  }
  if (last - first + 1 > MAX_YEARS) {
    first = Math.max(first, Math.min(todayYear - 3, last - MAX_YEARS + 1));
    last = first + MAX_YEARS - 1;
  }
  return {
    groups,
    from: `${first}-01-01`,
    to: `${last}-12-31`,
    today: opts.today,
    total: shown.length,
    undated: shown.filter((p) => !p.startsOn && !p.endsOn).length,
    options: projectFilterOptions({ strategy, tree }),
  };
}
