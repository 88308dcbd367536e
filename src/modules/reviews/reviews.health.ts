import { currentDay } from '../../platform/dates.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import type { Status } from './reviews.table.ts';

/*
 * A project's health computed from facts — pure rules, no database: the cockpit and the project page feed
 * them what they read, and the fast tests beside this file check them alone.
 */

export interface HealthFacts {
  /** The project's milestones, or (when the database summed them up) its late ones as `late`. */
  milestones?: readonly { dueOn: string; doneOn: string | null }[];
  late?: { count: number; oldestDue: string } | undefined;
  /** Open review cycles with their due date, and whether this project's report for it is in. */
  cycles: readonly { dueOn: string; reported: boolean }[];
  budgetPlanned?: number | null | undefined;
  budgetSpent?: number | null | undefined;
}

/**
 * Each open cycle that asked the project for a report (it has a task there): its due date and whether the
 * report is in (a returned one is not).
 */
export function cycleFacts(
  cycles: readonly { id: string; dueOn: string }[],
  reports: readonly { cycleId: string; state: string }[],
  tasks: readonly { cycleId: string }[],
): HealthFacts['cycles'] {
  return cycles
    .filter((c) => tasks.some((t) => t.cycleId === c.id))
    .map((c) => ({
      dueOn: c.dueOn,
      reported: reports.some((r) => r.cycleId === c.id && r.state !== 'returned'),
    }));
}

export interface Health {
  status: Status;
  reasons: { key: MessageKey; values?: Record<string, string | number> }[];
}

/**
 * The project's health computed from facts, beside the status the lead reports: late milestones, an
 * overdue status report and spending beyond the plan. Off track: a milestone more than 90 days late, three
 * or more late, or spending over 110 % of plan; at risk: any late milestone, an overdue report or over 100 %.
 */
export function computeHealth(facts: HealthFacts, today = currentDay()): Health {
  const reasons: Health['reasons'] = [];
  let level = 0;
  const lateOnes = (facts.milestones ?? []).filter((m) => !m.doneOn && m.dueOn < today);
  const late =
    facts.late ??
    (lateOnes.length
      ? { count: lateOnes.length, oldestDue: lateOnes.map((m) => m.dueOn).sort()[0]! }
      : undefined);
  if (late) {
    const days = (Date.parse(today) - Date.parse(late.oldestDue)) / 86_400_000;
    reasons.push({ key: 'health.lateMilestones', values: { count: late.count, days: Math.round(days) } });
    level = Math.max(level, late.count >= 3 || days > 90 ? 2 : 1);
  }
  // With several office cycles open at once a project can owe more than one report.
  const overdue = facts.cycles.filter((c) => !c.reported && c.dueOn < today).length;
  if (overdue) {
    reasons.push({ key: 'health.reportOverdue', values: { count: overdue } });
    level = Math.max(level, 1);
  }
  if (facts.budgetPlanned && facts.budgetSpent !== undefined && facts.budgetSpent !== null) {
    const ratio = facts.budgetSpent / facts.budgetPlanned;
    if (ratio > 1) {
      reasons.push({ key: 'health.overBudget', values: { percent: Math.round(ratio * 100) } });
      level = Math.max(level, ratio > 1.1 ? 2 : 1);
    }
  }
  return { status: (['on_track', 'at_risk', 'off_track'] as const)[level]!, reasons };
}

/** How much worse a status is than on track: for "do the facts look worse than what was reported?". */
export const STATUS_RANK: Readonly<Record<Status, number>> = { on_track: 0, at_risk: 1, off_track: 2 };

/**
 * Each project's health from its portfolio facts (late milestones, budget to date) and the reports it
 * still owes in open cycles: what the cockpit, the approval queue, the project list and the start page show.
 */
export function healthOfProjects(
  projects: readonly {
    id: string;
    late?: HealthFacts['late'];
    budgetPlanned?: number | null;
    budgetSpent?: number | null;
  }[],
  owed: readonly { projectId: string; dueOn: string }[],
  today = currentDay(),
): Map<string, Health> {
  const owedOf = new Map<string, { dueOn: string; reported: boolean }[]>();
  for (const o of owed)
    owedOf.set(o.projectId, [...(owedOf.get(o.projectId) ?? []), { dueOn: o.dueOn, reported: false }]);
  return new Map(
    projects.map((p) => [
      p.id,
      computeHealth(
        {
          late: p.late,
          cycles: owedOf.get(p.id) ?? [],
          budgetPlanned: p.budgetPlanned,
          budgetSpent: p.budgetSpent,
        },
        today,
      ),
    ]),
  );
}
