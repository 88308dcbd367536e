import { describe, expect, it } from 'vitest';
import { computeHealth, cycleFacts } from './reviews.health.ts';

const today = '2026-11-29';

describe('a project health computed from facts', () => {
  it('is on track without late milestones, overdue reports or overspending', () => {
    expect(computeHealth({ milestones: [], cycles: [] }, today)).toEqual({ status: 'on_track', reasons: [] });
  });

  it('is at risk for any late milestone and off track for one more than 90 days late or three late', () => {
    const late = (dueOn: string) => ({ dueOn, doneOn: null });
    expect(computeHealth({ milestones: [late('2026-11-01')], cycles: [] }, today).status).toBe('at_risk');
    expect(computeHealth({ milestones: [late('2026-08-30')], cycles: [] }, today).status).toBe('off_track');
    expect(
      computeHealth(
        { milestones: [late('2026-11-20'), late('2026-11-21'), late('2026-11-22')], cycles: [] },
        today,
      ).status,
    ).toBe('off_track');
    // The database's summary of late milestones counts like the list.
    expect(computeHealth({ late: { count: 1, oldestDue: '2026-11-01' }, cycles: [] }, today)).toMatchObject({
      status: 'at_risk',
      reasons: [{ key: 'health.lateMilestones', values: { count: 1, days: 28 } }],
    });
  });

  it('is at risk when a report is overdue, not when it is due today or in', () => {
    expect(computeHealth({ cycles: [{ dueOn: '2026-11-28', reported: false }] }, today).status).toBe(
      'at_risk',
    );
    expect(computeHealth({ cycles: [{ dueOn: today, reported: false }] }, today).status).toBe('on_track');
    expect(computeHealth({ cycles: [{ dueOn: '2026-11-28', reported: true }] }, today).status).toBe(
      'on_track',
    );
    // Two office cycles open at once: the reason counts both (walk: "the report" in the singular).
    const two = [
      { dueOn: '2026-10-15', reported: false },
      { dueOn: '2026-11-15', reported: false },
    ];
    expect(computeHealth({ cycles: two }, today).reasons).toEqual([
      { key: 'health.reportOverdue', values: { count: 2 } },
    ]);
  });

  it('weighs spending against the plan: over 100 % at risk, over 110 % off track', () => {
    const spent = (budgetSpent: number) =>
      computeHealth({ cycles: [], budgetPlanned: 100_000, budgetSpent }, today).status;
    expect(spent(100_000)).toBe('on_track');
    expect(spent(105_000)).toBe('at_risk');
    expect(spent(110_001)).toBe('off_track');
    expect(computeHealth({ cycles: [], budgetPlanned: 0, budgetSpent: 5 }, today).status).toBe('on_track');
  });

  it('counts only cycles that asked the project for a report; a returned report is not in', () => {
    const cycles = [
      { id: 'a', dueOn: '2026-10-15' },
      { id: 'b', dueOn: '2026-11-15' },
    ];
    expect(cycleFacts(cycles, [{ cycleId: 'b', state: 'returned' }], [{ cycleId: 'b' }])).toEqual([
      { dueOn: '2026-11-15', reported: false },
    ]);
    expect(cycleFacts(cycles, [{ cycleId: 'b', state: 'submitted' }], [{ cycleId: 'b' }])).toEqual([
      { dueOn: '2026-11-15', reported: true },
    ]);
  });
});
