import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import { goalLinks, listProjects, type Project } from '../projects/projects.service.ts';
import { type ApprovedStatus, latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { type GoalNode, kpisWithMeasurements, strategyTree } from '../strategy/strategy.service.ts';

export type StrategyKpi = Awaited<ReturnType<typeof kpisWithMeasurements>>[number];

export interface GoalProject {
  id: string;
  slug: string;
  title: string;
  phase: Project['phase'];
  ownerOrgUnitId: string;
  status: ApprovedStatus | undefined;
  /** The goal the project is linked to (this goal or one of its sub-goals). */
  viaGoalId: string;
}

/**
 * The strategy with what serves it: for every goal its KPIs and the projects linked to it (the public
 * sees public projects only), each with its latest approved status; for every field of action its
 * project count and the KPIs tied to the field but to no goal.
 */
export async function strategyOverview(db: DbOrTx, tenantId: string, opts: { publicOnly: boolean }) {
  const [tree, kpis, links, projects] = await Promise.all([
    strategyTree(db, tenantId),
    kpisWithMeasurements(db, tenantId),
    goalLinks(db, tenantId),
    listProjects(db, tenantId, { publicOnly: opts.publicOnly, limit: 100_000, offset: 0 }),
  ]);
  const statuses = await latestApprovedStatuses(
    db,
    tenantId,
    projects.rows.map((p) => p.id),
  );
  const byId = new Map(projects.rows.map((p) => [p.id, p]));
  const direct = new Map<string, GoalProject[]>();
  for (const l of links) {
    const p = byId.get(l.projectId);
    if (!p) continue;
    const list = direct.get(l.goalId) ?? [];
    list.push({
      id: p.id,
      slug: p.slug,
      title: p.title,
      phase: p.phase,
      ownerOrgUnitId: p.ownerOrgUnitId,
      status: statuses.get(p.id),
      viaGoalId: l.goalId,
    });
    direct.set(l.goalId, list);
  }
  for (const list of direct.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'de'));
  /** The goal and every goal below it, itself first. */
  const subtree = (goal: GoalNode): GoalNode[] => [goal, ...goal.children.flatMap(subtree)];
  /** The projects of a goal and of its sub-goals, each project once (its own goal first); asked per goal more than once a page. */
  const projectsByGoal = new Map<string, GoalProject[]>();
  const projectsOf = (goal: GoalNode): GoalProject[] => {
    let out = projectsByGoal.get(goal.id);
    if (!out) {
      const seen = new Set<string>();
      out = subtree(goal)
        .flatMap((g) => direct.get(g.id) ?? [])
        .filter((p) => !seen.has(p.id) && !!seen.add(p.id));
      projectsByGoal.set(goal.id, out);
    }
    return out;
  };
  const projectsPerField = new Map<string, number>();
  for (const p of projects.rows)
    projectsPerField.set(p.fieldOfActionId, (projectsPerField.get(p.fieldOfActionId) ?? 0) + 1);
  return {
    tree,
    kpis,
    projectsOf,
    kpisOf: (goalId: string) => kpis.filter((k) => k.goalId === goalId),
    /** The KPIs of a goal and of every goal below it. */
    kpisUnder: (goal: GoalNode) => subtree(goal).flatMap((g) => kpis.filter((k) => k.goalId === g.id)),
    fieldKpis: (fieldId: string) => kpis.filter((k) => !k.goalId && k.fieldOfActionId === fieldId),
    looseKpis: kpis.filter((k) => !k.goalId && !k.fieldOfActionId),
    projectsPerField,
    projectCount: projects.rows.length,
  };
}

export type StrategyOverview = Awaited<ReturnType<typeof strategyOverview>>;

/** One goal with where it sits (pillar, field of action, parent) from the overview; 404 when unknown. */
export function goalInOverview(overview: StrategyOverview, id: string) {
  if (!isUuid(id)) throw notFound();
  const goal = overview.tree.goals.find((g) => g.id === id);
  if (!goal) throw notFound('No such goal.');
  const pillar = overview.tree.pillars.find((p) => p.fields.some((f) => f.id === goal.fieldOfActionId))!;
  const field = pillar.fields.find((f) => f.id === goal.fieldOfActionId)!;
  const parent = goal.parentId ? overview.tree.goals.find((g) => g.id === goal.parentId) : undefined;
  return { goal, pillar, field, parent };
}

export type GoalAt = ReturnType<typeof goalInOverview>;
