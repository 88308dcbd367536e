import { and, eq } from 'drizzle-orm';
import { CDO, day, leadOf, PROJECT_GOALS, STOPPED_PROJECT, TOPICS } from '../../demo/content/bonn.ts';
import { addDays } from '../../platform/dates.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { createProject, setStrategyLinks } from './projects.service.ts';
import { milestones, projects } from './projects.table.ts';

/**
 * The projects that grew out of the 2016 ideas, started by the CDO as today (which marks their ideas as
 * in a project), then given their history: when they began, what they spent, their milestones (some
 * late), their plan and the goals they serve; one stopped. Names: 'project' ▸ title.
 */
export const seedProjects: SeedStep = async ({ db, tenantId, today, rand, refs }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  for (const [ti, topic] of TOPICS.entries()) {
    const p = topic.project;
    if (!p) continue;
    const lead = leadOf(p.office);
    const project = await createProject(db, tenantId, cdo, {
      title: p.title,
      summary: p.summary,
      description: `${p.summary}\n\nHervorgegangen aus dem Beteiligungsverfahren „Digitales Bonn 2016“: ${topic.body}`,
      fieldOfActionId: refs.get('field', topic.field),
      ownerOrgUnitId: refs.get('unit', p.office),
      leadAccountId: lead ? refs.get('account', lead) : undefined,
      ideaId: refs.get('idea', `topic:${ti}`),
      phase: p.phase,
      visibility: p.internal ? 'internal' : 'public',
      startsOn: p.start,
      endsOn: p.end,
      budgetPlanned: String(p.budget),
      quickWin: p.quickWin ?? false,
    });
    refs.set('project', p.title, project.id);
    const spent = Math.round(
      p.budget * (p.phase === 'completed' ? 0.97 : p.phase === 'planned' ? 0 : 0.2 + rand() * 0.5),
    );
    const span = (new Date(p.end).getTime() - new Date(p.start).getTime()) / 86400_000;
    await db.insert(milestones).values(
      p.milestones.map((title, i) => {
        const due = addDays(p.start, Math.round((span * (i + 1)) / p.milestones.length));
        const late = rand() < 0.15;
        return {
          tenantId,
          projectId: project.id,
          title,
          dueOn: due,
          doneOn:
            due <= today && !late && p.phase !== 'paused' ? addDays(due, -Math.floor(rand() * 10)) : null,
        };
      }),
    );
    const started = day(p.start);
    const stopped = p.title === STOPPED_PROJECT.title;
    await db
      .update(projects)
      .set({
        createdAt: started,
        updatedAt: started,
        budgetSpent: String(spent),
        implementationPlan: p.milestones.map((t, i) => `${i + 1}. ${t}`).join('\n'),
        ...(stopped ? { phase: 'stopped' as const, stopReason: STOPPED_PROJECT.reason } : {}),
      })
      .where(and(eq(projects.tenantId, tenantId), eq(projects.id, project.id)));
  }
  // Which goals each project serves, as the CDO team linked them.
  const goalsOf = new Map<string, string[]>();
  for (const [title, goal] of PROJECT_GOALS)
    goalsOf.set(title, [...(goalsOf.get(title) ?? []), refs.get('goal', goal)]);
  const known = { goalIds: new Set([...goalsOf.values()].flat()), guidelineIds: new Set<string>() };
  for (const [title, goalIds] of goalsOf)
    await setStrategyLinks(
      db,
      tenantId,
      cdo,
      refs.get('project', title),
      { goalIds, guidelineIds: [] },
      known,
    );
};
