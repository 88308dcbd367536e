import { sql } from 'drizzle-orm';
import { CDO, headOf, leadOf, TOPICS } from '../../demo/content/bonn.ts';
import { addDays } from '../../platform/dates.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { approveForDepartment, setCycleState } from './cycles.queries.ts';
import { createCycle, periodBounds } from './cycles.service.ts';
import {
  type ReviewCycle,
  reportTasks,
  reviewCycles,
  reviewRollups,
  statusReports,
} from './reviews.table.ts';

/** Offices whose reports for the open quarter are in (the others' are still owed). */
const REPORTED_IN_OPEN_QUARTER = ['66', '33', '12', '67'];

/** The two department heads of the demo and the offices whose reports they approve for the CDO. */
const DEPARTMENTS = [
  { email: 'dezernat1@bonn.example', unit: 'I', offices: ['10', '12', '33'] },
  { email: 'dezernat4@bonn.example', unit: 'IV', offices: ['61', '66', '67'] },
];

/**
 * The rest of a demo report, consistent with its status: which dimension slips (time first, then budget),
 * the next steps, the risks, and a decision asked for only where the text asks for one.
 */
function detailsFor(
  status: 'on_track' | 'at_risk' | 'off_track',
  progress: number,
  milestone: string,
  next: string | undefined,
) {
  const done = progress === 100;
  return {
    scopeStatus: 'on_track' as const,
    timeStatus: status,
    budgetStatus: status === 'off_track' ? ('at_risk' as const) : ('on_track' as const),
    resourcesStatus: status === 'on_track' ? ('on_track' as const) : ('at_risk' as const),
    nextSteps: done
      ? 'Übergabe an den Regelbetrieb abschließen; Erfahrungen für Folgeprojekte dokumentieren.'
      : next
        ? `Meilenstein „${milestone}“ abschließen; danach „${next}“ vorbereiten.`
        : `Meilenstein „${milestone}“ abschließen und die Übergabe in den Betrieb vorbereiten.`,
    risks:
      status === 'on_track'
        ? 'Keine wesentlichen Risiken.'
        : status === 'at_risk'
          ? 'Personalengpass im Fachamt; Abhängigkeit von der Schnittstelle des Fachverfahrens.'
          : 'Zeitplan ohne zusätzliche Mittel nicht zu halten; Dienstleister liefert verspätet.',
    decisionNeeded: status === 'off_track',
  };
}

function summaryFor(status: string, progress: number, milestone: string) {
  if (progress === 100)
    return `Das Projekt ist abgeschlossen. Der Meilenstein „${milestone}“ wurde erreicht; der Betrieb ist an die Linie übergeben.`;
  if (status === 'on_track')
    return `Das Projekt liegt im Plan (${progress} %). Aktueller Schwerpunkt: „${milestone}“.`;
  if (status === 'at_risk')
    return `Verzögerungen beim Meilenstein „${milestone}“ (${progress} %). Gegenmaßnahmen sind eingeleitet; der Endtermin ist gefährdet.`;
  return `Der Meilenstein „${milestone}“ ist verspätet (${progress} %). Eine Entscheidung über Zeitplan und Budget ist erforderlich.`;
}

/** The last six quarters up to the one `now` lies in, oldest first. */
function lastQuarters(now: Date) {
  const periods: string[] = [];
  let [y, q] = [now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) + 1];
  for (let i = 0; i < 6; i++) {
    periods.unshift(`${y}-Q${q}`);
    q--;
    if (q === 0) [y, q] = [y - 1, 4];
  }
  return periods;
}

/**
 * Control in Bonn's calendar: six office quarters (the current one open, with report tasks for every
 * active project), each project's status reports approved by its office head, department quarters and
 * the CDO's half-years with the department heads' roll-ups. Names: 'cycle' ▸ `office:<period>`, and
 * `office:open`, `office:last-closed`.
 */
export const seedReviews: SeedStep = async ({ db, tenantId, now, today, rand, refs }) => {
  const cdo = refs.get('account', CDO);
  const periods = lastQuarters(now);
  const current = periods.at(-1)!;
  const cycles: ReviewCycle[] = [];
  for (const period of periods) {
    // The open quarter asks every active project for its report (the use case adds the tasks).
    const cycle = await createCycle(
      db,
      tenantId,
      null,
      { period, level: 'office', open: period === current },
      { system: true },
    );
    if (period !== current) await setCycleState(db, tenantId, cycle.id, 'closed');
    cycles.push(cycle);
    refs.set('cycle', `office:${period}`, cycle.id);
  }
  refs.set('cycle', 'office:open', cycles.at(-1)!.id);
  refs.set('cycle', 'office:last-closed', cycles.at(-2)!.id);

  // Each project's approved status over the quarters it ran in.
  for (const topic of TOPICS) {
    const p = topic.project;
    if (!p) continue;
    const projectId = refs.get('project', p.title);
    const lead = leadOf(p.office);
    const head = headOf(p.office);
    const span = (new Date(p.end).getTime() - new Date(p.start).getTime()) / 86400_000;
    const risk = rand();
    for (const [ci, cycle] of cycles.entries()) {
      const { startsOn, endsOn } = periodBounds(cycle.period);
      if (p.start > endsOn) continue;
      // A project finished before reviews began gets its final report in the first cycle.
      if (p.phase === 'completed' && p.end < startsOn && ci !== 0) continue;
      const isOpen = cycle.period === current;
      if (isOpen && !REPORTED_IN_OPEN_QUARTER.includes(p.office)) continue;
      const elapsed = Math.min(
        1,
        Math.max(0, (new Date(endsOn).getTime() - new Date(p.start).getTime()) / 86400_000 / span),
      );
      const finished = p.phase === 'completed' && p.end <= endsOn;
      const status = finished
        ? 'on_track'
        : p.phase === 'paused'
          ? 'at_risk'
          : risk < 0.12 && ci >= 3
            ? 'off_track'
            : risk < 0.3 && ci >= 2
              ? 'at_risk'
              : 'on_track';
      const progress = finished
        ? 100
        : p.phase === 'planned'
          ? 0
          : Math.min(95, Math.round(elapsed * 90 + rand() * 8));
      const submitted = new Date(new Date(`${cycle.dueOn}T08:00:00Z`).getTime() - 5 * 86400_000);
      const step = Math.min(p.milestones.length - 1, Math.floor(elapsed * p.milestones.length));
      const milestone = p.milestones[step]!;
      await db.insert(statusReports).values({
        tenantId,
        projectId,
        cycleId: cycle.id,
        overallStatus: status,
        progress,
        summary: summaryFor(status, progress, milestone),
        ...detailsFor(status, progress, milestone, p.milestones[step + 1]),
        state: isOpen ? 'submitted' : 'approved_office',
        submittedBy: lead ? refs.get('account', lead) : cdo,
        submittedAt: isOpen ? new Date(now.getTime() - 86_400_000) : submitted,
        reviewedBy: isOpen ? null : head ? refs.get('account', head) : cdo,
        reviewedAt: isOpen ? null : new Date(submitted.getTime() + 3 * 86400_000),
      });
    }
  }

  // The closed quarters asked the projects that reported (the open one asked every active project).
  await db.execute(sql`
    insert into ${reportTasks} (tenant_id, cycle_id, project_id, created_at)
    select sr.tenant_id, sr.cycle_id, sr.project_id, rc.starts_on::timestamptz
    from ${statusReports} sr join ${reviewCycles} rc on rc.tenant_id = sr.tenant_id and rc.id = sr.cycle_id
    where sr.tenant_id = ${tenantId}
    on conflict do nothing`);

  // Department cycles per quarter, the CDO's per half-year; closed once their period has passed.
  const halves = [...new Set(periods.map((p) => `${p.slice(0, 4)}-H${Number(p.slice(-1)) <= 2 ? 1 : 2}`))];
  const levels = [
    ...periods.map((period) => ({ period, level: 'department' as const })),
    ...halves.map((period) => ({ period, level: 'cdo' as const })),
  ];
  const projectsOf = (offices: string[]) =>
    TOPICS.flatMap((t) =>
      t.project && offices.includes(t.project.office) ? [refs.get('project', t.project.title)] : [],
    );
  for (const { period, level } of levels) {
    const cycle = await createCycle(db, tenantId, null, { period, level, open: false }, { system: true });
    if (cycle.endsOn >= today) continue;
    await setCycleState(db, tenantId, cycle.id, 'closed');
    const submittedAt = new Date(`${addDays(cycle.dueOn, -3)}T10:00:00Z`);
    if (level === 'cdo') {
      await db.insert(reviewRollups).values({
        tenantId,
        cycleId: cycle.id,
        orgUnitId: null,
        summary: `Halbjahresbericht ${period}: Das Portfolio kommt planmäßig voran. Engpässe bei IT-Fachkräften verzögern einzelne Vorhaben; der Verwaltungsvorstand hat zusätzliche Stellen für das Amt für Digitalisierung und IT beschlossen.`,
        submittedBy: cdo,
        submittedAt,
      });
      continue;
    }
    // The department heads approve their offices' reports for the CDO and sum up the quarter.
    const officeCycle = refs.get('cycle', `office:${period}`);
    for (const head of DEPARTMENTS) {
      const approved = await approveForDepartment(db, tenantId, [officeCycle], projectsOf(head.offices));
      const critical = approved.filter((r) => r.overallStatus !== 'on_track').length;
      await db.insert(reviewRollups).values({
        tenantId,
        cycleId: cycle.id,
        orgUnitId: refs.get('unit', head.unit),
        summary:
          critical === 0
            ? `Alle ${approved.length} Projekte des Dezernats liegen im Plan. Keine Entscheidungen für den CDO nötig.`
            : `${approved.length} Projekte berichtet, ${critical} davon gefährdet oder kritisch. Die Ämter haben Gegenmaßnahmen benannt; Personalengpässe bleiben das Hauptrisiko und gehen an den Verwaltungsvorstand.`,
        submittedBy: refs.get('account', head.email),
        submittedAt,
      });
    }
  }
};
